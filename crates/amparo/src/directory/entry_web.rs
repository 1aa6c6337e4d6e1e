//! Editors write directory entries one at a time (`/directory/entries`): the list of
//! services, and a form per entry that saves the service with its organisation, phone,
//! website, languages, needs, place and hours.

use super::entry::{Entry, Problems, DAYS, LANGUAGES};
use super::search::NEEDS;
use super::store;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

const PER_PAGE: usize = 50;

pub struct Row {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub example: bool,
    pub active: bool,
}

#[derive(Template)]
#[template(path = "directory/entries.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    total: i64,
    prev: Option<String>,
    next: Option<String>,
    page_label: String,
}

/// `GET /directory/entries`
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let orgs = store::records(&state.db, "organization", None).await?;
    let examples = store::example_ids(&state.db, "service").await?;
    let mut rows: Vec<Row> = store::records(&state.db, "service", None)
        .await?
        .iter()
        .map(|s| Row {
            id: s.id().to_string(),
            name: s.get("name").unwrap_or("").to_string(),
            organization: s
                .get("organization_id")
                .and_then(|o| orgs.iter().find(|r| r.id() == o))
                .and_then(|o| o.get("name"))
                .unwrap_or("")
                .to_string(),
            example: examples.contains(s.id()),
            active: s.get("status") != Some("inactive"),
        })
        .collect();
    rows.sort_by_key(|r| r.name.to_lowercase());
    let total = rows.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = q.get("page").parse::<usize>().unwrap_or(1).clamp(1, pages);
    let rows = rows
        .into_iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    let tr = ctx.tr();
    Ok(ok(&ListPage {
        page: Page::new(&ctx, tr.t("entry-list-title")).with_notice(Some(q.get("notice"))),
        rows,
        total: total as i64,
        prev: (page > 1).then(|| format!("/directory/entries?page={}", page - 1)),
        next: (page < pages).then(|| format!("/directory/entries?page={}", page + 1)),
        page_label: tr.t2(
            "entry-page",
            ("page", &page.to_string()),
            ("pages", &pages.to_string()),
        ),
    }))
}

pub struct Check {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "directory/entry.html")]
struct FormPage {
    page: Page,
    csrf: String,
    action: String,
    public_href: Option<String>,
    form: FormData,
    errors: FormErrors,
    languages: Vec<Check>,
    needs: Vec<Check>,
    days: Vec<Check>,
}

fn form_page(ctx: &Ctx, id: Option<&str>, form: FormData, errors: FormErrors) -> FormPage {
    let tr = ctx.tr();
    let checks = |name: &str, items: Vec<(&'static str, String)>| -> Vec<Check> {
        items
            .into_iter()
            .map(|(value, label)| Check {
                value,
                label,
                checked: form.has(name, value),
            })
            .collect()
    };
    let languages = checks(
        "language",
        LANGUAGES
            .iter()
            .map(|(c, _)| (*c, tr.t(&format!("entry-lang-{c}"))))
            .collect(),
    );
    let needs = checks(
        "need",
        NEEDS
            .iter()
            .map(|n| (*n, tr.t(&format!("entry-need-{n}"))))
            .collect(),
    );
    let days = checks(
        "day",
        DAYS.iter()
            .map(|d| (*d, tr.t(&format!("entry-day-{}", d.to_ascii_lowercase()))))
            .collect(),
    );
    let title = if id.is_some() {
        tr.t("entry-edit-title")
    } else {
        tr.t("entry-new-title")
    };
    FormPage {
        page: Page::new(ctx, title),
        csrf: ctx.csrf_for_form(),
        action: id.map_or("/directory/entries".into(), |i| {
            format!("/directory/entries/{i}")
        }),
        public_href: id.map(|i| format!("/hsds/services/{i}")),
        form,
        errors,
        languages,
        needs,
        days,
    }
}

fn problems(ctx: &Ctx, p: &Problems) -> FormErrors {
    FormErrors::from_problems(ctx.tr(), p)
}

/// Problems the whole-directory check found, shown at the top of the form.
fn directory_problems(ctx: &Ctx, p: &[hsds::RowError]) -> FormErrors {
    let mut e = FormErrors::default();
    let text: Vec<String> = p.iter().map(ToString::to_string).collect();
    e.add(
        "directory",
        format!("{} {}", ctx.tr().t("entry-err-directory"), text.join("; ")),
    );
    e
}

/// `GET /directory/entries/new`
pub async fn new(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    let mut form = FormData::default();
    form.set("status", "active");
    Ok(ok(&form_page(&ctx, None, form, FormErrors::default())))
}

async fn save(
    state: &AppState,
    ctx: &Ctx,
    id: Option<&str>,
    form: FormData,
) -> Result<Response, AppError> {
    let entry = match Entry::from_form(&form) {
        Ok(e) => e,
        Err(p) => {
            let errors = problems(ctx, &p);
            return Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(ctx, id, form, errors),
            ));
        }
    };
    match super::save_entry(&state.db, &ctx.audit_actor(), &entry, id).await? {
        Ok(saved) => {
            Ok(Redirect::to(&format!("/directory/entries/{saved}?notice=saved")).into_response())
        }
        Err(p) => {
            let errors = directory_problems(ctx, &p);
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(ctx, id, form, errors),
            ))
        }
    }
}

/// `POST /directory/entries`
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    save(&state, &ctx, None, form).await
}

/// `GET /directory/entries/{id}`
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    let entry = super::load_entry(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let mut view = form_page(&ctx, Some(&id), entry.to_form(), FormErrors::default());
    view.page = view.page.with_notice(Some(q.get("notice")));
    Ok(ok(&view))
}

/// `POST /directory/entries/{id}`
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    if store::get(&state.db, "service", &id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    save(&state, &ctx, Some(&id), form).await
}
