//! A user's conversation state, saved after every step, with a version column so that a
//! concurrent second write is detected instead of silently lost.

use super::{StoreError, Tx};
use crate::services::conversation::UserState;
use sqlx::Row;

/// The stored state and the version it was read at.
pub async fn load(tx: &mut Tx, user_id: i64) -> Result<Option<(UserState, i64)>, StoreError> {
    let row = sqlx::query("SELECT state, version FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let text: String = row.try_get("state")?;
    let version: i64 = row.try_get("version")?;
    Ok(Some((parse(&text)?, version)))
}

/// Reads a stored state.
pub fn parse(text: &str) -> Result<UserState, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("session of a user: {e}")))
}

/// Writes the state if the stored version is still `expected` (`None`: no row yet).
/// Returns the new version, or [`StoreError::Conflict`].
pub async fn save(
    tx: &mut Tx,
    user_id: i64,
    state: &UserState,
    expected: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    let json = serde_json::to_string(state).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let s = state.session.as_ref();
    let flow = s.map(|s| s.flow.to_string());
    let hash = s.map(|s| s.hash.to_string());
    let step = s.map(|s| s.step.to_string());
    let nonce = s.map(|s| i64::from(s.nonce));
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
            .bind(&json)
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
            .bind(&json)
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
