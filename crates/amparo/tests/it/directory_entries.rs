//! Editors write directory entries on a form: bad input named field by field with nothing
//! stored; a saved entry is a set of valid HSDS records the residents' search finds; saving
//! again replaces its phones, languages, hours and needs; an imported entry survives a save.

use crate::both;
use crate::harness::{location, TestApp};
use amparo::audit::AuditActor;

async fn services(app: &TestApp) -> usize {
    amparo::directory::store::records(&app.db, "service", None)
        .await
        .unwrap()
        .len()
}

both!(
    editors_write_and_change_directory_entries,
    |app: TestApp| async move {
        amparo::directory::seed(&app.db, &AuditActor::cli("test"), false)
            .await
            .unwrap();
        let before = services(&app).await;
        let editor = app.signed_in("editor", None).await;
        let (status, _) = editor.text("/directory/entries/new").await;
        assert_eq!(status, 200);
        let csrf = editor.csrf("/directory/entries/new").await;

        let r = editor
            .post_form(
                "/directory/entries",
                &csrf,
                &[
                    ("phone", "call us"),
                    ("url", "javascript:x"),
                    ("zip", "10001"),
                    ("day", "MO"),
                    ("opens", "9"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        for field in [
            "organization",
            "name",
            "description",
            "phone",
            "url",
            "address",
            "zip",
            "opens",
            "closes",
        ] {
            assert!(html.contains(&format!("id=\"f-{field}-error\"")), "{field}");
        }
        assert_eq!(services(&app).await, before, "nothing stored");

        let entry = [
            ("organization", "Eastside Legal Clinic"),
            ("name", "Immigration consultations"),
            ("description", "Free consultations with a lawyer."),
            ("phone", "(323) 555-0142"),
            ("url", "https://example.org/eastside"),
            ("need", "legal-aid"),
            ("language", "es"),
            ("language", "ko"),
            ("address", "1 Example Street"),
            ("city", "Los Angeles"),
            ("zip", "90033"),
            ("day", "MO"),
            ("day", "TU"),
            ("opens", "09:00"),
            ("closes", "17:00"),
            ("status", "active"),
        ];
        let r = editor.post_form("/directory/entries", &csrf, &entry).await;
        assert_eq!(r.status(), 303);
        let edit = location(&r);
        let id = edit
            .trim_start_matches("/directory/entries/")
            .trim_end_matches("?notice=saved")
            .to_string();
        assert_eq!(services(&app).await, before + 1);

        // The residents' search finds it by need, language and distance.
        let html =
            reqwest::get(app.url("/en/directory?need=legal-aid&language=ko&zip=90033&within=1"))
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
        assert!(
            html.contains("Immigration consultations"),
            "found by the search"
        );
        assert!(html.contains("href=\"tel:3235550142\""));
        // And the HSDS API serves it nested.
        let v: serde_json::Value = reqwest::get(app.url(&format!("/hsds/services/{id}")))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["organization"]["name"], "Eastside Legal Clinic");
        assert_eq!(v["languages"].as_array().unwrap().len(), 2);
        assert_eq!(
            v["service_at_locations"][0]["location"]["addresses"][0]["postal_code"],
            "90033"
        );

        // The edit form shows what was saved; saving replaces languages and hours.
        let (_, form) = editor.text(&format!("/directory/entries/{id}")).await;
        assert!(form.contains("value=\"Eastside Legal Clinic\""));
        assert!(form.contains("value=\"ko\" checked"));
        let mut changed: Vec<(&str, &str)> = entry
            .iter()
            .copied()
            .filter(|(k, v)| !(*k == "language" && *v == "ko") && *k != "day")
            .collect();
        changed.push(("day", "SA"));
        let r = editor
            .post_form(&format!("/directory/entries/{id}"), &csrf, &changed)
            .await;
        assert_eq!(r.status(), 303);
        let v: serde_json::Value = reqwest::get(app.url(&format!("/hsds/services/{id}")))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["languages"].as_array().unwrap().len(), 1);
        assert_eq!(v["schedules"].as_array().unwrap().len(), 1);
        assert_eq!(v["schedules"][0]["byday"], "SA");
        assert_eq!(
            v["service_at_locations"].as_array().unwrap().len(),
            1,
            "the same place kept"
        );
        assert_eq!(services(&app).await, before + 1);

        // An imported entry (988: two languages, hours round the clock) saved unchanged stays so.
        let lifeline = amparo::directory::store::records(&app.db, "service", None)
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.get("name") == Some("988 Suicide & Crisis Lifeline"))
            .unwrap();
        let path = format!("/directory/entries/{}", lifeline.id());
        let loaded = amparo::directory::load_entry(&app.db, lifeline.id())
            .await
            .unwrap()
            .unwrap();
        let pairs = loaded.to_form().pairs();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = editor.post_form(&path, &csrf, &pairs).await;
        assert_eq!(r.status(), 303);
        let again = amparo::directory::load_entry(&app.db, lifeline.id())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again, loaded);

        let r = editor
            .post_form(
                "/directory/entries/00000000-0000-4000-8000-000000000000",
                &csrf,
                &entry,
            )
            .await;
        assert_eq!(r.status(), 404);
        let (_, list) = editor.text("/directory/entries").await;
        assert!(list.contains("Immigration consultations"));
        assert_eq!(app.audit_count("create_directory_entry", "ok").await, 1);
        assert_eq!(app.audit_count("update_directory_entry", "ok").await, 2);
    }
);
