//! A department's training page: sessions, percent trained, a form and a CSV import.

use super::training::{self, Session};
use crate::app::AppState;
use crate::audit::{self, Outcome};
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::Upload;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "plans/training.html")]
struct TrainingPage {
    page: Page,
    csrf: String,
    department_id: i64,
    department: String,
    sessions: Vec<Session>,
    summary: String,
    can_edit: bool,
    form: FormData,
    errors: FormErrors,
    import_problems: Vec<String>,
}

async fn training_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    form: FormData,
    errors: FormErrors,
    import_problems: Vec<String>,
) -> Result<TrainingPage, AppError> {
    ctx.authorize(state, Action::ViewPlan, Resource::Department(id))
        .await?;
    let dept = crate::departments::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let sessions = training::list(&state.db, id).await?;
    let tr = ctx.tr();
    let trained: i64 = sessions.iter().map(|s| s.trained).sum();
    let summary = match dept.headcount.filter(|h| *h > 0) {
        Some(h) => {
            tr.t1(
                "training-summary",
                "percent",
                &format!(
                    "{}",
                    ((trained as f64 / h as f64) * 100.0).round().min(100.0)
                ),
            ) + " "
                + &tr.n("training-of", "count", h)
        }
        None => tr.n("training-no-headcount", "count", trained),
    };
    Ok(TrainingPage {
        page: Page::new(ctx, tr.t1("training-heading", "department", &dept.name)),
        csrf: ctx.csrf_for_form(),
        department_id: id,
        department: dept.name,
        sessions,
        summary,
        can_edit: ctx.is_allowed(Action::EditPlan, Resource::Department(id)),
        form,
        errors,
        import_problems,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    Ok(ok(&training_page(
        &state,
        &ctx,
        id,
        FormData::default(),
        FormErrors::default(),
        Vec::new(),
    )
    .await?))
}

pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::EditPlan, Resource::Department(id))
        .await?;
    match training::from_form(&form) {
        Ok(s) => {
            let mut tx = state.db.begin_write().await?;
            training::insert(&mut tx, id, &s, &ctx.audit_actor().actor).await?;
            audit::record(
                &mut tx,
                &ctx.audit_actor(),
                "record_training",
                "department",
                id,
                Outcome::Ok,
            )
            .await?;
            tx.commit_quiet().await?;
            Ok(Redirect::to(&format!("/departments/{id}/training?notice=saved")).into_response())
        }
        Err(p) => {
            let errors = FormErrors::from_problems(ctx.tr(), &p);
            let page = training_page(&state, &ctx, id, form, errors, Vec::new()).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// A learning system's attendance export (multipart `file`): all rows or none.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::EditPlan, Resource::Department(id))
        .await?;
    let text = Upload::read(multipart)
        .await?
        .file
        .map(|bytes: axum::body::Bytes| String::from_utf8_lossy(&bytes).into_owned());
    let result = match text.as_deref() {
        None | Some("") => Err(vec![ctx.tr().t("training-error-file")]),
        Some(t) => training::from_csv(t),
    };
    match result {
        Ok(sessions) => {
            let mut tx = state.db.begin_write().await?;
            for s in &sessions {
                training::insert(&mut tx, id, s, &ctx.audit_actor().actor).await?;
            }
            audit::record(
                &mut tx,
                &ctx.audit_actor(),
                "import_training",
                "department",
                id,
                Outcome::Ok,
            )
            .await?;
            tx.commit_quiet().await?;
            Ok(Redirect::to(&format!("/departments/{id}/training?notice=saved")).into_response())
        }
        Err(problems) => {
            let page = training_page(
                &state,
                &ctx,
                id,
                FormData::default(),
                FormErrors::default(),
                problems,
            )
            .await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}
