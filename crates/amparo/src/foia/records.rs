//! How imported records are kept: normalised, as gzip-compressed CSV in chunks of
//! [`CHUNK`] records (one database row per chunk, not per record: a release of a million
//! arrests is a hundred rows), and how they come back out as one CSV.

use super::import::{criminality_name, method_name};
use crate::db::{Db, WriteTx};
use axum::body::Bytes;
use flate2::write::GzEncoder;
use ice_records::Record;
use sqlx::Row;
use tokio::sync::mpsc;

/// Records per stored chunk.
pub const CHUNK: usize = 10_000;

/// The stored columns, in order (the export's header).
pub const COLUMNS: [&str; 20] = [
    "apprehension_date",
    "apprehension_time",
    "state",
    "county",
    "aor",
    "site",
    "site_is_office_area",
    "method",
    "method_original",
    "criminality",
    "charge",
    "program",
    "case_status",
    "disposition",
    "citizenship",
    "gender",
    "birth_year",
    "departed_date",
    "anonymised_id",
    "withheld",
];

/// Writes one record's cells; borrowed where the record already holds the text.
fn write(w: &mut csv::Writer<GzEncoder<Vec<u8>>>, r: &Record) -> csv::Result<()> {
    fn o(s: &Option<String>) -> &[u8] {
        s.as_deref().unwrap_or("").as_bytes()
    }
    let year = r.birth_year.map_or(String::new(), |y| y.to_string());
    let withheld = r
        .withheld
        .iter()
        .map(|(col, codes)| format!("{col}: {codes}"))
        .collect::<Vec<_>>()
        .join("; ");
    let cells: [&[u8]; 20] = [
        o(&r.apprehension_date),
        o(&r.apprehension_time),
        o(&r.state),
        o(&r.county),
        o(&r.aor),
        o(&r.site),
        if r.site_is_office_area { b"yes" } else { b"no" },
        method_name(r.method).as_bytes(),
        o(&r.method_original),
        criminality_name(r.criminality).as_bytes(),
        o(&r.charge),
        o(&r.program),
        o(&r.case_status),
        o(&r.disposition),
        o(&r.citizenship),
        o(&r.gender),
        year.as_bytes(),
        o(&r.departed_date),
        o(&r.anonymised_id),
        withheld.as_bytes(),
    ];
    w.write_record(cells)
}

/// One chunk as gzip-compressed CSV, without a header.
pub fn encode(records: &[Record]) -> std::io::Result<Vec<u8>> {
    let gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut w = csv::Writer::from_writer(gz);
    for r in records {
        write(&mut w, r)?;
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))?
        .finish()
}

pub async fn insert_chunk(
    tx: &mut WriteTx,
    production: i64,
    seq: i64,
    records: i64,
    data: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO foia_record_chunks (production_id, seq, records, data) VALUES ($1, $2, $3, $4)",
    )
    .bind(production)
    .bind(seq)
    .bind(records)
    .bind(data)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Records stored for a production.
pub async fn count(db: &Db, production: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(records), 0) AS BIGINT) FROM foia_record_chunks WHERE production_id = $1",
    )
    .bind(production)
    .fetch_one(db.pool())
    .await
}

/// Streams a production's records as one CSV (header first), a decompressed chunk at a time.
pub fn export(db: Db, production: i64) -> mpsc::Receiver<std::io::Result<Bytes>> {
    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(async move {
        let header = COLUMNS.join(",") + "\r\n";
        if tx.send(Ok(Bytes::from(header))).await.is_err() {
            return;
        }
        let mut rows = sqlx::query(
            "SELECT data FROM foia_record_chunks WHERE production_id = $1 ORDER BY seq",
        )
        .bind(production)
        .fetch(db.pool());
        loop {
            let next = futures_util::TryStreamExt::try_next(&mut rows).await;
            let piece = match next {
                Ok(Some(row)) => row
                    .try_get::<Vec<u8>, _>(0)
                    .map_err(std::io::Error::other)
                    .and_then(|gz| {
                        let mut out = Vec::new();
                        std::io::copy(&mut flate2::read::GzDecoder::new(gz.as_slice()), &mut out)?;
                        Ok(out)
                    }),
                Ok(None) => return,
                Err(e) => Err(std::io::Error::other(e)),
            };
            let failed = piece.is_err();
            if tx.send(piece.map(Bytes::from)).await.is_err() || failed {
                return;
            }
        }
    });
    rx
}

/// Decompresses a stored chunk back into its CSV text (tests and checks).
pub fn decode(gz: &[u8]) -> std::io::Result<String> {
    let mut out = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(gz), &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_round_trips_as_csv() {
        let r = Record {
            apprehension_date: Some("2025-06-06".into()),
            apprehension_time: None,
            state: Some("CALIFORNIA".into()),
            county: Some("LOS ANGELES".into()),
            aor: None,
            site: Some("A, \"quoted\" site".into()),
            site_is_office_area: false,
            method: ice_records::Method::AtLarge,
            method_original: Some("Non-Custodial Arrest".into()),
            criminality: ice_records::Criminality::Pending,
            charge: None,
            program: None,
            case_status: None,
            disposition: None,
            citizenship: Some("MEXICO".into()),
            gender: Some("Female".into()),
            birth_year: Some(1990),
            departed_date: None,
            anonymised_id: Some("x1".into()),
            withheld: vec![("Name".into(), "b6".into())],
        };
        let gz = encode(&[r.clone(), r]).unwrap_or_default();
        let text = decode(&gz).unwrap_or_default();
        let mut rows = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let first = rows
            .records()
            .next()
            .and_then(Result::ok)
            .unwrap_or_default();
        assert_eq!(first.len(), COLUMNS.len());
        assert_eq!(&first[5], "A, \"quoted\" site");
        assert_eq!(&first[7], "at_large");
        assert_eq!(&first[9], "pending");
        assert_eq!(&first[19], "Name: b6");
        assert_eq!(text.lines().count(), 2);
    }
}
