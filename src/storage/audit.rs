//! The audit log: who did what to whom, in pseudonyms, ids and counts, never user text.

use super::{StoreError, Tx};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub detail: Option<String>,
}

pub async fn record(
    tx: &mut Tx,
    now: i64,
    actor: &str,
    action: &str,
    subject: Option<&str>,
    detail: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(now)
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Entries in which the pseudonym acts or is acted upon.
pub async fn about(tx: &mut Tx, pseudonym: &str) -> Result<Vec<Entry>, StoreError> {
    let rows = sqlx::query(
        "SELECT at, actor, action, subject, detail FROM audit_log WHERE actor = $1 OR subject = $1 ORDER BY id",
    )
    .bind(pseudonym)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Entry {
                at: r.try_get("at")?,
                actor: r.try_get("actor")?,
                action: r.try_get("action")?,
                subject: r.try_get("subject")?,
                detail: r.try_get("detail")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// Removes every entry that names the pseudonym (part of erasing a user).
pub async fn forget(tx: &mut Tx, pseudonym: &str) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM audit_log WHERE actor = $1 OR subject = $1")
        .bind(pseudonym)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}
