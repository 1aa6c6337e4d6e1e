//! SQL for directives, plans, their versions and reviews. Versions and reviews are only ever
//! inserted: a submission, once made, is never changed.

use super::model::{Section, Verdict};
use crate::db::{timestamp, Db, WriteTx};
use sqlx::{any::AnyRow, Row};

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Directive {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub signed_on: String,
    pub rule: String,
    pub due_on: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Element {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub guidance: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Plan {
    pub id: i64,
    pub directive_id: i64,
    pub department_id: i64,
    pub department: String,
    pub status: String,
    pub versions: i64,
    pub first_submitted_at: Option<String>,
    pub approved_at: Option<String>,
    pub approved_by: Option<String>,
    pub updated_at: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Version {
    pub version: i64,
    pub sections: Vec<Section>,
    pub submitted_by: String,
    pub submitted_at: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Review {
    pub version: i64,
    pub decision: String,
    pub verdicts: Vec<Verdict>,
    pub comment: String,
    pub reviewer: String,
    pub decided_at: String,
}

fn directive(r: &AnyRow) -> Result<Directive, sqlx::Error> {
    Ok(Directive {
        id: r.try_get(0)?,
        number: r.try_get(1)?,
        title: r.try_get(2)?,
        signed_on: r.try_get(3)?,
        rule: r.try_get(4)?,
        due_on: r.try_get(5)?,
    })
}

const DIRECTIVE: &str = "SELECT id, number, title, signed_on, rule, due_on FROM directives";

pub async fn directives(db: &Db) -> Result<Vec<Directive>, sqlx::Error> {
    let rows = sqlx::query(&format!("{DIRECTIVE} ORDER BY signed_on, id"))
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(directive).collect()
}

pub async fn directive_by_id(db: &Db, id: i64) -> Result<Option<Directive>, sqlx::Error> {
    let row = sqlx::query(&format!("{DIRECTIVE} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(directive).transpose()
}

pub async fn directive_by_number(
    tx: &mut WriteTx,
    number: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT id FROM directives WHERE number = $1")
        .bind(number)
        .fetch_optional(tx.conn())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

pub struct NewDirective<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub signed_on: &'a str,
    pub rule: &'a str,
    pub due_on: &'a str,
    pub created_by: &'a str,
}

pub async fn insert_directive(tx: &mut WriteTx, d: &NewDirective<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO directives (number, title, signed_on, rule, due_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(d.number)
    .bind(d.title)
    .bind(d.signed_on)
    .bind(d.rule)
    .bind(d.due_on)
    .bind(d.created_by)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?
    .try_get(0)
}

pub async fn insert_element(
    tx: &mut WriteTx,
    directive: i64,
    position: i64,
    title: &str,
    guidance: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO directive_elements (directive_id, position, title, guidance) VALUES ($1, $2, $3, $4)")
        .bind(directive)
        .bind(position)
        .bind(title)
        .bind(guidance)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Applies a directive to a department and opens its (empty) plan.
pub async fn apply_to(
    tx: &mut WriteTx,
    directive: i64,
    department: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO directive_departments (directive_id, department_id) VALUES ($1, $2)")
        .bind(directive)
        .bind(department)
        .execute(tx.conn())
        .await?;
    sqlx::query(
        "INSERT INTO plans (directive_id, department_id, status, versions, updated_at) VALUES ($1, $2, 'draft', 0, $3)",
    )
    .bind(directive)
    .bind(department)
    .bind(timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn elements(db: &Db, directive: i64) -> Result<Vec<Element>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, position, title, guidance FROM directive_elements WHERE directive_id = $1 ORDER BY position")
        .bind(directive)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Element {
                id: r.try_get(0)?,
                position: r.try_get(1)?,
                title: r.try_get(2)?,
                guidance: r.try_get(3)?,
            })
        })
        .collect()
}

const PLAN: &str = "SELECT p.id, p.directive_id, p.department_id, d.name, p.status, p.versions, p.first_submitted_at, \
    p.approved_at, p.approved_by, p.updated_at FROM plans p JOIN departments d ON d.id = p.department_id";

fn plan(r: &AnyRow) -> Result<Plan, sqlx::Error> {
    Ok(Plan {
        id: r.try_get(0)?,
        directive_id: r.try_get(1)?,
        department_id: r.try_get(2)?,
        department: r.try_get(3)?,
        status: r.try_get(4)?,
        versions: r.try_get(5)?,
        first_submitted_at: r.try_get(6)?,
        approved_at: r.try_get(7)?,
        approved_by: r.try_get(8)?,
        updated_at: r.try_get(9)?,
    })
}

pub async fn plan_by_id(db: &Db, id: i64) -> Result<Option<Plan>, sqlx::Error> {
    let row = sqlx::query(&format!("{PLAN} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(plan).transpose()
}

/// Every plan under a directive, by department name.
pub async fn plans(db: &Db, directive: i64) -> Result<Vec<Plan>, sqlx::Error> {
    let rows = sqlx::query(&format!("{PLAN} WHERE p.directive_id = $1 ORDER BY d.name"))
        .bind(directive)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(plan).collect()
}

/// A department's plans, newest directive first.
pub async fn plans_of(db: &Db, department: i64) -> Result<Vec<Plan>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{PLAN} WHERE p.department_id = $1 ORDER BY p.directive_id DESC"
    ))
    .bind(department)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(plan).collect()
}

/// The draft, one section per element (elements never written come back empty).
pub async fn draft(
    db: &Db,
    plan_id: i64,
    elements: &[Element],
) -> Result<Vec<Section>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT element_id, body, assessment, reason, guideline_id FROM plan_sections \
         WHERE plan_id = $1",
    )
    .bind(plan_id)
    .fetch_all(db.pool())
    .await?;
    let mut saved = std::collections::HashMap::new();
    for r in &rows {
        saved.insert(
            r.try_get::<i64, _>(0)?,
            (
                r.try_get::<String, _>(1)?,
                r.try_get::<String, _>(2)?,
                r.try_get::<String, _>(3)?,
                r.try_get::<Option<i64>, _>(4)?,
            ),
        );
    }
    Ok(elements
        .iter()
        .map(|e| {
            let (body, assessment, reason, guideline_id) = saved.remove(&e.id).unwrap_or_default();
            Section {
                element_id: e.id,
                body,
                assessment,
                reason,
                guideline_id,
            }
        })
        .collect())
}

pub async fn save_section(
    tx: &mut WriteTx,
    plan_id: i64,
    s: &Section,
    by: &str,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO plan_sections \
         (plan_id, element_id, body, assessment, reason, updated_by, updated_at, guideline_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS BIGINT)) \
         ON CONFLICT (plan_id, element_id) DO UPDATE SET \
         body = excluded.body, assessment = excluded.assessment, reason = excluded.reason, \
         updated_by = excluded.updated_by, updated_at = excluded.updated_at, \
         guideline_id = excluded.guideline_id",
    )
    .bind(plan_id)
    .bind(s.element_id)
    .bind(&s.body)
    .bind(&s.assessment)
    .bind(&s.reason)
    .bind(by)
    .bind(at)
    // Text, because the Any driver on PostgreSQL cannot rebind a NULL integer as a number.
    .bind(s.guideline_id.map(|g| g.to_string()))
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn touch(tx: &mut WriteTx, plan_id: i64, at: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE plans SET updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(plan_id)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Freezes the draft as the next version and marks the plan submitted. Returns the version.
pub async fn submit(
    tx: &mut WriteTx,
    plan_id: i64,
    sections: &[Section],
    by: &str,
) -> Result<i64, sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    let version: i64 = sqlx::query("SELECT versions FROM plans WHERE id = $1")
        .bind(plan_id)
        .fetch_one(tx.conn())
        .await?
        .try_get::<i64, _>(0)?
        + 1;
    let frozen = serde_json::to_string(sections).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query("INSERT INTO plan_versions (plan_id, version, sections, submitted_by, submitted_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(plan_id)
        .bind(version)
        .bind(frozen)
        .bind(by)
        .bind(&now)
        .execute(tx.conn())
        .await?;
    sqlx::query(
        "UPDATE plans SET status = 'submitted', versions = $1, first_submitted_at = COALESCE(first_submitted_at, $2), \
         updated_at = $2 WHERE id = $3",
    )
    .bind(version)
    .bind(&now)
    .bind(plan_id)
    .execute(tx.conn())
    .await?;
    Ok(version)
}

pub async fn versions(db: &Db, plan_id: i64) -> Result<Vec<Version>, sqlx::Error> {
    let rows = sqlx::query("SELECT version, sections, submitted_by, submitted_at FROM plan_versions WHERE plan_id = $1 ORDER BY version")
        .bind(plan_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            let sections: String = r.try_get(1)?;
            Ok(Version {
                version: r.try_get(0)?,
                sections: serde_json::from_str(&sections)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                submitted_by: r.try_get(2)?,
                submitted_at: r.try_get(3)?,
            })
        })
        .collect()
}

pub struct NewReview<'a> {
    pub plan_id: i64,
    pub version: i64,
    pub approve: bool,
    pub verdicts: &'a [Verdict],
    pub comment: &'a str,
    pub reviewer: &'a str,
}

pub async fn review(tx: &mut WriteTx, r: &NewReview<'_>) -> Result<(), sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    let decision = if r.approve {
        "approved"
    } else {
        "changes_requested"
    };
    let verdicts =
        serde_json::to_string(r.verdicts).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query(
        "INSERT INTO plan_reviews (plan_id, version, decision, verdicts, comment, reviewer, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(r.plan_id)
    .bind(r.version)
    .bind(decision)
    .bind(verdicts)
    .bind(r.comment)
    .bind(r.reviewer)
    .bind(&now)
    .execute(tx.conn())
    .await?;
    let (approved_at, approved_by) = if r.approve {
        (Some(now.as_str()), Some(r.reviewer))
    } else {
        (None, None)
    };
    sqlx::query("UPDATE plans SET status = $1, approved_at = $2, approved_by = $3, updated_at = $4 WHERE id = $5")
        .bind(decision)
        .bind(approved_at)
        .bind(approved_by)
        .bind(&now)
        .bind(r.plan_id)
        .execute(tx.conn())
        .await?;
    Ok(())
}

pub async fn reviews(db: &Db, plan_id: i64) -> Result<Vec<Review>, sqlx::Error> {
    let rows = sqlx::query("SELECT version, decision, verdicts, comment, reviewer, decided_at FROM plan_reviews WHERE plan_id = $1 ORDER BY id")
        .bind(plan_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            let verdicts: String = r.try_get(2)?;
            Ok(Review {
                version: r.try_get(0)?,
                decision: r.try_get(1)?,
                verdicts: serde_json::from_str(&verdicts)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                comment: r.try_get(3)?,
                reviewer: r.try_get(4)?,
                decided_at: r.try_get(5)?,
            })
        })
        .collect()
}
