//! Alerts about reports: an outbox row per recipient, written in the report's own transaction,
//! then delivered by whichever node's worker claims it, with retries and backoff.
//! Messages name the report, place, time, agencies and activities; never the narrative.

use super::model::{utc_to_la_local, ReportInput};
use crate::config::Config;
use crate::db::{timestamp, Db, Engine, WriteTx};
use crate::web::i18n::{Lang, Tr};
use sqlx::Row;

/// Give up on a message after this many attempts.
pub const MAX_ATTEMPTS: i64 = 8;

/// Who hears about a new report from a department: its liaisons and every MOIA reviewer.
async fn recipients(
    tx: &mut WriteTx,
    department_id: i64,
    also_admins: bool,
) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT work_email FROM liaisons WHERE department_id = $1 \
         UNION SELECT email FROM users WHERE disabled = 0 AND \
         ((role = 'liaison' AND department_id = $1) OR role = 'reviewer' OR (role = 'admin' AND $2 = 1))",
    )
    .bind(department_id)
    .bind(i64::from(also_admins))
    .fetch_all(tx.conn())
    .await?;
    let mut out: Vec<String> = rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>(0).ok())
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

pub async fn queue(
    tx: &mut WriteTx,
    channel: &str,
    report_id: Option<i64>,
    to: &[String],
    subject: &str,
    body: &str,
) -> Result<(), sqlx::Error> {
    let now = chrono::Utc::now();
    for recipient in to {
        sqlx::query(
            "INSERT INTO notifications (report_id, channel, recipient, subject, body, state, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, $7)",
        )
        .bind(report_id)
        .bind(channel)
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .bind(now.timestamp())
        .bind(timestamp(now))
        .execute(tx.conn())
        .await?;
    }
    Ok(())
}

/// The webhook's JSON: ids, codes and times, never free text.
async fn queue_webhook(
    tx: &mut WriteTx,
    config: &Config,
    event: &str,
    id: i64,
    department: &str,
    r: Option<&ReportInput>,
) -> Result<(), sqlx::Error> {
    if !config.webhook.enabled() {
        return Ok(());
    }
    let mut body = serde_json::json!({
        "event": event,
        "report_id": id,
        "department": department,
        "url": format!("{}/reports/{id}", config.public_url.trim_end_matches('/')),
    });
    if let Some(r) = r {
        body["observed_at"] = r.observed_at.clone().into();
        body["ongoing"] = r.ongoing.into();
        body["agencies"] = r.agencies.clone().into();
        body["activities"] = r.activities.clone().into();
    }
    queue(
        tx,
        "webhook",
        Some(id),
        std::slice::from_ref(&config.webhook.url),
        event,
        &body.to_string(),
    )
    .await
}

/// Summary lines shared by every alert about a report.
fn summary(config: &Config, id: i64, department: &str, place: &str, r: &ReportInput) -> String {
    let seen = chrono::DateTime::parse_from_rfc3339(&r.observed_at)
        .map(|t| {
            utc_to_la_local(t.with_timezone(&chrono::Utc))
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default();
    format!(
        "Report: {id}\nDepartment: {department}\nPlace: {place}\nSeen at: {seen} (Los Angeles time){}\nAgencies: {}\nWhat happened: {}\n\nOpen it (sign-in required): {}/reports/{id}\n",
        if r.ongoing { ", still going on" } else { "" },
        super::read_web::labels(Tr::new(Lang::En), "agencies", &r.agencies),
        super::read_web::labels(Tr::new(Lang::En), "activities", &r.activities),
        config.public_url.trim_end_matches('/'),
    )
}

/// Queues the alert for a new report, inside the transaction that stores it.
pub async fn report_filed(
    tx: &mut WriteTx,
    config: &Config,
    id: i64,
    department: &str,
    place: &str,
    r: &ReportInput,
) -> Result<(), sqlx::Error> {
    queue_webhook(tx, config, "report.created", id, department, Some(r)).await?;
    if !config.smtp.enabled() {
        return Ok(());
    }
    let to = recipients(tx, r.department_id, false).await?;
    let subject = format!("amparo: report {id}, federal activity at {department}");
    let body = format!(
        "A report of federal enforcement activity was filed in amparo.\n\n{}",
        summary(config, id, department, place, r)
    );
    queue(tx, "email", Some(id), &to, &subject, &body).await
}

/// Queues the escalation alert to the Mayor's Office (reviewers and administrators).
pub async fn report_escalated(
    tx: &mut WriteTx,
    config: &Config,
    id: i64,
    department_id: i64,
    minutes: i64,
) -> Result<(), sqlx::Error> {
    let department = crate::departments::get_in(tx, department_id)
        .await?
        .unwrap_or_default();
    queue_webhook(tx, config, "report.escalated", id, &department, None).await?;
    if !config.smtp.enabled() {
        return Ok(());
    }
    let mut to = recipients(tx, department_id, true).await?;
    let moia =
        sqlx::query("SELECT email FROM users WHERE disabled = 0 AND role IN ('reviewer', 'admin')")
            .fetch_all(tx.conn())
            .await?;
    let moia: Vec<String> = moia
        .iter()
        .filter_map(|r| r.try_get::<String, _>(0).ok())
        .collect();
    to.retain(|e| moia.contains(e));
    let subject = format!("amparo: report {id} not acknowledged after {minutes} minutes");
    let body = format!(
        "Nobody in the department has acknowledged report {id} after {minutes} minutes. It is escalated to the Mayor's Office.\n\nOpen it (sign-in required): {}/reports/{id}\n",
        config.public_url.trim_end_matches('/')
    );
    queue(tx, "email", Some(id), &to, &subject, &body).await
}

struct Due {
    id: i64,
    channel: String,
    recipient: String,
    subject: String,
    body: String,
    attempts: i64,
}

async fn claim(db: &Db, now: i64) -> Result<Option<Due>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let lock = if db.engine() == Engine::Postgres {
        " FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    let row = sqlx::query(&format!(
        "UPDATE notifications SET state = 'sending', attempts = attempts + 1, next_attempt_at = $1 + 300 \
         WHERE id = (SELECT id FROM notifications WHERE state IN ('queued', 'sending') AND next_attempt_at <= $1 ORDER BY id LIMIT 1{lock}) \
         RETURNING id, recipient, subject, body, attempts, channel"
    ))
    .bind(now)
    .fetch_optional(tx.conn())
    .await?;
    tx.commit_quiet().await?;
    Ok(match row {
        Some(r) => Some(Due {
            id: r.try_get(0)?,
            recipient: r.try_get(1)?,
            subject: r.try_get(2)?,
            body: r.try_get(3)?,
            attempts: r.try_get(4)?,
            channel: r.try_get(5)?,
        }),
        None => None,
    })
}

/// Sends what is due, by email or webhook. Failures wait 10 s, 20 s, 40 s … and give up after [`MAX_ATTEMPTS`].
/// A message left "sending" by a node that died is claimed again once its five-minute lease
/// (its `next_attempt_at`) has passed.
pub async fn deliver_due(db: &Db, config: &Config) -> anyhow::Result<usize> {
    if !config.smtp.enabled() && !config.webhook.enabled() {
        return Ok(0);
    }
    let mut sent = 0;
    while let Some(due) = claim(db, chrono::Utc::now().timestamp()).await? {
        let result = if due.channel == "webhook" {
            crate::webhook::post(
                &due.recipient,
                &config.webhook.secret,
                &due.subject,
                due.id,
                &due.body,
            )
            .await
        } else {
            let message = crate::mail::Message {
                from: &config.smtp.from,
                to: &due.recipient,
                subject: &due.subject,
                body: &due.body,
            };
            crate::mail::send(
                &config.smtp.host,
                config.smtp.port,
                &config.smtp.helo,
                &message,
            )
            .await
        };
        let mut tx = db.begin_write().await?;
        match result {
            Ok(()) => {
                sqlx::query("UPDATE notifications SET state = 'sent', sent_at = $1, last_error = NULL WHERE id = $2")
                    .bind(timestamp(chrono::Utc::now()))
                    .bind(due.id)
                    .execute(tx.conn())
                    .await?;
                sent += 1;
            }
            Err(e) => {
                let state = if due.attempts >= MAX_ATTEMPTS {
                    "failed"
                } else {
                    "queued"
                };
                let wait = 10 * (1_i64 << due.attempts.clamp(0, 10));
                tracing::warn!(notification = due.id, error = %e, state, "alert not delivered");
                sqlx::query("UPDATE notifications SET state = $1, next_attempt_at = $2, last_error = $3 WHERE id = $4")
                    .bind(state)
                    .bind(chrono::Utc::now().timestamp() + wait)
                    .bind(e.to_string())
                    .bind(due.id)
                    .execute(tx.conn())
                    .await?;
            }
        }
        tx.commit_quiet().await?;
    }
    Ok(sent)
}
