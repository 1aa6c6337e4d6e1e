//! Editors' portal pages: create with an English draft, publish, translate, see the
//! translation status board follow the English source, and the public pages follow what is
//! published (and only that).

use crate::both;
use crate::harness::{location, TestApp};

const SLUG: &str = "rights-at-school";

fn cell<'a>(board: &'a str, lang: &str) -> &'a str {
    let at = board
        .find(&format!("data-lang=\"{lang}\""))
        .unwrap_or_else(|| panic!("no {lang} cell"));
    let start = board[..at].rfind("<td").unwrap();
    let end = at + board[at..].find("</td>").unwrap();
    &board[start..end]
}

both!(
    editor_drafts_publishes_and_translates_a_page,
    |app: TestApp| async move {
        let editor = app.signed_in("editor", None).await;
        let (status, board) = editor.text("/portal/pages").await;
        assert_eq!(status, 200);
        assert!(board.contains("No pages yet"));
        let csrf = editor.csrf("/portal/pages").await;

        // Bad input: every problem named, nothing stored.
        let r = editor
            .post_form(
                "/portal/pages",
                &csrf,
                &[("slug", "Rights!"), ("title", " "), ("body", "")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        for field in ["slug", "title", "body"] {
            assert!(html.contains(&format!("id=\"f-{field}-error\"")), "{field}");
        }
        let r = editor
            .post_form(
                "/portal/pages",
                &csrf,
                &[("slug", "rights"), ("title", "T"), ("body", "B")],
            )
            .await;
        assert_eq!(r.status(), 422, "a portal page's own address is taken");
        assert!(amparo::portal::pages::store::pages(&app.db)
            .await
            .unwrap()
            .is_empty());

        let body = "# At school\n\nSchools do not ask about **immigration status**.\n\n<script>alert(1)</script>\n\n![pixel](https://tracker.example/p.png)\n\n[Call 311](tel:311)";
        let r = editor
            .post_form(
                "/portal/pages",
                &csrf,
                &[
                    ("slug", SLUG),
                    ("title", "Rights at school"),
                    ("body", body),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let edit = location(&r);
        assert!(edit.ends_with("/en?notice=saved"), "{edit}");
        let base = edit
            .trim_end_matches("?notice=saved")
            .trim_end_matches("/en")
            .to_string();
        let r = editor
            .post_form(
                "/portal/pages",
                &csrf,
                &[("slug", SLUG), ("title", "Again"), ("body", "B")],
            )
            .await;
        assert_eq!(r.status(), 422, "one page per address");

        // A draft is not public.
        let anon = reqwest::Client::new();
        let public = |path: String| {
            let anon = anon.clone();
            let url = app.url(&path);
            async move {
                let r = anon.get(url).send().await.unwrap();
                assert!(r.headers().get("set-cookie").is_none());
                (r.status().as_u16(), r.text().await.unwrap())
            }
        };
        assert_eq!(public(format!("/en/{SLUG}")).await.0, 404);
        let (_, board) = editor.text("/portal/pages").await;
        assert!(
            cell(&board, "en").contains("cell-draft"),
            "{}",
            cell(&board, "en")
        );
        assert!(cell(&board, "es").contains("cell-missing"));

        // Publish v1: public in English, made safe; other languages fall back to it, marked.
        let r = editor
            .post_form(&format!("{base}/en/publish"), &csrf, &[("version", "1")])
            .await;
        assert_eq!(r.status(), 303);
        let (status, html) = public(format!("/en/{SLUG}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Rights at school</h1>"));
        assert!(html.contains("<strong>immigration status</strong>"));
        assert!(
            !html.contains("<script>alert")
                && !html.contains("<img")
                && !html.contains("tracker.example")
        );
        assert!(html.contains("href=\"tel:311\""));
        assert!(html.contains("Version 1, published 20"));
        let (status, html) = public(format!("/es/{SLUG}")).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("class=\"notice\""),
            "the fallback is announced"
        );
        assert!(html.contains("<article lang=\"en\" dir=\"ltr\">"));

        // The Spanish translation: draft, then published; it follows English v1.
        let r = editor
            .post_form(
                &format!("{base}/es"),
                &csrf,
                &[
                    ("title", "Derechos en la escuela"),
                    (
                        "body",
                        "Las escuelas no preguntan por el **estatus migratorio**.",
                    ),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (_, board) = editor.text("/portal/pages").await;
        assert!(cell(&board, "es").contains("cell-draft"));
        editor
            .post_form(&format!("{base}/es/publish"), &csrf, &[("version", "1")])
            .await;
        let (_, board) = editor.text("/portal/pages").await;
        assert!(
            cell(&board, "es").contains("cell-current"),
            "{}",
            cell(&board, "es")
        );
        let (_, html) = public(format!("/es/{SLUG}")).await;
        assert!(html.contains("<h1>Derechos en la escuela</h1>"));
        assert!(!html.contains("class=\"notice\""));
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"));

        // English moves on: Spanish is outdated until it is translated again.
        let r = editor
            .post_form(
                &format!("{base}/en"),
                &csrf,
                &[("title", "Rights at school"), ("body", "Updated text.")],
            )
            .await;
        assert_eq!(r.status(), 303);
        editor
            .post_form(&format!("{base}/en/publish"), &csrf, &[("version", "2")])
            .await;
        let (_, board) = editor.text("/portal/pages").await;
        assert!(cell(&board, "en").contains("Published v2"));
        assert!(
            cell(&board, "es").contains("cell-outdated"),
            "{}",
            cell(&board, "es")
        );
        let (_, html) = public(format!("/en/{SLUG}")).await;
        assert!(html.contains("Updated text.") && html.contains("Version 2"));
        let (_, edit_page) = editor.text(&format!("{base}/en")).await;
        assert!(edit_page.contains("status-retired") && edit_page.contains("status-published"));
        editor
            .post_form(
                &format!("{base}/es"),
                &csrf,
                &[
                    ("title", "Derechos en la escuela"),
                    ("body", "Texto actualizado."),
                ],
            )
            .await;
        editor
            .post_form(&format!("{base}/es/publish"), &csrf, &[("version", "2")])
            .await;
        let (_, board) = editor.text("/portal/pages").await;
        assert!(cell(&board, "es").contains("cell-current"));

        // Home pages list it, in the reader's language where there is one.
        let (_, home) = public("/es/".into()).await;
        assert!(home.contains(&format!("href=\"/es/{SLUG}\">Derechos en la escuela</a>")));
        let (_, home) = public("/ko/".into()).await;
        assert!(home.contains(&format!(
            "href=\"/ko/{SLUG}\" lang=\"en\" dir=\"ltr\">Rights at school</a>"
        )));

        // Bad publish and bad drafts are named; nothing changes.
        let r = editor
            .post_form(&format!("{base}/es/publish"), &csrf, &[("version", "99")])
            .await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains("version"));
        let r = editor
            .post_form(
                &format!("{base}/es"),
                &csrf,
                &[("title", ""), ("body", "x")],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert_eq!(editor.get(&format!("{base}/xx")).await.status(), 404);
        assert_eq!(app.audit_count("create_portal_page", "ok").await, 1);
        assert_eq!(
            app.audit_count("save_portal_draft", "ok").await,
            3,
            "the first draft comes with the page"
        );
        assert_eq!(app.audit_count("publish_portal_page", "ok").await, 4);
    }
);
