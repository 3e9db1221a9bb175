//! The ideas report and the ideas export.
//!
//! `sifor report ideas` counts the ideas per country × region × topic × status (a missing place
//! is "not given"); like the unmet-needs report ([`super::report`]) it shows every count under 5
//! as "<5", the total too, so that no small group can be singled out.
//!
//! `sifor ideas export --scope …` and `/export` in Telegram write the ideas of a scope as one CSV
//! file: the idea's own pseudonym, the date, the place, topic and language, the texts, the status
//! and the organisation that claimed it. Never a user id, chat id or the pseudonym of a person.
//! Flagged ideas (spam, offensive) are left out of both; an idea whose author erased their data
//! shows as `withdrawn`, with empty texts. A cell that a spreadsheet would read as a formula gets
//! a leading `'`.

use super::report::SUPPRESS_UNDER;
use crate::domain::Role;
use crate::domain::staff::Scope;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::idea_reports::{self, Exported};
use crate::storage::{Store, StoreError, audit, ideas, staff};
use std::borrow::Cow;

/// The export's columns.
pub const HEADER: [&str; 11] = [
    "idea",
    "date",
    "country",
    "region",
    "topic",
    "language",
    "problem",
    "idea_text",
    "beneficiaries",
    "status",
    "organisation",
];

/// What the report and the export write for a missing place.
pub const NOT_GIVEN: &str = "not given";

/// A count as the report shows it: under 5 as "<5".
pub fn shown(count: usize) -> String {
    if count < SUPPRESS_UNDER { format!("<{SUPPRESS_UNDER}") } else { count.to_string() }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub country: String,
    pub region: String,
    pub topic: String,
    pub status: String,
    pub count: usize,
}

/// The ideas (not flagged) per country × region × topic × status, by place, topic and status;
/// with `place` (a region code, or a country code for all its regions) only that place's.
pub async fn report(store: &Store, place: Option<&str>) -> Result<Vec<ReportRow>, StoreError> {
    let mut tx = store.begin().await?;
    let counts = idea_reports::counts(&mut tx, place).await?;
    tx.commit().await?;
    let given = |s: Option<String>| s.filter(|s| !s.is_empty()).unwrap_or_else(|| NOT_GIVEN.to_string());
    let mut rows: Vec<ReportRow> = counts
        .into_iter()
        .filter(|c| c.count > 0)
        .map(|c| ReportRow {
            country: given(c.country),
            region: given(c.region),
            topic: c.topic,
            status: c.status,
            count: usize::try_from(c.count).unwrap_or_default(),
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.country, &a.region, &a.topic, &a.status).cmp(&(&b.country, &b.region, &b.topic, &b.status))
    });
    Ok(rows)
}

pub fn report_text(rows: &[ReportRow]) -> String {
    if rows.is_empty() {
        return "No ideas recorded here.\n".into();
    }
    let mut out = format!(
        "Ideas by place, topic and status (flagged ideas left out; counts under {SUPPRESS_UNDER} shown as <{SUPPRESS_UNDER}):\n"
    );
    let line = |country: &str, region: &str, topic: &str, status: &str, count: &str| {
        format!("{country:<10} {region:<16} {topic:<12} {status:<16} {count:>6}\n")
    };
    out.push_str(&line("country", "region", "topic", "status", "ideas"));
    for r in rows {
        out.push_str(&line(&r.country, &r.region, &r.topic, &r.status, &shown(r.count)));
    }
    let total: usize = rows.iter().map(|r| r.count).sum();
    out.push_str(&line("total", "", "", "", &shown(total)));
    out
}

pub fn report_csv(rows: &[ReportRow]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["country", "region", "topic", "status", "ideas"]);
    for r in rows {
        let _ = w.write_record([&r.country, &r.region, &r.topic, &r.status, &shown(r.count)]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A day as `2026-11-28` (UTC).
pub fn date(secs: i64) -> String {
    let (year, month, day) = crate::domain::localtime::civil(secs.div_euclid(86_400));
    format!("{year:04}-{month:02}-{day:02}")
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
/// before one) gets a leading `'`, so it stays text.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The ideas as a CSV file with [`HEADER`].
pub fn to_csv(rows: &[Exported]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for i in rows {
        let date = date(i.created_at);
        let cells = [
            i.pseudonym.as_str(),
            &date,
            i.country.as_deref().unwrap_or_default(),
            i.region.as_deref().unwrap_or_default(),
            &i.topic,
            &i.locale,
            if i.withdrawn { "" } else { &i.problem },
            if i.withdrawn { "" } else { &i.idea },
            if i.withdrawn { "" } else { &i.beneficiaries },
            &i.status,
            i.organisation.as_deref().unwrap_or_default(),
        ];
        let _ = w.write_record(cells.iter().map(|c| neutralised(c).into_owned()));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Which ideas a role with a scope sees: the rule of `/review` (partners their places and
/// topics, coordinators every idea of their places and the ideas without a place, admins all),
/// without its "still open".
pub fn filter(role: Role, scope: Option<&Scope>) -> ideas::Filter<'_> {
    match scope {
        None => ideas::Filter { places: None, topics: &[], closed: &[], placeless: true },
        Some(scope) if role == Role::Coordinator => {
            ideas::Filter { places: Some(&scope.regions), topics: &[], closed: &[], placeless: true }
        }
        Some(scope) => {
            ideas::Filter { places: Some(&scope.regions), topics: &scope.topics, closed: &[], placeless: false }
        }
    }
}

/// The CSV of the ideas a scope covers (its places and topics; the command line's export), and
/// how many ideas it holds. Recorded in the audit log as the command line's.
pub async fn for_scope(store: &Store, scope: &Scope, now: i64) -> Result<(String, usize), StoreError> {
    let mut tx = store.begin().await?;
    let rows = idea_reports::export(&mut tx, &filter(Role::Partner, Some(scope))).await?;
    audit::record(&mut tx, now, "cli", "ideas_export", None, Some(&format!("rows={}", rows.len()))).await?;
    tx.commit().await?;
    Ok((to_csv(&rows), rows.len()))
}

/// `/export`: the ideas the presser sees in /review, as a CSV document; `false` for someone
/// without a staff grant now (answered as a stale button).
pub async fn send(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let role = turn.user.role;
    if !role.is_staff() {
        return Ok(false);
    }
    let member = staff::get(&mut turn.tx, turn.user.id).await?;
    let scope = match (role, member) {
        (Role::Admin, _) => None,
        (_, Some(m)) => Some(m.scope),
        (_, None) => return Ok(false),
    };
    let rows = idea_reports::export(&mut turn.tx, &filter(role, scope.as_ref())).await?;
    let who = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &who, "ideas_export", None, Some(&format!("rows={}", rows.len()))).await?;
    let tag = turn.tag();
    if rows.is_empty() {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-export-empty", &[])));
        return Ok(true);
    }
    let count = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let caption = app.locales.text(&tag, "staff-export-caption", &[("count", Arg::Num(count))]);
    turn.reply.views.push(View::Document {
        file_name: format!("ideas-{}.csv", date(turn.now)),
        caption,
        content: to_csv(&rows),
    });
    Ok(true)
}

pub const MESSAGES: &[&str] = &["staff-export-caption", "staff-export-empty"];
