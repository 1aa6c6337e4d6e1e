//! What `Districts::parse` accepts, and the messages it gives an admin for what it rejects.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use geo::{Districts, GeoError};

fn square(lon: f64, lat: f64) -> String {
    format!(
        "[[[{w},{s}],[{e},{s}],[{e},{n}],[{w},{n}],[{w},{s}]]]",
        w = lon,
        e = lon + 0.1,
        s = lat,
        n = lat + 0.1
    )
}

fn feature(properties: &str, geometry: &str) -> String {
    format!(r#"{{"type":"Feature","properties":{properties},"geometry":{geometry}}}"#)
}

fn polygon(lon: f64, lat: f64) -> String {
    format!(r#"{{"type":"Polygon","coordinates":{}}}"#, square(lon, lat))
}

fn collection(features: &[String]) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

fn parse_err(text: &str) -> GeoError {
    match Districts::parse(text) {
        Ok(_) => panic!("expected an error for {text}"),
        Err(e) => e,
    }
}

#[test]
fn single_feature_is_accepted() {
    let text = feature(r#"{"name":"Harbor"}"#, &polygon(-118.3, 33.7));
    let districts = Districts::parse(&text).expect("parses");
    assert_eq!(districts.names(), vec!["Harbor"]);
    assert_eq!(districts.locate(33.75, -118.25), Some("Harbor"));
}

#[test]
fn name_is_taken_from_the_first_present_property() {
    let text = collection(&[
        feature(
            r#"{"CD":"ignored","district":"Seven"}"#,
            &polygon(-118.3, 33.7),
        ),
        feature(r#"{"council_district":12}"#, &polygon(-118.0, 33.7)),
        feature(
            r#"{"DISTRICT":4.0,"NAME":"ignored"}"#,
            &polygon(-117.7, 33.7),
        ),
        feature(r#"{"name":null,"cd":"3"}"#, &polygon(-117.4, 33.7)),
        feature(r#"{"name":"  ","NAME":"Fourteen"}"#, &polygon(-117.1, 33.7)),
    ]);
    let districts = Districts::parse(&text).expect("parses");
    assert_eq!(districts.names(), vec!["Seven", "12", "4", "3", "Fourteen"]);
}

#[test]
fn unclosed_rings_and_altitudes_are_tolerated() {
    let geometry = r#"{"type":"Polygon","coordinates":[[[-118.3,33.7,10],[-118.2,33.7,10],[-118.2,33.8,10],[-118.3,33.8,10]]]}"#;
    let districts = Districts::parse(&feature(r#"{"name":"A"}"#, geometry)).expect("parses");
    assert_eq!(districts.locate(33.75, -118.25), Some("A"));
}

#[test]
fn invalid_json() {
    let err = parse_err("{not json");
    assert!(matches!(err, GeoError::InvalidJson(_)));
    assert!(err.to_string().starts_with("not valid JSON: "), "{err}");
}

#[test]
fn not_a_feature_collection() {
    let err = parse_err(r#"{"type":"Point","coordinates":[0,0]}"#);
    assert!(matches!(err, GeoError::NotFeatureCollection { .. }));
    assert!(err.to_string().contains("Point"), "{err}");
    assert!(matches!(
        parse_err("[1,2]"),
        GeoError::NotFeatureCollection { .. }
    ));
}

#[test]
fn no_features() {
    let err = parse_err(r#"{"type":"FeatureCollection","features":[]}"#);
    assert_eq!(err, GeoError::NoFeatures);
    assert!(err.to_string().starts_with("no features"), "{err}");
}

#[test]
fn feature_that_is_not_an_object() {
    let text = collection(&[
        feature(r#"{"name":"1"}"#, &polygon(-118.3, 33.7)),
        "7".into(),
    ]);
    assert_eq!(parse_err(&text), GeoError::NotAFeature { feature: 2 });
}

#[test]
fn unsupported_geometry_names_type_and_feature() {
    let line = r#"{"type":"LineString","coordinates":[[-118.3,33.7],[-118.2,33.8]]}"#;
    let text = collection(&[
        feature(r#"{"name":"1"}"#, &polygon(-118.3, 33.7)),
        feature(r#"{"name":"2"}"#, &polygon(-118.0, 33.7)),
        feature(r#"{"name":"3"}"#, line),
    ]);
    let err = parse_err(&text);
    assert_eq!(
        err.to_string(),
        "feature 3: geometry type LineString is not a Polygon or MultiPolygon"
    );
}

#[test]
fn missing_geometry() {
    let text = collection(&[feature(r#"{"name":"1"}"#, "null")]);
    assert_eq!(parse_err(&text), GeoError::MissingGeometry { feature: 1 });
}

#[test]
fn missing_name_lists_the_properties_looked_for() {
    let text = collection(&[
        feature(r#"{"name":"1"}"#, &polygon(-118.3, 33.7)),
        feature(r#"{"label":"2"}"#, &polygon(-118.0, 33.7)),
    ]);
    let err = parse_err(&text);
    assert_eq!(err, GeoError::MissingName { feature: 2 });
    let message = err.to_string();
    assert!(
        message.starts_with("feature 2 has no name property (looked for name, district"),
        "{message}"
    );
    assert!(message.contains("council_district"), "{message}");
    let no_properties = collection(&[r#"{"type":"Feature","geometry":null}"#.to_string()]);
    assert_eq!(
        parse_err(&no_properties),
        GeoError::MissingName { feature: 1 }
    );
}

#[test]
fn coordinates_out_of_range_including_swapped_lat_lon() {
    // [lat, lon] instead of [lon, lat]: latitude -118 is impossible.
    let swapped = r#"{"type":"Polygon","coordinates":[[[33.7,-118.3],[33.8,-118.3],[33.8,-118.2],[33.7,-118.3]]]}"#;
    let text = collection(&[
        feature(r#"{"name":"1"}"#, &polygon(-118.3, 33.7)),
        feature(r#"{"name":"2"}"#, &polygon(-118.0, 33.7)),
        feature(r#"{"name":"3"}"#, &polygon(-117.7, 33.7)),
        feature(r#"{"name":"4"}"#, swapped),
    ]);
    let err = parse_err(&text);
    assert_eq!(err, GeoError::CoordinatesOutOfRange { feature: 4 });
    assert!(
        err.to_string()
            .starts_with("feature 4: coordinates out of range"),
        "{err}"
    );
}

#[test]
fn malformed_coordinates() {
    let cases = [
        r#"{"type":"Polygon"}"#,
        r#"{"type":"Polygon","coordinates":[]}"#,
        r#"{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}"#,
        r#"{"type":"Polygon","coordinates":[[[0,0],[1,"x"],[1,1],[0,0]]]}"#,
        r#"{"type":"Polygon","coordinates":[[[0],[1,0],[1,1],[0,0]]]}"#,
        r#"{"type":"MultiPolygon","coordinates":[]}"#,
        r#"{"type":"MultiPolygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#,
    ];
    for geometry in cases {
        let err = parse_err(&feature(r#"{"name":"1"}"#, geometry));
        assert!(
            matches!(err, GeoError::MalformedCoordinates { feature: 1, .. }),
            "{geometry}: {err:?}"
        );
        assert!(
            err.to_string()
                .starts_with("feature 1: coordinates are malformed"),
            "{err}"
        );
    }
}

#[test]
fn duplicate_names_are_rejected() {
    let text = collection(&[
        feature(r#"{"name":"5"}"#, &polygon(-118.3, 33.7)),
        feature(r#"{"name":"6"}"#, &polygon(-118.0, 33.7)),
        feature(r#"{"district":5}"#, &polygon(-117.7, 33.7)),
    ]);
    let err = parse_err(&text);
    assert_eq!(
        err,
        GeoError::DuplicateName {
            name: "5".into(),
            first: 1,
            second: 3
        }
    );
    assert!(err.to_string().contains("\"5\""), "{err}");
}

#[test]
fn too_many_features() {
    let features: Vec<String> = (0..501)
        .map(|i| feature(&format!(r#"{{"name":"{i}"}}"#), &polygon(-118.3, 33.7)))
        .collect();
    let err = parse_err(&collection(&features));
    assert_eq!(
        err,
        GeoError::TooManyFeatures {
            count: 501,
            max: 500
        }
    );
    assert!(err.to_string().contains("500"), "{err}");
    // The limit itself is fine.
    let at_limit: Vec<String> = (0..500)
        .map(|i| feature(&format!(r#"{{"name":"{i}"}}"#), &polygon(-118.3, 33.7)))
        .collect();
    assert_eq!(
        Districts::parse(&collection(&at_limit)).map(|d| d.len()),
        Ok(500)
    );
}

#[test]
fn too_many_coordinates() {
    // One ring of 2,000,001 points (a thin fan; the shape does not matter).
    let mut ring = String::with_capacity(2_000_001 * 14);
    ring.push('[');
    for i in 0..2_000_001u32 {
        if i > 0 {
            ring.push(',');
        }
        ring.push_str(if i % 2 == 0 { "[0,0]" } else { "[1,1]" });
    }
    ring.push(']');
    let geometry = format!(r#"{{"type":"Polygon","coordinates":[{ring}]}}"#);
    let err = parse_err(&feature(r#"{"name":"1"}"#, &geometry));
    assert_eq!(err, GeoError::TooManyCoordinates { max: 2_000_000 });
}
