//! Guideline documents: two members edit a draft (each save a version), one comments on a
//! section, the word-level difference between versions, resolving comments; bad input named.

use crate::both;
use crate::harness::{location, TestApp};

both!(
    members_draft_comment_and_compare,
    |app: TestApp| async move {
        let alice = app.signed_in("member", None).await;
        let bob = app.signed_in("member", None).await;
        let csrf = alice.csrf("/wg/guidelines").await;
        let r = alice
            .post_form(
                "/wg/guidelines",
                &csrf,
                &[("title", ""), ("body", "no sections here")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("id=\"f-title-error\"") && html.contains("id=\"f-body-error\""));
        let r = alice
        .post_form(
            "/wg/guidelines",
            &csrf,
            &[
                ("title", "Responding to immigration enforcement"),
                ("body", "Officers follow these steps.\n\n## Scope\nAll officers on duty.\n\n## Warrants\nAsk for an administrative warrant."),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        let page = location(&r).trim_end_matches("?notice=saved").to_string();
        let (_, html) = bob.text(&page).await;
        assert!(html.contains("1. Scope") && html.contains("2. Warrants"));
        let bcsrf = bob.csrf(&page).await;
        let r = bob
        .post_form(&page, &bcsrf, &[("body", "Officers follow these steps.\n\n## Scope\nAll officers on duty.\n\n## Warrants\nAsk for a judicial warrant signed by a judge.")])
        .await;
        assert_eq!(r.status(), 303, "a second member saves version 2");
        let r = alice
            .post_form(
                &format!("{page}/comments"),
                &csrf,
                &[("section", "9"), ("comment", "")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = alice
            .post_form(
                &format!("{page}/comments"),
                &csrf,
                &[
                    ("section", "2"),
                    ("comment", "Name the I-200 and I-205 forms."),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = bob.text(&page).await;
        assert!(html.contains("Version 2"));
        let warrants = html.find("id=\"section-2\"").unwrap();
        assert!(
            html[warrants..].contains("Name the I-200 and I-205 forms."),
            "the comment sits on its section"
        );

        let (status, diff) = bob.text(&format!("{page}/diff?from=1&to=2")).await;
        assert_eq!(status, 200);
        assert!(
            diff.contains("<del>an administrative</del>") || diff.contains("<del>an</del>"),
            "{diff}"
        );
        assert!(diff.contains("<ins>"), "added words marked");
        assert!(diff.contains("judge"));
        let (status, _) = bob.text(&format!("{page}/diff?from=1&to=99")).await;
        assert_eq!(status, 422);

        let comment = sqlx::query_scalar::<_, i64>("SELECT MIN(id) FROM guideline_comments")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let r = bob
            .post_form(
                &format!("/wg/guideline-comments/{comment}/resolve"),
                &bcsrf,
                &[],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = bob
            .post_form(
                &format!("/wg/guideline-comments/{comment}/resolve"),
                &bcsrf,
                &[],
            )
            .await;
        assert_eq!(r.status(), 404, "already resolved");
        let (_, html) = alice.text(&page).await;
        assert!(html.contains("class=\"resolved\""));

        // The chair circulates it, marks it ready, records its adoption and publishes it.
        let who = amparo::audit::AuditActor::cli("test");
        let org = amparo::guidelines::add_organisation(&app.db, &who, "MOIA", "city_department")
            .await
            .unwrap()
            .unwrap();
        let (chair_email, chair_pw) = app.user("member", None).await;
        let chair_id = sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
            .bind(&chair_email)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        amparo::guidelines::add_member(&app.db, &who, chair_id, org, "chair")
            .await
            .unwrap()
            .unwrap();
        let chair = app.client();
        chair.login(&chair_email, &chair_pw).await;
        let ccsrf = chair.csrf(&page).await;
        let stage = format!("{page}/stage");
        let r = bob
            .post_form(
                &stage,
                &bcsrf,
                &[("to", "circulating"), ("closes_on", "2099-01-01")],
            )
            .await;
        assert_eq!(r.status(), 403, "only the chair moves it");
        let r = chair.post_form(&stage, &ccsrf, &[("to", "adopted")]).await;
        assert_eq!(r.status(), 422, "not straight from drafting to adopted");
        let r = chair
            .post_form(
                &stage,
                &ccsrf,
                &[("to", "circulating"), ("closes_on", "2020-01-01")],
            )
            .await;
        assert_eq!(r.status(), 422, "a closing date in the past");
        for step in [
            [("to", "circulating"), ("closes_on", "2099-01-01")],
            [("to", "ready"), ("closes_on", "")],
        ] {
            let r = chair.post_form(&stage, &ccsrf, &step).await;
            assert_eq!(r.status(), 303, "{step:?}");
        }
        let meeting = amparo::guidelines::schedule(
            &app.db,
            &who,
            &amparo::guidelines::model::MeetingInput {
                title: "Adoption meeting".into(),
                starts_at: chrono::Utc::now(),
                ends_at: chrono::Utc::now() + chrono::Duration::hours(1),
                place: "City Hall".into(),
                link: String::new(),
                agenda: String::new(),
            },
        )
        .await
        .unwrap()
        .to_string();
        let r = chair
            .post_form(
                &stage,
                &ccsrf,
                &[
                    ("to", "adopted"),
                    ("meeting", &meeting),
                    ("votes_for", "1"),
                    ("votes_against", "3"),
                    ("votes_abstain", "0"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "no majority");
        let r = chair
            .post_form(
                &stage,
                &ccsrf,
                &[
                    ("to", "adopted"),
                    ("meeting", &meeting),
                    ("votes_for", "7"),
                    ("votes_against", "1"),
                    ("votes_abstain", "2"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = bob
            .post_form(
                &page,
                &bcsrf,
                &[("body", "## Scope\nChanged after adoption.")],
            )
            .await;
        assert_eq!(r.status(), 422, "an adopted version is not changed");
        let public = page.replace("/wg/guidelines/", "/en/guideline-");
        assert_eq!(
            reqwest::get(app.url(&public)).await.unwrap().status(),
            404,
            "not public before publication"
        );
        let r = chair
            .post_form(&stage, &ccsrf, &[("to", "published")])
            .await;
        assert_eq!(r.status(), 303);
        let html = reqwest::get(app.url(&public))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<h1>Responding to immigration enforcement</h1>"));
        assert!(
            html.contains("for 7, against 1, abstaining 2") && html.contains("Guideline version 2")
        );
        assert!(html.contains("judicial warrant signed by a judge"));
        let es = reqwest::get(app.url(&public.replace("/en/", "/es/")))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            es.contains("class=\"notice\""),
            "translations are managed like other portal pages"
        );
        let r = chair
            .post_form(&stage, &ccsrf, &[("to", "superseded")])
            .await;
        assert_eq!(r.status(), 303);
        let html = reqwest::get(app.url(&public))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("This guideline has been superseded."),
            "still readable, with a notice"
        );
        assert!(html.contains("judicial warrant signed by a judge"));

        let reviewer = app.signed_in("reviewer", None).await;
        assert_eq!(
            reviewer.get(&page).await.status(),
            403,
            "only the group sees drafts"
        );
        assert_eq!(app.audit_count("create_guideline", "ok").await, 1);
        assert_eq!(app.audit_count("save_guideline_version", "ok").await, 1);
        assert_eq!(app.audit_count("comment_guideline", "ok").await, 1);
        assert_eq!(app.audit_count("resolve_guideline_comment", "ok").await, 1);
        assert_eq!(app.audit_count("move_guideline", "ok").await, 5);
    }
);
