//! Embedded migrations, one list per engine, applied in order inside a transaction each.

use super::{Db, Engine};
use sqlx::Row;

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sqlite: include_str!("../../migrations/sqlite/0001_foundation.sql"),
        postgres: include_str!("../../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "reports",
        sqlite: include_str!("../../migrations/sqlite/0002_reports.sql"),
        postgres: include_str!("../../migrations/postgres/0002_reports.sql"),
    },
    Migration {
        version: 3,
        name: "notifications",
        sqlite: include_str!("../../migrations/sqlite/0003_notifications.sql"),
        postgres: include_str!("../../migrations/postgres/0003_notifications.sql"),
    },
    Migration {
        version: 4,
        name: "incidents",
        sqlite: include_str!("../../migrations/sqlite/0004_incidents.sql"),
        postgres: include_str!("../../migrations/postgres/0004_incidents.sql"),
    },
    Migration {
        version: 5,
        name: "dashboard",
        sqlite: include_str!("../../migrations/sqlite/0005_dashboard.sql"),
        postgres: include_str!("../../migrations/postgres/0005_dashboard.sql"),
    },
    Migration {
        version: 6,
        name: "attachments",
        sqlite: include_str!("../../migrations/sqlite/0006_attachments.sql"),
        postgres: include_str!("../../migrations/postgres/0006_attachments.sql"),
    },
    Migration {
        version: 7,
        name: "plans",
        sqlite: include_str!("../../migrations/sqlite/0007_plans.sql"),
        postgres: include_str!("../../migrations/postgres/0007_plans.sql"),
    },
    Migration {
        version: 8,
        name: "foia",
        sqlite: include_str!("../../migrations/sqlite/0008_foia.sql"),
        postgres: include_str!("../../migrations/postgres/0008_foia.sql"),
    },
    Migration {
        version: 9,
        name: "directory",
        sqlite: include_str!("../../migrations/sqlite/0009_directory.sql"),
        postgres: include_str!("../../migrations/postgres/0009_directory.sql"),
    },
    Migration {
        version: 10,
        name: "portal_pages",
        sqlite: include_str!("../../migrations/sqlite/0010_portal_pages.sql"),
        postgres: include_str!("../../migrations/postgres/0010_portal_pages.sql"),
    },
    Migration {
        version: 11,
        name: "working_group",
        sqlite: include_str!("../../migrations/sqlite/0011_working_group.sql"),
        postgres: include_str!("../../migrations/postgres/0011_working_group.sql"),
    },
    Migration {
        version: 12,
        name: "guideline_documents",
        sqlite: include_str!("../../migrations/sqlite/0012_guideline_documents.sql"),
        postgres: include_str!("../../migrations/postgres/0012_guideline_documents.sql"),
    },
    Migration {
        version: 13,
        name: "meeting_documents_and_citations",
        sqlite: include_str!("../../migrations/sqlite/0013_meeting_documents_and_citations.sql"),
        postgres: include_str!(
            "../../migrations/postgres/0013_meeting_documents_and_citations.sql"
        ),
    },
    Migration {
        version: 14,
        name: "retention",
        sqlite: include_str!("../../migrations/sqlite/0014_retention.sql"),
        postgres: include_str!("../../migrations/postgres/0014_retention.sql"),
    },
];

pub const MIGRATION_COUNT: usize = MIGRATIONS.len();

pub async fn migrate(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    if db.engine() == Engine::Postgres {
        // Several nodes may start at once; only one migrates.
        sqlx::query("SELECT pg_advisory_xact_lock(727001)")
            .execute(tx.conn())
            .await?;
    }
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )
    .execute(tx.conn())
    .await?;
    let rows = sqlx::query("SELECT version FROM schema_migrations")
        .fetch_all(tx.conn())
        .await?;
    let done: Vec<i64> = rows.iter().map(|r| r.get::<i64, _>(0)).collect();
    for m in MIGRATIONS.iter().filter(|m| !done.contains(&m.version)) {
        let sql = match db.engine() {
            Engine::Sqlite => m.sqlite,
            Engine::Postgres => m.postgres,
        };
        sqlx::raw_sql(sql).execute(tx.conn()).await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(m.version)
        .bind(m.name)
        .bind(super::timestamp(chrono::Utc::now()))
        .execute(tx.conn())
        .await?;
        tracing::info!(version = m.version, name = m.name, "migration applied");
    }
    tx.commit_quiet().await?;
    Ok(())
}

pub async fn applied_versions(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query("SELECT version FROM schema_migrations ORDER BY version")
        .fetch_all(db.pool())
        .await?;
    Ok(rows.iter().map(|r| r.get::<i64, _>(0)).collect())
}
