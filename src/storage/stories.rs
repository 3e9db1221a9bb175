//! Success stories as stored: the structured content as JSON, who tells it, the credit, and
//! where the consent of the person it is about stands. [`SHOWN`] is the one rule of what may be
//! shown anywhere: published, a credit other than `none`, and the author's consent given (or
//! not needed: a story not made from an idea, whose credit the organisation recorded).

use super::{StoreError, Tx};
use crate::domain::story::{Credit, Story};
use sqlx::Row;

/// The condition every public use of stories applies.
pub const SHOWN: &str = "state = 'published' AND credit <> 'none' AND consent IN ('not_needed', 'approved')";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub story: Story,
    pub author: String,
    pub idea: Option<i64>,
    pub consent: String,
    pub state: String,
    pub created_at: i64,
    pub published_at: Option<i64>,
    pub updated_at: i64,
}

const COLUMNS: &str =
    "id, content, author, idea_id, credit, first_name, consent, state, created_at, published_at, updated_at";

fn row(r: &sqlx::any::AnyRow) -> Result<Stored, StoreError> {
    let id: i64 = r.try_get("id")?;
    let json: String = r.try_get("content")?;
    let mut story: Story = serde_json::from_str(&json).map_err(|_| StoreError::Corrupt(format!("story {id}")))?;
    // The credit and the name live in their own columns (the person's answer changes them).
    let credit: String = r.try_get("credit")?;
    story.credit = Credit::parse(&credit).ok_or_else(|| StoreError::Corrupt(format!("story {id} credit")))?;
    story.first_name = r.try_get("first_name")?;
    Ok(Stored {
        id,
        story,
        author: r.try_get("author")?,
        idea: r.try_get("idea_id")?,
        consent: r.try_get("consent")?,
        state: r.try_get("state")?,
        created_at: r.try_get("created_at")?,
        published_at: r.try_get("published_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// Stores a story. `from_idea`: made from that idea, so it waits for its author (`asked`);
/// otherwise the organisation recorded the credit and it is published at once when `publish`.
pub async fn insert(
    tx: &mut Tx,
    s: &Story,
    author: &str,
    from_idea: Option<i64>,
    publish: bool,
    now: i64,
) -> Result<i64, StoreError> {
    let json = serde_json::to_string(s).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let consent = if from_idea.is_some() { "asked" } else { "not_needed" };
    let state = if publish { "published" } else { "draft" };
    let r = sqlx::query(
        "INSERT INTO stories (kind, country, region, sector, content, organisation, author, idea_id, credit, first_name, \
         consent, state, created_at, published_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13) RETURNING id",
    )
    .bind(s.kind.code())
    .bind(s.country.as_deref())
    .bind(s.region.as_deref())
    .bind(s.sector.as_deref())
    .bind(json)
    .bind(&s.organisation)
    .bind(author)
    .bind(from_idea)
    .bind(s.credit.code())
    .bind(s.first_name.as_deref())
    .bind(consent)
    .bind(state)
    .bind(now)
    .bind(publish.then_some(now))
    .fetch_one(&mut **tx)
    .await?;
    Ok(r.try_get("id")?)
}

/// A story, unless it was withdrawn (then nothing of it is left to read).
pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM stories WHERE id = $1 AND state <> 'withdrawn'"));
    sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?.as_ref().map(row).transpose()
}

/// The person a story is about answered: approved with a credit (and a first name), or declined.
pub async fn answer(
    tx: &mut Tx,
    id: i64,
    approved: bool,
    credit: Credit,
    first_name: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE stories SET consent = $1, credit = $2, first_name = $3, updated_at = $4 WHERE id = $5 AND consent = 'asked'",
    )
    .bind(if approved { "approved" } else { "declined" })
    .bind(if approved { credit.code() } else { Credit::None.code() })
    .bind(if approved && credit == Credit::FirstName { first_name } else { None })
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn set_state(tx: &mut Tx, id: i64, state: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE stories SET state = $1, updated_at = $2, \
         published_at = CASE WHEN $1 = 'published' THEN COALESCE(published_at, $2) ELSE published_at END WHERE id = $3",
    )
    .bind(state)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stories that may be shown, those of `region` and `goals` first, then the newest; `limit`
/// from `offset`.
pub async fn shown(
    tx: &mut Tx,
    region: Option<&str>,
    goals: &[String],
    offset: i64,
    limit: i64,
) -> Result<Vec<Stored>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM stories WHERE {SHOWN} ORDER BY published_at DESC, id DESC"));
    let mut all: Vec<Stored> =
        sqlx::query(sql).fetch_all(&mut **tx).await?.iter().map(row).collect::<Result<_, _>>()?;
    // Few stories exist (tens, not thousands): they are ranked here rather than in SQL.
    let score = |s: &Stored| {
        let here = region.is_some() && s.story.region.as_deref() == region;
        let goal = s.story.goals.iter().any(|g| goals.contains(g));
        -(i32::from(here) * 2 + i32::from(goal))
    };
    all.sort_by_key(score);
    Ok(all.into_iter().skip(usize::try_from(offset).unwrap_or(0)).take(usize::try_from(limit).unwrap_or(0)).collect())
}

/// Stories of the same kind or sector as `like`, other than it (for "More like this").
pub async fn like(tx: &mut Tx, like: &Stored, limit: i64) -> Result<Vec<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM stories WHERE {SHOWN} AND id <> $1 AND (kind = $2 OR sector = $3) \
         ORDER BY published_at DESC, id DESC LIMIT $4"
    ));
    let rows = sqlx::query(sql)
        .bind(like.id)
        .bind(like.story.kind.code())
        .bind(like.story.sector.as_deref().unwrap_or(""))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter().map(row).collect()
}

/// Every story that may be shown, newest first (the public feed), a page of it.
pub async fn public_page(tx: &mut Tx, offset: i64, limit: i64) -> Result<Vec<Stored>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM stories WHERE {SHOWN} ORDER BY published_at DESC, id DESC LIMIT $1 OFFSET $2"
    ));
    let rows = sqlx::query(sql).bind(limit).bind(offset).fetch_all(&mut **tx).await?;
    rows.iter().map(row).collect()
}

/// When the shown stories last changed (for `Last-Modified`), and how many there are.
pub async fn public_version(tx: &mut Tx) -> Result<(i64, i64), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT COALESCE(MAX(updated_at), 0) AS at, COUNT(*) AS n FROM stories WHERE {SHOWN}"
    ));
    let r = sqlx::query(sql).fetch_one(&mut **tx).await?;
    Ok((r.try_get("at")?, r.try_get("n")?))
}

/// The author of an idea a story was made from erased their data or withdrew the ideas consent:
/// the story goes, its text with it (only an empty row stays for the order of ids).
pub async fn forget_author(tx: &mut Tx, user: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE stories SET state = 'withdrawn', credit = 'none', first_name = NULL, content = '{}', consent = 'declined', \
         idea_id = NULL, updated_at = $1 WHERE idea_id IN (SELECT id FROM ideas WHERE user_id = $2)",
    )
    .bind(now)
    .bind(user)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes a published story down for good (`sifor stories withdraw`: the person it is about
/// asked, or it should never have been told); its text goes. `false` when there was none.
pub async fn withdraw(tx: &mut Tx, id: i64, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE stories SET state = 'withdrawn', credit = 'none', first_name = NULL, content = '{}', updated_at = $1 \
         WHERE id = $2 AND state <> 'withdrawn'",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Whether the author of `idea` declined a story about it before (then nobody asks again).
pub async fn declined_for(tx: &mut Tx, idea: i64) -> Result<bool, StoreError> {
    let r = sqlx::query("SELECT 1 AS x FROM stories WHERE idea_id = $1 AND consent = 'declined' LIMIT 1")
        .bind(idea)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(r.is_some())
}

/// The stories made from a user's ideas (for /mydata): id, idea, their answer, the credit and
/// the first name they gave, the state.
pub async fn of_author(tx: &mut Tx, user: i64) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.id AS id, i.pseudonym AS idea, s.consent AS consent, s.credit AS credit, s.first_name AS first_name, \
         s.state AS state FROM stories s JOIN ideas i ON i.id = s.idea_id WHERE i.user_id = $1 ORDER BY s.id",
    )
    .bind(user)
    .fetch_all(&mut **tx)
    .await?;
    let names = ["id", "idea", "consent", "credit", "first_name", "state"];
    super::json_rows(&rows, &names.map(|c| (c, c)))
}
