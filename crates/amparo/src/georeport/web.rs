//! The Open311 endpoints. Every answer, errors included, is in the format the path names,
//! in the specification's shapes; reading or filing requests needs an API key.

use crate::app::AppState;
use crate::auth::model::Actor;
use crate::auth::policy::{decide, department_scope, Action, Decision, Resource};
use crate::reports::store::Report;
use crate::web::ctx::Ctx;
use crate::web::form::FormData;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use open311::{Error, Format, PostResult, TokenResult};

fn reply(format: Format, status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, format.content_type())],
        body,
    )
        .into_response()
}

/// Why a request was not answered, in the format it asked for.
enum Failure {
    Spec(Format, Vec<Error>),
    Internal(Format, String),
}

type Answer = Result<Response, Failure>;

fn finish(a: Answer) -> Response {
    match a {
        Ok(r) => r,
        Err(Failure::Spec(format, errors)) => {
            let status = errors
                .first()
                .and_then(|e| StatusCode::from_u16(e.http_status()).ok())
                .unwrap_or(StatusCode::BAD_REQUEST);
            reply(format, status, open311::render_errors(format, &errors))
        }
        Err(Failure::Internal(format, e)) => {
            tracing::error!(error = %e, "open311 request failed");
            let sorry = [Error::new(500, "the server could not answer; try again")];
            reply(
                format,
                StatusCode::INTERNAL_SERVER_ERROR,
                open311::render_errors(format, &sorry),
            )
        }
    }
}

trait OrFail<T> {
    fn or_fail(self, format: Format) -> Result<T, Failure>;
}

impl<T> OrFail<T> for Result<T, Error> {
    fn or_fail(self, format: Format) -> Result<T, Failure> {
        self.map_err(|e| Failure::Spec(format, vec![e]))
    }
}

impl<T> OrFail<T> for Result<T, sqlx::Error> {
    fn or_fail(self, format: Format) -> Result<T, Failure> {
        self.map_err(|e| Failure::Internal(format, e.to_string()))
    }
}

/// `name.json` or `name.xml`; an unknown extension is answered in XML, the mandatory format.
fn split(file: &str) -> Result<(String, Format), Failure> {
    open311::Format::from_path_segment(file)
        .map(|(stem, f)| (stem.to_string(), f))
        .ok_or_else(|| {
            Failure::Spec(
                Format::Xml,
                vec![Error::bad_request("the path must end in .json or .xml")],
            )
        })
}

type Pairs = Vec<(String, String)>;

fn pairs(bytes: &[u8]) -> Result<Pairs, Error> {
    serde_urlencoded::from_bytes(bytes)
        .map_err(|_| Error::bad_request("the parameters are not valid URL encoding"))
}

/// The path's name and format and the query's parameters, with the jurisdiction checked.
fn open(
    state: &AppState,
    file: &str,
    raw: Option<String>,
) -> Result<(String, Format, Pairs), Failure> {
    let (stem, format) = split(file)?;
    let query = pairs(raw.unwrap_or_default().as_bytes()).or_fail(format)?;
    jurisdiction(state, &query).or_fail(format)?;
    Ok((stem, format, query))
}

fn jurisdiction(state: &AppState, pairs: &[(String, String)]) -> Result<(), Error> {
    let given = pairs
        .iter()
        .find(|(k, _)| k == "jurisdiction_id")
        .map(|(_, v)| v.as_str());
    open311::check_jurisdiction(given, &state.config.open311.jurisdiction_id)
}

/// The key's actor (from the middleware: Bearer or `api_key` in the query; or from `api_key`
/// in a POST body), once it is allowed to do `action`.
async fn key_holder(
    state: &AppState,
    ctx: &Ctx,
    pairs: &[(String, String)],
    action: Action,
    format: Format,
) -> Result<Actor, Failure> {
    let who = match (&ctx.actor, pairs.iter().find(|(k, _)| k == "api_key")) {
        (Some(a), _) => Some(a.clone()),
        (None, Some((_, key))) => crate::auth::store::find_token(&state.db, key)
            .await
            .or_fail(format)?,
        (None, None) => None,
    };
    let refuse = |msg: &str| Failure::Spec(format, vec![Error::forbidden(msg)]);
    match (decide(who.as_ref(), action, Resource::System), who) {
        (Decision::Allow, Some(actor)) => Ok(actor),
        (Decision::Unauthenticated, _) | (_, None) => {
            Err(refuse("api_key is missing or not valid"))
        }
        (_, Some(actor)) => {
            let mut audited = ctx.clone();
            audited.actor = Some(actor);
            let _ = crate::audit::record_alone(
                &state.db,
                &audited.audit_actor(),
                action.name(),
                "open311",
                &ctx.path,
                crate::audit::Outcome::Denied,
            )
            .await;
            Err(refuse("this api_key may not do that"))
        }
    }
}

fn requests_reply(format: Format, found: &[(Report, Option<String>)]) -> Response {
    let requests: Vec<_> = found
        .iter()
        .filter_map(|(r, s)| super::service_request(r, s.as_deref()))
        .collect();
    reply(
        format,
        StatusCode::OK,
        open311::render_requests(format, &requests),
    )
}

/// GET /open311/v2/services.{fmt} and /open311/v2/requests.{fmt}.
pub async fn get_root(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    finish(
        async {
            let (stem, format, query) = open(&state, &file, raw)?;
            match stem.as_str() {
                "services" => Ok(reply(
                    format,
                    StatusCode::OK,
                    open311::render_services(format, &super::services()),
                )),
                "requests" => {
                    let who = key_holder(&state, &ctx, &query, Action::ViewReports, format).await?;
                    let q = open311::parse_requests_query(&query, chrono::Utc::now())
                        .or_fail(format)?;
                    let found = super::store::search(&state.db, &q, department_scope(&who))
                        .await
                        .or_fail(format)?;
                    audit_read(&state, &ctx, &found).await.or_fail(format)?;
                    Ok(requests_reply(format, &found))
                }
                _ => Err(Failure::Spec(
                    format,
                    vec![Error::not_found(format!("no such resource: {stem}"))],
                )),
            }
        }
        .await,
    )
}

/// GET /open311/v2/services/{code}.{fmt}: the service definition.
pub async fn service_definition(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    finish(
        async {
            let (code, format, _) = open(&state, &file, raw)?;
            let departments: Vec<(i64, String)> =
                crate::departments::store::list(&state.db, None, false)
                    .await
                    .or_fail(format)?
                    .into_iter()
                    .map(|d| (d.id, d.name))
                    .collect();
            let d = super::definition(&code, &departments)
                .ok_or_else(|| Error::not_found(format!("no service with code {code}")))
                .or_fail(format)?;
            Ok(reply(
                format,
                StatusCode::OK,
                open311::render_definition(format, &d),
            ))
        }
        .await,
    )
}

/// Service requests carry the reports' descriptions, so reading them is audited.
async fn audit_read(
    state: &AppState,
    ctx: &Ctx,
    found: &[(crate::reports::store::Report, Option<String>)],
) -> Result<(), sqlx::Error> {
    let ids: Vec<i64> = found.iter().map(|(r, _)| r.id).collect();
    crate::reports::audit_list_read(&state.db, &ctx.audit_actor(), &ids).await
}

/// GET /open311/v2/requests/{id}.{fmt}.
pub async fn one_request(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    finish(
        async {
            let (id, format, mut query) = open(&state, &file, raw)?;
            let who = key_holder(&state, &ctx, &query, Action::ViewReports, format).await?;
            let missing = || {
                Failure::Spec(
                    format,
                    vec![Error::not_found(format!("no service request {id}"))],
                )
            };
            query.retain(|(k, _)| k != "service_request_id");
            query.push(("service_request_id".into(), id.clone()));
            let q =
                open311::parse_requests_query(&query, chrono::Utc::now()).map_err(|_| missing())?;
            let found = super::store::search(&state.db, &q, department_scope(&who))
                .await
                .or_fail(format)?;
            if found.is_empty() {
                return Err(missing());
            }
            audit_read(&state, &ctx, &found).await.or_fail(format)?;
            Ok(requests_reply(format, &found))
        }
        .await,
    )
}

/// GET /open311/v2/tokens/{token}.{fmt}: the request filed under a client's request_key.
pub async fn token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    finish(
        async {
            let (token, format, query) = open(&state, &file, raw)?;
            let who = key_holder(&state, &ctx, &query, Action::ViewReports, format).await?;
            let id = super::store::by_key(&state.db, &token, department_scope(&who))
                .await
                .or_fail(format)?
                .ok_or_else(|| Error::not_found(format!("no request was filed with token {token}")))
                .or_fail(format)?;
            let result = TokenResult {
                service_request_id: Some(id.to_string()),
                token,
            };
            Ok(reply(
                format,
                StatusCode::OK,
                open311::render_tokens(format, &[result]),
            ))
        }
        .await,
    )
}

/// POST /open311/v2/requests.{fmt}: files a report. The reporter's name, email, phone and
/// device are never stored: amparo records no reporter contact details beyond the key.
pub async fn post_request(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    body: Bytes,
) -> Response {
    finish(
        async {
            let (stem, format) = split(&file)?;
            if stem != "requests" {
                return Err(Failure::Spec(
                    format,
                    vec![Error::not_found(format!("cannot POST to {stem}"))],
                ));
            }
            let body_pairs = pairs(&body).or_fail(format)?;
            jurisdiction(&state, &body_pairs).or_fail(format)?;
            let who = key_holder(&state, &ctx, &body_pairs, Action::FileReport, format).await?;
            let post = open311::parse_post(&body_pairs).map_err(|e| Failure::Spec(format, e))?;
            let mut ctx = ctx;
            ctx.actor = Some(who);
            let (status, id) = file_report(&state, &ctx, &post, &body)
                .await
                .map_err(|e| Failure::Internal(format, e.to_string()))?
                .map_err(|e| Failure::Spec(format, e))?;
            let result = PostResult {
                service_request_id: Some(id.to_string()),
                ..PostResult::default()
            };
            Ok(reply(
                format,
                status,
                open311::render_post(format, &[result]),
            ))
        }
        .await,
    )
}

async fn file_report(
    state: &AppState,
    ctx: &Ctx,
    post: &open311::PostRequest,
    body: &[u8],
) -> anyhow::Result<Result<(StatusCode, i64), Vec<Error>>> {
    use crate::reports::store::Submitted;
    let mut form: FormData = crate::reports::api::defaults(ctx);
    for (code, values) in &post.attributes {
        if code == super::KEY_ATTRIBUTE {
            continue;
        }
        form.set(code, values.first().cloned().unwrap_or_default());
        for v in values.iter().skip(1) {
            form.push(code, v.clone());
        }
    }
    form.set("activities", post.service_code.clone());
    form.set("narrative", post.description.clone().unwrap_or_default());
    if let (Some(lat), Some(lon)) = (post.lat, post.long) {
        form.set("latitude", lat.to_string());
        form.set("longitude", lon.to_string());
    }
    // The report form asks for a place in words; a 311 app may send only coordinates.
    let place = match (&post.address_string, post.lat, post.long) {
        (Some(a), _, _) if !a.trim().is_empty() => a.clone(),
        (_, Some(lat), Some(lon)) => format!("{lat:.5}, {lon:.5} (coordinates sent by the app)"),
        _ => post
            .address_id
            .clone()
            .map(|a| format!("address id {a}"))
            .unwrap_or_default(),
    };
    form.set("location_text", place);
    if form.get("area").is_empty() {
        form.set("area", "outside");
    }
    if form.get("agencies").is_empty() {
        form.set("agencies", "unknown");
    }
    // Without a client key, the body itself (with the key's identity) is the key: a retried
    // POST of the same body is the same report.
    let key = match post
        .attributes
        .get(super::KEY_ATTRIBUTE)
        .and_then(|v| v.first())
    {
        Some(k) => k.clone(),
        None => {
            use sha2::Digest;
            let mut h = sha2::Sha256::new();
            h.update(ctx.audit_actor().actor.as_bytes());
            h.update(body);
            format!("open311-{}", &hex::encode(h.finalize())[..40])
        }
    };
    form.set("idempotency_key", key.clone());
    let input = match crate::reports::web::read(state, &form)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        Ok(i) => i,
        Err(problems) => {
            let tr = crate::web::i18n::Tr::new(crate::web::i18n::Lang::En);
            return Ok(Err(problems
                .iter()
                .map(|(field, msg)| {
                    Error::bad_request(format!("{}: {}", open311_name(field), tr.t(msg)))
                })
                .collect()));
        }
    };
    let sent = String::from_utf8_lossy(body).into_owned();
    let outcome = crate::reports::submit(
        &state.db,
        &state.events,
        &state.config,
        &ctx.audit_actor(),
        &key,
        &sent,
        &input,
    )
    .await?;
    Ok(match outcome {
        Submitted::Created(id) => Ok((StatusCode::CREATED, id)),
        Submitted::Existing(id) => Ok((StatusCode::OK, id)),
        Submitted::KeyReused => Err(vec![Error::bad_request(format!(
            "attribute[{}]: this key was used for a different request",
            super::KEY_ATTRIBUTE
        ))]),
    })
}

/// Our form field names as an Open311 client sent them.
fn open311_name(field: &str) -> String {
    match field {
        "narrative" => "description".into(),
        "latitude" => "lat".into(),
        "longitude" => "long".into(),
        "location_text" => "address_string".into(),
        "activities" => "service_code".into(),
        "idempotency_key" => format!("attribute[{}]", super::KEY_ATTRIBUTE),
        other => format!("attribute[{other}]"),
    }
}
