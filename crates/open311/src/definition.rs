//! GET services/{service_code}.{format}: the extra form fields of one service.

use crate::json::{self, JsonObject};
use crate::service::bool_text;
use crate::xml::XmlDocument;
use crate::Format;

/// The kind of input an attribute asks for; exactly the spec's six values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Datatype {
    /// One line of text (`<input>`).
    String,
    Number,
    /// Must transform into a valid ISO 8601 date.
    Datetime,
    /// Text that may hold line breaks (`<textarea>`).
    Text,
    /// Choose one of `values` (`<select>`).
    SingleValueList,
    /// Choose several of `values` (`<select multiple>`).
    MultiValueList,
}

impl Datatype {
    pub fn as_str(self) -> &'static str {
        match self {
            Datatype::String => "string",
            Datatype::Number => "number",
            Datatype::Datetime => "datetime",
            Datatype::Text => "text",
            Datatype::SingleValueList => "singlevaluelist",
            Datatype::MultiValueList => "multivaluelist",
        }
    }
}

/// One form field of a service definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// False: the attribute only shows information (its description); no input.
    pub variable: bool,
    pub code: String,
    pub datatype: Datatype,
    pub required: bool,
    pub datatype_description: String,
    /// Display position, 1 first; unique within the service.
    pub order: u32,
    pub description: String,
    /// `(key, name)` pairs for the list datatypes: key is the submitted value, name the
    /// label. Keys are rendered as JSON strings (the spec's example shows `123` bare, but
    /// keys are identifiers and may be non-numeric or zero-padded). Always rendered, as an
    /// empty `values` element / `[]` when there are none.
    pub values: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDefinition {
    pub service_code: String,
    pub attributes: Vec<Attribute>,
}

/// Renders `<service_definition>`, or in JSON an **object** (not an array) holding
/// `service_code` and the `attributes` array. Attribute fields in table order: variable,
/// code, datatype, required, datatype_description, order, description, values.
pub fn render_definition(format: Format, definition: &ServiceDefinition) -> String {
    match format {
        Format::Json => {
            let mut object = JsonObject::new();
            object.text("service_code", &definition.service_code);
            let attributes = json::array(definition.attributes.iter().map(attribute_json));
            object.raw("attributes", &attributes);
            object.finish()
        }
        Format::Xml => {
            let mut xml = XmlDocument::new("service_definition");
            xml.element("service_code", &definition.service_code);
            xml.open("attributes");
            for attribute in &definition.attributes {
                attribute_xml(&mut xml, attribute);
            }
            xml.close("attributes");
            xml.finish()
        }
    }
}

fn attribute_json(attribute: &Attribute) -> String {
    let mut object = JsonObject::new();
    object.boolean("variable", attribute.variable);
    object.text("code", &attribute.code);
    object.text("datatype", attribute.datatype.as_str());
    object.boolean("required", attribute.required);
    object.text("datatype_description", &attribute.datatype_description);
    object.number("order", attribute.order);
    object.text("description", &attribute.description);
    let values = json::array(attribute.values.iter().map(|(key, name)| {
        let mut value = JsonObject::new();
        value.text("key", key);
        value.text("name", name);
        value.finish()
    }));
    object.raw("values", &values);
    object.finish()
}

fn attribute_xml(xml: &mut XmlDocument, attribute: &Attribute) {
    xml.open("attribute");
    xml.element("variable", bool_text(attribute.variable));
    xml.element("code", &attribute.code);
    xml.element("datatype", attribute.datatype.as_str());
    xml.element("required", bool_text(attribute.required));
    xml.element("datatype_description", &attribute.datatype_description);
    xml.element("order", &attribute.order.to_string());
    xml.element("description", &attribute.description);
    xml.open("values");
    for (key, name) in &attribute.values {
        xml.open("value");
        xml.element("key", key);
        xml.element("name", name);
        xml.close("value");
    }
    xml.close("values");
    xml.close("attribute");
}
