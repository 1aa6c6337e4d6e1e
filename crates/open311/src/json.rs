//! Hand-assembled JSON objects, so keys come out in the spec's table order (serde_json's
//! default map sorts keys). Values still go through serde_json for correct escaping.

use serde_json::Value;

/// Builds one `{…}` object, keys in insertion order.
pub(crate) struct JsonObject {
    out: String,
}

impl JsonObject {
    pub(crate) fn new() -> JsonObject {
        JsonObject {
            out: String::from("{"),
        }
    }

    fn key(&mut self, key: &str) {
        if self.out.len() > 1 {
            self.out.push(',');
        }
        self.out.push_str(&Value::from(key).to_string());
        self.out.push(':');
    }

    /// A text field. Empty means "no value", which the spec's JSON examples write as `null`.
    pub(crate) fn text(&mut self, key: &str, text: &str) {
        self.key(key);
        if text.is_empty() {
            self.out.push_str("null");
        } else {
            self.out.push_str(&Value::from(text).to_string());
        }
    }

    pub(crate) fn boolean(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub(crate) fn number(&mut self, key: &str, value: impl Into<Value>) {
        self.key(key);
        self.out.push_str(&value.into().to_string());
    }

    /// `None` and non-finite values (which JSON cannot hold) become `null`.
    pub(crate) fn float(&mut self, key: &str, value: Option<f64>) {
        self.key(key);
        let value = value.map_or(Value::Null, Value::from);
        self.out.push_str(&value.to_string());
    }

    /// A value that is already JSON (a nested array).
    pub(crate) fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.out.push_str(json);
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// Joins already-rendered JSON values into an array.
pub(crate) fn array(items: impl Iterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (index, item) in items.enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}
