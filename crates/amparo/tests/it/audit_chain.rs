//! The audit log is append-only in the database, and `verify` finds every kind of tampering
//! done by someone who bypasses that (drops the triggers): edits, deletions, insertions,
//! reordering, rewriting the chain behind a checkpoint, and truncation past a checkpoint.

use crate::both;
use crate::harness::{Engine, TestApp};
use amparo::audit::{
    self, checkpoint, model::AuditEntry, store, verify::verify, AuditActor, Outcome,
};

/// Ten entries after the seed's `b`, with a signed checkpoint at entry b+6.
/// Returns the checkpoints and `b`; sequence numbers in the tests are relative to it.
async fn history(app: &TestApp) -> (Vec<checkpoint::Checkpoint>, i64) {
    let b = store::head(&app.db)
        .await
        .unwrap()
        .map(|h| h.0)
        .unwrap_or(0);
    for i in 1..=6 {
        audit::record_alone(
            &app.db,
            &AuditActor::cli("test"),
            "test_write",
            "thing",
            i,
            Outcome::Ok,
        )
        .await
        .unwrap();
    }
    let cfg = &app.state.config.audit;
    audit::maybe_checkpoint(&app.db, cfg, true)
        .await
        .unwrap()
        .unwrap();
    for i in 7..=10 {
        audit::record_alone(
            &app.db,
            &AuditActor::cli("test"),
            "test_write",
            "thing",
            i,
            Outcome::Ok,
        )
        .await
        .unwrap();
    }
    let cps = checkpoint::read_all(&cfg.checkpoint_path).unwrap();
    assert_eq!(cps.len(), 1);
    assert_eq!(cps[0].seq, b + 6);
    let key = checkpoint::load_or_create_key(&cfg.key_path)
        .unwrap()
        .verifying_key();
    let ok = verify(&app.db, &cps, Some(&key)).await.unwrap().unwrap();
    assert_eq!(ok.entries, b + 10);
    (cps, b)
}

async fn unlock(app: &TestApp) {
    let sql = match app.engine {
        Engine::Sqlite => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
        Engine::Postgres => "DROP TRIGGER audit_log_no_update ON audit_log; DROP TRIGGER audit_log_no_truncate ON audit_log;",
    };
    sqlx::raw_sql(sql).execute(app.db.pool()).await.unwrap();
}

async fn run(app: &TestApp, sql: &str) {
    sqlx::raw_sql(sql).execute(app.db.pool()).await.unwrap();
}

async fn broken_at(app: &TestApp, cps: &[checkpoint::Checkpoint]) -> (i64, String) {
    let key = checkpoint::load_or_create_key(&app.state.config.audit.key_path)
        .unwrap()
        .verifying_key();
    let b = verify(&app.db, cps, Some(&key))
        .await
        .unwrap()
        .expect_err("tampering must be detected");
    (b.seq, b.problem)
}

async fn entries(app: &TestApp) -> Vec<AuditEntry> {
    store::page_after(&app.db, 0, 1000).await.unwrap()
}

async fn insert(app: &TestApp, e: &AuditEntry) {
    sqlx::query("INSERT INTO audit_log (seq, at, actor, role, department, action, object_type, object_id, outcome, request_id, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)")
        .bind(e.seq).bind(&e.at).bind(&e.actor).bind(&e.role).bind(&e.department).bind(&e.action)
        .bind(&e.object_type).bind(&e.object_id).bind(&e.outcome).bind(&e.request_id).bind(&e.prev_hash).bind(&e.hash)
        .execute(app.db.pool()).await.unwrap();
}

both!(
    database_refuses_update_and_delete,
    |app: TestApp| async move {
        let (_, b) = history(&app).await;
        assert!(sqlx::query("UPDATE audit_log SET outcome = 'ok'")
            .execute(app.db.pool())
            .await
            .is_err());
        assert!(sqlx::query("DELETE FROM audit_log WHERE seq = 1")
            .execute(app.db.pool())
            .await
            .is_err());
        if app.engine == Engine::Postgres {
            assert!(sqlx::query("TRUNCATE audit_log")
                .execute(app.db.pool())
                .await
                .is_err());
        }
        assert_eq!(entries(&app).await.len() as i64, b + 10);
    }
);

both!(detects_an_edited_entry, |app: TestApp| async move {
    let (cps, b) = history(&app).await;
    unlock(&app).await;
    run(
        &app,
        &format!(
            "UPDATE audit_log SET object_id = '999' WHERE seq = {}",
            b + 3
        ),
    )
    .await;
    let (seq, problem) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 3);
    assert!(problem.contains("does not match its hash"), "{problem}");
});

both!(
    detects_a_rewritten_chain_behind_a_checkpoint,
    |app: TestApp| async move {
        let (cps, b) = history(&app).await;
        unlock(&app).await;
        // The attacker edits entry 3 and recomputes every hash after it.
        let mut all = entries(&app).await;
        run(
            &app,
            &format!("DELETE FROM audit_log WHERE seq >= {}", b + 3),
        )
        .await;
        let first = (b + 2) as usize;
        all[first].outcome = "denied".into();
        for i in first..all.len() {
            all[i].prev_hash = all[i - 1].hash.clone();
            all[i].hash = all[i].compute_hash();
            insert(&app, &all[i]).await;
        }
        let (seq, problem) = broken_at(&app, &cps).await;
        assert_eq!(seq, b + 6);
        assert!(problem.contains("signed checkpoint"), "{problem}");
    }
);

both!(detects_a_deleted_entry, |app: TestApp| async move {
    let (cps, b) = history(&app).await;
    unlock(&app).await;
    run(
        &app,
        &format!("DELETE FROM audit_log WHERE seq = {}", b + 4),
    )
    .await;
    let (seq, problem) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 4);
    assert!(problem.contains("missing"), "{problem}");
});

both!(detects_an_inserted_entry, |app: TestApp| async move {
    let (cps, b) = history(&app).await;
    unlock(&app).await;
    // Shift entries b+5.. up by one and slip a forged entry in at b+5.
    let all = entries(&app).await;
    run(
        &app,
        &format!("DELETE FROM audit_log WHERE seq >= {}", b + 5),
    )
    .await;
    let at = (b + 4) as usize;
    let mut forged = all[at].clone();
    forged.action = "login".into();
    forged.hash = forged.compute_hash();
    insert(&app, &forged).await;
    for e in &all[at..] {
        let mut moved = e.clone();
        moved.seq += 1;
        insert(&app, &moved).await;
    }
    // The forged entry itself hashes correctly; the entry it displaced no longer links.
    let (seq, problem) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 6, "{problem}");
});

both!(detects_an_appended_forgery, |app: TestApp| async move {
    let (cps, b) = history(&app).await;
    unlock(&app).await;
    let mut extra = entries(&app).await.pop().unwrap();
    extra.seq = b + 11;
    extra.prev_hash = "f".repeat(64);
    insert(&app, &extra).await;
    let (seq, problem) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 11);
    assert!(problem.contains("previous-hash"), "{problem}");
});

both!(detects_reordered_entries, |app: TestApp| async move {
    let (cps, b) = history(&app).await;
    unlock(&app).await;
    let all = entries(&app).await;
    run(
        &app,
        &format!("DELETE FROM audit_log WHERE seq IN ({}, {})", b + 7, b + 8),
    )
    .await;
    let (mut first, mut second) = (all[(b + 7) as usize].clone(), all[(b + 6) as usize].clone());
    first.seq = b + 7;
    second.seq = b + 8;
    insert(&app, &first).await;
    insert(&app, &second).await;
    let (seq, _) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 7);
});

both!(
    detects_truncation_past_a_checkpoint,
    |app: TestApp| async move {
        let (cps, b) = history(&app).await;
        unlock(&app).await;
        run(
            &app,
            &format!("DELETE FROM audit_log WHERE seq >= {}", b + 5),
        )
        .await;
        let (seq, problem) = broken_at(&app, &cps).await;
        assert_eq!(seq, b + 5);
        assert!(
            problem.contains(&format!("covers entry {}", b + 6)),
            "{problem}"
        );
    }
);

both!(detects_a_forged_checkpoint, |app: TestApp| async move {
    let (mut cps, b) = history(&app).await;
    cps[0].hash = "0".repeat(64);
    let (seq, problem) = broken_at(&app, &cps).await;
    assert_eq!(seq, b + 6);
    assert!(problem.contains("signature"), "{problem}");
});

both!(
    every_write_is_audited_in_its_transaction,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/departments/new").await;
        let before = store::head(&app.db).await.unwrap().unwrap().0;
        let r = admin
            .post_form(
                "/departments",
                &csrf,
                &[
                    ("name", "Audited"),
                    ("abbreviation", "AUD"),
                    ("kind", "office"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let after = entries(&app).await;
        let new: Vec<_> = after.iter().filter(|e| e.seq > before).collect();
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].action, "create_department");
        assert_eq!(new[0].role, "admin");
        assert!(new[0].actor.starts_with("user:"));
        assert_eq!(new[0].request_id.len(), 16);
        // A write that fails validation changes nothing and records nothing.
        let r = admin
            .post_form(
                "/departments",
                &csrf,
                &[
                    ("name", "Audited"),
                    ("abbreviation", "AUD"),
                    ("kind", "office"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert_eq!(
            store::head(&app.db).await.unwrap().unwrap().0,
            after.last().unwrap().seq
        );
    }
);

both!(
    auditors_browse_filter_and_export,
    |app: TestApp| async move {
        let auditor = app.signed_in("auditor", None).await;
        for _ in 0..60 {
            audit::record_alone(
                &app.db,
                &AuditActor::cli("test"),
                "test_write",
                "thing",
                "=cmd|calc",
                Outcome::Ok,
            )
            .await
            .unwrap();
        }
        let (status, html) = auditor.text("/audit").await;
        assert_eq!(status, 200);
        assert!(html.contains("Older entries"), "50 a page");
        let (_, html) = auditor.text("/audit?outcome=denied&action=login").await;
        assert!(html.contains("No entries match."));
        let (_, html) = auditor.text("/audit?from=yesterday").await;
        assert!(html.contains("YYYY-MM-DD"));
        let r = auditor.get("/audit/export.csv?action=test_write").await;
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let csv = r.text().await.unwrap();
        assert_eq!(csv.lines().count(), 61);
        assert!(csv.contains(",'=cmd|calc,"), "formula cells are defused");
        assert_eq!(app.audit_count("export_audit", "ok").await, 1);
        let admin = app.signed_in("reviewer", None).await;
        assert_eq!(admin.get("/audit").await.status(), 403);
    }
);
