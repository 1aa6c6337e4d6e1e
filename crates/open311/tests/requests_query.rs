#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{DateTime, TimeDelta, Utc};
use open311::{parse_requests_query, RequestsQuery, Status, DEFAULT_LIMIT};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect()
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn now() -> DateTime<Utc> {
    utc("2026-11-29T17:00:00Z")
}

fn parse(list: &[(&str, &str)]) -> RequestsQuery {
    parse_requests_query(&pairs(list), now()).unwrap()
}

fn error(list: &[(&str, &str)]) -> open311::Error {
    parse_requests_query(&pairs(list), now()).unwrap_err()
}

#[test]
fn no_arguments_means_the_last_90_days_everything_1000_at_most() {
    let query = parse(&[]);
    assert_eq!(query.end, now());
    assert_eq!(query.start, now() - TimeDelta::days(90));
    assert!(query.service_request_ids.is_empty());
    assert!(query.service_codes.is_empty());
    assert!(query.statuses.is_empty());
    assert_eq!(query.limit, DEFAULT_LIMIT);
    assert_eq!(query.limit, 1000);
    assert_eq!(query.jurisdiction_id, None);
    assert!(!query.is_by_id());
}

#[test]
fn empty_values_count_as_absent() {
    let query = parse(&[
        ("start_date", ""),
        ("end_date", " "),
        ("status", ""),
        ("service_code", ""),
        ("service_request_id", ""),
        ("jurisdiction_id", ""),
    ]);
    assert_eq!(query, parse(&[]));
}

#[test]
fn spec_sample_query() {
    let query = parse(&[
        ("start_date", "2010-05-24T00:00:00Z"),
        ("end_date", "2010-06-24T00:00:00Z"),
        ("status", "open"),
        ("jurisdiction_id", "city.gov"),
    ]);
    assert_eq!(query.start, utc("2010-05-24T00:00:00Z"));
    assert_eq!(query.end, utc("2010-06-24T00:00:00Z"));
    assert_eq!(query.statuses, [Status::Open]);
    assert_eq!(query.jurisdiction_id.as_deref(), Some("city.gov"));
}

#[test]
fn dates_with_offsets_are_converted_to_utc() {
    let query = parse(&[("start_date", "2026-11-01T00:00:00-08:00")]);
    assert_eq!(query.start, utc("2026-11-01T08:00:00Z"));
}

#[test]
fn only_end_date_means_the_90_days_before_it() {
    let query = parse(&[("end_date", "2026-06-30T00:00:00Z")]);
    assert_eq!(query.end, utc("2026-06-30T00:00:00Z"));
    assert_eq!(query.start, utc("2026-04-01T00:00:00Z"));
}

#[test]
fn only_start_date_means_the_90_days_after_it() {
    let query = parse(&[("start_date", "2026-04-01T00:00:00Z")]);
    assert_eq!(query.start, utc("2026-04-01T00:00:00Z"));
    assert_eq!(query.end, utc("2026-06-30T00:00:00Z"));
}

#[test]
fn exactly_90_days_is_allowed_one_second_more_is_not() {
    let query = parse(&[
        ("start_date", "2026-04-01T00:00:00Z"),
        ("end_date", "2026-06-30T00:00:00Z"),
    ]);
    assert_eq!(query.end - query.start, TimeDelta::days(90));
    let too_long = error(&[
        ("start_date", "2026-04-01T00:00:00Z"),
        ("end_date", "2026-06-30T00:00:01Z"),
    ]);
    assert_eq!(too_long.code, 400);
    assert!(too_long.description.contains("start_date"));
    assert!(too_long.description.contains("end_date"));
    assert!(too_long.description.contains("90 days"));
}

#[test]
fn end_before_start_is_rejected() {
    let problem = error(&[
        ("start_date", "2026-06-01T00:00:00Z"),
        ("end_date", "2026-05-01T00:00:00Z"),
    ]);
    assert_eq!(problem.code, 400);
    assert!(problem.description.contains("end_date"));
}

#[test]
fn unparseable_dates_name_their_parameter() {
    for (name, value) in [
        ("start_date", "2026-06-01"),
        ("start_date", "2026-06-01T00:00:00"),
        ("end_date", "last tuesday"),
    ] {
        let problem = error(&[(name, value)]);
        assert_eq!(problem.code, 400);
        assert!(
            problem.description.starts_with(name),
            "{}",
            problem.description
        );
        assert!(problem.description.contains(value));
    }
}

#[test]
fn statuses_comma_delimited_or_repeated() {
    assert_eq!(
        parse(&[("status", "open,closed")]).statuses,
        [Status::Open, Status::Closed]
    );
    assert_eq!(
        parse(&[("status", "closed"), ("status", "open, closed")]).statuses,
        [Status::Closed, Status::Open]
    );
}

#[test]
fn unknown_status_is_rejected_by_name() {
    let problem = error(&[("status", "open,pending")]);
    assert_eq!(problem.code, 400);
    assert!(problem.description.contains("status"));
    assert!(problem.description.contains("pending"));
    assert!(error(&[("status", "Open")]).description.contains("status"));
}

#[test]
fn service_codes_comma_delimited_or_repeated() {
    let query = parse(&[("service_code", "001, 006,,001"), ("service_code", "033")]);
    assert_eq!(query.service_codes, ["001", "006", "033"]);
}

#[test]
fn service_request_ids_override_everything_else() {
    let query = parse(&[
        ("service_request_id", "638344,638345"),
        ("service_request_id", "638346"),
        ("status", "bogus"),
        ("start_date", "not a date"),
        ("service_code", "001"),
        ("jurisdiction_id", "lacity.org"),
    ]);
    assert!(query.is_by_id());
    assert_eq!(query.service_request_ids, ["638344", "638345", "638346"]);
    assert!(query.service_codes.is_empty());
    assert!(query.statuses.is_empty());
    assert_eq!(query.start, DateTime::UNIX_EPOCH);
    assert_eq!(query.end, now());
    assert_eq!(query.jurisdiction_id.as_deref(), Some("lacity.org"));
}

#[test]
fn unknown_parameters_are_ignored() {
    assert_eq!(parse(&[("api_key", "xyz"), ("page", "2")]), parse(&[]));
}

#[test]
fn a_date_repeated_with_different_values_is_rejected() {
    let problem = error(&[
        ("start_date", "2026-06-01T00:00:00Z"),
        ("start_date", "2026-07-01T00:00:00Z"),
    ]);
    assert_eq!(problem.code, 400);
    assert!(problem.description.contains("start_date"));
    let same_twice = parse(&[
        ("start_date", "2026-06-01T00:00:00Z"),
        ("start_date", "2026-06-01T00:00:00Z"),
    ]);
    assert_eq!(same_twice.start, utc("2026-06-01T00:00:00Z"));
}
