//! Directives: the list, and MOIA's form for a new one. A liaison's list of their plans.

use super::directive::DirectiveInput;
use super::store::{self, Directive, Plan};
use crate::app::AppState;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "plans/directives.html")]
struct DirectivesPage {
    page: Page,
    csrf: String,
    directives: Vec<Directive>,
    can_create: bool,
    form: FormData,
    errors: FormErrors,
    /// (id, name, chosen) for the "applies to" boxes.
    departments: Vec<(i64, String, bool)>,
}

async fn directives_page(
    state: &AppState,
    ctx: &Ctx,
    form: FormData,
    errors: FormErrors,
) -> Result<DirectivesPage, AppError> {
    let tr = ctx.tr();
    let chosen = form.all("departments");
    let departments = crate::departments::store::list(&state.db, None, false)
        .await?
        .into_iter()
        .map(|d| {
            let on = if form.has_any() {
                chosen.contains(&d.id.to_string())
            } else {
                !super::template::EXCLUDED_KINDS.contains(&d.kind.as_str())
            };
            (d.id, d.name, on)
        })
        .collect();
    Ok(DirectivesPage {
        departments,
        page: Page::new(ctx, tr.t("directives-title")),
        csrf: ctx.csrf_for_form(),
        directives: store::directives(&state.db).await?,
        can_create: ctx.is_allowed(Action::ManageDirectives, Resource::System),
        form,
        errors,
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewBoard, Resource::System)
        .await?;
    Ok(ok(&directives_page(
        &state,
        &ctx,
        FormData::default(),
        FormErrors::default(),
    )
    .await?))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectives, Resource::System)
        .await?;
    let tr = ctx.tr();
    let problems = match DirectiveInput::from_form(&form) {
        Ok(d) => match super::create_directive(&state.db, &ctx.audit_actor(), &d).await? {
            Some(id) => {
                return Ok(Redirect::to(&format!("/compliance?directive={id}")).into_response())
            }
            None => vec![("number", tr.t("directive-error-taken"))],
        },
        // The rule's parser explains itself in English; other problems are Fluent ids.
        Err(p) => p
            .into_iter()
            .map(|(f, m)| {
                (
                    f,
                    if m.starts_with("directive-") || m.starts_with("error-") {
                        tr.t(&m)
                    } else {
                        m
                    },
                )
            })
            .collect(),
    };
    let mut errors = FormErrors::default();
    for (f, m) in problems {
        errors.add(f, m);
    }
    let p = directives_page(&state, &ctx, form, errors).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p))
}

#[derive(Template)]
#[template(path = "plans/mine.html")]
struct MinePage {
    page: Page,
    plans: Vec<(Plan, Directive, String)>,
}

/// A liaison's plans, one per directive; MOIA goes to the board.
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(&state, Action::ViewPlan, Resource::System)
        .await?;
    let Some(dept) = department_scope(actor) else {
        return Ok(Redirect::to("/compliance").into_response());
    };
    let tr = ctx.tr();
    let mut plans = Vec::new();
    for p in store::plans_of(&state.db, dept).await? {
        if let Some(d) = store::directive_by_id(&state.db, p.directive_id).await? {
            let status = tr.t(&format!("plan-status-{}", p.status.replace('_', "-")));
            plans.push((p, d, status));
        }
    }
    Ok(ok(&MinePage {
        page: Page::new(&ctx, tr.t("plans-title")),
        plans,
    }))
}
