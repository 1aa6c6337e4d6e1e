//! The editors' side of portal pages: the translation status board with the new-page form
//! (`/portal/pages`), and one page in one language (`/portal/pages/{id}/{lang}`) with its
//! versions, a preview, the draft form and the publish buttons.

use super::model::{cell, Cell, Draft, Page as PortalPage, Problems, Status, Version};
use super::store;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::portal::lang::PublicLang;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

pub struct BoardCell {
    pub lang: &'static str,
    pub href: String,
    pub key: &'static str,
    pub label: String,
}

pub struct BoardRow {
    pub slug: String,
    pub title: String,
    pub cells: Vec<BoardCell>,
}

#[derive(Template)]
#[template(path = "pages/board.html")]
struct BoardPage {
    page: Page,
    csrf: String,
    langs: Vec<(&'static str, &'static str)>,
    rows: Vec<BoardRow>,
    form: FormData,
    errors: FormErrors,
}

fn cell_label(ctx: &Ctx, c: &Cell) -> String {
    let tr = ctx.tr();
    match c {
        Cell::Current { version } => tr.n("pages-cell-current", "version", *version),
        Cell::Outdated {
            version, english, ..
        } => tr.t2(
            "pages-cell-outdated",
            ("version", &version.to_string()),
            ("english", &english.to_string()),
        ),
        Cell::DraftOnly { version } => tr.n("pages-cell-draft", "version", *version),
        Cell::Missing => tr.t("pages-cell-missing"),
    }
}

async fn board(
    state: &AppState,
    ctx: &Ctx,
    form: FormData,
    errors: FormErrors,
    notice: Option<&str>,
) -> Result<BoardPage, AppError> {
    let versions = store::all_versions(&state.db, None).await?;
    let mut rows = Vec::new();
    for p in store::pages(&state.db).await? {
        let mine: Vec<&Version> = versions.iter().filter(|v| v.page_id == p.id).collect();
        let english: Vec<&Version> = mine.iter().copied().filter(|v| v.lang == "en").collect();
        let english_published = english
            .iter()
            .find(|v| v.status == Status::Published)
            .map(|v| v.version);
        let title = english.first().map(|v| v.title.clone()).unwrap_or_default();
        let cells = PublicLang::ALL
            .iter()
            .map(|l| {
                let of_lang: Vec<&Version> = mine
                    .iter()
                    .copied()
                    .filter(|v| v.lang == l.code())
                    .collect();
                let c = cell(*l, &of_lang, english_published);
                BoardCell {
                    lang: l.code(),
                    href: format!("/portal/pages/{}/{}", p.id, l.code()),
                    key: c.key(),
                    label: cell_label(ctx, &c),
                }
            })
            .collect();
        rows.push(BoardRow {
            slug: p.slug,
            title,
            cells,
        });
    }
    Ok(BoardPage {
        page: Page::new(ctx, ctx.tr().t("pages-title")).with_notice(notice),
        csrf: ctx.csrf_for_form(),
        langs: PublicLang::ALL
            .iter()
            .map(|l| (l.code(), l.endonym()))
            .collect(),
        rows,
        form,
        errors,
    })
}

/// `GET /portal/pages`
pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManagePortal, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let view = board(
        &state,
        &ctx,
        FormData::default(),
        FormErrors::default(),
        Some(q.get("notice")),
    )
    .await?;
    Ok(ok(&view))
}

fn problems_of(ctx: &Ctx, p: &Problems) -> FormErrors {
    FormErrors::from_problems(ctx.tr(), p)
}

/// `POST /portal/pages`: a new page and its English first draft.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManagePortal, Resource::System)
        .await?;
    let draft = Draft::from_form(&form);
    let slug_problem = super::model::check_slug(form.get("slug")).err();
    let result = match (draft, slug_problem) {
        (Ok(d), None) => super::create(&state.db, &ctx.audit_actor(), form.get("slug"), &d).await?,
        (Ok(_), Some(s)) => Err(vec![("slug", s)]),
        (Err(mut p), s) => {
            if let Some(s) = s {
                p.insert(0, ("slug", s));
            }
            Err(p)
        }
    };
    match result {
        Ok(id) => Ok(Redirect::to(&format!("/portal/pages/{id}/en?notice=saved")).into_response()),
        Err(p) => {
            let view = board(&state, &ctx, form, problems_of(&ctx, &p), None).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
        }
    }
}

pub struct VersionRow {
    pub version: i64,
    pub title: String,
    pub status: String,
    pub status_key: &'static str,
    pub created: String,
    pub source: Option<i64>,
    pub publishable: bool,
}

#[derive(Template)]
#[template(path = "pages/edit.html")]
struct EditPage {
    page: Page,
    csrf: String,
    id: i64,
    lang: &'static str,
    dir: &'static str,
    /// For a translation: the English text it follows.
    english: Option<(i64, String, String)>,
    versions: Vec<VersionRow>,
    preview: Option<(i64, String)>,
    public_href: String,
    form: FormData,
    errors: FormErrors,
}

async fn load(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    code: &str,
) -> Result<(PortalPage, PublicLang), AppError> {
    ctx.authorize(state, Action::ManagePortal, Resource::System)
        .await?;
    let lang = PublicLang::from_code(code).ok_or(AppError::NotFound)?;
    let page = store::page_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((page, lang))
}

async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    p: PortalPage,
    lang: PublicLang,
    form: Option<FormData>,
    errors: FormErrors,
    notice: Option<&str>,
) -> Result<EditPage, AppError> {
    let tr = ctx.tr();
    let all = store::all_versions(&state.db, Some(p.id)).await?;
    let mine: Vec<&Version> = all.iter().filter(|v| v.lang == lang.code()).collect();
    let english = (lang != PublicLang::En)
        .then(|| {
            let en: Vec<&Version> = all.iter().filter(|v| v.lang == "en").collect();
            en.iter()
                .find(|v| v.status == Status::Published)
                .or(en.first())
                .map(|v| (v.version, v.title.clone(), v.body.clone()))
        })
        .flatten();
    let latest = mine.first();
    let form = form.unwrap_or_else(|| {
        let mut f = FormData::default();
        if let Some(v) = latest {
            f.set("title", v.title.clone());
            f.set("body", v.body.clone());
        }
        f
    });
    Ok(EditPage {
        page: Page::new(
            ctx,
            tr.t2(
                "pages-edit-title",
                ("slug", &p.slug),
                ("lang", lang.endonym()),
            ),
        )
        .with_notice(notice),
        csrf: ctx.csrf_for_form(),
        id: p.id,
        public_href: format!("/{}/{}", lang.code(), p.slug),
        lang: lang.code(),
        dir: lang.dir(),
        english,
        versions: mine
            .iter()
            .map(|v| VersionRow {
                version: v.version,
                title: v.title.clone(),
                status: tr.t(&format!("pages-status-{}", v.status.as_str())),
                status_key: v.status.as_str(),
                created: format!(
                    "{} · {}",
                    v.created_at.get(..16).unwrap_or(&v.created_at),
                    v.created_by
                ),
                source: v.source_version,
                publishable: v.status != Status::Published,
            })
            .collect(),
        preview: latest.map(|v| (v.version, safemd::to_html(&v.body))),
        form,
        errors,
    })
}

/// `GET /portal/pages/{id}/{lang}`
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, code)): Path<(i64, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (p, lang) = load(&state, &ctx, id, &code).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let view = edit_page(
        &state,
        &ctx,
        p,
        lang,
        None,
        FormErrors::default(),
        Some(q.get("notice")),
    )
    .await?;
    Ok(ok(&view))
}

/// `POST /portal/pages/{id}/{lang}`: saves a new draft version.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, code)): Path<(i64, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let (p, lang) = load(&state, &ctx, id, &code).await?;
    match Draft::from_form(&form) {
        Ok(d) => {
            super::save(&state.db, &ctx.audit_actor(), p.id, lang.code(), &d).await?;
            Ok(Redirect::to(&format!("/portal/pages/{id}/{code}?notice=saved")).into_response())
        }
        Err(problems) => {
            let errors = problems_of(&ctx, &problems);
            let view = edit_page(&state, &ctx, p, lang, Some(form), errors, None).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
        }
    }
}

/// `POST /portal/pages/{id}/{lang}/publish` with `version`.
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, code)): Path<(i64, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let (p, lang) = load(&state, &ctx, id, &code).await?;
    let number = form
        .get("version")
        .parse::<i64>()
        .map_err(|_| AppError::field("version", "must be a version number of this page"))?;
    if !super::publish(&state.db, &ctx.audit_actor(), p.id, lang.code(), number).await? {
        return Err(AppError::field(
            "version",
            "must be a version number of this page",
        ));
    }
    Ok(Redirect::to(&format!("/portal/pages/{id}/{code}?notice=published")).into_response())
}
