//! GET services.{format}: the service list.

use crate::json::{self, JsonObject};
use crate::xml::XmlDocument;
use crate::Format;

/// How a POST to this service answers (the service list's `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceType {
    /// The service_request_id is returned right away.
    Realtime,
    /// A token is returned, to be exchanged later at tokens/{token}.
    Batch,
    /// No service request ID is ever returned.
    Blackbox,
}

impl ServiceType {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceType::Realtime => "realtime",
            ServiceType::Batch => "batch",
            ServiceType::Blackbox => "blackbox",
        }
    }
}

/// One request type a resident can report.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub service_code: String,
    pub service_name: String,
    pub description: String,
    /// True when the service has a definition (extra form fields) the client must fetch.
    pub metadata: bool,
    /// Rendered as `type` (a Rust keyword, hence the field name).
    pub kind: ServiceType,
    /// Rendered as one comma separated string (`"lorem, ipsum, dolor"`), as the spec
    /// defines the field; empty list → empty/`null`.
    pub keywords: Vec<String>,
    pub group: String,
}

/// Renders `<services><service>…</service>…</services>`, or a top-level JSON array.
/// Fields in the spec's table order: service_code, service_name, description, metadata,
/// type, keywords, group.
pub fn render_services(format: Format, services: &[Service]) -> String {
    match format {
        Format::Json => json::array(services.iter().map(service_json)),
        Format::Xml => {
            let mut xml = XmlDocument::new("services");
            for service in services {
                xml.open("service");
                xml.element("service_code", &service.service_code);
                xml.element("service_name", &service.service_name);
                xml.element("description", &service.description);
                xml.element("metadata", bool_text(service.metadata));
                xml.element("type", service.kind.as_str());
                xml.element("keywords", &service.keywords.join(", "));
                xml.element("group", &service.group);
                xml.close("service");
            }
            xml.finish()
        }
    }
}

fn service_json(service: &Service) -> String {
    let mut object = JsonObject::new();
    object.text("service_code", &service.service_code);
    object.text("service_name", &service.service_name);
    object.text("description", &service.description);
    object.boolean("metadata", service.metadata);
    object.text("type", service.kind.as_str());
    object.text("keywords", &service.keywords.join(", "));
    object.text("group", &service.group);
    object.finish()
}

pub(crate) fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}
