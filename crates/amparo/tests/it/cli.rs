use crate::both;
use crate::harness::TestApp;
use std::process::{Command, Output};

pub fn amparo(app: &TestApp, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amparo"))
        .arg("--database-url")
        .arg(&app.test_db.url)
        .args(args)
        .current_dir(&app.test_db.dir)
        .env("AMPARO_AUDIT_KEY_PATH", &app.state.config.audit.key_path)
        .env(
            "AMPARO_AUDIT_CHECKPOINT_PATH",
            &app.state.config.audit.checkpoint_path,
        )
        .env("AMPARO_LOG", "warn")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

both!(cli_creates_accounts_and_tokens, |app: TestApp| async move {
    let o = amparo(
        &app,
        &[
            "user",
            "add",
            "--role",
            "liaison",
            "--department",
            "RAP",
            "Ana@LACity.org",
        ],
    );
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    let otp = out
        .lines()
        .find_map(|l| l.strip_prefix("one-time password: "))
        .unwrap()
        .to_string();
    let r = app.client().login("ana@lacity.org", &otp).await;
    assert_eq!(crate::harness::location(&r), "/account/password");

    let o = amparo(&app, &["user", "add", "--role", "liaison", "x@lacity.org"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr)
        .contains("department_id: Liaisons and employees need a department."));
    let o = amparo(
        &app,
        &[
            "user",
            "add",
            "--role",
            "admin",
            "--department",
            "NOPE",
            "y@lacity.org",
        ],
    );
    assert!(!o.status.success());

    let o = amparo(
        &app,
        &[
            "token",
            "create",
            "--role",
            "employee",
            "--department",
            "RAP",
            "--name",
            "lobby kiosk",
        ],
    );
    assert!(o.status.success(), "{o:?}");
    let token = stdout(&o).trim().to_string();
    assert!(token.starts_with("amp_"));
    let me: serde_json::Value = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["name"], "lobby kiosk");
});

both!(
    cli_verify_exits_non_zero_naming_the_first_bad_entry,
    |app: TestApp| async move {
        let o = amparo(&app, &["audit", "key"]);
        assert!(o.status.success());
        assert_eq!(stdout(&o).trim().len(), 64);
        let o = amparo(&app, &["audit", "checkpoint"]);
        assert!(
            stdout(&o).starts_with("checkpoint written at entry"),
            "{o:?}"
        );
        let o = amparo(&app, &["audit", "verify"]);
        assert!(o.status.success(), "{o:?}");
        assert!(stdout(&o).starts_with("audit log intact"));
        let sql = match app.engine {
        crate::harness::Engine::Sqlite => "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET object_id = 'tampered' WHERE seq = 2;",
        crate::harness::Engine::Postgres => "DROP TRIGGER audit_log_no_update ON audit_log; UPDATE audit_log SET object_id = 'tampered' WHERE seq = 2;",
    };
        sqlx::raw_sql(sql).execute(app.db.pool()).await.unwrap();
        let o = amparo(&app, &["audit", "verify"]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stdout(&o).contains("BROKEN at entry 2"), "{}", stdout(&o));
        let o = amparo(&app, &["audit", "verify", "--public-key", &"ab".repeat(32)]);
        assert_eq!(
            o.status.code(),
            Some(1),
            "a checkpoint signed by another key fails: {}",
            stdout(&o)
        );
    }
);
