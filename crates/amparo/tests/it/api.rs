use crate::both;
use crate::harness::TestApp;
use amparo::audit::AuditActor;
use amparo::auth::accounts;

both!(
    tokens_are_scoped_hashed_and_revocable,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let lapl = app.department_id("LAPL").await;
        let raw = app.token("liaison", Some(rap)).await;
        let http = reqwest::Client::new();
        let me: serde_json::Value = http
            .get(app.url("/api/v1/me"))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(me["kind"], "token");
        assert_eq!(me["role"], "liaison");
        assert_eq!(me["department"], "RAP");
        let list: serde_json::Value = http
            .get(app.url("/api/v1/departments"))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);
        let r = http
            .get(app.url(&format!("/api/v1/departments/{lapl}")))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"], "not found");
        // Open311 clients send api_key.
        let r = http
            .get(app.url(&format!("/api/v1/departments/{rap}?api_key={raw}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let stored: i64 =
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1")
                .bind(&raw)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(stored, 0, "only the hash is stored");

        let id: i64 = sqlx::query_scalar::<_, i64>("SELECT MAX(id) FROM api_tokens")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert!(
            accounts::revoke_token(&app.db, &app.events, &AuditActor::cli("test"), id)
                .await
                .unwrap()
        );
        let r = http
            .get(app.url("/api/v1/me"))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let r = http
            .get(app.url("/api/v1/me"))
            .bearer_auth("amp_nonsense")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        assert!(app.audit_count("api_token", "denied").await >= 2);
    }
);

both!(
    bad_json_gets_a_clear_4xx_and_nothing_is_lost,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let raw = app.token("admin", None).await;
        let http = reqwest::Client::new();
        let url = app.url(&format!("/api/v1/departments/{rap}/facilities"));
        let post = |body: &'static str| {
            http.post(&url)
                .bearer_auth(&raw)
                .header("content-type", "application/json")
                .body(body)
                .send()
        };

        let r = post(
            r#"{"name": "Depot", "address": "5 Yard Rd", "latitude": 34.0, "longitude": -118.2}"#,
        )
        .await
        .unwrap();
        assert_eq!(r.status(), 201);
        let created: serde_json::Value = r.json().await.unwrap();
        assert_eq!(created["name"], "Depot");

        let r = post("{not json").await.unwrap();
        assert_eq!(r.status(), 400);
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(
            e["fields"]["body"]
                .as_str()
                .unwrap()
                .starts_with("malformed JSON"),
            "the unreadable part is named: {e}"
        );

        let r = post(r#"{"address": "x"}"#).await.unwrap();
        assert_eq!(r.status(), 422);
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["fields"]["name"].is_string(), "{e}");

        let r = post(r#"{"name": "", "address": "x", "latitude": 91, "longitude": 0}"#)
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let e: serde_json::Value = r.json().await.unwrap();
        assert_eq!(e["fields"]["name"], "This is required.");
        assert!(e["fields"]["latitude"]
            .as_str()
            .unwrap()
            .contains("between -90 and 90"));

        let r = post(r#"{"name": "Depot", "address": "elsewhere"}"#)
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "duplicate name");
        let r = http
            .post(&url)
            .bearer_auth(&raw)
            .body("name=x")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "wrong content type");
        let r = http
            .get(app.url("/api/v1/departments/not-a-number"))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_client_error());
        let r = http
            .get(app.url(&format!("/api/v1/departments/{rap}/facilities?page=0")))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        // Found by schemathesis: a page this large overflowed the offset and panicked.
        for (page, status) in [("9223372036854775806", 422), ("99999999999999999999", 400)] {
            let r = http
                .get(app.url(&format!("/api/v1/departments/{rap}/facilities?page={page}")))
                .bearer_auth(&raw)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), status, "page={page}");
            let e: serde_json::Value = r.json().await.unwrap();
            assert!(e["fields"]["page"].is_string(), "{e}");
        }
        let r = http
            .get(app.url("/api/v1/departments/not-a-number"))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap();
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["fields"]["id"].is_string(), "the path's id is named: {e}");

        let page: serde_json::Value = http
            .get(app.url(&format!("/api/v1/departments/{rap}/facilities")))
            .bearer_auth(&raw)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            page["items"].as_array().unwrap().len(),
            1,
            "the first facility survived every bad request"
        );
        assert!(page["next_page"].is_null());
    }
);

both!(
    openapi_document_is_generated_from_the_code,
    |app: TestApp| async move {
        let doc: serde_json::Value = reqwest::get(app.url("/api/v1/openapi.json"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        for (method, path, _) in amparo::app::ROUTES
            .iter()
            .filter(|(_, p, _)| p.starts_with("/api/v1/") && *p != "/api/v1/openapi.json")
        {
            let m = method.as_str().to_lowercase();
            assert!(
                doc["paths"][path][&m].is_object(),
                "{m} {path} missing from the OpenAPI document"
            );
        }
        assert!(doc["components"]["schemas"]["Facility"].is_object());
        assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    }
);
