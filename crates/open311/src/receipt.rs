//! What POST requests.{format} and GET tokens/{token}.{format} answer. Both use the
//! `service_requests`/`request` wrapper (a top-level array in JSON).

use crate::json::{self, JsonObject};
use crate::xml::XmlDocument;
use crate::Format;

/// The answer to a POST: fields service_request_id, token, service_notice, account_id.
///
/// The spec says service_request_id "should not be returned if token is returned" and
/// vice versa, so a `None` id or token leaves its element out entirely (a realtime
/// service sets the id, a batch service the token, a blackbox service neither).
/// service_notice and account_id "may not be returned"; they are always rendered, empty
/// or `null` when there is nothing to say, as in the spec's example (`<account_id/>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostResult {
    pub service_request_id: Option<String>,
    pub token: Option<String>,
    pub service_notice: String,
    pub account_id: Option<String>,
}

/// The answer to tokens/{token}: `service_request_id` is `None` while the request has not
/// been created yet, rendered as an empty element / `null` so clients can poll again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenResult {
    pub service_request_id: Option<String>,
    pub token: String,
}

pub fn render_post(format: Format, results: &[PostResult]) -> String {
    match format {
        Format::Json => json::array(results.iter().map(|result| {
            let mut object = JsonObject::new();
            if let Some(id) = &result.service_request_id {
                object.text("service_request_id", id);
            }
            if let Some(token) = &result.token {
                object.text("token", token);
            }
            object.text("service_notice", &result.service_notice);
            object.text("account_id", result.account_id.as_deref().unwrap_or(""));
            object.finish()
        })),
        Format::Xml => {
            let mut xml = XmlDocument::new("service_requests");
            for result in results {
                xml.open("request");
                if let Some(id) = &result.service_request_id {
                    xml.element("service_request_id", id);
                }
                if let Some(token) = &result.token {
                    xml.element("token", token);
                }
                xml.element("service_notice", &result.service_notice);
                xml.element("account_id", result.account_id.as_deref().unwrap_or(""));
                xml.close("request");
            }
            xml.finish()
        }
    }
}

pub fn render_tokens(format: Format, results: &[TokenResult]) -> String {
    match format {
        Format::Json => json::array(results.iter().map(|result| {
            let mut object = JsonObject::new();
            let id = result.service_request_id.as_deref().unwrap_or("");
            object.text("service_request_id", id);
            object.text("token", &result.token);
            object.finish()
        })),
        Format::Xml => {
            let mut xml = XmlDocument::new("service_requests");
            for result in results {
                xml.open("request");
                let id = result.service_request_id.as_deref().unwrap_or("");
                xml.element("service_request_id", id);
                xml.element("token", &result.token);
                xml.close("request");
            }
            xml.finish()
        }
    }
}
