//! An editor's published page on the public portal (`/{lang}/{slug}`): the language's own
//! published version, or the English one marked as such.

use super::store;
use crate::db::Db;
use crate::portal::chrome::{chrome, respond, Chrome};
use crate::portal::lang::{msg_args, Msg, PublicLang};
use crate::web::errors::AppError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "portal/custom.html")]
struct CustomPage {
    chrome: Chrome,
    title: String,
    /// Set when the text is the English version standing in for a missing translation.
    text_lang: Option<&'static str>,
    body_html: String,
    version: Msg,
}

/// The page, or None when no version of it is published in `lang` or in English.
pub async fn render(db: &Db, lang: PublicLang, slug: &str) -> Result<Option<Response>, AppError> {
    let Some(page) = store::page_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let own = store::published(db, page.id, lang.code()).await?;
    let (shown, fallback) = match own {
        Some(v) => (v, false),
        None => match store::published(db, page.id, "en").await? {
            Some(v) => (v, lang != PublicLang::En),
            None => return Ok(None),
        },
    };
    let date = shown
        .published_at
        .as_deref()
        .and_then(|d| d.get(..10))
        .unwrap_or("")
        .to_string();
    let html = CustomPage {
        chrome: chrome(lang, slug, "", fallback),
        title: shown.title.clone(),
        text_lang: fallback.then_some("en"),
        body_html: safemd::to_html(&shown.body),
        version: msg_args(
            lang,
            "pt-page-version",
            &[("version", shown.version.to_string()), ("date", date)],
        ),
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok(Some(respond(StatusCode::OK, lang, html)))
}
