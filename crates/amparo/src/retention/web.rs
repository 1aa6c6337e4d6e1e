//! Setting and lifting a legal hold on a report (the admin, for the City Attorney).

use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

pub const REASON_MAX: usize = 500;

/// `POST /reports/{id}/legal-hold`: `hold=set` with a `reason`, or `hold=lift`.
pub async fn legal_hold(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageRetention, Resource::System)
        .await?;
    let reason = form.get("reason").trim().to_string();
    let reason = match form.get("hold") {
        "set" if reason.is_empty() => {
            return Err(AppError::field("reason", "say why the report is held"))
        }
        "set" if reason.chars().count() > REASON_MAX || reason.chars().any(char::is_control) => {
            return Err(AppError::field(
                "reason",
                "keep the reason to one line of at most 500 characters",
            ))
        }
        "set" => Some(reason),
        "lift" => None,
        _ => return Err(AppError::field("hold", "choose set or lift")),
    };
    if !super::set_hold(&state.db, &ctx.audit_actor(), id, reason.as_deref()).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!("/reports/{id}?notice=saved#legal-hold")).into_response())
}
