//! The middleware stack, outermost first: overload guard → request id, metrics and logging →
//! security headers → context (session or token, language, CSRF) → error rendering → handler.

use super::ctx::Ctx;
use super::errors::{AppError, ErrorMarker};
use super::form::{FormData, BODY_LIMIT};
use super::i18n::Lang;
use super::page::{render, urlencode, ErrorPage, Page};
use crate::app::AppState;
use crate::audit::{self, Outcome};
use crate::auth::{sessions, store};
use axum::body::Body;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Json, Redirect, Response};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone)]
pub struct RequestId(pub String);

/// Answers 503 with Retry-After instead of queueing without bound.
pub async fn overload_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match state.limiter.clone().try_acquire_owned() {
        Ok(permit) => {
            let resp = next.run(req).await;
            drop(permit);
            resp
        }
        Err(_) => {
            state.metrics.overloaded();
            let mut resp = (
                StatusCode::SERVICE_UNAVAILABLE,
                "amparo is busy; try again in a moment\n",
            )
                .into_response();
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            resp
        }
    }
}

/// Gives each request an id, times it, counts it and logs one line without bodies, query
/// strings, credentials or client addresses.
pub async fn observe(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let start = Instant::now();
    let id = hex::encode(rand::random::<[u8; 8]>());
    req.extensions_mut().insert(RequestId(id.clone()));
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let mut resp = next.run(req).await;
    let secs = start.elapsed().as_secs_f64();
    let status = resp.status().as_u16();
    state.metrics.observe(&method, &route, status, secs);
    tracing::info!(request_id = %id, %method, %route, status, ms = (secs * 1000.0) as u64, "request");
    if let Ok(v) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    resp
}

/// Everything from amparo itself; map tiles also from the configured tile server, if any.
pub fn content_security_policy(tile_url: &str) -> String {
    const BASE: &str =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    // The tile server's origin, with Leaflet's {s} subdomain placeholder as a wildcard.
    let origin = tile_url
        .split_once("://")
        .map(|(scheme, rest)| {
            let host = rest.split('/').next().unwrap_or_default();
            format!("{scheme}://{}", host.replace("{s}", "*"))
        })
        .filter(|o| !o.contains(['{', '}', ';', ' ', '\'', '"']));
    match origin {
        Some(o) => format!("{BASE}; img-src 'self' {o}"),
        None => BASE.to_string(),
    }
}

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/static/");
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_security_policy(&state.config.map.tile_url)) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages that may be cached (the public portal) say so themselves; nothing else is.
    if !is_static && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.config.is_https() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    resp
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn bearer(req: &Request) -> Option<String> {
    if let Some(v) = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        return v.strip_prefix("Bearer ").map(|t| t.trim().to_string());
    }
    // Open311 clients send the key as a query parameter.
    req.uri().query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "api_key")
            .map(|(_, v)| v)
    })
}

fn wants_json(path: &str, headers: &HeaderMap) -> bool {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    path.starts_with("/api/")
        || (accept.contains("application/json") && !accept.contains("text/html"))
        // Export files are fetched by scripts as well as browsers; a script is told 401, not
        // sent to the sign-in page.
        || (path.starts_with("/exports/") && !accept.contains("text/html"))
}

/// Paths served to machine clients by API key only: sessions are not consulted there.
fn key_only(path: &str) -> bool {
    path.starts_with("/open311/")
}

/// Paths a person who must change a one-time password may still reach.
fn allowed_before_password_change(path: &str) -> bool {
    path == "/account/password"
        || path == "/logout"
        || path.starts_with("/static/")
        || path.starts_with("/lang/")
}

/// Builds the [`Ctx`]: token or session, language, CSRF; checks CSRF on every unsafe request.
pub async fn resolve(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_default();
    let path = req.uri().path().to_string();
    let json = wants_json(&path, req.headers());
    let lang = cookie(req.headers(), "amparo_lang")
        .and_then(Lang::parse)
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::En);
    let mut ctx = Ctx {
        actor: None,
        session_hash: None,
        must_change_password: false,
        csrf: String::new(),
        csrf_is_new: false,
        csrf_used: Arc::new(AtomicBool::new(false)),
        lang,
        client: client_addr(
            &state,
            req.headers(),
            req.extensions().get::<ConnectInfo<SocketAddr>>(),
        ),
        request_id,
        path,
    };
    let names = sessions::CookieNames::new(state.config.is_https());
    let token = bearer(&req);
    let via_token = token.is_some();
    let mut clear_session_cookie = false;
    if let Some(token) = token {
        match store::find_token(&state.db, &token).await {
            Ok(Some(actor)) => ctx.actor = Some(actor),
            Ok(None) => {
                let _ = audit::record_alone(
                    &state.db,
                    &ctx.audit_actor(),
                    "api_token",
                    "token",
                    "",
                    Outcome::Denied,
                )
                .await;
                return error_response(
                    Some(&ctx),
                    true,
                    AppError::Unauthenticated.into_response(),
                    &names,
                );
            }
            Err(e) => {
                return error_response(Some(&ctx), json, AppError::from(e).into_response(), &names)
            }
        }
    } else if let Some(raw) = cookie(req.headers(), names.session).filter(|_| !key_only(&ctx.path))
    {
        match sessions::load(&state, raw).await {
            Ok(Some(s)) => {
                ctx.must_change_password = s.user.must_change_password;
                ctx.actor = Some(s.user.actor());
                ctx.csrf = s.csrf_token;
                ctx.session_hash = Some(s.id_hash);
            }
            Ok(None) => clear_session_cookie = true,
            Err(e) => {
                return error_response(Some(&ctx), json, AppError::from(e).into_response(), &names)
            }
        }
    }
    if ctx.csrf.is_empty() {
        match cookie(req.headers(), names.csrf).filter(|c| c.len() == 64) {
            Some(c) => ctx.csrf = c.to_string(),
            None => {
                ctx.csrf = crate::auth::password::random_token();
                ctx.csrf_is_new = true;
            }
        }
    }

    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // Open311 clients authenticate with api_key alone (possibly in the form body), never with
    // a session cookie, so a cross-site form cannot act for a signed-in person there.
    // Nobody signed in on the API: 401 at once, which is what a client without a token needs
    // to hear (a CSRF 403 would mislead it), before any body is read.
    if unsafe_method && ctx.actor.is_none() && ctx.path.starts_with("/api/") {
        return error_response(
            Some(&ctx),
            true,
            AppError::Unauthenticated.into_response(),
            &names,
        );
    }
    let req = if unsafe_method && !via_token && !key_only(&ctx.path) {
        match check_csrf(&ctx, req).await {
            Ok(req) => req,
            Err(e) => {
                let _ = audit::record_alone(
                    &state.db,
                    &ctx.audit_actor(),
                    "csrf_check",
                    "request",
                    "",
                    Outcome::Denied,
                )
                .await;
                return error_response(Some(&ctx), json, e.into_response(), &names);
            }
        }
    } else {
        req
    };

    if ctx.must_change_password && !allowed_before_password_change(&ctx.path) {
        if json || via_token {
            return error_response(
                Some(&ctx),
                true,
                AppError::Forbidden.into_response(),
                &names,
            );
        }
        return Redirect::to("/account/password").into_response();
    }

    let mut req = req;
    req.extensions_mut().insert(ctx.clone());
    let resp = next.run(req).await;
    let mut resp = error_response(Some(&ctx), json, resp, &names);
    if clear_session_cookie {
        resp.headers_mut()
            .append(header::SET_COOKIE, names.clear_session());
    }
    if ctx.csrf_is_new && ctx.csrf_used.load(Ordering::Relaxed) {
        resp.headers_mut()
            .append(header::SET_COOKIE, names.csrf_cookie(&ctx.csrf));
    }
    resp
}

/// Accepts the token from `X-CSRF-Token` or the `csrf` field of a URL-encoded form; the body is
/// read once here and handed on unchanged.
async fn check_csrf(ctx: &Ctx, req: Request) -> Result<Request, AppError> {
    if ctx.csrf_is_new {
        return Err(AppError::Csrf);
    }
    if let Some(h) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        return if constant_eq(h, &ctx.csrf) {
            Ok(req)
        } else {
            Err(AppError::Csrf)
        };
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    // A file upload's body is streamed to its handler, so its form carries the token in the
    // action URL instead of a field.
    if content_type.starts_with("multipart/form-data") {
        let query = FormData::parse(req.uri().query().unwrap_or_default().as_bytes())?;
        return if constant_eq(query.raw("csrf"), &ctx.csrf) {
            Ok(req)
        } else {
            Err(AppError::Csrf)
        };
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(AppError::Csrf);
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, BODY_LIMIT).await.map_err(|_| {
        AppError::BadRequest(format!(
            "the body is larger than {BODY_LIMIT} bytes or was cut off"
        ))
    })?;
    let form = FormData::parse(&bytes)?;
    if !constant_eq(form.raw("csrf"), &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

fn constant_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Turns an [`ErrorMarker`] response into JSON or an HTML page; other responses pass through.
fn error_response(
    ctx: Option<&Ctx>,
    json: bool,
    resp: Response,
    names: &sessions::CookieNames,
) -> Response {
    let Some(marker) = resp.extensions().get::<ErrorMarker>().cloned() else {
        return resp;
    };
    let status = resp.status();
    let retry = resp.headers().get(header::RETRY_AFTER).cloned();
    let mut out = if json {
        let mut body = serde_json::json!({ "error": marker.message });
        if !marker.fields.is_empty() {
            body["fields"] = serde_json::json!(marker.fields);
        }
        (status, Json(body)).into_response()
    } else if let Some(ctx) = ctx {
        if status == StatusCode::UNAUTHORIZED {
            let mut r =
                Redirect::to(&format!("/login?next={}", urlencode(&ctx.path))).into_response();
            if ctx.session_hash.is_none() {
                r.headers_mut()
                    .append(header::SET_COOKIE, names.clear_session());
            }
            return r;
        }
        let page = Page::new(ctx, ctx.tr().t(marker.key));
        let message = if marker.key == "error-bad-request" {
            format!(
                "{} {}",
                ctx.tr().t("error-bad-request-detail"),
                marker.message
            )
        } else if !marker.fields.is_empty() {
            // Name each field that was wrong, as the JSON answer does.
            let fields: Vec<String> = marker
                .fields
                .iter()
                .map(|(field, problem)| format!("{field}: {problem}"))
                .collect();
            format!(
                "{} {}",
                ctx.tr().t(&format!("{}-detail", marker.key)),
                fields.join("; ")
            )
        } else {
            ctx.tr().t(&format!("{}-detail", marker.key))
        };
        render(status, &ErrorPage { page, message })
    } else {
        (status, marker.message).into_response()
    };
    if let Some(r) = retry {
        out.headers_mut().insert(header::RETRY_AFTER, r);
    }
    out
}

/// The client address, for login throttling only (never logged, stored only hashed).
pub fn client_addr(
    state: &AppState,
    headers: &HeaderMap,
    connect: Option<&ConnectInfo<SocketAddr>>,
) -> String {
    // The last entry is the one our own proxy appended; earlier ones are whatever the client
    // wrote, and taking them would let a client pick its throttling key.
    if state.config.trust_proxy {
        // Proxies append to the last header line or add a line of their own: the last line.
        if let Some(last) = headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            return last.to_string();
        }
    }
    connect.map(|c| c.0.ip().to_string()).unwrap_or_default()
}

/// Renders error markers produced by handlers (inside `resolve`, which sees the context).
pub async fn render_errors(req: Request, next: Next) -> Response {
    let ctx = req.extensions().get::<Ctx>().cloned();
    let json = wants_json(req.uri().path(), req.headers());
    let resp = adopt_framework_rejection(next.run(req).await).await;
    error_response(ctx.as_ref(), json, resp, &sessions::CookieNames::new(false))
}

/// The router's own refusals (an id that is not a number, a bad query string, a wrong method)
/// arrive as plain text; give them the same shape as every other error.
async fn adopt_framework_rejection(resp: Response) -> Response {
    let status = resp.status();
    let plain = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|c| c.starts_with("text/plain"));
    if !status.is_client_error() || !plain || resp.extensions().get::<ErrorMarker>().is_some() {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let mut message = String::from_utf8_lossy(&text).trim().to_string();
    if message.is_empty() {
        message = status
            .canonical_reason()
            .unwrap_or("bad request")
            .to_lowercase();
    }
    let key = match status {
        StatusCode::NOT_FOUND => "error-not-found",
        _ => "error-bad-request",
    };
    let fields = rejected_field(&message)
        .map(|f| [(f.to_string(), message.clone())].into())
        .unwrap_or_default();
    let mut out = (status, ()).into_response();
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = parts.headers.get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out.extensions_mut().insert(ErrorMarker {
        key,
        message,
        fields,
    });
    out
}

/// The part of the request a framework rejection is about: the query parameter serde names
/// ("Failed to deserialize query string: before: invalid digit…"), or the path's id (every
/// numeric path parameter of the API is called `id`).
fn rejected_field(message: &str) -> Option<&str> {
    if let Some(rest) = message.strip_prefix("Failed to deserialize query string: ") {
        return rest
            .split_once(": ")
            .map(|(name, _)| name)
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    }
    message.starts_with("Invalid URL").then_some("id")
}

#[cfg(test)]
mod tests {
    use super::content_security_policy;

    #[test]
    fn framework_rejections_name_their_part() {
        use super::rejected_field;
        assert_eq!(
            rejected_field("Failed to deserialize query string: before: invalid digit found"),
            Some("before")
        );
        assert_eq!(
            rejected_field("Invalid URL: Cannot parse `x` to a `i64`"),
            Some("id")
        );
        assert_eq!(
            rejected_field("Failed to deserialize query string: invalid"),
            None
        );
        assert_eq!(rejected_field("Method Not Allowed"), None);
    }

    #[test]
    fn tiles_are_allowed_only_from_the_configured_server() {
        assert!(!content_security_policy("").contains("img-src"));
        assert!(
            content_security_policy("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
                .ends_with("img-src 'self' https://*.tiles.example.org")
        );
        assert!(!content_security_policy("https://evil'; script-src *").contains("script-src *"));
    }
}
