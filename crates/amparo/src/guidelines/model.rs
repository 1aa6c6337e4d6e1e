//! The working group: member organisations and their kinds, members and their roles,
//! meetings (times entered in Los Angeles time, kept in UTC) and what a form may hold.

use crate::web::form::FormData;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// (field, Fluent message id) for each problem with a form.
pub type Problems = Vec<(&'static str, &'static str)>;

pub const ORG_KINDS: [&str; 4] = [
    "city_department",
    "rights_organisation",
    "community",
    "other",
];
pub const MEMBER_ROLES: [&str; 3] = ["chair", "member", "observer"];

#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
    pub has_calendar: bool,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: i64,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub link: String,
    pub agenda: String,
    pub minutes: String,
    pub decisions: String,
    pub sequence: i64,
    pub updated_at: DateTime<Utc>,
}

pub const ACTION_STATUSES: [&str; 3] = ["open", "done", "dropped"];

#[derive(Debug, Clone)]
pub struct ActionItem {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting: String,
    pub title: String,
    pub owner_id: i64,
    pub owner: String,
    pub due_on: NaiveDate,
    pub status: String,
}

impl ActionItem {
    /// Open and past its due date (a Los Angeles calendar day).
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status == "open" && self.due_on < today
    }
}

/// What the group records after a meeting: minutes, decisions and who attended.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub minutes: String,
    pub decisions: String,
    pub attended: Vec<i64>,
}

impl Record {
    pub fn from_form(f: &FormData, members: &[i64]) -> Result<Record, Problems> {
        let mut p = Problems::new();
        let minutes = f.raw("minutes").trim().replace("\r\n", "\n");
        let decisions = f.raw("decisions").trim().replace("\r\n", "\n");
        if minutes.len() > 100_000 {
            p.push(("minutes", "wg-err-long"));
        }
        if decisions.len() > 20_000 {
            p.push(("decisions", "wg-err-long"));
        }
        let mut attended = Vec::new();
        for v in f.all("attended") {
            match v.parse::<i64>().ok().filter(|id| members.contains(id)) {
                Some(id) if !attended.contains(&id) => attended.push(id),
                Some(_) => {}
                None => p.push(("attended", "wg-err-choice")),
            }
        }
        if p.is_empty() {
            Ok(Record {
                minutes,
                decisions,
                attended,
            })
        } else {
            Err(p)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionInput {
    pub title: String,
    pub owner: i64,
    pub due_on: NaiveDate,
}

impl ActionInput {
    pub fn from_form(f: &FormData, members: &[i64]) -> Result<ActionInput, Problems> {
        let mut p = Problems::new();
        let title = f.get("title").trim().to_string();
        if title.is_empty() {
            p.push(("title", "wg-err-required"));
        } else if title.chars().count() > 300 {
            p.push(("title", "wg-err-long"));
        }
        let owner = f
            .get("owner")
            .parse::<i64>()
            .ok()
            .filter(|o| members.contains(o));
        if owner.is_none() {
            p.push(("owner", "wg-err-choice"));
        }
        let due = NaiveDate::parse_from_str(f.get("due_on"), "%Y-%m-%d").ok();
        if due.is_none() {
            p.push(("due_on", "wg-err-date"));
        }
        match (owner, due) {
            (Some(owner), Some(due_on)) if p.is_empty() => Ok(ActionInput {
                title,
                owner,
                due_on,
            }),
            _ => Err(p),
        }
    }
}

pub fn organisation_input(f: &FormData) -> Result<(String, String), Problems> {
    let mut p = Problems::new();
    let name = f.get("name").trim().to_string();
    if name.is_empty() {
        p.push(("name", "wg-err-required"));
    } else if name.chars().count() > 200 {
        p.push(("name", "wg-err-long"));
    }
    let kind = f.get("kind").to_string();
    if !ORG_KINDS.contains(&kind.as_str()) {
        p.push(("kind", "wg-err-choice"));
    }
    if p.is_empty() {
        Ok((name, kind))
    } else {
        Err(p)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingInput {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub link: String,
    pub agenda: String,
}

impl MeetingInput {
    /// Date and times are Los Angeles wall-clock time, as the chair reads them.
    pub fn from_form(f: &FormData) -> Result<MeetingInput, Problems> {
        let mut p = Problems::new();
        let title = f.get("title").trim().to_string();
        if title.is_empty() {
            p.push(("title", "wg-err-required"));
        } else if title.chars().count() > 200 {
            p.push(("title", "wg-err-long"));
        }
        let date = NaiveDate::parse_from_str(f.get("date"), "%Y-%m-%d").ok();
        if date.is_none() {
            p.push(("date", "wg-err-date"));
        }
        let time = |name: &'static str, p: &mut Problems| {
            let t = NaiveTime::parse_from_str(f.get(name), "%H:%M").ok();
            if t.is_none() {
                p.push((name, "wg-err-time"));
            }
            t
        };
        let (start, end) = (time("start", &mut p), time("end", &mut p));
        if let (Some(s), Some(e)) = (start, end) {
            if e <= s {
                p.push(("end", "wg-err-end"));
            }
        }
        let place = f.get("place").trim().to_string();
        let link = f.get("link").trim().to_string();
        if place.is_empty() && link.is_empty() {
            p.push(("place", "wg-err-place"));
        }
        if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
            p.push(("link", "wg-err-link"));
        }
        let agenda = f.raw("agenda").trim().replace("\r\n", "\n");
        if agenda.len() > 20_000 {
            p.push(("agenda", "wg-err-long"));
        }
        match (date, start, end) {
            (Some(d), Some(s), Some(e)) if p.is_empty() => Ok(MeetingInput {
                title,
                starts_at: deadline::la_local_to_utc(d.and_time(s)),
                ends_at: deadline::la_local_to_utc(d.and_time(e)),
                place,
                link,
                agenda,
            }),
            _ => Err(p),
        }
    }
}

/// The name members read for an actor ("user:5" is a member's account); anyone else keeps
/// the actor as stored.
pub fn actor_name(members: &[Member], actor: &str) -> String {
    members
        .iter()
        .find(|m| actor.strip_prefix("user:") == Some(m.user_id.to_string().as_str()))
        .map_or_else(|| actor.to_string(), |m| m.name.clone())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        let mut f = FormData::default();
        for (k, v) in pairs {
            f.set(k, v.to_string());
        }
        f
    }

    #[test]
    fn records_and_action_items_check_members_and_dates() {
        let mut f = FormData::default();
        f.set("minutes", "We met.");
        f.push("attended", "1");
        f.push("attended", "1");
        f.push("attended", "2");
        let r = Record::from_form(&f, &[1, 2]).unwrap();
        assert_eq!(r.attended, vec![1, 2]);
        f.push("attended", "9");
        assert_eq!(
            Record::from_form(&f, &[1, 2]).unwrap_err(),
            vec![("attended", "wg-err-choice")]
        );
        let a = ActionInput::from_form(
            &form(&[
                ("title", "Circulate draft"),
                ("owner", "2"),
                ("due_on", "2026-12-10"),
            ]),
            &[1, 2],
        )
        .unwrap();
        let item = ActionItem {
            id: 1,
            meeting_id: 1,
            meeting: "m".into(),
            title: a.title,
            owner_id: a.owner,
            owner: "o".into(),
            due_on: a.due_on,
            status: "open".into(),
        };
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        assert!(!item.overdue(day("2026-12-10")));
        assert!(item.overdue(day("2026-12-11")));
        assert_eq!(
            ActionInput::from_form(&form(&[("owner", "7"), ("due_on", "soon")]), &[1]).unwrap_err(),
            vec![
                ("title", "wg-err-required"),
                ("owner", "wg-err-choice"),
                ("due_on", "wg-err-date")
            ]
        );
    }

    #[test]
    fn meeting_times_are_read_in_los_angeles_time() {
        let m = MeetingInput::from_form(&form(&[
            ("title", "First reading"),
            ("date", "2026-12-03"),
            ("start", "10:00"),
            ("end", "12:00"),
            ("place", "City Hall"),
        ]))
        .unwrap();
        // December: Pacific standard time, UTC-8.
        assert_eq!(m.starts_at.to_rfc3339(), "2026-12-03T18:00:00+00:00");
        assert_eq!(m.ends_at.to_rfc3339(), "2026-12-03T20:00:00+00:00");
        let july = MeetingInput::from_form(&form(&[
            ("title", "T"),
            ("date", "2026-07-09"),
            ("start", "10:00"),
            ("end", "11:00"),
            ("link", "https://meet.example.org/wg"),
        ]))
        .unwrap();
        assert_eq!(july.starts_at.to_rfc3339(), "2026-07-09T17:00:00+00:00");
    }

    #[test]
    fn meeting_problems_name_their_fields() {
        let p = MeetingInput::from_form(&form(&[
            ("date", "3 Dec"),
            ("start", "10:00"),
            ("end", "9"),
            ("link", "javascript:x"),
        ]))
        .unwrap_err();
        let fields: Vec<&str> = p.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["title", "date", "end", "link"]);
        let p = MeetingInput::from_form(&form(&[
            ("title", "T"),
            ("date", "2026-12-03"),
            ("start", "10:00"),
            ("end", "10:00"),
        ]))
        .unwrap_err();
        assert_eq!(p, vec![("end", "wg-err-end"), ("place", "wg-err-place")]);
        assert_eq!(
            organisation_input(&form(&[("name", ""), ("kind", "cartel")])).unwrap_err(),
            vec![("name", "wg-err-required"), ("kind", "wg-err-choice")]
        );
        use crate::auth::password::{random_token, sha256_hex};
        assert_eq!(sha256_hex("a").len(), 64);
        assert_ne!(random_token(), random_token());
    }
}
