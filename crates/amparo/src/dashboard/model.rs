//! Dashboard filters and the counts made from the incidents they select. Pure: the store
//! fetches rows, this turns them into what the page, the briefing and the API show.

use crate::incidents::model::STATES;
use crate::reports::model::{codes_in, la_local_to_utc, utc_to_la_local, AGENCIES};
use crate::web::form::FormData;
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeMap;

/// Longest span one view may cover; beyond it, exports are the tool.
pub const MAX_DAYS: i64 = 366 * 3;
/// Days shown when no range is given.
pub const DEFAULT_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// First and last day, inclusive, in Los Angeles time.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub department_id: Option<i64>,
    pub facility_id: Option<i64>,
    pub agency: Option<String>,
    pub state: Option<String>,
    pub district: Option<String>,
}

pub type Problem = (&'static str, &'static str);

fn date(f: &FormData, name: &'static str, p: &mut Vec<Problem>) -> Option<NaiveDate> {
    match f.get(name) {
        "" => None,
        v => NaiveDate::parse_from_str(v, "%Y-%m-%d").map_or_else(
            |_| {
                p.push((name, "error-date"));
                None
            },
            Some,
        ),
    }
}

fn id(f: &FormData, name: &'static str, p: &mut Vec<Problem>) -> Option<i64> {
    match f.get(name) {
        "" => None,
        v => match v.parse::<i64>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                p.push((name, "error-choose"));
                None
            }
        },
    }
}

fn code(f: &FormData, name: &'static str, codes: &[&str], p: &mut Vec<Problem>) -> Option<String> {
    match f.get(name) {
        "" => None,
        v if codes.contains(&v) => Some(v.to_string()),
        _ => {
            p.push((name, "error-choose"));
            None
        }
    }
}

impl Filter {
    /// Reads `from`, `to`, `department`, `facility`, `agency`, `state` and `district` from a
    /// query string. `today` is the Los Angeles date the defaults count back from.
    pub fn from_query(f: &FormData, today: NaiveDate) -> Result<Filter, Vec<Problem>> {
        let mut p = Vec::new();
        let to = date(f, "to", &mut p).unwrap_or(today);
        let from = date(f, "from", &mut p)
            .unwrap_or_else(|| to - chrono::Duration::days(DEFAULT_DAYS - 1));
        if from > to {
            p.push(("from", "error-date-order"));
        } else if (to - from).num_days() >= MAX_DAYS {
            p.push(("from", "error-date-span"));
        }
        let district = match f.get("district") {
            "" => None,
            v if v.chars().count() <= 200 => Some(v.to_string()),
            _ => {
                p.push(("district", "error-choose"));
                None
            }
        };
        let filter = Filter {
            from,
            to,
            department_id: id(f, "department", &mut p),
            facility_id: id(f, "facility", &mut p),
            agency: code(f, "agency", AGENCIES.codes, &mut p),
            state: code(f, "state", &STATES, &mut p),
            district,
        };
        if p.is_empty() {
            Ok(filter)
        } else {
            Err(p)
        }
    }

    /// The UTC instants bounding the range, as stored timestamps: [start, end).
    pub fn bounds(&self) -> (String, String) {
        let start = la_local_to_utc(self.from.and_time(NaiveTime::MIN));
        let end = la_local_to_utc((self.to + chrono::Duration::days(1)).and_time(NaiveTime::MIN));
        (crate::db::timestamp(start), crate::db::timestamp(end))
    }

    pub fn agency_mask(&self) -> i64 {
        self.agency.as_ref().map_or(0, |a| {
            crate::reports::model::mask(AGENCIES.codes, std::slice::from_ref(a))
        })
    }

    /// The filter as a query string, for links that keep it (exports, paging).
    pub fn query(&self) -> String {
        let mut pairs = vec![("from", self.from.to_string()), ("to", self.to.to_string())];
        let opt = [
            ("department", self.department_id.map(|v| v.to_string())),
            ("facility", self.facility_id.map(|v| v.to_string())),
            ("agency", self.agency.clone()),
            ("state", self.state.clone()),
            ("district", self.district.clone()),
        ];
        pairs.extend(opt.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }

    pub fn days(&self) -> Vec<NaiveDate> {
        self.from
            .iter_days()
            .take_while(|d| *d <= self.to)
            .collect()
    }
}

/// An incident with coordinates, for the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub id: i64,
    pub state: String,
    pub first_observed_at: String,
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub total: usize,
    /// Department id → incidents.
    pub by_department: BTreeMap<i64, usize>,
    /// Agency code → incidents where it was seen (an incident may count under several).
    pub by_agency: BTreeMap<String, usize>,
    pub by_activity: BTreeMap<String, usize>,
    pub by_state: BTreeMap<String, usize>,
    pub by_district: BTreeMap<String, usize>,
    /// Facility id → incidents, for "most reported" lists.
    pub by_facility: BTreeMap<i64, usize>,
    /// One entry per day of the range, zeros included, in order.
    pub by_day: Vec<(NaiveDate, usize)>,
}

/// Counts per code from counts per bit mask: each incident counts once under every code
/// whose bit its mask has.
pub fn expand_masks(
    codes: &'static [&'static str],
    groups: &[(i64, usize)],
) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (mask, n) in groups {
        for code in codes_in(codes, *mask) {
            *out.entry(code.to_string()).or_default() += n;
        }
    }
    out
}

/// Counts per Los Angeles day, every day of the range, from counts per UTC hour
/// ("YYYY-MM-DDTHH", the first 13 characters of a stored time). Hours, not days, are grouped
/// in SQL because a Los Angeles day is not a UTC day.
pub fn days_from_hours(filter: &Filter, hours: &[(String, usize)]) -> Vec<(NaiveDate, usize)> {
    let mut days: BTreeMap<NaiveDate, usize> = filter.days().into_iter().map(|d| (d, 0)).collect();
    for (hour, n) in hours {
        let Ok(t) = chrono::NaiveDateTime::parse_from_str(&format!("{hour}:00"), "%Y-%m-%dT%H:%M")
        else {
            continue;
        };
        let day = utc_to_la_local(t.and_utc()).date();
        if let Some(c) = days.get_mut(&day) {
            *c += n;
        }
    }
    days.into_iter().collect()
}

/// Largest first, ties by key; at most `n`.
pub fn top<K: Clone + Ord>(m: &BTreeMap<K, usize>, n: usize) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = m.iter().map(|(k, c)| (k.clone(), *c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> FormData {
        FormData::parse(s.as_bytes()).unwrap_or_default()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn defaults_to_the_last_thirty_days() {
        let f = Filter::from_query(&q(""), day("2026-11-29")).unwrap();
        assert_eq!((f.from, f.to), (day("2026-10-31"), day("2026-11-29")));
        assert_eq!(f.days().len(), 30);
    }

    #[test]
    fn every_bad_field_is_named() {
        let p = Filter::from_query(
            &q("from=yesterday&department=x&facility=-2&agency=martians&state=gone"),
            day("2026-11-29"),
        )
        .unwrap_err();
        let fields: Vec<_> = p.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            ["from", "department", "facility", "agency", "state"]
        );
        let p =
            Filter::from_query(&q("from=2026-12-01&to=2026-11-01"), day("2026-11-29")).unwrap_err();
        assert_eq!(p, vec![("from", "error-date-order")]);
        let p = Filter::from_query(&q("from=2000-01-01"), day("2026-11-29")).unwrap_err();
        assert_eq!(p, vec![("from", "error-date-span")]);
    }

    #[test]
    fn bounds_are_los_angeles_days() {
        let f = Filter::from_query(&q("from=2026-07-04&to=2026-07-04"), day("2026-11-29")).unwrap();
        assert_eq!(
            f.bounds(),
            (
                "2026-07-04T07:00:00.000000Z".to_string(),
                "2026-07-05T07:00:00.000000Z".to_string()
            )
        );
        assert_eq!(f.query(), "from=2026-07-04&to=2026-07-04");
    }

    #[test]
    fn masks_expand_to_codes_and_hours_to_local_days() {
        let f = Filter::from_query(&q("from=2026-11-27&to=2026-11-29"), day("2026-11-29")).unwrap();
        // 05:00 UTC on the 28th is still the 27th in Los Angeles.
        let days = days_from_hours(
            &f,
            &[
                ("2026-11-28T05".to_string(), 1),
                ("2026-11-28T20".to_string(), 2),
                ("2026-11-30T07".to_string(), 4),
                ("garbage".to_string(), 9),
            ],
        );
        assert_eq!(
            days,
            vec![
                (day("2026-11-27"), 1),
                (day("2026-11-28"), 2),
                (day("2026-11-29"), 4)
            ]
        );
        let agencies = expand_masks(AGENCIES.codes, &[(0b11, 2), (0b1, 1), (0b100, 5)]);
        assert_eq!(agencies.get("ice_ero"), Some(&3));
        assert_eq!(agencies.get("ice_hsi"), Some(&2));
        assert_eq!(agencies.get("cbp"), Some(&5));
        assert_eq!(top(&agencies, 1), vec![("cbp".to_string(), 5)]);
    }
}
