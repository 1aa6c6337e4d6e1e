//! The Open311 GeoReport v2 wire format for amparo's endpoint at `/open311/v2`.
//!
//! Pure: no I/O and no HTTP types. The HTTP layer splits the last path segment with
//! [`Format::from_path_segment`], parses query or form pairs (already percent-decoded)
//! with [`parse_requests_query`] / [`parse_post`], checks [`check_jurisdiction`], and
//! renders its answer with the `render_*` functions, sending [`Format::content_type`] and,
//! on failure, [`render_errors`] with [`Error::http_status`].
//!
//! Rules followed throughout (see SPEC-FACTS.md in this crate for the spec's text):
//! - JSON follows the spec's Spark convention: list responses are top-level arrays, the
//!   service definition is an object; keys appear in the spec's table order.
//! - XML starts with `<?xml version="1.0" encoding="utf-8"?>`, has no namespace, and is
//!   written compactly with no indentation.
//! - A text field holding `""` means "no value": an empty element (`<x></x>`) in XML,
//!   `null` in JSON, as in the spec's examples.
//! - Codes and ids are JSON strings, even where the spec's examples print bare numbers
//!   (those examples, e.g. `006`, are not valid JSON).
//! - Datetimes are W3C ISO 8601 with an offset, whole seconds.
//!
//! ```
//! use open311::{render_errors, Error, Format};
//! let (stem, format) = Format::from_path_segment("requests.json").unwrap();
//! assert_eq!((stem, format), ("requests", Format::Json));
//! let body = render_errors(format, &[Error::bad_request("service_code was not provided")]);
//! assert_eq!(body, r#"[{"code":400,"description":"service_code was not provided"}]"#);
//! ```

mod datetime;
mod definition;
mod error;
mod format;
mod json;
mod jurisdiction;
mod params;
mod post;
mod query;
mod receipt;
mod request;
mod service;
mod xml;

pub use definition::{render_definition, Attribute, Datatype, ServiceDefinition};
pub use error::{render_errors, Error};
pub use format::{Format, FORM_CONTENT_TYPE};
pub use jurisdiction::check_jurisdiction;
pub use post::{parse_post, PostRequest, MAX_DESCRIPTION_CHARS};
pub use query::{parse_requests_query, RequestsQuery, DEFAULT_LIMIT, MAX_RANGE_DAYS};
pub use receipt::{render_post, render_tokens, PostResult, TokenResult};
pub use request::{render_requests, ServiceRequest, Status};
pub use service::{render_services, Service, ServiceType};
