//! The delivery ledger: one row per recipient of an announcement, written before anything is
//! sent. `pending → sending → sent(message_id) | blocked | failed | expired | unknown`.
//!
//! Workers claim rows in batches (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes
//! share one ledger; on SQLite the single writer serialises claims). A row still `sending` after
//! its lease (its worker died mid-send) becomes `unknown` and is never sent again: the message
//! may have gone out. Sent rows whose revision is behind the announcement's are edited again
//! (a fixed text, a cancellation). Nothing about a recipient is kept here but ids and statuses;
//! the rows go with the user (`ON DELETE CASCADE`).

use super::{StoreError, Tx};
use sqlx::Row;

/// Statuses of a ledger row.
pub const STATUSES: &[&str] = &["pending", "sending", "sent", "blocked", "failed", "expired", "unknown"];

/// How a send ended, as the ledger records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        message_id: i64,
    },
    Blocked,
    Failed(&'static str),
    /// Not sent: the recipient withdrew consent, muted or erased since the ledger was written.
    Skipped(&'static str),
}

/// A claimed row and where to send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub user_id: i64,
    pub chat_id: i64,
    pub locale: Option<String>,
    pub canary: bool,
    /// For edits: the sent copy.
    pub message_id: Option<i64>,
    /// Whether the recipient may still receive announcements (consent, not muted, reachable).
    pub reachable: bool,
}

/// Counts per status.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub blocked: i64,
    pub failed: i64,
    pub expired: i64,
    pub unknown: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.pending + self.sending + self.sent + self.blocked + self.failed + self.expired + self.unknown
    }

    /// Rows that will not be sent any more.
    pub fn finished(&self) -> i64 {
        self.total() - self.pending - self.sending
    }
}

/// Writes the ledger: one pending row per recipient (`(user id, canary)`).
pub async fn insert(tx: &mut Tx, announcement: i64, recipients: &[(i64, bool)], now: i64) -> Result<(), StoreError> {
    // 4 parameters a row; 250 rows stay far below both backends' parameter limits.
    for chunk in recipients.chunks(250) {
        let values = (0..chunk.len())
            .map(|i| format!("(${}, ${}, 'pending', ${}, ${})", i * 4 + 1, i * 4 + 2, i * 4 + 3, i * 4 + 4))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO deliveries (announcement_id, user_id, status, canary, updated_at) VALUES {values}"
        ));
        let mut q = sqlx::query(sql);
        for (user, canary) in chunk {
            q = q.bind(announcement).bind(*user).bind(i64::from(*canary)).bind(now);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

pub async fn counts(tx: &mut Tx, announcement: i64) -> Result<Counts, StoreError> {
    counts_where(tx, announcement, "").await
}

/// Counts among the canary rows.
pub async fn canary_counts(tx: &mut Tx, announcement: i64) -> Result<Counts, StoreError> {
    counts_where(tx, announcement, " AND canary = 1").await
}

async fn counts_where(tx: &mut Tx, announcement: i64, extra: &str) -> Result<Counts, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT status, COUNT(*) AS n FROM deliveries WHERE announcement_id = $1{extra} GROUP BY status"
    ));
    let rows = sqlx::query(sql).bind(announcement).fetch_all(&mut **tx).await?;
    let mut c = Counts::default();
    for r in &rows {
        let n: i64 = r.try_get("n")?;
        match r.try_get::<String, _>("status")?.as_str() {
            "pending" => c.pending = n,
            "sending" => c.sending = n,
            "sent" => c.sent = n,
            "blocked" => c.blocked = n,
            "failed" => c.failed = n,
            "expired" => c.expired = n,
            _ => c.unknown += n,
        }
    }
    Ok(c)
}

/// Rows left `sending` longer than `lease` seconds (their worker died) become `unknown`; the count.
pub async fn recover(tx: &mut Tx, now: i64, lease: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE deliveries SET status = 'unknown', reason = 'interrupted', updated_at = $1 \
         WHERE status = 'sending' AND claimed_at < $2",
    )
    .bind(now)
    .bind(now - lease)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Pending rows of announcements past their expiry (or aborted) become `expired`; the count.
pub async fn expire(tx: &mut Tx, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE deliveries SET status = 'expired', reason = CASE WHEN \
           (SELECT state FROM announcements a WHERE a.id = deliveries.announcement_id) = 'aborted' \
           THEN 'aborted' ELSE 'too late' END, updated_at = $1 \
         WHERE status = 'pending' AND announcement_id IN \
           (SELECT id FROM announcements WHERE expires_at <= $1 OR state = 'aborted')",
    )
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

const RECIPIENT: &str = "SELECT u.id AS id, u.chat_id AS chat_id, u.locale AS locale, \
    CASE WHEN u.muted = 0 AND u.unreachable_since IS NULL AND EXISTS (SELECT 1 FROM consents c \
      WHERE c.user_id = u.id AND c.purpose = 'announcements' AND c.granted = 1) THEN 1 ELSE 0 END AS reachable \
    FROM users u WHERE u.id IN";

/// Claims up to `limit` pending rows of `announcement` (only canary rows while `canary_only`)
/// and marks them `sending`.
pub async fn claim(
    tx: &mut Tx,
    announcement: i64,
    canary_only: bool,
    limit: i64,
    now: i64,
) -> Result<Vec<Claimed>, StoreError> {
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE deliveries SET status = 'sending', claimed_at = $1, updated_at = $1 \
         WHERE announcement_id = $2 AND user_id IN (SELECT user_id FROM deliveries \
           WHERE announcement_id = $2 AND status = 'pending' AND canary >= $3 \
           ORDER BY canary DESC, user_id LIMIT $4{lock}) \
         RETURNING user_id, canary"
    ));
    let rows = sqlx::query(sql)
        .bind(now)
        .bind(announcement)
        .bind(i64::from(canary_only))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    let claimed: Vec<(i64, bool)> = rows
        .iter()
        .map(|r| Ok((r.try_get("user_id")?, r.try_get::<i64, _>("canary")? != 0)))
        .collect::<Result<_, sqlx::Error>>()?;
    with_users(tx, claimed.into_iter().map(|(u, c)| (u, c, None)).collect()).await
}

/// Claims up to `limit` sent copies that show an older revision than the announcement's.
pub async fn claim_edits(
    tx: &mut Tx,
    announcement: i64,
    revision: i64,
    limit: i64,
    now: i64,
    lease: i64,
) -> Result<Vec<Claimed>, StoreError> {
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE deliveries SET claimed_at = $1 \
         WHERE announcement_id = $2 AND user_id IN (SELECT user_id FROM deliveries \
           WHERE announcement_id = $2 AND status = 'sent' AND revision < $3 AND message_id IS NOT NULL \
             AND (claimed_at IS NULL OR claimed_at < $4) \
           ORDER BY user_id LIMIT $5{lock}) \
         RETURNING user_id, canary, message_id"
    ));
    let rows = sqlx::query(sql)
        .bind(now)
        .bind(announcement)
        .bind(revision)
        .bind(now - lease)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    let claimed = rows
        .iter()
        .map(|r| Ok((r.try_get("user_id")?, r.try_get::<i64, _>("canary")? != 0, r.try_get("message_id")?)))
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    with_users(tx, claimed).await
}

async fn with_users(tx: &mut Tx, claimed: Vec<(i64, bool, Option<i64>)>) -> Result<Vec<Claimed>, StoreError> {
    let mut out = Vec::with_capacity(claimed.len());
    for chunk in claimed.chunks(500) {
        let list = (1..=chunk.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = sqlx::AssertSqlSafe(format!("{RECIPIENT} ({list})"));
        let mut q = sqlx::query(sql);
        for (user, _, _) in chunk {
            q = q.bind(*user);
        }
        let rows = q.fetch_all(&mut **tx).await?;
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let Some((_, canary, message_id)) = chunk.iter().find(|(u, _, _)| *u == id) else { continue };
            out.push(Claimed {
                user_id: id,
                chat_id: r.try_get("chat_id")?,
                locale: r.try_get("locale")?,
                canary: *canary,
                message_id: *message_id,
                reachable: r.try_get::<i64, _>("reachable")? != 0,
            });
        }
    }
    out.sort_by_key(|c| (!c.canary, c.user_id));
    Ok(out)
}

/// Records how the sends of claimed rows ended: one statement per few hundred rows (a sent copy
/// keeps its message id). `revision` is the announcement revision the sent cards show.
pub async fn record(
    tx: &mut Tx,
    announcement: i64,
    outcomes: &[(i64, Outcome)],
    revision: i64,
    now: i64,
) -> Result<(), StoreError> {
    let status = |o: &Outcome| match o {
        Outcome::Sent { .. } => ("sent", None),
        Outcome::Blocked => ("blocked", Some("blocked")),
        Outcome::Failed(why) => ("failed", Some(*why)),
        Outcome::Skipped(why) => ("expired", Some(*why)),
    };
    let mut sorted: Vec<&(i64, Outcome)> = outcomes.iter().collect();
    sorted.sort_by_key(|(user, o)| (status(o), *user));
    for group in sorted.chunk_by(|a, b| status(&a.1) == status(&b.1)) {
        let (state, reason) = status(&group[0].1);
        for chunk in group.chunks(300) {
            // $1 status, $2 reason, $3 time, $4 announcement, $5 revision, then the users (and
            // for sent copies each user's message id after it).
            let per_row = if state == "sent" { 2 } else { 1 };
            let ids: Vec<String> = (0..chunk.len()).map(|i| format!("${}", 6 + per_row * i)).collect();
            let message = if state == "sent" {
                let cases: Vec<String> =
                    ids.iter().enumerate().map(|(i, id)| format!("WHEN {id} THEN ${}", 7 + 2 * i)).collect();
                format!("CASE user_id {} END", cases.join(" "))
            } else {
                "NULL".to_string()
            };
            // A send that outlived its lease was marked unknown; what happened is known now.
            let sql = sqlx::AssertSqlSafe(format!(
                "UPDATE deliveries SET status = $1, message_id = {message}, reason = $2, claimed_at = NULL, \
                 updated_at = $3, revision = $5 WHERE announcement_id = $4 AND user_id IN ({}) \
                 AND status IN ('sending', 'unknown')",
                ids.join(", ")
            ));
            let mut q = sqlx::query(sql).bind(state).bind(reason).bind(now).bind(announcement).bind(revision);
            for (user, outcome) in chunk.iter().map(|x| (x.0, &x.1)) {
                q = q.bind(user);
                if let Outcome::Sent { message_id } = outcome {
                    q = q.bind(*message_id);
                }
            }
            q.execute(&mut **tx).await?;
        }
    }
    Ok(())
}

/// Records edited copies: they now show `revision` (also when the copy could not be edited any
/// more: it is not tried again).
pub async fn record_edits(
    tx: &mut Tx,
    announcement: i64,
    users: &[i64],
    revision: i64,
    now: i64,
) -> Result<(), StoreError> {
    for user in users {
        sqlx::query(
            "UPDATE deliveries SET revision = $1, claimed_at = NULL, updated_at = $2 WHERE announcement_id = $3 AND user_id = $4",
        )
        .bind(revision)
        .bind(now)
        .bind(announcement)
        .bind(*user)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A user's ledger rows (for /mydata): announcement, status, when.
pub async fn of_user(tx: &mut Tx, user: i64) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = sqlx::query(
        "SELECT announcement_id, status, updated_at FROM deliveries WHERE user_id = $1 ORDER BY announcement_id",
    )
    .bind(user)
    .fetch_all(&mut **tx)
    .await?;
    super::json_rows(&rows, &[("announcement_id", "announcement"), ("status", "status"), ("updated_at", "at")])
}

/// Ledger rows of announcements finished before `before` (kept only while copies may still be
/// corrected; afterwards they would only tell who was in which audience); the count.
pub async fn forget_finished(tx: &mut Tx, before: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "DELETE FROM deliveries WHERE announcement_id IN \
         (SELECT id FROM announcements WHERE finished_at IS NOT NULL AND finished_at < $1 \
          AND (starts_at IS NULL OR starts_at < $1))",
    )
    .bind(before)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Whether this announcement went (or is going) to the user (for "Why do I get this?"): a copy
/// may arrive before its row is recorded as sent.
pub async fn was_sent(tx: &mut Tx, announcement: i64, user: i64) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT status FROM deliveries WHERE announcement_id = $1 AND user_id = $2 \
         AND status IN ('sending', 'sent', 'unknown')",
    )
    .bind(announcement)
    .bind(user)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.is_some())
}

/// Pending recipients per locale (for the coordinator's preview, before sending).
pub async fn by_locale(tx: &mut Tx, announcement: i64) -> Result<Vec<(Option<String>, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT u.locale AS locale, COUNT(*) AS n FROM deliveries d JOIN users u ON u.id = d.user_id \
         WHERE d.announcement_id = $1 GROUP BY u.locale ORDER BY n DESC",
    )
    .bind(announcement)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("locale")?, r.try_get("n")?))).collect()
}
