//! The queries of the ideas report and export: counts per place × topic × status, and the
//! ideas a scope covers as rows for a file. Flagged ideas (spam, offensive) are left out of both;
//! an idea whose author erased their data (`withdrawn_at`) counts and shows as `withdrawn`.
//! Nothing here reads a user id, a chat id or a pseudonym of a person.

use super::ideas::Filter;
use super::{StoreError, Tx};
use sqlx::Row;

/// Not flagged as spam or offensive.
const SHOWN: &str = "(flagged IS NULL OR flagged = '')";
/// The status a report and an export show: `withdrawn` once the author erased their data.
const STATUS: &str = "CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE status END";

/// One cell of the report: how many ideas have this place, topic and status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub country: Option<String>,
    pub region: Option<String>,
    pub topic: String,
    pub status: String,
    pub count: i64,
}

/// The ideas (not flagged) counted per country × region × topic × status; with `place`, only
/// those whose region or country is that code.
pub async fn counts(tx: &mut Tx, place: Option<&str>) -> Result<Vec<Count>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT country, region, topic, {STATUS} AS shown_status, COUNT(*) AS n FROM ideas \
         WHERE {SHOWN} AND ($1 = '' OR region = $1 OR country = $1) \
         GROUP BY country, region, topic, {STATUS}"
    ));
    let rows = sqlx::query(sql).bind(place.unwrap_or("")).fetch_all(&mut **tx).await?;
    rows.iter()
        .map(|r| {
            Ok(Count {
                country: r.try_get("country")?,
                region: r.try_get("region")?,
                topic: r.try_get("topic")?,
                status: r.try_get("shown_status")?,
                count: r.try_get("n")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// One idea as the export shows it: its own pseudonym, never its author's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub pseudonym: String,
    pub created_at: i64,
    pub country: Option<String>,
    pub region: Option<String>,
    pub topic: String,
    pub locale: String,
    pub problem: String,
    pub idea: String,
    pub beneficiaries: String,
    /// The current status id (`withdrawn` once the author erased their data).
    pub status: String,
    /// The organisation that claimed it.
    pub organisation: Option<String>,
    /// The author erased their data: the texts are empty.
    pub withdrawn: bool,
}

/// Every idea the filter sees (not flagged), oldest first.
pub async fn export(tx: &mut Tx, f: &Filter<'_>) -> Result<Vec<Exported>, StoreError> {
    // The review queue's rule, without its "still open".
    let (condition, values) = f.sql(1);
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT pseudonym, created_at, country, region, topic, locale, problem, idea, beneficiaries, \
         {STATUS} AS shown_status, claimed_org, withdrawn_at FROM ideas WHERE {condition} ORDER BY created_at, id"
    ));
    let mut q = sqlx::query(sql);
    for v in &values {
        q = q.bind(v.as_str());
    }
    let rows = q.fetch_all(&mut **tx).await?;
    rows.iter()
        .map(|r| {
            let withdrawn = r.try_get::<Option<i64>, _>("withdrawn_at")?.is_some();
            // Erased with the author, whatever the row still holds.
            let text = |column: &str| -> Result<String, sqlx::Error> {
                if withdrawn { Ok(String::new()) } else { r.try_get(column) }
            };
            Ok(Exported {
                pseudonym: r.try_get::<Option<String>, _>("pseudonym")?.unwrap_or_default(),
                created_at: r.try_get("created_at")?,
                country: r.try_get("country")?,
                region: r.try_get("region")?,
                topic: r.try_get("topic")?,
                locale: r.try_get("locale")?,
                problem: text("problem")?,
                idea: text("idea")?,
                beneficiaries: text("beneficiaries")?,
                status: r.try_get("shown_status")?,
                organisation: r.try_get("claimed_org")?,
                withdrawn,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}
