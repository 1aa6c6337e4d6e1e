//! Preparedness plans: ED 12 ships configured; a liaison drafts and submits; a reviewer asks
//! for changes on one element; the liaison revises; the reviewer approves; the board agrees.

use crate::both;
use crate::harness::{Browser, TestApp};
use amparo::audit::AuditActor;

async fn plan_of(app: &TestApp, abbr: &str) -> i64 {
    let dept = app.department_id(abbr).await;
    sqlx::query_scalar::<_, i64>("SELECT id FROM plans WHERE department_id = $1")
        .bind(dept)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn elements(app: &TestApp) -> Vec<i64> {
    sqlx::query_scalar::<_, i64>("SELECT id FROM directive_elements ORDER BY position")
        .fetch_all(app.db.pool())
        .await
        .unwrap()
}

/// Every element answered "complete" with some text; `extra` overrides fields.
fn full_form(elements: &[i64], extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = elements
        .iter()
        .flat_map(|e| {
            [
                (format!("body-{e}"), format!("What we do for element {e}.")),
                (format!("assessment-{e}"), "complete".to_string()),
                (format!("reason-{e}"), String::new()),
            ]
        })
        .collect();
    for (k, v) in extra {
        f.retain(|(name, _)| name != k);
        f.push((k.clone(), v.clone()));
    }
    f
}

async fn post(b: &Browser, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let csrf = b.csrf("/account/password").await;
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post_form(path, &csrf, &pairs).await
}

both!(
    a_plan_is_drafted_submitted_reviewed_revised_and_approved,
    |app: TestApp| async move {
        amparo::plans::ensure_ed12(&app.db, &AuditActor::cli("test"))
            .await
            .unwrap();
        // Idempotent, and elected offices are left out.
        amparo::plans::ensure_ed12(&app.db, &AuditActor::cli("test"))
            .await
            .unwrap();
        let plans: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM plans")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(plans, 44);
        let due: String = sqlx::query_scalar("SELECT due_on FROM directives")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(due, "2025-07-25");
        let els = elements(&app).await;
        assert_eq!(els.len(), 10);
        let plan = plan_of(&app, "RAP").await;

        let liaison = app.signed_in("liaison", Some("RAP")).await;
        // A draft saves whatever is there, even half an answer.
        let half = vec![(
            format!("body-{}", els[0]),
            "Ana Ruiz, 213-555-0100".to_string(),
        )];
        let r = post(&liaison, &format!("/plans/{plan}"), &half).await;
        assert_eq!(r.status().as_u16(), 303);
        // Submitting needs every element addressed; each missing one is named.
        let r = post(&liaison, &format!("/plans/{plan}/submit"), &half).await;
        assert_eq!(r.status().as_u16(), 422);
        let page = r.text().await.unwrap();
        assert!(
            page.contains(&format!("f-assessment-{}-error", els[1])),
            "{page}"
        );
        // Not applicable needs a reason.
        let na = full_form(
            &els,
            &[(format!("assessment-{}", els[6]), "not_applicable".into())],
        );
        let r = post(&liaison, &format!("/plans/{plan}/submit"), &na).await;
        assert_eq!(r.status().as_u16(), 422);
        let ok = full_form(
            &els,
            &[
                (format!("assessment-{}", els[6]), "not_applicable".into()),
                (
                    format!("reason-{}", els[6]),
                    "No contractors work on our sites.".into(),
                ),
            ],
        );
        let r = post(&liaison, &format!("/plans/{plan}/submit"), &ok).await;
        assert_eq!(r.status().as_u16(), 303);

        // Reviewers cannot edit the text; another department's liaison cannot see it.
        let reviewer = app.signed_in("reviewer", None).await;
        assert_eq!(
            post(&reviewer, &format!("/plans/{plan}"), &ok)
                .await
                .status()
                .as_u16(),
            403
        );
        let lapl_plan = plan_of(&app, "LAPL").await;
        assert_eq!(
            liaison
                .get(&format!("/plans/{lapl_plan}"))
                .await
                .status()
                .as_u16(),
            404
        );
        // Under review, the liaison cannot change it.
        assert_eq!(
            post(&liaison, &format!("/plans/{plan}"), &ok)
                .await
                .status()
                .as_u16(),
            422
        );

        // Changes requested on one element, with a comment.
        let mut review: Vec<(String, String)> = els
            .iter()
            .map(|e| (format!("verdict-{e}"), "meets".to_string()))
            .collect();
        review.retain(|(k, _)| *k != format!("verdict-{}", els[0]));
        review.push((format!("verdict-{}", els[0]), "needs_changes".into()));
        review.push(("decision".into(), "changes".into()));
        let r = post(&reviewer, &format!("/plans/{plan}/review"), &review).await;
        assert_eq!(r.status().as_u16(), 422, "a change request needs a comment");
        review.push((
            format!("comment-{}", els[0]),
            "Name the backup liaison too.".into(),
        ));
        assert_eq!(
            post(&reviewer, &format!("/plans/{plan}/review"), &review)
                .await
                .status()
                .as_u16(),
            303
        );
        let (_, page) = liaison.text(&format!("/plans/{plan}")).await;
        assert!(page.contains("Name the backup liaison too."));

        // The liaison revises and resubmits: version 2, and the diff shows the change.
        let revised = full_form(
            &els,
            &[
                (
                    format!("body-{}", els[0]),
                    "Primary: the liaison. Backup: the deputy.".into(),
                ),
                (format!("assessment-{}", els[6]), "not_applicable".into()),
                (
                    format!("reason-{}", els[6]),
                    "No contractors work on our sites.".into(),
                ),
            ],
        );
        assert_eq!(
            post(&liaison, &format!("/plans/{plan}/submit"), &revised)
                .await
                .status()
                .as_u16(),
            303
        );
        let (status, diff) = reviewer
            .text(&format!("/plans/{plan}/diff?from=1&to=2"))
            .await;
        assert_eq!(status, 200);
        assert!(diff.contains("<ins>") && diff.contains("deputy"), "{diff}");
        let (status, _) = reviewer
            .text(&format!("/plans/{plan}/diff?from=1&to=9"))
            .await;
        assert_eq!(status, 422);

        // Approval needs every element to meet.
        let mut approve: Vec<(String, String)> = els
            .iter()
            .map(|e| (format!("verdict-{e}"), "meets".to_string()))
            .collect();
        approve.push(("decision".into(), "approve".into()));
        assert_eq!(
            post(&reviewer, &format!("/plans/{plan}/review"), &approve)
                .await
                .status()
                .as_u16(),
            303
        );
        // Version 1 stays as it was.
        let (_, v1) = reviewer.text(&format!("/plans/{plan}/versions/1")).await;
        assert!(
            v1.contains(&format!("What we do for element {}.", els[0])) && !v1.contains("deputy")
        );

        let (_, board) = reviewer.text("/compliance").await;
        assert!(
            board.contains("Recreation and Parks") && board.contains("1 plan approved"),
            "{board}"
        );
        let (_, csv) = reviewer.text("/compliance.csv").await;
        let rap = csv
            .lines()
            .find(|l| l.starts_with("Recreation and Parks"))
            .unwrap()
            .to_string();
        // Submitted in 2026, long after the 2025 deadline: approved, and late.
        assert!(
            rap.contains(",approved,late,") && rap.contains(",true,10,10,"),
            "{rap}"
        );
        assert!(
            app.audit_count("approve_plan", "ok").await == 1
                && app.audit_count("submit_plan", "ok").await == 2
        );
        assert_eq!(liaison.get("/compliance").await.status().as_u16(), 403);
    }
);

both!(
    moia_adds_a_directive_with_its_own_elements,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let form = |fields: &[(&str, &str)]| -> Vec<(String, String)> {
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let bad = form(&[
            ("number", ""),
            ("title", "Staging areas"),
            ("signed_on", "2026-11-29"),
            ("rule", "a fortnight"),
            ("elements", ""),
        ]);
        let r = post(&admin, "/directives", &bad).await;
        assert_eq!(r.status().as_u16(), 422);
        let page = r.text().await.unwrap();
        assert!(
            page.contains("f-number-error")
                && page.contains("f-departments-error")
                && page.contains("f-rule-error")
                && page.contains("f-elements-error"),
            "{page}"
        );
        let good = form(&[
            ("number", "ED 17"),
            ("title", "City properties at risk of use as staging areas"),
            ("signed_on", "2026-11-20"),
            ("rule", "15 calendar days"),
            (
                "elements",
                "Properties: list the properties at risk\nContacts: who opens the gate",
            ),
        ]);
        let mut good = good;
        for abbr in ["RAP", "LAPL"] {
            good.push((
                "departments".into(),
                app.department_id(abbr).await.to_string(),
            ));
        }
        let covered = "SELECT COUNT(*) FROM plans p JOIN directives d ON d.id = p.directive_id WHERE d.number = 'ED 17'";
        assert_eq!(
            post(&admin, "/directives", &good).await.status().as_u16(),
            303
        );
        let (due, elements): (String, i64) = sqlx::query_as(
        "SELECT due_on, (SELECT COUNT(*) FROM directive_elements e WHERE e.directive_id = d.id) FROM directives d WHERE number = 'ED 17'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
        assert_eq!((due.as_str(), elements), ("2026-12-05", 2));
        let plans: i64 = sqlx::query_scalar(covered)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(plans, 2);
        assert_eq!(
            post(&admin, "/directives", &good).await.status().as_u16(),
            422
        );
        let (_, board) = admin.text("/compliance").await;
        assert!(board.contains("ED 17"));
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        let (_, mine) = liaison.text("/plans").await;
        assert!(mine.contains("ED 17"), "{mine}");
    }
);

both!(
    reminders_go_out_once_whichever_node_runs_them,
    |app: TestApp| async move {
        let mut config = app.state.config.as_ref().clone();
        config.smtp.host = "127.0.0.1".into();
        app.user("liaison", Some("RAP")).await;
        app.user("reviewer", None).await;
        // Due three days from now (Los Angeles): the 3-days-before reminder is due today.
        let today = deadline::la_date(chrono::Utc::now());
        let input = amparo::plans::directive::DirectiveInput {
            number: "ED 99".into(),
            title: "Test directive".into(),
            signed_on: today - chrono::Duration::days(12),
            rule: deadline::Rule::CalendarDays(15),
            elements: vec![("Only element".into(), String::new())],
            departments: sqlx::query_scalar(
                "SELECT id FROM departments WHERE kind <> 'elected_office'",
            )
            .fetch_all(app.db.pool())
            .await
            .unwrap(),
        };
        amparo::plans::create_directive(&app.db, &AuditActor::cli("test"), &input)
            .await
            .unwrap()
            .unwrap();
        // A second node: its own pool on the same database.
        let other = amparo::db::Db::connect(app.db.url()).await.unwrap();
        let now = chrono::Utc::now();
        let (a, b) = tokio::join!(
            amparo::plans::reminders::run(&app.db, &config, now),
            amparo::plans::reminders::run(&other, &config, now)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(
            a + b,
            1,
            "one email to the RAP liaison, from one node ({a} + {b})"
        );
        let recorded: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM plan_reminders WHERE kind = 'before-3'")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(recorded, 44);
        assert_eq!(
            amparo::plans::reminders::run(&app.db, &config, now)
                .await
                .unwrap(),
            0,
            "the same day again"
        );
        // Three days overdue: the daily reminder, and MOIA is told once.
        let later = now + chrono::Duration::days(6);
        let queued = amparo::plans::reminders::run(&other, &config, later)
            .await
            .unwrap();
        // RAP's liaison is reminded; the reviewer hears of each of the 44 overdue plans once.
        assert_eq!(queued, 1 + 44);
        let escalations: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE subject LIKE '%escalated%'",
        )
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert_eq!(escalations, 44);
        assert_eq!(
            amparo::plans::reminders::run(&app.db, &config, later)
                .await
                .unwrap(),
            0
        );
        other.close().await;
    }
);

both!(
    training_is_recorded_imported_and_counted_on_the_board,
    |app: TestApp| async move {
        amparo::plans::ensure_ed12(&app.db, &AuditActor::cli("test"))
            .await
            .unwrap();
        let rap = app.department_id("RAP").await;
        sqlx::query("UPDATE departments SET headcount = 200 WHERE id = $1")
            .bind(rap)
            .execute(app.db.pool())
            .await
            .unwrap();
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        let form = |f: &[(&str, &str)]| -> Vec<(String, String)> {
            f.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let r = post(
            &liaison,
            &format!("/departments/{rap}/training"),
            &form(&[
                ("held_on", "July 20"),
                ("topic", "Know your role"),
                ("trained", "40"),
            ]),
        )
        .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("f-held_on-error"));
        let r = post(
            &liaison,
            &format!("/departments/{rap}/training"),
            &form(&[
                ("held_on", "2025-07-20"),
                ("topic", "Know your role"),
                ("trained", "40"),
            ]),
        )
        .await;
        assert_eq!(r.status().as_u16(), 303);

        let csrf = liaison.csrf("/account/password").await;
        let upload = |csv: &'static str| {
            let (kind, body) = crate::harness::multipart(&[], "lms.csv", csv.as_bytes());
            liaison
                .http
                .post(liaison.url(&format!("/departments/{rap}/training/import?csrf={csrf}")))
                .header("content-type", kind)
                .body(body)
                .send()
        };
        let r = upload(
            "Course Title,Completion Date,Completions\nWarrants,07/21/2025,20\nSigns,soon,5\n",
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("line 3"));
        let r = upload("Course Title,Completion Date,Completions\nWarrants,07/21/2025,20\nSigns,07/22/2025,10\n").await.unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = liaison.text(&format!("/departments/{rap}/training")).await;
        assert!(page.contains("35 % of staff trained"), "{page}");
        let reviewer = app.signed_in("reviewer", None).await;
        let (_, csv) = reviewer.text("/compliance.csv").await;
        let row = csv
            .lines()
            .find(|l| l.starts_with("Recreation and Parks"))
            .unwrap()
            .to_string();
        assert!(row.contains(",35,"), "{row}");
        assert_eq!(
            post(
                &reviewer,
                &format!("/departments/{rap}/training"),
                &form(&[("held_on", "2025-07-20"), ("topic", "x"), ("trained", "1")])
            )
            .await
            .status()
            .as_u16(),
            403
        );
        assert_eq!(app.audit_count("import_training", "ok").await, 1);
    }
);
