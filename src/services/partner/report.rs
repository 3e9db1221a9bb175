//! The unmet-needs report: finished profiles with fewer than 2 matching programmes, counted by
//! region × goal × the hard filter that excluded most programmes. Counts under 5 show as "<5",
//! so that no small group can be singled out.

use crate::storage::{Store, StoreError, programmes};
use std::collections::BTreeMap;

/// Fewer matches than this count as an unmet need.
pub const BELOW: i64 = 2;
/// Smaller counts are shown as "<5".
pub const SUPPRESS_UNDER: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub region: String,
    pub goal: String,
    pub filter: String,
    pub count: usize,
}

impl Row {
    pub fn shown_count(&self) -> String {
        if self.count < SUPPRESS_UNDER { format!("<{SUPPRESS_UNDER}") } else { self.count.to_string() }
    }
}

/// Aggregates the stored match results.
pub async fn unmet_needs(store: &Store) -> Result<Vec<Row>, StoreError> {
    Ok(aggregate(programmes::unmet(store, BELOW).await?))
}

/// Counts per region × goal × filter (a profile with several goals counts once per goal).
pub fn aggregate(results: Vec<(String, String, Option<String>)>) -> Vec<Row> {
    let mut counts: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for (region, goals, filter) in results {
        let region = if region.is_empty() { "unknown".to_string() } else { region };
        let filter = filter.unwrap_or_else(|| "none".into());
        let goals: Vec<&str> = goals.split(',').filter(|g| !g.is_empty()).collect();
        for goal in if goals.is_empty() { vec!["none"] } else { goals } {
            *counts.entry((region.clone(), goal.to_string(), filter.clone())).or_default() += 1;
        }
    }
    let mut rows: Vec<Row> =
        counts.into_iter().map(|((region, goal, filter), count)| Row { region, goal, filter, count }).collect();
    rows.sort_by(|a, b| {
        b.count.cmp(&a.count).then_with(|| (&a.region, &a.goal, &a.filter).cmp(&(&b.region, &b.goal, &b.filter)))
    });
    rows
}

pub fn to_csv(rows: &[Row]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["region", "goal", "filtered_most_by", "profiles"]);
    for r in rows {
        let _ = w.write_record([r.region.as_str(), r.goal.as_str(), r.filter.as_str(), &r.shown_count()]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub fn to_text(rows: &[Row]) -> String {
    if rows.is_empty() {
        return "No unmet needs recorded: every finished profile had at least 2 matching programmes.\n".into();
    }
    let mut out = format!(
        "Profiles with fewer than {BELOW} matching programmes (counts under {SUPPRESS_UNDER} shown as <{SUPPRESS_UNDER}):\n"
    );
    out.push_str(&format!("{:<16} {:<14} {:<18} {:>8}\n", "region", "goal", "filtered most by", "profiles"));
    for r in rows {
        out.push_str(&format!("{:<16} {:<14} {:<18} {:>8}\n", r.region, r.goal, r.filter, r.shown_count()));
    }
    out
}
