//! Every route × every role (and anonymous) against the expected access matrix.
//! Codes: A allowed, L sign-in required, F forbidden (403), N hidden (404).

use crate::both;
use crate::harness::{Browser, TestApp};
use amparo::audit::AuditActor;
use amparo::auth::accounts;

const ROLES: [&str; 8] = [
    "anonymous",
    "admin",
    "reviewer",
    "liaison",
    "employee",
    "member",
    "editor",
    "auditor",
];

/// Expected outcome per role, in the order of `ROLES`, for the liaison's own department.
const EXPECTED: &[(&str, &str, &str)] = &[
    ("GET", "/", "LAAAAAAA"),
    ("GET", "/login", "AAAAAAAA"),
    ("POST", "/login", "AAAAAAAA"),
    ("GET", "/account/password", "LAAAAAAA"),
    ("POST", "/account/password", "LAAAAAAA"),
    ("GET", "/lang/{code}", "AAAAAAAA"),
    ("GET", "/departments", "LAAAAFFF"),
    ("POST", "/departments", "LAFFFFFF"),
    ("GET", "/departments/new", "LAFFFFFF"),
    ("GET", "/departments/without-liaison", "LAAFFFFF"),
    ("GET", "/departments/{id}", "LAAAAFFF"),
    ("POST", "/departments/{id}", "LAFFFFFF"),
    ("GET", "/departments/{id}/edit", "LAFFFFFF"),
    ("GET", "/departments/{id}/facilities/new", "LAFAFFFF"),
    ("POST", "/departments/{id}/facilities", "LAFAFFFF"),
    ("GET", "/departments/{id}/liaisons/{kind}", "LAFFFFFF"),
    ("POST", "/departments/{id}/liaisons/{kind}", "LAFFFFFF"),
    (
        "POST",
        "/departments/{id}/liaisons/{kind}/remove",
        "LAFFFFFF",
    ),
    ("GET", "/facilities/{id}/edit", "LAFAFFFF"),
    ("POST", "/facilities/{id}", "LAFAFFFF"),
    ("GET", "/admin/users", "LAFFFFFF"),
    ("POST", "/admin/users", "LAFFFFFF"),
    ("GET", "/admin/users/new", "LAFFFFFF"),
    ("POST", "/admin/users/{id}/reset-password", "LAFFFFFF"),
    ("POST", "/admin/users/{id}/disable", "LAFFFFFF"),
    ("POST", "/admin/users/{id}/enable", "LAFFFFFF"),
    ("GET", "/admin/tokens", "LAFFFFFF"),
    ("POST", "/admin/tokens", "LAFFFFFF"),
    ("POST", "/admin/tokens/{id}/revoke", "LAFFFFFF"),
    ("GET", "/audit", "LAFFFFFA"),
    ("GET", "/audit/export.csv", "LAFFFFFA"),
    ("GET", "/events", "LAAAAFFF"),
    ("GET", "/reports", "LAAAFFFF"),
    ("POST", "/reports", "LAAAAFAF"),
    ("GET", "/reports/new", "LAAAAFAF"),
    ("POST", "/reports/new", "LAAAAFAF"),
    ("POST", "/reports/preview", "LAAAAFAF"),
    ("GET", "/reports/{id}", "LAAAFFFF"),
    ("POST", "/reports/{id}/acknowledge", "LAAAFFFF"),
    ("POST", "/reports/{id}/legal-hold", "LAFFFFFF"),
    ("GET", "/static/live.js", "AAAAAAAA"),
    ("GET", "/incidents", "LAAFFFFF"),
    ("GET", "/incidents/{id}", "LAAFFFFF"),
    ("POST", "/incidents/{id}/transition", "LAAFFFFF"),
    ("POST", "/incidents/{id}/merge", "LAAFFFFF"),
    ("POST", "/incidents/{id}/split", "LAAFFFFF"),
    ("GET", "/healthz", "AAAAAAAA"),
    ("GET", "/readyz", "AAAAAAAA"),
    ("GET", "/metrics", "LAFFFFFF"),
    ("GET", "/static/app.css", "AAAAAAAA"),
    ("GET", "/api/v1/openapi.json", "AAAAAAAA"),
    ("GET", "/api/v1/me", "LAAAAAAA"),
    ("GET", "/api/v1/departments", "LAAAAFFF"),
    ("GET", "/api/v1/departments/without-liaison", "LAAFFFFF"),
    ("GET", "/api/v1/departments/{id}", "LAAAAFFF"),
    ("GET", "/api/v1/departments/{id}/facilities", "LAAAAFFF"),
    ("POST", "/api/v1/departments/{id}/facilities", "LAFAFFFF"),
    ("GET", "/api/v1/reports", "LAAAFFFF"),
    ("POST", "/api/v1/reports", "LAAAAFAF"),
    ("GET", "/api/v1/reports/{id}", "LAAAFFFF"),
    ("GET", "/api/v1/incidents", "LAAFFFFF"),
    ("GET", "/api/v1/incidents/{id}", "LAAFFFFF"),
    ("GET", "/static/map.js", "AAAAAAAA"),
    ("GET", "/static/vendor/leaflet/leaflet.js", "AAAAAAAA"),
    ("GET", "/static/vendor/leaflet/leaflet.css", "AAAAAAAA"),
    ("GET", "/dashboard", "LAAFFFFF"),
    ("GET", "/dashboard/points.geojson", "LAAFFFFF"),
    ("GET", "/briefing", "LAAFFFFF"),
    ("GET", "/districts.geojson", "LAAFFFFF"),
    ("GET", "/admin/districts", "LAFFFFFF"),
    ("POST", "/admin/districts", "LAFFFFFF"),
    ("GET", "/api/v1/dashboard", "LAAFFFFF"),
    ("GET", "/api/v1/briefing", "LAAFFFFF"),
    ("GET", "/api/v1/districts", "LAAFFFFF"),
    ("PUT", "/api/v1/districts", "LAFFFFFF"),
    ("GET", "/exports/reports.csv", "LAAFFFFF"),
    ("GET", "/exports/reports.geojson", "LAAFFFFF"),
    ("GET", "/statistics", "AAAAAAAA"),
    ("GET", "/statistics.csv", "AAAAAAAA"),
    ("GET", "/statistics/grid.geojson", "AAAAAAAA"),
    ("GET", "/api/v1/statistics", "AAAAAAAA"),
    // Open311 answers to API keys only: a signed-in browser is anonymous there (403 per spec).
    ("GET", "/open311/v2/{file}", "FFFFFFFF"),
    ("POST", "/open311/v2/{file}", "FFFFFFFF"),
    ("GET", "/open311/v2/services/{file}", "AAAAAAAA"),
    ("GET", "/open311/v2/requests/{file}", "FFFFFFFF"),
    ("GET", "/open311/v2/tokens/{file}", "FFFFFFFF"),
    ("POST", "/reports/{id}/attachments", "LAAAFFFF"),
    ("POST", "/api/v1/reports/{id}/attachments", "LAAAFFFF"),
    ("GET", "/attachments/{id}", "LAAAFFFF"),
    ("GET", "/static/autosave.js", "AAAAAAAA"),
    ("GET", "/plans", "LAAAFFFF"),
    ("GET", "/plans/{id}", "LAAAFFFF"),
    ("POST", "/plans/{id}", "LAFAFFFF"),
    ("POST", "/plans/{id}/submit", "LAFAFFFF"),
    ("POST", "/plans/{id}/review", "LAAFFFFF"),
    ("GET", "/plans/{id}/versions/{version}", "LNNNFFFF"),
    ("GET", "/plans/{id}/diff", "LAAAFFFF"),
    ("GET", "/compliance", "LAAFFFFF"),
    ("GET", "/compliance.csv", "LAAFFFFF"),
    ("GET", "/directives", "LAAFFFFF"),
    ("GET", "/departments/{id}/training", "LAAAFFFF"),
    ("POST", "/departments/{id}/training", "LAFAFFFF"),
    ("POST", "/departments/{id}/training/import", "LAFAFFFF"),
    ("POST", "/directives", "LAFFFFFF"),
    ("GET", "/foia", "LAAFFFFF"),
    ("POST", "/foia", "LAAFFFFF"),
    ("GET", "/foia/new", "LAAFFFFF"),
    ("GET", "/foia/deadlines", "LAAFFFFF"),
    ("GET", "/foia/analysis", "LAAFFFFF"),
    ("GET", "/foia/analysis.csv", "LAAFFFFF"),
    ("GET", "/foia/productions", "LAAFFFFF"),
    ("POST", "/foia/productions", "LAAFFFFF"),
    ("GET", "/foia/productions/{id}", "LAAFFFFF"),
    ("GET", "/foia/productions/{id}/records.csv", "LAAFFFFF"),
    ("POST", "/foia/productions/{id}/mapping", "LAAFFFFF"),
    ("GET", "/foia/files/{id}", "LAAFFFFF"),
    ("GET", "/foia/{id}", "LAAFFFFF"),
    ("POST", "/foia/{id}", "LAAFFFFF"),
    ("GET", "/foia/{id}/edit", "LAAFFFFF"),
    ("GET", "/foia/{id}/letter", "LAAFFFFF"),
    ("POST", "/foia/{id}/transition", "LAAFFFFF"),
    ("POST", "/foia/{id}/letters", "LAAFFFFF"),
    ("GET", "/api/v1/foia/deadlines", "LAAFFFFF"),
    ("GET", "/static/upload.js", "AAAAAAAA"),
    ("GET", "/portal", "AAAAAAAA"),
    ("GET", "/hsds/", "AAAAAAAA"),
    ("GET", "/hsds/openapi.json", "AAAAAAAA"),
    ("GET", "/hsds/services", "AAAAAAAA"),
    ("GET", "/hsds/services/{id}", "NNNNNNNN"),
    ("GET", "/hsds/organizations", "AAAAAAAA"),
    ("GET", "/hsds/organizations/{id}", "NNNNNNNN"),
    ("GET", "/hsds/taxonomies", "AAAAAAAA"),
    ("GET", "/hsds/taxonomy_terms", "AAAAAAAA"),
    ("GET", "/hsds/service_at_locations", "AAAAAAAA"),
    ("GET", "/hsds/service_at_locations/{id}", "NNNNNNNN"),
    ("GET", "/hsds/export/{file}", "NNNNNNNN"),
    ("GET", "/directory/import", "LAFFFFAF"),
    ("POST", "/directory/import", "LAFFFFAF"),
    ("POST", "/api/v1/directory/import", "LAFFFFAF"),
    ("GET", "/{lang}/", "AAAAAAAA"),
    ("GET", "/{lang}/directory", "AAAAAAAA"),
    ("GET", "/directory/entries", "LAFFFFAF"),
    ("POST", "/directory/entries", "LAFFFFAF"),
    ("GET", "/directory/entries/new", "LAFFFFAF"),
    ("GET", "/directory/entries/{id}", "LNFFFFNF"),
    ("POST", "/directory/entries/{id}", "LNFFFFNF"),
    ("GET", "/wg", "LAFFFAFF"),
    ("POST", "/wg/organisations", "LAFFFFFF"),
    ("POST", "/wg/members", "LAFFFFFF"),
    ("POST", "/wg/meetings", "LAFFFFFF"),
    ("GET", "/wg/meetings/new", "LAFFFFFF"),
    ("GET", "/wg/meetings/{id}", "LNFFFNFF"),
    ("POST", "/wg/meetings/{id}/record", "LNFFFFFF"),
    ("POST", "/wg/meetings/{id}/actions", "LNFFFFFF"),
    ("POST", "/wg/meetings/{id}/documents", "LNFFFFFF"),
    ("GET", "/wg/meeting-documents/{id}", "LNFFFNFF"),
    ("POST", "/wg/meeting-documents/{id}/withdraw", "LNFFFFFF"),
    ("POST", "/wg/actions/{id}", "LNFFFNFF"),
    ("GET", "/wg/guidelines", "LAFFFAFF"),
    ("POST", "/wg/guidelines", "LAFFFAFF"),
    ("GET", "/wg/guidelines/{id}", "LNFFFNFF"),
    ("POST", "/wg/guidelines/{id}", "LNFFFNFF"),
    ("POST", "/wg/guidelines/{id}/comments", "LNFFFNFF"),
    ("GET", "/wg/guidelines/{id}/diff", "LNFFFNFF"),
    ("POST", "/wg/guidelines/{id}/stage", "LNFFFFFF"),
    ("POST", "/wg/guideline-comments/{id}/resolve", "LNFFFNFF"),
    ("POST", "/wg/calendar", "LAFFFAFF"),
    ("POST", "/wg/calendar/revoke", "LAFFFAFF"),
    ("GET", "/wg/calendar/{file}", "NNNNNNNN"),
    ("GET", "/portal/pages", "LAFFFFAF"),
    ("POST", "/portal/pages", "LAFFFFAF"),
    ("GET", "/portal/pages/{id}/{lang}", "LAFFFFAF"),
    ("POST", "/portal/pages/{id}/{lang}", "LAFFFFAF"),
    ("POST", "/portal/pages/{id}/{lang}/publish", "LAFFFFAF"),
    ("GET", "/{lang}/{page}", "AAAAAAAA"),
];

/// Scoped roles asking about another department: hidden where their role could act.
const OTHER_DEPARTMENT: &[(&str, &str, &str)] = &[
    ("GET", "/departments/{id}", "NN"),
    ("GET", "/departments/{id}/facilities/new", "NF"),
    ("POST", "/departments/{id}/facilities", "NF"),
    ("GET", "/facilities/{id}/edit", "NF"),
    ("POST", "/facilities/{id}", "NF"),
    ("GET", "/departments/{id}/edit", "FF"),
    ("GET", "/api/v1/departments/{id}", "NN"),
    ("GET", "/api/v1/departments/{id}/facilities", "NN"),
    ("POST", "/api/v1/departments/{id}/facilities", "NF"),
    ("GET", "/reports/{id}", "NF"),
    ("POST", "/reports/{id}/acknowledge", "NF"),
    ("GET", "/api/v1/reports/{id}", "NF"),
    ("POST", "/reports/{id}/attachments", "NF"),
    ("GET", "/attachments/{id}", "NF"),
    ("GET", "/plans/{id}", "NF"),
    ("POST", "/plans/{id}", "NF"),
    ("GET", "/departments/{id}/training", "NF"),
    ("POST", "/departments/{id}/training", "NF"),
];

struct Ids {
    plan: i64,
    report: i64,
    attachment: i64,
    incident: i64,
    department: i64,
    facility: i64,
    user: i64,
    token: i64,
    foia: i64,
    production: i64,
    foia_file: i64,
    portal_page: i64,
}

fn concrete(path: &str, ids: &Ids) -> String {
    let id = if path.starts_with("/portal/pages/") {
        ids.portal_page
    } else if path.starts_with("/foia/productions/") {
        ids.production
    } else if path.starts_with("/foia/files/") {
        ids.foia_file
    } else if path.starts_with("/foia/") {
        ids.foia
    } else if path.starts_with("/plans/") {
        ids.plan
    } else if path.starts_with("/attachments/") {
        ids.attachment
    } else if path.starts_with("/incidents/") || path.starts_with("/api/v1/incidents/") {
        ids.incident
    } else if path.starts_with("/reports/") || path.starts_with("/api/v1/reports/") {
        ids.report
    } else if path.starts_with("/facilities/") {
        ids.facility
    } else if path.starts_with("/admin/users/") {
        ids.user
    } else if path.starts_with("/admin/tokens/") {
        ids.token
    } else {
        ids.department
    };
    let file = match path {
        "/open311/v2/services/{file}" => "arrest.json".to_string(),
        "/open311/v2/requests/{file}" => format!("{}.json", ids.report),
        "/open311/v2/tokens/{file}" => "no-such-token-000000.xml".to_string(),
        _ => "requests.json".to_string(),
    };
    path.replace("{file}", &file)
        .replace("{id}", &id.to_string())
        .replace("{kind}", "primary")
        .replace("{code}", "es")
        .replace("{version}", "1")
        .replace("{lang}", "fa")
        .replace("{page}", "rights")
}

async fn outcome(b: &Browser, csrf: &str, method: &str, path: &str) -> (char, u16) {
    let url = b.url(path);
    let r = if method == "GET" {
        b.http.get(&url).send().await.unwrap()
    } else if path.starts_with("/api/") {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        b.http
            .request(m, &url)
            .header("x-csrf-token", csrf)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap()
    } else {
        b.http
            .post(&url)
            .form(&[("csrf", csrf)])
            .send()
            .await
            .unwrap()
    };
    let status = r.status().as_u16();
    let to_login = r
        .headers()
        .get("location")
        .is_some_and(|l| l.to_str().unwrap().starts_with("/login"));
    let code = match status {
        401 => 'L',
        303 if to_login && !path.starts_with("/login") && path != "/logout" => 'L',
        403 => 'F',
        404 => 'N',
        405 | 500..=599 => '!',
        _ => 'A',
    };
    (code, status)
}

async fn report(app: &TestApp, department_id: i64, key: &str) -> i64 {
    let input = crate::harness::sample_report(department_id);
    match app.file_report(key, &input).await {
        amparo::reports::store::Submitted::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

both!(route_role_matrix, |app: TestApp| async move {
    let routes = amparo::app::ROUTES;
    for (method, path, _) in routes {
        if *path == "/logout" {
            continue;
        }
        assert!(
            EXPECTED
                .iter()
                .any(|(m, p, _)| *m == method.as_str() && p == path),
            "{method} {path} has no row in the expected matrix"
        );
    }
    let rap = app.department_id("RAP").await;
    let lapl = app.department_id("LAPL").await;
    let admin = app.signed_in("admin", None).await;
    let csrf = admin.csrf("/").await;
    for (dept, name) in [(rap, "Own site"), (lapl, "Other site")] {
        let r = admin
            .post_form(
                &format!("/departments/{dept}/facilities"),
                &csrf,
                &[("name", name), ("address", "1 Main St")],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    let facility = |dept: i64| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT MIN(id) FROM facilities WHERE department_id = $1")
                .bind(dept)
                .fetch_one(db.pool())
                .await
                .unwrap()
        }
    };
    let (target_email, _) = app.user("member", None).await;
    let user: i64 = sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
        .bind(&target_email)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (token, _) = accounts::issue_token(
        &app.db,
        &app.events,
        &AuditActor::cli("test"),
        "matrix",
        "reviewer",
        None,
    )
    .await
    .unwrap()
    .unwrap();
    let (own_report, other_report) = (
        report(&app, rap, "matrix-own-report-key").await,
        report(&app, lapl, "matrix-other-report-key").await,
    );
    let incident_of = |report: i64| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT incident_id FROM reports WHERE id = $1")
                .bind(report)
                .fetch_one(db.pool())
                .await
                .unwrap()
        }
    };
    let attach = |report: i64| {
        let db = app.db.clone();
        async move {
            amparo::attachments::add(
                &db,
                &AuditActor::cli("test"),
                report,
                &crate::harness::tiny_png(),
            )
            .await
            .unwrap()
            .unwrap()
            .id
        }
    };
    amparo::plans::ensure_ed12(&app.db, &AuditActor::cli("test"))
        .await
        .unwrap();
    let plan_of = |dept: i64| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM plans WHERE department_id = $1")
                .bind(dept)
                .fetch_one(db.pool())
                .await
                .unwrap()
        }
    };
    let (foia, production, foia_file) = crate::foia::request_and_production(&app).await;
    let portal_page = amparo::portal::pages::create(
        &app.db,
        &AuditActor::cli("test"),
        "matrix-page",
        &amparo::portal::pages::model::Draft {
            title: "Matrix".into(),
            body: "Text".into(),
        },
    )
    .await
    .unwrap()
    .unwrap();
    let own = Ids {
        foia,
        production,
        foia_file,
        portal_page,
        plan: plan_of(rap).await,
        attachment: attach(own_report).await,
        report: own_report,
        incident: incident_of(own_report).await,
        department: rap,
        facility: facility(rap).await,
        user,
        token,
    };
    let other = Ids {
        foia,
        production,
        foia_file,
        portal_page,
        plan: plan_of(lapl).await,
        attachment: attach(other_report).await,
        report: other_report,
        incident: incident_of(other_report).await,
        department: lapl,
        facility: facility(lapl).await,
        user,
        token,
    };

    let mut cells = 0;
    let mut wrong = Vec::new();
    for (i, role) in ROLES.iter().enumerate() {
        let b = if *role == "anonymous" {
            app.client()
        } else {
            app.signed_in(
                role,
                matches!(*role, "liaison" | "employee").then_some("RAP"),
            )
            .await
        };
        let csrf = b
            .csrf(if *role == "anonymous" {
                "/login"
            } else {
                "/account/password"
            })
            .await;
        for (method, path, expected) in EXPECTED {
            let want = expected.chars().nth(i).unwrap();
            let (got, status) = outcome(&b, &csrf, method, &concrete(path, &own)).await;
            cells += 1;
            if got != want {
                wrong.push(format!(
                    "{role:9} {method} {path}: expected {want}, got {got} ({status})"
                ));
            }
        }
        if let Some(j) = ["liaison", "employee"].iter().position(|r| r == role) {
            for (method, path, expected) in OTHER_DEPARTMENT {
                let want = expected.chars().nth(j).unwrap();
                let (got, status) = outcome(&b, &csrf, method, &concrete(path, &other)).await;
                cells += 1;
                if got != want {
                    wrong.push(format!("{role:9} {method} {path} (other department): expected {want}, got {got} ({status})"));
                }
            }
        }
        let r = b.post_form("/logout", &csrf, &[]).await;
        assert_eq!(r.status(), 303, "{role} signs out");
    }
    assert!(
        wrong.is_empty(),
        "{} of {cells} cells differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    eprintln!(
        "route x role matrix: {cells} cells checked ({} routes x {} roles + {} cross-department)",
        EXPECTED.len() + 1,
        ROLES.len(),
        OTHER_DEPARTMENT.len() * 2
    );
    // Every refusal was audited.
    let denied = app.audit_count("view_department", "denied").await;
    assert!(denied >= 2, "cross-department reads are audited");
});
