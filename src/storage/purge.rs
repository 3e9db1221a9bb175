//! Retention: the sessions and profile answers of users idle for too long, and users who never
//! decided on any consent, are removed.

use super::{Store, StoreError, audit};
pub use crate::config::Retention;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    /// Users whose profile answers were removed.
    pub profiles: u64,
    pub users: u64,
}

/// Runs the purge as of `now` (Unix seconds) in one transaction and records it in the audit log.
pub async fn run(store: &Store, retention: Retention, now: i64) -> Result<Purged, StoreError> {
    let mut tx = store.begin().await?;
    let sessions = sqlx::query("DELETE FROM sessions WHERE updated_at < $1")
        .bind(now - retention.session_idle_secs)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let idle = "SELECT id FROM users WHERE last_seen < $1";
    let profiles = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(DISTINCT user_id) AS n FROM answers WHERE user_id IN ({idle})"
    )))
    .bind(now - retention.session_idle_secs)
    .fetch_one(&mut *tx)
    .await?;
    let profiles: i64 = sqlx::Row::try_get(&profiles, "n")?;
    for table in ["answers", "match_results"] {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE user_id IN ({idle})")))
            .bind(now - retention.session_idle_secs)
            .execute(&mut *tx)
            .await?;
    }
    // Their audit entries name them; remove those first, then the users (the rest cascades).
    let stale = "SELECT pseudonym FROM users WHERE created_at < $1 AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.user_id = users.id)";
    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM audit_log WHERE actor IN ({stale}) OR subject IN ({stale})")))
        .bind(now - retention.unconsented_secs)
        .execute(&mut *tx)
        .await?;
    let users = sqlx::query(
        "DELETE FROM users WHERE created_at < $1 AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.user_id = users.id)",
    )
    .bind(now - retention.unconsented_secs)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let profiles = profiles as u64;
    let detail = format!("sessions={sessions} profiles={profiles} users={users}");
    audit::record(&mut tx, now, "system", "purge", None, Some(&detail)).await?;
    tx.commit().await?;
    Ok(Purged { sessions, profiles, users })
}
