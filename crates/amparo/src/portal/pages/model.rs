//! Editor pages: what a page and a version are, what may be saved, and where each language
//! stands against the English source (the translation status board).

use crate::portal::lang::PublicLang;
use crate::web::form::FormData;

/// (field, Fluent message id) for each problem with a form.
pub type Problems = Vec<(&'static str, &'static str)>;

pub const MAX_TITLE: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Draft,
    Published,
    /// Published once, replaced by a later published version; still readable by editors.
    Retired,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Published => "published",
            Status::Retired => "retired",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::Draft, Status::Published, Status::Retired]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: i64,
    pub slug: String,
}

#[derive(Debug, Clone)]
pub struct Version {
    pub id: i64,
    pub page_id: i64,
    pub lang: String,
    pub version: i64,
    pub title: String,
    pub body: String,
    pub source_version: Option<i64>,
    pub status: Status,
    pub created_by: String,
    pub created_at: String,
    pub published_at: Option<String>,
}

/// Paths the portal already uses after the language prefix.
const RESERVED: &[&str] = &["directory", "portal", "static", "api", "hsds"];

/// A page's address after the language: lower-case letters, digits and single hyphens.
pub fn check_slug(slug: &str) -> Result<String, &'static str> {
    let s = slug.trim();
    let shape = !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if !shape {
        return Err("pages-err-slug");
    }
    let builtin = crate::portal::content::page(s).is_some();
    if builtin || RESERVED.contains(&s) {
        return Err("pages-err-slug-taken");
    }
    Ok(s.to_string())
}

#[derive(Debug, Clone)]
pub struct Draft {
    pub title: String,
    pub body: String,
}

impl Draft {
    pub fn from_form(f: &FormData) -> Result<Draft, Problems> {
        let mut p = Problems::new();
        let title = f.get("title").trim().to_string();
        let body = f.raw("body").replace("\r\n", "\n");
        if title.is_empty() {
            p.push(("title", "pages-err-title"));
        } else if title.chars().count() > MAX_TITLE {
            p.push(("title", "pages-err-title-long"));
        }
        if body.trim().is_empty() {
            p.push(("body", "pages-err-body"));
        } else if body.len() > safemd::MAX_BYTES {
            p.push(("body", "pages-err-body-long"));
        }
        if p.is_empty() {
            Ok(Draft { title, body })
        } else {
            Err(p)
        }
    }
}

/// Where one language of a page stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Published and translated from the current English version (or English itself).
    Current {
        version: i64,
    },
    /// Published, but translated from an older English version than the one now published.
    Outdated {
        version: i64,
        from: Option<i64>,
        english: i64,
    },
    /// Only drafts so far.
    DraftOnly {
        version: i64,
    },
    Missing,
}

impl Cell {
    pub fn key(&self) -> &'static str {
        match self {
            Cell::Current { .. } => "current",
            Cell::Outdated { .. } => "outdated",
            Cell::DraftOnly { .. } => "draft",
            Cell::Missing => "missing",
        }
    }
}

/// One language's cell from its versions (any order) and the English version now published.
pub fn cell(lang: PublicLang, versions: &[&Version], english_published: Option<i64>) -> Cell {
    let published = versions.iter().find(|v| v.status == Status::Published);
    match (published, english_published) {
        (Some(p), _) if lang == PublicLang::En => Cell::Current { version: p.version },
        (Some(p), Some(en)) if p.source_version.is_some_and(|s| s >= en) => {
            Cell::Current { version: p.version }
        }
        (Some(p), Some(en)) => Cell::Outdated {
            version: p.version,
            from: p.source_version,
            english: en,
        },
        (Some(p), None) => Cell::Current { version: p.version },
        (None, _) => match versions.iter().map(|v| v.version).max() {
            Some(version) => Cell::DraftOnly { version },
            None => Cell::Missing,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(version: i64, status: Status, source: Option<i64>) -> Version {
        Version {
            id: version,
            page_id: 1,
            lang: "es".into(),
            version,
            title: "t".into(),
            body: "b".into(),
            source_version: source,
            status,
            created_by: "e".into(),
            created_at: "2026-11-29T00:00:00Z".into(),
            published_at: None,
        }
    }

    #[test]
    fn translation_status_follows_the_english_source() {
        use PublicLang::*;
        assert_eq!(cell(Es, &[], Some(1)), Cell::Missing);
        let d = v(1, Status::Draft, Some(1));
        assert_eq!(cell(Es, &[&d], Some(1)), Cell::DraftOnly { version: 1 });
        let p = v(1, Status::Published, Some(1));
        assert_eq!(cell(Es, &[&p], Some(1)), Cell::Current { version: 1 });
        // English moved on to version 2: the Spanish translation of version 1 is outdated,
        // even with a newer Spanish draft waiting.
        let d2 = v(2, Status::Draft, Some(2));
        assert_eq!(
            cell(Es, &[&p, &d2], Some(2)),
            Cell::Outdated {
                version: 1,
                from: Some(1),
                english: 2
            }
        );
        let p2 = v(2, Status::Published, Some(2));
        let r1 = v(1, Status::Retired, Some(1));
        assert_eq!(cell(Es, &[&r1, &p2], Some(2)), Cell::Current { version: 2 });
        // English is never outdated against itself.
        assert_eq!(cell(En, &[&p2], Some(2)), Cell::Current { version: 2 });
        assert_eq!(Cell::Missing.key(), "missing");
    }

    #[test]
    fn slugs_are_plain_and_do_not_shadow_portal_pages() {
        assert_eq!(
            check_slug(" know-your-rights-2 ").unwrap(),
            "know-your-rights-2"
        );
        for bad in [
            "",
            "Rights",
            "a b",
            "-x",
            "x-",
            "a--b",
            "ñ",
            &"x".repeat(81),
        ] {
            assert_eq!(check_slug(bad), Err("pages-err-slug"), "{bad}");
        }
        for taken in ["rights", "card", "directory", "static"] {
            assert_eq!(check_slug(taken), Err("pages-err-slug-taken"), "{taken}");
        }
    }

    #[test]
    fn drafts_need_a_title_and_a_body() {
        let mut f = FormData::default();
        f.set("title", "  ");
        f.set("body", "");
        let p = Draft::from_form(&f).unwrap_err();
        assert_eq!(
            p,
            vec![("title", "pages-err-title"), ("body", "pages-err-body")]
        );
        f.set("title", "x".repeat(MAX_TITLE + 1));
        f.set("body", "ok\r\nline");
        assert_eq!(
            Draft::from_form(&f).unwrap_err(),
            vec![("title", "pages-err-title-long")]
        );
        f.set("title", "Rights at work");
        let d = Draft::from_form(&f).unwrap();
        assert_eq!(d.body, "ok\nline");
    }
}
