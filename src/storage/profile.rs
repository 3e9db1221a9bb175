//! The profile (answers kept for matching) and consent per purpose.

use super::{StoreError, Tx};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Consent {
    pub purpose: String,
    pub granted: bool,
    pub policy_version: String,
    pub locale: String,
    pub decided_at: i64,
}

pub async fn set_consent(
    tx: &mut Tx,
    user_id: i64,
    purpose: &str,
    granted: bool,
    policy_version: &str,
    locale: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO consents (user_id, purpose, granted, policy_version, locale, decided_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (user_id, purpose) DO UPDATE SET granted = excluded.granted, policy_version = excluded.policy_version, \
         locale = excluded.locale, decided_at = excluded.decided_at",
    )
    .bind(user_id)
    .bind(purpose)
    .bind(i64::from(granted))
    .bind(policy_version)
    .bind(locale)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn consents(tx: &mut Tx, user_id: i64) -> Result<Vec<Consent>, StoreError> {
    let rows = sqlx::query(
        "SELECT purpose, granted, policy_version, locale, decided_at FROM consents WHERE user_id = $1 ORDER BY purpose",
    )
    .bind(user_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Consent {
                purpose: r.try_get("purpose")?,
                granted: r.try_get::<i64, _>("granted")? != 0,
                policy_version: r.try_get("policy_version")?,
                locale: r.try_get("locale")?,
                decided_at: r.try_get("decided_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

pub async fn has_consent(tx: &mut Tx, user_id: i64, purpose: &str) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT granted FROM consents WHERE user_id = $1 AND purpose = $2")
        .bind(user_id)
        .bind(purpose)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get::<i64, _>("granted")).transpose()?.unwrap_or(0) != 0)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileAnswer {
    pub key: String,
    pub value: String,
    pub flow: String,
    pub updated_at: i64,
}

pub async fn upsert_answer(
    tx: &mut Tx,
    user_id: i64,
    key: &str,
    value: &str,
    flow: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO answers (user_id, key, value, flow, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, flow = excluded.flow, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(key)
    .bind(value)
    .bind(flow)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn delete_answer(tx: &mut Tx, user_id: i64, key: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM answers WHERE user_id = $1 AND key = $2")
        .bind(user_id)
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn delete_answers(tx: &mut Tx, user_id: i64) -> Result<u64, StoreError> {
    Ok(sqlx::query("DELETE FROM answers WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?.rows_affected())
}

pub async fn answers(tx: &mut Tx, user_id: i64) -> Result<Vec<ProfileAnswer>, StoreError> {
    let rows = sqlx::query("SELECT key, value, flow, updated_at FROM answers WHERE user_id = $1 ORDER BY key")
        .bind(user_id)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(ProfileAnswer {
                key: r.try_get("key")?,
                value: r.try_get("value")?,
                flow: r.try_get("flow")?,
                updated_at: r.try_get("updated_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}
