//! SQL for departments, facilities and liaisons.

use super::model::{Department, DepartmentInput, Facility, FacilityInput, Liaison, LiaisonInput};
use crate::db::{timestamp, Db, WriteTx};
use sqlx::{any::AnyRow, Row};

const DEPT_SELECT: &str = "SELECT d.id, d.name, d.abbreviation, d.kind, d.headcount, \
    (SELECT COUNT(*) FROM facilities f WHERE f.department_id = d.id), \
    (SELECT COUNT(*) FROM liaisons l WHERE l.department_id = d.id AND l.kind = 'primary'), \
    (SELECT COUNT(*) FROM liaisons l WHERE l.department_id = d.id AND l.kind = 'backup') \
    FROM departments d";

fn department(r: &AnyRow) -> Result<Department, sqlx::Error> {
    Ok(Department {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        abbreviation: r.try_get(2)?,
        kind: r.try_get(3)?,
        headcount: r.try_get(4)?,
        facility_count: r.try_get(5)?,
        has_primary_liaison: r.try_get::<i64, _>(6)? > 0,
        has_backup_liaison: r.try_get::<i64, _>(7)? > 0,
    })
}

/// Departments ordered by name; `only` limits to one department (scoped roles).
/// `without_liaison` keeps those with no primary liaison.
pub async fn list(
    db: &Db,
    only: Option<i64>,
    without_liaison: bool,
) -> Result<Vec<Department>, sqlx::Error> {
    let mut sql = format!("{DEPT_SELECT} WHERE ($1 = 0 OR d.id = $1)");
    if without_liaison {
        sql.push_str(" AND NOT EXISTS (SELECT 1 FROM liaisons l WHERE l.department_id = d.id AND l.kind = 'primary')");
    }
    sql.push_str(" ORDER BY d.name");
    let rows = sqlx::query(&sql)
        .bind(only.unwrap_or(0))
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(department).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Department>, sqlx::Error> {
    let row = sqlx::query(&format!("{DEPT_SELECT} WHERE d.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(department).transpose()
}

/// A department's name, read inside a write transaction.
pub async fn get_in(tx: &mut WriteTx, id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT name FROM departments WHERE id = $1")
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

pub async fn find_by_abbreviation(db: &Db, abbr: &str) -> Result<Option<Department>, sqlx::Error> {
    let row = sqlx::query(&format!("{DEPT_SELECT} WHERE d.abbreviation = $1"))
        .bind(abbr.trim().to_uppercase())
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(department).transpose()
}

/// Which of name / abbreviation is already used by another department.
pub async fn conflicts(
    tx: &mut WriteTx,
    input: &DepartmentInput,
    except: i64,
) -> Result<Vec<&'static str>, sqlx::Error> {
    let mut out = Vec::new();
    for (field, sql) in [
        (
            "name",
            "SELECT 1 FROM departments WHERE lower(name) = lower($1) AND id <> $2",
        ),
        (
            "abbreviation",
            "SELECT 1 FROM departments WHERE abbreviation = $1 AND id <> $2",
        ),
    ] {
        let value = if field == "name" {
            &input.name
        } else {
            &input.abbreviation
        };
        if sqlx::query(sql)
            .bind(value)
            .bind(except)
            .fetch_optional(tx.conn())
            .await?
            .is_some()
        {
            out.push(field);
        }
    }
    Ok(out)
}

pub async fn insert(tx: &mut WriteTx, d: &DepartmentInput) -> Result<i64, sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    let row = sqlx::query(
        "INSERT INTO departments (name, abbreviation, kind, headcount, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(&d.name)
    .bind(&d.abbreviation)
    .bind(&d.kind)
    .bind(d.headcount)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    row.try_get(0)
}

pub async fn update(tx: &mut WriteTx, id: i64, d: &DepartmentInput) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE departments SET name = $1, abbreviation = $2, kind = $3, headcount = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(&d.name)
    .bind(&d.abbreviation)
    .bind(&d.kind)
    .bind(d.headcount)
    .bind(timestamp(chrono::Utc::now()))
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

const FACILITY_SELECT: &str =
    "SELECT id, department_id, name, address, latitude, longitude, non_public_areas FROM facilities";

fn facility(r: &AnyRow) -> Result<Facility, sqlx::Error> {
    Ok(Facility {
        id: r.try_get(0)?,
        department_id: r.try_get(1)?,
        name: r.try_get(2)?,
        address: r.try_get(3)?,
        latitude: r.try_get(4)?,
        longitude: r.try_get(5)?,
        non_public_areas: r.try_get(6)?,
    })
}

pub async fn facilities(
    db: &Db,
    department_id: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<Facility>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{FACILITY_SELECT} WHERE department_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3"
    ))
    .bind(department_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(facility).collect()
}

/// Every facility with its department's name, for pick lists: (id, department id, department, name).
pub async fn all_facilities(db: &Db) -> Result<Vec<(i64, i64, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT f.id, f.department_id, d.name, f.name FROM facilities f JOIN departments d ON d.id = f.department_id ORDER BY d.name, f.name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
}

pub async fn facility_by_id(db: &Db, id: i64) -> Result<Option<Facility>, sqlx::Error> {
    let row = sqlx::query(&format!("{FACILITY_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(facility).transpose()
}

pub async fn facility_name_taken(
    tx: &mut WriteTx,
    department_id: i64,
    name: &str,
    except: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("SELECT 1 FROM facilities WHERE department_id = $1 AND lower(name) = lower($2) AND id <> $3")
        .bind(department_id)
        .bind(name)
        .bind(except)
        .fetch_optional(tx.conn())
        .await?
        .is_some())
}

pub async fn insert_facility(
    tx: &mut WriteTx,
    department_id: i64,
    f: &FacilityInput,
) -> Result<i64, sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    let row = sqlx::query(
        "INSERT INTO facilities (department_id, name, address, latitude, longitude, non_public_areas, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(department_id)
    .bind(&f.name)
    .bind(&f.address)
    .bind(f.latitude)
    .bind(f.longitude)
    .bind(&f.non_public_areas)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    row.try_get(0)
}

pub async fn update_facility(
    tx: &mut WriteTx,
    id: i64,
    f: &FacilityInput,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE facilities SET name = $1, address = $2, latitude = $3, longitude = $4, non_public_areas = $5, updated_at = $6 WHERE id = $7",
    )
    .bind(&f.name)
    .bind(&f.address)
    .bind(f.latitude)
    .bind(f.longitude)
    .bind(&f.non_public_areas)
    .bind(timestamp(chrono::Utc::now()))
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn liaisons(db: &Db, department_id: i64) -> Result<Vec<Liaison>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, name, title, work_email, work_phone, updated_at FROM liaisons WHERE department_id = $1 ORDER BY kind DESC",
    )
    .bind(department_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Liaison {
                kind: r.try_get(0)?,
                name: r.try_get(1)?,
                title: r.try_get(2)?,
                work_email: r.try_get(3)?,
                work_phone: r.try_get(4)?,
                updated_at: r.try_get(5)?,
            })
        })
        .collect()
}

pub async fn upsert_liaison(
    tx: &mut WriteTx,
    department_id: i64,
    kind: &str,
    l: &LiaisonInput,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM liaisons WHERE department_id = $1 AND kind = $2")
        .bind(department_id)
        .bind(kind)
        .execute(tx.conn())
        .await?;
    sqlx::query(
        "INSERT INTO liaisons (department_id, kind, name, title, work_email, work_phone, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(department_id)
    .bind(kind)
    .bind(&l.name)
    .bind(&l.title)
    .bind(&l.work_email)
    .bind(&l.work_phone)
    .bind(timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn remove_liaison(
    tx: &mut WriteTx,
    department_id: i64,
    kind: &str,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM liaisons WHERE department_id = $1 AND kind = $2")
        .bind(department_id)
        .bind(kind)
        .execute(tx.conn())
        .await?;
    Ok(r.rows_affected() > 0)
}
