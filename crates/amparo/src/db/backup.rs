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

/// PostgreSQL URLs without the query options sqlx accepts but libpq may not.
fn libpq_url(url: &str) -> &str {
    url.split('?').next().unwrap_or(url)
}

fn run(program: &str, args: &[&str]) -> anyhow::Result<()> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .map_err(|e| {
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
    match db.engine() {
        Engine::Sqlite => {
            sqlx::query("VACUUM INTO $1")
                .bind(name)
                .execute(db.pool())
                .await?;
        }
        Engine::Postgres => {
            let url = libpq_url(db.url()).to_string();
            let name = name.to_string();
            tokio::task::spawn_blocking(move || {
                run(
                    "pg_dump",
                    &["--format=custom", "--no-owner", "--file", &name, &url],
                )
            })
            .await??;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))?;
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
        if target.exists() && std::fs::metadata(&target)?.len() > 0 {
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
        let (url, name) = (
            libpq_url(url).to_string(),
            file.to_string_lossy().into_owned(),
        );
        tokio::task::spawn_blocking(move || {
            run(
                "pg_restore",
                &["--no-owner", "--exit-on-error", "--dbname", &url, &name],
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
