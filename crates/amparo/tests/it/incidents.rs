use crate::both;
use crate::harness::{location, sample_report, Browser, TestApp};
use amparo::audit::AuditActor;
use amparo::reports::store::Submitted;

async fn file(
    app: &TestApp,
    key: &str,
    edit: impl FnOnce(&mut amparo::reports::model::ReportInput),
) -> i64 {
    let mut input = sample_report(app.department_id("RAP").await);
    edit(&mut input);
    match app.file_report(key, &input).await {
        Submitted::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

async fn incident_of(app: &TestApp, report: i64) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT incident_id FROM reports WHERE id = $1")
        .bind(report)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn post(b: &Browser, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf("/incidents").await;
    b.post_form(path, &csrf, fields).await
}

both!(
    reviewers_merge_verify_confirm_and_split,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let yard = amparo::departments::add_facility(
            &app.db,
            &app.events,
            &AuditActor::cli("test"),
            rap,
            amparo::departments::model::FacilityInput {
                name: "Pool".into(),
                address: "1 Park Ave".into(),
                latitude: None,
                longitude: None,
                non_public_areas: String::new(),
            },
        )
        .await
        .unwrap()
        .unwrap();
        let first = file(&app, "incident-test-key-0001", |r| {
            r.facility_id = Some(yard)
        })
        .await;
        let second = file(&app, "incident-test-key-0002", |r| {
            r.facility_id = Some(yard)
        })
        .await;
        let (a, b) = (
            incident_of(&app, first).await,
            incident_of(&app, second).await,
        );
        assert_ne!(a, b, "each report opens its own incident");

        let reviewer = app.signed_in("reviewer", None).await;
        let (status, page) = reviewer.text(&format!("/incidents/{a}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Possibly the same event")
                && page.contains(&format!("Incident {b}"))
                && page.contains("same property"),
            "{page}"
        );
        let r = post(
            &reviewer,
            &format!("/incidents/{a}/merge"),
            &[("other", &b.to_string())],
        )
        .await;
        assert_eq!(r.status(), 303);
        assert_eq!(incident_of(&app, second).await, a);
        let (_, merged) = reviewer.text(&format!("/incidents/{b}")).await;
        assert!(merged.contains("Duplicate") && merged.contains("Merged into another incident"));

        let r = post(
            &reviewer,
            &format!("/incidents/{a}/transition"),
            &[("to", "confirmed")],
        )
        .await;
        assert_eq!(r.status(), 422, "new cannot jump to confirmed");
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("not possible from this state"));
        for to in ["acknowledged", "verifying"] {
            let r = post(
                &reviewer,
                &format!("/incidents/{a}/transition"),
                &[("to", to)],
            )
            .await;
            assert_eq!(r.status(), 303, "{to}");
        }
        let r = post(
            &reviewer,
            &format!("/incidents/{a}/transition"),
            &[
                ("to", "confirmed"),
                ("evidence", "Photo from Maria Lopez, 213-555-0147"),
                ("note", "Two reports agree"),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        let (_, page) = reviewer.text(&format!("/incidents/{a}")).await;
        assert!(page.contains("Confirmed"));
        assert!(
            page.contains("Photo from [NAME], [PHONE]") && !page.contains("Maria"),
            "evidence is redacted before it is stored"
        );
        for change in ["Opened", "Report merged in", "State changed"] {
            assert!(page.contains(change), "history shows {change}");
        }
        let r = post(
            &reviewer,
            &format!("/incidents/{a}/split"),
            &[("report_id", &second.to_string())],
        )
        .await;
        assert_eq!(r.status(), 303);
        let c = incident_of(&app, second).await;
        assert!(c != a && c != b, "split into a new incident");
        let r = post(
            &reviewer,
            &format!("/incidents/{a}/split"),
            &[("report_id", &first.to_string())],
        )
        .await;
        assert_eq!(r.status(), 422, "the last report stays");
        assert_eq!(
            location(&reviewer.get("/incidents?state=confirmed").await),
            ""
        );
        let (_, list) = reviewer.text("/incidents?state=confirmed").await;
        assert!(
            list.contains(&format!("Incident {a}")) && !list.contains(&format!("Incident {c}<"))
        );
        for action in [
            "merge_incident",
            "incident_transition",
            "split_incident",
            "view_incident",
        ] {
            assert!(app.audit_count(action, "ok").await >= 1, "{action} audited");
        }
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        assert_eq!(liaison.get(&format!("/incidents/{a}")).await.status(), 403);
    }
);

both!(
    nearby_reports_are_suggested_far_ones_are_not,
    |app: TestApp| async move {
        let here = file(&app, "incident-near-key-001", |r| {
            r.latitude = Some(34.0537);
            r.longitude = Some(-118.2428);
        })
        .await;
        let near = file(&app, "incident-near-key-002", |r| {
            r.latitude = Some(34.0545);
            r.longitude = Some(-118.2430);
        })
        .await;
        let far = file(&app, "incident-near-key-003", |r| {
            r.latitude = Some(34.0700);
            r.longitude = Some(-118.2428);
        })
        .await;
        let incident = amparo::incidents::store::get(&app.db, incident_of(&app, here).await)
            .await
            .unwrap()
            .unwrap();
        let suggested: Vec<i64> =
            amparo::incidents::suggestions(&app.db, &app.state.config, &incident)
                .await
                .unwrap()
                .iter()
                .map(|s| s.incident.id)
                .collect();
        assert_eq!(
            suggested,
            vec![incident_of(&app, near).await],
            "about 90 m away; {far} is 1.8 km away"
        );
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confirmation_can_require_a_second_reviewer() {
    let app = TestApp::spawn_with(crate::harness::Engine::Sqlite, |c| {
        c.incidents.two_person_confirmation = true
    })
    .await;
    let report = file(&app, "incident-two-key-0001", |_| {}).await;
    let id = incident_of(&app, report).await;
    let (one, two) = (
        app.signed_in("reviewer", None).await,
        app.signed_in("reviewer", None).await,
    );
    for to in ["acknowledged", "verifying", "confirmed"] {
        assert_eq!(
            post(&one, &format!("/incidents/{id}/transition"), &[("to", to)])
                .await
                .status(),
            303
        );
    }
    let (_, page) = one.text(&format!("/incidents/{id}")).await;
    assert!(page.contains("Verifying") && page.contains("a second reviewer must agree"));
    let r = post(
        &one,
        &format!("/incidents/{id}/transition"),
        &[("to", "confirmed")],
    )
    .await;
    assert_eq!(r.status(), 422, "the same reviewer cannot agree twice");
    assert_eq!(
        post(
            &two,
            &format!("/incidents/{id}/transition"),
            &[("to", "confirmed")]
        )
        .await
        .status(),
        303
    );
    let (_, page) = two.text(&format!("/incidents/{id}")).await;
    assert!(page.contains("Confirmed") && page.contains("Confirmation requested"));
}

both!(incidents_in_the_api, |app: TestApp| async move {
    let report = file(&app, "incident-api-key-0001", |_| {}).await;
    let id = incident_of(&app, report).await;
    let token = amparo::auth::accounts::issue_token(
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
    let http = reqwest::Client::new();
    let list: serde_json::Value = http
        .get(app.url("/api/v1/incidents?state=new"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["report_count"], 1);
    let r = http
        .get(app.url("/api/v1/incidents?state=sideways"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let one: serde_json::Value = http
        .get(app.url(&format!("/api/v1/incidents/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(one["reports"], serde_json::json!([report]));
    assert_eq!(one["history"][0]["change"], "opened");
    assert!(one["incident"].get("confirm_requested_by").is_none());
    let liaison = amparo::auth::accounts::issue_token(
        &app.db,
        &app.events,
        &AuditActor::cli("test"),
        "desk",
        "liaison",
        Some(app.department_id("RAP").await),
    )
    .await
    .unwrap()
    .unwrap()
    .1;
    assert_eq!(
        http.get(app.url("/api/v1/incidents"))
            .bearer_auth(&liaison)
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
});
