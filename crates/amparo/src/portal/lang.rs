//! The public portal's languages: the eleven of the City's rights materials that the portal
//! is written in, each with its own Fluent file (`locales/<code>/portal.ftl`). A message a
//! language lacks is shown in English and marked as such, so the page can say so.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublicLang {
    En,
    Es,
    Ko,
    ZhHans,
    ZhHant,
    Hy,
    Tl,
    Fa,
    Ru,
    Vi,
    Ja,
}

use PublicLang::*;

impl PublicLang {
    pub const ALL: [PublicLang; 11] = [En, Es, Ko, ZhHans, ZhHant, Hy, Tl, Fa, Ru, Vi, Ja];

    /// The URL prefix (`/es/…`).
    pub fn code(self) -> &'static str {
        match self {
            En => "en",
            Es => "es",
            Ko => "ko",
            ZhHans => "zh-hans",
            ZhHant => "zh-hant",
            Hy => "hy",
            Tl => "tl",
            Fa => "fa",
            Ru => "ru",
            Vi => "vi",
            Ja => "ja",
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            ZhHans => "zh-Hans",
            ZhHant => "zh-Hant",
            other => other.code(),
        }
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            En => "English",
            Es => "Español",
            Ko => "한국어",
            ZhHans => "简体中文",
            ZhHant => "繁體中文",
            Hy => "Հայերեն",
            Tl => "Tagalog",
            Fa => "فارسی",
            Ru => "Русский",
            Vi => "Tiếng Việt",
            Ja => "日本語",
        }
    }

    pub fn dir(self) -> &'static str {
        if self == Fa {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn from_code(code: &str) -> Option<PublicLang> {
        PublicLang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language for a BCP 47 tag from Accept-Language (`zh-TW` → Traditional, `zh` →
    /// Simplified, `fil` → Tagalog, `pes` → Farsi).
    fn from_tag(tag: &str) -> Option<PublicLang> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut parts = tag.split(['-', '_']);
        let primary = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        match primary {
            "zh" if rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) =>
            {
                Some(ZhHant)
            }
            "zh" => Some(ZhHans),
            "fil" => Some(Tl),
            "pes" | "prs" => Some(Fa),
            p => PublicLang::from_code(p),
        }
    }

    /// The best language in an Accept-Language header, by quality; English if none.
    pub fn from_accept_language(header: &str) -> PublicLang {
        crate::web::i18n::best_accepted(header, PublicLang::from_tag).unwrap_or(En)
    }

    fn source(self) -> &'static str {
        match self {
            En => include_str!("../../locales/en/portal.ftl"),
            Es => include_str!("../../locales/es/portal.ftl"),
            Ko => include_str!("../../locales/ko/portal.ftl"),
            ZhHans => include_str!("../../locales/zh-hans/portal.ftl"),
            ZhHant => include_str!("../../locales/zh-hant/portal.ftl"),
            Hy => include_str!("../../locales/hy/portal.ftl"),
            Tl => include_str!("../../locales/tl/portal.ftl"),
            Fa => include_str!("../../locales/fa/portal.ftl"),
            Ru => include_str!("../../locales/ru/portal.ftl"),
            Vi => include_str!("../../locales/vi/portal.ftl"),
            Ja => include_str!("../../locales/ja/portal.ftl"),
        }
    }
}

/// A message as shown: its text, and the language it is actually in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub text: String,
    /// Set when the text is the English fallback for a missing translation.
    pub fallback: bool,
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static Vec<Bundle> {
    static B: OnceLock<Vec<Bundle>> = OnceLock::new();
    B.get_or_init(|| {
        PublicLang::ALL
            .iter()
            .map(|l| {
                let id = l.tag().parse().unwrap_or_default();
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                let res = match FluentResource::try_new(l.source().to_string()) {
                    Ok(res) => res,
                    Err((res, errors)) => {
                        tracing::error!(?errors, lang = l.code(), "portal Fluent syntax errors");
                        res
                    }
                };
                if let Err(errors) = b.add_resource(res) {
                    tracing::error!(?errors, lang = l.code(), "duplicate portal messages");
                }
                b
            })
            .collect()
    })
}

fn lookup(lang: PublicLang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let i = PublicLang::ALL.iter().position(|l| *l == lang)?;
    let b = bundles().get(i)?;
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned()).filter(|t| !t.trim().is_empty())
}

fn lookup_or_english(lang: PublicLang, id: &str, args: Option<&FluentArgs>) -> Msg {
    match lookup(lang, id, args) {
        Some(text) => Msg {
            text,
            fallback: false,
        },
        None => Msg {
            text: lookup(En, id, args).unwrap_or_else(|| id.to_string()),
            fallback: lang != En,
        },
    }
}

/// The message in `lang`, or in English (marked) when `lang` lacks it.
pub fn msg(lang: PublicLang, id: &str) -> Msg {
    lookup_or_english(lang, id, None)
}

/// A message with one number (plural rules apply).
pub fn msg_n(lang: PublicLang, id: &str, name: &str, n: i64) -> Msg {
    let mut args = FluentArgs::new();
    args.set(name, FluentValue::from(n));
    lookup_or_english(lang, id, Some(&args))
}

/// A message with text arguments.
pub fn msg_args(lang: PublicLang, id: &str, values: &[(&str, String)]) -> Msg {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, FluentValue::from(value.clone()));
    }
    lookup_or_english(lang, id, Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        let pick = PublicLang::from_accept_language;
        assert_eq!(pick("zh-TW,zh;q=0.8"), ZhHant);
        assert_eq!(pick("zh-CN"), ZhHans);
        assert_eq!(pick("fil-PH, en;q=0.5"), Tl);
        assert_eq!(pick("de, fa;q=0.3"), Fa);
        assert_eq!(pick("de"), En);
        assert_eq!(pick(""), En);
    }

    #[test]
    fn every_language_has_every_english_message_and_farsi_is_right_to_left() {
        let en = PublicLang::En.source();
        for lang in PublicLang::ALL {
            for line in en.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.starts_with([' ', '#']) && !id.is_empty() {
                        let m = msg(lang, id.trim());
                        assert!(!m.fallback, "{} lacks {id}", lang.code());
                    }
                }
            }
        }
        assert_eq!(Fa.dir(), "rtl");
        assert_eq!(
            PublicLang::ALL.iter().filter(|l| l.dir() == "rtl").count(),
            1
        );
    }

    #[test]
    fn a_missing_message_falls_back_to_english_and_says_so() {
        let m = msg(Ko, "pt-no-such-message");
        assert!(m.fallback);
    }
}
