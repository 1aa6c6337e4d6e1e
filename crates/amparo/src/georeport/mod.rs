//! Open311 GeoReport v2 at /open311/v2 (named georeport to keep it apart from the `open311`
//! wire-format crate): each kind of activity a report names is a service; a service request is
//! a report. This module maps amparo's reports onto the specification.

pub mod store;
pub mod web;

use crate::reports::model::{Choice, ACTIVITIES, CHOICES, TRISTATE_FIELDS};
use crate::reports::store::Report;
use crate::web::i18n::{Lang, Tr};
use open311::{
    Attribute, Datatype, Service, ServiceDefinition, ServiceRequest, ServiceType, Status,
};

pub const GROUP: &str = "Federal enforcement on city property";
pub const AGENCY: &str = "Mayor's Office of Immigrant Affairs";
/// The attribute a client may send so that a retried POST is recognised.
pub const KEY_ATTRIBUTE: &str = "request_key";

fn tr() -> Tr {
    Tr::new(Lang::En)
}

fn label(field: &str, code: &str) -> String {
    let id = format!(
        "report-{}-{}",
        field.replace('_', "-"),
        code.replace('_', "-")
    );
    let t = tr();
    if t.has(&id) {
        t.t(&id)
    } else {
        t.t(code)
    }
}

pub fn services() -> Vec<Service> {
    ACTIVITIES
        .codes
        .iter()
        .map(|code| {
            let name = label("activities", code);
            Service {
                service_code: code.to_string(),
                service_name: format!("Federal immigration enforcement: {name}"),
                description: format!(
                    "Federal immigration enforcement activity seen on or next to City of Los Angeles property ({}). The department's immigrant affairs liaison and the Mayor's Office are alerted at once.",
                    name.to_lowercase()
                ),
                metadata: true,
                kind: ServiceType::Realtime,
                keywords: vec!["immigration".into(), "ICE".into(), "federal enforcement".into(), code.to_string()],
                group: GROUP.into(),
            }
        })
        .collect()
}

fn field_label(field: &str) -> String {
    tr().t(&format!("report-{}", field.replace('_', "-")))
}

fn choice_attribute(c: &Choice, order: u32) -> Attribute {
    Attribute {
        variable: true,
        code: c.field.into(),
        datatype: if c.multiple {
            Datatype::MultiValueList
        } else {
            Datatype::SingleValueList
        },
        required: c.required,
        datatype_description: String::new(),
        order,
        description: field_label(c.field),
        values: c
            .codes
            .iter()
            .map(|v| (v.to_string(), label(c.field, v)))
            .collect(),
    }
}

fn plain(code: &str, datatype: Datatype, order: u32, description: String, hint: &str) -> Attribute {
    Attribute {
        variable: true,
        code: code.into(),
        datatype,
        required: false,
        datatype_description: hint.into(),
        order,
        description,
        values: Vec::new(),
    }
}

/// The questions of the report form, as attributes. The activity is the service itself.
pub fn definition(code: &str, departments: &[(i64, String)]) -> Option<ServiceDefinition> {
    if !ACTIVITIES.codes.contains(&code) {
        return None;
    }
    let mut attributes = vec![Attribute {
        variable: true,
        code: "department_id".into(),
        datatype: Datatype::SingleValueList,
        required: false,
        datatype_description: "Required unless the API key belongs to a department.".into(),
        order: 1,
        description: field_label("department"),
        values: departments
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone()))
            .collect(),
    }];
    attributes.push(plain(
        "facility_id",
        Datatype::Number,
        2,
        field_label("facility"),
        "A facility id from /api/v1/departments/{id}/facilities.",
    ));
    attributes.push(plain(
        "observed_at",
        Datatype::Datetime,
        3,
        field_label("observed_at"),
        "YYYY-MM-DDTHH:MM, Los Angeles time; default now.",
    ));
    let mut order = 4;
    for c in CHOICES.iter().filter(|c| c.field != ACTIVITIES.field) {
        attributes.push(choice_attribute(c, order));
        order += 1;
    }
    for field in TRISTATE_FIELDS {
        attributes.push(Attribute {
            variable: true,
            code: field.to_string(),
            datatype: Datatype::SingleValueList,
            required: false,
            datatype_description: String::new(),
            order,
            description: field_label(field),
            values: ["yes", "no", "unknown"]
                .iter()
                .map(|v| (v.to_string(), tr().t(v)))
                .collect(),
        });
        order += 1;
    }
    for field in [
        "agents_min",
        "vehicles_marked",
        "vehicles_unmarked",
        "detained_count",
        "minors_count",
        "injuries_count",
    ] {
        attributes.push(plain(
            field,
            Datatype::Number,
            order,
            field_label(field),
            "A whole number, 0 or more.",
        ));
        order += 1;
    }
    for field in ["supervisor_name", "supervisor_badge", "staff_actions"] {
        attributes.push(plain(field, Datatype::Text, order, field_label(field), ""));
        order += 1;
    }
    attributes.push(plain(
        KEY_ATTRIBUTE,
        Datatype::String,
        order,
        "A key the client picks for this report (16 to 128 letters, digits, - or _), so that a retried POST returns the same request. Also the token for tokens/{token}.".into(),
        "Optional; recommended.",
    ));
    Some(ServiceDefinition {
        service_code: code.to_string(),
        attributes,
    })
}

fn la_time(stored: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let utc = chrono::DateTime::parse_from_rfc3339(stored)
        .ok()?
        .with_timezone(&chrono::Utc);
    Some(utc.with_timezone(&deadline::la_offset(utc)))
}

/// A report as a service request. Open while its incident is being worked on.
pub fn service_request(r: &Report, incident_state: Option<&str>) -> Option<ServiceRequest> {
    let state = incident_state.unwrap_or("new");
    let code = r
        .activities
        .first()
        .cloned()
        .unwrap_or_else(|| "other".into());
    let updated = [&r.acknowledged_at, &r.escalated_at]
        .into_iter()
        .flatten()
        .max()
        .and_then(|t| la_time(t));
    Some(ServiceRequest {
        service_request_id: r.id.to_string(),
        status: if matches!(state, "new" | "acknowledged" | "verifying") {
            Status::Open
        } else {
            Status::Closed
        },
        status_notes: tr().t(&format!("incident-state-{}", state.replace('_', "-"))),
        service_name: format!(
            "Federal immigration enforcement: {}",
            label("activities", &code)
        ),
        service_code: code,
        description: r.narrative.clone(),
        agency_responsible: AGENCY.into(),
        service_notice: String::new(),
        requested_datetime: la_time(&r.created_at)?,
        updated_datetime: updated,
        expected_datetime: None,
        address: r
            .facility
            .clone()
            .unwrap_or_else(|| r.location_text.clone()),
        address_id: r.facility_id.map(|f| f.to_string()).unwrap_or_default(),
        zipcode: String::new(),
        lat: r.latitude,
        long: r.longitude,
        media_url: String::new(),
    })
}
