//! A directory entry as an editor writes it on one form (a service, its organisation, phone,
//! website, languages, needs, one place and weekly hours), checked, and turned into the HSDS
//! records it stands for.

use super::search::NEEDS;
use super::zips;
use crate::web::form::FormData;
use hsds::{Dataset, Record};
use std::collections::BTreeMap;

/// (field, Fluent message id) for each problem with the form.
pub type Problems = Vec<(&'static str, &'static str)>;

/// Languages offered as check boxes: (ISO 639-1 code, name in the data).
pub const LANGUAGES: [(&str, &str); 10] = [
    ("en", "English"),
    ("es", "Spanish"),
    ("ko", "Korean"),
    ("zh", "Chinese"),
    ("hy", "Armenian"),
    ("tl", "Tagalog"),
    ("fa", "Persian"),
    ("ru", "Russian"),
    ("vi", "Vietnamese"),
    ("ja", "Japanese"),
];

pub const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    pub organization: String,
    pub name: String,
    pub description: String,
    pub phone: String,
    pub url: String,
    pub languages: Vec<String>,
    pub needs: Vec<String>,
    pub address: String,
    pub city: String,
    pub zip: String,
    pub days: Vec<String>,
    pub opens: String,
    pub closes: String,
    pub active: bool,
    pub example: bool,
}

fn time_ok(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && t[..2].parse::<u32>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u32>().is_ok_and(|m| m < 60)
}

impl Entry {
    pub fn from_form(f: &FormData) -> Result<Entry, Problems> {
        let mut p = Problems::new();
        let text = |name: &str| f.get(name).trim().to_string();
        let e = Entry {
            organization: text("organization"),
            name: text("name"),
            description: f.raw("description").trim().replace("\r\n", "\n"),
            phone: text("phone"),
            url: text("url"),
            languages: {
                let mut all = f.all("language");
                for code in f.get("language_other").split([',', ' ']) {
                    let code = code.trim().to_ascii_lowercase();
                    if !code.is_empty() && !all.contains(&code) {
                        all.push(code);
                    }
                }
                all
            },
            needs: f.all("need"),
            address: text("address"),
            city: text("city"),
            zip: text("zip"),
            days: {
                // In week order, however the form sent them.
                let mut days = f.all("day");
                days.sort_by_key(|d| DAYS.iter().position(|x| x == d).unwrap_or(DAYS.len()));
                days.dedup();
                days
            },
            opens: text("opens"),
            closes: text("closes"),
            active: f.get("status") != "inactive",
            example: f.get("example") == "1",
        };
        for (field, value) in [("organization", &e.organization), ("name", &e.name)] {
            if value.is_empty() {
                p.push((field, "entry-err-required"));
            } else if value.chars().count() > 200 {
                p.push((field, "entry-err-long"));
            }
        }
        if e.description.is_empty() {
            p.push(("description", "entry-err-required"));
        } else if e.description.len() > 5000 {
            p.push(("description", "entry-err-long"));
        }
        let phone_chars = e
            .phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !e.phone.is_empty()
            && (!phone_chars || e.phone.len() > 30 || !e.phone.chars().any(|c| c.is_ascii_digit()))
        {
            p.push(("phone", "entry-err-phone"));
        }
        if !e.url.is_empty()
            && (!safemd::safe_link(&e.url) || !e.url.starts_with("http") || e.url.len() > 500)
        {
            p.push(("url", "entry-err-url"));
        }
        // ISO 639 codes: two or three lower-case letters.
        let code_ok =
            |l: &String| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase());
        if !e.languages.iter().all(code_ok) {
            p.push(("language_other", "entry-err-language"));
        }
        if e.needs.iter().any(|n| !NEEDS.contains(&n.as_str())) {
            p.push(("need", "entry-err-choice"));
        }
        let place = [&e.address, &e.city, &e.zip].iter().any(|v| !v.is_empty());
        if place {
            if e.address.is_empty() {
                p.push(("address", "entry-err-required"));
            }
            if e.city.is_empty() {
                p.push(("city", "entry-err-required"));
            }
            if e.zip.len() != 5 || zips::point(&e.zip).is_none() {
                p.push(("zip", "entry-err-zip"));
            }
        }
        if e.days.iter().any(|d| !DAYS.contains(&d.as_str())) {
            p.push(("day", "entry-err-choice"));
        }
        let hours = !e.days.is_empty() || !e.opens.is_empty() || !e.closes.is_empty();
        if hours {
            if e.days.is_empty() {
                p.push(("day", "entry-err-days"));
            }
            if !time_ok(&e.opens) {
                p.push(("opens", "entry-err-time"));
            }
            if !time_ok(&e.closes) {
                p.push(("closes", "entry-err-time"));
            }
        }
        if p.is_empty() {
            Ok(e)
        } else {
            Err(p)
        }
    }

    /// The form's values, for showing it again.
    pub fn to_form(&self) -> FormData {
        let mut f = FormData::default();
        for (k, v) in [
            ("organization", &self.organization),
            ("name", &self.name),
            ("description", &self.description),
            ("phone", &self.phone),
            ("url", &self.url),
            ("address", &self.address),
            ("city", &self.city),
            ("zip", &self.zip),
            ("opens", &self.opens),
            ("closes", &self.closes),
        ] {
            f.set(k, v.clone());
        }
        let mut other = Vec::new();
        for l in &self.languages {
            if LANGUAGES.iter().any(|(c, _)| c == l) {
                f.push("language", l.clone());
            } else {
                other.push(l.clone());
            }
        }
        f.set("language_other", other.join(", "));
        for n in &self.needs {
            f.push("need", n.clone());
        }
        for d in &self.days {
            f.push("day", d.clone());
        }
        f.set("status", if self.active { "active" } else { "inactive" });
        if self.example {
            f.set("example", "1");
        }
        f
    }
}

/// The ids an entry's records get: the service's, its organisation's (an existing one when
/// the name matches), and its place's (kept when the entry had one, so links to it survive).
pub struct Ids {
    pub service: String,
    pub organization: String,
    pub location: String,
    pub address: String,
    pub service_at_location: String,
    /// Needs taxonomy term id by code.
    pub terms: BTreeMap<String, String>,
}

fn record(pairs: &[(&str, &str)]) -> Record {
    Record {
        values: pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

/// The records of an entry. Child ids are derived from the service id and what they say, so
/// saving the same entry twice writes the same records.
pub fn records(e: &Entry, ids: &Ids, now: &str, new_organization: bool) -> Dataset {
    let s = ids.service.as_str();
    let child = |kind: &str, key: &str| uuid_from(&format!("{s}:{kind}:{key}"));
    let mut tables: BTreeMap<String, Vec<Record>> = BTreeMap::new();
    let mut put =
        |resource: &str, r: Record| tables.entry(resource.to_string()).or_default().push(r);
    if new_organization {
        put(
            "organization",
            record(&[
                ("id", &ids.organization),
                ("name", &e.organization),
                ("description", &e.organization),
            ]),
        );
    }
    put(
        "service",
        record(&[
            ("id", s),
            ("organization_id", &ids.organization),
            ("name", &e.name),
            ("description", &e.description),
            ("url", &e.url),
            ("status", if e.active { "active" } else { "inactive" }),
            ("last_modified", now),
        ]),
    );
    if !e.phone.is_empty() {
        put(
            "phone",
            record(&[
                ("id", &child("phone", &e.phone)),
                ("service_id", s),
                ("number", &e.phone),
                ("type", "voice"),
            ]),
        );
    }
    for code in &e.languages {
        let name = LANGUAGES
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| *n)
            .unwrap_or(code);
        put(
            "language",
            record(&[
                ("id", &child("language", code)),
                ("service_id", s),
                ("name", name),
                ("code", code),
            ]),
        );
    }
    for need in &e.needs {
        if let Some(term) = ids.terms.get(need) {
            put(
                "attribute",
                record(&[
                    ("id", &child("need", need)),
                    ("link_id", s),
                    ("taxonomy_term_id", term),
                    ("link_type", "need"),
                    ("link_entity", "service"),
                ]),
            );
        }
    }
    if !e.days.is_empty() {
        let byday = e.days.join(",");
        put(
            "schedule",
            record(&[
                ("id", &child("hours", &byday)),
                ("service_id", s),
                ("freq", "WEEKLY"),
                ("wkst", "MO"),
                ("byday", &byday),
                ("opens_at", &e.opens),
                ("closes_at", &e.closes),
            ]),
        );
    }
    if let Some((lat, lon)) = zips::point(&e.zip).filter(|_| !e.address.is_empty()) {
        let (lat, lon) = (lat.to_string(), lon.to_string());
        put(
            "location",
            record(&[
                ("id", &ids.location),
                ("location_type", "physical"),
                ("organization_id", &ids.organization),
                ("name", &e.name),
                ("latitude", &lat),
                ("longitude", &lon),
            ]),
        );
        put(
            "address",
            record(&[
                ("id", &ids.address),
                ("location_id", &ids.location),
                ("address_1", &e.address),
                ("city", &e.city),
                ("state_province", "CA"),
                ("postal_code", &e.zip),
                ("country", "US"),
                ("address_type", "physical"),
            ]),
        );
        put(
            "service_at_location",
            record(&[
                ("id", &ids.service_at_location),
                ("service_id", s),
                ("location_id", &ids.location),
            ]),
        );
    }
    Dataset { tables }
}

/// A version-4-shaped UUID derived from text (FNV-1a over two seeds), so ids are stable.
pub fn uuid_from(text: &str) -> String {
    let hash = |seed: u64| {
        text.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// A new random id.
pub fn new_uuid() -> String {
    uuid_from(&hex::encode(rand::random::<[u8; 16]>()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        let mut f = FormData::default();
        for (k, v) in pairs {
            f.push(k, v.to_string());
        }
        f
    }

    #[test]
    fn a_complete_entry_becomes_linked_hsds_records() {
        let f = form(&[
            ("organization", "Eastside Legal Clinic"),
            ("name", "Immigration consultations"),
            ("description", "Free consultations."),
            ("phone", "(213) 555-0142"),
            ("url", "https://example.org/clinic"),
            ("language", "es"),
            ("language", "ko"),
            ("language_other", "km"),
            ("need", "legal-aid"),
            ("address", "1 Example Street"),
            ("city", "Los Angeles"),
            ("zip", "90033"),
            ("day", "MO"),
            ("day", "WE"),
            ("opens", "09:00"),
            ("closes", "17:00"),
        ]);
        let e = Entry::from_form(&f).unwrap();
        assert_eq!(
            Entry::from_form(&e.to_form()).unwrap(),
            e,
            "the form round-trips"
        );
        let ids = Ids {
            service: new_uuid(),
            organization: new_uuid(),
            location: new_uuid(),
            address: new_uuid(),
            service_at_location: new_uuid(),
            terms: BTreeMap::from([("legal-aid".to_string(), new_uuid())]),
        };
        let d = records(&e, &ids, "2026-11-29T00:00:00Z", true);
        let count = |r: &str| d.tables.get(r).map_or(0, Vec::len);
        for (resource, n) in [
            ("organization", 1),
            ("service", 1),
            ("phone", 1),
            ("language", 3),
            ("attribute", 1),
            ("schedule", 1),
            ("location", 1),
            ("address", 1),
            ("service_at_location", 1),
        ] {
            assert_eq!(count(resource), n, "{resource}");
        }
        assert_eq!(d.tables["schedule"][0].get("byday"), Some("MO,WE"));
        // Valid against HSDS 3.0 as it stands, with the needs term it refers to.
        let mut all = d.clone();
        all.tables.insert(
            "taxonomy_term".into(),
            vec![record(&[
                ("id", &ids.terms["legal-aid"]),
                ("name", "Legal"),
                ("description", "Legal"),
            ])],
        );
        assert_eq!(hsds::validate_records(hsds::hsds3(), &all), vec![]);
        // The same entry saved again has the same child ids.
        assert_eq!(
            records(&e, &ids, "x", true).tables["phone"][0].id(),
            d.tables["phone"][0].id()
        );
    }

    #[test]
    fn problems_name_their_fields() {
        let p = Entry::from_form(&form(&[
            ("phone", "call me"),
            ("url", "javascript:alert(1)"),
            ("language_other", "x1, k"),
            ("need", "guns"),
            ("zip", "10001"),
            ("day", "MO"),
            ("opens", "9am"),
        ]))
        .unwrap_err();
        let fields: Vec<&str> = p.iter().map(|(f, _)| *f).collect();
        for f in [
            "organization",
            "name",
            "description",
            "phone",
            "url",
            "language_other",
            "need",
            "address",
            "city",
            "zip",
            "opens",
            "closes",
        ] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
        let ok = Entry::from_form(&form(&[
            ("organization", "O"),
            ("name", "N"),
            ("description", "D"),
        ]));
        assert!(ok.is_ok(), "place, hours, phone and website are optional");
        assert!(uuid_from("a").len() == 36 && uuid_from("a") != uuid_from("b"));
    }
}
