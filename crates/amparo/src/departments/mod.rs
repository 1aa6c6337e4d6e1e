//! Departments, facilities and liaisons (the directive: every department designates an
//! immigrant affairs liaison). Writes go through these functions so each is validated,
//! audited and announced the same way from the web, the API, the CLI and the demo loader.

pub mod api;
pub mod model;
pub mod seed;
pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use crate::events::{Event, Events};
use model::{DepartmentInput, FacilityInput, LiaisonInput, Problem};

pub use store::{
    all_facilities, facility_by_id, find_by_abbreviation, get, get_in, liaisons, list,
};

pub async fn create(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    input: DepartmentInput,
) -> anyhow::Result<Result<i64, Vec<Problem>>> {
    let input = match input.checked() {
        Ok(i) => i,
        Err(p) => return Ok(Err(p)),
    };
    let mut tx = db.begin_write().await?;
    let taken = store::conflicts(&mut tx, &input, 0).await?;
    if !taken.is_empty() {
        return Ok(Err(taken.into_iter().map(|f| (f, "error-taken")).collect()));
    }
    let id = store::insert(&mut tx, &input).await?;
    audit::record(
        &mut tx,
        who,
        "create_department",
        "department",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new("department.created", id, Some(id)));
    tx.commit(events).await?;
    Ok(Ok(id))
}

pub async fn update(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    id: i64,
    input: DepartmentInput,
) -> anyhow::Result<Result<(), Vec<Problem>>> {
    let input = match input.checked() {
        Ok(i) => i,
        Err(p) => return Ok(Err(p)),
    };
    let mut tx = db.begin_write().await?;
    let taken = store::conflicts(&mut tx, &input, id).await?;
    if !taken.is_empty() {
        return Ok(Err(taken.into_iter().map(|f| (f, "error-taken")).collect()));
    }
    store::update(&mut tx, id, &input).await?;
    audit::record(
        &mut tx,
        who,
        "update_department",
        "department",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new("department.updated", id, Some(id)));
    tx.commit(events).await?;
    Ok(Ok(()))
}

pub async fn add_facility(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    department_id: i64,
    input: FacilityInput,
) -> anyhow::Result<Result<i64, Vec<Problem>>> {
    let input = match input.checked() {
        Ok(i) => i,
        Err(p) => return Ok(Err(p)),
    };
    let mut tx = db.begin_write().await?;
    if store::facility_name_taken(&mut tx, department_id, &input.name, 0).await? {
        return Ok(Err(vec![("name", "error-taken")]));
    }
    let id = store::insert_facility(&mut tx, department_id, &input).await?;
    audit::record(&mut tx, who, "create_facility", "facility", id, Outcome::Ok).await?;
    tx.emit(Event::new("facility.created", id, Some(department_id)));
    tx.commit(events).await?;
    Ok(Ok(id))
}

pub async fn update_facility(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    department_id: i64,
    id: i64,
    input: FacilityInput,
) -> anyhow::Result<Result<(), Vec<Problem>>> {
    let input = match input.checked() {
        Ok(i) => i,
        Err(p) => return Ok(Err(p)),
    };
    let mut tx = db.begin_write().await?;
    if store::facility_name_taken(&mut tx, department_id, &input.name, id).await? {
        return Ok(Err(vec![("name", "error-taken")]));
    }
    store::update_facility(&mut tx, id, &input).await?;
    audit::record(&mut tx, who, "update_facility", "facility", id, Outcome::Ok).await?;
    tx.emit(Event::new("facility.updated", id, Some(department_id)));
    tx.commit(events).await?;
    Ok(Ok(()))
}

pub async fn set_liaison(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    department_id: i64,
    kind: &str,
    input: &LiaisonInput,
) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    store::upsert_liaison(&mut tx, department_id, kind, input).await?;
    audit::record(
        &mut tx,
        who,
        "set_liaison",
        "department",
        format!("{department_id}/{kind}"),
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new(
        "liaison.updated",
        department_id,
        Some(department_id),
    ));
    tx.commit(events).await?;
    Ok(())
}

pub async fn remove_liaison(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    department_id: i64,
    kind: &str,
) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    if store::remove_liaison(&mut tx, department_id, kind).await? {
        audit::record(
            &mut tx,
            who,
            "remove_liaison",
            "department",
            format!("{department_id}/{kind}"),
            Outcome::Ok,
        )
        .await?;
        tx.emit(Event::new(
            "liaison.updated",
            department_id,
            Some(department_id),
        ));
    }
    tx.commit(events).await?;
    Ok(())
}
