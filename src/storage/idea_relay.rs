//! What happens around an idea besides its status: the pseudonymous relay between the claiming
//! organisation and the author (each message written before it is sent, then sent by the
//! workers, at most once), partners' internal notes, which organisations have seen it (the
//! author's "seen by N"), flags (spam or offensive: hidden), the tombstone an author's erasure
//! leaves ("withdrawn by the author": texts and replies erased, no link to anyone), and the
//! escalation of ideas nobody acknowledged in time.

use super::{StoreError, Tx};
use sqlx::Row;

/// A relayed message: to the author (from an organisation: a template or free text) or to the
/// claiming partner (the author's answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub idea: i64,
    pub to_author: bool,
    pub organisation: Option<String>,
    pub recipient: Option<String>,
    pub template: Option<String>,
    pub body: Option<String>,
    pub language: Option<String>,
    pub created_at: i64,
}

/// What a new relayed message holds.
pub struct NewMessage<'a> {
    pub to_author: bool,
    pub organisation: Option<&'a str>,
    pub sender: Option<&'a str>,
    pub recipient: Option<&'a str>,
    pub template: Option<&'a str>,
    pub body: Option<&'a str>,
    pub language: Option<&'a str>,
}

pub async fn enqueue(tx: &mut Tx, idea: i64, m: &NewMessage<'_>, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO idea_messages (idea_id, direction, organisation, sender, recipient, template, body, language, \
         status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $9)",
    )
    .bind(idea)
    .bind(if m.to_author { "to_author" } else { "to_partner" })
    .bind(m.organisation)
    .bind(m.sender)
    .bind(m.recipient)
    .bind(m.template)
    .bind(m.body)
    .bind(m.language)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const COLUMNS: &str = "id, idea_id, direction, organisation, recipient, template, body, language, created_at";

fn row(r: &sqlx::any::AnyRow) -> Result<Message, StoreError> {
    let direction: String = r.try_get("direction")?;
    Ok(Message {
        id: r.try_get("id")?,
        idea: r.try_get("idea_id")?,
        to_author: direction == "to_author",
        organisation: r.try_get("organisation")?,
        recipient: r.try_get("recipient")?,
        template: r.try_get("template")?,
        body: r.try_get("body")?,
        language: r.try_get("language")?,
        created_at: r.try_get("created_at")?,
    })
}

/// Claims up to `limit` messages to send; claims older than `lease` become `unknown` (never
/// sent twice).
pub async fn claim(tx: &mut Tx, now: i64, lease: i64, limit: i64) -> Result<Vec<Message>, StoreError> {
    super::lapse_claims(tx, "idea_messages", now, lease).await?;
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM idea_messages WHERE status = 'pending' ORDER BY id LIMIT $1{lock}"
    ));
    let due: Vec<Message> =
        sqlx::query(sql).bind(limit).fetch_all(&mut **tx).await?.iter().map(row).collect::<Result<_, _>>()?;
    let ids: Vec<i64> = due.iter().map(|x| x.id).collect();
    super::mark_sending(tx, "idea_messages", &ids, now).await?;
    Ok(due)
}

pub async fn record(tx: &mut Tx, id: i64, status: &str, now: i64) -> Result<(), StoreError> {
    super::record_status(tx, "idea_messages", id, status, now).await
}

/// The relayed messages of an idea, oldest first (for the author's /mydata and the card).
pub async fn messages(tx: &mut Tx, idea: i64) -> Result<Vec<(Message, String)>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {COLUMNS}, status FROM idea_messages WHERE idea_id = $1 ORDER BY id"));
    let rows = sqlx::query(sql).bind(idea).fetch_all(&mut **tx).await?;
    rows.iter().map(|r| Ok((row(r)?, r.try_get("status")?))).collect()
}

/// The author and where to reach them, if the idea still has one: (chat, locale).
pub async fn author(tx: &mut Tx, idea: i64) -> Result<Option<(i64, Option<String>)>, StoreError> {
    let r = sqlx::query(
        "SELECT u.chat_id AS chat_id, u.locale AS locale FROM ideas i JOIN users u ON u.id = i.user_id \
         WHERE i.id = $1 AND i.withdrawn_at IS NULL",
    )
    .bind(idea)
    .fetch_optional(&mut **tx)
    .await?;
    r.map(|r| Ok((r.try_get("chat_id")?, r.try_get("locale")?))).transpose()
}

pub async fn mute_replies(tx: &mut Tx, idea: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE ideas SET replies_muted = 1 WHERE id = $1").bind(idea).execute(&mut **tx).await?;
    Ok(())
}

pub async fn replies_muted(tx: &mut Tx, idea: i64) -> Result<bool, StoreError> {
    let r = sqlx::query("SELECT replies_muted FROM ideas WHERE id = $1").bind(idea).fetch_optional(&mut **tx).await?;
    Ok(r.map(|r| r.try_get::<i64, _>("replies_muted")).transpose()?.unwrap_or(1) != 0)
}

pub async fn add_note(
    tx: &mut Tx,
    idea: i64,
    author: &str,
    org: Option<&str>,
    body: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO idea_notes (idea_id, author, organisation, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(idea)
        .bind(author)
        .bind(org)
        .bind(body)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The newest notes of an idea: organisation and text, newest first.
pub async fn notes(tx: &mut Tx, idea: i64, limit: i64) -> Result<Vec<(Option<String>, String)>, StoreError> {
    let rows = sqlx::query("SELECT organisation, body FROM idea_notes WHERE idea_id = $1 ORDER BY id DESC LIMIT $2")
        .bind(idea)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("organisation")?, r.try_get("body")?))).collect()
}

/// Notes that an organisation saw the idea (once per organisation).
pub async fn seen_by(tx: &mut Tx, idea: i64, organisation: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO idea_views (idea_id, organisation, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(idea)
        .bind(organisation)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn seen_count(tx: &mut Tx, idea: i64) -> Result<i64, StoreError> {
    let r =
        sqlx::query("SELECT COUNT(*) AS n FROM idea_views WHERE idea_id = $1").bind(idea).fetch_one(&mut **tx).await?;
    Ok(r.try_get("n")?)
}

/// Hides an idea as spam or offensive; `false` when it was flagged already.
pub async fn flag(tx: &mut Tx, idea: i64, kind: &str, by: &str) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE ideas SET flagged = $1, flagged_by = $2 WHERE id = $3 AND flagged IS NULL")
        .bind(kind)
        .bind(by)
        .bind(idea)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The author erased their data or withdrew the ideas consent: their ideas keep only what
/// partners did with them ("withdrawn by the author"); texts, notes of the texts' content are
/// not touched (notes are the partners' own), relayed messages go.
pub async fn withdraw(tx: &mut Tx, user: i64, now: i64) -> Result<u64, StoreError> {
    sqlx::query("DELETE FROM idea_messages WHERE idea_id IN (SELECT id FROM ideas WHERE user_id = $1)")
        .bind(user)
        .execute(&mut **tx)
        .await?;
    let done = sqlx::query(
        "UPDATE ideas SET problem = '', idea = '', beneficiaries = '', may_contact = 0, withdrawn_at = $1 \
         WHERE user_id = $2 AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(user)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Ideas nobody acknowledged (not claimed, still in the first status) since `before`, not yet
/// escalated, withdrawn or flagged: they are marked escalated now and returned (id, pseudonym,
/// country, region, topic).
pub async fn escalate(
    tx: &mut Tx,
    first_status: &str,
    before: i64,
    now: i64,
) -> Result<Vec<(i64, String, Option<String>, Option<String>, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, pseudonym, country, region, topic FROM ideas WHERE claimed_at IS NULL AND escalated_at IS NULL \
         AND withdrawn_at IS NULL AND flagged IS NULL AND status = $1 AND created_at <= $2 ORDER BY id LIMIT 100",
    )
    .bind(first_status)
    .bind(before)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        sqlx::query("UPDATE ideas SET escalated_at = $1 WHERE id = $2").bind(now).bind(id).execute(&mut **tx).await?;
        let pseudonym: Option<String> = r.try_get("pseudonym")?;
        out.push((id, pseudonym.unwrap_or_default(), r.try_get("country")?, r.try_get("region")?, r.try_get("topic")?));
    }
    Ok(out)
}

/// Coordinators with their scope's regions: (chat, locale, regions as stored).
pub async fn coordinators(tx: &mut Tx) -> Result<Vec<(i64, Option<String>, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT u.chat_id AS chat_id, u.locale AS locale, s.regions AS regions FROM users u \
         JOIN staff s ON s.user_id = u.id WHERE u.role = 'coordinator' AND u.unreachable_since IS NULL",
    )
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("chat_id")?, r.try_get("locale")?, r.try_get("regions")?))).collect()
}

/// Staff of an organisation (those an author's answer reaches): their pseudonyms.
pub async fn organisation_members(tx: &mut Tx, organisation: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT u.pseudonym AS pseudonym FROM users u JOIN staff s ON s.user_id = u.id \
         WHERE s.organisation = $1 AND u.role <> 'refugee' ORDER BY u.id",
    )
    .bind(organisation)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("pseudonym")?)).collect()
}

/// A member of an organisation, while they are: (chat, locale).
pub async fn member_chat(
    tx: &mut Tx,
    pseudonym: &str,
    organisation: &str,
) -> Result<Option<(i64, Option<String>)>, StoreError> {
    let r = sqlx::query(
        "SELECT u.chat_id AS chat_id, u.locale AS locale FROM users u JOIN staff s ON s.user_id = u.id \
         WHERE u.pseudonym = $1 AND s.organisation = $2 AND u.role <> 'refugee'",
    )
    .bind(pseudonym)
    .bind(organisation)
    .fetch_optional(&mut **tx)
    .await?;
    r.map(|r| Ok((r.try_get("chat_id")?, r.try_get("locale")?))).transpose()
}
