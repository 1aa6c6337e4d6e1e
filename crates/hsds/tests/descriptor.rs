#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use hsds::{hsds3, parse_package, Format, Kind};

#[test]
fn embedded_hsds3_descriptor() {
    let pkg = hsds3();
    assert!(std::ptr::eq(pkg, hsds3()));
    assert_eq!(pkg.name, "human_services_data");
    assert_eq!(pkg.version, "3.0.0");
    let names: Vec<&str> = pkg.resources.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "organization",
            "program",
            "service",
            "attribute",
            "service_at_location",
            "location",
            "phone",
            "contact",
            "address",
            "schedule",
            "funding",
            "service_area",
            "required_document",
            "language",
            "accessibility",
            "taxonomy_term",
            "metadata",
            "meta_table_description",
            "cost_option",
            "organization_identifier",
            "taxonomy",
        ]
    );
    assert!(pkg.resources.iter().all(|r| r.primary_key == "id"));
    let service = pkg.resource("service").unwrap();
    assert_eq!(service.path, "services.csv");
    let status = service.field("status").unwrap();
    assert!(status.required);
    assert_eq!(
        status.allowed.as_deref().unwrap(),
        ["active", "inactive", "defunct", "temporarily closed"]
    );
    assert_eq!(service.field("last_modified").unwrap().kind, Kind::DateTime);
    assert_eq!(service.field("assured_date").unwrap().kind, Kind::Date);
    assert_eq!(service.field("url").unwrap().format, Some(Format::Uri));
    assert_eq!(service.foreign_keys.len(), 2);
    let id = pkg.resource("organization").unwrap().field("id").unwrap();
    assert!(id.required && id.unique && id.format == Some(Format::Uuid));
    let loc = pkg.resource("location").unwrap();
    assert_eq!(loc.field("latitude").unwrap().kind, Kind::Number);
    let sched = pkg.resource("schedule").unwrap();
    assert_eq!(sched.field("opens_at").unwrap().kind, Kind::Time);
    assert_eq!(sched.field("timezone").unwrap().kind, Kind::Number);
    let fks: usize = pkg.resources.iter().map(|r| r.foreign_keys.len()).sum();
    assert_eq!(fks, 31);
    // Surprising but true in 3.0: one program per organization.
    assert!(
        pkg.resource("program")
            .unwrap()
            .field("organization_id")
            .unwrap()
            .unique
    );
}

#[test]
fn descriptor_problems_are_rejected() {
    let wrap = |fields: &str, extra: &str| {
        format!(
            r#"{{"name":"p","resources":[{{"name":"a","path":"a.csv","schema":{{"fields":[{fields}]{extra}}}}}]}}"#
        )
    };
    assert!(parse_package(&wrap(r#"{"name":"id"}"#, "")).is_ok());
    let bad = [
        "not json".to_owned(),
        "[]".to_owned(),
        r#"{"name":"p"}"#.to_owned(),
        wrap(r#"{"name":"g","type":"geopoint"}"#, ""),
        wrap(r#"{"name":"g","format":"binary"}"#, ""),
        wrap(r#"{"type":"string"}"#, ""),
        wrap(r#"{"name":"a"},{"name":"a"}"#, ""),
        wrap(r#"{"name":"a"},{"name":"b"}"#, r#","primaryKey":["a","b"]"#),
        wrap(r#"{"name":"a"}"#, r#","primaryKey":"zz""#),
        wrap(r#"{"name":"a"}"#, r#","foreignKeys":[{"fields":"a","reference":{"resource":"nope","fields":"id"}}]"#),
        wrap(r#"{"name":"a"}"#, r#","foreignKeys":[{"fields":"a","reference":{"resource":"a","fields":"zz"}}]"#),
        wrap(r#"{"name":"a","constraints":{"enum":"x"}}"#, ""),
        r#"{"name":"p","resources":[{"name":"a","path":"datapackage.json","schema":{"fields":[]}}]}"#.to_owned(),
    ];
    for json in &bad {
        assert!(parse_package(json).is_err(), "accepted: {json}");
    }
    let err = parse_package(&wrap(r#"{"name":"g","type":"geopoint"}"#, "")).unwrap_err();
    assert_eq!(err, "resource a: field g: unsupported type geopoint");
}
