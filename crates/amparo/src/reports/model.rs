//! A report of federal enforcement activity on city property, as a city employee files it.
//! Types and validation only; no I/O.
//!
//! What is never recorded (DESIGN principle 1): immigration status, nationality, names of
//! detained people, or reporter contact details beyond the account. Counts, not identities.
//! Free text is redacted before it is stored.

use crate::web::form::FormData;

/// A field that failed validation: field name and Fluent message id.
pub type Problem = (&'static str, &'static str);

/// The fixed choices of the form, each with the codes stored and offered.
pub struct Choice {
    pub field: &'static str,
    pub codes: &'static [&'static str],
    pub multiple: bool,
    pub required: bool,
}

pub const AREA: Choice = Choice {
    field: "area",
    codes: &["public", "non_public", "grounds", "outside"],
    multiple: false,
    required: true,
};
pub const AGENCIES: Choice = Choice {
    field: "agencies",
    codes: &[
        "ice_ero",
        "ice_hsi",
        "cbp",
        "border_patrol",
        "fbi",
        "dea",
        "atf",
        "marshals",
        "national_guard",
        "other_federal",
        "unknown",
    ],
    multiple: true,
    required: true,
};
pub const IDENTIFIED_BY: Choice = Choice {
    field: "identified_by",
    codes: &[
        "vest_or_patch",
        "vehicle_markings",
        "said_so",
        "documents",
        "not_identified",
    ],
    multiple: true,
    required: false,
};
pub const ATTIRE: Choice = Choice {
    field: "attire",
    codes: &["uniformed", "plain_clothes", "both", "unknown"],
    multiple: false,
    required: true,
};
pub const MASKED: Choice = Choice {
    field: "masked",
    codes: &["none", "some", "all", "unknown"],
    multiple: false,
    required: true,
};
pub const ID_VISIBLE: Choice = Choice {
    field: "id_visible",
    codes: &["yes", "no", "unknown"],
    multiple: false,
    required: true,
};
pub const ACTIVITIES: Choice = Choice {
    field: "activities",
    codes: &[
        "staging",
        "surveillance",
        "questioning",
        "detention",
        "arrest",
        "raid",
        "checkpoint",
        "departed",
        "other",
    ],
    multiple: true,
    required: true,
};
pub const WARRANT: Choice = Choice {
    field: "warrant",
    codes: &["judicial", "administrative", "detainer", "none", "unknown"],
    multiple: false,
    required: true,
};
pub const YES_NO_UNKNOWN: &[&str] = &["yes", "no", "unknown"];
pub const TRISTATE_FIELDS: &[&str] = &[
    "nonpublic_requested",
    "nonpublic_granted",
    "city_data_requested",
    "lapd_present",
    "force_used",
];

pub const CHOICES: [&Choice; 8] = [
    &AREA,
    &AGENCIES,
    &IDENTIFIED_BY,
    &ATTIRE,
    &MASKED,
    &ID_VISIBLE,
    &ACTIVITIES,
    &WARRANT,
];

/// The longest narrative accepted (characters).
pub const NARRATIVE_MAX: usize = 5000;
/// Counts above this are a typo, not a report.
pub const COUNT_MAX: i64 = 10_000;

/// A report as submitted, before its free text is redacted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReportInput {
    pub observed_at: String,
    pub ongoing: bool,
    pub department_id: i64,
    pub facility_id: Option<i64>,
    /// Address or cross streets of the city property, when no facility is picked.
    pub location_text: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub area: String,
    pub agencies: Vec<String>,
    pub identified_by: Vec<String>,
    pub agents_min: Option<i64>,
    pub vehicles_marked: Option<i64>,
    pub vehicles_unmarked: Option<i64>,
    pub attire: String,
    pub masked: String,
    pub id_visible: String,
    pub supervisor_name: String,
    pub supervisor_badge: String,
    pub activities: Vec<String>,
    pub warrant: String,
    pub nonpublic_requested: String,
    pub nonpublic_granted: String,
    pub city_data_requested: String,
    pub staff_actions: String,
    pub lapd_present: String,
    pub detained_count: i64,
    pub minors_count: i64,
    pub injuries_count: i64,
    pub force_used: String,
    pub narrative: String,
}

/// Los Angeles time, by the one implementation of its rule (`crates/deadline`).
pub use deadline::{la_local_to_utc, utc_to_la_local};

fn one_of(f: &FormData, c: &Choice, p: &mut Vec<Problem>) -> String {
    let v = f.get(c.field);
    if c.codes.contains(&v) {
        v.to_string()
    } else {
        p.push((c.field, "error-choose"));
        String::new()
    }
}

fn many_of(f: &FormData, c: &Choice, p: &mut Vec<Problem>) -> Vec<String> {
    let values = f.all(c.field);
    if values.is_empty() && c.required {
        p.push((c.field, "error-choose-one-or-more"));
    }
    if values.iter().any(|v| !c.codes.contains(&v.as_str())) {
        p.push((c.field, "error-choose"));
    }
    let mut out: Vec<String> = c
        .codes
        .iter()
        .filter(|code| values.iter().any(|v| v == *code))
        .map(|s| s.to_string())
        .collect();
    out.dedup();
    out
}

fn tristate(f: &FormData, field: &'static str, p: &mut Vec<Problem>) -> String {
    match f.get(field) {
        "" => "unknown".into(),
        v if YES_NO_UNKNOWN.contains(&v) => v.into(),
        _ => {
            p.push((field, "error-choose"));
            String::new()
        }
    }
}

fn count(f: &FormData, field: &'static str, optional: bool, p: &mut Vec<Problem>) -> Option<i64> {
    match f.get(field) {
        "" if optional => None,
        "" => Some(0),
        s => match s.parse::<i64>() {
            Ok(n) if (0..=COUNT_MAX).contains(&n) => Some(n),
            _ => {
                p.push((field, "error-count"));
                None
            }
        },
    }
}

fn coordinate(f: &FormData, field: &'static str, range: f64, p: &mut Vec<Problem>) -> Option<f64> {
    match f.get(field) {
        "" => None,
        s => match s.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= range => Some(v),
            _ => {
                p.push((field, "error-number"));
                None
            }
        },
    }
}

fn text(f: &FormData, field: &'static str, max: usize, p: &mut Vec<Problem>) -> String {
    let v = f.get(field);
    if v.chars().count() > max {
        p.push((field, "error-too-long"));
    }
    v.to_string()
}

impl ReportInput {
    /// Reads and checks the report form. `now` decides what "in the future" means; times are
    /// entered in Los Angeles local time.
    pub fn from_form(
        f: &FormData,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<ReportInput, Vec<Problem>> {
        let mut p = Vec::new();
        let observed_at =
            match chrono::NaiveDateTime::parse_from_str(f.get("observed_at"), "%Y-%m-%dT%H:%M") {
                Ok(local) => {
                    let t = la_local_to_utc(local);
                    if t > now + chrono::Duration::minutes(10) {
                        p.push(("observed_at", "error-future"));
                    } else if t < now - chrono::Duration::days(90) {
                        p.push(("observed_at", "error-too-old"));
                    }
                    crate::db::timestamp(t)
                }
                Err(_) => {
                    p.push(("observed_at", "error-datetime"));
                    String::new()
                }
            };
        let department_id = match f.get("department_id").parse::<i64>() {
            Ok(id) if id > 0 => id,
            _ => {
                p.push(("department_id", "error-department-unknown"));
                0
            }
        };
        let facility_id = match f.get("facility_id") {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    p.push(("facility_id", "error-facility-unknown"));
                    None
                }
            },
        };
        let location_text = text(f, "location_text", 300, &mut p);
        if facility_id.is_none() && location_text.is_empty() {
            p.push(("location_text", "error-location-required"));
        }
        let latitude = coordinate(f, "latitude", 90.0, &mut p);
        let longitude = coordinate(f, "longitude", 180.0, &mut p);
        if latitude.is_some() != longitude.is_some() {
            p.push(("latitude", "error-coordinates-pair"));
        }
        let accuracy_m = coordinate(f, "accuracy_m", 1_000_000.0, &mut p).map(f64::abs);
        let input = ReportInput {
            observed_at,
            ongoing: f.get("ongoing") == "yes",
            department_id,
            facility_id,
            location_text,
            latitude,
            longitude,
            accuracy_m,
            area: one_of(f, &AREA, &mut p),
            agencies: many_of(f, &AGENCIES, &mut p),
            identified_by: many_of(f, &IDENTIFIED_BY, &mut p),
            agents_min: count(f, "agents_min", true, &mut p),
            vehicles_marked: count(f, "vehicles_marked", true, &mut p),
            vehicles_unmarked: count(f, "vehicles_unmarked", true, &mut p),
            attire: one_of(f, &ATTIRE, &mut p),
            masked: one_of(f, &MASKED, &mut p),
            id_visible: one_of(f, &ID_VISIBLE, &mut p),
            supervisor_name: text(f, "supervisor_name", 200, &mut p),
            supervisor_badge: text(f, "supervisor_badge", 50, &mut p),
            activities: many_of(f, &ACTIVITIES, &mut p),
            warrant: one_of(f, &WARRANT, &mut p),
            nonpublic_requested: tristate(f, "nonpublic_requested", &mut p),
            nonpublic_granted: tristate(f, "nonpublic_granted", &mut p),
            city_data_requested: tristate(f, "city_data_requested", &mut p),
            staff_actions: text(f, "staff_actions", 2000, &mut p),
            lapd_present: tristate(f, "lapd_present", &mut p),
            detained_count: count(f, "detained_count", false, &mut p).unwrap_or(0),
            minors_count: count(f, "minors_count", false, &mut p).unwrap_or(0),
            injuries_count: count(f, "injuries_count", false, &mut p).unwrap_or(0),
            force_used: tristate(f, "force_used", &mut p),
            narrative: text(f, "narrative", NARRATIVE_MAX, &mut p),
        };
        if p.is_empty() {
            Ok(input)
        } else {
            Err(p)
        }
    }
}

/// Facts the Mayor's briefing calls out, as bit positions of `notable_mask`.
pub const NOTABLE: [&str; 4] = [
    "nonpublic_requested",
    "city_data_requested",
    "force_used",
    "masked",
];

/// One bit per code, in the order of `codes`: the mask of the codes present in `selected`.
pub fn mask(codes: &[&str], selected: &[String]) -> i64 {
    codes
        .iter()
        .enumerate()
        .filter(|(_, c)| selected.iter().any(|s| s == *c))
        .fold(0, |m, (i, _)| m | (1 << i))
}

/// The codes whose bits are set in `mask`.
pub fn codes_in(codes: &'static [&'static str], mask: i64) -> Vec<&'static str> {
    codes
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, c)| *c)
        .collect()
}

/// What dashboards filter and count on, in a form that needs no parsing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    pub agency_mask: i64,
    pub activity_mask: i64,
    pub notable_mask: i64,
}

impl ReportInput {
    pub fn summary(&self) -> Summary {
        let notable = [
            self.nonpublic_requested == "yes",
            self.city_data_requested == "yes",
            self.force_used == "yes" || self.injuries_count > 0,
            matches!(self.masked.as_str(), "some" | "all"),
        ];
        Summary {
            agency_mask: mask(AGENCIES.codes, &self.agencies),
            activity_mask: mask(ACTIVITIES.codes, &self.activities),
            notable_mask: notable
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .fold(0, |m, (i, _)| m | (1 << i)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .unwrap_or_default()
    }

    #[test]
    fn pacific_time_follows_daylight_saving() {
        // 2025: PDT from 9 March 02:00 to 2 November 02:00.
        assert_eq!(
            la_local_to_utc(local(2025, 7, 11, 10, 30)),
            Utc.with_ymd_and_hms(2025, 7, 11, 17, 30, 0).unwrap()
        );
        assert_eq!(
            la_local_to_utc(local(2025, 1, 15, 10, 30)),
            Utc.with_ymd_and_hms(2025, 1, 15, 18, 30, 0).unwrap()
        );
        assert_eq!(
            la_local_to_utc(local(2025, 3, 9, 1, 59)),
            Utc.with_ymd_and_hms(2025, 3, 9, 9, 59, 0).unwrap()
        );
        assert_eq!(
            la_local_to_utc(local(2025, 3, 9, 3, 0)),
            Utc.with_ymd_and_hms(2025, 3, 9, 10, 0, 0).unwrap()
        );
        assert_eq!(
            la_local_to_utc(local(2025, 11, 2, 2, 30)),
            Utc.with_ymd_and_hms(2025, 11, 2, 10, 30, 0).unwrap()
        );
        let t = Utc.with_ymd_and_hms(2026, 11, 29, 16, 0, 0).unwrap();
        assert_eq!(utc_to_la_local(t), local(2026, 11, 29, 8, 0));
        let t = Utc.with_ymd_and_hms(2026, 7, 1, 16, 0, 0).unwrap();
        assert_eq!(utc_to_la_local(t), local(2026, 7, 1, 9, 0));
    }

    fn form(s: &str) -> FormData {
        FormData::parse(s.as_bytes()).unwrap_or_default()
    }

    const GOOD: &str = "observed_at=2026-11-29T08%3A15&department_id=3&facility_id=7&area=public&agencies=ice_ero&agencies=cbp\
        &identified_by=vest_or_patch&attire=uniformed&masked=some&id_visible=no&activities=questioning&warrant=administrative\
        &detained_count=1&narrative=Two+agents+asked+for+Maria";

    #[test]
    fn a_complete_report_parses() {
        let now = Utc.with_ymd_and_hms(2026, 11, 29, 17, 0, 0).unwrap();
        let r = ReportInput::from_form(&form(GOOD), now).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(r.observed_at, "2026-11-29T16:15:00.000000Z");
        assert_eq!(r.agencies, vec!["ice_ero", "cbp"]);
        assert_eq!(r.nonpublic_requested, "unknown");
        assert_eq!(r.detained_count, 1);
        assert_eq!(r.agents_min, None);
    }

    #[test]
    fn every_problem_is_named() {
        let now = Utc.with_ymd_and_hms(2026, 11, 29, 17, 0, 0).unwrap();
        let bad = "observed_at=2026-12-29T08%3A15&department_id=x&area=roof&agencies=martians&attire=&detained_count=-1&latitude=34";
        let p = ReportInput::from_form(&form(bad), now)
            .err()
            .unwrap_or_default();
        for field in [
            "observed_at",
            "department_id",
            "location_text",
            "latitude",
            "area",
            "agencies",
            "attire",
            "masked",
            "activities",
            "warrant",
            "detained_count",
        ] {
            assert!(
                p.iter().any(|(f, _)| *f == field),
                "{field} not reported in {p:?}"
            );
        }
    }

    #[test]
    fn summary_masks_follow_the_code_lists() {
        let now = Utc.with_ymd_and_hms(2026, 11, 29, 17, 0, 0).unwrap();
        let mut r = ReportInput::from_form(&form(GOOD), now).unwrap_or_else(|p| panic!("{p:?}"));
        r.masked = "some".into();
        r.injuries_count = 0;
        r.force_used = "no".into();
        let s = r.summary();
        assert_eq!(
            codes_in(AGENCIES.codes, s.agency_mask),
            vec!["ice_ero", "cbp"]
        );
        assert_eq!(codes_in(&NOTABLE, s.notable_mask), vec!["masked"]);
        assert_eq!(mask(ACTIVITIES.codes, &["departed".into()]), 1 << 7);
        r.injuries_count = 2;
        assert_eq!(
            codes_in(&NOTABLE, r.summary().notable_mask),
            vec!["force_used", "masked"]
        );
    }
}
