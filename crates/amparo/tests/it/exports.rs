//! Streamed CSV and GeoJSON exports of reports.

use crate::both;
use crate::harness::{sample_report, TestApp};
use amparo::reports::store::Submitted;

async fn file(
    app: &TestApp,
    key: &str,
    edit: impl FnOnce(&mut amparo::reports::model::ReportInput),
) {
    let mut input = sample_report(app.department_id("RAP").await);
    edit(&mut input);
    assert!(matches!(
        app.file_report(key, &input).await,
        Submitted::Created(_)
    ));
}

both!(
    exports_stream_every_matching_report,
    |app: TestApp| async move {
        file(&app, "export-test-key-0001", |r| {
            r.latitude = Some(34.05);
            r.longitude = Some(-118.24);
        })
        .await;
        file(&app, "export-test-key-0002", |r| {
            r.narrative = "=HYPERLINK(\"http://x\") they left".into();
            r.agencies = vec!["cbp".into()];
        })
        .await;
        file(&app, "export-test-key-0003", |r| {
            r.agencies = vec!["fbi".into()]
        })
        .await;
        let web = app.signed_in("reviewer", None).await;

        let r = web.get("/exports/reports.csv").await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment"));
        let body = r.text().await.unwrap();
        let mut csv = csv::Reader::from_reader(body.as_bytes());
        let headers = csv.headers().unwrap().clone();
        assert!(!headers.iter().any(|h| h == "reporter"));
        let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        // Names are redacted before storage, so exports never hold them.
        assert!(!body.contains("Rosa Quintero"));
        assert!(rows[1][col("narrative")].starts_with("'="));
        assert_eq!(&rows[0][col("latitude")], "34.05");
        assert!(!rows[0][col("incident_id")].is_empty());

        let (_, only_cbp) = web.text("/exports/reports.csv?agency=cbp").await;
        assert_eq!(only_cbp.lines().count(), 2, "{only_cbp}");

        let (status, geo) = web.text("/exports/reports.geojson").await;
        assert_eq!(status, 200);
        let geo: serde_json::Value = serde_json::from_str(&geo).unwrap();
        let features = geo["features"].as_array().unwrap();
        assert_eq!(features.len(), 3);
        assert_eq!(features[0]["geometry"]["coordinates"][0], -118.24);
        assert!(features[1]["geometry"].is_null());
        assert!(features[0]["properties"].get("reporter").is_none());

        let (status, _) = web.text("/exports/reports.csv?from=never").await;
        assert_eq!(status, 422);
        assert_eq!(app.audit_count("export_reports_csv", "ok").await, 2);
        let employee = app.signed_in("employee", Some("RAP")).await;
        assert_eq!(
            employee.get("/exports/reports.csv").await.status().as_u16(),
            403
        );
    }
);

both!(
    an_empty_export_is_still_a_valid_file,
    |app: TestApp| async move {
        let web = app.signed_in("admin", None).await;
        let (_, csv) = web.text("/exports/reports.csv").await;
        assert_eq!(csv.lines().count(), 1);
        let (_, geo) = web.text("/exports/reports.geojson").await;
        let geo: serde_json::Value = serde_json::from_str(&geo).unwrap();
        assert_eq!(geo["features"].as_array().unwrap().len(), 0);
    }
);
