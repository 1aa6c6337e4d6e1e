//! The form body of POST requests.{format}.

use crate::params::{single, values};
use crate::Error;
use std::collections::BTreeMap;

/// The spec limits `description` to "4,000 characters" (counted as Unicode characters).
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// A validated POST. `lat` and `long` are both `Some` or both `None`, and at least one of
/// lat/long, `address_string`, `address_id` is present.
#[derive(Debug, Clone, PartialEq)]
pub struct PostRequest {
    /// For [`crate::check_jurisdiction`]; not checked here.
    pub jurisdiction_id: Option<String>,
    pub service_code: String,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub address_string: Option<String>,
    pub address_id: Option<String>,
    pub email: Option<String>,
    pub device_id: Option<String>,
    pub account_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone: Option<String>,
    pub description: Option<String>,
    pub media_url: Option<String>,
    /// `attribute[code]=v` and `attribute[code][]=v`, keyed by code, values in the order
    /// sent. Whether the codes exist, are required or match their datatype is the
    /// service definition's business, so the server checks that.
    pub attributes: BTreeMap<String, Vec<String>>,
    /// Not in the spec's argument tables but in its example and its 403 rule; the server
    /// checks it (a missing or wrong key is its 403, not a parse error).
    pub api_key: Option<String>,
}

/// Parses decoded form pairs, reporting every problem found (each a 400, which the spec
/// uses for "any other error"): service_code missing, no location, lat without long or
/// the reverse, a non-numeric or out-of-range coordinate, a description over 4,000
/// characters, a malformed `attribute…` name, a parameter repeated with different values.
/// Values are trimmed and empty values count as absent; unknown parameters are ignored.
pub fn parse_post(pairs: &[(String, String)]) -> Result<PostRequest, Vec<Error>> {
    let mut errors = Vec::new();
    let mut text = |name: &str| match single(pairs, name) {
        Ok(value) => value,
        Err(error) => {
            errors.push(error);
            None
        }
    };
    let jurisdiction_id = text("jurisdiction_id");
    let service_code = text("service_code");
    let lat_text = text("lat");
    let long_text = text("long");
    let address_string = text("address_string");
    let address_id = text("address_id");
    let email = text("email");
    let device_id = text("device_id");
    let account_id = text("account_id");
    let first_name = text("first_name");
    let last_name = text("last_name");
    let phone = text("phone");
    let description = text("description");
    let media_url = text("media_url");
    let api_key = text("api_key");

    if service_code.is_none() {
        errors.push(Error::bad_request(
            "service_code was not provided; send the code of a service from services.xml or services.json",
        ));
    }
    let lat = coordinate(lat_text.as_deref(), "lat", 90.0, &mut errors);
    let long = coordinate(long_text.as_deref(), "long", 180.0, &mut errors);
    match (&lat_text, &long_text) {
        (Some(_), None) => errors.push(Error::bad_request("lat was sent without long; send both")),
        (None, Some(_)) => errors.push(Error::bad_request("long was sent without lat; send both")),
        (None, None) if address_string.is_none() && address_id.is_none() => {
            errors.push(Error::bad_request(
                "a location is required; send lat and long, or address_string, or address_id",
            ));
        }
        _ => {}
    }
    if let Some(description) = &description {
        let length = description.chars().count();
        if length > MAX_DESCRIPTION_CHARS {
            errors.push(Error::bad_request(format!(
                "description is {length} characters long; the limit is {MAX_DESCRIPTION_CHARS}"
            )));
        }
    }
    let attributes = parse_attributes(pairs, &mut errors);

    match (errors.is_empty(), service_code) {
        (true, Some(service_code)) => Ok(PostRequest {
            jurisdiction_id,
            service_code,
            lat,
            long,
            address_string,
            address_id,
            email,
            device_id,
            account_id,
            first_name,
            last_name,
            phone,
            description,
            media_url,
            attributes,
            api_key,
        }),
        _ => Err(errors),
    }
}

/// A WGS84 coordinate within ±`limit` degrees; `None` (with an error) otherwise.
fn coordinate(text: Option<&str>, name: &str, limit: f64, errors: &mut Vec<Error>) -> Option<f64> {
    let text = text?;
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() && value.abs() <= limit => Some(value),
        Ok(value) if value.is_finite() => {
            errors.push(Error::bad_request(format!(
                "{name} {text} is out of range; WGS84 {name} lies between -{limit} and {limit}"
            )));
            None
        }
        _ => {
            errors.push(Error::bad_request(format!(
                "{name} '{text}' is not a number; send decimal degrees (WGS84), e.g. 34.0537"
            )));
            None
        }
    }
}

fn parse_attributes(
    pairs: &[(String, String)],
    errors: &mut Vec<Error>,
) -> BTreeMap<String, Vec<String>> {
    let mut attributes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut seen_names: Vec<&str> = Vec::new();
    for (name, _) in pairs {
        if name != "attribute" && !name.starts_with("attribute[") {
            continue;
        }
        if seen_names.contains(&name.as_str()) {
            continue;
        }
        seen_names.push(name);
        let Some(code) = attribute_code(name) else {
            errors.push(Error::bad_request(format!(
                "'{name}' is not a valid attribute parameter; use attribute[code]=value, or attribute[code][]=value repeated for a multivaluelist"
            )));
            continue;
        };
        let sent: Vec<String> = values(pairs, name).map(str::to_string).collect();
        if !sent.is_empty() {
            attributes.entry(code.to_string()).or_default().extend(sent);
        }
    }
    attributes
}

/// The code in `attribute[code]` or `attribute[code][]`.
fn attribute_code(name: &str) -> Option<&str> {
    let inside = name.strip_prefix("attribute[")?;
    let (code, rest) = inside.split_once(']')?;
    let well_formed =
        !code.trim().is_empty() && !code.contains('[') && (rest.is_empty() || rest == "[]");
    well_formed.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::attribute_code;

    #[test]
    fn reads_attribute_codes() {
        assert_eq!(attribute_code("attribute[WHISPAWN]"), Some("WHISPAWN"));
        assert_eq!(attribute_code("attribute[WHISPAWN][]"), Some("WHISPAWN"));
        assert_eq!(attribute_code("attribute[]"), None);
        assert_eq!(attribute_code("attribute[a"), None);
        assert_eq!(attribute_code("attribute[a][b]"), None);
        assert_eq!(attribute_code("attribute[a]x"), None);
        assert_eq!(attribute_code("attribute"), None);
    }
}
