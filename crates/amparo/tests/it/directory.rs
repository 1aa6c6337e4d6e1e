//! The service directory: importing the HSDS example package (all or nothing, per-row
//! errors), the /hsds API with its Page envelope and filters, and export round-trips.

use crate::both;
use crate::harness::{Browser, TestApp};
use std::collections::BTreeMap;

/// The HSDS example package as published (its datapackage.json is a one-line pointer).
fn upstream_files() -> BTreeMap<String, Vec<u8>> {
    let dir = format!(
        "{}/../hsds/tests/fixtures/example",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".csv") || name == "datapackage.json" {
            out.insert(name, std::fs::read(&path).unwrap());
        }
    }
    out
}

/// The published example points four foreign keys at ids that exist nowhere in it (see
/// crates/hsds/tests/common); pointed at the rows that do exist, it is consistent.
fn example_files() -> BTreeMap<String, Vec<u8>> {
    let mut files = upstream_files();
    for (file, from, to) in [
        (
            "locations.csv",
            "985e4a42-bd9f-4edc-911d-0243a4640aca",
            "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        ),
        (
            "contacts.csv",
            "ae67a707-5893-4225-b0b1-320ab9cb596b",
            "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        ),
        (
            "contacts.csv",
            "93eaf18d-1cd2-4ec7-bffb-3c9172ee5070",
            "e94c9f38-1e8f-4564-91d4-d53501ab1765",
        ),
        (
            "taxonomy_terms.csv",
            "07ff6aee-a219-438c-b694-d2fcb6c5373b",
            "5c4d79d7-cc55-470e-9f1f-8cad074e4892",
        ),
    ] {
        let text = String::from_utf8(files[file].clone()).unwrap();
        files.insert(file.to_string(), text.replace(from, to).into_bytes());
    }
    files
}

/// A multipart body with one `files` part per file.
fn package_body(files: &BTreeMap<String, Vec<u8>>) -> (String, Vec<u8>) {
    let boundary = "amparo-test-package-5c1d";
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(b: &Browser, csrf: &str, files: &BTreeMap<String, Vec<u8>>) -> reqwest::Response {
    let (kind, body) = package_body(files);
    b.http
        .post(b.url(&format!("/directory/import?csrf={csrf}")))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// A published HSDS schema (crates/hsds/spec/schema), with `{"$ref": "x.json"}` replaced by
/// the referenced file so the validator needs no network or file resolution.
fn schema(name: &str) -> serde_json::Value {
    fn load(name: &str) -> serde_json::Value {
        let path = format!("{}/../hsds/spec/schema/{name}", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    }
    fn inline(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(r)) = m.get("$ref").cloned() {
                    *v = load(&r);
                    inline(v);
                } else {
                    m.values_mut().for_each(inline);
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(inline),
            _ => {}
        }
    }
    let mut s = load(name);
    inline(&mut s);
    s
}

/// Fails with every violation when `value` does not validate against `schema`.
fn conforms(value: &serde_json::Value, schema: &serde_json::Value, what: &str) {
    let validator = jsonschema::validator_for(schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not conform:\n{}",
        errors.join("\n")
    );
}

/// A page of `item` records: the Page envelope, and each item against its schema.
fn conforms_page(page: &serde_json::Value, item: &str) {
    let envelope = serde_json::json!({
        "type": "object",
        "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
        "properties": {
            "total_items": {"type": "integer"}, "total_pages": {"type": "integer"},
            "page_number": {"type": "integer"}, "size": {"type": "integer"},
            "first_page": {"type": "boolean"}, "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"}, "contents": {"type": "array"}
        }
    });
    conforms(page, &envelope, "Page envelope");
    let item_schema = schema(item);
    for (i, v) in page["contents"].as_array().unwrap().iter().enumerate() {
        conforms(v, &item_schema, &format!("{item} item {i}"));
    }
}

async fn json(app: &TestApp, path: &str) -> serde_json::Value {
    let r = reqwest::get(app.url(path)).await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    assert!(r.headers().get("set-cookie").is_none());
    r.json().await.unwrap()
}

both!(
    the_example_package_imports_and_is_served_by_the_hsds_api,
    |app: TestApp| async move {
        let editor = app.signed_in("editor", None).await;
        let csrf = editor.csrf("/directory/import").await;

        // The package as published: four dangling references, each named; nothing imported.
        let r = upload(&editor, &csrf, &upstream_files()).await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        let list = html.split("id=\"import-problems\"").nth(1).unwrap();
        let list = list.split("</ul>").next().unwrap();
        assert_eq!(list.matches("<li>").count(), 4, "{list}");
        assert!(
            html.contains("locations.csv line 2") && html.contains("taxonomy_terms.csv line 2")
        );

        // A broken package: every problem named by file, line and field; nothing imported.
        let mut broken = example_files();
        let services = String::from_utf8(broken["services.csv"].clone()).unwrap();
        broken.insert(
            "services.csv".into(),
            services.replace(",active,", ",open,").into_bytes(),
        );
        let r = upload(&editor, &csrf, &broken).await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("services.csv line 2") && html.contains("status"),
            "{html}"
        );
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM hsds_records")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert_eq!(stored, 0, "nothing half-imported");

        let r = upload(&editor, &csrf, &example_files()).await;
        assert_eq!(r.status(), 303);

        let root = json(&app, "/hsds/").await;
        assert_eq!(root["version"], "3.0");
        assert!(root["openapi_url"]
            .as_str()
            .unwrap()
            .ends_with("/hsds/openapi.json"));
        let list = json(&app, "/hsds/services").await;
        conforms_page(&list, "compiled/service_list.json");
        conforms_page(
            &json(&app, "/hsds/services?full=true").await,
            "compiled/service.json",
        );
        conforms_page(
            &json(&app, "/hsds/organizations").await,
            "compiled/organization_list.json",
        );
        conforms_page(
            &json(&app, "/hsds/organizations?full=true").await,
            "compiled/organization.json",
        );
        conforms_page(&json(&app, "/hsds/taxonomies").await, "taxonomy.json");
        conforms_page(
            &json(&app, "/hsds/taxonomy_terms").await,
            "taxonomy_term.json",
        );
        conforms_page(
            &json(&app, "/hsds/service_at_locations").await,
            "compiled/service_at_location_list.json",
        );
        for key in [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ] {
            assert!(list.get(key).is_some(), "Page envelope lacks {key}");
        }
        assert_eq!(list["total_items"], 1);
        let id = list["contents"][0]["id"].as_str().unwrap().to_string();
        let full = json(&app, &format!("/hsds/services/{id}")).await;
        conforms(
            &full,
            &schema("compiled/service.json"),
            "GET /hsds/services/{id}",
        );
        let org_id = full["organization"]["id"].as_str().unwrap().to_string();
        conforms(
            &json(&app, &format!("/hsds/organizations/{org_id}")).await,
            &schema("compiled/organization.json"),
            "GET /hsds/organizations/{id}",
        );
        let sal_id = full["service_at_locations"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
        conforms(
            &json(&app, &format!("/hsds/service_at_locations/{sal_id}")).await,
            &schema("compiled/service_at_location.json"),
            "GET /hsds/service_at_locations/{id}",
        );
        assert_eq!(full["name"], "Community Counselling");
        assert!(full["organization"]["name"].is_string());
        assert!(full["service_at_locations"][0]["location"]["id"].is_string());
        assert!(full["phones"].is_array() && full["schedules"].is_array());
        assert_eq!(
            json(&app, "/hsds/services?search=counselling").await["total_items"],
            1
        );
        assert_eq!(
            json(&app, "/hsds/services?search=bakery").await["total_items"],
            0
        );
        assert_eq!(json(&app, "/hsds/services?page=2").await["empty"], true);
        assert_eq!(json(&app, "/hsds/organizations").await["total_items"], 1);
        assert_eq!(json(&app, "/hsds/taxonomies").await["total_items"], 1);
        assert_eq!(json(&app, "/hsds/taxonomy_terms").await["total_items"], 1);
        let sal = json(&app, "/hsds/service_at_locations").await;
        assert_eq!(sal["total_items"], 1);
        let r = reqwest::get(app.url("/hsds/services?per_page=0"))
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let r = reqwest::get(app.url("/hsds/service_at_locations?proximity=500"))
            .await
            .unwrap();
        assert_eq!(r.status(), 422);

        // Export, and import the export again: the same records.
        let mut exported = BTreeMap::new();
        for name in example_files().keys() {
            let r = reqwest::get(app.url(&format!("/hsds/export/{name}")))
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "{name}");
            exported.insert(name.clone(), r.bytes().await.unwrap().to_vec());
        }
        let before = amparo::directory::store::dataset(&app.db).await.unwrap();
        let r = upload(&editor, &csrf, &exported).await;
        assert_eq!(r.status(), 303);
        let after = amparo::directory::store::dataset(&app.db).await.unwrap();
        assert_eq!(before.tables, after.tables, "the export round-trips");
        assert!(app.audit_count("import_directory", "ok").await >= 2);

        // JSON through the API, with errors reported per record.
        let token = app.token("editor", None).await;
        let http = reqwest::Client::new();
        let r = http
            .post(app.url("/api/v1/directory/import"))
            .bearer_auth(&token)
            .json(&serde_json::json!({"organization": [{"id": "not-a-uuid"}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let v: serde_json::Value = r.json().await.unwrap();
        assert!(
            v["problems"].as_array().is_some_and(|p| !p.is_empty()),
            "{v}"
        );
    }
);
