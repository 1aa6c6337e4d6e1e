use crate::both;
use crate::harness::{location, Browser, TestApp};
use amparo::audit::AuditActor;
use amparo::auth::accounts;
use amparo::reports::store::Submitted;

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in form"))
        + marker.len();
    html[at..at + html[at..].find('"').unwrap()].to_string()
}

async fn facility(app: &TestApp, abbr: &str) -> i64 {
    let dept = app.department_id(abbr).await;
    let input = amparo::departments::model::FacilityInput {
        name: format!("{abbr} yard"),
        address: "1 Main St".into(),
        latitude: None,
        longitude: None,
        non_public_areas: String::new(),
    };
    amparo::departments::add_facility(&app.db, &app.events, &AuditActor::cli("test"), dept, input)
        .await
        .unwrap()
        .unwrap()
}

const NARRATIVE: &str =
    "Agent asked for Maria Lopez, said to call 213-555-0147, card showed A# 123-456-789.";

fn fields(key: &str, facility: i64, narrative: &str) -> Vec<(String, String)> {
    let now = amparo::reports::model::utc_to_la_local(chrono::Utc::now())
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    [
        ("idempotency_key", key.to_string()),
        ("observed_at", now),
        ("facility_id", facility.to_string()),
        ("department_id", "1".into()),
        ("area", "public".into()),
        ("agencies", "ice_ero".into()),
        ("agencies", "cbp".into()),
        ("activities", "questioning".into()),
        ("attire", "uniformed".into()),
        ("masked", "some".into()),
        ("id_visible", "no".into()),
        ("warrant", "administrative".into()),
        ("detained_count", "1".into()),
        ("minors_count", "0".into()),
        ("injuries_count", "0".into()),
        ("narrative", narrative.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

async fn post(
    b: &Browser,
    path: &str,
    csrf: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let mut all = vec![("csrf".to_string(), csrf.to_string())];
    all.extend_from_slice(fields);
    b.http.post(b.url(path)).form(&all).send().await.unwrap()
}

/// Files a report through the form as `b` and returns its id.
async fn file(app: &TestApp, b: &Browser, facility: i64, narrative: &str) -> i64 {
    let (_, html) = b.text("/reports/new").await;
    let key = hidden(&html, "idempotency_key");
    let csrf = hidden(&html, "csrf");
    let r = post(b, "/reports", &csrf, &fields(&key, facility, narrative)).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let _ = app;
    location(&r)
        .trim_start_matches("/reports/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

both!(
    a_report_is_redacted_previewed_and_received_once,
    |app: TestApp| async move {
        let yard = facility(&app, "RAP").await;
        let employee = app.signed_in("employee", Some("RAP")).await;
        let (status, html) = employee.text("/reports/new").await;
        assert_eq!(status, 200);
        assert!(html.contains("Ask for a judicial warrant signed by a judge."));
        assert!(html.contains("RAP yard"));
        let key = hidden(&html, "idempotency_key");
        let csrf = hidden(&html, "csrf");
        let form = fields(&key, yard, NARRATIVE);

        let r = post(&employee, "/reports/preview", &csrf, &form).await;
        assert_eq!(r.status(), 200);
        let preview = r.text().await.unwrap();
        assert!(
            preview
                .contains("Agent asked for [NAME], said to call [PHONE], card showed [A-NUMBER]."),
            "{preview}"
        );
        assert!(
            preview.contains("Maria Lopez") && preview.contains("213-555-0147"),
            "the reporter sees what was removed"
        );
        assert_eq!(
            app.audit_count("create_report", "ok").await,
            0,
            "a preview stores nothing"
        );

        let r = post(&employee, "/reports", &csrf, &form).await;
        assert_eq!(r.status(), 303);
        let target = location(&r);
        assert!(target.ends_with("?notice=received"), "{target}");
        let (_, page) = employee.text(&target).await;
        assert!(page.contains("Received. Your report is stored"));

        // The same submission again is the same report.
        let again = post(&employee, "/reports", &csrf, &form).await;
        assert_eq!(location(&again), target);
        let stored: Vec<String> = sqlx::query_scalar::<_, String>("SELECT narrative FROM reports")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert!(
            !stored[0].contains("Maria")
                && !stored[0].contains("0147")
                && !stored[0].contains("456"),
            "{}",
            stored[0]
        );
        // The same key with different content is refused.
        let changed = fields(&key, yard, "Something else entirely happened here.");
        let r = post(&employee, "/reports", &csrf, &changed).await;
        assert_eq!(r.status(), 422);
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("already used for a different report"));
        assert_eq!(app.audit_count("create_report", "ok").await, 1);
        assert!(
            app.audit_count("view_report", "ok").await >= 1,
            "reading a report is audited"
        );
    }
);

both!(
    bad_reports_are_returned_with_every_problem_named,
    |app: TestApp| async move {
        let employee = app.signed_in("employee", Some("RAP")).await;
        let (_, html) = employee.text("/reports/new").await;
        let csrf = hidden(&html, "csrf");
        let key = hidden(&html, "idempotency_key");
        let bad: Vec<(String, String)> = vec![
            ("idempotency_key".into(), key),
            ("observed_at".into(), "yesterday".into()),
            ("agencies".into(), "martians".into()),
            ("detained_count".into(), "-4".into()),
            ("narrative".into(), "Keep this text please".into()),
        ];
        let r = post(&employee, "/reports/preview", &csrf, &bad).await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        for msg in [
            "Enter the date and time.",
            "Choose one of the answers.",
            "Choose a property, or give the address",
            "Choose at least one.",
            "Enter a whole number",
        ] {
            assert!(html.contains(msg), "missing {msg:?}");
        }
        assert!(
            html.contains("Keep this text please"),
            "nothing typed is lost"
        );
        let stored: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reports")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(stored, 0);
    }
);

both!(
    the_department_liaison_sees_and_acknowledges,
    |app: TestApp| async move {
        let yard = facility(&app, "RAP").await;
        let reporter = app.signed_in("employee", Some("RAP")).await;
        let id = file(&app, &reporter, yard, "Two agents waited by the pool.").await;
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        let (status, queue) = liaison.text("/reports").await;
        assert_eq!(status, 200);
        assert!(
            queue.contains(&format!("Report {id}")) && queue.contains("ICE ERO, CBP"),
            "{queue}"
        );
        let elsewhere = app.signed_in("liaison", Some("LAPL")).await;
        let (_, other_queue) = elsewhere.text("/reports").await;
        assert!(!other_queue.contains(&format!("Report {id}")));
        assert_eq!(elsewhere.get(&format!("/reports/{id}")).await.status(), 404);
        let colleague = app.signed_in("employee", Some("RAP")).await;
        assert_eq!(
            colleague.get(&format!("/reports/{id}")).await.status(),
            403,
            "only the reporter and the liaison see it"
        );
        assert_eq!(reporter.get(&format!("/reports/{id}")).await.status(), 200);

        let csrf = liaison.csrf("/reports").await;
        let r = liaison
            .post_form(&format!("/reports/{id}/acknowledge"), &csrf, &[])
            .await;
        assert_eq!(r.status(), 303);
        let (_, page) = liaison.text(&format!("/reports/{id}")).await;
        assert!(page.contains("Acknowledged"));
        let (_, queue) = liaison.text("/reports").await;
        assert!(
            !queue.contains(&format!("Report {id}")),
            "the open queue no longer lists it"
        );
        let (_, all) = liaison.text("/reports?all=1").await;
        assert!(all.contains(&format!("Report {id}")));
        assert_eq!(app.audit_count("acknowledge_report", "ok").await, 1);
    }
);

both!(unacknowledged_reports_escalate, |app: TestApp| async move {
    let yard = facility(&app, "RAP").await;
    let reporter = app.signed_in("employee", Some("RAP")).await;
    let id = file(&app, &reporter, yard, "").await;
    assert_eq!(
        amparo::reports::escalate_overdue(&app.db, &app.events, &app.state.config)
            .await
            .unwrap(),
        0,
        "not yet"
    );
    let past = amparo::db::timestamp(chrono::Utc::now() - chrono::Duration::minutes(16));
    sqlx::query("UPDATE reports SET created_at = $1")
        .bind(&past)
        .execute(app.db.pool())
        .await
        .unwrap();
    let mut events = app.events.subscribe();
    assert_eq!(
        amparo::reports::escalate_overdue(&app.db, &app.events, &app.state.config)
            .await
            .unwrap(),
        1
    );
    let status: String =
        sqlx::query_scalar::<_, String>("SELECT status FROM reports WHERE id = $1")
            .bind(id)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(status, "escalated");
    assert_eq!(app.audit_count("escalate_report", "ok").await, 1);
    if app.engine == crate::harness::Engine::Sqlite {
        let e = tokio::time::timeout(std::time::Duration::from_secs(2), events.recv())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(e.kind, "report.escalated");
    }
    assert_eq!(
        amparo::reports::escalate_overdue(&app.db, &app.events, &app.state.config)
            .await
            .unwrap(),
        0,
        "once only"
    );
});

both!(
    kiosks_file_through_the_api_with_an_idempotency_key,
    |app: TestApp| async move {
        let yard = facility(&app, "RAP").await;
        let rap = app.department_id("RAP").await;
        let (_, token) = accounts::issue_token(
            &app.db,
            &app.events,
            &AuditActor::cli("test"),
            "lobby kiosk",
            "employee",
            Some(rap),
        )
        .await
        .unwrap()
        .unwrap();
        let http = reqwest::Client::new();
        let body = serde_json::json!({
            "facility_id": yard, "area": "public", "agencies": ["ice_hsi"], "activities": ["surveillance"],
            "masked": "all", "narrative": "Officer told Jose Garcia to call 818-555-0199."
        });
        let send = |key: &str, body: &serde_json::Value| {
            http.post(app.url("/api/v1/reports"))
                .bearer_auth(&token)
                .header("idempotency-key", key)
                .json(body)
                .send()
        };
        let r = send("kiosk-0001-aaaa-bbbb", &body).await.unwrap();
        assert_eq!(r.status(), 201);
        let receipt: serde_json::Value = r.json().await.unwrap();
        assert_eq!(receipt["narrative"], "Officer told [NAME] to call [PHONE].");
        assert_eq!(receipt["removed"].as_array().unwrap().len(), 2);
        let r = send("kiosk-0001-aaaa-bbbb", &body).await.unwrap();
        assert_eq!(r.status(), 200);
        let again: serde_json::Value = r.json().await.unwrap();
        assert_eq!(again["id"], receipt["id"]);
        let mut other = body.clone();
        other["narrative"] = "different".into();
        let r = send("kiosk-0001-aaaa-bbbb", &other).await.unwrap();
        assert_eq!(r.status(), 422);
        // Another client sending the same key and body learns nothing of the report.
        let stranger = app.token("employee", Some(rap)).await;
        let r = http
            .post(app.url("/api/v1/reports"))
            .bearer_auth(&stranger)
            .header("idempotency-key", "kiosk-0001-aaaa-bbbb")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            422,
            "a key is answered only to its own reporter"
        );
        let r = send("short", &body).await.unwrap();
        assert_eq!(r.status(), 422);
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["fields"]["idempotency_key"].is_string());
        let r = send(
            "kiosk-0002-aaaa-bbbb",
            &serde_json::json!({"area": "roof", "agencies": [], "activities": ["arrest"]}),
        )
        .await
        .unwrap();
        assert_eq!(r.status(), 422);
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(
            e["fields"]["area"].is_string() && e["fields"]["agencies"].is_string(),
            "{e}"
        );
        let r = send("kiosk-0003-aaaa-bbbb", &serde_json::json!({"area": "public", "agencies": ["cbp"], "activities": ["arrest"], "observed_at": "noon"})).await.unwrap();
        assert_eq!(r.status(), 422);
        let count: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reports")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(count, 1);
        let reviewer_token = accounts::issue_token(
            &app.db,
            &app.events,
            &AuditActor::cli("test"),
            "moia",
            "reviewer",
            None,
        )
        .await
        .unwrap()
        .unwrap()
        .1;
        let list: serde_json::Value = http
            .get(app.url("/api/v1/reports"))
            .bearer_auth(&reviewer_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);
        let id = receipt["id"].as_i64().unwrap();
        let one: serde_json::Value = http
            .get(app.url(&format!("/api/v1/reports/{id}")))
            .bearer_auth(&reviewer_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(one["agencies"], serde_json::json!(["ice_hsi"]));
        assert!(one.get("reporter").is_none(), "the reporter is not exposed");
    }
);

both!(
    a_resubmission_is_recognised_by_what_was_sent,
    |app: TestApp| async move {
        // A kiosk that omits observed_at gets "now" filled in; resent a minute later, the filled-in
        // time differs but the submission is the same.
        let rap = app.department_id("RAP").await;
        let mut first = crate::harness::sample_report(rap);
        first.observed_at =
            amparo::db::timestamp(chrono::Utc::now() - chrono::Duration::minutes(1));
        let second = crate::harness::sample_report(rap);
        let who = AuditActor::cli("test");
        let sent = r#"{"activities":["questioning"],"agencies":["ice_ero"],"area":"public"}"#;
        let a = amparo::reports::submit(
            &app.db,
            &app.events,
            &app.state.config,
            &who,
            "resend-test-key-001",
            sent,
            &first,
        )
        .await
        .unwrap();
        let b = amparo::reports::submit(
            &app.db,
            &app.events,
            &app.state.config,
            &who,
            "resend-test-key-001",
            sent,
            &second,
        )
        .await
        .unwrap();
        match (a, b) {
            (Submitted::Created(x), Submitted::Existing(y)) => assert_eq!(x, y),
            other => panic!("{other:?}"),
        }
        // Key order and spacing in the JSON do not matter either.
        let token =
            accounts::issue_token(&app.db, &app.events, &who, "kiosk", "employee", Some(rap))
                .await
                .unwrap()
                .unwrap()
                .1;
        let http = reqwest::Client::new();
        let post = |body: &'static str| {
            http.post(app.url("/api/v1/reports"))
                .bearer_auth(&token)
                .header("idempotency-key", "resend-test-key-002")
                .header("content-type", "application/json")
                .body(body)
                .send()
        };
        assert_eq!(
            post(r#"{"area":"public","agencies":["cbp"],"activities":["arrest"],"location_text":"Gate 1"}"#)
                .await
                .unwrap()
                .status(),
            201
        );
        assert_eq!(
            post(r#"{ "location_text": "Gate 1", "activities": ["arrest"], "agencies": ["cbp"], "area": "public" }"#)
                .await
                .unwrap()
                .status(),
            200
        );
    }
);
