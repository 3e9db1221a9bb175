//! Test databases on both backends: a SQLite file per test, and, when `TEST_POSTGRES_URL` is set,
//! a fresh PostgreSQL database per test that is dropped afterwards.

use sifor::config::DataRules;
use sifor::services::app::App;
use sifor::storage::{Store, TABLES};
use sqlx::{Column, Row};
use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TestDb {
    pub url: String,
    pub store: Store,
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

/// Every backend available to this run, each with a fresh, migrated database.
pub async fn backends() -> Vec<TestDb> {
    let mut out = vec![sqlite().await];
    match std::env::var("TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => out.push(postgres(&url).await),
        _ => skipped_notice(),
    }
    out
}

pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = sifor::storage::sqlite_url(&dir.path().join("test.db"));
    let store = Store::open(&url).await.expect("sqlite opens");
    TestDb { url, store, backend: "sqlite", _dir: Some(dir), postgres: None }
}

pub async fn postgres(admin_url: &str) -> TestDb {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = format!("sifor_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let admin = Store::connect(admin_url).await.expect("TEST_POSTGRES_URL reachable");
    // A run that was killed leaves its databases behind, and a later process may get its id.
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
        .execute(admin.pool())
        .await
        .expect("drop a leftover database");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(admin.pool())
        .await
        .expect("create database");
    admin.close().await;
    let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
    let url = format!("{base}/{name}");
    let store = Store::open(&url).await.expect("postgres opens");
    TestDb { url, store, backend: "postgres", _dir: None, postgres: Some((admin_url.to_string(), name)) }
}

impl TestDb {
    /// Runs the sifor binary on this database: exit code and everything it printed.
    pub fn sifor(&self, args: &[&str]) -> (i32, String) {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
            .args(args)
            .env("DATABASE_URL", &self.url)
            .env_remove("TELOXIDE_TOKEN")
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        (out.status.code().unwrap_or(-1), text)
    }

    /// Closes the database and drops it (PostgreSQL) or its folder (SQLite).
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((admin_url, name)) = &self.postgres {
            let admin = Store::connect(admin_url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                .execute(admin.pool())
                .await
                .unwrap();
            admin.close().await;
        }
    }

    /// A column of the user's row in `users`, by name, as text (`None` without the row too).
    pub async fn stored_user(&self, user: i64, column: &str) -> Option<String> {
        let row =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT CAST({column} AS TEXT) AS v FROM users WHERE id = $1")))
                .bind(user)
                .fetch_optional(self.store.pool())
                .await
                .unwrap()?;
        row.try_get::<Option<String>, _>("v").unwrap()
    }

    pub fn app(&self) -> App {
        let (flows, locales) = sifor::startup::load_content(&sifor::config::Content::new(
            Some(crate::support::root().join("flows")),
            Some(crate::support::root().join("locales")),
        ))
        .unwrap();
        App::new(self.store.clone(), flows, locales, DataRules::default())
    }

    /// Every row of every table, as text, one line per row.
    pub async fn dump(&self) -> String {
        let mut out = String::new();
        for table in TABLES {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
                .fetch_all(self.store.pool())
                .await
                .unwrap();
            for row in rows {
                let cells: Vec<String> = (0..row.columns().len())
                    .map(|i| {
                        row.try_get::<Option<i64>, _>(i)
                            .map(|v| v.map_or("NULL".into(), |v| v.to_string()))
                            .or_else(|_| {
                                row.try_get::<Option<String>, _>(i).map(|v| v.unwrap_or_else(|| "NULL".into()))
                            })
                            .unwrap_or_else(|e| panic!("{table}.{}: {e}", row.columns()[i].name()))
                    })
                    .collect();
                out.push_str(&format!("{table}: {}\n", cells.join(" | ")));
            }
        }
        out
    }

    /// The database stops taking writes, as if it were down: SQLite's one pooled connection
    /// turns read-only (`PRAGMA query_only`); PostgreSQL refuses new connections and the
    /// open ones are terminated.
    pub async fn go_down(&self) {
        match &self.postgres {
            None => self.sqlite_query_only(true).await,
            Some((admin_url, name)) => {
                let admin = Store::connect(admin_url).await.unwrap();
                for sql in [
                    format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"),
                    format!(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                         WHERE datname = '{name}' AND pid <> pg_backend_pid()"
                    ),
                ] {
                    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(admin.pool()).await.unwrap();
                }
                admin.close().await;
            }
        }
    }

    /// Undoes [`TestDb::go_down`].
    pub async fn come_back(&self) {
        match &self.postgres {
            None => self.sqlite_query_only(false).await,
            Some((admin_url, name)) => {
                let admin = Store::connect(admin_url).await.unwrap();
                sqlx::query(sqlx::AssertSqlSafe(format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true")))
                    .execute(admin.pool())
                    .await
                    .unwrap();
                admin.close().await;
            }
        }
    }

    /// The SQLite pool has exactly one connection: a pragma on it holds for every query.
    async fn sqlite_query_only(&self, on: bool) {
        let mut conn = self.store.pool().acquire().await.unwrap();
        let sql = format!("PRAGMA query_only = {}", if on { "ON" } else { "OFF" });
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *conn).await.unwrap();
    }

    pub async fn count(&self, table: &str) -> i64 {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM {table}")))
            .fetch_one(self.store.pool())
            .await
            .unwrap();
        row.try_get("n").unwrap()
    }
}

/// Says once, past the test harness's output capture, that PostgreSQL was not tested.
pub fn skipped_notice() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "NOTE: TEST_POSTGRES_URL is not set: the PostgreSQL storage tests were SKIPPED (only SQLite ran)."
        );
    });
}
