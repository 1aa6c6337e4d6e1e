//! Council districts: an admin loads a boundary file (GeoJSON); every report and incident with
//! coordinates is assigned the district it falls in, now and whenever a new file is loaded.

pub mod store;
pub mod web;

use crate::audit::{self, model::Outcome, AuditActor};
use crate::db::Db;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use store::{MapInfo, NewMap, Table};

/// The largest boundary file accepted (the City's council district file is about 1 MB).
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// Parsed maps by content digest. Keyed by content, not row id, so that several databases
/// served by one process (as in tests) never see each other's maps; a few entries at most.
fn cache() -> &'static Mutex<HashMap<String, Arc<geo::Districts>>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<geo::Districts>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The map in force per database (by URL) and when it was last looked up: reports arrive
/// many times a second and the map changes a few times a decade, so a lookup is reused for
/// `RECHECK`. Another node's new map is noticed within that time.
type Lookups = Mutex<HashMap<String, (std::time::Instant, Option<MapInfo>)>>;

fn recent() -> &'static Lookups {
    static RECENT: OnceLock<Lookups> = OnceLock::new();
    RECENT.get_or_init(Default::default)
}

const RECHECK: std::time::Duration = std::time::Duration::from_secs(2);

async fn in_force(db: &Db) -> Result<Option<MapInfo>, sqlx::Error> {
    let now = std::time::Instant::now();
    if let Some((at, info)) = recent().lock().ok().and_then(|r| r.get(db.url()).cloned()) {
        if now.duration_since(at) < RECHECK {
            return Ok(info);
        }
    }
    let info = store::current(db).await?;
    if let Ok(mut r) = recent().lock() {
        r.insert(db.url().to_string(), (now, info.clone()));
    }
    Ok(info)
}

/// Forgets the cached lookup, after this node loads a new map.
fn forget(db: &Db) {
    if let Ok(mut r) = recent().lock() {
        r.remove(db.url());
    }
}

/// The districts in force, parsed once per process.
pub async fn current(db: &Db) -> anyhow::Result<Option<(MapInfo, Arc<geo::Districts>)>> {
    let Some(info) = in_force(db).await? else {
        return Ok(None);
    };
    if let Some(d) = cache()
        .lock()
        .ok()
        .and_then(|c| c.get(&info.digest).cloned())
    {
        return Ok(Some((info, d)));
    }
    let text = store::geojson(db, info.id).await?.unwrap_or_default();
    // The file was checked when it was loaded; failing now means the row was tampered with.
    let parsed = Arc::new(geo::Districts::parse(&text)?);
    if let Ok(mut c) = cache().lock() {
        if c.len() > 8 {
            c.clear();
        }
        c.insert(info.digest.clone(), parsed.clone());
    }
    Ok(Some((info, parsed)))
}

/// The council district at a point, if a map is loaded and the point is inside it.
pub async fn locate(db: &Db, lat: f64, lon: f64) -> anyhow::Result<Option<String>> {
    Ok(current(db)
        .await?
        .and_then(|(_, d)| d.locate(lat, lon).map(str::to_string)))
}

pub fn digest(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Loaded {
    pub map_id: i64,
    pub districts: usize,
    pub reports_located: usize,
    pub incidents_located: usize,
}

/// Checks and stores a boundary file, then assigns every located report and incident to a
/// district under it, all in one transaction: a file that fails leaves the old one in force.
pub async fn load(
    db: &Db,
    who: &AuditActor,
    name: &str,
    text: &str,
) -> anyhow::Result<Result<Loaded, String>> {
    if text.len() > MAX_BYTES {
        return Ok(Err(format!(
            "the file is larger than {} MB",
            MAX_BYTES / 1024 / 1024
        )));
    }
    let districts = match geo::Districts::parse(text) {
        Ok(d) => d,
        Err(e) => return Ok(Err(e.to_string())),
    };
    let digest = digest(text);
    let mut tx = db.begin_write().await?;
    let map_id = store::insert(
        &mut tx,
        &NewMap {
            name,
            digest: &digest,
            geojson: text,
            district_count: districts.len() as i64,
            loaded_by: &who.actor,
        },
    )
    .await?;
    let mut located = [0usize; 2];
    for (n, table) in [Table::Reports, Table::Incidents].into_iter().enumerate() {
        for (id, lat, lon) in store::located(&mut tx, table).await? {
            let d = districts.locate(lat, lon);
            located[n] += usize::from(d.is_some());
            store::set_district(&mut tx, table, id, d).await?;
        }
    }
    audit::record(
        &mut tx,
        who,
        "load_district_map",
        "district_map",
        map_id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    forget(db);
    Ok(Ok(Loaded {
        map_id,
        districts: districts.len(),
        reports_located: located[0],
        incidents_located: located[1],
    }))
}
