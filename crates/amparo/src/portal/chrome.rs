//! What every public page shares: language switcher, navigation, footer, the fallback note,
//! and the headers that let a CDN keep the page.

use super::content::PAGES;
use super::lang::{msg, Msg, PublicLang};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// How long a CDN or browser may keep a public page.
pub const CACHE: &str = "public, max-age=300";

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

pub struct Chrome {
    pub lang: PublicLang,
    pub site: Msg,
    pub skip: Msg,
    pub langs_label: Msg,
    pub nav_label: Msg,
    pub nav: Vec<NavLink>,
    pub langs: Vec<LangLink>,
    pub footer: Vec<Msg>,
    pub fallback_note: Option<Msg>,
}

pub fn href(lang: PublicLang, slug: &str) -> String {
    format!("/{}/{slug}", lang.code())
}

/// The page at `slug` in every language, for the switcher and `hreflang` links; `query`
/// (already encoded, with its `?`) keeps a search when the language changes.
pub fn chrome(lang: PublicLang, slug: &str, query: &str, fallback: bool) -> Chrome {
    let t = |id: &str| msg(lang, id);
    let mut nav: Vec<NavLink> = PAGES
        .iter()
        .map(|p| NavLink {
            href: href(lang, p.slug),
            label: t(p.title),
            current: p.slug == slug,
        })
        .collect();
    nav.push(NavLink {
        href: href(lang, "directory"),
        label: t("pt-dir-title"),
        current: slug == "directory",
    });
    Chrome {
        lang,
        site: t("pt-site-name"),
        skip: t("pt-skip"),
        langs_label: t("pt-languages"),
        nav_label: t("pt-nav"),
        nav,
        langs: PublicLang::ALL
            .iter()
            .map(|l| LangLink {
                href: format!("{}{query}", href(*l, slug)),
                tag: l.tag(),
                dir: l.dir(),
                name: l.endonym(),
                current: *l == lang,
            })
            .collect(),
        footer: vec![t("pt-footer-private"), t("pt-footer-city")],
        fallback_note: fallback.then(|| t("pt-fallback-note")),
    }
}

/// A rendered public page with its language and cache headers.
pub fn respond(status: StatusCode, lang: PublicLang, html: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, CACHE),
            (header::CONTENT_LANGUAGE, lang.tag()),
        ],
        html,
    )
        .into_response()
}
