//! Administration pages: accounts and API tokens.

use super::accounts::{self, AccountRequest};
use super::model::Role;
use super::policy::{Action, Resource};
use super::store::{self, TokenInfo, User};
use crate::app::AppState;
use crate::departments::{self, model::Department};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<i64>,
    notice: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    csrf: String,
    users: Vec<User>,
    self_id: i64,
    page_no: i64,
    has_next: bool,
}

pub async fn users(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(&state, Action::ManageAccounts, Resource::System)
        .await?;
    let self_id = actor.user_id().unwrap_or(0);
    let page_no = q.page.unwrap_or(1).max(1);
    let mut users = store::list_users(&state.db, (page_no - 1) * PER_PAGE, PER_PAGE + 1).await?;
    let has_next = users.len() as i64 > PER_PAGE;
    users.truncate(PER_PAGE as usize);
    Ok(ok(&UsersPage {
        page: Page::new(&ctx, ctx.tr().t("users-title")).with_notice(q.notice.as_deref()),
        csrf: ctx.csrf_for_form(),
        users,
        self_id,
        page_no,
        has_next,
    }))
}

#[derive(Template)]
#[template(path = "admin/user_form.html")]
struct UserForm {
    page: Page,
    csrf: String,
    f: FormData,
    roles: Vec<(&'static str, String)>,
    departments: Vec<Department>,
    errors: FormErrors,
}

async fn user_form(
    state: &AppState,
    ctx: &Ctx,
    f: FormData,
    errors: FormErrors,
) -> Result<UserForm, AppError> {
    let tr = ctx.tr();
    Ok(UserForm {
        page: Page::new(ctx, tr.t("user-new")),
        csrf: ctx.csrf_for_form(),
        f,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), tr.t(&format!("role-{}", r.as_str()))))
            .collect(),
        departments: departments::list(&state.db, None, false).await?,
        errors,
    })
}

pub async fn new_user(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageAccounts, Resource::System)
        .await?;
    Ok(ok(&user_form(
        &state,
        &ctx,
        FormData::default(),
        FormErrors::default(),
    )
    .await?))
}

#[derive(Template)]
#[template(path = "admin/secret.html")]
struct SecretPage {
    page: Page,
    heading: String,
    explanation: String,
    secret: String,
    back_href: &'static str,
}

fn secret_page(
    ctx: &Ctx,
    heading: String,
    explanation: String,
    secret: String,
    back_href: &'static str,
) -> Response {
    render(
        StatusCode::CREATED,
        &SecretPage {
            page: Page::new(ctx, heading.clone()),
            heading,
            explanation,
            secret,
            back_href,
        },
    )
}

/// `department_id` from a form: empty is none; anything else must be a department.
async fn department_field(
    state: &AppState,
    f: &FormData,
) -> Result<Result<Option<i64>, ()>, AppError> {
    match f.get("department_id") {
        "" => Ok(Ok(None)),
        s => match s.parse::<i64>() {
            Ok(id) if departments::get(&state.db, id).await?.is_some() => Ok(Ok(Some(id))),
            _ => Ok(Err(())),
        },
    }
}

pub async fn create_user(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageAccounts, Resource::System)
        .await?;
    let tr = ctx.tr();
    let problems = match department_field(&state, &form).await? {
        Err(()) => vec![("department_id", "error-department-unknown")],
        Ok(department_id) => {
            let req = AccountRequest {
                email: form.get("email"),
                display_name: form.get("display_name"),
                role: form.get("role"),
                department_id,
            };
            match accounts::create(&state.db, &state.events, &ctx.audit_actor(), &req).await? {
                Ok((_, otp)) => {
                    let explanation = tr.t1(
                        "user-created-explanation",
                        "email",
                        &form.get("email").to_lowercase(),
                    );
                    return Ok(secret_page(
                        &ctx,
                        tr.t("user-created"),
                        explanation,
                        otp,
                        "/admin/users",
                    ));
                }
                Err(p) => p,
            }
        }
    };
    let errors = FormErrors::from_problems(tr, &problems);
    Ok(render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &user_form(&state, &ctx, form, errors).await?,
    ))
}

async fn existing_user(state: &AppState, id: i64) -> Result<User, AppError> {
    Ok(store::get_user(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?
        .0)
}

pub async fn reset_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageAccounts, Resource::System)
        .await?;
    let user = existing_user(&state, id).await?;
    let otp = accounts::reset_password(&state.db, &state.events, &ctx.audit_actor(), id).await?;
    let tr = ctx.tr();
    let explanation = tr.t1("user-reset-explanation", "email", &user.email);
    Ok(secret_page(
        &ctx,
        tr.t("user-reset"),
        explanation,
        otp,
        "/admin/users",
    ))
}

async fn set_disabled(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    disabled: bool,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(state, Action::ManageAccounts, Resource::System)
        .await?;
    existing_user(state, id).await?;
    if disabled && actor.user_id() == Some(id) {
        return Err(AppError::field("id", "you cannot disable your own account"));
    }
    accounts::set_disabled(&state.db, &state.events, &ctx.audit_actor(), id, disabled).await?;
    Ok(Redirect::to("/admin/users?notice=saved").into_response())
}

pub async fn disable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    set_disabled(&state, &ctx, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    set_disabled(&state, &ctx, id, false).await
}

#[derive(Template)]
#[template(path = "admin/tokens.html")]
struct TokensPage {
    page: Page,
    csrf: String,
    tokens: Vec<TokenInfo>,
    f: FormData,
    roles: Vec<(&'static str, String)>,
    departments: Vec<Department>,
    errors: FormErrors,
}

async fn tokens_page(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<&str>,
    f: FormData,
    errors: FormErrors,
) -> Result<TokensPage, AppError> {
    let tr = ctx.tr();
    Ok(TokensPage {
        page: Page::new(ctx, tr.t("tokens-title")).with_notice(notice),
        csrf: ctx.csrf_for_form(),
        tokens: store::list_tokens(&state.db).await?,
        f,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), tr.t(&format!("role-{}", r.as_str()))))
            .collect(),
        departments: departments::list(&state.db, None, false).await?,
        errors,
    })
}

pub async fn tokens(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageTokens, Resource::System)
        .await?;
    Ok(ok(&tokens_page(
        &state,
        &ctx,
        q.notice.as_deref(),
        FormData::default(),
        FormErrors::default(),
    )
    .await?))
}

pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageTokens, Resource::System)
        .await?;
    let tr = ctx.tr();
    let problems = match department_field(&state, &form).await? {
        Err(()) => vec![("department_id", "error-department-unknown")],
        Ok(dept) => {
            match accounts::issue_token(
                &state.db,
                &state.events,
                &ctx.audit_actor(),
                form.get("name"),
                form.get("role"),
                dept,
            )
            .await?
            {
                Ok((_, raw)) => {
                    return Ok(secret_page(
                        &ctx,
                        tr.t("token-created"),
                        tr.t("token-created-explanation"),
                        raw,
                        "/admin/tokens",
                    ));
                }
                Err(p) => p,
            }
        }
    };
    let errors = FormErrors::from_problems(tr, &problems);
    Ok(render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &tokens_page(&state, &ctx, None, form, errors).await?,
    ))
}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageTokens, Resource::System)
        .await?;
    if !accounts::revoke_token(&state.db, &state.events, &ctx.audit_actor(), id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/tokens?notice=saved").into_response())
}
