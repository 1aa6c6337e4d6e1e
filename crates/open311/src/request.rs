//! GET requests.{format} and requests/{id}.{format}: service requests as published.

use crate::datetime::format_w3c;
use crate::json::{self, JsonObject};
use crate::xml::XmlDocument;
use crate::Format;
use chrono::{DateTime, FixedOffset};

/// A request's state; the spec knows only these two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// "It has been reported."
    Open,
    /// "It has been resolved."
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }

    /// Exactly `open` or `closed`, as the spec spells them.
    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "open" => Some(Status::Open),
            "closed" => Some(Status::Closed),
            _ => None,
        }
    }
}

/// One service request. Text fields use `""` for "no value": rendered as an empty element
/// in XML and `null` in JSON, as in the spec's examples. Identifiers (`service_request_id`,
/// `service_code`, `address_id`, `zipcode`) are JSON strings: the spec's examples print
/// them as bare numbers, but `006` is not valid JSON and zero-padding must survive.
///
/// Datetimes carry a `FixedOffset` so the server can publish Los Angeles local time
/// (`2026-11-29T09:15:00-08:00`); whole seconds are rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRequest {
    pub service_request_id: String,
    pub status: Status,
    pub status_notes: String,
    pub service_name: String,
    pub service_code: String,
    pub description: String,
    pub agency_responsible: String,
    pub service_notice: String,
    pub requested_datetime: DateTime<FixedOffset>,
    /// Last change; for a closed request, when it was closed.
    pub updated_datetime: Option<DateTime<FixedOffset>>,
    pub expected_datetime: Option<DateTime<FixedOffset>>,
    /// Human readable location, most specific part first. (POST calls it address_string.)
    pub address: String,
    pub address_id: String,
    pub zipcode: String,
    /// WGS84. JSON numbers; `None` → `null` / empty element.
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub media_url: String,
}

/// Renders `<service_requests><request>…</request>…</service_requests>`, or a top-level
/// JSON array; also used for a single request (an array of one), as the spec does.
/// Fields in the spec's table order.
pub fn render_requests(format: Format, requests: &[ServiceRequest]) -> String {
    match format {
        Format::Json => json::array(requests.iter().map(request_json)),
        Format::Xml => {
            let mut xml = XmlDocument::new("service_requests");
            for request in requests {
                request_xml(&mut xml, request);
            }
            xml.finish()
        }
    }
}

fn optional_datetime(datetime: &Option<DateTime<FixedOffset>>) -> String {
    datetime.as_ref().map(format_w3c).unwrap_or_default()
}

fn optional_float(value: Option<f64>) -> String {
    match value {
        Some(number) if number.is_finite() => number.to_string(),
        _ => String::new(),
    }
}

fn request_json(request: &ServiceRequest) -> String {
    let mut object = JsonObject::new();
    object.text("service_request_id", &request.service_request_id);
    object.text("status", request.status.as_str());
    object.text("status_notes", &request.status_notes);
    object.text("service_name", &request.service_name);
    object.text("service_code", &request.service_code);
    object.text("description", &request.description);
    object.text("agency_responsible", &request.agency_responsible);
    object.text("service_notice", &request.service_notice);
    object.text(
        "requested_datetime",
        &format_w3c(&request.requested_datetime),
    );
    object.text(
        "updated_datetime",
        &optional_datetime(&request.updated_datetime),
    );
    object.text(
        "expected_datetime",
        &optional_datetime(&request.expected_datetime),
    );
    object.text("address", &request.address);
    object.text("address_id", &request.address_id);
    object.text("zipcode", &request.zipcode);
    object.float("lat", request.lat);
    object.float("long", request.long);
    object.text("media_url", &request.media_url);
    object.finish()
}

fn request_xml(xml: &mut XmlDocument, request: &ServiceRequest) {
    xml.open("request");
    xml.element("service_request_id", &request.service_request_id);
    xml.element("status", request.status.as_str());
    xml.element("status_notes", &request.status_notes);
    xml.element("service_name", &request.service_name);
    xml.element("service_code", &request.service_code);
    xml.element("description", &request.description);
    xml.element("agency_responsible", &request.agency_responsible);
    xml.element("service_notice", &request.service_notice);
    xml.element(
        "requested_datetime",
        &format_w3c(&request.requested_datetime),
    );
    xml.element(
        "updated_datetime",
        &optional_datetime(&request.updated_datetime),
    );
    xml.element(
        "expected_datetime",
        &optional_datetime(&request.expected_datetime),
    );
    xml.element("address", &request.address);
    xml.element("address_id", &request.address_id);
    xml.element("zipcode", &request.zipcode);
    xml.element("lat", &optional_float(request.lat));
    xml.element("long", &optional_float(request.long));
    xml.element("media_url", &request.media_url);
    xml.close("request");
}
