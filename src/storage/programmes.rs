//! The catalogue in the database, feedback counts, and match results for the unmet-needs report.

use super::{Store, StoreError, Tx};
use crate::domain::Programme;
use sqlx::Row;

/// Inserts or updates a programme by id. Returns whether it was new.
pub async fn upsert(tx: &mut Tx, p: &Programme, now: i64) -> Result<bool, StoreError> {
    let exists =
        sqlx::query("SELECT 1 FROM programmes WHERE id = $1").bind(&p.id).fetch_optional(&mut **tx).await?.is_some();
    let json = serde_json::to_string(p).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO programmes (id, country, sample, data, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (id) DO UPDATE SET country = excluded.country, sample = excluded.sample, data = excluded.data, \
         updated_at = excluded.updated_at",
    )
    .bind(&p.id)
    .bind(&p.country)
    .bind(i64::from(p.sample))
    .bind(&json)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(!exists)
}

pub async fn ids(tx: &mut Tx) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT id FROM programmes").fetch_all(&mut **tx).await?;
    rows.iter().map(|r| r.try_get("id").map_err(Into::into)).collect()
}

/// Every programme, by id.
///
/// A row that no longer reads as a programme (edited by hand, or written by another version) is
/// left out with a warning: one bad row must not take the whole catalogue, and with it every
/// user's matches, away.
pub async fn all(store: &Store) -> Result<Vec<Programme>, StoreError> {
    let rows = sqlx::query("SELECT data FROM programmes ORDER BY id").fetch_all(store.pool()).await?;
    let mut out = Vec::with_capacity(rows.len());
    let mut unreadable = 0;
    for r in &rows {
        let text: String = r.try_get("data")?;
        match serde_json::from_str::<Programme>(&text) {
            Ok(mut p) => {
                p.prepare();
                out.push(p);
            }
            Err(_) => unreadable += 1,
        }
    }
    if unreadable > 0 {
        tracing::warn!(unreadable, "stored programmes that do not read were left out; re-import the catalogue");
    }
    Ok(out)
}

/// A cheap fingerprint of the catalogue: count and newest change.
pub async fn version(store: &Store) -> Result<(i64, i64), StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n, COALESCE(MAX(updated_at), 0) AS latest FROM programmes")
        .fetch_one(store.pool())
        .await?;
    Ok((row.try_get("n")?, row.try_get("latest")?))
}

/// Counts one press of "saved" or "not relevant".
pub async fn feedback(tx: &mut Tx, programme: &str, kind: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO programme_feedback (programme_id, kind, count) VALUES ($1, $2, 1) \
         ON CONFLICT (programme_id, kind) DO UPDATE SET count = programme_feedback.count + 1",
    )
    .bind(programme)
    .bind(kind)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn feedback_counts(store: &Store) -> Result<Vec<(String, String, i64)>, StoreError> {
    let rows = sqlx::query("SELECT programme_id, kind, count FROM programme_feedback ORDER BY programme_id, kind")
        .fetch_all(store.pool())
        .await?;
    rows.iter().map(|r| Ok((r.try_get("programme_id")?, r.try_get("kind")?, r.try_get("count")?))).collect()
}

/// A user's latest match result.
pub struct MatchResult<'a> {
    pub country: &'a str,
    pub region: &'a str,
    pub goals: &'a str,
    pub matches: i64,
    pub top_filter: Option<&'a str>,
}

pub async fn record_match(tx: &mut Tx, user: i64, r: &MatchResult<'_>, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO match_results (user_id, country, region, goals, matches, top_filter, at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (user_id) DO UPDATE SET country = excluded.country, region = excluded.region, goals = excluded.goals, \
         matches = excluded.matches, top_filter = excluded.top_filter, at = excluded.at",
    )
    .bind(user)
    .bind(r.country)
    .bind(r.region)
    .bind(r.goals)
    .bind(r.matches)
    .bind(r.top_filter)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Match results with fewer than `below` matches: (region, goals, top filter).
pub async fn unmet(store: &Store, below: i64) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
    let rows = sqlx::query("SELECT region, goals, top_filter FROM match_results WHERE matches < $1")
        .bind(below)
        .fetch_all(store.pool())
        .await?;
    rows.iter().map(|r| Ok((r.try_get("region")?, r.try_get("goals")?, r.try_get("top_filter")?))).collect()
}

pub async fn delete_match_result(tx: &mut Tx, user: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM match_results WHERE user_id = $1").bind(user).execute(&mut **tx).await?;
    Ok(())
}

/// A user's latest match result, for their export.
pub async fn match_result(tx: &mut Tx, user: i64) -> Result<Option<serde_json::Value>, StoreError> {
    let row =
        sqlx::query("SELECT country, region, goals, matches, top_filter, at FROM match_results WHERE user_id = $1")
            .bind(user)
            .fetch_optional(&mut **tx)
            .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(serde_json::json!({
        "country": r.try_get::<String, _>("country")?,
        "region": r.try_get::<String, _>("region")?,
        "goals": r.try_get::<String, _>("goals")?,
        "matches": r.try_get::<i64, _>("matches")?,
        "filtered_most_by": r.try_get::<Option<String>, _>("top_filter")?,
        "at": r.try_get::<i64, _>("at")?,
    })))
}
