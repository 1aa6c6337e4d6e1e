//! Open311 GeoReport v2 at /open311/v2, in both formats, as a 311 app would use it.

use crate::both;
use crate::harness::TestApp;

async fn get(app: &TestApp, path: &str) -> (u16, String, String) {
    let r = reqwest::get(app.url(path)).await.unwrap();
    let status = r.status().as_u16();
    let kind = r.headers()["content-type"].to_str().unwrap().to_string();
    (status, kind, r.text().await.unwrap())
}

async fn post(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, String) {
    let r = reqwest::Client::new()
        .post(app.url(path))
        .form(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

both!(
    services_and_definitions_follow_the_spec,
    |app: TestApp| async move {
        let (status, kind, body) = get(&app, "/open311/v2/services.json").await;
        assert_eq!(
            (status, kind.as_str()),
            (200, "application/json; charset=utf-8")
        );
        let services: serde_json::Value = serde_json::from_str(&body).unwrap();
        let arrest = services
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["service_code"] == "arrest")
            .unwrap();
        assert_eq!(arrest["metadata"], true);
        assert_eq!(arrest["type"], "realtime");
        let (status, kind, xml) = get(&app, "/open311/v2/services.xml").await;
        assert_eq!((status, kind.as_str()), (200, "text/xml; charset=utf-8"));
        assert!(xml.starts_with("<?xml") && xml.contains("<services><service><service_code>"));
        let (_, _, def) = get(&app, "/open311/v2/services/arrest.json").await;
        let def: serde_json::Value = serde_json::from_str(&def).unwrap();
        assert_eq!(def["service_code"], "arrest");
        let agencies = def["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["code"] == "agencies")
            .unwrap();
        assert_eq!(agencies["datatype"], "multivaluelist");
        assert!(agencies["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["key"] == "ice_ero"));
        let (status, _, err) = get(&app, "/open311/v2/services/nationality.xml").await;
        assert_eq!(status, 404);
        assert!(err.contains("<errors><error><code>404</code>"), "{err}");
        let (status, _, err) = get(&app, "/open311/v2/services.json?jurisdiction_id=nyc.gov").await;
        assert_eq!(status, 404);
        assert!(err.starts_with("[{\"code\":404"), "{err}");
        let (status, _, _) = get(&app, "/open311/v2/services.csv").await;
        assert_eq!(status, 400);
    }
);

both!(
    requests_need_a_key_and_are_filed_once,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let kiosk = app.token("employee", Some(rap)).await;
        // No key: 403 in the spec's error format.
        let (status, body) = post(
            &app,
            "/open311/v2/requests.json",
            &[("service_code", "staging")],
        )
        .await;
        assert_eq!(status, 403, "{body}");
        assert!(body.contains("api_key"));
        // Several problems at once, each named.
        let (status, body) = post(
            &app,
            "/open311/v2/requests.json",
            &[
                ("api_key", kiosk.as_str()),
                ("service_code", "staging"),
                ("lat", "34.05"),
            ],
        )
        .await;
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("long"), "{body}");
        let form = [
            ("api_key", kiosk.as_str()),
            ("jurisdiction_id", "lacity.org"),
            ("service_code", "staging"),
            ("lat", "34.0537"),
            ("long", "-118.2428"),
            (
                "description",
                "Two vans by the gym; call Marta Ibarra at 213-555-0187.",
            ),
            ("first_name", "Nobody"),
            ("email", "not-stored@example.org"),
            ("attribute[agencies][]", "ice_ero"),
            ("attribute[agencies][]", "cbp"),
            ("attribute[masked]", "all"),
            ("attribute[request_key]", "kiosk-7-request-000123"),
        ];
        let (status, created) = post(&app, "/open311/v2/requests.json", &form).await;
        assert_eq!(status, 201, "{created}");
        let created: serde_json::Value = serde_json::from_str(&created).unwrap();
        let id = created[0]["service_request_id"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(created[0].get("token").is_none());
        // Retried: the same request.
        let (status, again) = post(&app, "/open311/v2/requests.xml", &form).await;
        assert_eq!(status, 200);
        assert!(
            again.contains(&format!("<service_request_id>{id}</service_request_id>")),
            "{again}"
        );
        // Reporter contact details are not kept anywhere in the report.
        let stored: String = sqlx::query_scalar(
            "SELECT narrative || location_text || reporter FROM reports WHERE id = $1",
        )
        .bind(id.parse::<i64>().unwrap())
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert!(
            !stored.contains("not-stored")
                && !stored.contains("Nobody")
                && !stored.contains("Marta"),
            "{stored}"
        );

        let (status, _, list) =
            get(&app, &format!("/open311/v2/requests.json?api_key={kiosk}")).await;
        // An employee key may file but not read.
        assert_eq!(status, 403, "{list}");
        let reviewer = app.token("reviewer", None).await;
        let (status, _, list) = get(
            &app,
            &format!(
                "/open311/v2/requests.json?api_key={reviewer}&status=open&service_code=staging"
            ),
        )
        .await;
        assert_eq!(status, 200, "{list}");
        let list: serde_json::Value = serde_json::from_str(&list).unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);
        let r = &list[0];
        assert_eq!(r["service_request_id"], id.as_str());
        assert_eq!(r["status"], "open");
        assert_eq!(r["lat"], 34.0537);
        assert!(
            r["requested_datetime"].as_str().unwrap().ends_with(":00")
                || r["requested_datetime"].as_str().unwrap().contains('-')
        );
        let (_, _, none) = get(
            &app,
            &format!("/open311/v2/requests.json?api_key={reviewer}&status=closed"),
        )
        .await;
        assert_eq!(none, "[]");
        let (status, _, _) = get(&app, &format!("/open311/v2/requests.json?api_key={reviewer}&start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z")).await;
        assert_eq!(status, 400);
        let (status, _, one) = get(
            &app,
            &format!("/open311/v2/requests/{id}.xml?api_key={reviewer}"),
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            one.contains("<service_requests><request><service_request_id>"),
            "{one}"
        );
        let (status, _, _) = get(
            &app,
            &format!("/open311/v2/requests/999999.json?api_key={reviewer}"),
        )
        .await;
        assert_eq!(status, 404);
        assert_eq!(
            app.audit_count("list_reports", "ok").await,
            2,
            "reading requests (with their descriptions) is audited; empty answers are not"
        );
        let (status, _, token) = get(
            &app,
            &format!("/open311/v2/tokens/kiosk-7-request-000123.json?api_key={reviewer}"),
        )
        .await;
        assert_eq!(status, 200);
        let token: serde_json::Value = serde_json::from_str(&token).unwrap();
        assert_eq!(token[0]["service_request_id"], id.as_str());
        // Another department's liaison key cannot see it.
        let lapl = app.department_id("LAPL").await;
        let other = app.token("liaison", Some(lapl)).await;
        let (status, _, _) = get(
            &app,
            &format!("/open311/v2/requests/{id}.json?api_key={other}"),
        )
        .await;
        assert_eq!(status, 404);
    }
);
