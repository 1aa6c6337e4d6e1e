//! Importing a production: the file is kept as received, its records are read by
//! `ice-records` on a blocking thread and streamed into the database in batches, and the
//! count tables the analysis reads are built on the way. The same file (by SHA-256) is
//! never imported twice.

use crate::audit::{self, AuditActor};
use crate::db::{timestamp, Db, WriteTx};
use ice_records::{layout::Field, Criminality, Layout, Mapping, Method, Record, Report};
use sha2::Digest;
use sqlx::Row;
use std::collections::HashMap;

/// Rows per INSERT into the count table. Binding through sqlx's Any driver costs more than
/// linearly in the number of parameters, so statements stay small (measured: 20 rows per
/// statement is fastest, 400 is eight times slower per row).
const INSERT_ROWS: usize = 20;

pub struct Production<'a> {
    pub request_id: Option<i64>,
    pub received_on: &'a str,
    pub notes: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    /// Imported (or stored as not data / needing a mapping): the production's id.
    Stored { id: i64, status: &'static str },
    /// This exact file was uploaded before, as this production; nothing was imported.
    Duplicate(i64),
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(bytes))
}

pub fn layout_name(l: Layout) -> &'static str {
    match l {
        Layout::DdpCurrent => "ddp_current",
        Layout::DdpJuly2025 => "ddp_july_2025",
        Layout::BigLocalNewsLa => "big_local_news_la",
        Layout::UwchrI213 => "uwchr_i213",
        _ => "mapped",
    }
}

pub fn method_name(m: Method) -> &'static str {
    match m {
        Method::Custodial => "custodial",
        Method::AtLarge => "at_large",
        Method::Other => "other",
    }
}

pub fn criminality_name(c: Criminality) -> &'static str {
    match c {
        Criminality::Convicted => "convicted",
        Criminality::Pending => "pending",
        Criminality::OtherViolator => "other_violator",
        Criminality::Unknown => "unknown",
    }
}

fn trimmed(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("").trim()
}

/// `s` starts with `prefix`, ignoring ASCII case (no allocation: this runs per record).
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Los Angeles County: the county column when the release has one; otherwise a landmark
/// that names the county (the Big Local News layout has no county column).
pub fn in_la_county(r: &Record) -> bool {
    let county = trimmed(&r.county);
    if !county.is_empty() {
        return county.eq_ignore_ascii_case("LOS ANGELES")
            || county.eq_ignore_ascii_case("LOS ANGELES COUNTY");
    }
    starts_with_ci(trimmed(&r.site), "LOS ANGELES COUNTY")
}

/// The Los Angeles Area of Responsibility (`LOS`). The Big Local News release is the LA
/// AOR's arrests and has no AOR column, so all its records count.
pub fn in_la_aor(r: &Record, layout: Layout) -> bool {
    let aor = trimmed(&r.aor);
    aor.eq_ignore_ascii_case("LOS")
        || starts_with_ci(aor, "LOS ANGELES")
        || layout == Layout::BigLocalNewsLa
}

/// The analysis dimensions, in the order [`dimensions`] gives values.
pub const DIMENSIONS: [&str; 6] = [
    "method_criminality",
    "county",
    "aor",
    "site",
    "charge",
    "citizenship",
];

/// The method × criminality pairs as stored ("method|criminality"), so no record needs
/// its own string for them.
fn method_criminality(r: &Record) -> &'static str {
    const ALL: [[&str; 4]; 3] = [
        [
            "custodial|convicted",
            "custodial|pending",
            "custodial|other_violator",
            "custodial|unknown",
        ],
        [
            "at_large|convicted",
            "at_large|pending",
            "at_large|other_violator",
            "at_large|unknown",
        ],
        [
            "other|convicted",
            "other|pending",
            "other|other_violator",
            "other|unknown",
        ],
    ];
    let m = match r.method {
        Method::Custodial => 0,
        Method::AtLarge => 1,
        Method::Other => 2,
    };
    let c = match r.criminality {
        Criminality::Convicted => 0,
        Criminality::Pending => 1,
        Criminality::OtherViolator => 2,
        Criminality::Unknown => 3,
    };
    ALL[m][c]
}

/// The record's value on each of [`DIMENSIONS`], trimmed; missing values are "".
pub fn dimensions(r: &Record) -> [&str; 6] {
    [
        method_criminality(r),
        trimmed(&r.county),
        trimmed(&r.aor),
        trimmed(&r.site),
        trimmed(&r.charge),
        trimmed(&r.citizenship),
    ]
}

/// A fast hasher for the per-chunk count maps (keys are short, trusted-enough strings from
/// our own parse, and the map lives for one chunk; SipHash's protection is not needed).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Fx = std::hash::BuildHasherDefault<FxHasher>;

type CubeKey = (String, bool, bool, &'static str, String);

async fn insert_cube(
    tx: &mut WriteTx,
    production: i64,
    cube: HashMap<CubeKey, i64>,
) -> Result<(), sqlx::Error> {
    let entries: Vec<(CubeKey, i64)> = cube.into_iter().collect();
    const COLS: usize = 7;
    for chunk in entries.chunks(INSERT_ROWS) {
        let mut sql = String::from(
            "INSERT INTO foia_counts (production_id, day, la_county, la_aor, dimension, value, n) VALUES ",
        );
        for i in 0..chunk.len() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            let cells: Vec<String> = (1..=COLS).map(|c| format!("${}", i * COLS + c)).collect();
            sql.push_str(&cells.join(", "));
            sql.push(')');
        }
        let mut q = sqlx::query(&sql);
        for ((day, county, aor, dim, value), n) in chunk {
            q = q
                .bind(production)
                .bind(day.clone())
                .bind(i64::from(*county))
                .bind(i64::from(*aor))
                .bind(*dim)
                .bind(value.clone())
                .bind(*n);
        }
        q.execute(tx.conn()).await?;
    }
    Ok(())
}

/// The saved mapping for a header shape, if a user made one.
pub async fn mapping_for(db: &Db, shape_key: &str) -> Result<Option<Mapping>, sqlx::Error> {
    let row = sqlx::query("SELECT columns FROM foia_mappings WHERE shape_key = $1")
        .bind(shape_key)
        .fetch_optional(db.pool())
        .await?;
    Ok(row
        .map(|r| r.try_get::<String, _>(0))
        .transpose()?
        .map(|text| parse_mapping(&text)))
}

/// `field_key=Header` lines, as stored.
pub fn parse_mapping(text: &str) -> Mapping {
    Mapping {
        columns: text
            .lines()
            .filter_map(|l| {
                let (k, h) = l.split_once('=')?;
                Some((Field::from_key(k)?, h.to_string()))
            })
            .collect(),
    }
}

pub fn mapping_text(m: &Mapping) -> String {
    m.columns
        .iter()
        .map(|(f, h)| format!("{}={h}", f.key()))
        .collect::<Vec<_>>()
        .join("\n")
}

pub async fn save_mapping(
    tx: &mut WriteTx,
    shape_key: &str,
    headers: &[String],
    m: &Mapping,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM foia_mappings WHERE shape_key = $1")
        .bind(shape_key)
        .execute(tx.conn())
        .await?;
    sqlx::query(
        "INSERT INTO foia_mappings (shape_key, headers, columns, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(shape_key)
    .bind(headers.join("\n"))
    .bind(mapping_text(m))
    .bind(by)
    .bind(timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(())
}

type Cube = HashMap<CubeKey, i64>;

/// One chunk's stored form and its counts, computed off the async threads. Counting
/// borrows from the records; owned keys are made once per distinct key, not per record.
fn encode_chunk(batch: &[Record], layout: Layout) -> std::io::Result<(Vec<u8>, Cube)> {
    let mut counts: HashMap<(&str, bool, bool, usize, &str), i64, Fx> = HashMap::default();
    for r in batch {
        let day = r.apprehension_date.as_deref().unwrap_or("");
        let county = in_la_county(r);
        let aor = in_la_aor(r, layout);
        for (i, value) in dimensions(r).into_iter().enumerate() {
            *counts.entry((day, county, aor, i, value)).or_insert(0) += 1;
        }
    }
    let cube = counts
        .into_iter()
        .map(|((day, county, aor, i, value), n)| {
            (
                (
                    day.to_string(),
                    county,
                    aor,
                    DIMENSIONS[i],
                    value.to_string(),
                ),
                n,
            )
        })
        .collect();
    Ok((super::records::encode(batch)?, cube))
}

/// Reads `bytes` on a blocking thread and writes every record (in compressed chunks) and the
/// count tables for production `id` inside `tx`. Reading, encoding and writing overlap;
/// at most a few chunks are in memory at once. `progress` is told the records written.
pub async fn load_records(
    tx: &mut WriteTx,
    id: i64,
    bytes: std::sync::Arc<[u8]>,
    mapping: Option<Mapping>,
    layout: Layout,
    store_file: Option<i64>,
    progress: &mut (dyn FnMut(u64) + Send),
) -> anyhow::Result<Result<Report, String>> {
    let file_bytes = store_file.map(|id| (id, bytes.clone()));
    let chunk = super::records::CHUNK;
    let (sender, receiver) = tokio::sync::mpsc::channel::<Vec<Record>>(2);
    let reader = tokio::task::spawn_blocking(move || {
        let mut batch = Vec::with_capacity(chunk);
        let send = |batch: &mut Vec<Record>| {
            let full = std::mem::replace(batch, Vec::with_capacity(chunk));
            // A closed channel means the writer failed; its error is reported instead.
            let _ = sender.blocking_send(full);
        };
        let report = ice_records::read_with(&bytes, mapping.as_ref(), &mut |r| {
            batch.push(r);
            if batch.len() == chunk {
                send(&mut batch);
            }
        });
        if !batch.is_empty() {
            send(&mut batch);
        }
        report
    });
    // Two chunks are encoded at once (the reader fills the channel meanwhile); chunks are
    // still written in order.
    let mut encoded = futures_util::StreamExt::buffered(
        futures_util::StreamExt::map(
            tokio_stream::wrappers::ReceiverStream::new(receiver),
            move |batch: Vec<Record>| {
                tokio::task::spawn_blocking(move || {
                    encode_chunk(&batch, layout).map(|(data, cube)| (batch.len(), data, cube))
                })
            },
        ),
        2,
    );
    // The original file is written while the first chunks are being read and encoded.
    if let Some((file_id, data)) = &file_bytes {
        super::store::insert_file_chunks(tx, *file_id, data).await?;
    }
    let mut cube: Cube = HashMap::new();
    let mut written = 0u64;
    let mut seq = 0i64;
    while let Some(next) = futures_util::StreamExt::next(&mut encoded).await {
        let (n, data, part) = next??;
        super::records::insert_chunk(tx, id, seq, n as i64, &data).await?;
        for (k, v) in part {
            *cube.entry(k).or_insert(0) += v;
        }
        seq += 1;
        written += n as u64;
        progress(written);
    }
    let report = reader.await?;
    if report.is_ok() {
        insert_cube(tx, id, cube).await?;
    }
    Ok(report)
}

/// Stores a production and imports its records when it is a data file amparo can read
/// (a known layout, or one mapped before). The whole import is one transaction.
pub async fn upload(
    db: &Db,
    who: &AuditActor,
    p: &Production<'_>,
    bytes: std::sync::Arc<[u8]>,
    progress: &mut (dyn FnMut(u64) + Send),
) -> anyhow::Result<Imported> {
    let sha = sha256_hex(&bytes);
    let existing: Option<i64> =
        sqlx::query_scalar("SELECT id FROM foia_productions WHERE sha256 = $1")
            .bind(&sha)
            .fetch_optional(db.pool())
            .await?;
    if let Some(id) = existing {
        return Ok(Imported::Duplicate(id));
    }
    let shape = ice_records::inspect(&bytes);
    let mapping = match &shape {
        Ok(s) if s.layout == Layout::Unknown => mapping_for(db, &s.shape_key).await?,
        _ => None,
    };
    let mut tx = db.begin_write().await?;
    let file_id =
        super::store::insert_file_row(&mut tx, p.filename, p.content_type, &bytes, &who.actor)
            .await?;
    let (status, layout, shape_key) = match &shape {
        Err(_) => ("not_data", "none", String::new()),
        Ok(s) if s.layout == Layout::Unknown && mapping.is_none() => {
            ("needs_mapping", "unknown", s.shape_key.clone())
        }
        Ok(s) => ("importing", layout_name(s.layout), s.shape_key.clone()),
    };
    let id: i64 = sqlx::query(
        "INSERT INTO foia_productions (request_id, file_id, sha256, received_on, notes, status, \
         layout, shape_key, rows_read, imported, skipped, withheld_cells, dropped_columns, \
         problems, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, 0, 0, '', '', $9, $10) RETURNING id",
    )
    .bind(p.request_id)
    .bind(file_id)
    .bind(&sha)
    .bind(p.received_on)
    .bind(p.notes)
    .bind(status)
    .bind(layout)
    .bind(&shape_key)
    .bind(&who.actor)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?
    .try_get(0)?;
    let status = if status == "importing" {
        let known = shape.as_ref().map_or(Layout::Unknown, |s| s.layout);
        let report =
            load_records(&mut tx, id, bytes, mapping, known, Some(file_id), progress).await?;
        finish(&mut tx, id, &report).await?
    } else {
        super::store::insert_file_chunks(&mut tx, file_id, &bytes).await?;
        status
    };
    audit::record(
        &mut tx,
        who,
        "upload_foia_production",
        "foia_production",
        id,
        audit::Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Imported::Stored { id, status })
}

/// Writes the import report onto the production; returns its final status.
pub async fn finish(
    tx: &mut WriteTx,
    id: i64,
    report: &Result<Report, String>,
) -> Result<&'static str, sqlx::Error> {
    let (status, rows_read, imported, skipped, withheld, dropped, problems) = match report {
        Ok(r) => (
            "imported",
            r.rows_read,
            r.imported,
            r.skipped,
            r.withheld_cells,
            r.dropped_columns.join("\n"),
            r.problems
                .iter()
                .map(problem_text)
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Err(e) => ("failed", 0, 0, 0, 0, String::new(), e.clone()),
    };
    if status == "failed" {
        sqlx::query("DELETE FROM foia_record_chunks WHERE production_id = $1")
            .bind(id)
            .execute(tx.conn())
            .await?;
    }
    sqlx::query(
        "UPDATE foia_productions SET status = $1, rows_read = $2, imported = $3, skipped = $4, \
         withheld_cells = $5, dropped_columns = $6, problems = $7 WHERE id = $8",
    )
    .bind(status)
    .bind(rows_read as i64)
    .bind(imported as i64)
    .bind(skipped as i64)
    .bind(withheld as i64)
    .bind(dropped)
    .bind(problems)
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(status)
}

pub fn problem_text(p: &ice_records::Problem) -> String {
    match &p.sheet {
        Some(sheet) => format!("sheet {sheet}, row {}: {}", p.line, p.message),
        None => format!("line {}: {}", p.line, p.message),
    }
}
