//! Request bodies: URL-encoded forms and JSON, with rejections that name the problem.

use super::errors::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// Upper bound on form and JSON bodies (attachments have their own routes).
pub const BODY_LIMIT: usize = 256 * 1024;

/// A URL-encoded form as name → values (check boxes repeat a name). Handlers validate each
/// field and report per field.
#[derive(Debug, Default, Clone)]
pub struct FormData(HashMap<String, Vec<String>>);

impl FormData {
    pub fn parse(bytes: &[u8]) -> Result<FormData, AppError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(bytes)
            .map_err(|_| AppError::BadRequest("the form body is not valid URL encoding".into()))?;
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for (k, v) in pairs {
            map.entry(k).or_default().push(v);
        }
        Ok(FormData(map))
    }

    /// The first value, trimmed, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.raw(name).trim()
    }

    /// Every value sent under `name`, trimmed, empty ones left out.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .get(name)
            .map(|v| {
                v.iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Adds one more value under `name`.
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        self.0
            .entry(name.to_string())
            .or_default()
            .push(value.into());
    }

    /// Every pair as a URL query string, names in order (for links that keep a filter).
    pub fn query_string(&self) -> String {
        let mut names: Vec<&String> = self.0.keys().collect();
        names.sort();
        let pairs: Vec<(&str, &str)> = names
            .into_iter()
            .flat_map(|k| self.0[k].iter().map(move |v| (k.as_str(), v.as_str())))
            .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }

    /// Whether anything at all was sent (a re-shown form keeps choices; a new one has defaults).
    pub fn has_any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Replaces the value of `name` (for pre-filling forms).
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.0.insert(name.to_string(), vec![value.into()]);
    }

    /// Every (name, value) pair except the CSRF token, for carrying a form through a preview.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .0
            .iter()
            .filter(|(k, _)| k.as_str() != "csrf")
            .flat_map(|(k, vs)| vs.iter().map(move |v| (k.clone(), v.clone())))
            .collect();
        out.sort();
        out
    }

    /// Whether any value of `name` is `value` (for ticked check boxes).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.0
            .get(name)
            .is_some_and(|v| v.iter().any(|s| s.trim() == value))
    }

    /// Whether the field holds `value` (for selected options).
    pub fn is(&self, name: &str, value: &str) -> bool {
        self.get(name) == value
    }

    /// The first value exactly as sent (passwords are not trimmed).
    pub fn raw(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }
}

fn content_type(req: &Request) -> String {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase()
}

async fn body(req: Request) -> Result<Bytes, AppError> {
    axum::body::to_bytes(req.into_body(), BODY_LIMIT)
        .await
        .map_err(|_| {
            AppError::BadRequest(format!(
                "the body is larger than {BODY_LIMIT} bytes or was cut off"
            ))
        })
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = AppError;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        if !content_type(&req).starts_with("application/x-www-form-urlencoded") {
            return Err(AppError::BadRequest(
                "expected Content-Type application/x-www-form-urlencoded".into(),
            ));
        }
        FormData::parse(&body(req).await?)
    }
}

/// A JSON body, read but not yet parsed: handlers ask the policy first and parse after, so a
/// caller without access learns nothing from validation messages.
pub struct JsonBody {
    is_json: bool,
    bytes: Bytes,
}

impl JsonBody {
    /// Syntax errors are 400; a well-formed body with a missing or mistyped field is 422
    /// naming the field.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        if !self.is_json {
            return Err(AppError::BadField(
                "body".into(),
                "expected Content-Type application/json".into(),
            ));
        }
        serde_json::from_slice(&self.bytes).map_err(json_error)
    }
}

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = AppError;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        let is_json = content_type(&req).starts_with("application/json");
        Ok(JsonBody {
            is_json,
            bytes: body(req).await?,
        })
    }
}

fn json_error(e: serde_json::Error) -> AppError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => {
            let msg = e.to_string();
            // serde names the field between backticks: "missing field `name` at line 1 …"
            let field = msg
                .split('`')
                .nth(1)
                .filter(|f| !f.contains(' '))
                .unwrap_or("body")
                .to_string();
            let problem = msg.split(" at line").next().unwrap_or(&msg).to_string();
            AppError::field(&field, &problem)
        }
        _ => AppError::BadField("body".into(), format!("malformed JSON: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct T {
        name: String,
        n: i64,
    }

    #[test]
    fn json_errors_name_the_field() {
        let e = serde_json::from_str::<T>(r#"{"n": 1}"#)
            .err()
            .map(json_error);
        match e {
            Some(AppError::Invalid(f)) => assert!(f.contains_key("name"), "{f:?}"),
            other => panic!("{other:?}"),
        }
        let e = serde_json::from_str::<T>("{not json").err().map(json_error);
        assert!(matches!(e, Some(AppError::BadField(ref f, _)) if f == "body"));
    }

    #[test]
    fn forms_parse_and_trim() {
        let f = FormData::parse(b"a=+x+&b=%F0%9F%98%80").unwrap_or_default();
        assert_eq!(f.get("a"), "x");
        assert_eq!(f.raw("a"), " x ");
        assert_eq!(f.get("missing"), "");
    }
}

/// Per-field messages for re-rendering a form (field name → message in the reader's language).
#[derive(Debug, Default, Clone)]
pub struct FormErrors(pub super::errors::FieldErrors);

impl FormErrors {
    pub fn msg(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    pub fn add(&mut self, name: &str, message: String) {
        self.0.entry(name.to_string()).or_insert(message);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FormErrors {
    /// Translates (field, Fluent id) pairs for the reader.
    pub fn from_problems(tr: super::i18n::Tr, problems: &[(&str, &str)]) -> FormErrors {
        let mut e = FormErrors::default();
        for (field, key) in problems {
            e.add(field, tr.t(key));
        }
        e
    }
}

/// Problems as an API error (English messages, keyed by field).
pub fn invalid(problems: &[(&str, &str)]) -> super::errors::AppError {
    let tr = super::i18n::Tr::new(super::i18n::Lang::En);
    super::errors::AppError::Invalid(
        problems
            .iter()
            .map(|(f, k)| (f.to_string(), tr.t(k)))
            .collect(),
    )
}

/// A file upload form (multipart), read once the caller is authorised: its text fields, and
/// the bytes of its `file` field if one was sent.
pub struct Upload {
    pub fields: FormData,
    pub file: Option<Bytes>,
    /// The file's name and declared type as the browser sent them (untrusted).
    pub file_name: String,
    pub file_type: String,
}

impl Upload {
    pub async fn read(
        multipart: Result<
            axum::extract::multipart::Multipart,
            axum::extract::multipart::MultipartRejection,
        >,
    ) -> Result<Upload, AppError> {
        let bad = |text: String| AppError::BadRequest(text);
        let mut multipart = multipart.map_err(|e| bad(e.body_text()))?;
        let mut upload = Upload {
            fields: FormData::default(),
            file: None,
            file_name: String::new(),
            file_type: String::new(),
        };
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| bad(e.body_text()))?
        {
            let name = field.name().unwrap_or_default().to_string();
            if name == "file" {
                upload.file_name = field.file_name().unwrap_or_default().to_string();
                upload.file_type = field.content_type().unwrap_or_default().to_string();
                upload.file = Some(field.bytes().await.map_err(|e| bad(e.body_text()))?);
            } else {
                let text = field.text().await.map_err(|e| bad(e.body_text()))?;
                upload.fields.push(&name, text);
            }
        }
        Ok(upload)
    }
}
