//! A user's conversation state, saved after every step, with a version column so that a
//! concurrent second write is detected instead of silently lost.

use super::{StoreError, Tx};
use sqlx::Row;

/// Where a stored session stands, kept in columns beside the JSON state (for operators and
/// for queries that must not parse every state).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    pub flow: Option<String>,
    pub content_hash: Option<String>,
    pub step: Option<String>,
    pub nonce: Option<i64>,
}

/// The stored state (JSON text) and the version it was read at.
pub async fn load(tx: &mut Tx, user_id: i64) -> Result<Option<(String, i64)>, StoreError> {
    let row = sqlx::query("SELECT state, version FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let text: String = row.try_get("state")?;
    let version: i64 = row.try_get("version")?;
    Ok(Some((text, version)))
}

/// Writes the state if the stored version is still `expected` (`None`: no row yet).
/// Returns the new version, or [`StoreError::Conflict`].
pub async fn save(
    tx: &mut Tx,
    user_id: i64,
    json: &str,
    at: &Position,
    expected: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    let Position { flow, content_hash: hash, step, nonce } = at;
    let done = match expected {
        Some(version) => {
            sqlx::query(
                "UPDATE sessions SET flow = $1, content_hash = $2, step = $3, nonce = $4, state = $5, \
                 version = version + 1, updated_at = $6 WHERE user_id = $7 AND version = $8",
            )
            .bind(flow)
            .bind(hash)
            .bind(step)
            .bind(nonce)
            .bind(json)
            .bind(now)
            .bind(user_id)
            .bind(version)
            .execute(&mut **tx)
            .await?
        }
        None => {
            sqlx::query(
                "INSERT INTO sessions (user_id, flow, content_hash, step, nonce, state, version, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 1, $7) ON CONFLICT (user_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(flow)
            .bind(hash)
            .bind(step)
            .bind(nonce)
            .bind(json)
            .bind(now)
            .execute(&mut **tx)
            .await?
        }
    };
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict);
    }
    Ok(expected.map_or(1, |v| v + 1))
}
