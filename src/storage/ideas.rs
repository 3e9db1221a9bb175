//! Ideas for new measures, as their authors wrote them, with where they lie (the author's place
//! when they allowed a profile), a pseudonym of their own, and what partners made of them.

use super::{StoreError, Tx};
use crate::domain::pseudonym;
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
    /// `I-XXXX`: never the author's pseudonym, so one person's ideas cannot be linked.
    pub pseudonym: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    /// The organisation that claimed it (answers it), and when.
    pub claimed_org: Option<String>,
    pub claimed_at: Option<i64>,
    /// The reason given with the status (a code of the statuses file).
    pub reason: Option<String>,
    /// The status (and reason) the author was last told, and when.
    pub published_status: Option<String>,
    pub published_reason: Option<String>,
    pub published_at: Option<i64>,
    /// The salon it was discussed at (event id), its start and region.
    pub discussed_event: Option<i64>,
    pub discussed_at: Option<i64>,
    pub discussed_region: Option<String>,
    /// The author erased their data (the texts are gone).
    pub withdrawn_at: Option<i64>,
    /// The author asked for no more replies on it.
    pub replies_muted: bool,
    /// Hidden as spam or offensive.
    pub flagged: Option<String>,
}

pub struct NewIdea<'a> {
    pub topic: &'a str,
    pub problem: &'a str,
    pub idea: &'a str,
    pub beneficiaries: &'a str,
    pub may_contact: bool,
    /// The author agreed that the texts may be shown publicly (off unless they said yes).
    pub public_display: bool,
    pub locale: &'a str,
    pub country: Option<&'a str>,
    pub region: Option<&'a str>,
    /// The first status (the statuses file's), which the author is told at once.
    pub status: &'a str,
}

/// Stores an idea with a fresh idea pseudonym; its id.
pub async fn insert(tx: &mut Tx, user_id: i64, idea: &NewIdea<'_>, now: i64) -> Result<i64, StoreError> {
    let code = free_pseudonym(tx, user_id as u64 ^ now as u64).await?;
    let row = sqlx::query(
        "INSERT INTO ideas (user_id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at, \
         pseudonym, country, region, status_at, published_status, published_at, notified_status, public_display) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $9, $8, $9, $8, $13) RETURNING id",
    )
    .bind(user_id)
    .bind(idea.topic)
    .bind(idea.problem)
    .bind(idea.idea)
    .bind(idea.beneficiaries)
    .bind(i64::from(idea.may_contact))
    .bind(idea.locale)
    .bind(idea.status)
    .bind(now)
    .bind(code)
    .bind(idea.country)
    .bind(idea.region)
    .bind(i64::from(idea.public_display))
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// An idea pseudonym no idea has yet.
async fn free_pseudonym(tx: &mut Tx, salt: u64) -> Result<String, StoreError> {
    for attempt in 0..8u64 {
        let code =
            pseudonym::generate(pseudonym::Kind::Idea, salt ^ attempt.rotate_left(29), if attempt < 4 { 4 } else { 6 });
        let taken =
            sqlx::query("SELECT 1 FROM ideas WHERE pseudonym = $1").bind(&code).fetch_optional(&mut **tx).await?;
        if taken.is_none() {
            return Ok(code);
        }
    }
    Err(StoreError::Corrupt("no free idea pseudonym found".into()))
}

/// Gives the ideas stored before ideas had pseudonyms one each.
pub async fn name_unnamed(tx: &mut Tx) -> Result<(), StoreError> {
    let rows = sqlx::query("SELECT id FROM ideas WHERE pseudonym IS NULL").fetch_all(&mut **tx).await?;
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let code = free_pseudonym(tx, id as u64).await?;
        sqlx::query("UPDATE ideas SET pseudonym = $1 WHERE id = $2 AND pseudonym IS NULL")
            .bind(code)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

const COLUMNS: &str = "id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at, pseudonym, \
    country, region, claimed_org, claimed_at, reason, published_status, published_reason, published_at, \
    discussed_event, discussed_at, discussed_region, withdrawn_at, replies_muted, flagged";

pub(crate) fn from_row(r: &sqlx::any::AnyRow) -> Result<Idea, sqlx::Error> {
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
        pseudonym: r.try_get("pseudonym")?,
        country: r.try_get("country")?,
        region: r.try_get("region")?,
        claimed_org: r.try_get("claimed_org")?,
        claimed_at: r.try_get("claimed_at")?,
        reason: r.try_get("reason")?,
        published_status: r.try_get("published_status")?,
        published_reason: r.try_get("published_reason")?,
        published_at: r.try_get("published_at")?,
        discussed_event: r.try_get("discussed_event")?,
        discussed_at: r.try_get("discussed_at")?,
        discussed_region: r.try_get("discussed_region")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
        replies_muted: r.try_get::<i64, _>("replies_muted")? != 0,
        flagged: r.try_get("flagged")?,
    })
}

pub async fn by_user(tx: &mut Tx, user_id: i64) -> Result<Vec<Idea>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM ideas WHERE user_id = $1 ORDER BY id"));
    let rows = sqlx::query(sql).bind(user_id).fetch_all(&mut **tx).await?;
    rows.iter().map(from_row).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
}

/// One idea with its author's id (none once the author erased their data).
pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<(Idea, Option<i64>)>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS}, user_id FROM ideas WHERE id = $1"));
    let row = sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?;
    row.map(|r| Ok((from_row(&r)?, r.try_get("user_id")?))).transpose().map_err(|e: sqlx::Error| e.into())
}

/// Claims an idea for an organisation; `false` when someone claimed it first.
pub async fn claim(tx: &mut Tx, id: i64, by: &str, organisation: &str, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE ideas SET claimed_by = $1, claimed_org = $2, claimed_at = $3 WHERE id = $4 AND claimed_by IS NULL",
    )
    .bind(by)
    .bind(organisation)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Sets the status (not yet told to the author).
pub async fn set_status(tx: &mut Tx, id: i64, status: &str, reason: Option<&str>, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE ideas SET status = $1, reason = $2, status_at = $3 WHERE id = $4")
        .bind(status)
        .bind(reason)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Marks the current status and reason as told to the author; `false` when they already were.
pub async fn publish(tx: &mut Tx, id: i64, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE ideas SET published_status = status, published_reason = reason, published_at = $1, \
         notified_status = NULL, notify_claimed_at = NULL \
         WHERE id = $2 AND (published_status IS NULL OR published_status <> status \
           OR COALESCE(published_reason, '') <> COALESCE(reason, ''))",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The idea was discussed at the salon `event` (starting `at`, in `region`): its status becomes
/// `status` and is published, so the author is told; `false` when it was marked for this salon
/// before.
pub async fn discussed(
    tx: &mut Tx,
    id: i64,
    event: i64,
    at: i64,
    region: Option<&str>,
    status: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE ideas SET discussed_event = $1, discussed_at = $2, discussed_region = $3, status = $4, reason = NULL, \
         status_at = $5 WHERE id = $6 AND (discussed_event IS NULL OR discussed_event <> $1)",
    )
    .bind(event)
    .bind(at)
    .bind(region)
    .bind(status)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    // Told even when the status was already "discussed" (at an earlier salon).
    sqlx::query(
        "UPDATE ideas SET published_status = status, published_reason = NULL, published_at = $1, \
         notified_status = NULL, notify_claimed_at = NULL WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// A staff member who is erased leaves no pseudonym on the ideas they claimed, flagged, noted
/// or answered, nor on the stories they told.
pub async fn forget_claimer(tx: &mut Tx, pseudonym: &str) -> Result<(), StoreError> {
    for sql in [
        "UPDATE ideas SET claimed_by = 'deleted' WHERE claimed_by = $1",
        "UPDATE ideas SET flagged_by = 'deleted' WHERE flagged_by = $1",
        "UPDATE idea_notes SET author = 'deleted' WHERE author = $1",
        "UPDATE idea_messages SET sender = 'deleted' WHERE sender = $1",
        "UPDATE idea_messages SET recipient = 'deleted' WHERE recipient = $1",
        "UPDATE stories SET author = 'deleted' WHERE author = $1",
    ] {
        sqlx::query(sql).bind(pseudonym).execute(&mut **tx).await?;
    }
    Ok(())
}

/// An author to tell of a published status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub idea: Idea,
    pub chat_id: i64,
    pub locale: Option<String>,
}

/// Claims up to `limit` ideas whose published status the author has not been sent yet (or whose
/// sending was claimed longer than `lease` ago and never recorded).
pub async fn claim_notices(tx: &mut Tx, now: i64, lease: i64, limit: i64) -> Result<Vec<Due>, StoreError> {
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE ideas SET notify_claimed_at = $1 WHERE id IN (SELECT id FROM ideas \
           WHERE published_status IS NOT NULL AND (notified_status IS NULL OR notified_status <> published_status) \
             AND (notify_claimed_at IS NULL OR notify_claimed_at < $2) ORDER BY published_at, id LIMIT $3{lock}) \
         RETURNING id"
    ));
    let rows = sqlx::query(sql).bind(now).bind(now - lease).bind(limit).fetch_all(&mut **tx).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {}, u.chat_id AS chat_id, u.locale AS author_locale FROM ideas i JOIN users u ON u.id = i.user_id \
             WHERE i.id = $1",
            COLUMNS.split(", ").map(|c| format!("i.{c} AS {c}")).collect::<Vec<_>>().join(", ")
        ));
        if let Some(row) = sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await? {
            out.push(Due {
                idea: from_row(&row)?,
                chat_id: row.try_get("chat_id")?,
                locale: row.try_get("author_locale")?,
            });
        }
    }
    Ok(out)
}

/// Notes that the author was sent (or cannot be sent) the message about `status`, claimed at
/// `claimed`; a publish since then (which clears the claim) stays due.
pub async fn notified(tx: &mut Tx, id: i64, status: &str, claimed: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE ideas SET notified_status = $1, notify_claimed_at = NULL WHERE id = $2 AND notify_claimed_at = $3",
    )
    .bind(status)
    .bind(id)
    .bind(claimed)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The author's place leaves their ideas with their profile (consent withdrawn, idle profile).
pub async fn forget_places(tx: &mut Tx, user_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE ideas SET country = NULL, region = NULL WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Which ideas a reviewer sees, for the queries of the review queue.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    /// Region or country codes an idea's place must match (`None`: every place, admins).
    pub places: Option<&'a [String]>,
    /// Topics (empty: every topic).
    pub topics: &'a [String],
    /// Statuses that close an idea once its author was told them.
    pub closed: &'a [String],
    /// Whether ideas without any place are seen too (coordinators).
    pub placeless: bool,
}

impl Filter<'_> {
    /// The WHERE conditions with numbered placeholders from `$first`, and the values to bind.
    pub(crate) fn sql(&self, first: usize) -> (String, Vec<String>) {
        // Flagged ideas (spam, offensive) are hidden from every queue.
        let mut conditions = vec!["flagged IS NULL".to_string()];
        let mut values: Vec<String> = Vec::new();
        let list = |items: &[String], values: &mut Vec<String>| {
            let start = first + values.len();
            values.extend(items.iter().cloned());
            (start..start + items.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
        };
        if let Some(places) = self.places {
            let mut any = Vec::new();
            if !places.is_empty() {
                let regions = list(places, &mut values);
                let countries = list(places, &mut values);
                any.push(format!("region IN ({regions}) OR country IN ({countries})"));
            }
            if self.placeless {
                any.push("(region IS NULL AND country IS NULL)".into());
            }
            conditions.push(if any.is_empty() { "1 = 0".into() } else { format!("({})", any.join(" OR ")) });
        }
        if !self.topics.is_empty() {
            conditions.push(format!("topic IN ({})", list(self.topics, &mut values)));
        }
        (conditions.join(" AND "), values)
    }

    /// The condition "still open" (not closed and told).
    fn open_sql(&self, first: usize) -> (String, Vec<String>) {
        if self.closed.is_empty() {
            return ("1 = 1".into(), Vec::new());
        }
        let list = (first..first + self.closed.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "NOT (status IN ({list}) AND published_status = status AND COALESCE(published_reason, '') = COALESCE(reason, ''))"
        );
        (sql, self.closed.to_vec())
    }
}

/// Ideas a reviewer sees, counted per status, and how many of them are open.
pub async fn queue_counts(tx: &mut Tx, f: &Filter<'_>) -> Result<(Vec<(String, i64)>, i64), StoreError> {
    let (seen, values) = f.sql(1);
    let sql = sqlx::AssertSqlSafe(format!("SELECT status, COUNT(*) AS n FROM ideas WHERE {seen} GROUP BY status"));
    let mut q = sqlx::query(sql);
    for v in &values {
        q = q.bind(v.as_str());
    }
    let rows = q.fetch_all(&mut **tx).await?;
    let counts =
        rows.iter().map(|r| Ok((r.try_get("status")?, r.try_get("n")?))).collect::<Result<Vec<_>, sqlx::Error>>()?;
    let (open, more) = f.open_sql(1 + values.len());
    let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM ideas WHERE {seen} AND {open}"));
    let mut q = sqlx::query(sql);
    for v in values.iter().chain(&more) {
        q = q.bind(v.as_str());
    }
    let open: i64 = q.fetch_one(&mut **tx).await?.try_get("n")?;
    Ok((counts, open))
}

/// The oldest open idea a reviewer sees after `(created_at, id)` (from the start when `None`).
pub async fn next_open(tx: &mut Tx, f: &Filter<'_>, after: Option<(i64, i64)>) -> Result<Option<Idea>, StoreError> {
    let (seen, values) = f.sql(3);
    let (open, more) = f.open_sql(3 + values.len());
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM ideas WHERE {seen} AND {open} AND (created_at > $1 OR (created_at = $1 AND id > $2)) \
         ORDER BY created_at, id LIMIT 1"
    ));
    let (at, id) = after.unwrap_or((i64::MIN, i64::MIN));
    let mut q = sqlx::query(sql).bind(at).bind(id);
    for v in values.iter().chain(&more) {
        q = q.bind(v.as_str());
    }
    let row = q.fetch_optional(&mut **tx).await?;
    row.as_ref().map(from_row).transpose().map_err(Into::into)
}

/// Ideas the filter sees whose status (or reason) was set but not yet told to the author, of
/// `organisation`'s claim when given (a partner decides only on their own claims), oldest first.
pub async fn unpublished(tx: &mut Tx, f: &Filter<'_>, organisation: Option<&str>) -> Result<Vec<Idea>, StoreError> {
    let (seen, values) = f.sql(2);
    let org = if organisation.is_some() { "claimed_org = $1" } else { "$1 = ''" };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM ideas WHERE {seen} AND {org} AND status_at IS NOT NULL AND withdrawn_at IS NULL \
         AND (published_status IS NULL OR published_status <> status OR COALESCE(published_reason, '') <> COALESCE(reason, '')) \
         ORDER BY created_at, id LIMIT 200"
    ));
    let mut q = sqlx::query(sql).bind(organisation.unwrap_or_default());
    for v in &values {
        q = q.bind(v.as_str());
    }
    let rows = q.fetch_all(&mut **tx).await?;
    rows.iter().map(from_row).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
}
