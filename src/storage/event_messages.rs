//! The messages an event sends one person (an offered seat, "still coming?", a reminder, a
//! move or a cancel, the calendar file, the organisers' message): a row is written before
//! anything is sent, at most one per kind and fingerprint (what the message was written for),
//! then claimed by a worker (`FOR UPDATE SKIP LOCKED` on PostgreSQL) and sent through the
//! broadcaster's pacing. A claim that outlives its lease becomes `unknown` and is never sent
//! again (at most once, as for announcements).

use super::{StoreError, Tx};
use sqlx::Row;

/// A message due, with what sending it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub id: i64,
    pub event: i64,
    pub user_id: i64,
    pub chat_id: i64,
    pub locale: Option<String>,
    pub kind: String,
    pub fingerprint: String,
    pub body: Option<String>,
}

/// Writes a message to send; `false` when the same one (kind and fingerprint) was written before.
pub async fn enqueue(
    tx: &mut Tx,
    event: i64,
    user: i64,
    kind: &str,
    fingerprint: &str,
    body: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO event_messages (announcement_id, user_id, kind, fingerprint, body, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6) ON CONFLICT DO NOTHING",
    )
    .bind(event)
    .bind(user)
    .bind(kind)
    .bind(fingerprint)
    .bind(body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Claims up to `limit` due messages, oldest first; claims older than `lease` become `unknown`.
pub async fn claim(tx: &mut Tx, now: i64, lease: i64, limit: i64) -> Result<Vec<Due>, StoreError> {
    super::lapse_claims(tx, "event_messages", now, lease).await?;
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE OF m SKIP LOCKED" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.id AS id, m.announcement_id AS event, m.user_id AS user_id, u.chat_id AS chat_id, u.locale AS locale, \
         m.kind AS kind, m.fingerprint AS fingerprint, m.body AS body \
         FROM event_messages m JOIN users u ON u.id = m.user_id \
         WHERE m.status = 'pending' ORDER BY m.id LIMIT $1{lock}"
    ));
    let rows = sqlx::query(sql).bind(limit).fetch_all(&mut **tx).await?;
    let due: Vec<Due> = rows
        .iter()
        .map(|r| {
            Ok(Due {
                id: r.try_get("id")?,
                event: r.try_get("event")?,
                user_id: r.try_get("user_id")?,
                chat_id: r.try_get("chat_id")?,
                locale: r.try_get("locale")?,
                kind: r.try_get("kind")?,
                fingerprint: r.try_get("fingerprint")?,
                body: r.try_get("body")?,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    let ids: Vec<i64> = due.iter().map(|x| x.id).collect();
    super::mark_sending(tx, "event_messages", &ids, now).await?;
    Ok(due)
}

/// What became of a claimed message: `sent`, `skipped` (no longer true: the event moved or was
/// cancelled, the offer was answered), `blocked` or `failed`.
pub async fn record(tx: &mut Tx, id: i64, status: &str, now: i64) -> Result<(), StoreError> {
    super::record_status(tx, "event_messages", id, status, now).await
}

/// Counts per status of an event's messages of one kind (tests, the organiser's view).
pub async fn counts(tx: &mut Tx, event: i64, kind: &str) -> Result<Vec<(String, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n FROM event_messages WHERE announcement_id = $1 AND kind = $2 \
         GROUP BY status ORDER BY status",
    )
    .bind(event)
    .bind(kind)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("status")?, r.try_get("n")?))).collect()
}
