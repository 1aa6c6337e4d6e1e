//! The public portal: every page in every language, without signing in; the right `lang`
//! and `dir`; no cookies; cacheable; the language from the path or Accept-Language.

use crate::both;
use crate::harness::TestApp;
use amparo::portal::content::PAGES;
use amparo::portal::lang::PublicLang;

both!(
    every_public_page_answers_in_every_language_without_cookies,
    |app: TestApp| async move {
        let http = reqwest::Client::new();
        for lang in PublicLang::ALL {
            for page in PAGES {
                let path = format!("/{}/{}", lang.code(), page.slug);
                let r = http.get(app.url(&path)).send().await.unwrap();
                assert_eq!(r.status(), 200, "{path}");
                assert!(
                    r.headers().get("set-cookie").is_none(),
                    "{path} sets a cookie"
                );
                let cache = r
                    .headers()
                    .get("cache-control")
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string();
                assert!(cache.starts_with("public"), "{path}: {cache}");
                let html = r.text().await.unwrap();
                let open = format!("<html lang=\"{}\" dir=\"{}\">", lang.tag(), lang.dir());
                assert!(html.contains(&open), "{path}");
                assert!(
                    html.len() < 150 * 1024,
                    "{path} weighs {} bytes",
                    html.len()
                );
                assert!(!html.contains("<script"), "{path} needs no script");
                assert!(
                    !html.contains("http://") && !html.contains("https://"),
                    "{path} links off-site"
                );
                assert!(
                    !html.contains("class=\"notice\""),
                    "{path} has untranslated parts"
                );
            }
        }
        // Farsi lays out right to left; the hotline is on the contacts page in every language.
        let fa = http
            .get(app.url("/fa/contacts"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(fa.contains("dir=\"rtl\"") && fa.contains("tel:+18886244752"));
        // Unknown languages and pages are not found.
        for path in ["/de/", "/es/nothing", "/xx/rights"] {
            let r = http.get(app.url(path)).send().await.unwrap();
            assert_eq!(r.status(), 404, "{path}");
        }
    }
);

both!(
    the_portal_entry_follows_accept_language,
    |app: TestApp| async move {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        for (accept, to) in [
            ("zh-TW,zh;q=0.9", "/zh-hant/"),
            ("fa-IR", "/fa/"),
            ("de-DE", "/en/"),
            ("es-MX,en;q=0.5", "/es/"),
        ] {
            let r = http
                .get(app.url("/portal"))
                .header("accept-language", accept)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 303, "{accept}");
            assert_eq!(crate::harness::location(&r), to, "{accept}");
            assert!(r.headers().get("set-cookie").is_none());
        }
    }
);
