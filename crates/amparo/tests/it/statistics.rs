//! Public statistics: 24-hour delay, small-cell suppression, grid snapping, no sign-in.

use crate::both;
use crate::harness::{sample_report, TestApp};
use amparo::reports::store::Submitted;

/// Files `n` reports at RAP, `hours_ago`, each its own incident (far apart in time).
async fn file_many(app: &TestApp, prefix: &str, n: usize, hours_ago: i64, at: (f64, f64)) {
    let rap = app.department_id("RAP").await;
    for i in 0..n {
        let mut input = sample_report(rap);
        let when = chrono::Utc::now()
            - chrono::Duration::hours(hours_ago)
            - chrono::Duration::minutes(i as i64 * 300);
        input.observed_at = amparo::db::timestamp(when);
        input.latitude = Some(at.0 + i as f64 * 0.0001);
        input.longitude = Some(at.1);
        let key = format!("{prefix}-stats-key-{i:04}");
        assert!(matches!(
            app.file_report(&key, &input).await,
            Submitted::Created(_)
        ));
    }
    // Recorded long enough ago to be published.
    sqlx::query("UPDATE incidents SET created_at = first_observed_at")
        .execute(app.db.pool())
        .await
        .unwrap();
}

both!(
    public_statistics_suppress_and_delay,
    |app: TestApp| async move {
        let anon = app.client();
        let (status, empty) = anon.text("/api/v1/statistics").await;
        assert_eq!(status, 200);
        let empty: serde_json::Value = serde_json::from_str(&empty).unwrap();
        assert_eq!(empty["total"], 0);

        // Three incidents a few days ago: a count of 3 is withheld, and so is the total that
        // would reveal it.
        file_many(&app, "small", 3, 30, (34.0537, -118.2428)).await;
        // One from the last hour: not yet published.
        file_many(&app, "fresh", 1, 0, (34.0537, -118.2428)).await;
        let (_, s) = anon.text("/api/v1/statistics?weeks=4").await;
        let s: serde_json::Value = serde_json::from_str(&s).unwrap();
        let rap = s["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "Recreation and Parks")
            .unwrap()
            .clone();
        assert!(rap["total"].is_null(), "{rap}");
        assert!(s["total"].is_null(), "{s}");
        let published: Vec<u64> = s["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["counts"].as_array().unwrap().iter().chain([&r["total"]]))
            .chain(s["week_totals"].as_array().unwrap())
            .filter_map(serde_json::Value::as_u64)
            .collect();
        assert!(!published.contains(&3), "{s}");

        // Twelve more in the same week and place: the row is big enough to publish.
        file_many(&app, "big", 12, 30, (34.0537, -118.2428)).await;
        let (_, s) = anon.text("/api/v1/statistics?weeks=4").await;
        let s: serde_json::Value = serde_json::from_str(&s).unwrap();
        // The one filed just now (and re-marked as recorded earlier) still began under 24 h ago.
        assert_eq!(s["total"], 15, "{s}");

        let (status, csv) = anon.text("/statistics.csv?weeks=4").await;
        assert_eq!(status, 200);
        assert!(csv
            .lines()
            .next()
            .unwrap()
            .starts_with("department,week_of_"));
        assert!(csv.lines().last().unwrap().starts_with("total,"));

        let (_, grid) = anon.text("/statistics/grid.geojson?weeks=4").await;
        let grid: serde_json::Value = serde_json::from_str(&grid).unwrap();
        for f in grid["features"].as_array().unwrap() {
            let lat = f["geometry"]["coordinates"][1].as_f64().unwrap();
            // Never the reported point: a cell centre.
            assert!((lat - 34.0537).abs() > 1e-6, "{f}");
            assert!(
                f["properties"]["incidents"].is_null()
                    || f["properties"]["incidents"].as_u64().unwrap() > 10
            );
        }

        let (status, html) = anon.text("/statistics").await;
        assert_eq!(status, 200);
        assert!(html.contains("withheld"));
        let (status, _) = anon.text("/api/v1/statistics?weeks=500").await;
        assert_eq!(status, 422);
        let (status, _) = anon.text("/api/v1/statistics?by=nationality").await;
        assert_eq!(status, 422);
        let (status, html) = anon.text("/statistics?by=district").await;
        assert_eq!(status, 200);
        assert!(html.contains("No council district boundaries"));
    }
);
