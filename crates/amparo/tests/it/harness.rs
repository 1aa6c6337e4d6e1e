//! TestApp: the real router on a real database (a fresh SQLite file, or a fresh PostgreSQL
//! database when AMPARO_TEST_DATABASE_URL is set), driven over HTTP.

use amparo::app::{self, AppState};
use amparo::audit::AuditActor;
use amparo::auth::{accounts, password, store};
use amparo::config::Config;
use amparo::db::{self, Db};
use amparo::events::Events;
use reqwest::redirect::Policy;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub fn pg_base_url() -> Option<String> {
    std::env::var("AMPARO_TEST_DATABASE_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Runs a test body on one engine; on PostgreSQL without a test URL it says so and passes.
#[macro_export]
macro_rules! both {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::harness::TestApp::spawn($crate::harness::Engine::Sqlite).await;
                ($body)(app).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::harness::pg_base_url().is_none() {
                    eprintln!("AMPARO_TEST_DATABASE_URL not set: PostgreSQL run skipped");
                    return;
                }
                let app = $crate::harness::TestApp::spawn($crate::harness::Engine::Postgres).await;
                ($body)(app).await;
            }
        }
    };
}

/// A database made for one test and removed after it.
pub struct TestDb {
    pub url: String,
    pub dir: PathBuf,
    pg_name: Option<(String, String)>,
    owned: bool,
}

impl TestDb {
    pub async fn create(engine: Engine) -> TestDb {
        let id = hex::encode(rand::random::<[u8; 6]>());
        let dir = std::env::temp_dir().join(format!("amparo-test-{id}"));
        std::fs::create_dir_all(&dir).unwrap();
        match engine {
            Engine::Sqlite => TestDb {
                url: format!("sqlite://{}", dir.join("amparo.db").display()),
                dir,
                pg_name: None,
                owned: true,
            },
            Engine::Postgres => {
                let base = pg_base_url().expect("AMPARO_TEST_DATABASE_URL");
                let name = format!("amparo_t_{id}");
                let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&base)
                    .await
                    .unwrap();
                sqlx::Executor::execute(&mut conn, format!("CREATE DATABASE {name}").as_str())
                    .await
                    .unwrap();
                let (prefix, _) = base.rsplit_once('/').unwrap();
                TestDb {
                    url: format!("{prefix}/{name}"),
                    dir,
                    pg_name: Some((base, name)),
                    owned: true,
                }
            }
        }
    }
}

impl TestDb {
    /// A view of an existing database that removes nothing when dropped.
    pub fn borrowed(url: String, dir: PathBuf) -> TestDb {
        TestDb {
            url,
            dir,
            pg_name: None,
            owned: false,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if !self.owned {
            return;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((base, name)) = self.pg_name.take() {
            // Drop runs outside async; a small runtime of its own removes the database.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(mut conn) =
                        <sqlx::PgConnection as sqlx::Connection>::connect(&base).await
                    {
                        let _ = sqlx::Executor::execute(
                            &mut conn,
                            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                        )
                        .await;
                    }
                });
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub engine: Engine,
    pub base: String,
    pub db: Db,
    pub state: AppState,
    pub events: Events,
    pub test_db: TestDb,
}

pub fn config_for(test_db: &TestDb) -> Config {
    let mut config = Config {
        database_url: test_db.url.clone(),
        ..Config::default()
    };
    config.audit.checkpoint_path = test_db.dir.join("checkpoints.jsonl");
    config.audit.key_path = test_db.dir.join("audit.key");
    config.jobs.enabled = false;
    config
}

impl TestApp {
    pub async fn spawn(engine: Engine) -> TestApp {
        Self::spawn_with(engine, |_| {}).await
    }

    pub async fn spawn_with(engine: Engine, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(std::env::var("AMPARO_LOG").unwrap_or_else(|_| "warn".into()))
            .with_test_writer()
            .try_init();
        let test_db = TestDb::create(engine).await;
        let mut config = config_for(&test_db);
        adjust(&mut config);
        let db = Db::connect(&config.database_url).await.unwrap();
        db::migrate(&db).await.unwrap();
        amparo::departments::seed::load_departments(
            &db,
            &Events::detached(),
            &AuditActor::cli("test"),
        )
        .await
        .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = AppState::new(db.clone(), config);
        let events = state.events.clone();
        let router = app::router(state.clone());
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
            .ok();
        });
        TestApp {
            engine,
            base,
            db,
            state,
            events,
            test_db,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Creates an account with a known password that need not be changed.
    pub async fn user(&self, role: &str, department: Option<&str>) -> (String, String) {
        let department_id = match department {
            Some(abbr) => Some(
                amparo::departments::find_by_abbreviation(&self.db, abbr)
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
            ),
            None => None,
        };
        let email = format!(
            "{role}-{}@test.lacity.org",
            hex::encode(rand::random::<[u8; 3]>())
        );
        let req = accounts::AccountRequest {
            email: &email,
            display_name: &format!("Test {role}"),
            role,
            department_id,
        };
        let (id, _) = accounts::create(&self.db, &self.events, &AuditActor::cli("test"), &req)
            .await
            .unwrap()
            .unwrap();
        let pw = format!("test-password-for-{role}-long-enough");
        let hash = password::hash(&pw).await.unwrap();
        let mut tx = self.db.begin_write().await.unwrap();
        store::set_password(&mut tx, id, &hash, false)
            .await
            .unwrap();
        tx.commit(&self.events).await.unwrap();
        (email, pw)
    }

    pub async fn department_id(&self, abbr: &str) -> i64 {
        amparo::departments::find_by_abbreviation(&self.db, abbr)
            .await
            .unwrap()
            .unwrap()
            .id
    }

    pub fn client(&self) -> Browser {
        Browser::new(self.base.clone())
    }

    /// A signed-in browser for a new account of `role`.
    pub async fn signed_in(&self, role: &str, department: Option<&str>) -> Browser {
        let (email, pw) = self.user(role, department).await;
        let b = self.client();
        let r = b.login(&email, &pw).await;
        assert_eq!(r.status(), 303, "login as {role}");
        b
    }

    /// Files a report through the same path the web and API use.
    pub async fn file_report(
        &self,
        key: &str,
        input: &amparo::reports::model::ReportInput,
    ) -> amparo::reports::store::Submitted {
        amparo::reports::submit(
            &self.db,
            &self.events,
            &self.state.config,
            &AuditActor::cli("test"),
            key,
            "sent by a test",
            input,
        )
        .await
        .unwrap()
    }

    /// A fresh API token for a role (and department, for scoped roles).
    pub async fn token(&self, role: &str, department: Option<i64>) -> String {
        amparo::auth::accounts::issue_token(
            &self.db,
            &self.events,
            &amparo::audit::AuditActor::cli("test"),
            "kiosk",
            role,
            department,
        )
        .await
        .unwrap()
        .unwrap()
        .1
    }

    pub async fn audit_count(&self, action: &str, outcome: &str) -> i64 {
        use sqlx::Row;
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND outcome = $2")
            .bind(action)
            .bind(outcome)
            .fetch_one(self.db.pool())
            .await
            .unwrap()
            .get(0)
    }
}

/// An HTTP client with a cookie jar that does not follow redirects.
pub struct Browser {
    pub http: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
    pub base: String,
}

impl Browser {
    pub fn new(base: String) -> Browser {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let http = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(Policy::none())
            .build()
            .unwrap();
        Browser { http, jar, base }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.unwrap()
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// The CSRF token from a page's form.
    pub async fn csrf(&self, path: &str) -> String {
        let (_, html) = self.text(path).await;
        extract_csrf(&html).unwrap_or_else(|| panic!("no csrf field on {path}"))
    }

    pub async fn post_form(
        &self,
        path: &str,
        csrf: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf)];
        all.extend_from_slice(fields);
        self.http
            .post(self.url(path))
            .form(&all)
            .send()
            .await
            .unwrap()
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        let csrf = self.csrf("/login").await;
        self.post_form("/login", &csrf, &[("email", email), ("password", password)])
            .await
    }

    pub fn cookie_header(&self) -> String {
        use reqwest::cookie::CookieStore;
        self.jar
            .cookies(&self.base.parse().unwrap())
            .map(|h| h.to_str().unwrap().to_string())
            .unwrap_or_default()
    }
}

pub fn extract_csrf(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")?;
    let rest = &html[at + "name=\"csrf\" value=\"".len()..];
    Some(rest[..rest.find('"')?].to_string())
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// A complete report as the API would have parsed it, for tests that need one on file.
pub fn sample_report(department_id: i64) -> amparo::reports::model::ReportInput {
    amparo::reports::model::ReportInput {
        observed_at: amparo::db::timestamp(chrono::Utc::now()),
        ongoing: true,
        department_id,
        facility_id: None,
        location_text: "Pool entrance".into(),
        latitude: None,
        longitude: None,
        accuracy_m: None,
        area: "public".into(),
        agencies: vec!["ice_ero".into()],
        identified_by: vec![],
        agents_min: Some(2),
        vehicles_marked: None,
        vehicles_unmarked: None,
        attire: "unknown".into(),
        masked: "all".into(),
        id_visible: "unknown".into(),
        supervisor_name: String::new(),
        supervisor_badge: String::new(),
        activities: vec!["questioning".into()],
        warrant: "unknown".into(),
        nonpublic_requested: "unknown".into(),
        nonpublic_granted: "unknown".into(),
        city_data_requested: "unknown".into(),
        staff_actions: String::new(),
        lapd_present: "unknown".into(),
        detained_count: 0,
        minors_count: 0,
        injuries_count: 0,
        force_used: "unknown".into(),
        narrative: "They asked for Rosa Quintero by name.".into(),
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// An 8-bit grey PNG of `rows` (each a filter byte 0 and its pixels), its image data in one
/// stored (uncompressed) zlib block, so the pixel bytes appear verbatim in the file.
fn grey_png(width: u32, rows: &[&[u8]], text: Option<&[u8]>) -> Vec<u8> {
    let raw: Vec<u8> = rows
        .iter()
        .flat_map(|r| std::iter::once(0u8).chain(r.iter().copied()))
        .collect();
    let adler = {
        let (mut a, mut b) = (1u32, 0u32);
        for x in &raw {
            a = (a + u32::from(*x)) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16) | a
    };
    let len = raw.len() as u16;
    let mut zlib = vec![0x78, 0x01, 0x01];
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&raw);
    zlib.extend_from_slice(&adler.to_be_bytes());
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&(rows.len() as u32).to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut png, b"IHDR", &ihdr);
    if let Some(t) = text {
        png_chunk(&mut png, b"tEXt", t);
    }
    png_chunk(&mut png, b"IDAT", &zlib);
    png_chunk(&mut png, b"IEND", &[]);
    png
}

/// A valid 2×2 grey PNG with a tEXt chunk naming an author, built here so tests need no files.
pub fn tiny_png() -> Vec<u8> {
    grey_png(
        2,
        &[&[0x40, 0x80], &[0xc0, 0xff]],
        Some(b"Author\0Rosa Quintero"),
    )
}

/// A one-row grey PNG whose pixels are `pixels` (a marker string's bytes, say).
pub fn png_row(pixels: &[u8]) -> Vec<u8> {
    grey_png(pixels.len() as u32, &[pixels], None)
}

/// A multipart form body with text `fields` and a `file` field named `filename`; returns the
/// content type (with its boundary) and the body.
pub fn multipart(fields: &[(&str, &str)], filename: &str, file: &[u8]) -> (String, Vec<u8>) {
    let boundary = "amparo-test-boundary-7f3a";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}
