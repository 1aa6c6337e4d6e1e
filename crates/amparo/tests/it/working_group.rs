//! The working group: the admin sets up organisations and members; the chair schedules a
//! meeting (Los Angeles time in, UTC kept); members see it and subscribe to a calendar feed
//! at a secret address, which a real iCalendar parser reads; a new address or revoking it
//! makes the old one stop working.

use crate::both;
use crate::harness::{location, TestApp};

fn feed_url(html: &str) -> String {
    let start =
        html.find("<code id=\"calendar-url\">").unwrap() + "<code id=\"calendar-url\">".len();
    let end = start + html[start..].find("</code>").unwrap();
    html[start..end].to_string()
}

both!(
    chair_schedules_and_members_subscribe,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let csrf = admin.csrf("/wg").await;
        let r = admin
            .post_form(
                "/wg/organisations",
                &csrf,
                &[("name", ""), ("kind", "cartel")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("id=\"f-name-error\"") && html.contains("id=\"f-kind-error\""));
        for (name, kind) in [
            ("LAPD", "city_department"),
            ("CHIRLA", "rights_organisation"),
        ] {
            let r = admin
                .post_form(
                    "/wg/organisations",
                    &csrf,
                    &[("name", name), ("kind", kind)],
                )
                .await;
            assert_eq!(r.status(), 303);
        }
        let r = admin
            .post_form(
                "/wg/organisations",
                &csrf,
                &[("name", "lapd"), ("kind", "other")],
            )
            .await;
        assert_eq!(r.status(), 422, "one organisation per name");
        let orgs = amparo::guidelines::store::organisations(&app.db)
            .await
            .unwrap();
        let (chair_email, chair_password) = app.user("member", None).await;
        let (member_email, member_password) = app.user("member", None).await;
        let (reviewer_email, _) = app.user("reviewer", None).await;
        let id_of = |email: String| {
            let db = app.db.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
                    .bind(email)
                    .fetch_one(db.pool())
                    .await
                    .unwrap()
            }
        };
        let (chair_id, member_id, reviewer_id) = (
            id_of(chair_email.clone()).await,
            id_of(member_email.clone()).await,
            id_of(reviewer_email).await,
        );
        let r = admin
            .post_form(
                "/wg/members",
                &csrf,
                &[
                    ("user", &reviewer_id.to_string()),
                    ("organisation", &orgs[0].id.to_string()),
                    ("role", "member"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "only member accounts join");
        assert!(r.text().await.unwrap().contains("id=\"f-user-error\""));
        for (user, org, role) in [
            (chair_id, orgs[1].id, "chair"),
            (member_id, orgs[0].id, "member"),
        ] {
            let r = admin
                .post_form(
                    "/wg/members",
                    &csrf,
                    &[
                        ("user", &user.to_string()),
                        ("organisation", &org.to_string()),
                        ("role", role),
                    ],
                )
                .await;
            assert_eq!(r.status(), 303);
        }

        // A plain member may not schedule; the chair may.
        let member = app.client();
        member.login(&member_email, &member_password).await;
        assert_eq!(member.get("/wg/meetings/new").await.status(), 403);
        let chair = app.client();
        chair.login(&chair_email, &chair_password).await;
        let ccsrf = chair.csrf("/wg/meetings/new").await;
        let r = chair
            .post_form(
                "/wg/meetings",
                &ccsrf,
                &[
                    ("title", ""),
                    ("date", "2026-12-03"),
                    ("start", "10:00"),
                    ("end", "09:00"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        for f in ["title", "end", "place"] {
            assert!(html.contains(&format!("id=\"f-{f}-error\"")), "{f}");
        }
        let r = chair
            .post_form(
                "/wg/meetings",
                &ccsrf,
                &[
                    ("title", "Guidelines, first reading"),
                    ("date", "2026-12-03"),
                    ("start", "10:00"),
                    ("end", "12:00"),
                    ("place", "City Hall, Room 1060"),
                    ("agenda", "1. Welcome\n2. Draft sections 1-3; comments"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let meeting = location(&r).trim_end_matches("?notice=saved").to_string();
        let (status, html) = member.text(&meeting).await;
        assert_eq!(status, 200);
        assert!(html.contains("2026-12-03 10:00–12:00"));
        assert!(html.contains("<li>Draft sections 1-3; comments</li>"));

        // After the meeting: minutes, decisions, attendance; action items, overdue until done.
        let mid = meeting.rsplit('/').next().unwrap().to_string();
        let members = amparo::guidelines::store::members(&app.db).await.unwrap();
        let (chair_m, member_m) = (
            members
                .iter()
                .find(|m| m.role == "chair")
                .unwrap()
                .id
                .to_string(),
            members
                .iter()
                .find(|m| m.role == "member")
                .unwrap()
                .id
                .to_string(),
        );
        let r = chair
            .post_form(
                &format!("{meeting}/record"),
                &ccsrf,
                &[("minutes", "Read sections 1-3."), ("attended", "999999")],
            )
            .await;
        assert_eq!(r.status(), 422, "only members attend");
        let r = chair
            .post_form(
                &format!("{meeting}/record"),
                &ccsrf,
                &[
                    ("minutes", "Read sections 1-3."),
                    ("decisions", "- Circulate the draft"),
                    ("attended", &chair_m),
                    ("attended", &member_m),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = member
            .post_form(
                &format!("{meeting}/record"),
                &member.csrf(&meeting).await,
                &[("minutes", "x")],
            )
            .await;
        assert_eq!(r.status(), 403, "only the chair records");
        let r = chair
            .post_form(
                &format!("{meeting}/actions"),
                &ccsrf,
                &[
                    ("title", "Comment on section 2"),
                    ("owner", "0"),
                    ("due_on", "2020-01-01"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = chair
            .post_form(
                &format!("{meeting}/actions"),
                &ccsrf,
                &[
                    ("title", "Comment on section 2"),
                    ("owner", &member_m),
                    ("due_on", "2020-01-01"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = member.text(&meeting).await;
        assert!(
            html.contains("<li>Circulate the draft</li>") && html.contains("Read sections 1-3.")
        );
        assert!(html.contains("class=\"overdue\""));
        let (_, group) = member.text("/wg").await;
        assert!(group.contains("id=\"overdue-list\"") && group.contains("Comment on section 2"));
        let action = amparo::guidelines::store::actions(&app.db, None)
            .await
            .unwrap()[0]
            .id;
        let r = member
            .post_form(
                &format!("/wg/actions/{action}"),
                &member.csrf("/wg").await,
                &[("status", "finished")],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = member
            .post_form(
                &format!("/wg/actions/{action}"),
                &member.csrf("/wg").await,
                &[("status", "done")],
            )
            .await;
        assert_eq!(r.status(), 303, "the owner closes it");
        let (_, group) = member.text("/wg").await;
        assert!(!group.contains("id=\"overdue-list\""));
        assert!(mid.parse::<i64>().is_ok());

        // The member's feed: made, read by a real parser, replaced, revoked.
        let mcsrf = member.csrf("/wg").await;
        let r = member.post_form("/wg/calendar", &mcsrf, &[]).await;
        assert_eq!(r.status(), 200);
        let url = feed_url(&r.text().await.unwrap());
        let path = url
            .split_once("/wg/")
            .map(|(_, p)| format!("/wg/{p}"))
            .unwrap();
        let anon = reqwest::Client::new();
        let r = anon.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let body = r.text().await.unwrap();
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
        let cal = parser
            .next()
            .expect("one calendar")
            .expect("valid iCalendar");
        assert_eq!(cal.events.len(), 1);
        let prop = |name: &str| {
            cal.events[0]
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap()
        };
        assert_eq!(
            prop("DTSTART"),
            "20261203T180000Z",
            "10:00 in Los Angeles in December"
        );
        assert_eq!(prop("DTEND"), "20261203T200000Z");
        assert_eq!(prop("SUMMARY"), "Guidelines\\, first reading");
        assert!(prop("UID").starts_with("wg-meeting-"));
        assert!(parser.next().is_none());

        let r = member.post_form("/wg/calendar", &mcsrf, &[]).await;
        let renewed = feed_url(&r.text().await.unwrap());
        assert_ne!(renewed, url);
        assert_eq!(
            anon.get(app.url(&path)).send().await.unwrap().status(),
            404,
            "the old address stops"
        );
        let renewed_path = renewed
            .split_once("/wg/")
            .map(|(_, p)| format!("/wg/{p}"))
            .unwrap();
        let disabled = |flag: i64| {
            sqlx::query("UPDATE users SET disabled = $1 WHERE email = $2")
                .bind(flag)
                .bind(member_email.clone())
                .execute(app.db.pool())
        };
        disabled(1).await.unwrap();
        assert_eq!(
            anon.get(app.url(&renewed_path))
                .send()
                .await
                .unwrap()
                .status(),
            404,
            "a disabled account's feed stops"
        );
        disabled(0).await.unwrap();
        assert_eq!(
            anon.get(app.url(&renewed_path))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
        member.post_form("/wg/calendar/revoke", &mcsrf, &[]).await;
        assert_eq!(
            anon.get(app.url(&renewed_path))
                .send()
                .await
                .unwrap()
                .status(),
            404
        );
        assert_eq!(
            anon.get(app.url("/wg/calendar/guess.ics"))
                .send()
                .await
                .unwrap()
                .status(),
            404
        );

        assert_eq!(app.audit_count("add_wg_organisation", "ok").await, 2);
        assert_eq!(app.audit_count("add_wg_member", "ok").await, 2);
        assert_eq!(app.audit_count("schedule_wg_meeting", "ok").await, 1);
        assert_eq!(app.audit_count("issue_wg_calendar", "ok").await, 2);
        assert_eq!(app.audit_count("revoke_wg_calendar", "ok").await, 1);
        assert_eq!(app.audit_count("record_wg_meeting", "ok").await, 1);
        assert_eq!(app.audit_count("add_wg_action", "ok").await, 1);
        assert_eq!(app.audit_count("update_wg_action", "ok").await, 1);
    }
);
