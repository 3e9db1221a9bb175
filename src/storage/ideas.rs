//! Ideas for new measures, as their authors wrote them.

use super::{StoreError, Tx};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Idea {
    pub id: i64,
    pub topic: String,
    pub problem: String,
    pub idea: String,
    pub beneficiaries: String,
    pub may_contact: bool,
    pub locale: String,
    pub status: String,
    pub created_at: i64,
}

pub struct NewIdea<'a> {
    pub topic: &'a str,
    pub problem: &'a str,
    pub idea: &'a str,
    pub beneficiaries: &'a str,
    pub may_contact: bool,
    pub locale: &'a str,
}

pub async fn insert(tx: &mut Tx, user_id: i64, idea: &NewIdea<'_>, now: i64) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO ideas (user_id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8) RETURNING id",
    )
    .bind(user_id)
    .bind(idea.topic)
    .bind(idea.problem)
    .bind(idea.idea)
    .bind(idea.beneficiaries)
    .bind(i64::from(idea.may_contact))
    .bind(idea.locale)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn by_user(tx: &mut Tx, user_id: i64) -> Result<Vec<Idea>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at FROM ideas \
         WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Idea {
                id: r.try_get("id")?,
                topic: r.try_get("topic")?,
                problem: r.try_get("problem")?,
                idea: r.try_get("idea")?,
                beneficiaries: r.try_get("beneficiaries")?,
                may_contact: r.try_get::<i64, _>("may_contact")? != 0,
                locale: r.try_get("locale")?,
                status: r.try_get("status")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}
