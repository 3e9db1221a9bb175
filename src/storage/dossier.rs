//! What the salon dossier may read for one region, and nothing more: unmet needs as (goals,
//! filter) pairs, ideas counted by topic × public status, the texts of ideas whose authors
//! agreed to public display (the same rule as the public feed in [`super::public`]), and the
//! region's success stories (the [`super::stories::SHOWN`] rule). No user ids, no pseudonyms of
//! people, no notes. Every value from outside is a bind parameter.

use super::stories::{SHOWN, Stored};
use super::{StoreError, Tx};
use sqlx::Row;

/// Not flagged as spam or offensive.
const NOT_FLAGGED: &str = "(flagged IS NULL OR flagged = '')";
/// The status the public reads: the published one, `withdrawn` once the author erased their data.
const PUBLIC_STATUS: &str = "CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE published_status END";

/// Finished profiles of `region` since `since` with fewer than `below` matches: (goals, the filter
/// that excluded most).
pub async fn unmet(
    tx: &mut Tx,
    region: &str,
    since: i64,
    below: i64,
) -> Result<Vec<(String, Option<String>)>, StoreError> {
    let rows =
        sqlx::query("SELECT goals, top_filter FROM match_results WHERE matches < $1 AND region = $2 AND at >= $3")
            .bind(below)
            .bind(region)
            .bind(since)
            .fetch_all(&mut **tx)
            .await?;
    rows.iter().map(|r| Ok((r.try_get("goals")?, r.try_get("top_filter")?))).collect()
}

/// Ideas of `region` since `since` with a published status (not flagged), per topic × public status.
pub async fn ideas(tx: &mut Tx, region: &str, since: i64) -> Result<Vec<(String, String, i64)>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT topic, {PUBLIC_STATUS} AS public_status, COUNT(*) AS n FROM ideas \
         WHERE published_status IS NOT NULL AND {NOT_FLAGGED} AND region = $1 AND created_at >= $2 \
         GROUP BY topic, {PUBLIC_STATUS} ORDER BY topic"
    ));
    let rows = sqlx::query(sql).bind(region).bind(since).fetch_all(&mut **tx).await?;
    rows.iter().map(|r| Ok((r.try_get("topic")?, r.try_get("public_status")?, r.try_get("n")?))).collect()
}

/// A published idea's texts, under its own pseudonym (never its author's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub pseudonym: String,
    pub topic: String,
    pub status: String,
    pub language: String,
    pub problem: String,
    pub idea: String,
}

/// Most idea texts in one dossier.
pub const TEXTS_MAX: i64 = 30;

/// The texts that may be shown: the author agreed to public display, the idea is neither
/// withdrawn nor flagged, and a partner published a status other than `first` (the one every
/// idea gets on arrival); of `region` since `since`, newest status first.
pub async fn shown_ideas(tx: &mut Tx, first: &str, region: &str, since: i64) -> Result<Vec<Shown>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT pseudonym, topic, published_status, locale, problem, idea FROM ideas \
         WHERE public_display = 1 AND withdrawn_at IS NULL AND {NOT_FLAGGED} AND published_status IS NOT NULL \
         AND published_status <> $1 AND region = $2 AND created_at >= $3 \
         ORDER BY COALESCE(published_at, created_at) DESC, id DESC LIMIT $4"
    ));
    let rows = sqlx::query(sql).bind(first).bind(region).bind(since).bind(TEXTS_MAX).fetch_all(&mut **tx).await?;
    rows.iter()
        .map(|r| {
            Ok(Shown {
                pseudonym: r.try_get::<Option<String>, _>("pseudonym")?.unwrap_or_default(),
                topic: r.try_get("topic")?,
                status: r.try_get("published_status")?,
                language: r.try_get("locale")?,
                problem: r.try_get("problem")?,
                idea: r.try_get("idea")?,
            })
        })
        .collect()
}

/// Most stories in one dossier.
pub const STORIES_MAX: i64 = 20;

/// The stories of `region` that may be shown, published since `since`, newest first.
pub async fn stories(tx: &mut Tx, region: &str, since: i64) -> Result<Vec<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT id FROM stories WHERE {SHOWN} AND region = $1 AND COALESCE(published_at, created_at) >= $2 \
         ORDER BY published_at DESC, id DESC LIMIT $3"
    ));
    let ids: Vec<i64> = sqlx::query(sql)
        .bind(region)
        .bind(since)
        .bind(STORIES_MAX)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.extend(super::stories::get(tx, id).await?);
    }
    Ok(out)
}
