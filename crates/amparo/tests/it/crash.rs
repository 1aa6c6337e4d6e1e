//! Nothing acknowledged is ever lost: 500 reports (plus 100 resubmissions of the same keys)
//! arrive from 32 clients at once; the server is killed with SIGKILL part-way and restarted.
//! Every report the server acknowledged is there afterwards, once, with the id it was given.

use crate::cluster::{free_port, start_on};
use crate::harness::{pg_base_url, Engine, TestDb};
use amparo::audit::AuditActor;
use amparo::db::Db;
use amparo::events::Events;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const REPORTS: usize = 500;

async fn crash_and_restart_loses_nothing(engine: Engine) {
    if engine == Engine::Postgres && pg_base_url().is_none() {
        eprintln!("AMPARO_TEST_DATABASE_URL not set: PostgreSQL run skipped");
        return;
    }
    let test_db = TestDb::create(engine).await;
    let db = Db::connect(&test_db.url).await.unwrap();
    amparo::db::migrate(&db).await.unwrap();
    let events = Events::detached();
    amparo::departments::seed::load_departments(&db, &events, &AuditActor::cli("test"))
        .await
        .unwrap();
    let rap = amparo::departments::find_by_abbreviation(&db, "RAP")
        .await
        .unwrap()
        .unwrap()
        .id;
    let token = amparo::auth::accounts::issue_token(
        &db,
        &events,
        &AuditActor::cli("test"),
        "kiosk",
        "employee",
        Some(rap),
    )
    .await
    .unwrap()
    .unwrap()
    .1;
    let port = free_port();
    let node = Arc::new(tokio::sync::Mutex::new(Some(
        start_on(&test_db, port).await,
    )));
    // The restarted server gets a fresh port: another test may have taken the old one.
    let url = Arc::new(Mutex::new(format!(
        "http://127.0.0.1:{port}/api/v1/reports"
    )));

    // Every fifth key is sent twice, the second time later in the run.
    let mut work: Vec<usize> = (0..REPORTS).collect();
    work.extend((0..REPORTS).step_by(5));
    let acked: Arc<Mutex<HashMap<usize, i64>>> = Arc::default();
    let conflicts: Arc<Mutex<Vec<String>>> = Arc::default();
    let queue = Arc::new(Mutex::new(work.into_iter()));
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    let killer = {
        let (acked, node, url) = (acked.clone(), node.clone(), url.clone());
        let db_ref = TestDbRef {
            url: test_db.url.clone(),
            dir: test_db.dir.clone(),
        };
        tokio::spawn(async move {
            while acked.lock().unwrap().len() < REPORTS / 3 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            let mut guard = node.lock().await;
            if let Some(mut n) = guard.take() {
                // SIGKILL: no shutdown, no flushing beyond what each commit already did.
                n.child.kill().ok();
                n.child.wait().ok();
            }
            let acked_at_kill = acked.lock().unwrap().len();
            let port = free_port();
            *guard = Some(start_on(&db_ref.as_test_db(), port).await);
            *url.lock().unwrap() = format!("http://127.0.0.1:{port}/api/v1/reports");
            acked_at_kill
        })
    };

    let clients: Vec<_> = (0..32)
        .map(|_| {
            let (queue, acked, conflicts, http, url, token) = (
                queue.clone(),
                acked.clone(),
                conflicts.clone(),
                http.clone(),
                url.clone(),
                token.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let Some(i) = queue.lock().unwrap().next() else {
                        return;
                    };
                    let body = serde_json::json!({
                        "area": "public", "agencies": ["ice_ero"], "activities": ["surveillance"],
                        "location_text": format!("Gate {}", i % 7),
                        "narrative": format!("Report number {i} from the crash test."),
                    });
                    let deadline = Instant::now() + Duration::from_secs(60);
                    loop {
                        let target = url.lock().unwrap().clone();
                        let sent = http
                            .post(&target)
                            .bearer_auth(&token)
                            .header("idempotency-key", format!("crash-test-key-{i:05}"))
                            .json(&body)
                            .send()
                            .await;
                        if let Ok(r) = sent {
                            if r.status() == 201 || r.status() == 200 {
                                let id = r
                                    .json::<serde_json::Value>()
                                    .await
                                    .ok()
                                    .and_then(|v| v["id"].as_i64());
                                // An answer lost to the kill is not an acknowledgement: ask again.
                                if let Some(id) = id {
                                    let mut a = acked.lock().unwrap();
                                    if let Some(previous) = a.insert(i, id) {
                                        if previous != id {
                                            conflicts
                                                .lock()
                                                .unwrap()
                                                .push(format!("key {i}: {previous} then {id}"));
                                        }
                                    }
                                    break;
                                }
                            }
                        }
                        assert!(Instant::now() < deadline, "report {i} never acknowledged");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            })
        })
        .collect();
    for c in clients {
        c.await.unwrap();
    }
    let acked_at_kill = killer.await.unwrap();
    assert!(
        acked_at_kill < REPORTS,
        "the kill happened mid-run ({acked_at_kill} acknowledged before it)"
    );
    assert!(
        conflicts.lock().unwrap().is_empty(),
        "{:?}",
        conflicts.lock().unwrap()
    );

    let acked = acked.lock().unwrap().clone();
    assert_eq!(acked.len(), REPORTS);
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, idempotency_key FROM reports")
        .fetch_all(db.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), REPORTS, "no duplicates");
    let by_key: HashMap<String, i64> = rows.into_iter().map(|(id, k)| (k, id)).collect();
    for (i, id) in &acked {
        assert_eq!(
            by_key.get(&format!("crash-test-key-{i:05}")),
            Some(id),
            "report {i} as acknowledged"
        );
    }
    eprintln!("crash test ({engine:?}): {acked_at_kill} acknowledged before SIGKILL, all {REPORTS} present once after restart");
    db.close().await;
    let last = node.lock().await.take();
    drop(last);
}

/// The parts of a TestDb a restart needs (the original still owns the database's cleanup).
struct TestDbRef {
    url: String,
    dir: std::path::PathBuf,
}

impl TestDbRef {
    fn as_test_db(&self) -> TestDb {
        TestDb::borrowed(self.url.clone(), self.dir.clone())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_and_restart_loses_nothing_sqlite() {
    crash_and_restart_loses_nothing(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_and_restart_loses_nothing_postgres() {
    crash_and_restart_loses_nothing(Engine::Postgres).await;
}
