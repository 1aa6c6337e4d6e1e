//! Deadline reminders: the liaison is emailed 7, 3 and 1 days before a plan is due and daily
//! once it is overdue; on the third overdue day MOIA is told too. The job that runs this is
//! scheduled once per slot across nodes, and each (plan, reminder, day) is recorded under a
//! primary key before its email is queued, so no reminder goes out twice, whoever runs it.

use crate::config::Config;
use crate::db::{timestamp, Db, WriteTx};
use chrono::{DateTime, NaiveDate, Utc};
use deadline::Reminder;
use sqlx::Row;

struct Due {
    directive_id: i64,
    number: String,
    due_on: NaiveDate,
    department_id: i64,
    department: String,
    plan_id: i64,
}

async fn open_plans(db: &Db) -> anyhow::Result<Vec<Due>> {
    let rows = sqlx::query(
        "SELECT d.id, d.number, d.due_on, p.department_id, x.name, p.id FROM plans p \
         JOIN directives d ON d.id = p.directive_id JOIN departments x ON x.id = p.department_id \
         WHERE p.first_submitted_at IS NULL ORDER BY d.id, x.name",
    )
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let due: String = r.try_get(2)?;
        out.push(Due {
            directive_id: r.try_get(0)?,
            number: r.try_get(1)?,
            due_on: NaiveDate::parse_from_str(&due, "%Y-%m-%d")?,
            department_id: r.try_get(3)?,
            department: r.try_get(4)?,
            plan_id: r.try_get(5)?,
        });
    }
    Ok(out)
}

/// Records the reminder for today; false if it was already recorded (by this or another node).
async fn claim(
    tx: &mut WriteTx,
    d: &Due,
    kind: &str,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO plan_reminders (directive_id, department_id, kind, on_date, sent_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (directive_id, department_id, kind, on_date) DO NOTHING",
    )
    .bind(d.directive_id)
    .bind(d.department_id)
    .bind(kind)
    .bind(today.to_string())
    .bind(timestamp(Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

async fn emails(tx: &mut WriteTx, department: Option<i64>) -> Result<Vec<String>, sqlx::Error> {
    let rows = match department {
        Some(d) => sqlx::query(LIAISONS).bind(d).fetch_all(tx.conn()).await?,
        None => sqlx::query(MOIA).fetch_all(tx.conn()).await?,
    };
    let mut out: Vec<String> = rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>(0).ok())
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

const LIAISONS: &str = "SELECT work_email FROM liaisons WHERE department_id = $1 \
    UNION SELECT email FROM users WHERE disabled = 0 AND role = 'liaison' AND department_id = $1";
const MOIA: &str = "SELECT email FROM users WHERE disabled = 0 AND role IN ('reviewer', 'admin')";

fn message(config: &Config, d: &Due, r: &Reminder) -> (String, String) {
    let link = format!(
        "{}/plans/{}",
        config.public_url.trim_end_matches('/'),
        d.plan_id
    );
    match r {
        Reminder::Before(n) => (
            format!("amparo: {} plan for {} due in {n} day(s), on {}", d.number, d.department, d.due_on),
            format!("The {} preparedness plan for {} is due on {} (end of day, Los Angeles time) and has not been submitted.\n\n{link}\n", d.number, d.department, d.due_on),
        ),
        Reminder::Overdue(n) => (
            format!("amparo: {} plan for {} is {n} day(s) overdue", d.number, d.department),
            format!("The {} preparedness plan for {} was due on {} and has not been submitted. Late submission is still possible and is marked late.\n\n{link}\n", d.number, d.department, d.due_on),
        ),
        Reminder::Escalate => (
            format!("amparo: {} plan for {} is 3 days overdue (escalated)", d.number, d.department),
            format!("{} has not submitted its {} preparedness plan, due on {}. Its liaison has been reminded daily.\n\n{link}\n", d.department, d.number, d.due_on),
        ),
    }
}

/// Queues today's reminders. Returns how many were queued. With email off, nothing is recorded,
/// so reminders start once a relay is configured.
pub async fn run(db: &Db, config: &Config, now: DateTime<Utc>) -> anyhow::Result<usize> {
    if !config.smtp.enabled() {
        return Ok(0);
    }
    let today = deadline::la_date(now);
    let mut queued = 0;
    for d in open_plans(db).await? {
        let due = deadline::reminders_due(d.due_on, today);
        if due.is_empty() {
            continue;
        }
        let mut tx = db.begin_write().await?;
        for r in &due {
            if !claim(&mut tx, &d, &r.key(), today).await? {
                continue;
            }
            let to = match r {
                Reminder::Escalate => emails(&mut tx, None).await?,
                _ => emails(&mut tx, Some(d.department_id)).await?,
            };
            let (subject, body) = message(config, &d, r);
            crate::reports::notify::queue(&mut tx, "email", None, &to, &subject, &body).await?;
            queued += to.len();
        }
        tx.commit_quiet().await?;
    }
    Ok(queued)
}
