use crate::both;
use crate::harness::{location, TestApp};

both!(
    every_response_carries_the_security_headers,
    |app: TestApp| async move {
        for path in [
            "/login",
            "/healthz",
            "/nowhere",
            "/api/v1/me",
            "/static/app.css",
        ] {
            let r = reqwest::get(app.url(path)).await.unwrap();
            let h = r.headers();
            assert_eq!(
            h["content-security-policy"].to_str().unwrap(),
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "{path}"
        );
            assert_eq!(h["x-content-type-options"], "nosniff");
            assert_eq!(h["referrer-policy"], "no-referrer");
            assert!(
                h.get("strict-transport-security").is_none(),
                "no HSTS over plain http"
            );
            assert!(h.get("x-request-id").is_some());
        }
    }
);

// Middleware behaviour that does not touch storage runs on SQLite only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_turns_on_secure_host_cookies_and_hsts() {
    let app = TestApp::spawn_with(crate::harness::Engine::Sqlite, |c| {
        c.public_url = "https://amparo.lacity.gov".into()
    })
    .await;
    let r = reqwest::get(app.url("/login")).await.unwrap();
    assert!(r.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("__Host-amparo_csrf=")
            && cookie.contains("; Secure")
            && cookie.contains("Path=/"),
        "{cookie}"
    );
}

both!(health_readiness_and_metrics, |app: TestApp| async move {
    assert_eq!(
        reqwest::get(app.url("/healthz"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "ok\n"
    );
    assert_eq!(
        reqwest::get(app.url("/readyz")).await.unwrap().status(),
        200
    );
    let admin = app.signed_in("admin", None).await;
    admin.get("/departments").await;
    let (status, text) = admin.text("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        text.contains(
            "amparo_http_requests_total{method=\"GET\",route=\"/departments\",status=\"200\"} 1"
        ),
        "{text}"
    );
    assert!(text.contains(
        "amparo_http_request_duration_seconds_bucket{route=\"/departments\",le=\"+Inf\"} 1"
    ));
    assert!(text.contains("amparo_db_pool_connections{state=\"open\"}"));
    assert!(text.contains("# TYPE amparo_jobs gauge"));
    app.db.close().await;
    assert_eq!(
        reqwest::get(app.url("/readyz")).await.unwrap().status(),
        503
    );
});

both!(
    errors_are_pages_for_people_and_json_for_the_api,
    |app: TestApp| async move {
        let r = reqwest::get(app.url("/no/such/page")).await.unwrap();
        assert_eq!(r.status(), 404);
        let html = r.text().await.unwrap();
        assert!(html.contains("<h1>Not found</h1>") && html.contains("<main"));
        let r = reqwest::get(app.url("/api/v1/nothing")).await.unwrap();
        assert_eq!(r.status(), 404);
        assert_eq!(
            r.json::<serde_json::Value>().await.unwrap(),
            serde_json::json!({"error": "not found"})
        );
        let r = reqwest::get(app.url("/api/v1/departments")).await.unwrap();
        assert_eq!(r.status(), 401);
        let b = app.client();
        let r = b.get("/departments").await;
        assert_eq!(location(&r), "/login?next=%2Fdepartments");
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/").await;
        let r = admin
            .http
            .post(admin.url("/departments"))
            .header("x-csrf-token", &csrf)
            .header("content-type", "text/plain")
            .body("name=x")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "a form handler given something else");
        let r = admin.get("/departments/abc").await;
        assert!(r.status().is_client_error());
        let r = admin.get("/departments/99999999999999999999").await;
        assert!(r.status().is_client_error());
        let big = "x".repeat(300 * 1024);
        let r = admin
            .post_form("/departments", &csrf, &[("name", &big)])
            .await;
        assert!(
            r.status().is_client_error(),
            "oversized body: {}",
            r.status()
        );
    }
);

both!(
    language_comes_from_the_switcher_or_accept_language,
    |app: TestApp| async move {
        let http = reqwest::Client::new();
        let html = http
            .get(app.url("/login"))
            .header("accept-language", "es-MX,es;q=0.9")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<html lang=\"es\"") && html.contains("Iniciar sesión"));
        let b = app.client();
        let r = b.get("/lang/es?next=/login").await;
        assert_eq!(location(&r), "/login");
        let cookie = r.headers()["set-cookie"].to_str().unwrap();
        assert!(
            cookie.starts_with("amparo_lang=es;"),
            "the cookie holds only the language: {cookie}"
        );
        let (_, html) = b.text("/login").await;
        assert!(html.contains("Iniciar sesión") && html.contains("aria-label=\"Idioma\""));
        let r = b.get("/lang/en?next=//evil.example").await;
        assert_eq!(location(&r), "/", "no open redirect");
        assert_eq!(b.get("/lang/xx").await.status(), 404);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_answers_503_with_retry_after() {
    let app = TestApp::spawn_with(crate::harness::Engine::Sqlite, |c| {
        c.max_concurrent_requests = 1
    })
    .await;
    let (email, pw) = app.user("admin", None).await;
    // Sign-ins are slow on purpose (argon2); ten at once against one slot must overflow.
    let attempts = (0..10).map(|_| {
        let b = app.client();
        let (email, pw) = (email.clone(), pw.clone());
        async move {
            let csrf = loop {
                let r = b.get("/login").await;
                if r.status() == 200 {
                    break crate::harness::extract_csrf(&r.text().await.unwrap()).unwrap();
                }
            };
            b.post_form("/login", &csrf, &[("email", &email), ("password", &pw)])
                .await
        }
    });
    let results = futures_util::future::join_all(attempts).await;
    let busy: Vec<_> = results.iter().filter(|r| r.status() == 503).collect();
    assert!(!busy.is_empty(), "some requests were turned away");
    assert!(busy.iter().all(|r| r.headers()["retry-after"] == "1"));
    assert!(
        results.iter().any(|r| r.status() == 303),
        "and some got through"
    );
}

both!(
    router_refusals_have_the_same_shape_as_other_errors,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let r = admin.get("/departments/not-a-number").await;
        assert_eq!(r.status(), 400);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("<h1>Request not understood</h1>") && html.contains("<main"),
            "{html}"
        );
        let r = admin.get("/audit?before=yesterday").await;
        assert_eq!(r.status(), 400);
        let token = amparo::auth::accounts::issue_token(
            &app.db,
            &app.events,
            &amparo::audit::AuditActor::cli("test"),
            "t",
            "admin",
            None,
        )
        .await
        .unwrap()
        .unwrap()
        .1;
        let http = reqwest::Client::new();
        let r = http
            .get(app.url("/api/v1/departments/99999999999999999999"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["error"].as_str().unwrap().contains("parse"), "{e}");
        let r = http
            .delete(app.url("/api/v1/departments"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 405);
        assert!(r.headers().get("allow").is_some());
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["error"].is_string());
    }
);
