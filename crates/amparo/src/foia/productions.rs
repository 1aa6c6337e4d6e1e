//! Productions as stored: the list, one production's import report, and importing a
//! production of an unknown layout once its columns are mapped.

use super::import;
use crate::audit::{self, AuditActor};
use crate::db::Db;
use ice_records::{layout::Field, Mapping};
use sqlx::Row;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ProductionRow {
    pub id: i64,
    pub request_id: Option<i64>,
    pub file_id: i64,
    pub filename: String,
    pub received_on: String,
    pub notes: String,
    /// imported, needs_mapping, not_data or failed.
    pub status: String,
    pub layout: String,
    pub shape_key: String,
    pub rows_read: i64,
    pub imported: i64,
    pub skipped: i64,
    pub withheld_cells: i64,
    pub dropped_columns: Vec<String>,
    pub problems: Vec<String>,
    pub created_at: String,
}

const SELECT: &str = "SELECT p.id, p.request_id, p.file_id, f.filename, p.received_on, p.notes, \
    p.status, p.layout, p.shape_key, p.rows_read, p.imported, p.skipped, p.withheld_cells, \
    p.dropped_columns, p.problems, p.created_at FROM foia_productions p \
    JOIN foia_files f ON f.id = p.file_id";

fn lines(s: String) -> Vec<String> {
    s.lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn row(r: &sqlx::any::AnyRow) -> Result<ProductionRow, sqlx::Error> {
    Ok(ProductionRow {
        id: r.try_get(0)?,
        request_id: r.try_get(1)?,
        file_id: r.try_get(2)?,
        filename: r.try_get(3)?,
        received_on: r.try_get(4)?,
        notes: r.try_get(5)?,
        status: r.try_get(6)?,
        layout: r.try_get(7)?,
        shape_key: r.try_get(8)?,
        rows_read: r.try_get(9)?,
        imported: r.try_get(10)?,
        skipped: r.try_get(11)?,
        withheld_cells: r.try_get(12)?,
        dropped_columns: lines(r.try_get(13)?),
        problems: lines(r.try_get(14)?),
        created_at: r.try_get(15)?,
    })
}

pub async fn list(db: &Db, request: Option<i64>) -> Result<Vec<ProductionRow>, sqlx::Error> {
    let rows = match request {
        Some(id) => {
            sqlx::query(&format!(
                "{SELECT} WHERE p.request_id = $1 ORDER BY p.id DESC"
            ))
            .bind(id)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query(&format!("{SELECT} ORDER BY p.id DESC LIMIT 200"))
                .fetch_all(db.pool())
                .await?
        }
    };
    rows.iter().map(row).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<ProductionRow>, sqlx::Error> {
    let r = sqlx::query(&format!("{SELECT} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    r.as_ref().map(row).transpose()
}

/// A mapping from the form: `map_<field key>` = header name, blank for unused fields.
/// The apprehension date is required: without it no record can be counted in time.
pub fn mapping_from_form(
    f: &crate::web::form::FormData,
    headers: &[String],
) -> Result<Mapping, Vec<(String, &'static str)>> {
    let mut columns = Vec::new();
    let mut problems = Vec::new();
    for field in Field::ALL.iter() {
        let name = format!("map_{}", field.key());
        let header = f.get(&name);
        if header.is_empty() {
            if *field == Field::ApprehensionDate {
                problems.push((name, "foia-error-map-date"));
            }
            continue;
        }
        if !headers.iter().any(|h| h == header) {
            problems.push((name, "foia-error-map-header"));
            continue;
        }
        columns.push((*field, header.to_string()));
    }
    if problems.is_empty() {
        Ok(Mapping { columns })
    } else {
        Err(problems)
    }
}

/// Saves the mapping for the production's header shape and imports the stored file with it.
pub async fn apply_mapping(
    db: &Db,
    who: &AuditActor,
    p: &ProductionRow,
    headers: &[String],
    mapping: Mapping,
) -> anyhow::Result<&'static str> {
    let file = super::store::file(db, p.file_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("production {} has no file", p.id))?;
    let mut tx = db.begin_write().await?;
    import::save_mapping(&mut tx, &p.shape_key, headers, &mapping, &who.actor).await?;
    let bytes: std::sync::Arc<[u8]> = file.data.into();
    let report = import::load_records(
        &mut tx,
        p.id,
        bytes,
        Some(mapping),
        ice_records::Layout::Unknown,
        None,
        &mut |_| {},
    )
    .await?;
    let status = import::finish(&mut tx, p.id, &report).await?;
    sqlx::query("UPDATE foia_productions SET layout = 'mapped' WHERE id = $1")
        .bind(p.id)
        .execute(tx.conn())
        .await?;
    audit::record(
        &mut tx,
        who,
        "map_foia_production",
        "foia_production",
        p.id,
        audit::Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(status)
}
