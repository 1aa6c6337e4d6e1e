//! `amparo foia deadline` and `amparo foia import`.

use super::import::{self, Imported};
use crate::audit::AuditActor;
use crate::db::Db;
use std::io::Write;
use std::process::ExitCode;

pub struct DeadlineArgs {
    pub received: String,
    pub extension: bool,
    pub tolled: Vec<String>,
    pub adverse: Option<String>,
    pub appeal: Option<String>,
    pub json: bool,
}

fn date(flag: &str, v: &str) -> Result<chrono::NaiveDate, String> {
    super::model::parse_date(v).ok_or_else(|| format!("--{flag}: {v:?} is not a date YYYY-MM-DD"))
}

pub fn inputs(a: &DeadlineArgs) -> Result<workdays::Inputs, String> {
    let mut tolled = Vec::new();
    for t in &a.tolled {
        let (from, to) = t
            .split_once("..")
            .ok_or_else(|| format!("--tolled: {t:?} is not a range FROM..TO"))?;
        tolled.push((date("tolled", from)?, date("tolled", to)?));
    }
    Ok(workdays::Inputs {
        received: date("received", &a.received)?,
        extension: a.extension,
        tolled,
        adverse: a
            .adverse
            .as_deref()
            .map(|v| date("adverse", v))
            .transpose()?,
        appeal_received: a.appeal.as_deref().map(|v| date("appeal", v)).transpose()?,
    })
}

/// The deadline table as text, one deadline per line with its rule under it.
pub fn render(d: &workdays::Deadlines) -> String {
    let mut out = String::new();
    let mut line = |name: &str, d: Option<&workdays::Deadline>| {
        if let Some(d) = d {
            out.push_str(&format!("{name:<24}{}\n{:<24}{}\n", d.date, "", d.rule));
        }
    };
    line("response due", Some(&d.response_due));
    line("extended response due", d.extended_due.as_ref());
    line("expedite decision due", Some(&d.expedite_decision_due));
    line("appeal due", d.appeal_due.as_ref());
    line("appeal decision due", d.appeal_decision_due.as_ref());
    out
}

pub fn deadline(a: &DeadlineArgs) -> ExitCode {
    let result = inputs(a).and_then(|i| workdays::compute(&i));
    match result {
        Ok(d) if a.json => {
            println!("{}", d.to_json());
            ExitCode::SUCCESS
        }
        Ok(d) => {
            print!("{}", render(&d));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("amparo: {e}");
            ExitCode::from(2)
        }
    }
}

/// Imports a production file from disk, with a progress line on stderr.
pub async fn import_file(
    db: &Db,
    path: &std::path::Path,
    request: Option<i64>,
) -> anyhow::Result<ExitCode> {
    if let Some(id) = request {
        if super::store::get(db, id).await?.is_none() {
            eprintln!("amparo: --request: there is no FOIA request {id}");
            return Ok(ExitCode::from(2));
        }
    }
    let bytes: std::sync::Arc<[u8]> = std::fs::read(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        .into();
    let size_mb = bytes.len() as f64 / 1_048_576.0;
    let filename = path.file_name().map_or("production".to_string(), |n| {
        n.to_string_lossy().into_owned()
    });
    let today = super::web::today().to_string();
    let p = import::Production {
        request_id: request,
        received_on: &today,
        notes: "imported from the command line",
        filename: &filename,
        content_type: "application/octet-stream",
    };
    let started = std::time::Instant::now();
    let mut last = std::time::Instant::now();
    let mut progress = |rows: u64| {
        if last.elapsed().as_millis() >= 200 {
            last = std::time::Instant::now();
            let secs = started.elapsed().as_secs_f64().max(0.001);
            eprint!(
                "\r{filename} ({size_mb:.1} MB): {rows} records imported, {:.0} records/s   ",
                rows as f64 / secs
            );
            let _ = std::io::stderr().flush();
        }
    };
    let who = AuditActor::cli("foia import");
    let done = import::upload(db, &who, &p, bytes, &mut progress).await?;
    eprintln!();
    match done {
        Imported::Duplicate(id) => {
            println!("already imported as production {id}; nothing imported");
            Ok(ExitCode::SUCCESS)
        }
        Imported::Stored { id, status } => {
            let Some(row) = super::productions::get(db, id).await? else {
                return Ok(ExitCode::FAILURE);
            };
            println!(
                "production {id}: {status}, layout {}, {} rows read, {} imported, {} skipped, {} withheld cells, in {:.1} s",
                row.layout,
                row.rows_read,
                row.imported,
                row.skipped,
                row.withheld_cells,
                started.elapsed().as_secs_f64()
            );
            if !row.dropped_columns.is_empty() {
                println!(
                    "identifier columns dropped: {}",
                    row.dropped_columns.join(", ")
                );
            }
            for p in row.problems.iter().take(20) {
                println!("  {p}");
            }
            if row.problems.len() > 20 {
                println!("  … and {} more", row.problems.len() - 20);
            }
            Ok(match status {
                "imported" => ExitCode::SUCCESS,
                "needs_mapping" => {
                    println!("unknown layout: map its columns at /foia/productions/{id}");
                    ExitCode::from(3)
                }
                _ => ExitCode::FAILURE,
            })
        }
    }
}
