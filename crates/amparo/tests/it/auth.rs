use crate::both;
use crate::harness::{location, TestApp};
use amparo::audit::AuditActor;
use amparo::auth::accounts;

both!(
    one_time_password_must_be_changed_first,
    |app: TestApp| async move {
        let req = accounts::AccountRequest {
            email: "new.admin@lacity.org",
            display_name: "New Admin",
            role: "admin",
            department_id: None,
        };
        let (_, otp) = accounts::create(&app.db, &app.events, &AuditActor::cli("test"), &req)
            .await
            .unwrap()
            .unwrap();
        let b = app.client();
        let r = b.login("New.Admin@lacity.org", &otp).await;
        assert_eq!(r.status(), 303);
        assert_eq!(location(&r), "/account/password");
        // Anything else sends them back to the password page.
        let r = b.get("/departments").await;
        assert_eq!(location(&r), "/account/password");
        let csrf = b.csrf("/account/password").await;
        let r = b
            .post_form(
                "/account/password",
                &csrf,
                &[("new_password", "short"), ("confirm_password", "short")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("at least 15 characters"), "{html}");
        let long = "x".repeat(129);
        let r = b
            .post_form(
                "/account/password",
                &csrf,
                &[("new_password", &long), ("confirm_password", &long)],
            )
            .await;
        assert_eq!(r.status(), 422);
        let good = "a new password that is long";
        let r = b
            .post_form(
                "/account/password",
                &csrf,
                &[
                    ("new_password", good),
                    ("confirm_password", "different password here"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = b
            .post_form(
                "/account/password",
                &csrf,
                &[("new_password", good), ("confirm_password", good)],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (status, html) = b.text("/").await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Administration</h1>"));
        // The one-time password no longer works.
        let r = app.client().login("new.admin@lacity.org", &otp).await;
        assert_eq!(r.status(), 401);
    }
);

both!(
    sessions_are_server_side_rotated_and_end_on_logout,
    |app: TestApp| async move {
        let (email, pw) = app.user("reviewer", None).await;
        let b = app.client();
        let before = b.csrf("/login").await;
        let r = b
            .post_form("/login", &before, &[("email", &email), ("password", &pw)])
            .await;
        assert_eq!(r.status(), 303);
        let set_cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect::<Vec<_>>();
        let session = set_cookie
            .iter()
            .find(|c| c.starts_with("amparo_session="))
            .expect("session cookie");
        assert!(
            session.contains("HttpOnly") && session.contains("SameSite=Strict"),
            "{session}"
        );
        let id = session
            .trim_start_matches("amparo_session=")
            .split(';')
            .next()
            .unwrap();
        assert_eq!(id.len(), 64, "256-bit session id");
        assert_ne!(id, before, "the session id is new, not the pre-login token");
        // The database holds only a hash of the id.
        let stored: i64 =
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sessions WHERE id_hash = $1")
                .bind(id)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(stored, 0);

        let stolen = b.cookie_header();
        let csrf = b.csrf("/").await;
        let r = b.post_form("/logout", &csrf, &[]).await;
        assert_eq!(location(&r), "/login?notice=signed-out");
        let (_, html) = b.text("/login?notice=signed-out").await;
        assert!(html.contains("You have signed out."));
        // The old cookie no longer opens anything: logout ended it on the server.
        let r = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .get(app.url("/"))
            .header("cookie", stolen)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        assert!(location(&r).starts_with("/login"));
        assert_eq!(app.audit_count("logout", "ok").await, 1);
    }
);

both!(
    idle_and_absolute_timeouts_end_sessions,
    |app: TestApp| async move {
        let b = app.signed_in("employee", Some("RAP")).await;
        assert_eq!(b.get("/").await.status(), 200);
        let idle = chrono::Utc::now().timestamp() - 31 * 60;
        sqlx::query("UPDATE sessions SET last_seen_at = $1")
            .bind(idle)
            .execute(app.db.pool())
            .await
            .unwrap();
        let r = b.get("/").await;
        assert_eq!(r.status(), 303, "idle for 31 minutes");

        let b = app.signed_in("employee", Some("RAP")).await;
        let past = chrono::Utc::now().timestamp() - 1;
        sqlx::query("UPDATE sessions SET expires_at = $1")
            .bind(past)
            .execute(app.db.pool())
            .await
            .unwrap();
        assert_eq!(b.get("/").await.status(), 303, "past the 12-hour limit");
        let left: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sessions")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(left, 0, "ended sessions are deleted");
    }
);

both!(
    password_change_ends_other_sessions,
    |app: TestApp| async move {
        let (email, pw) = app.user("auditor", None).await;
        let phone = app.client();
        assert_eq!(phone.login(&email, &pw).await.status(), 303);
        let desk = app.client();
        assert_eq!(desk.login(&email, &pw).await.status(), 303);
        let csrf = desk.csrf("/account/password").await;
        let new = "another long password for the auditor";
        let r = desk
            .post_form(
                "/account/password",
                &csrf,
                &[
                    ("current_password", "wrong"),
                    ("new_password", new),
                    ("confirm_password", new),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "current password is checked");
        let r = desk
            .post_form(
                "/account/password",
                &csrf,
                &[
                    ("current_password", &pw),
                    ("new_password", new),
                    ("confirm_password", new),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(desk.get("/").await.status(), 200, "this session continues");
        assert_eq!(
            phone.get("/").await.status(),
            303,
            "the other session ended"
        );
    }
);

both!(csrf_is_required_on_every_post, |app: TestApp| async move {
    let b = app.signed_in("admin", None).await;
    let r = b
        .http
        .post(b.url("/departments"))
        .form(&[("name", "X"), ("abbreviation", "X"), ("kind", "office")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = b
        .post_form("/departments", "0".repeat(64).as_str(), &[("name", "X")])
        .await;
    assert_eq!(r.status(), 403);
    let r = b.http.post(b.url("/logout")).send().await.unwrap();
    assert_eq!(r.status(), 403, "even sign-out needs the token");
    // A login POST from a page that never issued a token.
    let r = app
        .client()
        .http
        .post(app.url("/login"))
        .form(&[("email", "a@b.org"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(app.audit_count("csrf_check", "denied").await >= 4);
});

both!(
    wrong_passwords_are_audited_and_throttled,
    |app: TestApp| async move {
        let (email, pw) = app.user("editor", None).await;
        let b = app.client();
        for _ in 0..5 {
            let r = b.login(&email, "not the right password").await;
            assert_eq!(r.status(), 401);
            let html = r.text().await.unwrap();
            assert!(html.contains("role=\"alert\"") && html.contains("not correct"));
        }
        let r = b.login(&email, &pw).await;
        assert_eq!(
            r.status(),
            429,
            "the right password is refused while throttled"
        );
        let retry: u64 = r
            .headers()
            .get("retry-after")
            .unwrap()
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&retry));
        assert_eq!(app.audit_count("login", "denied").await, 6);
        // Unknown accounts fail the same way and are audited without the address typed.
        let r = app
            .client()
            .login("nobody@lacity.org", "some password here")
            .await;
        assert_eq!(r.status(), 429, "the same client address is throttled too");
    }
);

both!(
    overlong_passwords_are_refused_before_hashing,
    |app: TestApp| async move {
        let (email, _) = app.user("member", None).await;
        let r = app.client().login(&email, &"p".repeat(129)).await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("at most 128 characters"));
        let r = app.client().login("", "").await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("Enter your email address.") && html.contains("Enter your password.")
        );
    }
);

both!(
    disabled_accounts_cannot_sign_in,
    |app: TestApp| async move {
        let (email, pw) = app.user("member", None).await;
        let member = app.client();
        assert_eq!(member.login(&email, &pw).await.status(), 303);
        let admin = app.signed_in("admin", None).await;
        let (_, html) = admin.text("/admin/users").await;
        assert!(html.contains(&email));
        let id: i64 = sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
            .bind(&email)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let csrf = admin.csrf("/admin/users").await;
        let r = admin
            .post_form(&format!("/admin/users/{id}/disable"), &csrf, &[])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(
            member.get("/").await.status(),
            303,
            "sessions end when disabled"
        );
        assert_eq!(app.client().login(&email, &pw).await.status(), 401);
        let r = admin
            .post_form(&format!("/admin/users/{id}/enable"), &csrf, &[])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(app.client().login(&email, &pw).await.status(), 303);
    }
);

both!(
    admins_create_accounts_with_one_time_passwords,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/admin/users/new").await;
        let r = admin
            .post_form(
                "/admin/users",
                &csrf,
                &[
                    ("email", "not-an-email"),
                    ("display_name", ""),
                    ("role", "liaison"),
                    ("department_id", ""),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("Enter an email address like")
                && html.contains("Enter a name.")
                && html.contains("need a department")
        );
        let rap = app.department_id("RAP").await.to_string();
        let r = admin
            .post_form(
                "/admin/users",
                &csrf,
                &[
                    ("email", "ana@lacity.org"),
                    ("display_name", "Ana"),
                    ("role", "liaison"),
                    ("department_id", &rap),
                ],
            )
            .await;
        assert_eq!(r.status(), 201);
        let html = r.text().await.unwrap();
        let otp = html
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        assert_eq!(otp.len(), 20);
        let r = admin
            .post_form(
                "/admin/users",
                &csrf,
                &[
                    ("email", "ANA@lacity.org"),
                    ("display_name", "Ana again"),
                    ("role", "member"),
                    ("department_id", ""),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "email is unique, case-insensitively");
        let r = app.client().login("ana@lacity.org", &otp).await;
        assert_eq!(location(&r), "/account/password");
        assert_eq!(
            app.audit_count("create_account", "ok").await,
            2,
            "the refused duplicate is not recorded as created"
        );
    }
);

/// Behind a proxy the throttle keys on the address the proxy appended, not on what the client
/// wrote at the front of X-Forwarded-For.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_cannot_choose_its_throttling_address() {
    let app = TestApp::spawn_with(crate::harness::Engine::Sqlite, |c| c.trust_proxy = true).await;
    let b = app.client();
    for i in 0..6 {
        let csrf = b.csrf("/login").await;
        let r = b
            .http
            .post(b.url("/login"))
            .header("x-forwarded-for", format!("198.51.100.{i}, 203.0.113.9"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", &format!("nobody{i}@lacity.org")),
                ("password", "some password here"),
            ])
            .send()
            .await
            .unwrap();
        let expected = if i < 5 { 401 } else { 429 };
        assert_eq!(r.status(), expected, "attempt {i}");
    }
}

both!(
    every_unsafe_route_refuses_a_missing_csrf_token,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let mut checked = 0;
        for (method, path, _) in amparo::app::ROUTES {
            if *method == axum::http::Method::GET || path.starts_with("/open311/") {
                continue;
            }
            let concrete = path
                .replace("{id}", "1")
                .replace("{lang}", "en")
                .replace("{version}", "1")
                .replace("{code}", "en")
                .replace("{file}", "x.json")
                .replace("{page}", "about");
            let m = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap();
            let r = admin
                .http
                .request(m.clone(), admin.url(&concrete))
                .form(&[("name", "x")])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 403, "{method} {path} without a token");
            if path.starts_with("/api/") {
                let r = reqwest::Client::new()
                    .request(m, app.url(&concrete))
                    .json(&serde_json::json!({}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 401, "{method} {path} with nobody signed in");
            }
            checked += 1;
        }
        assert!(checked > 60, "{checked} routes checked");
    }
);
