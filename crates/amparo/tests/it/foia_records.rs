//! Productions: the real ICE releases import with the right counts (CSV, gzipped pipe-less
//! CSV, XLSX, a multi-sheet DDP workbook), the same file twice imports nothing, unknown
//! layouts are mapped once, and the analysis pages answer from what was imported.

use crate::both;
use crate::harness::{multipart, TestApp};
use amparo::audit::AuditActor;
use amparo::foia::import::{self, Imported, Production};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../ice-records/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

async fn upload(app: &TestApp, name: &str, bytes: Vec<u8>) -> Imported {
    import::upload(
        &app.db,
        &AuditActor::cli("test"),
        &Production {
            request_id: None,
            received_on: "2025-09-01",
            notes: "",
            filename: name,
            content_type: "application/octet-stream",
        },
        bytes.into(),
        &mut |_| {},
    )
    .await
    .unwrap()
}

async fn counts(app: &TestApp, id: i64) -> (i64, i64, i64, i64) {
    let p = amparo::foia::productions::get(&app.db, id)
        .await
        .unwrap()
        .unwrap();
    let stored = amparo::foia::records::count(&app.db, id).await.unwrap();
    (p.rows_read, p.imported, p.withheld_cells, stored)
}

/// The stored records of a production, decoded from their chunks.
async fn stored_rows(app: &TestApp, id: i64) -> Vec<csv::StringRecord> {
    let chunks: Vec<Vec<u8>> = sqlx::query_scalar(
        "SELECT data FROM foia_record_chunks WHERE production_id = $1 ORDER BY seq",
    )
    .bind(id)
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let mut rows = Vec::new();
    for gz in chunks {
        let text = amparo::foia::records::decode(&gz).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        rows.extend(r.records().map(Result::unwrap));
    }
    rows
}

/// Records by criminality, from the stored records themselves.
async fn criminality(app: &TestApp, id: i64) -> Vec<(String, i64)> {
    let column = amparo::foia::records::COLUMNS
        .iter()
        .position(|c| *c == "criminality")
        .unwrap();
    let mut by: std::collections::BTreeMap<String, i64> = Default::default();
    for r in stored_rows(app, id).await {
        *by.entry(r[column].to_string()).or_insert(0) += 1;
    }
    by.into_iter().collect()
}

fn stored_id(i: &Imported) -> i64 {
    match i {
        Imported::Stored { id, status } => {
            assert_eq!(*status, "imported");
            *id
        }
        other => panic!("{other:?}"),
    }
}

both!(
    the_released_files_import_with_their_counts,
    |app: TestApp| async move {
        let la = stored_id(
            &upload(
                &app,
                "la-arrests-sample.csv",
                fixture("la-arrests-sample.csv"),
            )
            .await,
        );
        assert_eq!(counts(&app, la).await, (1363, 1363, 0, 1363));
        assert_eq!(
            criminality(&app, la).await,
            vec![
                ("convicted".to_string(), 731),
                ("other_violator".to_string(), 523),
                ("pending".to_string(), 109)
            ]
        );
        // The same file again imports nothing.
        let again = upload(&app, "copy.csv", fixture("la-arrests-sample.csv")).await;
        assert_eq!(again, Imported::Duplicate(la));
        let total: i64 =
            sqlx::query_scalar("SELECT CAST(SUM(records) AS BIGINT) FROM foia_record_chunks")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(total, 1363);

        let gz =
            stored_id(&upload(&app, "sea.csv.gz", fixture("sea-i213s-2026-02-13.csv.gz")).await);
        assert_eq!(counts(&app, gz).await, (10_962, 10_962, 189, 10_962));
        let xlsx = stored_id(
            &upload(
                &app,
                "sea.xlsx",
                fixture("sea-i213s-2026-02-13-geocoded.xlsx"),
            )
            .await,
        );
        assert_eq!(counts(&app, xlsx).await, (10_962, 10_962, 189, 10_962));
        assert_eq!(criminality(&app, gz).await, criminality(&app, xlsx).await);

        // A DDP workbook: three sheets behind preambles, one bad row reported by sheet and row.
        let ddp = stored_id(&upload(&app, "ddp.xlsx", fixture("ddp-multisheet.xlsx")).await);
        assert_eq!(counts(&app, ddp).await.1, 9);
        let p = amparo::foia::productions::get(&app.db, ddp)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(p.skipped, 1);
        assert!(
            p.problems[0].starts_with("sheet Arrests 2, row 9"),
            "{:?}",
            p.problems
        );

        // The DDP workbook's birth dates were dropped, and said so; records are exported.
        assert_eq!(p.dropped_columns, vec!["Birth Date".to_string()]);
        let b = app.signed_in("reviewer", None).await;
        let r = b.get(&format!("/foia/productions/{gz}/records.csv")).await;
        assert_eq!(r.status(), 200);
        let exported = r.text().await.unwrap();
        assert!(exported.starts_with("apprehension_date,apprehension_time,"));
        let exported_rows = csv::Reader::from_reader(exported.as_bytes())
            .records()
            .count();
        assert_eq!(exported_rows, 10_962);

        // The analysis reads the count tables built at import.
        let (status, html) = b
            .text(&format!("/foia/analysis?production={la}&by=month"))
            .await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Convicted criminal") && html.contains("731"),
            "criminality table"
        );
        assert!(html.contains("<svg"), "charts");
        let r = b
            .get(&format!(
                "/foia/analysis.csv?table=criminality&production={la}"
            ))
            .await;
        assert_eq!(r.status(), 200);
        let csv = r.text().await.unwrap();
        assert!(csv.contains("\"Convicted criminal\",\"731\""), "{csv}");
        let r = b
            .get(&format!(
                "/foia/analysis.csv?table=over_time&production={la}&by=month"
            ))
            .await;
        let months = r.text().await.unwrap();
        let sum: i64 = months
            .lines()
            .skip(1)
            .filter_map(|l| l.rsplit(',').next()?.trim_matches('"').parse::<i64>().ok())
            .sum();
        assert_eq!(sum, 1363, "every dated record is in a month");
        let r = b.get("/foia/analysis?place=mars").await;
        assert_eq!(r.status(), 422);
        let r = b.get("/foia/analysis.csv?table=secrets").await;
        assert_eq!(r.status(), 422);
        // LA County filter: the BLN release's county comes from its landmarks.
        let (_, la_county) = b
            .text(&format!(
                "/foia/analysis.csv?table=method&production={la}&place=la_county"
            ))
            .await;
        assert!(la_county.lines().count() > 1);
    }
);

both!(
    an_unknown_layout_is_mapped_once_and_remembered,
    |app: TestApp| async move {
        let b = app.signed_in("reviewer", None).await;
        let csrf = b.csrf("/foia/productions").await;
        let file = b"When,Where,Status,Nationality,Name\n2025-06-06,CA,1 Convicted Criminal,MEXICO,Juan Perez\n2025-06-07,CA,(b)(6),GUATEMALA,(b)(6)\n";
        let (kind, body) = multipart(
            &[("received_on", "2025-09-01"), ("notes", "ad hoc export")],
            "export.csv",
            file,
        );
        let r = b
            .http
            .post(b.url(&format!("/foia/productions?csrf={csrf}")))
            .header("content-type", kind)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        let at = crate::harness::location(&r);
        let (_, html) = b.text(&at).await;
        assert!(html.contains("Needs a column mapping") && html.contains("map_apprehension_date"));
        // The mapping form shows the columns, never a row of data (it may hold names).
        assert!(!html.contains("Juan Perez"));
        let id: i64 = at
            .trim_start_matches("/foia/productions/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let path = format!("/foia/productions/{id}/mapping");
        // The date column is required; a header that is not in the file is refused.
        let r = b.post_form(&path, &csrf, &[("map_state", "Nowhere")]).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(
            body.contains("f-map_apprehension_date-error") && body.contains("f-map_state-error")
        );
        let mapping = [
            ("map_apprehension_date", "When"),
            ("map_state", "Where"),
            ("map_criminality", "Status"),
            ("map_citizenship", "Nationality"),
        ];
        let r = b.post_form(&path, &csrf, &mapping).await;
        assert_eq!(r.status(), 303);
        let p = amparo::foia::productions::get(&app.db, id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (p.status.as_str(), p.imported, p.withheld_cells),
            ("imported", 2, 2)
        );
        assert_eq!(p.dropped_columns, vec!["Name".to_string()]);

        // The next file of that shape is imported straight away with the saved mapping.
        let next = b"When,Where,Status,Nationality,Name\n2025-07-01,TX,2 Pending Criminal Charges,HONDURAS,\n";
        let done = upload(&app, "export-2.csv", next.to_vec()).await;
        let id2 = stored_id(&done);
        assert_eq!(counts(&app, id2).await.1, 1);
    }
);

both!(
    raids_on_city_ground_put_confirmed_incidents_beside_arrests,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let input = crate::harness::sample_report(rap);
        let report = match app.file_report("foia-ground-report", &input).await {
            amparo::reports::store::Submitted::Created(id) => id,
            other => panic!("{other:?}"),
        };
        sqlx::query("UPDATE incidents SET state = 'confirmed' WHERE id = (SELECT incident_id FROM reports WHERE id = $1)")
        .bind(report)
        .execute(app.db.pool())
        .await
        .unwrap();
        let b = app.signed_in("reviewer", None).await;
        let r = b.get("/foia/analysis.csv?table=city_ground").await;
        let csv = r.text().await.unwrap();
        assert!(csv.lines().any(|l| l.ends_with(",\"1\"")), "{csv}");
        let r = b.get("/foia/analysis.csv?table=identifiers").await;
        let csv = r.text().await.unwrap();
        assert!(csv.contains("\"masked\""), "{csv}");
    }
);
