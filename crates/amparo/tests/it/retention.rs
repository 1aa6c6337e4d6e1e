//! Retention: a report's narrative and attachments are purged after the configured days
//! unless a legal hold is set; afterwards a canary string from them is nowhere in the
//! database (on SQLite not even in the -wal and -shm files; on PostgreSQL in no table).
//! Backups are taken while the server runs and restore into an empty database.

use crate::both;
use crate::harness::{png_row, sample_report, Engine, TestApp, TestDb};
use amparo::audit::AuditActor;
use amparo::config::RetentionConfig;
use amparo::reports::store::Submitted;

/// Lower-case letters only, so the redactor has nothing to take out of it.
const CANARY: &str = "quokkacanaryplumtree";
const KEPT: &str = "heldnarrativewombat";

async fn file(app: &TestApp, key: &str, narrative: &str) -> i64 {
    let mut input = sample_report(app.department_id("RAP").await);
    input.narrative = format!("Agents waited by the pool. {narrative}");
    match app.file_report(key, &input).await {
        Submitted::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

async fn backdate(app: &TestApp, id: i64) {
    sqlx::query("UPDATE reports SET created_at = '2023-01-02T08:00:00.000000Z' WHERE id = $1")
        .bind(id)
        .execute(app.db.pool())
        .await
        .unwrap();
}

/// How often `needle` occurs in the SQLite database's files, or in any PostgreSQL column.
async fn occurrences(app: &TestApp, needle: &str) -> usize {
    match app.engine {
        Engine::Sqlite => {
            let path = app.test_db.dir.join("amparo.db");
            ["", "-wal", "-shm"]
                .iter()
                .map(|suffix| {
                    let bytes =
                        std::fs::read(format!("{}{suffix}", path.display())).unwrap_or_default();
                    bytes
                        .windows(needle.len())
                        .filter(|w| *w == needle.as_bytes())
                        .count()
                })
                .sum()
        }
        Engine::Postgres => {
            let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&app.test_db.url)
                .await
                .unwrap();
            let columns: Vec<(String, String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text \
                 FROM information_schema.columns WHERE table_schema = 'public' \
                 AND data_type IN ('text', 'bytea', 'character varying')",
            )
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let mut n = 0usize;
            for (table, column, kind) in columns {
                let test = if kind == "bytea" {
                    format!("position(convert_to($1, 'UTF8') in \"{column}\") > 0")
                } else {
                    format!("position($1 in \"{column}\") > 0")
                };
                let count: i64 =
                    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\" WHERE {test}"))
                        .bind(needle)
                        .fetch_one(&mut conn)
                        .await
                        .unwrap();
                n += count as usize;
            }
            n
        }
    }
}

both!(
    purged_text_leaves_no_trace_and_holds_keep_it,
    |app: TestApp| async move {
        let purged = file(&app, "retention-canary-0001", CANARY).await;
        let held = file(&app, "retention-held-00001", KEPT).await;
        let fresh = file(&app, "retention-fresh-0001", "A recent report stays.").await;
        let token = app.token("reviewer", None).await;
        let r = reqwest::Client::new()
            .post(app.url(&format!("/api/v1/reports/{purged}/attachments")))
            .bearer_auth(&token)
            .body(png_row(CANARY.as_bytes()))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        backdate(&app, purged).await;
        backdate(&app, held).await;
        amparo::retention::settle(&app.db).await.unwrap();
        assert!(
            occurrences(&app, CANARY).await >= 2,
            "narrative and photo are stored"
        );

        // The admin sets a legal hold; other roles may not; a hold needs its reason.
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/account/password").await;
        let hold = format!("/reports/{held}/legal-hold");
        let r = admin
            .post_form(&hold, &csrf, &[("hold", "set"), ("reason", "")])
            .await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains("reason"));
        let reviewer = app.signed_in("reviewer", None).await;
        let rcsrf = reviewer.csrf("/account/password").await;
        let r = reviewer
            .post_form(&hold, &rcsrf, &[("hold", "set"), ("reason", "Litigation")])
            .await;
        assert_eq!(r.status(), 403);
        let r = admin
            .post_form(
                &hold,
                &csrf,
                &[("hold", "set"), ("reason", "Claim 24-0113, City Attorney")],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(
            admin
                .post_form("/reports/999999/legal-hold", &csrf, &[("hold", "lift")])
                .await
                .status(),
            404
        );

        let rules = RetentionConfig {
            report_text_days: 730,
            notification_days: 0,
        };
        let who = AuditActor::cli("test");
        let done = amparo::retention::purge(&app.db, &rules, chrono::Utc::now(), &who)
            .await
            .unwrap();
        assert_eq!(
            (done.reports, done.attachments, done.notifications),
            (1, 1, 0)
        );
        assert_eq!(
            occurrences(&app, CANARY).await,
            0,
            "the canary is gone from every file"
        );
        assert!(
            occurrences(&app, KEPT).await >= 1,
            "a held report keeps its narrative"
        );

        let (_, html) = admin.text(&format!("/reports/{purged}")).await;
        assert!(
            html.contains("id=\"purged\""),
            "the page says it was purged"
        );
        assert!(
            !html.contains("/attachments?csrf="),
            "no new attachments after a purge"
        );
        let (_, html) = admin.text(&format!("/reports/{held}")).await;
        assert!(html.contains("Claim 24-0113, City Attorney") && html.contains(KEPT));
        let (_, html) = admin.text(&format!("/reports/{fresh}")).await;
        assert!(html.contains("A recent report stays."));
        let again = amparo::retention::purge(&app.db, &rules, chrono::Utc::now(), &who)
            .await
            .unwrap();
        assert!(again.is_empty(), "a second purge finds nothing");
        let r = reqwest::Client::new()
            .post(app.url(&format!("/api/v1/reports/{purged}/attachments")))
            .bearer_auth(&token)
            .body(png_row(b"anotherphoto"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status().as_u16(),
            422,
            "a purged report takes no new attachments"
        );

        // Old notifications go whatever their state (here: queued, no relay was ever set up).
        sqlx::query(
            "INSERT INTO notifications (report_id, channel, recipient, subject, body, state, \
             attempts, next_attempt_at, created_at) VALUES ($1, 'email', 'r@lacity.org', 's', \
             'b', 'queued', 0, 0, '2023-01-02T08:00:00.000000Z')",
        )
        .bind(fresh)
        .execute(app.db.pool())
        .await
        .unwrap();
        let mail = RetentionConfig {
            report_text_days: 0,
            notification_days: 90,
        };
        let done = amparo::retention::purge(&app.db, &mail, chrono::Utc::now(), &who)
            .await
            .unwrap();
        assert_eq!(done.notifications, 1);

        // Lifting the hold lets the next purge take it.
        let r = admin.post_form(&hold, &csrf, &[("hold", "lift")]).await;
        assert_eq!(r.status(), 303);
        let done = amparo::retention::purge(&app.db, &rules, chrono::Utc::now(), &who)
            .await
            .unwrap();
        assert_eq!(done.reports, 1);
        assert_eq!(occurrences(&app, KEPT).await, 0);
        assert_eq!(app.audit_count("set_legal_hold", "ok").await, 1);
        assert_eq!(app.audit_count("lift_legal_hold", "ok").await, 1);
        assert_eq!(app.audit_count("retention_purge", "ok").await, 3);
        let off = RetentionConfig {
            report_text_days: 0,
            notification_days: 0,
        };
        assert!(
            amparo::retention::purge(&app.db, &off, chrono::Utc::now(), &who)
                .await
                .unwrap()
                .is_empty()
        );
    }
);

both!(
    backups_are_taken_online_and_restore_into_an_empty_database,
    |app: TestApp| async move {
        for i in 0..5 {
            file(&app, &format!("backup-before-{i:05}"), "Before the backup.").await;
        }
        // Reports keep arriving while the backup runs.
        let writer = {
            let app_db = app.db.clone();
            let events = app.events.clone();
            let config = app.state.config.clone();
            let dept = app.department_id("RAP").await;
            tokio::spawn(async move {
                for i in 0..20 {
                    let input = sample_report(dept);
                    amparo::reports::submit(
                        &app_db,
                        &events,
                        &config,
                        &AuditActor::cli("test"),
                        &format!("backup-during-{i:05}"),
                        "test",
                        &input,
                    )
                    .await
                    .unwrap();
                }
            })
        };
        let file_name = app.test_db.dir.join("backup.bin");
        amparo::db::backup::backup(&app.db, &file_name)
            .await
            .unwrap();
        writer.await.unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file_name).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only its owner reads a backup");
        }
        assert_eq!(app.audit_count("backup", "ok").await, 1);
        assert!(
            amparo::db::backup::backup(&app.db, &file_name)
                .await
                .is_err(),
            "an existing file is not overwritten"
        );

        let target = TestDb::create(app.engine).await;
        amparo::db::backup::restore(&target.url, &file_name)
            .await
            .unwrap();
        let restored = amparo::db::Db::connect(&target.url).await.unwrap();
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
            .fetch_one(restored.pool())
            .await
            .unwrap();
        assert!((5..=25).contains(&count), "{count} reports restored");
        let audit = amparo::audit::verify::verify(&restored, &[], None)
            .await
            .unwrap();
        assert!(
            audit.is_ok(),
            "the restored audit chain is whole: {audit:?}"
        );
        let versions = amparo::db::applied_versions(&restored).await.unwrap();
        assert_eq!(versions.len(), amparo::db::MIGRATION_COUNT);
        restored.pool().close().await;
        assert!(
            amparo::db::backup::restore(&target.url, &file_name)
                .await
                .is_err(),
            "a database that has data is not restored over"
        );
    }
);
