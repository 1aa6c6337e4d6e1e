#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Date, method and criminality normalisation.

use ice_records::normalise::{charge_descriptions, criminality_from, method_from, parse_date};
use ice_records::{Criminality, Method};

#[test]
fn dates_in_the_release_spellings() {
    let ok = |s: &str| parse_date(s).unwrap();
    assert_eq!(ok("2025-08-19").date, "2025-08-19");
    assert_eq!(ok("2021-12-01T00:00:00Z").time, None);
    assert_eq!(ok("2021-12-01T08:15:00Z").time.as_deref(), Some("08:15:00"));
    assert_eq!(ok("3/4/2024").date, "2024-03-04");
    assert_eq!(ok("2024-02-29").date, "2024-02-29");
    for bad in [
        "2023-02-29",
        "2025-13-01",
        "2025-1-01",
        "19/05/2024",
        "yesterday",
        "2025-01-01T25:00:00",
    ] {
        assert!(parse_date(bad).is_err(), "{bad}");
    }
}

#[test]
fn methods_and_criminality() {
    assert_eq!(method_from("Non-Custodial Arrest"), Method::AtLarge);
    assert_eq!(method_from("At-large"), Method::AtLarge);
    assert_eq!(method_from("Custodial Arrest"), Method::Custodial);
    assert_eq!(method_from("CAP Local Incarceration"), Method::Custodial);
    assert_eq!(method_from("Located"), Method::Other);
    assert_eq!(
        criminality_from("2 Pending Criminal Charges"),
        Criminality::Pending
    );
    assert_eq!(
        criminality_from("Other Immigration Violator"),
        Criminality::OtherViolator
    );
    assert_eq!(criminality_from("?"), Criminality::Unknown);
}

#[test]
fn charge_descriptions_from_i213_json() {
    let json = r#"[{"OFFENSE_DATE":"2021-12-02","CHARGE_DESCRIPTION":"DUI \"FIRST\""},{"CHARGE_DESCRIPTION":"THEFT"}]"#;
    assert_eq!(
        charge_descriptions(json).as_deref(),
        Some("DUI \"FIRST\"; THEFT")
    );
    assert_eq!(charge_descriptions("[]"), None);
}
