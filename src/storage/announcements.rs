//! Announcements as stored: the structured content as JSON, the broadcast's state (running,
//! paused, aborted, done), its revision (raised by a fix or a cancel) and the coordinator's
//! progress message. The audience query lives here too: who may receive announcements at all.

use super::{StoreError, Tx};
use crate::domain::announcement::{Announcement, Recipient};
use crate::domain::{age, consent};
use sqlx::Row;

/// The state of a broadcast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Written in Telegram, waiting for the coordinator's confirm.
    Draft,
    Running,
    Paused,
    Aborted,
    Done,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Running => "running",
            State::Paused => "paused",
            State::Aborted => "aborted",
            State::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        [State::Draft, State::Running, State::Paused, State::Aborted, State::Done].into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub content: Announcement,
    pub author: String,
    pub author_chat: Option<i64>,
    pub state: State,
    pub paused_reason: Option<String>,
    pub canary_checked: bool,
    pub revision: i64,
    pub cancelled: bool,
    pub progress_message: Option<i64>,
    pub progress_at: i64,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

const COLUMNS: &str = "id, content, author, author_chat, state, paused_reason, canary_checked, revision, cancelled, \
    progress_message, progress_at, created_at, finished_at";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Stored, StoreError> {
    let json: String = r.try_get("content")?;
    let id: i64 = r.try_get("id")?;
    let content = serde_json::from_str(&json).map_err(|_| StoreError::Corrupt(format!("announcement {id}")))?;
    let state: String = r.try_get("state")?;
    Ok(Stored {
        id,
        content,
        author: r.try_get("author")?,
        author_chat: r.try_get("author_chat")?,
        state: State::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("announcement {id} state")))?,
        paused_reason: r.try_get("paused_reason")?,
        canary_checked: r.try_get::<i64, _>("canary_checked")? != 0,
        revision: r.try_get("revision")?,
        cancelled: r.try_get::<i64, _>("cancelled")? != 0,
        progress_message: r.try_get("progress_message")?,
        progress_at: r.try_get("progress_at")?,
        created_at: r.try_get("created_at")?,
        finished_at: r.try_get("finished_at")?,
    })
}

/// Stores an announcement in `state`; its id.
pub async fn insert(
    tx: &mut Tx,
    a: &Announcement,
    author: &str,
    author_chat: Option<i64>,
    state: State,
    now: i64,
) -> Result<i64, StoreError> {
    let json = serde_json::to_string(a).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let row = sqlx::query(
        "INSERT INTO announcements (kind, content, author, author_chat, state, starts_at, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(a.kind.code())
    .bind(json)
    .bind(author)
    .bind(author_chat)
    .bind(state.as_str())
    .bind(a.starts)
    .bind(a.expires)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM announcements WHERE id = $1"));
    let row = sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?;
    row.as_ref().map(from_row).transpose()
}

/// The newest announcements first (for `sifor broadcast list`).
pub async fn recent(tx: &mut Tx, limit: i64) -> Result<Vec<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM announcements ORDER BY id DESC LIMIT $1"));
    let rows = sqlx::query(sql).bind(limit).fetch_all(&mut **tx).await?;
    rows.iter().map(from_row).collect()
}

/// Replaces the content (a fixed text, a new time) and raises the revision, so every sent copy is edited.
pub async fn revise(tx: &mut Tx, id: i64, a: &Announcement, cancelled: bool) -> Result<i64, StoreError> {
    let json = serde_json::to_string(a).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let row = sqlx::query(
        "UPDATE announcements SET content = $1, cancelled = $2, starts_at = $3, expires_at = $4, revision = revision + 1 \
         WHERE id = $5 RETURNING revision",
    )
    .bind(json)
    .bind(i64::from(cancelled))
    .bind(a.starts)
    .bind(a.expires)
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("revision")?)
}

/// Raises the revision without changing the content (what the card says about seats changed):
/// every sent copy is edited.
pub async fn bump(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE announcements SET revision = revision + 1 WHERE id = $1").bind(id).execute(&mut **tx).await?;
    Ok(())
}

/// Moves a broadcast from one of `from` to `to`; `false` when it was in none of them.
pub async fn transition(
    tx: &mut Tx,
    id: i64,
    from: &[State],
    to: State,
    reason: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let list = from.iter().map(|s| format!("'{}'", s.as_str())).collect::<Vec<_>>().join(", ");
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE announcements SET state = $1, paused_reason = $2, \
         finished_at = CASE WHEN $1 IN ('aborted', 'done') THEN $3 ELSE finished_at END \
         WHERE id = $4 AND state IN ({list})"
    ));
    let done = sqlx::query(sql).bind(to.as_str()).bind(reason).bind(now).bind(id).execute(&mut **tx).await?;
    Ok(done.rows_affected() > 0)
}

pub async fn set_canary_checked(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE announcements SET canary_checked = 1 WHERE id = $1").bind(id).execute(&mut **tx).await?;
    Ok(())
}

pub async fn set_progress(tx: &mut Tx, id: i64, message: Option<i64>, at: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE announcements SET progress_message = COALESCE($1, progress_message), progress_at = $2 WHERE id = $3",
    )
    .bind(message)
    .bind(at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Running broadcasts, oldest first.
pub async fn running(tx: &mut Tx) -> Result<Vec<i64>, StoreError> {
    let rows =
        sqlx::query("SELECT id FROM announcements WHERE state = 'running' ORDER BY id").fetch_all(&mut **tx).await?;
    rows.iter().map(|r| Ok(r.try_get("id")?)).collect()
}

/// Announcements revised (fixed or cancelled) within `since` of `now`: id and revision.
pub async fn revised(tx: &mut Tx, now: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    // An event announced long before its start is corrected until its start, and a while after.
    let rows = sqlx::query(
        "SELECT id, revision FROM announcements WHERE revision > 0 AND (created_at > $1 OR starts_at > $1) ORDER BY id",
    )
    .bind(now - EDITABLE_SECS)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("revision")?))).collect()
}

/// How long after an announcement its copies are still corrected.
pub const EDITABLE_SECS: i64 = 30 * 86_400;

/// The state of every announcement created since `since`.
pub async fn states_since(tx: &mut Tx, since: i64) -> Result<Vec<(i64, State)>, StoreError> {
    let rows = sqlx::query("SELECT id, state FROM announcements WHERE created_at > $1 OR finished_at IS NULL")
        .bind(since)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .filter_map(|r| {
            let id: Result<i64, _> = r.try_get("id");
            let state: Result<String, _> = r.try_get("state");
            match (id, state) {
                (Ok(id), Ok(state)) => State::parse(&state).map(|s| Ok((id, s))),
                (Err(e), _) | (_, Err(e)) => Some(Err(e.into())),
            }
        })
        .collect()
}

/// The locale of the staff member with this pseudonym (for their progress message).
pub async fn author_locale(tx: &mut Tx, pseudonym: &str) -> Result<Option<String>, StoreError> {
    let row =
        sqlx::query("SELECT locale FROM users WHERE pseudonym = $1").bind(pseudonym).fetch_optional(&mut **tx).await?;
    Ok(row.map(|r| r.try_get::<Option<String>, _>("locale")).transpose()?.flatten())
}

/// What a staff member wrote (for /mydata): id, kind, state, when.
pub async fn by_author(tx: &mut Tx, pseudonym: &str) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = sqlx::query("SELECT id, kind, state, created_at FROM announcements WHERE author = $1 ORDER BY id")
        .bind(pseudonym)
        .fetch_all(&mut **tx)
        .await?;
    super::json_rows(&rows, &["id", "kind", "state", "created_at"].map(|c| (c, c)))
}

/// An erased author: their pseudonym and chat leave their announcements.
pub async fn forget(tx: &mut Tx, pseudonym: &str) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE announcements SET author = 'deleted', author_chat = NULL, progress_message = NULL WHERE author = $1",
    )
    .bind(pseudonym)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Everyone who may receive announcements at all, with what the audience rules read: the
/// announcements consent given, not muted, reachable, and not under 16. Staff are users too.
pub async fn candidates(tx: &mut Tx) -> Result<Vec<(i64, Recipient)>, StoreError> {
    let answer =
        |key: &str| format!("(SELECT a.value FROM answers a WHERE a.user_id = u.id AND a.key = '{key}') AS {key}");
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT u.id AS id, u.locale AS locale, u.came_from AS came_from, {}, {}, {}, {} \
         FROM users u JOIN consents c ON c.user_id = u.id AND c.purpose = '{}' AND c.granted = 1 \
         WHERE u.muted = 0 AND u.unreachable_since IS NULL ORDER BY u.id",
        answer("country"),
        answer("region"),
        answer("goals"),
        answer("age_band"),
        consent::PURPOSES[1],
    ));
    let rows = sqlx::query(sql).fetch_all(&mut **tx).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let age_band: Option<String> = r.try_get("age_band")?;
        if age_band.as_deref().is_none_or(age::is_minor) {
            // No age answered means no profile questions were answered either: left out.
            continue;
        }
        let goals: Option<String> = r.try_get("goals")?;
        out.push((
            r.try_get("id")?,
            Recipient {
                locale: r.try_get("locale")?,
                country: r.try_get("country")?,
                region: r.try_get("region")?,
                goals: goals.map(|g| g.split(',').map(str::to_string).collect()).unwrap_or_default(),
                came_from: r.try_get("came_from")?,
            },
        ));
    }
    Ok(out)
}

/// One user's audience data, whatever their consents (for "Why do I get this?").
pub async fn recipient(tx: &mut Tx, user_id: i64) -> Result<Recipient, StoreError> {
    let rows =
        sqlx::query("SELECT key, value FROM answers WHERE user_id = $1 AND key IN ('country', 'region', 'goals')")
            .bind(user_id)
            .fetch_all(&mut **tx)
            .await?;
    let user = sqlx::query("SELECT locale, came_from FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?;
    let mut r = Recipient::default();
    if let Some(u) = user {
        r.locale = u.try_get("locale")?;
        r.came_from = u.try_get("came_from")?;
    }
    for row in &rows {
        let (key, value): (String, String) = (row.try_get("key")?, row.try_get("value")?);
        match key.as_str() {
            "country" => r.country = Some(value),
            "region" => r.region = Some(value),
            _ => r.goals = value.split(',').map(str::to_string).collect(),
        }
    }
    Ok(r)
}
