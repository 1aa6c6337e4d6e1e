#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::DateTime;
use open311::*;

const DECL: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

fn pothole() -> Service {
    Service {
        service_code: "001".into(),
        service_name: "Pothole".into(),
        description: "A hole in the road".into(),
        metadata: true,
        kind: ServiceType::Realtime,
        keywords: vec!["road".into(), "street".into()],
        group: "streets".into(),
    }
}

fn closed_request() -> ServiceRequest {
    ServiceRequest {
        service_request_id: "638344".into(),
        status: Status::Closed,
        status_notes: "Duplicate request.".into(),
        service_name: "Sidewalk and Curb Issues".into(),
        service_code: "006".into(),
        description: String::new(),
        agency_responsible: String::new(),
        service_notice: String::new(),
        requested_datetime: DateTime::parse_from_rfc3339("2010-04-14T06:37:38-08:00").unwrap(),
        updated_datetime: Some(DateTime::parse_from_rfc3339("2010-04-14T06:37:38-08:00").unwrap()),
        expected_datetime: None,
        address: "8TH AVE and JUDAH ST".into(),
        address_id: "545483".into(),
        zipcode: "94122".into(),
        lat: Some(37.762221815),
        long: Some(-122.4651145),
        media_url: String::new(),
    }
}

fn definition() -> ServiceDefinition {
    ServiceDefinition {
        service_code: "DMV66".into(),
        attributes: vec![Attribute {
            variable: true,
            code: "WHISHETN".into(),
            datatype: Datatype::SingleValueList,
            required: true,
            datatype_description: String::new(),
            order: 1,
            description: "What is the ticket/tag/DL number?".into(),
            values: vec![
                ("123".into(), "Ford".into()),
                ("124".into(), "Chrysler".into()),
            ],
        }],
    }
}

#[test]
fn services_as_json() {
    assert_eq!(
        render_services(Format::Json, &[pothole()]),
        r#"[{"service_code":"001","service_name":"Pothole","description":"A hole in the road","metadata":true,"type":"realtime","keywords":"road, street","group":"streets"}]"#
    );
}

#[test]
fn services_as_xml() {
    let expected = format!(
        "{DECL}<services><service><service_code>001</service_code><service_name>Pothole</service_name><description>A hole in the road</description><metadata>true</metadata><type>realtime</type><keywords>road, street</keywords><group>streets</group></service></services>"
    );
    assert_eq!(render_services(Format::Xml, &[pothole()]), expected);
}

#[test]
fn empty_service_list_is_an_empty_array_or_root() {
    assert_eq!(render_services(Format::Json, &[]), "[]");
    assert_eq!(
        render_services(Format::Xml, &[]),
        format!("{DECL}<services></services>")
    );
}

#[test]
fn empty_text_is_null_in_json_and_an_empty_element_in_xml() {
    let service = Service {
        description: String::new(),
        keywords: Vec::new(),
        group: String::new(),
        metadata: false,
        kind: ServiceType::Blackbox,
        ..pothole()
    };
    assert_eq!(
        render_services(Format::Json, std::slice::from_ref(&service)),
        r#"[{"service_code":"001","service_name":"Pothole","description":null,"metadata":false,"type":"blackbox","keywords":null,"group":null}]"#
    );
    assert!(render_services(Format::Xml, &[service]).contains(
        "<description></description><metadata>false</metadata><type>blackbox</type><keywords></keywords><group></group>"
    ));
}

#[test]
fn definition_as_json_is_an_object() {
    assert_eq!(
        render_definition(Format::Json, &definition()),
        r#"{"service_code":"DMV66","attributes":[{"variable":true,"code":"WHISHETN","datatype":"singlevaluelist","required":true,"datatype_description":null,"order":1,"description":"What is the ticket/tag/DL number?","values":[{"key":"123","name":"Ford"},{"key":"124","name":"Chrysler"}]}]}"#
    );
}

#[test]
fn definition_as_xml() {
    let expected = format!(
        "{DECL}<service_definition><service_code>DMV66</service_code><attributes><attribute><variable>true</variable><code>WHISHETN</code><datatype>singlevaluelist</datatype><required>true</required><datatype_description></datatype_description><order>1</order><description>What is the ticket/tag/DL number?</description><values><value><key>123</key><name>Ford</name></value><value><key>124</key><name>Chrysler</name></value></values></attribute></attributes></service_definition>"
    );
    assert_eq!(render_definition(Format::Xml, &definition()), expected);
}

#[test]
fn every_datatype_has_its_spec_spelling() {
    let spelled: Vec<&str> = [
        Datatype::String,
        Datatype::Number,
        Datatype::Datetime,
        Datatype::Text,
        Datatype::SingleValueList,
        Datatype::MultiValueList,
    ]
    .iter()
    .map(|datatype| datatype.as_str())
    .collect();
    assert_eq!(
        spelled,
        [
            "string",
            "number",
            "datetime",
            "text",
            "singlevaluelist",
            "multivaluelist"
        ]
    );
}

#[test]
fn requests_as_json() {
    assert_eq!(
        render_requests(Format::Json, &[closed_request()]),
        r#"[{"service_request_id":"638344","status":"closed","status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues","service_code":"006","description":null,"agency_responsible":null,"service_notice":null,"requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00","expected_datetime":null,"address":"8TH AVE and JUDAH ST","address_id":"545483","zipcode":"94122","lat":37.762221815,"long":-122.4651145,"media_url":null}]"#
    );
}

#[test]
fn requests_as_xml() {
    let expected = format!(
        "{DECL}<service_requests><request><service_request_id>638344</service_request_id><status>closed</status><status_notes>Duplicate request.</status_notes><service_name>Sidewalk and Curb Issues</service_name><service_code>006</service_code><description></description><agency_responsible></agency_responsible><service_notice></service_notice><requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime><updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime><expected_datetime></expected_datetime><address>8TH AVE and JUDAH ST</address><address_id>545483</address_id><zipcode>94122</zipcode><lat>37.762221815</lat><long>-122.4651145</long><media_url></media_url></request></service_requests>"
    );
    assert_eq!(render_requests(Format::Xml, &[closed_request()]), expected);
}

#[test]
fn request_without_coordinates_and_in_utc() {
    let request = ServiceRequest {
        status: Status::Open,
        requested_datetime: DateTime::parse_from_rfc3339("2026-11-29T17:15:00Z").unwrap(),
        lat: None,
        long: None,
        ..closed_request()
    };
    let json = render_requests(Format::Json, std::slice::from_ref(&request));
    assert!(json.contains(r#""status":"open""#));
    assert!(json.contains(r#""requested_datetime":"2026-11-29T17:15:00Z""#));
    assert!(json.contains(r#""lat":null,"long":null"#));
    let xml = render_requests(Format::Xml, &[request]);
    assert!(xml.contains("<lat></lat><long></long>"));
}

#[test]
fn realtime_post_result_has_no_token() {
    let result = PostResult {
        service_request_id: Some("293944".into()),
        token: None,
        service_notice: "The City will inspect within 2 days.".into(),
        account_id: None,
    };
    assert_eq!(
        render_post(Format::Json, std::slice::from_ref(&result)),
        r#"[{"service_request_id":"293944","service_notice":"The City will inspect within 2 days.","account_id":null}]"#
    );
    assert_eq!(
        render_post(Format::Xml, &[result]),
        format!("{DECL}<service_requests><request><service_request_id>293944</service_request_id><service_notice>The City will inspect within 2 days.</service_notice><account_id></account_id></request></service_requests>")
    );
}

#[test]
fn batch_post_result_has_no_id() {
    let result = PostResult {
        token: Some("12345".into()),
        account_id: Some("acct-9".into()),
        ..PostResult::default()
    };
    assert_eq!(
        render_post(Format::Json, std::slice::from_ref(&result)),
        r#"[{"token":"12345","service_notice":null,"account_id":"acct-9"}]"#
    );
    assert_eq!(
        render_post(Format::Xml, &[result]),
        format!("{DECL}<service_requests><request><token>12345</token><service_notice></service_notice><account_id>acct-9</account_id></request></service_requests>")
    );
}

#[test]
fn tokens_in_both_formats() {
    let results = [
        TokenResult {
            service_request_id: Some("638344".into()),
            token: "12345".into(),
        },
        TokenResult {
            service_request_id: None,
            token: "12346".into(),
        },
    ];
    assert_eq!(
        render_tokens(Format::Json, &results),
        r#"[{"service_request_id":"638344","token":"12345"},{"service_request_id":null,"token":"12346"}]"#
    );
    assert_eq!(
        render_tokens(Format::Xml, &results),
        format!("{DECL}<service_requests><request><service_request_id>638344</service_request_id><token>12345</token></request><request><service_request_id></service_request_id><token>12346</token></request></service_requests>")
    );
}

#[test]
fn errors_in_both_formats() {
    let errors = [
        Error::forbidden("Invalid api_key received -- can't proceed with create_request."),
        Error::bad_request("service_code was not provided"),
    ];
    assert_eq!(
        render_errors(Format::Json, &errors),
        r#"[{"code":403,"description":"Invalid api_key received -- can't proceed with create_request."},{"code":400,"description":"service_code was not provided"}]"#
    );
    assert_eq!(
        render_errors(Format::Xml, &errors),
        format!("{DECL}<errors><error><code>403</code><description>Invalid api_key received -- can&apos;t proceed with create_request.</description></error><error><code>400</code><description>service_code was not provided</description></error></errors>")
    );
}

#[test]
fn http_status_is_400_403_or_404() {
    assert_eq!(Error::not_found("x").http_status(), 404);
    assert_eq!(Error::forbidden("x").http_status(), 403);
    assert_eq!(Error::bad_request("x").http_status(), 400);
    assert_eq!(Error::new(4001, "more specific").http_status(), 400);
}

#[test]
fn xml_escapes_markup_in_every_text_field() {
    let service = Service {
        service_code: "a&b".into(),
        service_name: "<script>".into(),
        description: r#"say "hi" & 'bye'"#.into(),
        keywords: vec!["x<y".into()],
        group: "R&D".into(),
        ..pothole()
    };
    let xml = render_services(Format::Xml, &[service]);
    assert!(xml.contains("<service_code>a&amp;b</service_code>"));
    assert!(xml.contains("<service_name>&lt;script&gt;</service_name>"));
    assert!(xml.contains("<description>say &quot;hi&quot; &amp; &apos;bye&apos;</description>"));
    assert!(xml.contains("<keywords>x&lt;y</keywords>"));
    assert!(xml.contains("<group>R&amp;D</group>"));
}

#[test]
fn json_output_parses_back_with_the_same_values() {
    let request = ServiceRequest {
        description: "Line one\nline \"two\" \\ <b>&</b> \u{1} ñ 😀".into(),
        ..closed_request()
    };
    let documents = [
        render_services(Format::Json, &[pothole()]),
        render_definition(Format::Json, &definition()),
        render_requests(Format::Json, std::slice::from_ref(&request)),
        render_post(Format::Json, &[PostResult::default()]),
        render_errors(Format::Json, &[Error::bad_request("\"quoted\"")]),
    ];
    for document in &documents {
        serde_json::from_str::<serde_json::Value>(document)
            .unwrap_or_else(|error| panic!("invalid JSON {document}: {error}"));
    }
    let parsed: serde_json::Value = serde_json::from_str(&documents[2]).unwrap();
    assert_eq!(parsed[0]["description"], request.description.as_str());
    assert_eq!(parsed[0]["lat"], 37.762221815);
    let definition: serde_json::Value = serde_json::from_str(&documents[1]).unwrap();
    assert!(definition.is_object());
    assert_eq!(definition["attributes"][0]["values"][1]["name"], "Chrysler");
}

#[test]
fn non_finite_coordinates_render_as_no_value() {
    let request = ServiceRequest {
        lat: Some(f64::NAN),
        long: Some(f64::INFINITY),
        ..closed_request()
    };
    let json = render_requests(Format::Json, std::slice::from_ref(&request));
    assert!(json.contains(r#""lat":null,"long":null"#));
    let xml = render_requests(Format::Xml, &[request]);
    assert!(xml.contains("<lat></lat><long></long>"));
}
