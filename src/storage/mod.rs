//! Storage through sqlx on SQLite (the embedded default) and PostgreSQL, chosen by the URL.
//!
//! One set of repository functions serves both through `sqlx::Any`; the schema uses only
//! BIGINT and TEXT columns so every row decodes on both. Where the DDL must differ there is one
//! migrations folder per backend with the same version numbers. Every user step runs inside a
//! transaction ([`Store::begin`]), shared with the steps of other users waiting at the same
//! moment (`services::batch`); SQLite takes the write lock at BEGIN (IMMEDIATE) so that
//! concurrent writers wait instead of failing half-way.

pub mod announcements;
pub mod attendance;
pub mod audit;
pub mod deliveries;
pub mod dossier;
pub mod event_messages;
pub mod events;
pub mod idea_relay;
pub mod idea_reports;
pub mod ideas;
pub mod profile;
pub mod programmes;
pub mod public;
pub mod purge;
pub mod sessions;
pub mod staff;
pub mod stories;
pub mod users;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::str::FromStr;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// A transaction on either backend.
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL (use sqlite:FILE or postgres://...)")]
    UnsupportedUrl,
    /// Another writer changed the session since it was loaded.
    #[error("the session was changed concurrently")]
    Conflict,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored state is not readable: {0}")]
    Corrupt(String),
    /// A commit failed or was stopped half-way: whether it reached the database is unknown.
    #[error("the outcome of a commit is unknown")]
    Interrupted,
}

impl StoreError {
    /// Whether running the event again may succeed: a session written concurrently, or a
    /// PostgreSQL deadlock, serialization failure or lock timeout (40P01, 40001, 55P03).
    pub fn is_retryable(&self) -> bool {
        match self {
            StoreError::Conflict => true,
            StoreError::Db(sqlx::Error::Database(e)) => {
                matches!(e.code().as_deref(), Some("40P01" | "40001" | "55P03"))
            }
            _ => false,
        }
    }
}

/// A name for the error's kind that carries no data (errors name tables and constraints, never
/// what a user wrote; still, logs get only the kind).
pub fn error_kind(e: &StoreError) -> &'static str {
    match e {
        StoreError::UnsupportedUrl => "database url",
        StoreError::Conflict => "session conflict",
        StoreError::Db(_) => "database",
        StoreError::Migrate(_) => "migrations",
        StoreError::Corrupt(_) => "stored state unreadable",
        StoreError::Interrupted => "commit outcome unknown",
    }
}

#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

pub use crate::config::sqlite_url;

impl Store {
    /// Connects, creating a SQLite file if needed, and runs the migrations.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let store = Store::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without running migrations.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
            }
            _ => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = match backend {
            // SQLite takes one writer at a time. With several connections, a writer that finds
            // the lock taken sleeps in SQLite's busy handler (1, 2, 5, 10 … ms), which showed as
            // latency spikes; with one connection writers queue in the pool instead.
            Backend::Sqlite => {
                AnyPoolOptions::new()
                    .max_connections(1)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            // WAL lets readers run during a write; NORMAL sync is safe with WAL;
                            // secure_delete overwrites erased rows so /delete leaves no trace in the file.
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; \
                             PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
            // A row locked elsewhere (an idle session in psql, another instance) must not
            // hold a batch of users' events for ever: give up after 2 s (55P03, retried).
            Backend::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(16)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute("SET lock_timeout = '2s'").await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
        };
        Ok(Store { pool, backend })
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Rows as JSON objects, for /mydata: each column under its name (or `as` name), integers as
/// numbers, texts as strings, NULL as null.
pub(crate) fn json_rows(
    rows: &[sqlx::any::AnyRow],
    names: &[(&str, &str)],
) -> Result<Vec<serde_json::Value>, StoreError> {
    use sqlx::Row;
    rows.iter()
        .map(|r| {
            let mut object = serde_json::Map::new();
            for (column, name) in names {
                let value = match r.try_get::<Option<i64>, _>(*column) {
                    Ok(n) => serde_json::json!(n),
                    Err(_) => serde_json::json!(r.try_get::<Option<String>, _>(*column)?),
                };
                object.insert(name.to_string(), value);
            }
            Ok(serde_json::Value::Object(object))
        })
        .collect()
}

/// Every table, for exports, erasure checks and tests.
pub const TABLES: &[&str] = &[
    "users",
    "consents",
    "sessions",
    "answers",
    "ideas",
    "audit_log",
    "programmes",
    "programme_feedback",
    "match_results",
    "staff",
    "invites",
    "announcements",
    "deliveries",
    "events",
    "registrations",
    "event_messages",
    "idea_views",
    "idea_notes",
    "idea_messages",
    "stories",
];

/// Queues of messages to one person (`event_messages`, `idea_messages`): claims older than
/// `lease` become `unknown`, never sent again (the message may have gone out).
pub(crate) async fn lapse_claims(tx: &mut Tx, table: &'static str, now: i64, lease: i64) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET status = 'unknown', updated_at = $1 WHERE status = 'sending' AND claimed_at < $2"
    ));
    sqlx::query(sql).bind(now).bind(now - lease).execute(&mut **tx).await?;
    Ok(())
}

/// Marks claimed rows of such a queue as being sent.
pub(crate) async fn mark_sending(tx: &mut Tx, table: &'static str, ids: &[i64], now: i64) -> Result<(), StoreError> {
    for id in ids {
        let sql = sqlx::AssertSqlSafe(format!(
            "UPDATE {table} SET status = 'sending', claimed_at = $1, updated_at = $1 WHERE id = $2"
        ));
        sqlx::query(sql).bind(now).bind(*id).execute(&mut **tx).await?;
    }
    Ok(())
}

/// What became of a row of such a queue.
pub(crate) async fn record_status(
    tx: &mut Tx,
    table: &'static str,
    id: i64,
    status: &str,
    now: i64,
) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("UPDATE {table} SET status = $1, updated_at = $2 WHERE id = $3"));
    sqlx::query(sql).bind(status).bind(now).bind(id).execute(&mut **tx).await?;
    Ok(())
}
