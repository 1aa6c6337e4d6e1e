//! The per-request context: who is asking, in which language, with which CSRF token.
//! Built once by the `resolve` middleware; handlers take it as an extractor.

use super::errors::AppError;
use super::i18n::{Lang, Tr};
use crate::app::AppState;
use crate::audit::{self, AuditActor, Outcome};
use crate::auth::model::Actor;
use crate::auth::policy::{decide, Action, Decision, Resource};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Clone)]
pub struct Ctx {
    pub actor: Option<Actor>,
    /// Hash of the session id, when signed in with a browser session.
    pub session_hash: Option<String>,
    pub must_change_password: bool,
    pub csrf: String,
    /// The anonymous CSRF token was made for this request and has no cookie yet.
    pub csrf_is_new: bool,
    /// Set when a page rendered a form carrying the token (so its cookie must be set).
    pub csrf_used: Arc<AtomicBool>,
    pub lang: Lang,
    pub request_id: String,
    pub path: String,
    /// The client's address, used only to throttle sign-in (never logged or stored in clear).
    pub client: String,
}

impl Ctx {
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang)
    }

    pub fn csrf_for_form(&self) -> String {
        self.csrf_used.store(true, Ordering::Relaxed);
        self.csrf.clone()
    }

    pub fn audit_actor(&self) -> AuditActor {
        match &self.actor {
            Some(a) => AuditActor {
                actor: a.audit_id(),
                role: a.role.as_str().into(),
                department: a.department.clone(),
                request_id: self.request_id.clone(),
            },
            None => AuditActor {
                actor: "anonymous".into(),
                role: String::new(),
                department: String::new(),
                request_id: self.request_id.clone(),
            },
        }
    }

    /// Asks the policy; a refusal is audited and answered 401, 403 or 404.
    pub async fn authorize(
        &self,
        state: &AppState,
        action: Action,
        resource: Resource,
    ) -> Result<&Actor, AppError> {
        let decision = decide(self.actor.as_ref(), action, resource);
        if let (Decision::Allow, Some(actor)) = (decision, self.actor.as_ref()) {
            return Ok(actor);
        }
        let (object_type, object_id) = match resource {
            Resource::System => ("system", String::new()),
            Resource::Department(id) => ("department", id.to_string()),
            Resource::Report { id, .. } => ("report", id.to_string()),
            Resource::Group { .. } => ("working_group", String::new()),
        };
        audit::record_alone(
            &state.db,
            &self.audit_actor(),
            action.name(),
            object_type,
            object_id,
            Outcome::Denied,
        )
        .await?;
        Err(match decision {
            Decision::Unauthenticated => AppError::Unauthenticated,
            Decision::Hidden => AppError::NotFound,
            _ => AppError::Forbidden,
        })
    }

    pub fn is_allowed(&self, action: Action, resource: Resource) -> bool {
        decide(self.actor.as_ref(), action, resource) == Decision::Allow
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("request context missing")))
    }
}
