//! Reading decoded `(name, value)` pairs from a query string or form body.
//!
//! The spec: "the response should be the same whether a parameter is passed and is empty
//! or is not passed at all". So values are trimmed and an empty value counts as absent.

use crate::Error;

/// Every non-empty (trimmed) value given for `name`, in order.
pub(crate) fn values<'a>(
    pairs: &'a [(String, String)],
    name: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    pairs
        .iter()
        .filter(move |(key, _)| key == name)
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
}

/// The value of a single-valued parameter. Repeating it with the same value is harmless;
/// repeating it with different values is refused, because silently picking one would
/// answer a question the client did not ask.
pub(crate) fn single(pairs: &[(String, String)], name: &str) -> Result<Option<String>, Error> {
    let mut found: Option<&str> = None;
    for value in values(pairs, name) {
        match found {
            Some(previous) if previous != value => {
                return Err(Error::bad_request(format!(
                    "{name} was given more than once with different values ('{previous}' and '{value}'); send it once"
                )));
            }
            _ => found = Some(value),
        }
    }
    Ok(found.map(str::to_string))
}

/// A list parameter: "can be declared multiple times, comma delimited". Both forms are
/// accepted and merged; items are trimmed, empty items dropped and duplicates removed
/// (first occurrence kept).
pub(crate) fn comma_list(pairs: &[(String, String)], name: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for value in values(pairs, name) {
        for item in value
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
        {
            if !items.iter().any(|known| known == item) {
                items.push(item.to_string());
            }
        }
    }
    items
}
