//! Announcements: what a coordinator tells a segment of users (a workshop, a salon, an
//! information), in one or more languages, and the audience rules that choose its recipients.
//!
//! The structured part (kind, time, place, link) is localized for every reader; the free text
//! (title and body) is what the coordinator wrote, per language; who gets it is its
//! [`super::audience`]. [`Announcement::from_file`] parses the TOML file of
//! `sifor announce`; it is total and lists every problem at once.

pub use super::audience::{Audience, Recipient, Why};
use super::codes;
use super::event::Seats;
use super::localtime::{Local, Zone};
use std::collections::BTreeMap;

/// Longest title, body and place kept (characters).
pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 3_000;
pub const PLACE_MAX: usize = 200;
pub const LINK_MAX: usize = 500;
/// How long an announcement without a start time may still be delivered.
pub const DEFAULT_EXPIRY_SECS: i64 = 7 * 86_400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Workshop,
    Salon,
    Info,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Workshop, Kind::Salon, Kind::Info];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Workshop => "workshop",
            Kind::Salon => "salon",
            Kind::Info => "info",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Title and body in one language, as the coordinator wrote them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// An announcement as stored (JSON) and delivered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Announcement {
    pub kind: Kind,
    /// Title and body per locale tag; at least one.
    pub texts: BTreeMap<String, Text>,
    /// The start, UTC seconds.
    pub starts: Option<i64>,
    pub zone: Zone,
    pub place: Option<String>,
    pub link: Option<String>,
    pub audience: Audience,
    /// After this (UTC seconds) nothing more is delivered.
    pub expires: i64,
    /// Seats of a workshop or salon people register for (none: unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<Seats>,
    /// Listed on the project's public page and feed (only when the file says `public = true`:
    /// a meeting at a shelter or for a small community must not become world-readable).
    #[serde(default)]
    pub public: bool,
}

/// The file of `sifor announce` (see the README).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    kind: String,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    goals: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    starts: Option<String>,
    place: Option<String>,
    link: Option<String>,
    capacity: Option<u32>,
    reserved: Option<u32>,
    #[serde(default)]
    public: bool,
    #[serde(default)]
    text: BTreeMap<String, Text>,
}

impl Announcement {
    /// Parses an announcement file: every problem at once. `languages` are the bot's locale tags;
    /// `now` rejects a start in the past.
    pub fn from_file(text: &str, languages: &[&str], now: i64) -> Result<Announcement, Vec<String>> {
        let file: File = toml::from_str(text).map_err(|e| vec![e.message().to_string()])?;
        let mut problems = Vec::new();
        let kind = Kind::parse(&file.kind).unwrap_or_else(|| {
            problems.push(format!("kind `{}` is not one of workshop, salon, info", file.kind));
            Kind::Info
        });
        let countries: Vec<String> = file.countries.iter().map(|c| c.trim().to_ascii_uppercase()).collect();
        for c in &countries {
            if !codes::COUNTRIES.contains(&c.as_str()) {
                problems.push(format!("unknown country `{c}` (countries: {})", codes::COUNTRIES.join(", ")));
            }
        }
        let all_regions: Vec<&str> = codes::COUNTRIES.iter().flat_map(|c| codes::regions(c).iter().copied()).collect();
        for r in &file.regions {
            if !all_regions.contains(&r.as_str()) {
                problems.push(format!("unknown region `{r}` (regions: {})", all_regions.join(", ")));
            }
        }
        for l in &file.languages {
            if !languages.contains(&l.as_str()) {
                problems.push(format!("unknown language `{l}` (languages: {})", languages.join(", ")));
            }
        }
        for g in &file.goals {
            if !codes::GOALS.contains(&g.as_str()) {
                problems.push(format!("unknown goal `{g}` (goals: {})", codes::GOALS.join(", ")));
            }
        }
        for s in &file.sources {
            if s.is_empty() || s.len() > 64 || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                problems.push("a source must be 1 to 64 letters, digits, `_` or `-`".to_string());
            }
        }
        let audience = Audience {
            countries,
            regions: file.regions,
            languages: file.languages,
            goals: file.goals,
            sources: file.sources,
        };
        let zone = audience.zone();
        let starts = match file.starts.as_deref() {
            None => None,
            Some(s) => match Local::parse(s).map(|l| zone.to_utc(l)) {
                Some(Some(t)) if t > now => Some(t),
                Some(Some(_)) => {
                    problems.push(format!("`starts = \"{s}\"` is in the past"));
                    None
                }
                Some(None) => {
                    problems.push(format!("`starts = \"{s}\"` does not exist in {} (the clocks skip it)", zone.name()));
                    None
                }
                None => {
                    problems.push(format!("`starts = \"{s}\"` is not a time like 2026-12-03T18:00"));
                    None
                }
            },
        };
        let place = file.place.map(|p| p.trim().to_string()).filter(|p| !p.is_empty());
        if let Err(e) = check_line("place", place.as_deref(), PLACE_MAX) {
            problems.push(e);
        }
        if let Some(link) = &file.link
            && let Err(e) = check_link(link)
        {
            problems.push(e);
        }
        let seats = match (file.capacity, file.reserved) {
            (None, None) => None,
            (capacity, reserved) => {
                let seats = Seats { capacity: capacity.unwrap_or(0), reserved: reserved.unwrap_or(0) };
                if let Err(e) = seats.check() {
                    problems.push(e);
                }
                if kind == Kind::Info || file.starts.is_none() {
                    problems.push("`capacity` and `reserved` need a workshop or salon with `starts`".into());
                }
                Some(seats)
            }
        };
        problems.extend(check_texts(&file.text, languages));
        if !problems.is_empty() {
            return Err(problems);
        }
        let expires = starts.unwrap_or(now + DEFAULT_EXPIRY_SECS);
        Ok(Announcement {
            kind,
            texts: file.text,
            starts,
            zone,
            place,
            link: file.link,
            audience,
            expires,
            seats,
            public: file.public,
        })
    }

    /// A workshop or salon with a start: people register for it.
    pub fn is_event(&self) -> bool {
        self.kind != Kind::Info && self.starts.is_some()
    }

    /// The text for a reader of `chain` (their locale, its fallbacks, then the reference), and
    /// the tag it is in; when no language of the chain has one, the first text written.
    pub fn text_for<'a>(&'a self, chain: &[String]) -> Option<(&'a str, &'a Text)> {
        text_for(&self.texts, chain)
    }
}

/// Of texts per language (announcements, stories): the one for a reader of `chain` (their
/// locale, its fallbacks, then the reference), and its tag; else the first text written.
pub fn text_for<'a>(texts: &'a BTreeMap<String, Text>, chain: &[String]) -> Option<(&'a str, &'a Text)> {
    chain
        .iter()
        .find_map(|tag| texts.get_key_value(tag.as_str()))
        .or_else(|| texts.iter().next())
        .map(|(tag, text)| (tag.as_str(), text))
}

/// The problems of a file's texts per language: at least one, each in a language of the bot
/// and within its limits.
pub fn check_texts(texts: &BTreeMap<String, Text>, languages: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    if texts.is_empty() {
        problems.push("at least one text is needed, e.g. [text.de] with a title and a body".into());
    }
    for (tag, t) in texts {
        if !languages.contains(&tag.as_str()) {
            problems.push(format!("[text.{tag}]: unknown language (languages: {})", languages.join(", ")));
        }
        if let Err(e) = check_text(t) {
            problems.push(format!("[text.{tag}]: {e}"));
        }
    }
    problems
}

/// A title and body within their limits, without control characters other than line breaks.
pub fn check_text(t: &Text) -> Result<(), String> {
    if t.title.trim().is_empty() {
        return Err("the title is empty".into());
    }
    check_line("title", Some(&t.title), TITLE_MAX)?;
    if t.body.chars().count() > BODY_MAX {
        return Err(format!("the body is longer than {BODY_MAX} characters"));
    }
    if t.body.chars().any(|c| c.is_control() && c != '\n') {
        return Err("the body holds control characters".into());
    }
    Ok(())
}

fn check_line(what: &str, value: Option<&str>, max: usize) -> Result<(), String> {
    match value {
        Some(v) if v.chars().count() > max => Err(format!("the {what} is longer than {max} characters")),
        Some(v) if v.chars().any(char::is_control) => Err(format!("the {what} must be one line")),
        _ => Ok(()),
    }
}

/// A web address people can open: `https://` or `http://`, at most [`LINK_MAX`] characters.
pub fn check_link(link: &str) -> Result<(), String> {
    let ok = link.len() <= LINK_MAX
        && url::Url::parse(link)
            .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.domain().is_some_and(|d| d.contains('.')));
    if ok {
        Ok(())
    } else {
        Err(format!("`link` must be a web address (https://…) of at most {LINK_MAX} characters"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "de", "ar", "fa", "fa-AF"];
    const NOW: i64 = 1_795_000_000; // 2026-11-18

    fn file() -> &'static str {
        r#"
kind = "workshop"
countries = ["de"]
regions = ["berlin"]
languages = []
goals = []
starts = "2026-12-03T18:00"
place = "Nachbarschaftshaus, Berlin-Neukölln"
link = "https://example.org/workshop"
[text.en]
title = "Workshop: your own business in Berlin"
body = "Three hours with founders who started here."
[text.ar]
title = "ورشة"
body = "ثلاث ساعات"
"#
    }

    #[test]
    fn the_issue_file_parses() {
        let a = Announcement::from_file(file(), LANGS, NOW).unwrap();
        assert_eq!(a.kind, Kind::Workshop);
        assert_eq!(a.audience.countries, ["DE"]);
        assert_eq!(a.zone, Zone::Berlin);
        // 18:00 in Berlin in December is 17:00 UTC.
        assert_eq!(a.starts, Some(super::super::localtime::days_from_civil(2026, 12, 3) * 86_400 + 17 * 3_600));
        assert_eq!(a.expires, a.starts.unwrap());
        assert_eq!(a.texts.len(), 2);
    }

    #[test]
    fn every_problem_is_listed() {
        let bad = "kind = \"party\"\ncountries = [\"fr\"]\ngoals = [\"money\"]\nstarts = \"2020-01-01T10:00\"\nlink = \"javascript:x\"\n[text.xx]\ntitle = \"\"\n";
        let problems = Announcement::from_file(bad, LANGS, NOW).unwrap_err();
        assert_eq!(problems.len(), 7, "{problems:?}");
        assert!(Announcement::from_file("kind = \"info\"\nsurprise = 1\n", LANGS, NOW).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_file_parses_or_says_why(s in "\\PC{0,200}") {
            let _ = Announcement::from_file(&s, LANGS, NOW);
        }
    }
}
