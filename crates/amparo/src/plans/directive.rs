//! A new directive as MOIA enters it: number, title, signed date, deadline rule, and its
//! required elements, one per line.

use crate::web::form::FormData;
use chrono::NaiveDate;

pub const MAX_ELEMENTS: usize = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct DirectiveInput {
    pub number: String,
    pub title: String,
    pub signed_on: NaiveDate,
    pub rule: deadline::Rule,
    /// (title, guidance)
    pub elements: Vec<(String, String)>,
    /// The departments it applies to; the form proposes every one but the elected offices.
    pub departments: Vec<i64>,
}

impl DirectiveInput {
    pub fn due_on(&self) -> NaiveDate {
        deadline::due_date(self.signed_on, &self.rule)
    }

    /// Field problems as (field, Fluent id); the rule's own message when it does not parse.
    pub fn from_form(f: &FormData) -> Result<DirectiveInput, Vec<(&'static str, String)>> {
        let mut p: Vec<(&'static str, String)> = Vec::new();
        let number = f.get("number").to_string();
        if number.is_empty() || number.chars().count() > 20 {
            p.push(("number", "directive-error-number".into()));
        }
        let title = f.get("title").to_string();
        if title.is_empty() || title.chars().count() > 300 {
            p.push(("title", "error-required".into()));
        }
        let signed_on = NaiveDate::parse_from_str(f.get("signed_on"), "%Y-%m-%d").ok();
        if signed_on.is_none() {
            p.push(("signed_on", "error-date".into()));
        }
        let rule = match deadline::Rule::parse(f.get("rule")) {
            Ok(r) => Some(r),
            Err(msg) => {
                p.push(("rule", msg));
                None
            }
        };
        let elements: Vec<(String, String)> = f
            .raw("elements")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| match l.split_once(':') {
                Some((t, g)) => (t.trim().to_string(), g.trim().to_string()),
                None => (l.to_string(), String::new()),
            })
            .collect();
        if elements.is_empty()
            || elements.len() > MAX_ELEMENTS
            || elements
                .iter()
                .any(|(t, _)| t.is_empty() || t.chars().count() > 200)
        {
            p.push(("elements", "directive-error-elements".into()));
        }
        let departments: Vec<i64> = f
            .all("departments")
            .iter()
            .filter_map(|d| d.parse().ok())
            .collect();
        if departments.is_empty() || departments.len() != f.all("departments").len() {
            p.push(("departments", "directive-error-departments".into()));
        }
        match (signed_on, rule) {
            (Some(signed_on), Some(rule)) if p.is_empty() => Ok(DirectiveInput {
                number,
                title,
                signed_on,
                rule,
                elements,
                departments,
            }),
            _ => Err(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directive_reads_its_rule_and_one_element_per_line() {
        let f = FormData::parse(
            b"number=ED+17&title=Staging+areas&signed_on=2025-08-01&rule=15+calendar+days&elements=Properties%3A+List+them%0A%0AContacts&departments=3&departments=5",
        )
        .unwrap_or_default();
        let d = DirectiveInput::from_form(&f).unwrap();
        assert_eq!(d.due_on().to_string(), "2025-08-16");
        assert_eq!(
            d.elements,
            vec![
                ("Properties".into(), "List them".into()),
                ("Contacts".into(), String::new())
            ]
        );
        let bad = FormData::parse(b"number=&signed_on=soon&rule=fortnight").unwrap_or_default();
        let fields: Vec<&str> = DirectiveInput::from_form(&bad)
            .unwrap_err()
            .iter()
            .map(|(f, _)| *f)
            .collect();
        assert_eq!(
            fields,
            [
                "number",
                "title",
                "signed_on",
                "rule",
                "elements",
                "departments"
            ]
        );
        assert_eq!(d.departments, vec![3, 5]);
    }
}
