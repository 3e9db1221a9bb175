//! The columns of a catalogue row that have rules of their own (the rest are plain lists, flags
//! and choices, read by [`Row`] directly). Each reader records its problems on the row and
//! returns a value either way.

use super::COLUMNS;
use super::row::Row;
use crate::domain::codes::{self, COUNTRIES, LANGUAGES};
use std::collections::BTreeMap;

/// Every column must be one of [`COLUMNS`] or `title:xx` / `summary:xx` of a known language.
pub(super) fn names(row: &mut Row<'_>) {
    for key in row.columns() {
        let known = COLUMNS.contains(&key)
            || key
                .split_once(':')
                .is_some_and(|(kind, lang)| (kind == "title" || kind == "summary") && LANGUAGES.contains(&lang));
        if !known {
            row.error(key, "unknown column".into());
        }
    }
}

pub(super) fn id(row: &mut Row<'_>) -> String {
    let id = row.get("id").to_string();
    if id.is_empty() || id.len() > 40 || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        row.error("id", format!("`{id}`: use 1–40 lowercase letters, digits and `-`"));
    }
    id
}

/// The organisation that runs the programme.
pub(super) fn owner(row: &mut Row<'_>) -> String {
    let owner = row.get("owner").to_string();
    if owner.is_empty() {
        row.error("owner", "the organisation is missing".into());
    }
    owner
}

pub(super) fn country(row: &mut Row<'_>) -> String {
    let country = row.get("country").to_string();
    if !COUNTRIES.contains(&country.as_str()) {
        row.error("country", format!("`{country}`: use one of {}", COUNTRIES.join(", ")));
    }
    country
}

/// Regions of `country`, `any` or `online`; the codes are only checked when the country is known.
pub(super) fn regions(row: &mut Row<'_>, country: &str) -> Vec<String> {
    let regions = row.list("regions");
    if regions.is_empty() {
        row.error("regions", "name at least one region, `any` or `online`".into());
    }
    if COUNTRIES.contains(&country) {
        let known = codes::regions(country);
        for r in &regions {
            if r != "any" && r != "online" && !known.contains(&r.as_str()) {
                row.error(
                    "regions",
                    format!("`{r}` is not a region of {country} (use {}, any or online)", known.join(", ")),
                );
            }
        }
    }
    regions
}

/// `age_min` and `age_max`, each optional, and not the wrong way round.
pub(super) fn ages(row: &mut Row<'_>) -> (Option<u8>, Option<u8>) {
    let (min, max) = (row.age("age_min"), row.age("age_max"));
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        row.error("age_max", format!("{b} is below age_min {a}"));
    }
    (min, max)
}

pub(super) fn contact_url(row: &mut Row<'_>) -> Option<String> {
    let url = row.optional("contact_url");
    if let Some(url) = &url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        row.error("contact_url", format!("`{url}`: a web address starting with https://"));
    }
    url
}

pub(super) fn last_verified(row: &mut Row<'_>) -> Option<String> {
    let date = row.optional("last_verified");
    if let Some(d) = &date
        && !is_date(d)
    {
        row.error("last_verified", format!("`{d}`: use a date like 2026-11-25"));
    }
    date
}

/// `yyyy-mm-dd` (digits only; the calendar is not checked).
fn is_date(d: &str) -> bool {
    match d.as_bytes() {
        [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] => {
            [y1, y2, y3, y4, m1, m2, d1, d2].iter().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Title and summary per language: both or neither, short, and English always.
pub(super) fn texts(row: &mut Row<'_>) -> BTreeMap<String, (String, String)> {
    let mut texts = BTreeMap::new();
    for lang in LANGUAGES {
        let (title_column, summary_column) = (format!("title:{lang}"), format!("summary:{lang}"));
        let title = row.get(&title_column).to_string();
        let summary = row.get(&summary_column).to_string();
        if title.chars().count() > 80 {
            row.error(&title_column, "keep titles under 80 characters".into());
        }
        if summary.chars().count() > 200 {
            row.error(&summary_column, "keep the summary to one short sentence (under 200 characters)".into());
        }
        match (title.is_empty(), summary.is_empty()) {
            (false, false) => {
                texts.insert(lang.to_string(), (title, summary));
            }
            (true, true) => {}
            (true, false) => row.error(&title_column, "a summary without a title".into()),
            (false, true) => row.error(&summary_column, "a title without a summary".into()),
        }
    }
    if !texts.contains_key("en") {
        row.error("title:en", "an English title and summary are required (the fallback for every language)".into());
    }
    texts
}
