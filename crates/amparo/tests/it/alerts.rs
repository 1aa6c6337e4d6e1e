//! Alerts by email: queued with the report, delivered to a real SMTP server, retried.

use crate::harness::{Engine, TestApp};
use crate::smtp_sink::Sink;

async fn app_with_sink(engine: Engine) -> Option<(TestApp, Sink)> {
    if engine == Engine::Postgres && crate::harness::pg_base_url().is_none() {
        eprintln!("AMPARO_TEST_DATABASE_URL not set: PostgreSQL run skipped");
        return None;
    }
    let sink = Sink::start().await;
    let port = sink.port;
    let app = TestApp::spawn_with(engine, |c| {
        c.smtp.host = "127.0.0.1".into();
        c.smtp.port = port;
        c.smtp.from = "alerts@amparo.lacity.org".into();
        c.public_url = "https://amparo.lacity.gov".into();
    })
    .await;
    Some((app, sink))
}

async fn liaison_and_reviewer(app: &TestApp) -> (String, String) {
    let (liaison, _) = app.user("liaison", Some("RAP")).await;
    let (reviewer, _) = app.user("reviewer", None).await;
    (liaison, reviewer)
}

async fn alerts_reach_the_liaison_and_the_mayors_office(engine: Engine) {
    let Some((app, sink)) = app_with_sink(engine).await else {
        return;
    };
    let (liaison, reviewer) = liaison_and_reviewer(&app).await;
    let rap = app.department_id("RAP").await;
    app.file_report("alert-test-key-0001", &crate::harness::sample_report(rap))
        .await;
    let queued: i64 =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM notifications WHERE state = 'queued'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(queued, 2, "queued with the report, in its transaction");
    let sent = amparo::reports::notify::deliver_due(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(sent, 2);
    let mails = sink.mails();
    let mut to: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    let mut want = vec![liaison, reviewer];
    want.sort();
    assert_eq!(to, want);
    let data = &mails[0].data;
    assert!(
        data.contains("Subject: amparo: report 1, federal activity at Recreation and Parks"),
        "{data}"
    );
    assert!(
        data.contains("Agencies: ICE ERO") && data.contains("https://amparo.lacity.gov/reports/1")
    );
    assert!(
        !data.contains("Rosa") && !data.contains("Quintero") && !data.contains("[NAME]"),
        "no narrative in email"
    );
    assert_eq!(mails[0].from, "alerts@amparo.lacity.org");
    let state: Vec<String> = sqlx::query_scalar::<_, String>("SELECT state FROM notifications")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert!(state.iter().all(|s| s == "sent"));
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        0,
        "sent once"
    );
}

async fn refused_mail_is_retried_later(engine: Engine) {
    let Some((app, sink)) = app_with_sink(engine).await else {
        return;
    };
    liaison_and_reviewer(&app).await;
    let rap = app.department_id("RAP").await;
    *sink.refuse.lock().unwrap() = true;
    app.file_report("alert-test-key-0002", &crate::harness::sample_report(rap))
        .await;
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        0
    );
    let rows: Vec<(String, i64, Option<String>)> =
        sqlx::query_as("SELECT state, attempts, last_error FROM notifications")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert!(
        rows.iter().all(|(s, a, e)| s == "queued"
            && *a == 1
            && e.as_deref().unwrap_or("").contains("451")),
        "{rows:?}"
    );
    // Not due yet: nothing is tried again at once.
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        0
    );
    assert!(sink.mails().is_empty());
    *sink.refuse.lock().unwrap() = false;
    sqlx::query("UPDATE notifications SET next_attempt_at = 0")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        2
    );
    assert_eq!(sink.mails().len(), 2);
}

async fn escalation_emails_the_mayors_office(engine: Engine) {
    let Some((app, sink)) = app_with_sink(engine).await else {
        return;
    };
    let (_, reviewer) = liaison_and_reviewer(&app).await;
    let (admin, _) = app.user("admin", None).await;
    let rap = app.department_id("RAP").await;
    app.file_report("alert-test-key-0003", &crate::harness::sample_report(rap))
        .await;
    amparo::reports::notify::deliver_due(&app.db, &app.state.config)
        .await
        .unwrap();
    let past = amparo::db::timestamp(chrono::Utc::now() - chrono::Duration::minutes(20));
    sqlx::query("UPDATE reports SET created_at = $1")
        .bind(&past)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(
        amparo::reports::escalate_overdue(&app.db, &app.events, &app.state.config)
            .await
            .unwrap(),
        1
    );
    amparo::reports::notify::deliver_due(&app.db, &app.state.config)
        .await
        .unwrap();
    let escalations: Vec<_> = sink
        .mails()
        .into_iter()
        .filter(|m| m.data.contains("not acknowledged after 15 minutes"))
        .collect();
    let mut to: Vec<String> = escalations.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    let mut want = vec![admin, reviewer];
    want.sort();
    assert_eq!(to, want, "the Mayor's Office, not the department");
}

macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(crate::harness::Engine::Sqlite).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(crate::harness::Engine::Postgres).await;
            }
        }
    };
}

on_both!(alerts_reach_the_liaison_and_the_mayors_office);
on_both!(refused_mail_is_retried_later);
on_both!(escalation_emails_the_mayors_office);

/// A real HTTP receiver for the webhook: records each request, fails the first one.
async fn receiver() -> (
    String,
    std::sync::Arc<std::sync::Mutex<Vec<(axum::http::HeaderMap, String)>>>,
) {
    use axum::routing::post;
    let seen: std::sync::Arc<std::sync::Mutex<Vec<(axum::http::HeaderMap, String)>>> =
        Default::default();
    let store = seen.clone();
    let app = axum::Router::new().route(
        "/hook",
        post(move |headers: axum::http::HeaderMap, body: String| {
            let store = store.clone();
            async move {
                let mut s = store.lock().unwrap();
                s.push((headers, body));
                if s.len() == 1 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::NO_CONTENT
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.ok() });
    (url, seen)
}

async fn webhooks_are_signed_and_retried(engine: Engine) {
    if engine == Engine::Postgres && crate::harness::pg_base_url().is_none() {
        return;
    }
    let (url, seen) = receiver().await;
    let secret = "a shared secret for the bridge";
    let app = TestApp::spawn_with(engine, |c| {
        c.webhook.url = url.clone();
        c.webhook.secret = secret.into();
    })
    .await;
    let rap = app.department_id("RAP").await;
    app.file_report("hook-test-key-00001", &crate::harness::sample_report(rap))
        .await;
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        0,
        "the bridge failed"
    );
    let (state, attempts): (String, i64) =
        sqlx::query_as("SELECT state, attempts FROM notifications")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!((state.as_str(), attempts), ("queued", 1));
    sqlx::query("UPDATE notifications SET next_attempt_at = 0")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(
        amparo::reports::notify::deliver_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        1,
        "retried"
    );
    let requests = seen.lock().unwrap().clone();
    assert_eq!(requests.len(), 2);
    let (headers, body) = &requests[1];
    assert_eq!(headers["x-amparo-event"], "report.created");
    assert_eq!(
        headers["x-amparo-signature"].to_str().unwrap(),
        amparo::webhook::signature(secret, body)
    );
    assert_ne!(
        headers["x-amparo-signature"].to_str().unwrap(),
        amparo::webhook::signature("another secret here!", body)
    );
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["report_id"], 1);
    assert_eq!(json["department"], "Recreation and Parks");
    assert_eq!(json["agencies"], serde_json::json!(["ice_ero"]));
    assert!(!body.contains("Rosa"), "no narrative in the webhook");
}

on_both!(webhooks_are_signed_and_retried);
