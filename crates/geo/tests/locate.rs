//! Point lookup against the demo fixture (made-up rectangles, not real boundaries).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use geo::Districts;

fn demo() -> Districts {
    let text = include_str!("fixtures/demo-council-districts.geojson");
    Districts::parse(text).expect("demo fixture parses")
}

#[test]
fn fixture_has_fifteen_named_districts_in_file_order() {
    let districts = demo();
    assert_eq!(districts.len(), 15);
    assert!(!districts.is_empty());
    let expected: Vec<String> = (1..=15).map(|n| n.to_string()).collect();
    assert_eq!(districts.names(), expected);
}

#[test]
fn city_hall_falls_in_a_district() {
    // 34.0537, -118.2428: third row from the south, eastern column.
    assert_eq!(demo().locate(34.0537, -118.2428), Some("9"));
}

#[test]
fn corners_of_the_box_fall_in_the_corner_districts() {
    let districts = demo();
    assert_eq!(districts.locate(33.71, -118.66), Some("1"));
    assert_eq!(districts.locate(33.71, -118.16), Some("3"));
    assert_eq!(districts.locate(34.33, -118.66), Some("13"));
    assert_eq!(districts.locate(34.33, -118.16), Some("15"));
}

#[test]
fn points_outside_the_box_are_in_no_district() {
    let districts = demo();
    assert_eq!(districts.locate(40.7128, -74.0060), None); // New York
    assert_eq!(districts.locate(33.5, -118.3), None); // south of the box
    assert_eq!(districts.locate(34.0, -118.0), None); // east of the box
    assert_eq!(districts.locate(0.0, 0.0), None);
}

#[test]
fn hole_is_excluded_from_its_district() {
    let districts = demo();
    // District 5 around its hole.
    assert_eq!(districts.locate(33.84, -118.42), Some("5"));
    // Inside the hole but outside the island: no district.
    assert_eq!(districts.locate(33.875, -118.445), None);
    assert_eq!(districts.locate(33.905, -118.405), None);
}

#[test]
fn multipolygon_island_inside_the_hole_belongs_to_its_own_district() {
    let districts = demo();
    assert_eq!(districts.locate(33.89, -118.425), Some("15"));
    // And the main part of 15 still works.
    assert_eq!(districts.locate(34.3, -118.2), Some("15"));
}

#[test]
fn boundary_points_are_deterministic() {
    let districts = demo();
    // On the shared edge between 8 and 9, and on a four-way corner.
    for (lat, lon) in [(34.0, -118.33), (33.956, -118.33), (33.828, -118.5)] {
        let first = districts.locate(lat, lon);
        assert!(
            first.is_some(),
            "interior edge ({lat}, {lon}) should land somewhere"
        );
        for _ in 0..10 {
            assert_eq!(districts.locate(lat, lon), first);
        }
    }
}

#[test]
fn non_finite_points_are_in_no_district() {
    let districts = demo();
    assert_eq!(districts.locate(f64::NAN, -118.2), None);
    assert_eq!(districts.locate(34.0, f64::INFINITY), None);
}

#[test]
fn to_geojson_round_trips() {
    let districts = demo();
    let served = districts.to_geojson();
    let again = Districts::parse(&served).expect("served GeoJSON parses");
    assert_eq!(again.names(), districts.names());
    for (lat, lon) in [
        (34.0537, -118.2428),
        (33.875, -118.445),
        (33.89, -118.425),
        (33.84, -118.42),
        (34.33, -118.66),
        (35.0, -118.3),
    ] {
        assert_eq!(again.locate(lat, lon), districts.locate(lat, lon));
    }
}

#[test]
fn to_geojson_is_a_feature_collection_with_name_properties() {
    let served: serde_json::Value = serde_json::from_str(&demo().to_geojson()).expect("valid JSON");
    assert_eq!(served["type"], "FeatureCollection");
    let features = served["features"].as_array().expect("features array");
    assert_eq!(features.len(), 15);
    assert_eq!(features[0]["properties"]["name"], "1");
    assert_eq!(features[4]["geometry"]["type"], "MultiPolygon");
    // District 5 keeps its hole: one polygon, two rings.
    assert_eq!(
        features[4]["geometry"]["coordinates"][0]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}
