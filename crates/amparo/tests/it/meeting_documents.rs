//! Documents attached to a working-group meeting: the chair attaches them (photos lose their
//! metadata, the file's own name is not kept), members download them (audited), the chair
//! withdraws one (kept, marked), and bad uploads are named field by field.

use crate::both;
use crate::harness::{multipart, tiny_png, Browser, TestApp};
use amparo::audit::AuditActor;

/// A chair (signed in) and a meeting; returns the chair and the meeting's page address.
pub async fn chair_and_meeting(app: &TestApp) -> (Browser, String) {
    let who = AuditActor::cli("test");
    let org = amparo::guidelines::add_organisation(&app.db, &who, "MOIA", "city_department")
        .await
        .unwrap()
        .unwrap();
    let (email, password) = app.user("member", None).await;
    let user = sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
        .bind(&email)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    amparo::guidelines::add_member(&app.db, &who, user, org, "chair")
        .await
        .unwrap()
        .unwrap();
    let meeting = amparo::guidelines::schedule(
        &app.db,
        &who,
        &amparo::guidelines::model::MeetingInput {
            title: "Second reading".into(),
            starts_at: chrono::Utc::now(),
            ends_at: chrono::Utc::now() + chrono::Duration::hours(1),
            place: "City Hall, room 1060".into(),
            link: String::new(),
            agenda: "1. The draft".into(),
        },
    )
    .await
    .unwrap();
    let chair = app.client();
    chair.login(&email, &password).await;
    (chair, format!("/wg/meetings/{meeting}"))
}

async fn attach(
    b: &Browser,
    page: &str,
    title: &str,
    name: &str,
    file: &[u8],
) -> reqwest::Response {
    let csrf = b.csrf(page).await;
    let (kind, body) = multipart(&[("doc_title", title)], name, file);
    b.http
        .post(b.url(&format!("{page}/documents?csrf={csrf}")))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

both!(
    the_chair_attaches_documents_members_download_them,
    |app: TestApp| async move {
        let (chair, page) = chair_and_meeting(&app).await;
        let (_, html) = chair.text(&page).await;
        assert!(html.contains("No documents are attached to this meeting."));

        let r = attach(&chair, &page, "", "x.bin", b"").await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("id=\"f-doc_title-error\"") && html.contains("id=\"f-file-error\""));
        let r = attach(&chair, &page, "A program", "run.exe", b"MZ\x90\x00\x03\x00").await;
        assert_eq!(r.status(), 422);
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("This kind of file cannot be attached."));

        let r = attach(
            &chair,
            &page,
            "Draft guideline, annotated",
            "draft.md",
            "## Scope\nTodos los agentes.".as_bytes(),
        )
        .await;
        assert_eq!(r.status(), 303);
        let r = attach(
            &chair,
            &page,
            "Briefing",
            "Rosa Quintero notes.pdf",
            b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF",
        )
        .await;
        assert_eq!(r.status(), 303);
        let png = tiny_png();
        let r = attach(&chair, &page, "Room layout", "IMG_0042.png", &png).await;
        assert_eq!(r.status(), 303);
        let r = attach(&chair, &page, "Room layout again", "copy.png", &png).await;
        assert_eq!(r.status(), 422, "the same file twice on one meeting");

        let member = app.signed_in("member", None).await;
        let (status, html) = member.text(&page).await;
        assert_eq!(status, 200);
        for title in ["Draft guideline, annotated", "Briefing", "Room layout"] {
            assert!(html.contains(title), "{title}");
        }
        assert!(
            !html.contains("Rosa Quintero") && !html.contains("IMG_0042"),
            "file names are not kept"
        );
        assert!(!html.contains("/withdraw"), "only the chair withdraws");

        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM wg_meeting_documents ORDER BY id")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
        assert_eq!(ids.len(), 3);
        let r = member
            .get(&format!("/wg/meeting-documents/{}", ids[0]))
            .await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "text/plain; charset=utf-8");
        assert!(r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;"));
        assert_eq!(r.text().await.unwrap(), "## Scope\nTodos los agentes.");
        let r = member
            .get(&format!("/wg/meeting-documents/{}", ids[2]))
            .await;
        assert_eq!(r.headers()["content-type"], "image/png");
        let bytes = r.bytes().await.unwrap();
        assert!(!bytes.windows(4).any(|w| w == b"Rosa"), "metadata stripped");
        assert_eq!(app.audit_count("download_meeting_document", "ok").await, 2);

        let mcsrf = member.csrf(&page).await;
        let withdraw = format!("/wg/meeting-documents/{}/withdraw", ids[1]);
        assert_eq!(member.post_form(&withdraw, &mcsrf, &[]).await.status(), 403);
        let ccsrf = chair.csrf(&page).await;
        assert_eq!(chair.post_form(&withdraw, &ccsrf, &[]).await.status(), 303);
        assert_eq!(chair.post_form(&withdraw, &ccsrf, &[]).await.status(), 422);
        let (_, html) = member.text(&page).await;
        assert!(
            html.contains("<del>Briefing</del>"),
            "kept and marked withdrawn"
        );
        assert_eq!(
            member
                .get(&format!("/wg/meeting-documents/{}", ids[1]))
                .await
                .status(),
            200
        );
        assert_eq!(
            member.get("/wg/meeting-documents/999999").await.status(),
            404
        );
        let reviewer = app.signed_in("reviewer", None).await;
        assert_eq!(
            reviewer
                .get(&format!("/wg/meeting-documents/{}", 1))
                .await
                .status(),
            403,
            "only the group"
        );
        assert_eq!(app.audit_count("attach_meeting_document", "ok").await, 3);
        assert_eq!(app.audit_count("withdraw_meeting_document", "ok").await, 1);
    }
);
