//! Router assembly, shared state and the middleware stack.

use crate::config::Config;
use crate::db::{Db, Engine};
use crate::events::Events;
use crate::web::metrics::Metrics;
use crate::web::{middleware as mw, system};
use crate::{
    attachments, audit, auth, dashboard, departments, directory, districts, exports, foia,
    georeport, guidelines, incidents, plans, portal, reports, statistics,
};
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::Semaphore;
use utoipa::OpenApi;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub events: Events,
    pub metrics: Arc<Metrics>,
    pub limiter: Arc<Semaphore>,
    pub node_id: String,
    /// The service directory as the residents' search reads it, reloaded after each import.
    pub directory: Arc<directory::search::CatalogCache>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> AppState {
        let limiter = Arc::new(Semaphore::new(config.max_concurrent_requests));
        AppState {
            db,
            config: Arc::new(config),
            events: Events::new(),
            metrics: Arc::new(Metrics::default()),
            limiter,
            node_id: format!("{}-{}", hostname(), hex::encode(rand::random::<[u8; 4]>())),
            directory: Arc::default(),
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "node".into())
}

mod route_table;
pub use route_table::ROUTES;

#[derive(OpenApi)]
#[openapi(
    info(title = "amparo API", description = "City of Los Angeles, Executive Directive 12: departments, facilities, liaisons and reports of federal enforcement activity."),
    paths(
        system::me,
        departments::api::list,
        departments::api::without_liaison,
        departments::api::show,
        departments::api::facilities,
        departments::api::create_facility,
        reports::api::create,
        reports::api::list,
        reports::api::show,
        incidents::api::list,
        incidents::api::show,
        dashboard::api::dashboard,
        dashboard::api::briefing,
        districts::web::api_show,
        districts::web::api_load,
        exports::web::csv,
        exports::web::geojson,
        statistics::web::api,
        foia::letter_web::api_deadlines,
        directory::web::api_import,
        attachments::web::api_upload,
    ),
    modifiers(&BearerAuth, &ErrorResponses)
)]
pub struct ApiDoc;

/// Every operation can answer these errors, all in one shape: `{"error": "...", "fields":
/// {"name": "what is wrong with it"}}`. Declared once here rather than on each handler.
struct ErrorResponses;

const ERRORS: [(&str, &str); 7] = [
    (
        "400",
        "The request cannot be read; `fields` names the part (body, parameter or id)",
    ),
    ("401", "Sign in required: no valid bearer token or session"),
    (
        "403",
        "Not allowed for this role, or a missing CSRF token on a session request",
    ),
    ("404", "No such object, or one in another department"),
    (
        "422",
        "Invalid input; `fields` names each field and what is wrong with it",
    ),
    ("429", "Too many attempts; see Retry-After"),
    ("503", "Overloaded; try again after Retry-After seconds"),
];

impl utoipa::Modify for ErrorResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.schemas.insert(
            "ErrorBody".into(),
            RefOr::T(
                ObjectBuilder::new()
                    .property("error", ObjectBuilder::new().schema_type(Type::String))
                    .required("error")
                    .property(
                        "fields",
                        ObjectBuilder::new().additional_properties(Some(
                            ObjectBuilder::new().schema_type(Type::String),
                        )),
                    )
                    .into(),
            ),
        );
        for item in openapi.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                for (code, text) in ERRORS {
                    let response = ResponseBuilder::new()
                        .description(text)
                        .content(
                            "application/json",
                            ContentBuilder::new()
                                .schema(Some(Ref::from_schema_name("ErrorBody")))
                                .build(),
                        )
                        .build();
                    op.responses
                        .responses
                        .entry(code.to_string())
                        .or_insert(RefOr::T(response));
                }
            }
        }
    }
}

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

async fn openapi_json() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(ApiDoc::openapi())
}

pub fn router(state: AppState) -> Router {
    use auth::{admin_web, web as auth_web};
    use departments::{api as dept_api, web as dept_web};
    Router::new()
        .route("/", get(system::home))
        .route(
            "/login",
            get(auth_web::login_form).post(auth_web::login_submit),
        )
        .route("/logout", post(auth_web::logout))
        .route(
            "/account/password",
            get(auth_web::password_form).post(auth_web::password_submit),
        )
        .route("/lang/{code}", get(system::switch_language))
        .route("/departments", get(dept_web::list).post(dept_web::create))
        .route("/departments/new", get(dept_web::new_form))
        .route(
            "/departments/without-liaison",
            get(dept_web::without_liaison),
        )
        .route(
            "/departments/{id}",
            get(dept_web::show).post(dept_web::update),
        )
        .route("/departments/{id}/edit", get(dept_web::edit_form))
        .route(
            "/departments/{id}/facilities/new",
            get(dept_web::new_facility_form),
        )
        .route(
            "/departments/{id}/facilities",
            post(dept_web::create_facility),
        )
        .route(
            "/departments/{id}/liaisons/{kind}",
            get(dept_web::liaison_form).post(dept_web::liaison_save),
        )
        .route(
            "/departments/{id}/liaisons/{kind}/remove",
            post(dept_web::liaison_remove),
        )
        .route("/facilities/{id}/edit", get(dept_web::edit_facility_form))
        .route("/facilities/{id}", post(dept_web::update_facility))
        .route(
            "/admin/users",
            get(admin_web::users).post(admin_web::create_user),
        )
        .route("/admin/users/new", get(admin_web::new_user))
        .route(
            "/admin/users/{id}/reset-password",
            post(admin_web::reset_password),
        )
        .route("/admin/users/{id}/disable", post(admin_web::disable))
        .route("/admin/users/{id}/enable", post(admin_web::enable))
        .route(
            "/admin/tokens",
            get(admin_web::tokens).post(admin_web::create_token),
        )
        .route("/admin/tokens/{id}/revoke", post(admin_web::revoke_token))
        .route("/audit", get(audit::web::list))
        .route("/audit/export.csv", get(audit::web::export))
        .route("/events", get(system::events))
        .route(
            "/reports",
            get(reports::read_web::queue).post(reports::web::submit),
        )
        .route(
            "/reports/new",
            get(reports::web::new_form).post(reports::web::edit_form),
        )
        .route("/reports/preview", post(reports::web::preview))
        .route("/reports/{id}", get(reports::read_web::show))
        .route(
            "/reports/{id}/acknowledge",
            post(reports::read_web::acknowledge),
        )
        .route(
            "/reports/{id}/legal-hold",
            post(crate::retention::web::legal_hold),
        )
        .route("/incidents", get(incidents::web::list))
        .route("/incidents/{id}", get(incidents::web::show))
        .route(
            "/incidents/{id}/transition",
            post(incidents::web::transition),
        )
        .route("/incidents/{id}/merge", post(incidents::web::merge))
        .route("/incidents/{id}/split", post(incidents::web::split))
        .route(
            "/api/v1/reports",
            get(reports::api::list).post(reports::api::create),
        )
        .route("/api/v1/incidents", get(incidents::api::list))
        .route("/api/v1/incidents/{id}", get(incidents::api::show))
        .route("/api/v1/reports/{id}", get(reports::api::show))
        .route("/dashboard", get(dashboard::web::index))
        .route("/dashboard/points.geojson", get(dashboard::web::points))
        .route("/briefing", get(dashboard::web::briefing_page))
        .route("/districts.geojson", get(districts::web::geojson))
        .route(
            "/admin/districts",
            get(districts::web::show)
                .post(districts::web::upload)
                .layer(DefaultBodyLimit::max(districts::MAX_BYTES + 64 * 1024)),
        )
        .route("/exports/reports.csv", get(exports::web::csv))
        .route("/exports/reports.geojson", get(exports::web::geojson))
        .route(
            "/open311/v2/{file}",
            get(georeport::web::get_root).post(georeport::web::post_request),
        )
        .route(
            "/open311/v2/services/{file}",
            get(georeport::web::service_definition),
        )
        .route(
            "/open311/v2/requests/{file}",
            get(georeport::web::one_request),
        )
        .route("/open311/v2/tokens/{file}", get(georeport::web::token))
        .route(
            "/reports/{id}/attachments",
            post(attachments::web::upload)
                .layer(DefaultBodyLimit::max(attachments::web::BODY_LIMIT)),
        )
        .route(
            "/api/v1/reports/{id}/attachments",
            post(attachments::web::api_upload)
                .layer(DefaultBodyLimit::max(attachments::web::BODY_LIMIT)),
        )
        .route("/attachments/{id}", get(attachments::web::view))
        .route("/static/autosave.js", get(system::asset))
        .route("/plans", get(plans::directives_web::mine))
        .route(
            "/directives",
            get(plans::directives_web::list).post(plans::directives_web::create),
        )
        .route("/plans/{id}", get(plans::web::show).post(plans::web::save))
        .route("/plans/{id}/submit", post(plans::web::submit))
        .route("/plans/{id}/review", post(plans::web::review))
        .route(
            "/plans/{id}/versions/{version}",
            get(plans::versions_web::version),
        )
        .route("/plans/{id}/diff", get(plans::versions_web::diff))
        .route(
            "/departments/{id}/training",
            get(plans::training_web::show).post(plans::training_web::add),
        )
        .route(
            "/departments/{id}/training/import",
            post(plans::training_web::import),
        )
        .route("/compliance", get(plans::board_web::board_page))
        .route("/compliance.csv", get(plans::board_web::board_csv))
        .route("/foia", get(foia::web::list).post(foia::web::create))
        .route("/foia/new", get(foia::web::new_form))
        .route("/foia/deadlines", get(foia::letter_web::calculator))
        .route("/foia/analysis", get(foia::analysis_web::page))
        .route("/foia/analysis.csv", get(foia::analysis_web::csv))
        .route(
            "/foia/productions",
            get(foia::productions_web::list)
                .post(foia::productions_web::upload)
                .layer(DefaultBodyLimit::max(foia::MAX_FILE_BYTES + 64 * 1024)),
        )
        .route("/foia/productions/{id}", get(foia::productions_web::show))
        .route(
            "/foia/productions/{id}/records.csv",
            get(foia::productions_web::records_csv),
        )
        .route(
            "/foia/productions/{id}/mapping",
            post(foia::productions_web::map_columns),
        )
        .route("/foia/files/{id}", get(foia::letter_web::file))
        .route("/foia/{id}", get(foia::web::show).post(foia::web::update))
        .route("/foia/{id}/edit", get(foia::web::edit_form))
        .route("/foia/{id}/letter", get(foia::letter_web::letter))
        .route(
            "/foia/{id}/transition",
            post(foia::web::transition)
                .layer(DefaultBodyLimit::max(foia::MAX_FILE_BYTES + 64 * 1024)),
        )
        .route(
            "/foia/{id}/letters",
            post(foia::web::letter).layer(DefaultBodyLimit::max(foia::MAX_FILE_BYTES + 64 * 1024)),
        )
        .route(
            "/api/v1/foia/deadlines",
            get(foia::letter_web::api_deadlines),
        )
        .route("/static/upload.js", get(system::asset))
        .route("/portal", get(portal::web::entry))
        .route("/{lang}/", get(portal::web::home))
        .route("/{lang}/directory", get(directory::public::page))
        .route(
            "/directory/entries",
            get(directory::entry_web::list).post(directory::entry_web::create),
        )
        .route("/directory/entries/new", get(directory::entry_web::new))
        .route(
            "/directory/entries/{id}",
            get(directory::entry_web::edit).post(directory::entry_web::update),
        )
        .route("/wg", get(guidelines::web::index))
        .route("/wg/organisations", post(guidelines::web::add_organisation))
        .route("/wg/members", post(guidelines::web::add_member))
        .route("/wg/meetings", post(guidelines::web::create_meeting))
        .route("/wg/meetings/new", get(guidelines::web::new_meeting))
        .route("/wg/meetings/{id}", get(guidelines::web::meeting))
        .route("/wg/meetings/{id}/record", post(guidelines::web::record))
        .route(
            "/wg/meetings/{id}/actions",
            post(guidelines::web::add_action),
        )
        .route(
            "/wg/meetings/{id}/documents",
            post(guidelines::meeting_documents::web::attach).layer(DefaultBodyLimit::max(
                guidelines::meeting_documents::web::BODY_LIMIT,
            )),
        )
        .route(
            "/wg/meeting-documents/{id}",
            get(guidelines::meeting_documents::web::download),
        )
        .route(
            "/wg/meeting-documents/{id}/withdraw",
            post(guidelines::meeting_documents::web::withdraw),
        )
        .route("/wg/actions/{id}", post(guidelines::web::update_action))
        .route(
            "/wg/guidelines",
            get(guidelines::documents::web::index).post(guidelines::documents::web::create),
        )
        .route(
            "/wg/guidelines/{id}",
            get(guidelines::documents::web::show).post(guidelines::documents::web::save),
        )
        .route(
            "/wg/guidelines/{id}/comments",
            post(guidelines::documents::web::comment),
        )
        .route(
            "/wg/guidelines/{id}/diff",
            get(guidelines::documents::web::diff),
        )
        .route(
            "/wg/guidelines/{id}/stage",
            post(guidelines::documents::web::move_stage),
        )
        .route(
            "/wg/guideline-comments/{id}/resolve",
            post(guidelines::documents::web::resolve),
        )
        .route("/wg/calendar", post(guidelines::web::issue_calendar))
        .route(
            "/wg/calendar/revoke",
            post(guidelines::web::revoke_calendar),
        )
        .route("/wg/calendar/{file}", get(guidelines::web::feed))
        .route(
            "/portal/pages",
            get(portal::pages::web::index).post(portal::pages::web::create),
        )
        .route(
            "/portal/pages/{id}/{lang}",
            get(portal::pages::web::edit).post(portal::pages::web::save),
        )
        .route(
            "/portal/pages/{id}/{lang}/publish",
            post(portal::pages::web::publish),
        )
        .route("/{lang}/{page}", get(portal::web::page))
        .route("/hsds/", get(directory::api::root))
        .route("/hsds/openapi.json", get(directory::api::openapi))
        .route("/hsds/services", get(directory::api::services))
        .route("/hsds/services/{id}", get(directory::api::service))
        .route("/hsds/organizations", get(directory::api::organizations))
        .route(
            "/hsds/organizations/{id}",
            get(directory::api::organization),
        )
        .route("/hsds/taxonomies", get(directory::api::taxonomies))
        .route("/hsds/taxonomy_terms", get(directory::api::taxonomy_terms))
        .route(
            "/hsds/service_at_locations",
            get(directory::api::service_at_locations),
        )
        .route(
            "/hsds/service_at_locations/{id}",
            get(directory::api::service_at_location),
        )
        .route("/hsds/export/{file}", get(directory::web::export))
        .route(
            "/directory/import",
            get(directory::web::show)
                .post(directory::web::upload)
                .layer(DefaultBodyLimit::max(directory::web::MAX_BYTES + 64 * 1024)),
        )
        .route(
            "/api/v1/directory/import",
            post(directory::web::api_import)
                .layer(DefaultBodyLimit::max(directory::web::MAX_BYTES)),
        )
        .route("/statistics", get(statistics::web::page))
        .route("/statistics.csv", get(statistics::web::csv))
        .route("/statistics/grid.geojson", get(statistics::web::grid))
        .route("/api/v1/statistics", get(statistics::web::api))
        .route("/api/v1/dashboard", get(dashboard::api::dashboard))
        .route("/api/v1/briefing", get(dashboard::api::briefing))
        .route(
            "/api/v1/districts",
            get(districts::web::api_show)
                .put(districts::web::api_load)
                .layer(DefaultBodyLimit::max(districts::MAX_BYTES + 64 * 1024)),
        )
        .route("/static/app.css", get(system::asset))
        .route("/static/live.js", get(system::asset))
        .route("/static/map.js", get(system::asset))
        .route("/static/vendor/leaflet/leaflet.js", get(system::asset))
        .route("/static/vendor/leaflet/leaflet.css", get(system::asset))
        .route("/healthz", get(system::healthz))
        .route("/readyz", get(system::readyz))
        .route("/metrics", get(system::metrics))
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/v1/me", get(system::me))
        .route("/api/v1/departments", get(dept_api::list))
        .route(
            "/api/v1/departments/without-liaison",
            get(dept_api::without_liaison),
        )
        .route("/api/v1/departments/{id}", get(dept_api::show))
        .route(
            "/api/v1/departments/{id}/facilities",
            get(dept_api::facilities).post(dept_api::create_facility),
        )
        .fallback(not_found)
        .layer(axum::middleware::from_fn(mw::render_errors))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            mw::resolve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            mw::security_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            mw::observe,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            mw::overload_guard,
        ))
        .layer(DefaultBodyLimit::max(crate::web::form::BODY_LIMIT))
        .with_state(state)
}

async fn not_found() -> crate::web::errors::AppError {
    crate::web::errors::AppError::NotFound
}

/// Connects, migrates, starts this node's background work and serves until Ctrl-C / SIGTERM.
pub async fn serve(state: AppState) -> anyhow::Result<()> {
    if state.db.engine() == Engine::Postgres {
        state.events.spawn_pg_listener(state.db.url().to_string());
    }
    if state.config.jobs.enabled {
        crate::jobs::spawn_worker(
            state.db.clone(),
            state.config.clone(),
            state.events.clone(),
            state.node_id.clone(),
        );
    }
    let listener = tokio::net::TcpListener::bind(&state.config.listen).await?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, node = %state.node_id, "amparo listening");
    println!("amparo listening on http://{addr}");
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
