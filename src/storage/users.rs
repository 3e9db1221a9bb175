//! Users: Telegram ids, chosen language, role, pseudonym, reachability.

use super::{StoreError, Tx};
use crate::domain::{Role, pseudonym};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub chat_id: i64,
    pub pseudonym: String,
    pub locale: Option<String>,
    pub role: Role,
    pub muted: bool,
    pub unreachable_since: Option<i64>,
    pub came_from: Option<String>,
    pub created_at: i64,
    pub last_seen: i64,
    /// The role whose command menu the chat has now.
    pub menu: Role,
}

const COLUMNS: &str =
    "id, chat_id, pseudonym, locale, role, muted, unreachable_since, came_from, created_at, last_seen, menu";

fn from_row(r: &sqlx::any::AnyRow) -> Result<User, sqlx::Error> {
    Ok(User {
        id: r.try_get("id")?,
        chat_id: r.try_get("chat_id")?,
        pseudonym: r.try_get("pseudonym")?,
        locale: r.try_get("locale")?,
        role: Role::parse(&r.try_get::<String, _>("role")?).unwrap_or_default(),
        muted: r.try_get::<i64, _>("muted")? != 0,
        unreachable_since: r.try_get("unreachable_since")?,
        came_from: r.try_get("came_from")?,
        created_at: r.try_get("created_at")?,
        last_seen: r.try_get("last_seen")?,
        menu: Role::parse(&r.try_get::<String, _>("menu")?).unwrap_or_default(),
    })
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<User>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM users WHERE id = $1"));
    let row = sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// Loads the user, creating them with a fresh pseudonym on first contact, and notes the time.
/// A user who writes again is reachable again.
pub async fn touch(tx: &mut Tx, id: i64, chat_id: i64, now: i64) -> Result<User, StoreError> {
    match get(tx, id).await? {
        Some(user) => seen(tx, user, chat_id, now).await,
        None => create(tx, id, chat_id, now).await,
    }
}

/// The user and their stored session (JSON state and version) in one query, for the hot path.
pub async fn get_with_session(tx: &mut Tx, id: i64) -> Result<Option<(User, Option<(String, i64)>)>, StoreError> {
    // On PostgreSQL the user's row is locked first, so one user's events run one after another
    // (SQLite's BEGIN IMMEDIATE already does that); the read below then starts after the lock and
    // sees the latest session. The session version stays as a safety net.
    if tx.backend_name() == "PostgreSQL" {
        sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE").bind(id).fetch_optional(&mut **tx).await?;
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {}, s.state AS state, s.version AS version FROM users u LEFT JOIN sessions s ON s.user_id = u.id WHERE u.id = $1",
        COLUMNS.split(", ").map(|c| format!("u.{c} AS {c}")).collect::<Vec<_>>().join(", ")
    ));
    let Some(row) = sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await? else { return Ok(None) };
    let user = from_row(&row)?;
    let state: Option<String> = row.try_get("state")?;
    let version: Option<i64> = row.try_get("version")?;
    Ok(Some((user, state.zip(version))))
}

/// Notes that a known user wrote again (to the minute; most steps then write nothing here).
pub async fn seen(tx: &mut Tx, mut user: User, chat_id: i64, now: i64) -> Result<User, StoreError> {
    if user.chat_id == chat_id && user.unreachable_since.is_none() && (0..60).contains(&(now - user.last_seen)) {
        return Ok(user);
    }
    sqlx::query("UPDATE users SET last_seen = $1, chat_id = $2, unreachable_since = NULL WHERE id = $3")
        .bind(now)
        .bind(chat_id)
        .bind(user.id)
        .execute(&mut **tx)
        .await?;
    user.last_seen = now;
    user.chat_id = chat_id;
    user.unreachable_since = None;
    Ok(user)
}

/// A new user with a fresh pseudonym.
pub async fn create(tx: &mut Tx, id: i64, chat_id: i64, now: i64) -> Result<User, StoreError> {
    for attempt in 0..8u64 {
        let pseudonym = pseudonym::generate(
            pseudonym::Kind::User,
            id as u64 ^ (now as u64).rotate_left(17) ^ attempt,
            if attempt < 4 { 4 } else { 6 },
        );
        let taken =
            sqlx::query("SELECT 1 FROM users WHERE pseudonym = $1").bind(&pseudonym).fetch_optional(&mut **tx).await?;
        if taken.is_some() {
            continue;
        }
        let inserted = sqlx::query(
            "INSERT INTO users (id, chat_id, pseudonym, role, muted, created_at, last_seen) VALUES ($1, $2, $3, 'refugee', 0, $4, $4) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(id)
        .bind(chat_id)
        .bind(&pseudonym)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        if inserted.rows_affected() == 0 {
            // The same new user's other event created them first.
            return Err(StoreError::Conflict);
        }
        return get(tx, id).await?.ok_or_else(|| StoreError::Corrupt("user vanished after insert".into()));
    }
    Err(StoreError::Corrupt("no free pseudonym found".into()))
}

pub async fn set_locale(tx: &mut Tx, id: i64, locale: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2").bind(locale).bind(id).execute(&mut **tx).await?;
    Ok(())
}

pub async fn set_muted(tx: &mut Tx, id: i64, muted: bool) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET muted = $1 WHERE id = $2").bind(i64::from(muted)).bind(id).execute(&mut **tx).await?;
    Ok(())
}

pub async fn set_came_from(tx: &mut Tx, id: i64, source: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET came_from = $1 WHERE id = $2").bind(source).bind(id).execute(&mut **tx).await?;
    Ok(())
}

/// Marks a user unreachable (blocked the bot) or reachable again.
pub async fn set_unreachable(tx: &mut Tx, id: i64, since: Option<i64>) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET unreachable_since = $1 WHERE id = $2")
        .bind(since)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Erases the user; every table refers to them with `ON DELETE CASCADE`.
pub async fn delete(tx: &mut Tx, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM users WHERE id = $1").bind(id).execute(&mut **tx).await?;
    Ok(done.rows_affected() > 0)
}

/// Notes which command menu the chat now has.
pub async fn set_menu(tx: &mut Tx, id: i64, menu: Role) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET menu = $1 WHERE id = $2").bind(menu.as_str()).bind(id).execute(&mut **tx).await?;
    Ok(())
}

/// The user with this pseudonym.
pub async fn by_pseudonym(tx: &mut Tx, pseudonym: &str) -> Result<Option<User>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM users WHERE pseudonym = $1"));
    let row = sqlx::query(sql).bind(pseudonym).fetch_optional(&mut **tx).await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}
