//! Dashboard, daily briefing and council districts, over HTTP as the Mayor's Office uses them.

use crate::both;
use crate::harness::{sample_report, TestApp};
use amparo::reports::store::Submitted;

const DEMO_DISTRICTS: &str = include_str!("../../seed/demo-council-districts.geojson");
/// City Hall, in demo district 9.
const CITY_HALL: (f64, f64) = (34.0537, -118.2428);

async fn file(app: &TestApp, key: &str, dept: &str, at: (f64, f64), agency: &str) -> i64 {
    let mut input = sample_report(app.department_id(dept).await);
    input.latitude = Some(at.0);
    input.longitude = Some(at.1);
    input.agencies = vec![agency.into()];
    match app.file_report(key, &input).await {
        Submitted::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

async fn district_of(app: &TestApp, report: i64) -> Option<String> {
    sqlx::query_scalar::<_, Option<String>>("SELECT district FROM reports WHERE id = $1")
        .bind(report)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn api(app: &TestApp, token: &str, path: &str) -> (u16, serde_json::Value) {
    let r = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

fn multipart(name: &str, file: &str) -> (String, Vec<u8>) {
    crate::harness::multipart(&[("name", name)], "d.geojson", file.as_bytes())
}

both!(
    districts_are_assigned_and_dashboard_counts_filter,
    |app: TestApp| async move {
        let before_map = file(&app, "dash-test-key-00001", "RAP", CITY_HALL, "cbp").await;
        assert_eq!(district_of(&app, before_map).await, None);

        let admin = app.token("admin", None).await;
        let put = |body: &'static str, name: &'static str| {
            let admin = admin.clone();
            let url = app.url(&format!("/api/v1/districts?name={name}"));
            async move {
                reqwest::Client::new()
                    .put(url)
                    .bearer_auth(admin)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
            }
        };
        let bad = put(r#"{"type":"FeatureCollection","features":[]}"#, "empty").await;
        assert_eq!(bad.status().as_u16(), 422);
        let err: serde_json::Value = bad.json().await.unwrap();
        assert!(
            err["fields"]["body"]
                .as_str()
                .unwrap()
                .contains("no features"),
            "{err}"
        );
        let ok = put(DEMO_DISTRICTS, "Demo%20districts").await;
        assert_eq!(ok.status().as_u16(), 200);
        let loaded: serde_json::Value = ok.json().await.unwrap();
        assert_eq!(loaded["districts"], 15);
        assert_eq!(loaded["reports_located"], 1);
        // Loading a map assigns districts to what is already on file…
        assert_eq!(district_of(&app, before_map).await.as_deref(), Some("9"));
        // …and reports filed afterwards get theirs at intake.
        let after = file(&app, "dash-test-key-00002", "LAPL", (34.30, -118.60), "fbi").await;
        assert_eq!(district_of(&app, after).await.as_deref(), Some("13"));
        let outside = file(&app, "dash-test-key-00003", "LAPL", (36.0, -120.0), "fbi").await;
        assert_eq!(district_of(&app, outside).await, None);

        let reviewer = app.token("reviewer", None).await;
        let (status, d) = api(&app, &reviewer, "/api/v1/dashboard").await;
        assert_eq!(status, 200, "{d}");
        assert_eq!(d["incidents"], 3);
        assert_eq!(d["by_agency"]["fbi"], 2);
        assert_eq!(d["by_agency"]["cbp"], 1);
        assert_eq!(d["by_district"]["9"], 1);
        assert_eq!(d["by_activity"]["questioning"], 3);
        assert_eq!(d["by_day"].as_array().unwrap().len(), 30);
        let lapl = app.department_id("LAPL").await;
        for (query, expected) in [
            ("agency=cbp".to_string(), 1),
            ("district=13".to_string(), 1),
            (format!("department={lapl}"), 2),
            ("state=closed".to_string(), 0),
            ("from=2020-01-01&to=2020-01-31".to_string(), 0),
        ] {
            let (_, d) = api(&app, &reviewer, &format!("/api/v1/dashboard?{query}")).await;
            assert_eq!(d["incidents"], expected, "{query}: {d}");
        }
        let (status, e) = api(&app, &reviewer, "/api/v1/dashboard?from=soon&agency=aliens").await;
        assert_eq!(status, 422);
        assert!(
            e["fields"]["from"].is_string() && e["fields"]["agency"].is_string(),
            "{e}"
        );
        let liaison = app.token("liaison", Some(lapl)).await;
        assert_eq!(api(&app, &liaison, "/api/v1/dashboard").await.0, 403);

        let (_, b) = api(&app, &reviewer, "/api/v1/briefing").await;
        assert_eq!(b["new"].as_array().unwrap().len(), 3, "{b}");
        assert_eq!(b["new"][0]["notable"][0], "masked");
        let (status, _) = api(&app, &reviewer, "/api/v1/briefing?day=31-12-2026").await;
        assert_eq!(status, 422);

        let web = app.signed_in("reviewer", None).await;
        let (status, html) = web.text("/dashboard?agency=fbi").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("2 incidents") && html.contains("<svg class=\"timeline\""),
            "{html}"
        );
        assert!(html.contains("District 13"));
        let (status, html) = web.text("/dashboard?to=yesterday").await;
        assert_eq!(status, 422);
        assert!(html.contains("f-to-error"));
        let (_, points) = web.text("/dashboard/points.geojson").await;
        let points: serde_json::Value = serde_json::from_str(&points).unwrap();
        assert_eq!(points["features"].as_array().unwrap().len(), 3);
        let (_, shapes) = web.text("/districts.geojson").await;
        assert!(shapes.contains("MultiPolygon"));
        let (status, html) = web.text("/briefing").await;
        assert_eq!(status, 200);
        assert!(html.contains("Masked agents") && html.contains("3 incidents began on this day."));
    }
);

both!(
    a_bad_boundary_upload_keeps_the_map_in_force,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/admin/districts").await;
        let upload = |name: &'static str, file: &'static str| {
            let (kind, body) = multipart(name, file);
            let url = admin.url(&format!("/admin/districts?csrf={csrf}"));
            let http = admin.http.clone();
            async move {
                http.post(url)
                    .header("content-type", kind)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
            }
        };
        let r = upload("Demo", DEMO_DISTRICTS).await;
        assert_eq!(r.status().as_u16(), 303);
        let r = upload("Broken", r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#).await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("feature 1"), "{html}");
        let (_, page) = admin.text("/admin/districts").await;
        assert!(page.contains("Demo") && page.contains(">15<"), "{page}");
        // Without the token in the action URL the upload is refused.
        let (kind, body) = multipart("x", DEMO_DISTRICTS);
        let r = admin
            .http
            .post(admin.url("/admin/districts"))
            .header("content-type", kind)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
        assert_eq!(app.audit_count("load_district_map", "ok").await, 1);
    }
);
