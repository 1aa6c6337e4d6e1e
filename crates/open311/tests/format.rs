#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use open311::{Format, FORM_CONTENT_TYPE};

#[test]
fn splits_the_last_path_segment_on_its_last_dot() {
    assert_eq!(
        Format::from_path_segment("requests.json"),
        Some(("requests", Format::Json))
    );
    assert_eq!(
        Format::from_path_segment("services.xml"),
        Some(("services", Format::Xml))
    );
    // Ids and tokens may themselves hold dots.
    assert_eq!(
        Format::from_path_segment("v1.2.xml"),
        Some(("v1.2", Format::Xml))
    );
}

#[test]
fn refuses_unknown_missing_or_bare_extensions() {
    assert_eq!(Format::from_path_segment("requests"), None);
    assert_eq!(Format::from_path_segment("requests.html"), None);
    assert_eq!(Format::from_path_segment("requests.XML"), None);
    assert_eq!(Format::from_path_segment("requests."), None);
    assert_eq!(Format::from_path_segment(".json"), None);
    assert_eq!(Format::from_path_segment(""), None);
}

#[test]
fn gives_the_content_types_the_spec_quotes() {
    assert_eq!(
        Format::Json.content_type(),
        "application/json; charset=utf-8"
    );
    assert_eq!(Format::Xml.content_type(), "text/xml; charset=utf-8");
    assert_eq!(Format::Json.media_type(), "application/json");
    assert_eq!(Format::Xml.media_type(), "text/xml");
    assert_eq!(Format::Json.extension(), "json");
    assert_eq!(
        FORM_CONTENT_TYPE,
        "application/x-www-form-urlencoded; charset=utf-8"
    );
}
