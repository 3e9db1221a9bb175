//! Success stories: what worked (a founder's story, a pilot project, a measure), told by an
//! organisation, in one or more languages, with the credit the person it is about chose:
//! anonymous (the default), first name only, or not published at all. A story made from an idea
//! waits for its author's answer; nothing is public without it. [`Story::from_file`] parses the
//! file of `sifor stories import` totally, listing every problem at once.

use super::announcement::{Text, check_link, check_texts};
use super::codes;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Someone who started a business.
    Founder,
    /// A pilot project.
    Pilot,
    /// A measure that worked.
    Measure,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Founder, Kind::Pilot, Kind::Measure];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Founder => "founder",
            Kind::Pilot => "pilot",
            Kind::Measure => "measure",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// How the person a story is about is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Credit {
    #[default]
    Anonymous,
    FirstName,
    /// Not published at all.
    None,
}

impl Credit {
    pub const ALL: [Credit; 3] = [Credit::Anonymous, Credit::FirstName, Credit::None];

    pub fn code(self) -> &'static str {
        match self {
            Credit::Anonymous => "anonymous",
            Credit::FirstName => "first_name",
            Credit::None => "none",
        }
    }

    pub fn parse(code: &str) -> Option<Credit> {
        Credit::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The longest first name kept.
pub const FIRST_NAME_MAX: usize = 40;

/// A story as stored (JSON) and shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Story {
    pub kind: Kind,
    pub country: Option<String>,
    pub region: Option<String>,
    pub sector: Option<String>,
    /// Goals it speaks to (shown first to users with these goals).
    #[serde(default)]
    pub goals: Vec<String>,
    /// Title and text per locale tag; at least one.
    pub texts: BTreeMap<String, Text>,
    pub link: Option<String>,
    pub organisation: String,
    pub credit: Credit,
    /// Only with [`Credit::FirstName`].
    pub first_name: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    kind: String,
    country: Option<String>,
    region: Option<String>,
    sector: Option<String>,
    #[serde(default)]
    goals: Vec<String>,
    organisation: String,
    link: Option<String>,
    #[serde(default)]
    credit: Option<String>,
    first_name: Option<String>,
    #[serde(default)]
    text: BTreeMap<String, Text>,
}

impl Story {
    /// Parses a story file (see the README): every problem at once.
    pub fn from_file(text: &str, languages: &[&str]) -> Result<Story, Vec<String>> {
        let file: File = toml::from_str(text).map_err(|e| vec![e.message().to_string()])?;
        let mut problems = Vec::new();
        let kind = Kind::parse(&file.kind).unwrap_or_else(|| {
            problems.push(format!("kind `{}` is not one of founder, pilot, measure", file.kind));
            Kind::Measure
        });
        let country = file.country.map(|c| c.trim().to_ascii_uppercase());
        if let Some(c) = &country
            && !codes::COUNTRIES.contains(&c.as_str())
        {
            problems.push(format!("unknown country `{c}` (countries: {})", codes::COUNTRIES.join(", ")));
        }
        if let Some(r) = &file.region {
            let of_country = |c: &str| codes::regions(c).contains(&r.as_str());
            match &country {
                Some(c) if !of_country(c) => problems.push(format!("region `{r}` is not in {c}")),
                None if !codes::COUNTRIES.iter().any(|c| of_country(c)) => {
                    problems.push(format!("unknown region `{r}`"))
                }
                _ => {}
            }
        }
        if let Some(s) = &file.sector
            && !codes::SECTORS.contains(&s.as_str())
        {
            problems.push(format!("unknown sector `{s}` (sectors: {})", codes::SECTORS.join(", ")));
        }
        for g in &file.goals {
            if !codes::GOALS.contains(&g.as_str()) {
                problems.push(format!("unknown goal `{g}` (goals: {})", codes::GOALS.join(", ")));
            }
        }
        let organisation = file.organisation.trim().to_string();
        if organisation.is_empty() || organisation.chars().count() > 80 || organisation.chars().any(char::is_control) {
            problems.push("`organisation` must be one line of 1 to 80 characters".into());
        }
        if let Some(link) = &file.link
            && let Err(e) = check_link(link)
        {
            problems.push(e);
        }
        let credit = match file.credit.as_deref() {
            None => Credit::Anonymous,
            Some(c) => Credit::parse(c).unwrap_or_else(|| {
                problems.push(format!("credit `{c}` is not one of anonymous, first_name, none"));
                Credit::Anonymous
            }),
        };
        let first_name = file.first_name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        match (&credit, &first_name) {
            (Credit::FirstName, None) => problems.push("`credit = \"first_name\"` needs `first_name`".into()),
            (Credit::FirstName, Some(n)) if !is_first_name(n) => {
                problems.push(format!("`first_name` must be one word of at most {FIRST_NAME_MAX} letters"))
            }
            (Credit::Anonymous | Credit::None, Some(_)) => {
                problems.push("`first_name` is only kept with `credit = \"first_name\"`".into())
            }
            _ => {}
        }
        problems.extend(check_texts(&file.text, languages));
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Story {
            kind,
            country,
            region: file.region,
            sector: file.sector,
            goals: file.goals,
            texts: file.text,
            link: file.link,
            organisation,
            credit,
            first_name,
        })
    }

    /// The text for a reader of `chain`, and the tag it is in (as for announcements).
    pub fn text_for<'a>(&'a self, chain: &[String]) -> Option<(&'a str, &'a Text)> {
        super::announcement::text_for(&self.texts, chain)
    }
}

/// A first name as a person may give it: one word of letters (and `-`, `'`), so that no
/// surname rides along.
pub fn is_first_name(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && name.chars().count() <= FIRST_NAME_MAX
        && name.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || is_mark(c))
}

/// Combining marks (Arabic vowel signs, Devanagari and the like) belong to letters.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "de", "ar"];

    #[test]
    fn a_story_file_parses_and_every_problem_is_listed() {
        let ok = r#"
kind = "founder"
country = "de"
region = "berlin"
sector = "hospitality"
goals = ["own_business"]
organisation = "Kita e.V."
link = "https://example.org/story"
credit = "first_name"
first_name = "Amina"
[text.en]
title = "A catering business in Neukölln"
body = "Amina started with two pots and a market stall."
"#;
        let s = Story::from_file(ok, LANGS).unwrap();
        assert_eq!((s.kind, s.credit, s.first_name.as_deref()), (Kind::Founder, Credit::FirstName, Some("Amina")));
        assert_eq!(s.country.as_deref(), Some("DE"));
        let bad = "kind = \"x\"\norganisation = \"\"\nregion = \"vienna\"\ncountry = \"DE\"\ncredit = \"first_name\"\n";
        let problems = Story::from_file(bad, LANGS).unwrap_err();
        assert_eq!(problems.len(), 5, "{problems:?}");
    }

    #[test]
    fn first_names_are_names() {
        assert!(is_first_name("Amina"));
        assert!(is_first_name("Jean-Luc"));
        assert!(is_first_name("محمد"));
        assert!(!is_first_name("Amina Hassan"), "one word: no surname");
        assert!(!is_first_name("https://x"));
        assert!(!is_first_name(""));
    }

    proptest::proptest! {
        #[test]
        fn any_file_parses_or_says_why(s in "\\PC{0,300}") {
            let _ = Story::from_file(&s, LANGS);
        }

        #[test]
        fn any_name_is_judged(s in "\\PC{0,60}") {
            let _ = is_first_name(&s);
        }
    }
}
