//! The error policy, in one place.
//!
//! Handlers return `AppError`. Its `IntoResponse` only marks the response with an
//! [`ErrorMarker`]; the `render_errors` middleware, which can see the request, turns the
//! marker into JSON (`{"error": "...", "fields": {...}}`) for the API or an HTML page for
//! people. The message users see is kept apart from the source error, which is logged with the
//! request id and never sent to a client. A malformed body is a 400; nothing becomes a 500
//! except a real fault on our side.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;

pub type FieldErrors = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("sign in required")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    /// A 400 about one part of the request, named: `body` for a body that cannot be read at
    /// all, or the parameter that cannot be parsed.
    #[error("bad request: {0}: {1}")]
    BadField(String, String),
    #[error("missing or invalid CSRF token")]
    Csrf,
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("too many requests")]
    TooMany { retry_after: u64 },
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// What the error renderer needs to know; attached to the response as an extension.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    /// Fluent message id for people; `error` text for the API is `message`.
    pub key: &'static str,
    pub message: String,
    pub fields: FieldErrors,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) | AppError::BadField(..) => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn field(name: &str, message: &str) -> AppError {
        let mut f = FieldErrors::new();
        f.insert(name.into(), message.into());
        AppError::Invalid(f)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let (key, message, fields) = match &self {
            AppError::Unauthenticated => (
                "error-unauthenticated",
                "sign in required".into(),
                FieldErrors::new(),
            ),
            AppError::Forbidden => (
                "error-forbidden",
                "you do not have access to this".into(),
                FieldErrors::new(),
            ),
            AppError::NotFound => ("error-not-found", "not found".into(), FieldErrors::new()),
            AppError::BadRequest(m) => ("error-bad-request", m.clone(), FieldErrors::new()),
            AppError::BadField(field, m) => (
                "error-bad-request",
                format!("{field}: {m}"),
                [(field.clone(), m.clone())].into(),
            ),
            AppError::Csrf => (
                "error-csrf",
                "missing or invalid CSRF token; reload the page and try again".into(),
                FieldErrors::new(),
            ),
            AppError::Invalid(f) => ("error-invalid", "invalid input".into(), f.clone()),
            AppError::TooMany { .. } => (
                "error-too-many",
                "too many attempts; try again later".into(),
                FieldErrors::new(),
            ),
            AppError::Internal(source) => {
                tracing::error!(error = %source, "internal error");
                (
                    "error-internal",
                    "internal error".into(),
                    FieldErrors::new(),
                )
            }
        };
        let mut resp = (status, ()).into_response();
        if let AppError::TooMany { retry_after } = self {
            if let Ok(v) = retry_after.to_string().parse() {
                resp.headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, v);
            }
        }
        resp.extensions_mut().insert(ErrorMarker {
            key,
            message,
            fields,
        });
        resp
    }
}
