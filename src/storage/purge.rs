//! Retention: the sessions and profile answers of users idle for too long, and users who never
//! decided on any consent, are removed.
//!
//! The purge never holds the database for long: it works in batches of [`BATCH`] rows, each its
//! own short transaction on indexed columns (`sessions.updated_at`, `users (last_seen, id)`,
//! `users (created_at, id)`), and yields between batches so users' steps run in between. Pages
//! of users are walked by key (`(last_seen, id) > (…)`), so a purge reads each idle user once
//! however many were purged before. One audit row sums the run up.

use super::{Store, StoreError, audit};
pub use crate::config::Retention;
use sqlx::Row;

/// Who the purge of users without consent may remove: never staff, who need no consent to
/// hold their role.
const UNCONSENTED_REFUGEE: &str = "role = 'refugee' AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.user_id = users.id) \
     AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.user_id = users.id)";

/// Rows per transaction.
pub const BATCH: usize = 100;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    /// Users whose profile answers were removed.
    pub profiles: u64,
    pub users: u64,
}

/// Runs the purge as of `now` (Unix seconds), batch by batch, and records it in the audit log.
pub async fn run(store: &Store, retention: Retention, now: i64) -> Result<Purged, StoreError> {
    let idle_since = now - retention.session_idle_secs;
    let mut done = Purged { sessions: sessions(store, idle_since).await?, ..Purged::default() };
    done.profiles = profiles(store, idle_since).await?;
    done.users = unconsented(store, now - retention.unconsented_secs).await?;
    let mut tx = store.begin().await?;
    let ledger = super::deliveries::forget_finished(&mut tx, now - super::announcements::EDITABLE_SECS).await?;
    let events = super::attendance::forget_past(&mut tx, now).await?;
    let detail = format!(
        "sessions={} profiles={} users={} ledger_rows={ledger} event_rows={events}",
        done.sessions, done.profiles, done.users
    );
    audit::record(&mut tx, now, "system", "purge", None, Some(&detail)).await?;
    tx.commit().await?;
    Ok(done)
}

/// Lets the users' steps that wait for the database go first.
async fn pause() {
    tokio::task::yield_now().await;
}

/// `$first, $first+1, …` for `n` bound values.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// The next page of user ids whose `column` (an indexed time) is before `before`, after the
/// key `after` (moved to the page's last row).
async fn page(tx: &mut super::Tx, column: &str, before: i64, after: &mut (i64, i64)) -> Result<Vec<i64>, StoreError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id, {column} AS at FROM users WHERE {column} < $1 AND ({column} > $2 OR ({column} = $2 AND id > $3)) \
         ORDER BY {column}, id LIMIT {BATCH}"
    )))
    .bind(before)
    .bind(after.0)
    .bind(after.1)
    .fetch_all(&mut **tx)
    .await?;
    if let Some(last) = rows.last() {
        *after = (last.try_get("at")?, last.try_get("id")?);
    }
    Ok(rows.iter().map(|r| r.try_get("id")).collect::<Result<_, _>>()?)
}

async fn sessions(store: &Store, idle_since: i64) -> Result<u64, StoreError> {
    let mut total = 0;
    loop {
        let mut tx = store.begin().await?;
        let sql = sqlx::AssertSqlSafe(format!(
            "DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM sessions WHERE updated_at < $1 LIMIT {BATCH})"
        ));
        let n = sqlx::query(sql).bind(idle_since).execute(&mut *tx).await?.rows_affected();
        tx.commit().await?;
        total += n;
        if n < BATCH as u64 {
            return Ok(total);
        }
        pause().await;
    }
}

/// The profile answers and match results of users not seen since `idle_since`.
async fn profiles(store: &Store, idle_since: i64) -> Result<u64, StoreError> {
    let mut total = 0;
    let mut after = (i64::MIN, i64::MIN);
    loop {
        let mut tx = store.begin().await?;
        let ids = page(&mut tx, "last_seen", idle_since, &mut after).await?;
        if !ids.is_empty() {
            // Checked again here: someone who wrote since the page was read keeps their profile.
            let these = format!("SELECT id FROM users WHERE last_seen < $1 AND id IN ({})", placeholders(2, ids.len()));
            let count = format!("SELECT COUNT(DISTINCT user_id) AS n FROM answers WHERE user_id IN ({these})");
            let mut q = sqlx::query(sqlx::AssertSqlSafe(count)).bind(idle_since);
            for id in &ids {
                q = q.bind(*id);
            }
            let n: i64 = q.fetch_one(&mut *tx).await?.try_get("n")?;
            total += n as u64;
            // The ledger too: a row and its audience would tell what the profile said.
            let places = format!("UPDATE ideas SET country = NULL, region = NULL WHERE user_id IN ({these})");
            let mut q = sqlx::query(sqlx::AssertSqlSafe(places)).bind(idle_since);
            for id in &ids {
                q = q.bind(*id);
            }
            q.execute(&mut *tx).await?;
            for table in ["answers", "match_results", "deliveries"] {
                let mut q = sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE user_id IN ({these})")))
                    .bind(idle_since);
                for id in &ids {
                    q = q.bind(*id);
                }
                q.execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        if ids.len() < BATCH {
            return Ok(total);
        }
        pause().await;
    }
}

/// Users created before `created_before` who never decided on any consent, with the audit
/// entries that name them (the rest of their rows cascade).
async fn unconsented(store: &Store, created_before: i64) -> Result<u64, StoreError> {
    let mut total = 0;
    let mut after = (i64::MIN, i64::MIN);
    loop {
        let mut tx = store.begin().await?;
        let ids = page(&mut tx, "created_at", created_before, &mut after).await?;
        if !ids.is_empty() {
            let stale = format!(
                "SELECT pseudonym FROM users WHERE id IN ({}) AND {UNCONSENTED_REFUGEE}",
                placeholders(1, ids.len())
            );
            // As when a person erases themselves: staff actions stay with `deleted` in place of
            // the pseudonym (a revoked member is a refugee without consent again), the rest goes.
            let staff = audit::STAFF_ACTIONS.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(", ");
            let statements = [
                format!("UPDATE audit_log SET actor = 'deleted' WHERE action IN ({staff}) AND actor IN ({stale})"),
                format!("UPDATE audit_log SET subject = 'deleted' WHERE action IN ({staff}) AND subject IN ({stale})"),
                format!("DELETE FROM audit_log WHERE actor IN ({stale}) OR subject IN ({stale})"),
                format!("UPDATE invites SET created_by = 'deleted' WHERE created_by IN ({stale})"),
                format!("UPDATE invites SET used_by = 'deleted' WHERE used_by IN ({stale})"),
                format!("UPDATE staff SET granted_by = 'deleted' WHERE granted_by IN ({stale})"),
                format!(
                    "UPDATE announcements SET author = 'deleted', author_chat = NULL, progress_message = NULL \
                     WHERE author IN ({stale})"
                ),
                format!("UPDATE ideas SET claimed_by = 'deleted' WHERE claimed_by IN ({stale})"),
                format!("UPDATE ideas SET flagged_by = 'deleted' WHERE flagged_by IN ({stale})"),
                format!("UPDATE idea_notes SET author = 'deleted' WHERE author IN ({stale})"),
                format!("UPDATE idea_messages SET sender = 'deleted' WHERE sender IN ({stale})"),
                format!("UPDATE idea_messages SET recipient = 'deleted' WHERE recipient IN ({stale})"),
                format!("UPDATE stories SET author = 'deleted' WHERE author IN ({stale})"),
            ];
            for sql in statements {
                // Every list uses the same numbered placeholders: the ids are bound once.
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for id in &ids {
                    q = q.bind(*id);
                }
                q.execute(&mut *tx).await?;
            }
            let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM users WHERE id IN ({}) AND {UNCONSENTED_REFUGEE}",
                placeholders(1, ids.len())
            )));
            for id in &ids {
                q = q.bind(*id);
            }
            total += q.execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        if ids.len() < BATCH {
            return Ok(total);
        }
        pause().await;
    }
}
