#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use open311::check_jurisdiction;

#[test]
fn absent_or_empty_is_accepted_for_a_single_jurisdiction() {
    assert_eq!(check_jurisdiction(None, "lacity.org"), Ok(()));
    assert_eq!(check_jurisdiction(Some(""), "lacity.org"), Ok(()));
    assert_eq!(check_jurisdiction(Some("  "), "lacity.org"), Ok(()));
}

#[test]
fn ours_is_accepted_ignoring_case() {
    assert_eq!(check_jurisdiction(Some("lacity.org"), "lacity.org"), Ok(()));
    assert_eq!(
        check_jurisdiction(Some("LACity.org "), "lacity.org"),
        Ok(())
    );
}

#[test]
fn another_jurisdiction_is_not_found() {
    let error = check_jurisdiction(Some("sfgov.org"), "lacity.org").unwrap_err();
    assert_eq!(error.code, 404);
    assert_eq!(error.http_status(), 404);
    assert!(error.description.contains("jurisdiction_id"));
    assert!(error.description.contains("sfgov.org"));
}
