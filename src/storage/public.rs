//! What the public feed and page may read, and nothing more: upcoming workshops and salons
//! (never who registered), the published statuses of ideas (their texts only where the author
//! agreed to public display and the idea is neither withdrawn nor flagged), and counts for the
//! statistics (users by region and goal, ideas by topic and published status). Stories come from
//! [`super::stories`] (its `SHOWN` rule). Every value from outside is a bind parameter.

use super::{StoreError, Tx};
use crate::domain::announcement::Announcement;
use crate::domain::codes;
use sqlx::Row;

/// An upcoming workshop or salon as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub content: Announcement,
    /// Cancelled (still listed, so that embedding sites update).
    pub cancelled: bool,
    /// The calendar SEQUENCE (raised by every move or cancel).
    pub sequence: i64,
    /// The newest change known: created, cancelled.
    pub changed_at: i64,
}

/// Most events listed: more than enough for a few regions.
pub const EVENTS_MAX: i64 = 1_000;

/// Workshops and salons starting after `now` whose broadcast was sent (not a draft, not
/// aborted), soonest first, with cancelled ones flagged. Events meant only for the people who
/// came through one organisation's link (an audience with `sources`) are not public.
pub async fn upcoming_events(tx: &mut Tx, now: i64) -> Result<Vec<Event>, StoreError> {
    let rows = sqlx::query(
        "SELECT a.id AS id, a.content AS content, a.cancelled AS cancelled, a.created_at AS created_at, \
         e.sequence AS sequence, e.cancelled_at AS cancelled_at FROM announcements a \
         JOIN events e ON e.announcement_id = a.id \
         WHERE a.kind IN ('workshop', 'salon') AND a.starts_at > $1 AND a.state NOT IN ('draft', 'aborted') \
         ORDER BY a.starts_at, a.id LIMIT $2",
    )
    .bind(now)
    .bind(EVENTS_MAX)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let json: String = r.try_get("content")?;
        let content: Announcement =
            serde_json::from_str(&json).map_err(|_| StoreError::Corrupt(format!("announcement {id}")))?;
        if !content.public || !content.audience.sources.is_empty() {
            continue;
        }
        let cancelled_at: Option<i64> = r.try_get("cancelled_at")?;
        let created_at: i64 = r.try_get("created_at")?;
        out.push(Event {
            id,
            content,
            cancelled: r.try_get::<i64, _>("cancelled")? != 0 || cancelled_at.is_some(),
            sequence: r.try_get("sequence")?,
            changed_at: created_at.max(cancelled_at.unwrap_or(0)),
        });
    }
    Ok(out)
}

/// An idea as the public sees it: its own pseudonym, never its author's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    pub pseudonym: String,
    pub topic: String,
    pub country: Option<String>,
    pub region: Option<String>,
    /// The published status (`withdrawn` once the author erased their data).
    pub status: String,
    pub reason: Option<String>,
    pub published_at: i64,
    /// The texts and their language, only when the author agreed to public display (and a
    /// partner published a status beyond the first).
    pub texts: Option<IdeaTexts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaTexts {
    pub language: String,
    pub problem: String,
    pub idea: String,
}

/// Not flagged as spam or offensive.
const NOT_FLAGGED: &str = "(flagged IS NULL OR flagged = '')";
/// The status the public reads: the published one, `withdrawn` once the author erased their data.
const PUBLIC_STATUS: &str = "CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE published_status END";
/// The texts may be shown: the author said yes, the idea is neither withdrawn nor flagged, and a
/// partner has published a status other than `$1` (the first one, which every idea gets on
/// arrival): a person read it before its words go public.
const DISPLAYED: &str = "public_display = 1 AND withdrawn_at IS NULL AND published_status <> $1";

/// The columns of a public idea: texts, and their language, only where they may be shown.
fn idea_columns() -> String {
    format!(
        "pseudonym, topic, country, region, {PUBLIC_STATUS} AS public_status, \
         CASE WHEN withdrawn_at IS NULL THEN published_reason ELSE NULL END AS public_reason, \
         COALESCE(published_at, created_at) AS at, \
         CASE WHEN {DISPLAYED} THEN locale ELSE NULL END AS shown_locale, \
         CASE WHEN {DISPLAYED} THEN problem ELSE NULL END AS shown_problem, \
         CASE WHEN {DISPLAYED} THEN idea ELSE NULL END AS shown_idea"
    )
}

fn idea_row(r: &sqlx::any::AnyRow) -> Result<Idea, StoreError> {
    let language: Option<String> = r.try_get("shown_locale")?;
    let problem: Option<String> = r.try_get("shown_problem")?;
    let idea: Option<String> = r.try_get("shown_idea")?;
    let texts = match (language, problem, idea) {
        (Some(language), Some(problem), Some(idea)) => Some(IdeaTexts { language, problem, idea }),
        _ => None,
    };
    Ok(Idea {
        pseudonym: r.try_get::<Option<String>, _>("pseudonym")?.unwrap_or_default(),
        topic: r.try_get("topic")?,
        country: r.try_get("country")?,
        region: r.try_get("region")?,
        status: r.try_get("public_status")?,
        reason: r.try_get("public_reason")?,
        // A day, not the second: no one's moment of writing or of being answered is told.
        published_at: r.try_get::<i64, _>("at")?.div_euclid(86_400) * 86_400,
        texts,
    })
}

/// What the public sees of ideas: those something came of (a published status other than `$1`,
/// the one every new idea gets on arrival), neither withdrawn nor flagged. Ideas only received,
/// withdrawn or hidden are not listed one by one (they are in the suppressed counts).
const LISTED: &str = "published_status IS NOT NULL AND published_status <> $1 AND withdrawn_at IS NULL";

/// The listed ideas, newest status first, `limit` from `offset`; and how many there are. `first`
/// is the status every idea gets on arrival. Dates are days, not seconds.
pub async fn ideas(tx: &mut Tx, first: &str, offset: i64, limit: i64) -> Result<(Vec<Idea>, i64), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {} FROM ideas WHERE {LISTED} AND {NOT_FLAGGED} \
         ORDER BY COALESCE(published_at, created_at) DESC, id DESC LIMIT $2 OFFSET $3",
        idea_columns()
    ));
    let rows = sqlx::query(sql).bind(first).bind(limit).bind(offset).fetch_all(&mut **tx).await?;
    let out = rows.iter().map(idea_row).collect::<Result<Vec<_>, _>>()?;
    let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM ideas WHERE {LISTED} AND {NOT_FLAGGED}"));
    let total: i64 = sqlx::query(sql).bind(first).fetch_one(&mut **tx).await?.try_get("n")?;
    Ok((out, total))
}

/// The ideas something came of, newest first: what the page shows.
pub async fn moved_ideas(tx: &mut Tx, first: &str, limit: i64) -> Result<Vec<Idea>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {} FROM ideas WHERE {LISTED} AND {NOT_FLAGGED} \
         ORDER BY COALESCE(published_at, created_at) DESC, id DESC LIMIT $2",
        idea_columns()
    ));
    let rows = sqlx::query(sql).bind(first).bind(limit).fetch_all(&mut **tx).await?;
    rows.iter().map(idea_row).collect()
}

/// When the listed ideas last changed (a status published), for `Last-Modified`, to the day.
pub async fn ideas_changed(tx: &mut Tx, first: &str) -> Result<i64, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT COALESCE(MAX(published_at), 0) AS published FROM ideas WHERE {LISTED} AND {NOT_FLAGGED}"
    ));
    let r = sqlx::query(sql).bind(first).fetch_one(&mut **tx).await?;
    Ok(r.try_get::<i64, _>("published")?.div_euclid(86_400) * 86_400)
}

/// Exact counts for the statistics; the web layer suppresses the small ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Users per region answer (a region code of the flows, else `other`).
    pub users_by_region: Vec<(String, i64)>,
    /// Users per goal (a user with several goals counts once per goal; unknown codes as `other`).
    pub users_by_goal: Vec<(String, i64)>,
    /// Ideas (not flagged, with a published status) per topic × public status.
    pub ideas: Vec<(String, String, i64)>,
    /// The newest change among these (answers, published statuses).
    pub changed_at: i64,
}

/// The counts behind `/feed/stats.json` and the page's "what came of ideas".
pub async fn counts(tx: &mut Tx) -> Result<Counts, StoreError> {
    let mut c = Counts::default();
    let rows = sqlx::query(
        "SELECT value, COUNT(*) AS n FROM answers WHERE key = $1 GROUP BY value ORDER BY COUNT(*) DESC, value",
    )
    .bind("region")
    .fetch_all(&mut **tx)
    .await?;
    // Only the flows' region codes are named; any other value (there should be none) counts as `other`.
    let known: Vec<&str> = codes::COUNTRIES.iter().flat_map(|c| codes::regions(c).iter().copied()).collect();
    // Every known region is listed, with none as 0 (shown "<5" like 1 to 4): a region that
    // shows up only when someone lives there would tell that someone does.
    let mut regions: std::collections::BTreeMap<String, i64> = known.iter().map(|r| (r.to_string(), 0)).collect();
    for r in &rows {
        let value: String = r.try_get("value")?;
        let key = if known.contains(&value.as_str()) { value } else { "other".to_string() };
        *regions.entry(key).or_default() += r.try_get::<i64, _>("n")?;
    }
    c.users_by_region = regions.into_iter().collect();
    c.users_by_region.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let rows = sqlx::query("SELECT value FROM answers WHERE key = $1").bind("goals").fetch_all(&mut **tx).await?;
    let mut goals: std::collections::BTreeMap<String, i64> = codes::GOALS.iter().map(|g| (g.to_string(), 0)).collect();
    for r in &rows {
        let value: String = r.try_get("value")?;
        let mut seen: Vec<&str> = value
            .split(',')
            .map(str::trim)
            .filter(|g| !g.is_empty())
            .map(|g| if codes::GOALS.contains(&g) { g } else { "other" })
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for g in seen {
            *goals.entry(g.to_string()).or_default() += 1;
        }
    }
    c.users_by_goal = goals.into_iter().collect();
    c.users_by_goal.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT topic, {PUBLIC_STATUS} AS public_status, COUNT(*) AS n FROM ideas \
         WHERE published_status IS NOT NULL AND {NOT_FLAGGED} GROUP BY topic, {PUBLIC_STATUS} ORDER BY topic"
    ));
    for r in &sqlx::query(sql).fetch_all(&mut **tx).await? {
        c.ideas.push((r.try_get("topic")?, r.try_get("public_status")?, r.try_get("n")?));
    }
    let answers = sqlx::query("SELECT COALESCE(MAX(updated_at), 0) AS at FROM answers WHERE key IN ($1, $2)")
        .bind("region")
        .bind("goals")
        .fetch_one(&mut **tx)
        .await?;
    let ideas = sqlx::query("SELECT COALESCE(MAX(published_at), 0) AS at FROM ideas").fetch_one(&mut **tx).await?;
    // To the day: the second someone answered must not be readable from a header.
    c.changed_at = answers.try_get::<i64, _>("at")?.max(ideas.try_get::<i64, _>("at")?).div_euclid(86_400) * 86_400;
    Ok(c)
}
