//! Training sessions a department records, typed in or imported from a learning system's CSV.
//! With the department's headcount they give the board its "trained" percentage.

use crate::db::{timestamp, Db, WriteTx};
use crate::web::form::FormData;
use chrono::NaiveDate;
use sqlx::Row;

pub const MAX_IMPORT_ROWS: usize = 2_000;

#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Session {
    pub held_on: String,
    pub topic: String,
    pub audience: String,
    pub trained: i64,
    pub materials: String,
}

fn date(s: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s.trim(), f).ok())
}

fn session(
    held_on: &str,
    topic: &str,
    audience: &str,
    trained: &str,
    materials: &str,
) -> Result<Session, &'static str> {
    let held_on = date(held_on).ok_or("training-error-date")?;
    let topic = topic.trim();
    if topic.is_empty() || topic.chars().count() > 300 {
        return Err("training-error-topic");
    }
    let trained: i64 = trained
        .trim()
        .parse()
        .ok()
        .filter(|n| (0..=1_000_000).contains(n))
        .ok_or("training-error-count")?;
    Ok(Session {
        held_on: held_on.to_string(),
        topic: topic.into(),
        audience: audience.trim().chars().take(300).collect(),
        trained,
        materials: materials.trim().chars().take(1000).collect(),
    })
}

/// One session from the form; problems as (field, Fluent id).
pub fn from_form(f: &FormData) -> Result<Session, Vec<(&'static str, &'static str)>> {
    session(
        f.get("held_on"),
        f.get("topic"),
        f.get("audience"),
        f.get("trained"),
        f.get("materials"),
    )
    .map_err(|key| {
        let field = match key {
            "training-error-date" => "held_on",
            "training-error-topic" => "topic",
            _ => "trained",
        };
        vec![(field, key)]
    })
}

/// Column names learning systems use, lower-cased, for each field.
const DATE: &[&str] = &[
    "date",
    "held_on",
    "session date",
    "completion date",
    "completed on",
];
const TOPIC: &[&str] = &["topic", "course", "course title", "title"];
const AUDIENCE: &[&str] = &["audience", "group", "department"];
const COUNT: &[&str] = &[
    "trained",
    "attendees",
    "attendance",
    "count",
    "completions",
    "number trained",
];
const MATERIALS: &[&str] = &["materials", "link", "url"];

/// Every row of an attendance CSV, or every problem by line (nothing is imported unless all
/// rows read).
pub fn from_csv(text: &str) -> Result<Vec<Session>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|c| c.trim_start_matches('\u{feff}').to_lowercase())
            .collect(),
        Err(_) => return Err(vec!["line 1: the file is not CSV".into()]),
    };
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let (Some(d), Some(t), Some(c)) = (find(DATE), find(TOPIC), find(COUNT)) else {
        return Err(vec![format!(
            "line 1: need columns for the date ({}), the topic ({}) and the number trained ({})",
            DATE.join(", "),
            TOPIC.join(", "),
            COUNT.join(", ")
        )]);
    };
    let (a, m) = (find(AUDIENCE), find(MATERIALS));
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if line > MAX_IMPORT_ROWS + 1 {
            problems.push(format!("more than {MAX_IMPORT_ROWS} rows; split the file"));
            break;
        }
        let Ok(r) = record else {
            problems.push(format!("line {line}: not readable as CSV"));
            continue;
        };
        let cell = |i: Option<usize>| i.and_then(|i| r.get(i)).unwrap_or_default();
        match session(
            cell(Some(d)),
            cell(Some(t)),
            cell(a),
            cell(Some(c)),
            cell(m),
        ) {
            Ok(s) => out.push(s),
            Err(key) => problems.push(format!(
                "line {line}: {}",
                match key {
                    "training-error-date" => "the date is not YYYY-MM-DD or MM/DD/YYYY",
                    "training-error-topic" => "the topic is missing",
                    _ => "the number trained is not a whole number",
                }
            )),
        }
    }
    if out.is_empty() && problems.is_empty() {
        problems.push("the file has no rows".into());
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

pub async fn insert(
    tx: &mut WriteTx,
    department: i64,
    s: &Session,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO training_sessions (department_id, held_on, topic, audience, trained, materials, recorded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(department)
    .bind(&s.held_on)
    .bind(&s.topic)
    .bind(&s.audience)
    .bind(s.trained)
    .bind(&s.materials)
    .bind(by)
    .bind(timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn list(db: &Db, department: i64) -> Result<Vec<Session>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT held_on, topic, audience, trained, materials FROM training_sessions WHERE department_id = $1 ORDER BY held_on DESC, id DESC",
    )
    .bind(department)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Session {
                held_on: r.try_get(0)?,
                topic: r.try_get(1)?,
                audience: r.try_get(2)?,
                trained: r.try_get(3)?,
                materials: r.try_get(4)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learning_system_exports_are_read_by_their_column_names() {
        let csv = "\u{feff}Course Title,Completion Date,Completions,Audience\nKnow your role,07/20/2025,40,Front desk\nWarrants,2025-07-21,12,\n";
        let s = from_csv(csv).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].held_on.as_str(), s[0].trained, s[0].audience.as_str()),
            ("2025-07-20", 40, "Front desk")
        );
        let bad = from_csv("topic,date,trained\nA,yesterday,3\n,2025-07-01,2\nB,2025-07-01,lots\n")
            .unwrap_err();
        assert_eq!(bad.len(), 3);
        assert!(bad[0].starts_with("line 2:") && bad[2].starts_with("line 4:"));
        assert!(from_csv("name,email\nx,y\n").unwrap_err()[0].contains("need columns"));
        assert_eq!(
            from_csv("topic,date,trained\n").unwrap_err(),
            vec!["the file has no rows".to_string()]
        );
    }
}
