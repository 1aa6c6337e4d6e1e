//! Online backups and restores. SQLite: `VACUUM INTO` writes a consistent copy from one read
//! transaction while the server keeps serving. PostgreSQL: `pg_dump` in its custom format,
//! which reads from one snapshot; `pg_restore` puts it back. Both restore only into an empty
//! database, so a restore never mixes with data already there.

use super::{Db, Engine};
use std::path::{Path, PathBuf};

/// The file a `sqlite:` URL names (without its query).
fn sqlite_file(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| anyhow::anyhow!("not a sqlite: URL"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        anyhow::bail!("an in-memory database cannot be backed up or restored");
    }
    Ok(PathBuf::from(path))
}

/// The URL for pg_dump and pg_restore: the query (sslmode, sslrootcert, host=…) kept but for
/// the options only sqlx knows, and a plain password moved out of the URL so it does not
/// appear on a command line; it goes in PGPASSWORD instead.
fn libpq(url: &str) -> (String, Option<String>) {
    const SQLX_ONLY: [&str; 2] = ["statement-cache-capacity", "ssl-mode"];
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && !SQLX_ONLY.contains(&kv.split('=').next().unwrap_or("")))
        .collect();
    let (mut base, mut password) = (base.to_string(), None);
    if let Some((scheme, rest)) = base.split_once("://") {
        if let Some((userinfo, host)) = rest.split_once('@') {
            if let Some((user, pass)) = userinfo.split_once(':') {
                // A percent-encoded password stays in the URL, which libpq decodes.
                if !pass.contains('%') {
                    password = Some(pass.to_string());
                    base = format!("{scheme}://{user}@{host}");
                }
            }
        }
    }
    if !kept.is_empty() {
        base = format!("{base}?{}", kept.join("&"));
    }
    (base, password)
}

fn run(program: &str, args: &[&str], password: Option<&str>) -> anyhow::Result<()> {
    let mut command = std::process::Command::new(program);
    if let Some(p) = password {
        command.env("PGPASSWORD", p);
    }
    let out = command.args(args).output().map_err(|e| {
        anyhow::anyhow!("cannot run {program} (is postgresql-client installed?): {e}")
    })?;
    if !out.status.success() {
        anyhow::bail!(
            "{program} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// Writes a consistent backup of the running database to `file`, which must not exist. The
/// file is readable by its owner only; the backup is audited.
pub async fn backup(db: &Db, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        anyhow::bail!("{} already exists; choose a new file", file.display());
    }
    let name = file
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("the backup file name must be UTF-8"))?;
    // Made empty and owner-only first, so the data is never readable by others, even briefly;
    // VACUUM INTO accepts an empty file and pg_dump truncates it.
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(file)?;
    }
    match db.engine() {
        Engine::Sqlite => {
            sqlx::query("VACUUM INTO $1")
                .bind(name)
                .execute(db.pool())
                .await?;
        }
        Engine::Postgres => {
            let (url, password) = libpq(db.url());
            let name = name.to_string();
            tokio::task::spawn_blocking(move || {
                run(
                    "pg_dump",
                    &["--format=custom", "--no-owner", "--file", &name, &url],
                    password.as_deref(),
                )
            })
            .await??;
        }
    }
    crate::audit::record_alone(
        db,
        &crate::audit::AuditActor::cli("backup"),
        "backup",
        "database",
        "",
        crate::audit::Outcome::Ok,
    )
    .await?;
    Ok(())
}

/// Restores `file` into the (empty) database at `url`, then brings its schema up to date.
pub async fn restore(url: &str, file: &Path) -> anyhow::Result<()> {
    if !file.is_file() {
        anyhow::bail!("{} is not a file", file.display());
    }
    if url.starts_with("sqlite:") {
        let target = sqlite_file(url)?;
        let wal = |suffix: &str| PathBuf::from(format!("{}{suffix}", target.display()));
        if (target.exists() && std::fs::metadata(&target)?.len() > 0)
            || wal("-wal").exists()
            || wal("-shm").exists()
        {
            anyhow::bail!(
                "{} already exists; restore into a new database",
                target.display()
            );
        }
        std::fs::copy(file, &target)?;
    } else {
        let db = Db::connect(url).await?;
        let tables: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'",
        )
        .fetch_one(db.pool())
        .await?;
        db.pool().close().await;
        if tables > 0 {
            anyhow::bail!("the target database has tables; restore into an empty database");
        }
        let ((url, password), name) = (libpq(url), file.to_string_lossy().into_owned());
        // One transaction: a restore that fails leaves the database empty, ready for another try.
        tokio::task::spawn_blocking(move || {
            run(
                "pg_restore",
                &[
                    "--no-owner",
                    "--exit-on-error",
                    "--single-transaction",
                    "--dbname",
                    &url,
                    &name,
                ],
                password.as_deref(),
            )
        })
        .await??;
    }
    let db = Db::connect(url).await?;
    if db.engine() == Engine::Sqlite {
        let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(db.pool())
            .await?;
        if ok != "ok" {
            anyhow::bail!("the restored database fails its integrity check: {ok}");
        }
    }
    super::migrate(&db).await?;
    db.pool().close().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::libpq;

    #[test]
    fn libpq_keeps_tls_options_and_moves_the_password_out() {
        assert_eq!(
            libpq("postgres://amparo:s3cret@db.internal/amparo?sslmode=verify-full&statement-cache-capacity=0"),
            (
                "postgres://amparo@db.internal/amparo?sslmode=verify-full".to_string(),
                Some("s3cret".to_string())
            )
        );
        assert_eq!(
            libpq("postgres://postgres@127.0.0.1:5432/test"),
            ("postgres://postgres@127.0.0.1:5432/test".to_string(), None)
        );
    }
}
