//! Two `amparo serve` processes on one PostgreSQL database: shared sessions, live events from
//! one node reaching the other, and background jobs that run exactly once.

use crate::harness::{extract_csrf, pg_base_url, Engine, TestDb};
use amparo::audit::AuditActor;
use amparo::auth::{accounts, password, store};
use amparo::db::Db;
use amparo::events::Events;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Node {
    pub child: Child,
    pub base: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(db: &TestDb) -> Node {
    start_on(db, free_port()).await
}

/// Starts `amparo serve` on `port` and waits until it is ready.
pub async fn start_on(db: &TestDb, port: u16) -> Node {
    let child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args([
            "--database-url",
            &db.url,
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .current_dir(&db.dir)
        .env("AMPARO_JOBS_POLL_MS", "25")
        .env("AMPARO_AUDIT_KEY_PATH", db.dir.join("audit.key"))
        .env(
            "AMPARO_AUDIT_CHECKPOINT_PATH",
            db.dir.join("checkpoints.jsonl"),
        )
        .env("AMPARO_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let node = Node {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = reqwest::get(format!("{}/readyz", node.base)).await {
            if r.status() == 200 {
                let mut node = node;
                // A server that could not bind exits; a ready answer then came from someone else.
                assert!(
                    node.child.try_wait().unwrap().is_none(),
                    "amparo serve exited on port {port}"
                );
                return node;
            }
        }
        assert!(Instant::now() < deadline, "node did not become ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_share_sessions_events_and_jobs_on_postgres() {
    if pg_base_url().is_none() {
        eprintln!("AMPARO_TEST_DATABASE_URL not set: the two-node PostgreSQL test is skipped");
        return;
    }
    let test_db = TestDb::create(Engine::Postgres).await;
    let (a, b) = tokio::join!(start(&test_db), start(&test_db));
    let db = Db::connect(&test_db.url).await.unwrap();
    let events = Events::detached();
    amparo::departments::seed::load_departments(&db, &events, &AuditActor::cli("test"))
        .await
        .unwrap();
    let req = accounts::AccountRequest {
        email: "admin@lacity.org",
        display_name: "Admin",
        role: "admin",
        department_id: None,
    };
    let (id, _) = accounts::create(&db, &events, &AuditActor::cli("test"), &req)
        .await
        .unwrap()
        .unwrap();
    let pw = "cluster admin password 2026";
    let hash = password::hash(pw).await.unwrap();
    let mut tx = db.begin_write().await.unwrap();
    store::set_password(&mut tx, id, &hash, false)
        .await
        .unwrap();
    tx.commit(&events).await.unwrap();

    // Sign in on node A; the same session works on node B.
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let http = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let html = http
        .get(format!("{}/login", a.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = extract_csrf(&html).unwrap();
    let r = http
        .post(format!("{}/login", a.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "admin@lacity.org"),
            ("password", pw),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    use reqwest::cookie::CookieStore;
    let cookie = jar
        .cookies(&a.base.parse().unwrap())
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let on_b = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = on_b
        .get(format!("{}/", b.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "node B knows node A's session");

    // Listen on node B, write on node A.
    let mut stream = on_b
        .get(format!("{}/events", b.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let html = http
        .get(format!("{}/departments/new", a.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = extract_csrf(&html).unwrap();
    let r = http
        .post(format!("{}/departments", a.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", "Cluster Office"),
            ("abbreviation", "CLU"),
            ("kind", "office"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let seen = tokio::time::timeout(Duration::from_secs(5), async {
        let mut text = String::new();
        while let Some(chunk) = stream.chunk().await.unwrap() {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("event: department.created") {
                return text;
            }
        }
        text
    })
    .await
    .expect("node B received no event within 5 seconds");
    assert!(seen.contains("department.created"));

    // Forty jobs, two nodes polling every 25 ms: each job runs once.
    let now = chrono::Utc::now().timestamp();
    for _ in 0..40 {
        amparo::jobs::enqueue(&db, "session_gc", now, None)
            .await
            .unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let open: i64 = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')",
        )
        .fetch_one(db.pool())
        .await
        .unwrap();
        if open == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{open} jobs still open");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as("SELECT attempts, state, claimed_by FROM jobs WHERE kind = 'session_gc' AND slot_key IS NULL")
        .fetch_all(db.pool()).await.unwrap();
    assert_eq!(rows.len(), 40);
    assert!(
        rows.iter()
            .all(|(attempts, state, _)| *attempts == 1 && state == "done"),
        "{rows:?}"
    );
    let nodes: std::collections::BTreeSet<_> = rows.iter().filter_map(|r| r.2.clone()).collect();
    eprintln!("40 jobs ran once each, claimed by {} node(s)", nodes.len());
    // Periodic checkpoint slots were scheduled by both nodes but written once each.
    let cps = amparo::audit::checkpoint::read_all(&test_db.dir.join("checkpoints.jsonl")).unwrap();
    let mut seqs: Vec<i64> = cps.iter().map(|c| c.seq).collect();
    seqs.dedup();
    assert_eq!(seqs.len(), cps.len(), "no checkpoint written twice");
    db.close().await;
    drop((a, b));
}
