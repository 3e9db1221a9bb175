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
    Ok(rows.iter().map(entry).collect::<Result<_, sqlx::Error>>()?)
}

fn entry(r: &sqlx::any::AnyRow) -> Result<Entry, sqlx::Error> {
    Ok(Entry {
        at: r.try_get("at")?,
        actor: r.try_get("actor")?,
        action: r.try_get("action")?,
        subject: r.try_get("subject")?,
        detail: r.try_get("detail")?,
    })
}

/// Removes every entry that names the pseudonym (part of erasing a user).
///
/// Staff actions ([`STAFF_ACTIONS`]) stay, with the pseudonym replaced by `deleted`: erasing
/// oneself must not erase the record of what one did, or had done to one, as staff.
pub async fn forget(tx: &mut Tx, pseudonym: &str) -> Result<u64, StoreError> {
    let staff = staff_list();
    for column in ["actor", "subject"] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE audit_log SET {column} = 'deleted' WHERE {column} = $1 AND action IN ({staff})"
        )))
        .bind(pseudonym)
        .execute(&mut **tx)
        .await?;
    }
    let done = sqlx::query("DELETE FROM audit_log WHERE actor = $1 OR subject = $1")
        .bind(pseudonym)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// The actions of staff administration: kept when a person erases themselves, and the only
/// ones the admins' roster shows.
pub const STAFF_ACTIONS: &[&str] = &[
    "grant",
    "revoke",
    "invite_created",
    "invite_used",
    "invite_withdrawn",
    "announce",
    "broadcast_pause",
    "broadcast_resume",
    "broadcast_abort",
    "broadcast_cancel",
    "broadcast_fix",
    "idea_claimed",
    "idea_status_set",
    "idea_status_published",
    "idea_discussed",
    "idea_reply",
    "idea_note",
    "idea_flagged",
    "ideas_export",
    "event_export",
    "event_move",
    "event_message",
    "event_close",
];

/// `'grant', 'revoke', …` for SQL.
fn staff_list() -> String {
    STAFF_ACTIONS.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(", ")
}

/// Which entries [`recent`] returns.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    pub since: Option<i64>,
    pub actor: Option<&'a str>,
    /// Only [`STAFF_ACTIONS`].
    pub staff_only: bool,
}

/// The newest entries that pass the filter (at most `limit`), newest last.
pub async fn recent(tx: &mut Tx, filter: Filter<'_>, limit: i64) -> Result<Vec<Entry>, StoreError> {
    let staff = if filter.staff_only { format!("AND action IN ({})", staff_list()) } else { String::new() };
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT at, actor, action, subject, detail FROM audit_log \
         WHERE at >= $1 AND ($2 = '' OR actor = $2) {staff} ORDER BY id DESC LIMIT $3"
    )))
    .bind(filter.since.unwrap_or(i64::MIN))
    .bind(filter.actor.unwrap_or(""))
    .bind(limit)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = rows.iter().map(entry).collect::<Result<Vec<_>, _>>()?;
    out.reverse();
    Ok(out)
}
