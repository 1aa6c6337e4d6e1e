//! A guideline: a document of numbered sections in Markdown, saved as versions, with
//! comments on its sections. Sections start at "## " headings and are numbered in order.

use crate::web::form::FormData;

pub type Problems = Vec<(&'static str, &'static str)>;

pub const MAX_BODY: usize = 200_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub number: usize,
    pub heading: String,
    pub text: String,
}

/// The numbered sections of a body. Text before the first heading is section 0 (a preamble)
/// when there is any.
pub fn sections(body: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut current = Section {
        number: 0,
        heading: String::new(),
        text: String::new(),
    };
    for line in body.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            if current.number > 0 || !current.text.trim().is_empty() {
                out.push(current);
            }
            current = Section {
                number: out.iter().filter(|s| s.number > 0).count() + 1,
                heading: h.trim().to_string(),
                text: String::new(),
            };
        } else {
            current.text.push_str(line);
            current.text.push('\n');
        }
    }
    if current.number > 0 || !current.text.trim().is_empty() {
        out.push(current);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Guideline {
    pub id: i64,
    pub title: String,
    pub stage: String,
    pub closes_on: Option<String>,
    pub adopted_version: Option<i64>,
    pub adopted_meeting_id: Option<i64>,
    pub adopted_on: Option<String>,
    pub votes: Option<(i64, i64, i64)>,
    pub portal_page_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Version {
    pub version: i64,
    pub body: String,
    pub author: String,
    pub created_at: String,
}

#[derive(Debug, Clone)]
pub struct Comment {
    pub id: i64,
    pub version: i64,
    pub section: i64,
    pub body: String,
    pub author: String,
    pub created_at: String,
    pub resolved: bool,
}

/// The stages a draft moves through, in order; only the first two take new versions.
pub const STAGES: [&str; 6] = [
    "drafting",
    "circulating",
    "ready",
    "adopted",
    "published",
    "superseded",
];

pub fn editable(stage: &str) -> bool {
    matches!(stage, "drafting" | "circulating")
}

/// The chair's moves: forward one stage, or from circulation or readiness back to drafting.
pub fn can_move(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("drafting", "circulating")
            | ("circulating", "drafting" | "ready")
            | ("ready", "drafting" | "adopted")
            | ("adopted", "published")
            | ("published", "superseded")
    )
}

pub fn next_stages(from: &str) -> Vec<&'static str> {
    STAGES
        .iter()
        .copied()
        .filter(|to| can_move(from, to))
        .collect()
}

/// A move with what the stage needs: the closing date to circulate; the meeting and the vote
/// to adopt.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    pub to: &'static str,
    pub closes_on: Option<chrono::NaiveDate>,
    pub meeting: Option<i64>,
    pub votes: Option<(i64, i64, i64)>,
}

pub fn move_from_form(
    f: &FormData,
    from: &str,
    today: chrono::NaiveDate,
    meetings: &[i64],
) -> Result<Move, Problems> {
    let mut p = Problems::new();
    let Some(to) = STAGES
        .iter()
        .copied()
        .find(|s| *s == f.get("to") && can_move(from, s))
    else {
        return Err(vec![("to", "gl-err-move")]);
    };
    let mut m = Move {
        to,
        closes_on: None,
        meeting: None,
        votes: None,
    };
    if to == "circulating" {
        match chrono::NaiveDate::parse_from_str(f.get("closes_on"), "%Y-%m-%d") {
            Ok(d) if d >= today => m.closes_on = Some(d),
            Ok(_) => p.push(("closes_on", "gl-err-past")),
            Err(_) => p.push(("closes_on", "gl-err-date")),
        }
    }
    if to == "adopted" {
        match f
            .get("meeting")
            .parse::<i64>()
            .ok()
            .filter(|id| meetings.contains(id))
        {
            Some(id) => m.meeting = Some(id),
            None => p.push(("meeting", "gl-err-choice")),
        }
        let count = |name: &'static str, p: &mut Problems| {
            let n = f.get(name).trim().parse::<i64>().ok().filter(|n| *n >= 0);
            if n.is_none() {
                p.push((name, "gl-err-votes"));
            }
            n.unwrap_or(0)
        };
        let votes = (
            count("votes_for", &mut p),
            count("votes_against", &mut p),
            count("votes_abstain", &mut p),
        );
        if p.is_empty() && votes.0 <= votes.1 {
            p.push(("votes_for", "gl-err-majority"));
        }
        m.votes = Some(votes);
    }
    if p.is_empty() {
        Ok(m)
    } else {
        Err(p)
    }
}

pub fn draft_from_form(f: &FormData, with_title: bool) -> Result<(String, String), Problems> {
    let mut p = Problems::new();
    let title = f.get("title").trim().to_string();
    if with_title {
        if title.is_empty() {
            p.push(("title", "gl-err-required"));
        } else if title.chars().count() > 200 {
            p.push(("title", "gl-err-long"));
        }
    }
    let body = f.raw("body").trim().replace("\r\n", "\n");
    if sections(&body).iter().all(|s| s.number == 0) {
        p.push(("body", "gl-err-sections"));
    } else if body.len() > MAX_BODY {
        p.push(("body", "gl-err-long"));
    }
    if p.is_empty() {
        Ok((title, body))
    } else {
        Err(p)
    }
}

/// A comment on section `section` of a body with `count` numbered sections.
pub fn comment_from_form(f: &FormData, count: usize) -> Result<(i64, String), Problems> {
    let mut p = Problems::new();
    let section = f
        .get("section")
        .parse::<usize>()
        .ok()
        .filter(|s| *s <= count);
    if section.is_none() {
        p.push(("section", "gl-err-choice"));
    }
    let body = f.raw("comment").trim().replace("\r\n", "\n");
    if body.is_empty() {
        p.push(("comment", "gl-err-required"));
    } else if body.len() > 10_000 {
        p.push(("comment", "gl-err-long"));
    }
    match section {
        Some(s) if p.is_empty() => Ok((s as i64, body)),
        _ => Err(p),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_chair_moves_a_guideline_through_its_stages() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let form = |pairs: &[(&str, &str)]| {
            let mut f = FormData::default();
            for (k, v) in pairs {
                f.set(k, v.to_string());
            }
            f
        };
        assert_eq!(next_stages("drafting"), vec!["circulating"]);
        assert_eq!(next_stages("ready"), vec!["drafting", "adopted"]);
        assert!(next_stages("superseded").is_empty());
        assert_eq!(
            move_from_form(&form(&[("to", "adopted")]), "drafting", today, &[]).unwrap_err(),
            vec![("to", "gl-err-move")]
        );
        assert_eq!(
            move_from_form(
                &form(&[("to", "circulating"), ("closes_on", "2026-11-30")]),
                "drafting",
                today,
                &[]
            )
            .unwrap_err(),
            vec![("closes_on", "gl-err-past")]
        );
        let m = move_from_form(
            &form(&[("to", "circulating"), ("closes_on", "2026-12-15")]),
            "drafting",
            today,
            &[],
        )
        .unwrap();
        assert_eq!(m.closes_on.unwrap().to_string(), "2026-12-15");
        let adopt = |f: &str, a: &str| {
            move_from_form(
                &form(&[
                    ("to", "adopted"),
                    ("meeting", "4"),
                    ("votes_for", f),
                    ("votes_against", a),
                    ("votes_abstain", "1"),
                ]),
                "ready",
                today,
                &[4],
            )
        };
        assert_eq!(adopt("7", "2").unwrap().votes, Some((7, 2, 1)));
        assert_eq!(
            adopt("2", "2").unwrap_err(),
            vec![("votes_for", "gl-err-majority")]
        );
        assert_eq!(
            adopt("-1", "x").unwrap_err(),
            vec![
                ("votes_for", "gl-err-votes"),
                ("votes_against", "gl-err-votes")
            ]
        );
    }

    #[test]
    fn sections_are_numbered_from_their_headings() {
        let s = sections(
            "Purpose of this guideline.\n\n## Scope\nAll officers.\n## Warrants\nJudicial only.\n",
        );
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].number, s[0].heading.as_str()), (0, ""));
        assert_eq!((s[1].number, s[1].heading.as_str()), (1, "Scope"));
        assert_eq!((s[2].number, s[2].text.trim()), (2, "Judicial only."));
        assert_eq!(sections("## Only\nx").len(), 1);
        assert!(sections("no headings").iter().all(|s| s.number == 0));
    }

    #[test]
    fn drafts_need_sections_and_comments_a_section() {
        let mut f = FormData::default();
        f.set("body", "just text");
        assert_eq!(
            draft_from_form(&f, true).unwrap_err(),
            vec![("title", "gl-err-required"), ("body", "gl-err-sections")]
        );
        f.set("title", "Responding to immigration enforcement");
        f.set("body", "## Scope\r\nAll officers.");
        assert_eq!(
            draft_from_form(&f, true).unwrap().1,
            "## Scope\nAll officers."
        );
        let mut c = FormData::default();
        c.set("section", "3");
        c.set("comment", "");
        assert_eq!(
            comment_from_form(&c, 2).unwrap_err(),
            vec![("section", "gl-err-choice"), ("comment", "gl-err-required")]
        );
        c.set("section", "2");
        c.set("comment", "Say who may ask for the warrant.");
        assert_eq!(comment_from_form(&c, 2).unwrap().0, 2);
        assert!(editable("drafting") && editable("circulating") && !editable("adopted"));
    }
}
