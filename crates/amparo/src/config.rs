//! One configuration, layered: `amparo.toml` < `AMPARO_*` environment < command-line flags.
//!
//! Unknown keys in the file are an error: a typo in a security setting must not be ignored.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `sqlite://FILE` (default `sqlite://amparo.db`) or `postgres://…`.
    pub database_url: String,
    /// Address `serve` listens on.
    pub listen: String,
    /// The URL people use to reach amparo; `https://…` turns on Secure cookies and HSTS.
    pub public_url: String,
    /// Minutes of inactivity after which a session ends.
    pub session_idle_minutes: i64,
    /// Hours after sign-in at which a session ends regardless of activity.
    pub session_absolute_hours: i64,
    /// Requests handled at once; beyond this amparo answers 503 with Retry-After.
    pub max_concurrent_requests: usize,
    /// Trust the first address of `X-Forwarded-For` (only behind your own reverse proxy).
    pub trust_proxy: bool,
    /// Log format: `text` or `json`.
    pub log_format: String,
    pub audit: AuditConfig,
    pub jobs: JobsConfig,
    pub reports: ReportsConfig,
    pub retention: RetentionConfig,
    pub smtp: SmtpConfig,
    pub webhook: WebhookConfig,
    pub incidents: IncidentsConfig,
    pub map: MapConfig,
    pub open311: Open311Config,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Open311Config {
    /// This endpoint's jurisdiction_id; requests naming another are refused (404).
    pub jurisdiction_id: String,
}

impl Default for Open311Config {
    fn default() -> Self {
        Open311Config {
            jurisdiction_id: "lacity.org".into(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MapConfig {
    /// A tile server for the dashboard map, as a Leaflet URL template
    /// (`https://tiles.example.org/{z}/{x}/{y}.png`). Empty: points and district boundaries
    /// are drawn on a blank background and the browser contacts no other host.
    pub tile_url: String,
    /// The attribution the tile server requires, shown on the map.
    pub tile_attribution: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IncidentsConfig {
    /// Reports within this many metres of an open incident are suggested for merging.
    pub merge_radius_m: f64,
    /// … if their times are within this many minutes of it.
    pub merge_window_minutes: i64,
    /// "Confirmed" needs a second reviewer to agree.
    pub two_person_confirmation: bool,
}

impl Default for IncidentsConfig {
    fn default() -> Self {
        IncidentsConfig {
            merge_radius_m: 300.0,
            merge_window_minutes: 120,
            two_person_confirmation: false,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhookConfig {
    /// Where report alerts are POSTed as JSON (a Teams or Slack bridge); empty turns it off.
    pub url: String,
    /// Shared secret for the HMAC-SHA256 signature in `X-Amparo-Signature`.
    pub secret: String,
}

impl WebhookConfig {
    pub fn enabled(&self) -> bool {
        !self.url.is_empty()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SmtpConfig {
    /// Mail relay for alerts; empty turns email off.
    pub host: String,
    pub port: u16,
    /// Sender address of alerts.
    pub from: String,
    /// Name amparo gives itself in EHLO.
    pub helo: String,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig {
            host: String::new(),
            port: 25,
            from: "amparo@localhost".into(),
            helo: "amparo".into(),
        }
    }
}

impl SmtpConfig {
    pub fn enabled(&self) -> bool {
        !self.host.is_empty()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReportsConfig {
    /// A report nobody acknowledges within this many minutes escalates to the Mayor's Office.
    pub escalate_after_minutes: i64,
}

impl Default for ReportsConfig {
    fn default() -> Self {
        ReportsConfig {
            escalate_after_minutes: 15,
        }
    }
}

/// How long records that may name people are kept; 0 keeps them. A report under legal hold
/// is never purged.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {
    /// Days after filing when a report's narrative, staff actions and attachments are purged.
    pub report_text_days: i64,
    /// Days after which sent notifications (e-mail and webhook messages) are deleted.
    pub notification_days: i64,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            report_text_days: 730,
            notification_days: 90,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditConfig {
    /// File the signed checkpoints are appended to (keep it outside the database's host).
    pub checkpoint_path: PathBuf,
    /// Ed25519 signing key (created on first use, mode 0600).
    pub key_path: PathBuf,
    /// Write a checkpoint once this many entries have accumulated…
    pub checkpoint_every_entries: i64,
    /// …or once this many minutes have passed with new entries.
    pub checkpoint_every_minutes: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JobsConfig {
    /// How often each node looks for due background jobs, in milliseconds.
    pub poll_ms: u64,
    /// Run background jobs on this node at all.
    pub enabled: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite://amparo.db".into(),
            listen: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            max_concurrent_requests: 256,
            trust_proxy: false,
            log_format: "text".into(),
            audit: AuditConfig::default(),
            jobs: JobsConfig::default(),
            reports: ReportsConfig::default(),
            retention: RetentionConfig::default(),
            smtp: SmtpConfig::default(),
            webhook: WebhookConfig::default(),
            incidents: IncidentsConfig::default(),
            map: MapConfig::default(),
            open311: Open311Config::default(),
        }
    }
}

impl Default for AuditConfig {
    fn default() -> Self {
        AuditConfig {
            checkpoint_path: "amparo-audit-checkpoints.jsonl".into(),
            key_path: "amparo-audit.key".into(),
            checkpoint_every_entries: 1000,
            checkpoint_every_minutes: 15,
        }
    }
}

impl Default for JobsConfig {
    fn default() -> Self {
        JobsConfig {
            poll_ms: 1000,
            enabled: true,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Parse {
        path: String,
        source: toml::de::Error,
    },
    #[error("environment variable {name}: {problem}")]
    Env { name: String, problem: String },
    #[error("{0}")]
    Invalid(String),
}

impl Config {
    /// Reads the file (if `explicit` is given it must exist; otherwise `amparo.toml` is optional),
    /// then applies `AMPARO_*` variables from `env`.
    pub fn load(
        explicit: Option<&Path>,
        env: impl Iterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let path = explicit
            .map(Path::to_path_buf)
            .unwrap_or("amparo.toml".into());
        let mut config = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|source| ConfigError::Parse {
                path: path.display().to_string(),
                source,
            })?,
            Err(e) if explicit.is_none() && e.kind() == std::io::ErrorKind::NotFound => {
                Config::default()
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })
            }
        };
        for (name, value) in env {
            if let Some(key) = name.strip_prefix("AMPARO_") {
                config.apply_env(&name, key, value)?;
            }
        }
        config.validate()?;
        Ok(config)
    }

    fn apply_env(&mut self, name: &str, key: &str, value: String) -> Result<(), ConfigError> {
        fn num<T: std::str::FromStr>(name: &str, v: &str) -> Result<T, ConfigError> {
            v.parse().map_err(|_| ConfigError::Env {
                name: name.into(),
                problem: format!("expected a number, got {v:?}"),
            })
        }
        fn flag(name: &str, v: &str) -> Result<bool, ConfigError> {
            match v {
                "1" | "true" | "yes" => Ok(true),
                "0" | "false" | "no" => Ok(false),
                _ => Err(ConfigError::Env {
                    name: name.into(),
                    problem: format!("expected true or false, got {v:?}"),
                }),
            }
        }
        match key {
            "DATABASE_URL" => self.database_url = value,
            "LISTEN" => self.listen = value,
            "PUBLIC_URL" => self.public_url = value,
            "SESSION_IDLE_MINUTES" => self.session_idle_minutes = num(name, &value)?,
            "SESSION_ABSOLUTE_HOURS" => self.session_absolute_hours = num(name, &value)?,
            "MAX_CONCURRENT_REQUESTS" => self.max_concurrent_requests = num(name, &value)?,
            "TRUST_PROXY" => self.trust_proxy = flag(name, &value)?,
            "LOG_FORMAT" => self.log_format = value,
            "AUDIT_CHECKPOINT_PATH" => self.audit.checkpoint_path = value.into(),
            "AUDIT_KEY_PATH" => self.audit.key_path = value.into(),
            "AUDIT_CHECKPOINT_EVERY_ENTRIES" => {
                self.audit.checkpoint_every_entries = num(name, &value)?
            }
            "AUDIT_CHECKPOINT_EVERY_MINUTES" => {
                self.audit.checkpoint_every_minutes = num(name, &value)?
            }
            "JOBS_POLL_MS" => self.jobs.poll_ms = num(name, &value)?,
            "JOBS_ENABLED" => self.jobs.enabled = flag(name, &value)?,
            "INCIDENTS_MERGE_RADIUS_M" => self.incidents.merge_radius_m = num(name, &value)?,
            "INCIDENTS_MERGE_WINDOW_MINUTES" => {
                self.incidents.merge_window_minutes = num(name, &value)?
            }
            "INCIDENTS_TWO_PERSON_CONFIRMATION" => {
                self.incidents.two_person_confirmation = flag(name, &value)?
            }
            "OPEN311_JURISDICTION_ID" => self.open311.jurisdiction_id = value,
            "MAP_TILE_URL" => self.map.tile_url = value,
            "MAP_TILE_ATTRIBUTION" => self.map.tile_attribution = value,
            "WEBHOOK_URL" => self.webhook.url = value,
            "WEBHOOK_SECRET" => self.webhook.secret = value,
            "SMTP_HOST" => self.smtp.host = value,
            "SMTP_PORT" => self.smtp.port = num(name, &value)?,
            "SMTP_FROM" => self.smtp.from = value,
            "SMTP_HELO" => self.smtp.helo = value,
            "REPORTS_ESCALATE_AFTER_MINUTES" => {
                self.reports.escalate_after_minutes = num(name, &value)?
            }
            "RETENTION_REPORT_TEXT_DAYS" => self.retention.report_text_days = num(name, &value)?,
            "RETENTION_NOTIFICATION_DAYS" => self.retention.notification_days = num(name, &value)?,
            // Variables read elsewhere (tests, logging) are not configuration keys.
            "TEST_DATABASE_URL" | "LOG" | "CONFIG" => {}
            _ => {
                return Err(ConfigError::Env {
                    name: name.into(),
                    problem: "unknown setting".into(),
                })
            }
        }
        Ok(())
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::Invalid(
                "database_url must start with sqlite: or postgres://".into(),
            ));
        }
        if self.session_idle_minutes < 1 || self.session_absolute_hours < 1 {
            return Err(ConfigError::Invalid(
                "session timeouts must be at least 1".into(),
            ));
        }
        if self.max_concurrent_requests == 0 {
            return Err(ConfigError::Invalid(
                "max_concurrent_requests must be at least 1".into(),
            ));
        }
        if self.audit.checkpoint_every_entries < 1 || self.audit.checkpoint_every_minutes < 1 {
            return Err(ConfigError::Invalid(
                "audit checkpoint intervals must be at least 1".into(),
            ));
        }
        let tiles = &self.map.tile_url;
        if !(tiles.is_empty() || tiles.starts_with("https://") || tiles.starts_with("http://")) {
            return Err(ConfigError::Invalid(
                "map.tile_url must start with https:// or http://".into(),
            ));
        }
        if self.webhook.enabled() {
            if !(self.webhook.url.starts_with("http://")
                || self.webhook.url.starts_with("https://"))
            {
                return Err(ConfigError::Invalid(
                    "webhook.url must start with http:// or https://".into(),
                ));
            }
            if self.webhook.secret.len() < 16 {
                return Err(ConfigError::Invalid(
                    "webhook.secret must be at least 16 characters".into(),
                ));
            }
        }
        if self.retention.report_text_days < 0 || self.retention.notification_days < 0 {
            return Err(ConfigError::Invalid(
                "retention days must be 0 (keep) or more".into(),
            ));
        }
        if self.reports.escalate_after_minutes < 1 {
            return Err(ConfigError::Invalid(
                "reports.escalate_after_minutes must be at least 1".into(),
            ));
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return Err(ConfigError::Invalid(
                "log_format must be text or json".into(),
            ));
        }
        Ok(())
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn env_overrides_file_and_unknown_keys_fail() {
        let dir = std::env::temp_dir().join(format!("amparo-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let file = dir.join("a.toml");
        std::fs::write(
            &file,
            "listen = \"0.0.0.0:9000\"\n[audit]\ncheckpoint_every_entries = 5\n",
        )
        .ok();
        let c = Config::load(Some(&file), env(&[("AMPARO_LISTEN", "127.0.0.1:1")])).ok();
        let c = c.map(|c| (c.listen, c.audit.checkpoint_every_entries));
        assert_eq!(c, Some(("127.0.0.1:1".to_string(), 5)));

        std::fs::write(&file, "lisen = \"x\"\n").ok();
        assert!(matches!(
            Config::load(Some(&file), env(&[])),
            Err(ConfigError::Parse { .. })
        ));
        assert!(matches!(
            Config::load(None, env(&[("AMPARO_NOPE", "1")])),
            Err(ConfigError::Env { .. })
        ));
        assert!(matches!(
            Config::load(None, env(&[("AMPARO_JOBS_POLL_MS", "soon")])),
            Err(ConfigError::Env { .. })
        ));
    }
}
