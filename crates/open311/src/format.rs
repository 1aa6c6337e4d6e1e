//! The response format, chosen by the extension of the last path segment
//! (`services.xml`, `requests/42.json`), as GeoReport v2 puts it in the URL.

/// Content type a client must use to POST a service request.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";

/// A response format. The spec makes XML mandatory and JSON optional; amparo serves both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// The format for an extension. Matched exactly as the spec spells it (`json`, `xml`):
    /// `REQUESTS.XML` is not a GeoReport URL, and accepting it would only hide client bugs.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension {
            "json" => Some(Format::Json),
            "xml" => Some(Format::Xml),
            _ => None,
        }
    }

    /// Splits a path segment such as `requests.json` on its last `.` into the stem
    /// (`requests`) and the format. `None` for an unknown extension, no extension, or an
    /// empty stem; the spec leaves that case open, and the caller answers it with a 400.
    pub fn from_path_segment(segment: &str) -> Option<(&str, Format)> {
        let (stem, extension) = segment.rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        Some((stem, Format::from_extension(extension)?))
    }

    /// The extension without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Xml => "xml",
        }
    }

    /// The HTTP `Content-Type` of a response, quoted from the spec.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json; charset=utf-8",
            Format::Xml => "text/xml; charset=utf-8",
        }
    }

    /// The bare media type, as Service Discovery lists it under `formats`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Xml => "text/xml",
        }
    }
}
