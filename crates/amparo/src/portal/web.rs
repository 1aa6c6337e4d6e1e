//! Public pages: no sign-in, no cookies, no scripts; cacheable by a CDN. The language is in
//! the path (`/es/rights`); `/portal` picks one from Accept-Language.

use super::content::{self, Layout, PageDef, CONTACTS, PAGES};
use super::lang::{msg, Msg, PublicLang};
use crate::web::errors::AppError;
use askama::Template;
use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// How long a CDN or browser may keep a public page.
const CACHE: &str = "public, max-age=300";

pub struct SectionView {
    pub heading: Option<Msg>,
    pub list: bool,
    pub items: Vec<Msg>,
}

pub struct LangLink {
    pub href: String,
    pub tag: &'static str,
    pub dir: &'static str,
    pub name: &'static str,
    pub current: bool,
}

pub struct NavLink {
    pub href: String,
    pub label: Msg,
    pub current: bool,
}

pub struct ContactView {
    pub tel: &'static str,
    pub shown: &'static str,
    pub what: Msg,
}

#[derive(Template)]
#[template(path = "portal/page.html")]
struct PortalPage {
    lang: PublicLang,
    title: Msg,
    site: Msg,
    skip: Msg,
    langs_label: Msg,
    nav_label: Msg,
    nav: Vec<NavLink>,
    langs: Vec<LangLink>,
    sections: Vec<SectionView>,
    contacts: Vec<ContactView>,
    contacts_heading: Msg,
    report_link: Option<Msg>,
    print: Option<Msg>,
    /// The card's statement in English too: it is shown to agents.
    card_english: Option<String>,
    fallback_note: Option<Msg>,
    footer: Vec<Msg>,
}

fn href(lang: PublicLang, slug: &str) -> String {
    format!("/{}/{slug}", lang.code())
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
    let nav: Vec<NavLink> = PAGES
        .iter()
        .map(|p| NavLink {
            href: href(lang, p.slug),
            label: t(p.title),
            current: p.slug == def.slug,
        })
        .collect();
    let title = t(def.title);
    let any_fallback = title.fallback
        || sections.iter().any(|s| {
            s.heading.as_ref().is_some_and(|h| h.fallback) || s.items.iter().any(|m| m.fallback)
        })
        || contacts.iter().any(|c| c.what.fallback);
    PortalPage {
        lang,
        site: t("pt-site-name"),
        skip: t("pt-skip"),
        langs_label: t("pt-languages"),
        nav_label: t("pt-nav"),
        nav,
        langs: PublicLang::ALL
            .iter()
            .map(|l| LangLink {
                href: href(*l, def.slug),
                tag: l.tag(),
                dir: l.dir(),
                name: l.endonym(),
                current: *l == lang,
            })
            .collect(),
        sections,
        contacts,
        contacts_heading: t("pt-contacts-title"),
        report_link: (def.slug == "city-employees").then(|| t("pt-employees-report")),
        print: (def.slug == "card").then(|| t("pt-print")),
        card_english: (def.slug == "card" && lang != PublicLang::En)
            .then(|| msg(PublicLang::En, "pt-card-statement").text),
        fallback_note: any_fallback.then(|| t("pt-fallback-note")),
        footer: vec![t("pt-footer-private"), t("pt-footer-city")],
        title,
    }
}

fn respond(lang: PublicLang, slug: &str) -> Result<Response, AppError> {
    let def = content::page(slug).ok_or(AppError::NotFound)?;
    let html = render_page(lang, def)
        .render()
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, CACHE),
            (header::CONTENT_LANGUAGE, lang.tag()),
        ],
        html,
    )
        .into_response())
}

fn language(code: &str) -> Result<PublicLang, AppError> {
    PublicLang::from_code(code).ok_or(AppError::NotFound)
}

/// `GET /{lang}/`: the language's home page.
pub async fn home(Path(code): Path<String>) -> Result<Response, AppError> {
    respond(language(&code)?, "")
}

/// `GET /{lang}/{page}`.
pub async fn page(Path((code, slug)): Path<(String, String)>) -> Result<Response, AppError> {
    respond(language(&code)?, &slug)
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
