//! Interface text through Project Fluent. Every string a person reads comes from
//! `locales/<lang>/main.ftl`; a message missing in a language falls back to English.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    pub fn dir(self) -> &'static str {
        "ltr"
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best supported language in an Accept-Language header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        best_accepted(header, Lang::parse)
    }
}

/// The tag an Accept-Language header prefers most (highest `q`, earliest on ties) among
/// those `parse` recognises; tags with `q=0` are refused ones.
pub fn best_accepted<T>(header: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    let mut best: Option<(f32, T)> = None;
    for part in header.split(',') {
        let mut bits = part.split(';');
        let tag = bits.next().unwrap_or("");
        let q = bits
            .find_map(|b| b.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(lang) = parse(tag) {
            if q > 0.0 && best.as_ref().is_none_or(|(bq, _)| q > *bq) {
                best = Some((q, lang));
            }
        }
    }
    best.map(|(_, l)| l)
}

struct Bundles {
    en: FluentBundle<FluentResource>,
    es: FluentBundle<FluentResource>,
}

fn bundle(lang: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would show up inside attribute values and plain-text exports.
    b.set_use_isolating(false);
    match FluentResource::try_new(source.to_string()) {
        Ok(res) => {
            if let Err(errors) = b.add_resource(res) {
                tracing::error!(?errors, lang, "duplicate Fluent messages");
            }
        }
        Err((res, errors)) => {
            tracing::error!(?errors, lang, "Fluent syntax errors");
            let _ = b.add_resource(res);
        }
    }
    b
}

/// Each language's messages: one file per area, read as one resource.
const EN: &str = concat!(
    include_str!("../../locales/en/main.ftl"),
    "\n",
    include_str!("../../locales/en/foia.ftl"),
    "\n",
    include_str!("../../locales/en/pages.ftl"),
    "\n",
    include_str!("../../locales/en/directory.ftl"),
    "\n",
    include_str!("../../locales/en/guidelines.ftl")
);
const ES: &str = concat!(
    include_str!("../../locales/es/main.ftl"),
    "\n",
    include_str!("../../locales/es/foia.ftl"),
    "\n",
    include_str!("../../locales/es/pages.ftl"),
    "\n",
    include_str!("../../locales/es/directory.ftl"),
    "\n",
    include_str!("../../locales/es/guidelines.ftl")
);

fn bundles() -> &'static Bundles {
    static B: OnceLock<Bundles> = OnceLock::new();
    B.get_or_init(|| Bundles {
        en: bundle("en", EN),
        es: bundle("es", ES),
    })
}

/// A translator for one language; cheap to copy into every template.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        self.format(id, Some(&args))
    }

    pub fn t2(&self, id: &str, a: (&str, &str), b: (&str, &str)) -> String {
        let mut args = FluentArgs::new();
        args.set(a.0, FluentValue::from(a.1.to_string()));
        args.set(b.0, FluentValue::from(b.1.to_string()));
        self.format(id, Some(&args))
    }

    pub fn n(&self, id: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(*value.borrow()));
        self.format(id, Some(&args))
    }

    /// Whether `id` exists in this language itself (not by fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle().has_message(id)
    }

    fn bundle(&self) -> &'static FluentBundle<FluentResource> {
        match self.lang {
            Lang::En => &bundles().en,
            Lang::Es => &bundles().es,
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for b in [self.bundle(), &bundles().en] {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        tracing::warn!(id, "missing Fluent message");
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_highest_quality() {
        assert_eq!(
            Lang::from_accept_language("es-MX,es;q=0.9,en;q=0.8"),
            Some(Lang::Es)
        );
        assert_eq!(
            Lang::from_accept_language("fr, en;q=0.5, es;q=0.4"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("fr"), None);
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn every_english_message_exists_in_spanish() {
        let es = Tr::new(Lang::Es);
        for line in EN.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with(' ') && !id.starts_with('#') && !id.is_empty() {
                    assert!(es.has(id.trim()), "Spanish lacks {id}");
                }
            }
        }
    }

    #[test]
    fn spanish_translates_and_arguments_work() {
        assert_eq!(Tr::new(Lang::Es).t("sign-in"), "Iniciar sesión");
        assert!(Tr::new(Lang::En).n("page-of", "page", 3).contains('3'));
    }
}
