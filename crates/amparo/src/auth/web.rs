//! Sign in, sign out, change password.

use super::model::{NewPassword, PasswordProblem, PASSWORD_MAX};
use super::sessions::CookieNames;
use super::{password, store};
use crate::app::AppState;
use crate::audit::{self, Outcome};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, urlencode, Page};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Failures allowed per account or client address in [`THROTTLE_WINDOW`] seconds.
pub const THROTTLE_LIMIT: i64 = 5;
pub const THROTTLE_WINDOW: i64 = 60;

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    next: Option<String>,
    notice: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    page: Page,
    csrf: String,
    action: String,
    email: String,
    alert: Option<String>,
    errors: FormErrors,
}

/// Only same-site paths are followed after sign-in.
fn safe_next(next: Option<&str>) -> &str {
    crate::web::same_site_path(next)
}

fn login_page(
    ctx: &Ctx,
    q: &LoginQuery,
    email: &str,
    alert: Option<String>,
    errors: FormErrors,
) -> LoginPage {
    let action = match q.next.as_deref() {
        Some(n) => format!("/login?next={}", urlencode(safe_next(Some(n)))),
        None => "/login".into(),
    };
    LoginPage {
        page: Page::new(ctx, ctx.tr().t("sign-in-title")).with_notice(q.notice.as_deref()),
        csrf: ctx.csrf_for_form(),
        action,
        email: email.into(),
        alert,
        errors,
    }
}

pub async fn login_form(ctx: Ctx, Query(q): Query<LoginQuery>) -> Response {
    if ctx.actor.is_some() {
        return Redirect::to(safe_next(q.next.as_deref())).into_response();
    }
    ok(&login_page(&ctx, &q, "", None, FormErrors::default()))
}

pub async fn login_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LoginQuery>,
    form: FormData,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let email = form.get("email").to_lowercase();
    let candidate = form.raw("password");
    let mut errors = FormErrors::default();
    if email.is_empty() {
        errors.add("email", tr.t("error-email-required"));
    }
    if candidate.is_empty() {
        errors.add("password", tr.t("error-password-required"));
    } else if candidate.chars().count() > PASSWORD_MAX {
        // Refused before hashing: an enormous password must not cost us an argon2 run.
        errors.add("password", tr.t("error-password-too-long"));
    }
    if !errors.is_empty() {
        let p = login_page(&ctx, &q, &email, None, errors);
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p));
    }

    let now = chrono::Utc::now().timestamp();
    let keys = vec![
        format!("account:{email}"),
        format!("address:{}", ctx.client),
    ];
    let recent = store::recent_failures(&state.db, &keys, now - THROTTLE_WINDOW).await?;
    if let Some(oldest) = recent
        .iter()
        .filter(|(n, _)| *n >= THROTTLE_LIMIT)
        .map(|(_, o)| *o)
        .min()
    {
        audit::record_alone(
            &state.db,
            &ctx.audit_actor(),
            "login",
            "account",
            "",
            Outcome::Denied,
        )
        .await?;
        let retry_after = (oldest + THROTTLE_WINDOW - now).max(1) as u64;
        return Err(AppError::TooMany { retry_after });
    }

    let found = store::find_user_by_email(&state.db, &email).await?;
    let (user, hash) = match found {
        Some((u, h)) if !u.disabled => (Some(u), Some(h)),
        _ => (None, None),
    };
    let verified = password::verify(hash, candidate).await;
    let Some(user) = user.filter(|_| verified) else {
        let mut tx = state.db.begin_write().await?;
        store::record_failure(&mut tx, &keys, now).await?;
        let object = match store::find_user_by_email(&state.db, &email).await? {
            Some((u, _)) => u.id.to_string(),
            None => "unknown".into(),
        };
        audit::record(
            &mut tx,
            &ctx.audit_actor(),
            "login",
            "account",
            object,
            Outcome::Denied,
        )
        .await?;
        tx.commit(&state.events).await?;
        let p = login_page(
            &ctx,
            &q,
            &email,
            Some(tr.t("error-login-failed")),
            FormErrors::default(),
        );
        return Ok(render(StatusCode::UNAUTHORIZED, &p));
    };

    let mut tx = state.db.begin_write().await?;
    if let Some(old) = &ctx.session_hash {
        store::delete_session(&mut tx, old).await?;
    }
    let raw = store::create_session(
        &mut tx,
        user.id,
        now,
        state.config.session_absolute_hours * 3600,
    )
    .await?;
    let who = audit::AuditActor {
        actor: format!("user:{}", user.id),
        role: user.role.as_str().into(),
        department: user.department.clone(),
        request_id: ctx.request_id.clone(),
    };
    audit::record(&mut tx, &who, "login", "account", user.id, Outcome::Ok).await?;
    tx.commit(&state.events).await?;

    let target = if user.must_change_password {
        "/account/password"
    } else {
        safe_next(q.next.as_deref())
    };
    let mut resp = Redirect::to(target).into_response();
    let names = CookieNames::new(state.config.is_https());
    resp.headers_mut()
        .append(header::SET_COOKIE, names.session_cookie(&raw));
    Ok(resp)
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    if let (Some(hash), Some(actor)) = (&ctx.session_hash, &ctx.actor) {
        let mut tx = state.db.begin_write().await?;
        store::delete_session(&mut tx, hash).await?;
        audit::record(
            &mut tx,
            &ctx.audit_actor(),
            "logout",
            "account",
            actor.user_id().unwrap_or(0),
            Outcome::Ok,
        )
        .await?;
        tx.commit(&state.events).await?;
    }
    let mut resp = Redirect::to("/login?notice=signed-out").into_response();
    let names = CookieNames::new(state.config.is_https());
    resp.headers_mut()
        .append(header::SET_COOKIE, names.clear_session());
    Ok(resp)
}

#[derive(Template)]
#[template(path = "auth/password.html")]
struct PasswordPage {
    page: Page,
    csrf: String,
    needs_current: bool,
    forced: bool,
    errors: FormErrors,
}

fn password_page(ctx: &Ctx, errors: FormErrors) -> PasswordPage {
    PasswordPage {
        page: Page::new(ctx, ctx.tr().t("password-title")),
        csrf: ctx.csrf_for_form(),
        needs_current: !ctx.must_change_password,
        forced: ctx.must_change_password,
        errors,
    }
}

pub async fn password_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(
        &state,
        crate::auth::policy::Action::ChangeOwnPassword,
        crate::auth::policy::Resource::System,
    )
    .await?;
    Ok(ok(&password_page(&ctx, FormErrors::default())))
}

pub async fn password_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(
            &state,
            crate::auth::policy::Action::ChangeOwnPassword,
            crate::auth::policy::Resource::System,
        )
        .await?;
    let user_id = actor.user_id().ok_or(AppError::Forbidden)?;
    let tr = ctx.tr();
    let mut errors = FormErrors::default();
    let new = form.raw("new_password");
    if new.chars().count() > PASSWORD_MAX {
        errors.add("new_password", tr.t("error-password-too-long"));
    }
    if !ctx.must_change_password && errors.is_empty() {
        let current = form.raw("current_password");
        let stored = store::get_user(&state.db, user_id).await?.map(|(_, h)| h);
        if current.is_empty()
            || current.chars().count() > PASSWORD_MAX
            || !password::verify(stored, current).await
        {
            errors.add("current_password", tr.t("error-current-password"));
        }
    }
    let parsed = match NewPassword::parse(new) {
        Ok(p) => Some(p),
        Err(PasswordProblem::TooShort) => {
            errors.add("new_password", tr.t("error-password-too-short"));
            None
        }
        Err(PasswordProblem::TooLong) => {
            errors.add("new_password", tr.t("error-password-too-long"));
            None
        }
    };
    if form.raw("confirm_password") != new {
        errors.add("confirm_password", tr.t("error-password-mismatch"));
    }
    let Some(parsed) = parsed.filter(|_| errors.is_empty()) else {
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &password_page(&ctx, errors),
        ));
    };
    let hash = password::hash(parsed.expose()).await?;
    let mut tx = state.db.begin_write().await?;
    store::set_password(&mut tx, user_id, &hash, false).await?;
    store::delete_user_sessions(&mut tx, user_id, ctx.session_hash.as_deref()).await?;
    audit::record(
        &mut tx,
        &ctx.audit_actor(),
        "change_password",
        "account",
        user_id,
        Outcome::Ok,
    )
    .await?;
    tx.commit(&state.events).await?;
    Ok(Redirect::to("/?notice=password-changed").into_response())
}
