//! Home pages by role, language switching, health, readiness, metrics, live events, and the
//! caller's own identity in the API.

use super::ctx::Ctx;
use super::errors::AppError;
use super::i18n::Lang;
use super::page::{ok, Page};
use crate::app::AppState;
use crate::audit;
use crate::auth::model::Role;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::departments::{self, model::Department};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use futures_util::stream::Stream;
use serde::{Deserialize, Serialize};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

#[derive(Deserialize, Default)]
pub struct HomeQuery {
    notice: Option<String>,
}

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    page: Page,
    heading: String,
    role: &'static str,
    department_count: i64,
    without_liaison: i64,
    own: Option<Department>,
    audit_entries: i64,
    /// "Last checkpoint …" sentence, if there is one.
    last_checkpoint: Option<String>,
    intro: String,
}

pub async fn home(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<HomeQuery>,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(&state, Action::ViewHome, Resource::System)
        .await?;
    let role = actor.role;
    let tr = ctx.tr();
    let mut page = HomePage {
        page: Page::new(&ctx, tr.t(&format!("home-{}", role.as_str())))
            .with_notice(q.notice.as_deref()),
        heading: tr.t(&format!("home-{}", role.as_str())),
        role: role.as_str(),
        department_count: 0,
        without_liaison: 0,
        own: None,
        audit_entries: 0,
        last_checkpoint: None,
        intro: match role {
            Role::Member | Role::Editor => tr.t(&format!("home-{}-intro", role.as_str())),
            _ => String::new(),
        },
    };
    match role {
        Role::Admin | Role::Reviewer => {
            page.department_count = departments::list(&state.db, None, false).await?.len() as i64;
            page.without_liaison = departments::list(&state.db, None, true).await?.len() as i64;
        }
        Role::Liaison | Role::Employee => {
            page.own = departments::list(&state.db, department_scope(actor), false)
                .await?
                .into_iter()
                .next();
        }
        Role::Auditor => {
            page.audit_entries = audit::store::head(&state.db)
                .await?
                .map(|h| h.0)
                .unwrap_or(0);
            page.last_checkpoint = audit::checkpoint::read_all(&state.config.audit.checkpoint_path)
                .ok()
                .and_then(|c| {
                    c.last().map(|c| {
                        tr.t1("home-last-checkpoint", "at", &c.at) + &format!(" (#{})", c.seq)
                    })
                });
        }
        Role::Member | Role::Editor => {}
    }
    Ok(ok(&page))
}

#[derive(Deserialize)]
pub struct LangQuery {
    next: Option<String>,
}

/// Remembers the language in a cookie that holds only the language code.
pub async fn switch_language(
    Path(code): Path<String>,
    Query(q): Query<LangQuery>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&code).ok_or(AppError::NotFound)?;
    let next = super::same_site_path(q.next.as_deref()).to_string();
    let mut resp = Redirect::to(&next).into_response();
    let cookie = format!(
        "amparo_lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
        lang.code()
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}

pub async fn healthz() -> &'static str {
    "ok\n"
}

/// Ready when the database answers and every migration this binary knows is applied.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if !state.db.ping().await {
        return (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n").into_response();
    }
    match crate::db::applied_versions(&state.db).await {
        Ok(v) if v.len() >= crate::db::MIGRATION_COUNT => "ready\n".into_response(),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "migrations not applied\n").into_response(),
    }
}

pub async fn metrics(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewMetrics, Resource::System)
        .await?;
    let jobs = crate::jobs::counts(&state.db).await?;
    let body = state.metrics.render(state.db.pool_size(), &jobs);
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response())
}

/// Files amparo serves itself (path, content type, body): its own script and styles and the
/// vendored map library, so pages load nothing from another host.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "/static/live.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/live.js"),
    ),
    (
        "/static/map.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/map.js"),
    ),
    (
        "/static/upload.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/upload.js"),
    ),
    (
        "/static/autosave.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/autosave.js"),
    ),
    (
        "/static/app.css",
        "text/css; charset=utf-8",
        include_bytes!("../../static/app.css"),
    ),
    (
        "/static/vendor/leaflet/leaflet.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../static/vendor/leaflet/leaflet.js"),
    ),
    (
        "/static/vendor/leaflet/leaflet.css",
        "text/css; charset=utf-8",
        include_bytes!("../../static/vendor/leaflet/leaflet.css"),
    ),
];

pub async fn asset(uri: axum::http::Uri) -> Response {
    match ASSETS.iter().find(|(path, _, _)| *path == uri.path()) {
        Some((_, kind, body)) => (
            [
                (header::CONTENT_TYPE, *kind),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *body,
        )
            .into_response(),
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Me {
    /// `user` or `token`.
    pub kind: &'static str,
    pub name: String,
    pub role: Role,
    /// Department abbreviation, or null for city-wide roles.
    pub department: Option<String>,
}

/// Who the caller is.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = Me), (status = 401)),
    security(("bearer" = [])))]
pub async fn me(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Me>, AppError> {
    let actor = ctx
        .authorize(&state, Action::ViewHome, Resource::System)
        .await?;
    Ok(Json(Me {
        kind: if actor.user_id().is_some() {
            "user"
        } else {
            "token"
        },
        name: actor.display_name().to_string(),
        role: actor.role,
        department: (!actor.department.is_empty()).then(|| actor.department.clone()),
    }))
}

/// Server-sent events: ids and kinds of changes the caller may see, from any node.
pub async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, std::convert::Infallible>>>, AppError> {
    let actor = ctx
        .authorize(&state, Action::SubscribeEvents, Resource::System)
        .await?;
    let scope = department_scope(actor);
    let stream = BroadcastStream::new(state.events.subscribe()).filter_map(move |msg| {
        let event = msg.ok()?;
        if scope.is_some() && event.department_id != scope {
            return None;
        }
        Some(Ok(SseEvent::default()
            .event(event.kind.clone())
            .data(event.to_json())))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
