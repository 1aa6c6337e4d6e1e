//! Public pages: no sign-in, no cookies, no scripts; cacheable by a CDN. The language is in
//! the path (`/es/rights`); `/portal` picks one from Accept-Language.

use super::chrome::{chrome, href, respond, Chrome, CACHE};
use super::content::{self, Layout, PageDef, CONTACTS};
use super::lang::{msg, Msg, PublicLang};
use crate::app::AppState;
use crate::web::errors::AppError;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub struct SectionView {
    pub heading: Option<Msg>,
    pub list: bool,
    pub items: Vec<Msg>,
}

pub struct ContactView {
    pub tel: &'static str,
    pub shown: &'static str,
    pub what: Msg,
}

#[derive(Template)]
#[template(path = "portal/page.html")]
struct PortalPage {
    chrome: Chrome,
    title: Msg,
    sections: Vec<SectionView>,
    contacts: Vec<ContactView>,
    contacts_heading: Msg,
    report_link: Option<Msg>,
    print: Option<Msg>,
    /// The card's statement in English too: it is shown to agents.
    card_english: Option<String>,
    /// On the home page: the pages editors have published.
    more: Vec<MoreLink>,
}

pub struct MoreLink {
    pub href: String,
    pub title: String,
    /// `en` when the title is the English one (no translation published yet).
    pub lang: Option<&'static str>,
}

fn render_page(lang: PublicLang, def: &PageDef) -> PortalPage {
    let t = |id: &str| msg(lang, id);
    let sections: Vec<SectionView> = def
        .sections
        .iter()
        .map(|s| SectionView {
            heading: s.heading.map(t),
            list: s.layout == Layout::List,
            items: s.items.iter().map(|id| t(id)).collect(),
        })
        .collect();
    let contacts: Vec<ContactView> = if def.contacts {
        CONTACTS
            .iter()
            .map(|(tel, shown, what)| ContactView {
                tel,
                shown,
                what: t(what),
            })
            .collect()
    } else {
        Vec::new()
    };
    let title = t(def.title);
    let any_fallback = title.fallback
        || sections.iter().any(|s| {
            s.heading.as_ref().is_some_and(|h| h.fallback) || s.items.iter().any(|m| m.fallback)
        })
        || contacts.iter().any(|c| c.what.fallback);
    PortalPage {
        chrome: chrome(lang, def.slug, "", any_fallback),
        contacts,
        contacts_heading: t("pt-contacts-title"),
        report_link: (def.slug == "city-employees").then(|| t("pt-employees-report")),
        print: (def.slug == "card").then(|| t("pt-print")),
        card_english: (def.slug == "card" && lang != PublicLang::En)
            .then(|| msg(PublicLang::En, "pt-card-statement").text),
        sections,
        title,
        more: Vec::new(),
    }
}

async fn render(state: &AppState, lang: PublicLang, slug: &str) -> Result<Response, AppError> {
    let Some(def) = content::page(slug) else {
        return super::pages::public::render(&state.db, lang, slug)
            .await?
            .ok_or(AppError::NotFound);
    };
    let mut view = render_page(lang, def);
    if def.slug.is_empty() {
        view.more = super::pages::store::published_titles(&state.db, lang.code())
            .await?
            .into_iter()
            .map(|(slug, l, title)| MoreLink {
                href: href(lang, &slug),
                title,
                lang: (l != lang.code()).then_some("en"),
            })
            .collect();
    }
    let html = view.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok(respond(StatusCode::OK, lang, html))
}

pub fn language(code: &str) -> Result<PublicLang, AppError> {
    PublicLang::from_code(code).ok_or(AppError::NotFound)
}

/// `GET /{lang}/`: the language's home page, with the pages editors have published.
pub async fn home(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    render(&state, language(&code)?, "").await
}

/// `GET /{lang}/{page}`: a page of the portal's own, or one an editor published.
pub async fn page(
    State(state): State<AppState>,
    Path((code, slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    render(&state, language(&code)?, &slug).await
}

/// `GET /portal`: to the home page in the reader's language (from Accept-Language; English
/// when none is supported). Nothing is stored about the choice.
pub async fn entry(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let lang = PublicLang::from_accept_language(accept);
    (
        [
            (header::VARY, "Accept-Language"),
            (header::CACHE_CONTROL, CACHE),
        ],
        Redirect::to(&href(lang, "")),
    )
        .into_response()
}
