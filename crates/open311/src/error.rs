//! The `errors` document and the error value every parser returns.

use crate::json::{self, JsonObject};
use crate::xml::XmlDocument;
use crate::Format;
use std::fmt;

/// One entry of an `errors` response.
///
/// `code` is numeric because the spec's JSON example writes it as a number (`"code":403`).
/// The errors this crate creates use the HTTP status as their code (400, 403 or 404 are
/// the only ones the spec names); `description` is meant for the user, so it names the
/// offending parameter and says what would be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: u16,
    pub description: String,
}

impl Error {
    pub fn new(code: u16, description: impl Into<String>) -> Error {
        Error {
            code,
            description: description.into(),
        }
    }

    /// 400: "basically 400 for any other error where the request can not be fulfilled".
    pub fn bad_request(description: impl Into<String>) -> Error {
        Error::new(400, description)
    }

    /// 403: a wrong or missing api_key.
    pub fn forbidden(description: impl Into<String>) -> Error {
        Error::new(403, description)
    }

    /// 404: a resource (jurisdiction, service code, request, token) that does not exist.
    pub fn not_found(description: impl Into<String>) -> Error {
        Error::new(404, description)
    }

    /// The HTTP status to send. The spec lets the body code be more specific than the
    /// HTTP one, so any code other than 403 or 404 maps to the catch-all 400.
    pub fn http_status(&self) -> u16 {
        match self.code {
            403 | 404 => self.code,
            _ => 400,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.description)
    }
}

impl std::error::Error for Error {}

/// Renders `<errors><error><code/><description/></error>…</errors>`, or a top-level JSON
/// array of `{"code":…,"description":…}`.
pub fn render_errors(format: Format, errors: &[Error]) -> String {
    match format {
        Format::Json => json::array(errors.iter().map(|error| {
            let mut object = JsonObject::new();
            object.number("code", error.code);
            object.text("description", &error.description);
            object.finish()
        })),
        Format::Xml => {
            let mut xml = XmlDocument::new("errors");
            for error in errors {
                xml.open("error");
                xml.element("code", &error.code.to_string());
                xml.element("description", &error.description);
                xml.close("error");
            }
            xml.finish()
        }
    }
}
