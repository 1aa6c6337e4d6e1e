//! A plan's element cites a guideline the working group adopted: only adopted guidelines can
//! be cited, the plan links to the group's page until publication and to the public page
//! after, submitted versions keep the citation, and a superseded guideline stays cited but is
//! no longer offered.

use crate::both;
use crate::harness::{Browser, TestApp};
use amparo::audit::AuditActor;
use amparo::guidelines::documents::{self, model::Move};

async fn move_to(app: &TestApp, id: i64, to: &'static str, meeting: Option<i64>) {
    let g = documents::store::get(&app.db, id).await.unwrap().unwrap();
    let m = Move {
        to,
        closes_on: (to == "circulating")
            .then(|| chrono::NaiveDate::from_ymd_opt(2099, 1, 1).unwrap()),
        meeting,
        votes: meeting.map(|_| (6, 0, 1)),
    };
    documents::move_stage(&app.db, &AuditActor::cli("test"), &g, &m)
        .await
        .unwrap();
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
    a_plan_element_cites_an_adopted_guideline,
    |app: TestApp| async move {
        let who = AuditActor::cli("test");
        amparo::plans::ensure_ed12(&app.db, &who).await.unwrap();
        let dept = app.department_id("RAP").await;
        let plan: i64 = sqlx::query_scalar("SELECT id FROM plans WHERE department_id = $1")
            .bind(dept)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let els: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM directive_elements ORDER BY position")
                .fetch_all(app.db.pool())
                .await
                .unwrap();
        let guideline = documents::create(
            &app.db,
            &who,
            "Officers and federal agents on city property",
            "## Scope\nEvery officer.\n\n## Warrants\nOnly a judicial warrant opens a non-public area.",
        )
        .await
        .unwrap();
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        let page = format!("/plans/{plan}");
        let cite = |e: i64, g: String| vec![(format!("guideline-{e}"), g)];

        let r = post(&liaison, &page, &cite(els[2], guideline.to_string())).await;
        assert_eq!(r.status(), 422, "a draft guideline cannot be cited");
        assert!(r
            .text()
            .await
            .unwrap()
            .contains(&format!("id=\"f-guideline-{}-error\"", els[2])));
        let r = post(&liaison, &page, &cite(els[2], "x".into())).await;
        assert_eq!(r.status(), 422);

        let meeting = amparo::guidelines::schedule(
            &app.db,
            &who,
            &amparo::guidelines::model::MeetingInput {
                title: "Adoption".into(),
                starts_at: chrono::Utc::now(),
                ends_at: chrono::Utc::now() + chrono::Duration::hours(1),
                place: "City Hall".into(),
                link: String::new(),
                agenda: String::new(),
            },
        )
        .await
        .unwrap();
        move_to(&app, guideline, "circulating", None).await;
        move_to(&app, guideline, "ready", None).await;
        move_to(&app, guideline, "adopted", Some(meeting)).await;

        let (_, html) = liaison.text(&page).await;
        assert!(html.contains(&format!(
            "<option value=\"{guideline}\">Officers and federal agents on city property</option>"
        )));
        let r = post(&liaison, &page, &cite(els[2], guideline.to_string())).await;
        assert_eq!(r.status(), 303);
        let (_, html) = liaison.text(&page).await;
        assert!(html.contains(&format!("<option value=\"{guideline}\" selected>")));
        assert!(html.contains(&format!("Follows the working group&#x27;s guideline: <a href=\"/wg/guidelines/{guideline}\">")), "{html}");
        assert!(html.contains("version 1, adopted "));

        move_to(&app, guideline, "published", None).await;
        let (_, html) = liaison.text(&page).await;
        assert!(
            html.contains(&format!("<a href=\"/en/guideline-{guideline}\">")),
            "the public page once published"
        );

        // Submitted with every element answered; the version keeps the citation.
        let mut form: Vec<(String, String)> = els
            .iter()
            .flat_map(|e| {
                [
                    (format!("body-{e}"), format!("What we do for element {e}.")),
                    (format!("assessment-{e}"), "complete".to_string()),
                ]
            })
            .collect();
        form.extend(cite(els[2], guideline.to_string()));
        let r = post(&liaison, &format!("{page}/submit"), &form).await;
        assert_eq!(r.status(), 303);
        let frozen: String =
            sqlx::query_scalar("SELECT sections FROM plan_versions WHERE plan_id = $1")
                .bind(plan)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert!(frozen.contains(&format!("\"guideline_id\":{guideline}")));
        let reviewer = app.signed_in("reviewer", None).await;
        let (status, html) = reviewer.text(&format!("{page}/versions/1")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("<a href=\"/en/guideline-{guideline}\">Officers and federal agents on city property</a>")));
        let (_, html) = reviewer.text(&page).await;
        assert!(
            html.contains(&format!("<a href=\"/en/guideline-{guideline}\">")),
            "the reviewer sees the link"
        );

        // Superseded: still shown where it was cited, no longer offered for new citations.
        move_to(&app, guideline, "superseded", None).await;
        let (_, html) = reviewer.text(&page).await;
        assert!(html.contains("since superseded"));
        sqlx::query("UPDATE plans SET status = 'changes_requested' WHERE id = $1")
            .bind(plan)
            .execute(app.db.pool())
            .await
            .unwrap();
        let mut again = cite(els[2], guideline.to_string());
        again.extend(cite(els[3], guideline.to_string()));
        let r = post(&liaison, &page, &again).await;
        assert_eq!(r.status(), 422, "a superseded guideline is not newly cited");
        let html = r.text().await.unwrap();
        assert!(html.contains(&format!("id=\"f-guideline-{}-error\"", els[3])));
        assert!(
            !html.contains(&format!("id=\"f-guideline-{}-error\"", els[2])),
            "an old citation may stay"
        );
    }
);
