//! FOIA requests over HTTP: draft from the template, submit, acknowledge, toll, letters,
//! deadlines on the page and the board, bad input, the calculator API and CLI.

use crate::both;
use crate::harness::{multipart, Browser, TestApp};
use amparo::audit::AuditActor;

/// A request and a production for tests that only need ids (the access matrix).
pub async fn request_and_production(app: &TestApp) -> (i64, i64, i64) {
    let input =
        amparo::foia::model::RequestInput::from_form(&amparo::foia::template::defaults()).unwrap();
    let who = AuditActor::cli("test");
    let request = amparo::foia::create(&app.db, &who, &input).await.unwrap();
    let csv = b"arrest_date,arrest_criminality,bln_charge,bln_person_id\n2025-06-06,1 Convicted Criminal,Assault,p1\n";
    let done = amparo::foia::import::upload(
        &app.db,
        &who,
        &amparo::foia::import::Production {
            request_id: Some(request),
            received_on: "2025-09-01",
            notes: "",
            filename: "tiny.csv",
            content_type: "text/csv",
        },
        csv.to_vec().into(),
        &mut |_| {},
    )
    .await
    .unwrap();
    let amparo::foia::import::Imported::Stored { id, .. } = done else {
        panic!("{done:?}");
    };
    let file: i64 = sqlx::query_scalar("SELECT file_id FROM foia_productions WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    (request, id, file)
}

async fn post_multipart(
    b: &Browser,
    path: &str,
    csrf: &str,
    fields: &[(&str, &str)],
    file: (&str, &[u8]),
) -> reqwest::Response {
    let (kind, body) = multipart(fields, file.0, file.1);
    b.http
        .post(b.url(&format!("{path}?csrf={csrf}")))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

both!(
    a_request_is_filed_tracked_and_held_to_its_deadlines,
    |app: TestApp| async move {
        let b = app.signed_in("reviewer", None).await;
        let (status, html) = b.text("/foia/new").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("whereabouts") && html.contains("Los Angeles Area"),
            "template"
        );
        let csrf = b.csrf("/foia/new").await;

        // Bad input names the fields and stores nothing.
        let r = b
            .post_form(
                "/foia",
                &csrf,
                &[
                    ("subject", ""),
                    ("fee_category", "cheap"),
                    ("date_from", "2025-13-01"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        for field in ["subject", "fee_category", "date_from", "records_sought"] {
            assert!(
                body.contains(&format!("f-{field}-error")),
                "{field} flagged"
            );
        }
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM foia_requests")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(stored, 0);

        // The draft, from the template.
        let pairs = amparo::foia::template::defaults().pairs();
        let fields: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = b.post_form("/foia", &csrf, &fields).await;
        assert_eq!(r.status(), 303);
        let at = crate::harness::location(&r);
        let id: i64 = at
            .trim_start_matches("/foia/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let (_, html) = b.text(&at).await;
        assert!(html.contains("Deadlines appear once the request is submitted"));

        // Submitted, then acknowledged with the day ICE received it and its tracking number.
        let page = format!("/foia/{id}/transition");
        let r = post_multipart(
            &b,
            &page,
            &csrf,
            &[
                ("to", "submitted"),
                ("on", "2025-07-14"),
                ("note", "Sent by email"),
            ],
            ("", b""),
        )
        .await;
        assert_eq!(r.status(), 303);
        let letter = b"%PDF-1.4 acknowledgement letter";
        let r = post_multipart(
            &b,
            &page,
            &csrf,
            &[
                ("to", "acknowledged"),
                ("on", "2025-07-16"),
                ("received_on", "2025-07-15"),
                ("tracking_number", "2025-icfo-12345"),
                ("note", "Acknowledged"),
            ],
            ("ack.pdf", letter),
        )
        .await;
        assert_eq!(r.status(), 303);
        let (_, html) = b.text(&format!("/foia/{id}")).await;
        assert!(html.contains("2025-ICFO-12345"));
        // Received Tue 2025-07-15: the 20th working day after it is Tue 2025-08-12.
        assert!(html.contains("2025-08-12"), "response due");
        assert!(
            html.contains("20 working days after receipt on 2025-07-15"),
            "rule shown"
        );
        assert!(html.contains("Response overdue by"), "overdue flagged");
        // The letter is kept and can be downloaded as it came.
        let file: i64 =
            sqlx::query_scalar("SELECT MAX(file_id) FROM foia_events WHERE request_id = $1")
                .bind(id)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        let r = b.get(&format!("/foia/files/{file}")).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.bytes().await.unwrap().as_ref(), letter);

        // Fix required stops the clock from 07-21 to 07-25 (5 working days): due 2025-08-19.
        for (to, on) in [("fix_required", "2025-07-21"), ("processing", "2025-07-25")] {
            let r = post_multipart(&b, &page, &csrf, &[("to", to), ("on", on)], ("", b"")).await;
            assert_eq!(r.status(), 303, "{to}");
        }
        let (_, html) = b.text(&format!("/foia/{id}")).await;
        assert!(html.contains("2025-08-19"), "tolled due date");
        assert!(html.contains("clock stopped 2025-07-21 to 2025-07-25"));

        // A move the states do not allow, a future date, a date before submission.
        for (fields, field) in [
            (vec![("to", "appeal_decided")], "to"),
            (vec![("to", "closed"), ("on", "2999-01-01")], "on"),
            (vec![("to", "closed"), ("on", "2025-07-01")], "on"),
        ] {
            let r = post_multipart(&b, &page, &csrf, &fields, ("", b"")).await;
            assert_eq!(r.status(), 422, "{fields:?}");
            assert!(r
                .text()
                .await
                .unwrap()
                .contains(&format!("f-{field}-error")));
        }
        // What was sent is not rewritten.
        let r = b.post_form(&format!("/foia/{id}"), &csrf, &fields).await;
        assert_eq!(r.status(), 422);

        // A letter received, logged with its file.
        let r = post_multipart(
            &b,
            &format!("/foia/{id}/letters"),
            &csrf,
            &[
                ("direction", "received"),
                ("letter_on", "2025-07-30"),
                ("letter_note", "Interim letter"),
            ],
            ("interim.pdf", b"%PDF interim"),
        )
        .await;
        assert_eq!(r.status(), 303);
        let r = post_multipart(
            &b,
            &format!("/foia/{id}/letters"),
            &csrf,
            &[("direction", "lost")],
            ("", b""),
        )
        .await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains("f-direction-error") && body.contains("f-letter_note-error"));

        // Overdue on the FOIA page and the compliance board.
        let (_, list) = b.text("/foia").await;
        assert!(list.contains("Response overdue by"));
        amparo::plans::ensure_ed12(&app.db, &AuditActor::cli("test"))
            .await
            .unwrap();
        let (_, board) = b.text("/compliance").await;
        assert!(board.contains("id=\"foia-overdue\""));

        // The printable letter, and the audit trail.
        let (status, letter_page) = b.text(&format!("/foia/{id}/letter")).await;
        assert_eq!(status, 200);
        assert!(letter_page.contains("5 U.S.C. 552") && letter_page.contains("2025-ICFO-12345"));
        assert_eq!(app.audit_count("foia_acknowledged", "ok").await, 1);
        assert_eq!(app.audit_count("log_foia_letter", "ok").await, 1);
    }
);

both!(
    the_deadline_calculator_answers_on_the_page_the_api_and_the_cli,
    |app: TestApp| async move {
        let b = app.signed_in("reviewer", None).await;
        let (status, html) = b
        .text("/foia/deadlines?received=2025-11-26&extension=yes&tolled=2025-12-01..2025-12-03&adverse=2026-01-05")
        .await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Thanksgiving Day") && html.contains("Christmas Day"),
            "{html}"
        );
        let r = b
            .get("/foia/deadlines?received=2025-11-26&tolled=junk")
            .await;
        assert_eq!(r.status(), 422);

        let token = app.token("reviewer", None).await;
        let http = reqwest::Client::new();
        let r = http
            .get(app.url("/api/v1/foia/deadlines?received=2025-07-15"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let v: serde_json::Value = r.json().await.unwrap();
        assert_eq!(v["response_due"]["date"], "2025-08-12");
        assert_eq!(v["expedite_decision_due"]["date"], "2025-07-25");
        let r = http
            .get(app.url("/api/v1/foia/deadlines?received=2025-07-15&adverse=2025-07-01"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let v: serde_json::Value = r.json().await.unwrap();
        assert!(v["fields"]["adverse"].is_string(), "{v}");

        let o = crate::cli::amparo(
            &app,
            &[
                "foia",
                "deadline",
                "--received",
                "2025-07-15",
                "--extension",
                "--tolled",
                "2025-07-21..2025-07-25",
                "--json",
            ],
        );
        assert!(o.status.success(), "{o:?}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        for key in [
            "response_due",
            "extended_due",
            "expedite_decision_due",
            "appeal_due",
        ] {
            assert!(v.get(key).is_some(), "{key} in {v}");
        }
        assert_eq!(v["response_due"]["date"], "2025-08-19");
        let o = crate::cli::amparo(&app, &["foia", "deadline", "--received", "2025-07-15"]);
        assert!(String::from_utf8_lossy(&o.stdout).contains("response due"));
        let o = crate::cli::amparo(&app, &["foia", "deadline", "--received", "July", "--json"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&o.stderr).contains("--received"));
    }
);
