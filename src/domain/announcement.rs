//! Announcements: what a coordinator tells a segment of users (a workshop, a salon, an
//! information), in one or more languages, and the audience rules that choose its recipients.
//!
//! The structured part (kind, time, place, link) is localized for every reader; the free text
//! (title and body) is what the coordinator wrote, per language. The audience is a set of
//! filters over the profile (place, language, goals, where the user came from); the exclusions
//! that hold for every announcement (no announcements consent, muted, unreachable, under 16) are
//! applied before the filters. [`Announcement::from_file`] parses the TOML file of
//! `sifor announce`; it is total and lists every problem at once.

use super::codes;
use super::localtime::{Local, Zone};
use super::staff::Scope;
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

/// Who gets an announcement. Empty lists mean "no restriction"; the place lists are never both
/// empty once the announcement is checked against a scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Audience {
    /// Country codes (`DE`): every region of the country, unless a region of it is listed too.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    /// Locale tags; `fa` also takes `fa-AF`.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub goals: Vec<String>,
    /// Deep-link sources (`/start SOURCE`).
    #[serde(default)]
    pub sources: Vec<String>,
}

/// What the audience rules read of one user (after the exclusions).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipient {
    pub locale: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub goals: Vec<String>,
    pub came_from: Option<String>,
}

/// Why a user is in an audience: one entry per filter they passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Region(String),
    Country(String),
    Language(String),
    Goal(String),
    Source,
}

impl Audience {
    /// The reasons `r` is in the audience, or `None` when a filter leaves them out.
    pub fn reasons(&self, r: &Recipient) -> Option<Vec<Why>> {
        let mut why = Vec::new();
        if !self.countries.is_empty() || !self.regions.is_empty() {
            let region_listed = r.region.as_ref().filter(|x| self.regions.contains(x));
            let country_listed = r.country.as_ref().filter(|c| {
                self.countries.contains(c) && !self.regions.iter().any(|x| codes::regions(c).contains(&x.as_str()))
            });
            match (region_listed, country_listed) {
                (Some(region), _) => why.push(Why::Region(region.clone())),
                (None, Some(country)) => why.push(Why::Country(country.clone())),
                (None, None) => return None,
            }
        }
        if !self.languages.is_empty() {
            let locale = r.locale.as_deref()?;
            let primary = locale.split('-').next().unwrap_or(locale);
            if !self.languages.iter().any(|l| l == locale || l == primary) {
                return None;
            }
            why.push(Why::Language(locale.to_string()));
        }
        if !self.goals.is_empty() {
            let goal = r.goals.iter().find(|g| self.goals.contains(g))?;
            why.push(Why::Goal(goal.clone()));
        }
        if !self.sources.is_empty() {
            r.came_from.as_ref().filter(|s| self.sources.contains(s))?;
            why.push(Why::Source);
        }
        Some(why)
    }

    /// The audience limited to `scope`: with no place given, the whole scope; a place outside
    /// the scope is an error (a coordinator addresses only their own regions).
    pub fn within(mut self, scope: &Scope) -> Result<Audience, Vec<String>> {
        if self.countries.is_empty() && self.regions.is_empty() {
            if scope.regions.is_empty() {
                return Err(vec!["your scope names no region".into()]);
            }
            for r in &scope.regions {
                if codes::COUNTRIES.contains(&r.as_str()) {
                    self.countries.push(r.clone());
                } else {
                    self.regions.push(r.clone());
                }
            }
            return Ok(self);
        }
        let mut problems = Vec::new();
        for c in &self.countries {
            if !scope.regions.contains(c) {
                // A country is within a scope of some of its regions when those regions are listed.
                let narrowed = self.regions.iter().any(|r| codes::regions(c).contains(&r.as_str()));
                if !narrowed {
                    problems.push(format!("country `{c}` is outside your scope"));
                }
            }
        }
        for r in &self.regions {
            let country = codes::COUNTRIES.iter().find(|c| codes::regions(c).contains(&r.as_str()));
            if !scope.regions.contains(r) && !country.is_some_and(|c| scope.regions.iter().any(|s| s == c)) {
                problems.push(format!("region `{r}` is outside your scope"));
            }
        }
        if problems.is_empty() { Ok(self) } else { Err(problems) }
    }

    /// The zone the announcement's times are entered and shown in (the audience's country).
    pub fn zone(&self) -> Zone {
        let from_region =
            self.regions.iter().find_map(|r| codes::COUNTRIES.iter().find(|c| codes::regions(c).contains(&r.as_str())));
        from_region
            .copied()
            .or_else(|| self.countries.first().map(String::as_str))
            .and_then(Zone::of_country)
            .unwrap_or(Zone::Berlin)
    }

    /// The place code shown for the zone ("time in Berlin"): the first region, else the first country.
    pub fn place_code(&self) -> Option<&str> {
        self.regions.first().or(self.countries.first()).map(String::as_str)
    }
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
        if file.text.is_empty() {
            problems.push("at least one text is needed, e.g. [text.de] with a title and a body".into());
        }
        for (tag, t) in &file.text {
            if !languages.contains(&tag.as_str()) {
                problems.push(format!("[text.{tag}]: unknown language (languages: {})", languages.join(", ")));
            }
            if let Err(e) = check_text(t) {
                problems.push(format!("[text.{tag}]: {e}"));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let expires = starts.unwrap_or(now + DEFAULT_EXPIRY_SECS);
        Ok(Announcement { kind, texts: file.text, starts, zone, place, link: file.link, audience, expires })
    }

    /// The text for a reader of `chain` (their locale, its fallbacks, then the reference), and
    /// the tag it is in; when no language of the chain has one, the first text written.
    pub fn text_for<'a>(&'a self, chain: &[String]) -> Option<(&'a str, &'a Text)> {
        chain
            .iter()
            .find_map(|tag| self.texts.get_key_value(tag.as_str()))
            .or_else(|| self.texts.iter().next())
            .map(|(tag, text)| (tag.as_str(), text))
    }
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

    #[test]
    fn audience_filters_and_says_why() {
        let a = Audience {
            countries: vec!["DE".into()],
            regions: vec!["berlin".into()],
            goals: vec!["job".into()],
            ..Default::default()
        };
        let berlin = Recipient {
            country: Some("DE".into()),
            region: Some("berlin".into()),
            goals: vec!["language".into(), "job".into()],
            ..Default::default()
        };
        assert_eq!(a.reasons(&berlin), Some(vec![Why::Region("berlin".into()), Why::Goal("job".into())]));
        let elsewhere = Recipient { region: Some("other_de".into()), ..berlin.clone() };
        assert_eq!(a.reasons(&elsewhere), None, "a listed region narrows its country");
        let austria = Audience { countries: vec!["AT".into()], ..Default::default() };
        let vienna = Recipient { country: Some("AT".into()), region: Some("vienna".into()), ..Default::default() };
        assert_eq!(austria.reasons(&vienna), Some(vec![Why::Country("AT".into())]));
        let dari = Audience { languages: vec!["fa".into()], ..Default::default() };
        assert!(dari.reasons(&Recipient { locale: Some("fa-AF".into()), ..Default::default() }).is_some());
        assert!(dari.reasons(&Recipient { locale: Some("ar".into()), ..Default::default() }).is_none());
        let source = Audience { sources: vec!["caritas".into()], ..Default::default() };
        assert!(source.reasons(&Recipient { came_from: Some("caritas".into()), ..Default::default() }).is_some());
        assert!(source.reasons(&Recipient::default()).is_none());
    }

    #[test]
    fn a_coordinator_addresses_only_their_scope() {
        let scope = Scope { regions: vec!["berlin".into()], ..Default::default() };
        let all = Audience::default().within(&scope).unwrap();
        assert_eq!(all.regions, ["berlin"]);
        let berlin = Audience { countries: vec!["DE".into()], regions: vec!["berlin".into()], ..Default::default() };
        assert!(berlin.within(&scope).is_ok());
        assert!(Audience { countries: vec!["DE".into()], ..Default::default() }.within(&scope).is_err());
        assert!(Audience { regions: vec!["vienna".into()], ..Default::default() }.within(&scope).is_err());
        let germany = Scope { regions: vec!["DE".into()], ..Default::default() };
        assert!(Audience { regions: vec!["other_de".into()], ..Default::default() }.within(&germany).is_ok());
    }

    proptest::proptest! {
        #[test]
        fn any_file_parses_or_says_why(s in "\\PC{0,200}") {
            let _ = Announcement::from_file(&s, LANGS, NOW);
        }
    }
}
