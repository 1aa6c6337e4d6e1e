//! Attachments: metadata stripped, hashed, limited, and every view audited.

use crate::both;
use crate::harness::{sample_report, tiny_png, TestApp};
use amparo::reports::store::Submitted;

async fn report(app: &TestApp) -> i64 {
    let input = sample_report(app.department_id("RAP").await);
    match app.file_report("attach-test-key-00001", &input).await {
        Submitted::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

fn multipart(file: &[u8]) -> (String, Vec<u8>) {
    crate::harness::multipart(&[], "IMG_0042 Rosa.png", file)
}

both!(
    photos_are_stripped_hashed_and_audited,
    |app: TestApp| async move {
        let id = report(&app).await;
        let token = app.token("reviewer", None).await;
        let http = reqwest::Client::new();
        let png = tiny_png();
        assert!(png.windows(13).any(|w| w == b"Rosa Quintero"));

        let r = http
            .post(app.url(&format!("/api/v1/reports/{id}/attachments")))
            .bearer_auth(&token)
            .body(png.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let a: serde_json::Value = r.json().await.unwrap();
        assert_eq!(a["content_type"], "image/png");
        assert!(a["removed"].to_string().contains("tEXt"), "{a}");
        let attachment = a["id"].as_i64().unwrap();

        // The stored bytes no longer carry the author, and their hash is what was reported.
        let stored = http
            .get(app.url(&format!("/attachments/{attachment}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(stored.headers()["content-type"], "image/png");
        let bytes = stored.bytes().await.unwrap();
        assert!(!bytes.windows(4).any(|w| w == b"Rosa"));
        use sha2::Digest;
        assert_eq!(
            hex::encode(sha2::Sha256::digest(&bytes)),
            a["sha256"].as_str().unwrap()
        );
        assert_eq!(app.audit_count("view_attachment", "ok").await, 1);

        // The same file again is the same attachment.
        let again = http
            .post(app.url(&format!("/api/v1/reports/{id}/attachments")))
            .bearer_auth(&token)
            .body(png.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status().as_u16(), 200);

        // Not a photo: refused, naming the problem; nothing stored.
        let bad = http
            .post(app.url(&format!("/api/v1/reports/{id}/attachments")))
            .bearer_auth(&token)
            .body("#!/bin/sh\necho hi\n")
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        let e: serde_json::Value = bad.json().await.unwrap();
        assert!(
            e["fields"]["body"].as_str().unwrap().contains("JPEG"),
            "{e}"
        );
        let too_big = vec![0u8; amparo::attachments::MAX_BYTES + 1];
        let r = http
            .post(app.url(&format!("/api/v1/reports/{id}/attachments")))
            .bearer_auth(&token)
            .body(too_big)
            .send()
            .await
            .unwrap();
        assert!(matches!(r.status().as_u16(), 413 | 422), "{}", r.status());

        // The report page lists it; the upload form works without JavaScript.
        let web = app.signed_in("reviewer", None).await;
        let (_, page) = web.text(&format!("/reports/{id}")).await;
        assert!(page.contains(&format!("/attachments/{attachment}")));
        let csrf = crate::harness::extract_csrf(&page).unwrap();
        let (kind, body) = multipart(b"not an image at all");
        let r = web
            .http
            .post(web.url(&format!("/reports/{id}/attachments?csrf={csrf}")))
            .header("content-type", kind)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("f-file-error"));

        // Someone who may not see the report may not see its attachments.
        let employee = app.signed_in("employee", Some("RAP")).await;
        assert_eq!(
            employee
                .get(&format!("/attachments/{attachment}"))
                .await
                .status()
                .as_u16(),
            403
        );
        let lapl = app.department_id("LAPL").await;
        let other = app.token("liaison", Some(lapl)).await;
        let hidden = http
            .get(app.url(&format!("/attachments/{attachment}")))
            .bearer_auth(&other)
            .send()
            .await
            .unwrap();
        assert_eq!(hidden.status().as_u16(), 404);
    }
);
