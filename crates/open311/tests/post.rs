#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use open311::{parse_post, Error, PostRequest};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect()
}

fn parse(list: &[(&str, &str)]) -> PostRequest {
    parse_post(&pairs(list)).unwrap()
}

fn errors(list: &[(&str, &str)]) -> Vec<Error> {
    parse_post(&pairs(list)).unwrap_err()
}

fn mentions(errors: &[Error], word: &str) -> bool {
    errors.iter().any(|error| error.description.contains(word))
}

#[test]
fn spec_example_body() {
    let request = parse(&[
        ("api_key", "xyz"),
        ("jurisdiction_id", "city.gov"),
        ("service_code", "001"),
        ("lat", "37.76524078"),
        ("long", "-122.4212043"),
        ("address_string", "1234 5th street"),
        ("email", "smit222@sfgov.edu"),
        ("device_id", "tt222111"),
        ("account_id", "123456"),
        ("first_name", "john"),
        ("last_name", "smith"),
        ("phone", "111111111"),
        ("description", "A large sinkhole is destroying the street"),
        (
            "media_url",
            "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg",
        ),
        ("attribute[WHISPAWN]", "123456"),
        ("attribute[WHISDORN]", "COISL001"),
    ]);
    assert_eq!(request.api_key.as_deref(), Some("xyz"));
    assert_eq!(request.jurisdiction_id.as_deref(), Some("city.gov"));
    assert_eq!(request.service_code, "001");
    assert_eq!(request.lat, Some(37.76524078));
    assert_eq!(request.long, Some(-122.4212043));
    assert_eq!(request.address_string.as_deref(), Some("1234 5th street"));
    assert_eq!(request.device_id.as_deref(), Some("tt222111"));
    assert_eq!(request.account_id.as_deref(), Some("123456"));
    assert_eq!(request.first_name.as_deref(), Some("john"));
    assert_eq!(request.last_name.as_deref(), Some("smith"));
    assert_eq!(request.phone.as_deref(), Some("111111111"));
    assert_eq!(request.email.as_deref(), Some("smit222@sfgov.edu"));
    assert!(request.media_url.is_some());
    assert!(request.description.is_some());
    assert_eq!(request.attributes["WHISPAWN"], ["123456"]);
    assert_eq!(request.attributes["WHISDORN"], ["COISL001"]);
}

#[test]
fn multivaluelist_attributes_collect_every_value() {
    let request = parse(&[
        ("service_code", "001"),
        ("address_id", "545483"),
        ("attribute[code1][]", "value1"),
        ("attribute[code1][]", "value2"),
        ("attribute[code2]", "single"),
        ("attribute[code1][]", "value3"),
        ("attribute[code3][]", ""),
    ]);
    assert_eq!(request.attributes["code1"], ["value1", "value2", "value3"]);
    assert_eq!(request.attributes["code2"], ["single"]);
    assert!(!request.attributes.contains_key("code3"));
    assert_eq!(request.attributes.len(), 2);
}

#[test]
fn both_attribute_forms_of_one_code_are_merged() {
    let request = parse(&[
        ("service_code", "001"),
        ("address_id", "1"),
        ("attribute[c]", "a"),
        ("attribute[c][]", "b"),
    ]);
    assert_eq!(request.attributes["c"], ["a", "b"]);
}

#[test]
fn malformed_attribute_names_are_reported() {
    let problems = errors(&[
        ("service_code", "001"),
        ("address_id", "1"),
        ("attribute[]", "x"),
        ("attribute[a][b]", "y"),
    ]);
    assert_eq!(problems.len(), 2);
    assert!(mentions(&problems, "attribute[]"));
    assert!(mentions(&problems, "attribute[a][b]"));
}

#[test]
fn any_one_location_is_enough() {
    let with_coordinates = parse(&[("service_code", "1"), ("lat", "34.05"), ("long", "-118.24")]);
    assert_eq!(with_coordinates.lat, Some(34.05));
    assert_eq!(with_coordinates.long, Some(-118.24));
    assert_eq!(with_coordinates.address_string, None);
    let with_address = parse(&[("service_code", "1"), ("address_string", "200 N Spring St")]);
    assert_eq!((with_address.lat, with_address.long), (None, None));
    let with_address_id = parse(&[("service_code", "1"), ("address_id", "545483")]);
    assert_eq!(with_address_id.address_id.as_deref(), Some("545483"));
}

#[test]
fn missing_location_is_a_400_naming_the_choices() {
    let problems = errors(&[("service_code", "1"), ("address_string", " ")]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, 400);
    for name in ["lat", "long", "address_string", "address_id"] {
        assert!(problems[0].description.contains(name));
    }
}

#[test]
fn lat_and_long_must_come_together() {
    let problems = errors(&[("service_code", "1"), ("lat", "34.05"), ("address_id", "1")]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].description.contains("long"));
    let problems = errors(&[("service_code", "1"), ("long", "-118.24")]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].description.contains("lat"));
}

#[test]
fn coordinates_must_be_numbers_in_range() {
    let problems = errors(&[("service_code", "1"), ("lat", "north"), ("long", "-181")]);
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(|problem| problem.code == 400));
    assert!(mentions(&problems, "lat 'north'"));
    assert!(mentions(&problems, "long -181"));
    assert_eq!(
        errors(&[("service_code", "1"), ("lat", "90.5"), ("long", "0")]).len(),
        1
    );
    assert_eq!(
        errors(&[("service_code", "1"), ("lat", "NaN"), ("long", "0")]).len(),
        1
    );
    assert_eq!(
        errors(&[("service_code", "1"), ("lat", "inf"), ("long", "0")]).len(),
        1
    );
    let edges = parse(&[("service_code", "1"), ("lat", "-90"), ("long", "180")]);
    assert_eq!((edges.lat, edges.long), (Some(-90.0), Some(180.0)));
}

#[test]
fn several_problems_are_reported_at_once() {
    let problems = errors(&[("lat", "x")]);
    assert!(problems.len() >= 3, "{problems:?}");
    assert!(mentions(&problems, "service_code"));
    assert!(mentions(&problems, "lat 'x'"));
    assert!(mentions(&problems, "without long"));
    assert!(problems.iter().all(|problem| problem.code == 400));
}

#[test]
fn description_is_limited_to_4000_characters() {
    let at_limit = "ñ".repeat(4000);
    let request = parse(&[
        ("service_code", "1"),
        ("address_id", "1"),
        ("description", &at_limit),
    ]);
    assert_eq!(request.description.as_deref(), Some(at_limit.as_str()));
    let over = "a".repeat(4001);
    let problems = errors(&[
        ("service_code", "1"),
        ("address_id", "1"),
        ("description", &over),
    ]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].description.contains("description"));
    assert!(problems[0].description.contains("4000"));
}

#[test]
fn empty_optional_values_are_absent_and_unknown_names_ignored() {
    let request = parse(&[
        ("service_code", " 001 "),
        ("address_id", "1"),
        ("email", ""),
        ("phone", "  "),
        ("api_key", ""),
        ("favourite_colour", "blue"),
    ]);
    assert_eq!(request.service_code, "001");
    assert_eq!(request.email, None);
    assert_eq!(request.phone, None);
    assert_eq!(request.api_key, None);
}

#[test]
fn conflicting_repeats_are_reported() {
    let problems = errors(&[
        ("service_code", "001"),
        ("service_code", "002"),
        ("address_id", "1"),
    ]);
    assert!(mentions(&problems, "service_code was given more than once"));
}
