//! jurisdiction_id for a server that serves one jurisdiction (amparo serves Los Angeles).

use crate::Error;

/// Checks a request's `jurisdiction_id` against the one this server serves.
///
/// The spec lets a single-jurisdiction server treat the parameter as optional, so an
/// absent or empty value is accepted. A value that names another jurisdiction is refused
/// with the spec's "404 - jurisdiction_id provided was not found": answering with our data
/// would mislead a client that believes it is talking to another city. Values are domain
/// names (e.g. `lacity.org`), so they are compared ignoring ASCII case and surrounding
/// whitespace.
pub fn check_jurisdiction(given: Option<&str>, ours: &str) -> Result<(), Error> {
    let given = given.map(str::trim).unwrap_or_default();
    if given.is_empty() || given.eq_ignore_ascii_case(ours.trim()) {
        return Ok(());
    }
    Err(Error::not_found(format!(
        "jurisdiction_id '{given}' was not found; this endpoint serves only '{ours}'"
    )))
}
