//! What an event's organiser and its people see of the registrations as a whole: the counts
//! and needs totals, the attendee list (pseudonyms, never Telegram ids), a person's own
//! registrations for /mydata, and their erasure 30 days after the start.

use super::events::{COLUMNS, Registration, row};
use super::{StoreError, Tx};
use crate::domain::event::{self, Status};
use sqlx::Row;

/// What the organiser sees of an event: people per status, checked in, and the needs added up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub registered: i64,
    pub waiting: i64,
    pub offered: i64,
    pub checked_in: i64,
    /// Interpreters wanted per language tag, most wanted first.
    pub interpreters: Vec<(String, i64)>,
    pub childcare: i64,
    pub access: i64,
}

pub async fn counts(tx: &mut Tx, id: i64) -> Result<Counts, StoreError> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n, CAST(SUM(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS checked, \
         CAST(SUM(childcare) AS BIGINT) AS childcare, CAST(SUM(access) AS BIGINT) AS access \
         FROM registrations WHERE announcement_id = $1 GROUP BY status",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let mut c = Counts::default();
    for r in &rows {
        let status: String = r.try_get("status")?;
        let n: i64 = r.try_get("n")?;
        match Status::parse(&status) {
            Some(Status::Registered) => {
                c.registered = n;
                c.checked_in = r.try_get::<Option<i64>, _>("checked")?.unwrap_or(0);
                c.childcare = r.try_get::<Option<i64>, _>("childcare")?.unwrap_or(0);
                c.access = r.try_get::<Option<i64>, _>("access")?.unwrap_or(0);
            }
            Some(Status::Waiting) => c.waiting = n,
            Some(Status::Offered) => c.offered = n,
            _ => {}
        }
    }
    let rows = sqlx::query(
        "SELECT interpreter, COUNT(*) AS n FROM registrations WHERE announcement_id = $1 AND status = 'registered' \
         AND interpreter IS NOT NULL GROUP BY interpreter ORDER BY COUNT(*) DESC, interpreter",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    c.interpreters =
        rows.iter().map(|r| Ok((r.try_get("interpreter")?, r.try_get("n")?))).collect::<Result<_, StoreError>>()?;
    Ok(c)
}

/// One line of the attendee list: the user's pseudonym, never their Telegram id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub pseudonym: String,
    pub registration: Registration,
}

pub async fn attendees(tx: &mut Tx, id: i64) -> Result<Vec<Attendee>, StoreError> {
    let columns = COLUMNS.split(", ").map(|c| format!("r.{c}")).collect::<Vec<_>>().join(", ");
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT u.pseudonym AS pseudonym, {columns} FROM registrations r JOIN users u ON u.id = r.user_id \
         WHERE r.announcement_id = $1 AND r.status IN ('registered', 'waiting', 'offered') ORDER BY r.id"
    ));
    let rows = sqlx::query(sql).bind(id).fetch_all(&mut **tx).await?;
    rows.iter().map(|r| Ok(Attendee { pseudonym: r.try_get("pseudonym")?, registration: row(r)? })).collect()
}

/// A user's registrations (for /mydata): event, status, code, needs.
pub async fn of_user(tx: &mut Tx, user: i64) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = sqlx::query(
        "SELECT announcement_id, status, code, interpreter, childcare, access, checked_in_at, created_at \
         FROM registrations WHERE user_id = $1 ORDER BY id",
    )
    .bind(user)
    .fetch_all(&mut **tx)
    .await?;
    let names =
        ["announcement_id", "status", "code", "interpreter", "childcare", "access", "checked_in_at", "created_at"];
    super::json_rows(&rows, &names.map(|c| (c, c)))
}

/// Needs are kept until [`event::NEEDS_KEPT_AFTER`] after the event's start; then they go,
/// with the registrations (codes, who came) and the messages the event sent: only the counts
/// the organiser closed it with remain. The rows removed.
pub async fn forget_past(tx: &mut Tx, now: i64) -> Result<u64, StoreError> {
    let past = "(SELECT id FROM announcements WHERE starts_at < $1 AND id IN (SELECT announcement_id FROM events))";
    let sql = sqlx::AssertSqlSafe(format!("DELETE FROM event_messages WHERE announcement_id IN {past}"));
    let messages = sqlx::query(sql).bind(now - event::NEEDS_KEPT_AFTER).execute(&mut **tx).await?.rows_affected();
    let sql = sqlx::AssertSqlSafe(format!("DELETE FROM registrations WHERE announcement_id IN {past}"));
    let registrations = sqlx::query(sql).bind(now - event::NEEDS_KEPT_AFTER).execute(&mut **tx).await?.rows_affected();
    Ok(messages + registrations)
}
