#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::example_fixed;
use hsds::{hsds3, import_csv, record_from_json, typed_json, validate_records, Dataset};
use serde_json::{json, Value};

#[test]
fn typed_json_uses_descriptor_types() {
    let data = import_csv(hsds3(), &example_fixed()).unwrap();
    let loc = hsds3().resource("location").unwrap();
    let obj = typed_json(loc, &data.tables["location"][0]);
    assert_eq!(obj["latitude"], json!(100));
    assert_eq!(obj["longitude"], json!(101));
    // A string field of digits stays a string.
    assert_eq!(obj["external_identifier"], json!("10092008082"));
    assert_eq!(obj["location_type"], json!("physical"));
    assert!(!obj.contains_key("alternate_name") || obj["alternate_name"].is_string());
    let mut rec = data.tables["location"][0].clone();
    rec.values.insert("latitude".into(), "51.5074".into());
    rec.values.insert("longitude".into(), "-0.1278".into());
    let obj = typed_json(loc, &rec);
    assert_eq!(obj["latitude"], json!(51.5074));
    assert_eq!(obj["longitude"], json!(-0.1278));
    let cost = typed_json(
        hsds3().resource("cost_option").unwrap(),
        &data.tables["cost_option"][0],
    );
    assert_eq!(cost["amount"], json!(35));
    let sched = typed_json(
        hsds3().resource("schedule").unwrap(),
        &data.tables["schedule"][0],
    );
    assert_eq!(
        (sched["timezone"].clone(), sched["interval"].clone()),
        (json!(3), json!(1))
    );
    assert_eq!(sched["opens_at"], json!("10:00:00"));
    // Unvalidated junk in a number field is kept as text, not dropped.
    rec.values.insert("latitude".into(), "north".into());
    assert_eq!(typed_json(loc, &rec)["latitude"], json!("north"));
}

#[test]
fn every_example_record_survives_json_and_back() {
    let data = import_csv(hsds3(), &example_fixed()).unwrap();
    for res in &hsds3().resources {
        for rec in &data.tables[&res.name] {
            let obj = typed_json(res, rec);
            assert_eq!(&record_from_json(res, &obj), rec, "{}", res.name);
        }
    }
}

#[test]
fn record_from_json_flattens_scalars_and_skips_nested() {
    let res = hsds3().resource("service").unwrap();
    let obj = json!({
        "id": "ac148810-d857-441c-9679-408f346de14b",
        "name": "Counselling",
        "minimum_age": 16,
        "maximum_age": 18.5,
        "alternate_name": null,
        "description": "",
        "phones": [{"id": "x"}],
        "organization": {"id": "y"},
        "fancy": true
    });
    let rec = record_from_json(res, obj.as_object().unwrap());
    let keys: Vec<&str> = rec.values.keys().map(String::as_str).collect();
    assert_eq!(keys, ["fancy", "id", "maximum_age", "minimum_age", "name"]);
    assert_eq!(rec.get("minimum_age"), Some("16"));
    assert_eq!(rec.get("maximum_age"), Some("18.5"));
    assert_eq!(rec.get("fancy"), Some("true"));
}

#[test]
fn validate_records_reports_json_positions() {
    let res = hsds3().resource("taxonomy").unwrap();
    let good =
        json!({"id": "5c4d79d7-cc55-470e-9f1f-8cad074e4892", "name": "n", "description": "d"});
    let bad = json!({"id": "5c4d79d7-cc55-470e-9f1f-8cad074e4892", "name": "n", "uri": "nope", "extra": 1});
    let records: Vec<_> = [good, bad]
        .iter()
        .map(|v: &Value| record_from_json(res, v.as_object().unwrap()))
        .collect();
    let mut data = Dataset::default();
    data.tables.insert("taxonomy".into(), records);
    data.tables.insert("nonsense".into(), Vec::new());
    let got: Vec<String> = validate_records(hsds3(), &data)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "taxonomies.csv line 3, field extra: unknown field",
            "taxonomies.csv line 3, field id: duplicate value 5c4d79d7-cc55-470e-9f1f-8cad074e4892 (first on line 2)",
            "taxonomies.csv line 3, field description: is required",
            "taxonomies.csv line 3, field uri: must be a URI with a scheme, like https://example.org",
            "nonsense: not a resource of package human_services_data",
        ]
    );
    // The consistent example validates cleanly through this path as well.
    let data = import_csv(hsds3(), &example_fixed()).unwrap();
    assert!(validate_records(hsds3(), &data).is_empty());
}
