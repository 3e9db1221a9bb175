//! Matching: a profile and the catalogue give a ranked list of programmes, each with the reasons
//! it was chosen. Hard filters only for what makes an offer useless (another region, other goals,
//! another age, women-only for someone who did not ask for it); status and permission to work
//! never exclude anyone, they only add "check with the provider" notes. Deterministic: ties are
//! broken by programme id.

use super::codes::{self, GOALS, LANGUAGES, SECTORS, STAGES, STATUSES};
use super::programme::Programme;
use std::collections::BTreeMap;

/// What matching reads from a user's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub country: Option<String>,
    pub region: Option<String>,
    pub goals: u32,
    /// The user chose "not sure yet": every goal is open.
    pub goals_open: bool,
    pub age: Option<(u8, u8)>,
    pub women_only: bool,
    pub status: u32,
    pub allowed_to_work: Option<String>,
    /// The chosen interface language's code.
    pub language: u32,
    pub other_languages: u32,
    pub childcare: bool,
    pub sectors: u32,
    pub stage: u32,
    pub needs_finance: bool,
    pub foreign_qualification: bool,
}

impl Profile {
    /// From the stored answers (plain values, lists `,`-separated) and the interface language.
    pub fn from_answers(answers: &BTreeMap<String, String>, locale: &str) -> Profile {
        let get = |k: &str| answers.get(k).map(String::as_str).filter(|v| !v.is_empty());
        let list = |k: &str| get(k).map(|v| v.split(',').collect::<Vec<_>>()).unwrap_or_default();
        let mask = |table: &[&str], k: &str| list(k).iter().filter_map(|c| codes::bit(table, c)).fold(0, |a, b| a | b);
        let mut sectors = mask(SECTORS, "sector");
        sectors |= mask(SECTORS, "business_sector");
        let primary = locale.split('-').next().unwrap_or(locale);
        Profile {
            country: get("country").map(str::to_string),
            region: get("region").map(str::to_string),
            goals: mask(GOALS, "goals"),
            goals_open: list("goals").contains(&"not_sure") || get("goals").is_none(),
            age: get("age_band").and_then(codes::age_band),
            women_only: get("women_only") == Some("yes"),
            status: mask(STATUSES, "status_category"),
            allowed_to_work: get("allowed_to_work").map(str::to_string),
            language: codes::bit(LANGUAGES, primary).unwrap_or(0),
            other_languages: mask(LANGUAGES, "other_languages"),
            childcare: get("childcare") == Some("yes"),
            sectors,
            stage: mask(STAGES, "business_stage"),
            needs_finance: get("needs_finance") == Some("yes"),
            foreign_qualification: get("foreign_qualification") == Some("yes"),
        }
    }
}

/// Why a programme is shown, or what to check; the adapters localize them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Offered in the user's region (region code).
    InRegion(String),
    /// Offered in the whole country (country code).
    InCountry(String),
    Online,
    /// Fits a goal of the user (goal code).
    Goal(&'static str),
    /// Offered in the user's language (language code).
    InLanguage(&'static str),
    Childcare,
    Sector,
    Stage,
    Finance,
    ForQualification,
    Free,
    /// Advisory: the provider names status categories the user did not give.
    CheckStatus,
    /// Advisory: a work permit is needed and the user did not say they have one.
    CheckWorkPermit,
    /// Advisory: meant for people with a foreign qualification.
    CheckQualification,
    /// Advisory: meant for another business stage.
    CheckStage,
    /// Advisory: childcare needed and the provider did not say.
    AskChildcare,
}

impl Reason {
    /// Advisory notes are shown as "?", the rest as "✓".
    pub fn is_note(&self) -> bool {
        matches!(
            self,
            Reason::CheckStatus
                | Reason::CheckWorkPermit
                | Reason::CheckQualification
                | Reason::CheckStage
                | Reason::AskChildcare
        )
    }
}

/// The hard filter that excluded a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Filter {
    Region,
    Goal,
    Age,
    WomenOnly,
}

impl Filter {
    pub const ALL: [Filter; 4] = [Filter::Region, Filter::Goal, Filter::Age, Filter::WomenOnly];

    pub fn code(self) -> &'static str {
        match self {
            Filter::Region => "region",
            Filter::Goal => "goal",
            Filter::Age => "age",
            Filter::WomenOnly => "women_only",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Match<'c> {
    pub programme: &'c Programme,
    pub score: i32,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone)]
pub struct Outcome<'c> {
    /// The best matches, best first, at most the limit asked for.
    pub matches: Vec<Match<'c>>,
    /// How many programmes passed the hard filters.
    pub total: usize,
    /// How many programmes each hard filter excluded (the first filter that failed counts).
    pub excluded: [usize; 4],
}

impl Outcome<'_> {
    /// The filter that excluded the most programmes, if any did.
    pub fn top_filter(&self) -> Option<Filter> {
        Filter::ALL
            .into_iter()
            .zip(self.excluded)
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(f, n)| (*n, std::cmp::Reverse(*f)))
            .map(|(f, _)| f)
    }
}

/// The first hard filter `p` fails for `profile`.
fn excluded_by(profile: &Profile, p: &Programme) -> Option<Filter> {
    let in_region = p.masks.online
        || (profile.country.as_deref() == Some(p.country.as_str())
            && (p.masks.any_region || profile.region.as_ref().is_some_and(|r| p.regions.contains(r))));
    if !in_region {
        return Some(Filter::Region);
    }
    if !profile.goals_open && profile.goals & p.masks.goals == 0 {
        return Some(Filter::Goal);
    }
    if let Some((lo, hi)) = profile.age
        && (p.age_min.is_some_and(|min| hi < min) || p.age_max.is_some_and(|max| lo > max))
    {
        return Some(Filter::Age);
    }
    if p.women_only && !profile.women_only {
        return Some(Filter::WomenOnly);
    }
    None
}

/// The ranking score; reasons are only built for the programmes finally shown.
fn score(profile: &Profile, p: &Programme) -> i32 {
    let m = &p.masks;
    let mut s = 2 * (profile.goals & m.goals).count_ones() as i32;
    if !m.online && !m.any_region {
        s += 1;
    }
    if profile.language & m.languages != 0 {
        s += 3;
    } else if profile.other_languages & m.languages != 0 {
        s += 1;
    }
    if profile.childcare {
        s += match p.childcare.as_str() {
            "yes" => 2,
            "no" => -1,
            _ => 0,
        };
    }
    if profile.sectors & m.sectors != 0 {
        s += 1;
    }
    if m.stages != 0 {
        s += if profile.stage & m.stages != 0 { 2 } else { -1 };
    }
    if profile.needs_finance && p.needs_finance {
        s += 2;
    }
    if p.requires_foreign_qualification {
        s += if profile.foreign_qualification { 2 } else { -2 };
    } else if profile.foreign_qualification && m.goals & codes::bit(GOALS, "recognition").unwrap_or(0) != 0 {
        s += 2;
    }
    if m.status != 0 && profile.status & m.status == 0 {
        s -= 1;
    }
    if p.needs_work_permit && profile.allowed_to_work.as_deref() != Some("yes") {
        s -= 1;
    }
    s
}

fn reasons(profile: &Profile, p: &Programme) -> Vec<Reason> {
    let m = &p.masks;
    let mut r = Vec::new();
    match (&profile.region, m.online) {
        (Some(region), _) if p.regions.contains(region) => r.push(Reason::InRegion(region.clone())),
        _ if m.any_region && profile.country.as_deref() == Some(p.country.as_str()) => {
            r.push(Reason::InCountry(p.country.clone()))
        }
        _ => r.push(Reason::Online),
    }
    r.extend(codes::codes(GOALS, profile.goals & m.goals).map(Reason::Goal));
    if let Some(lang) = codes::codes(LANGUAGES, profile.language & m.languages).next() {
        r.push(Reason::InLanguage(lang));
    } else if let Some(lang) = codes::codes(LANGUAGES, profile.other_languages & m.languages).next() {
        r.push(Reason::InLanguage(lang));
    }
    if profile.childcare {
        match p.childcare.as_str() {
            "yes" => r.push(Reason::Childcare),
            "unknown" => r.push(Reason::AskChildcare),
            _ => {}
        }
    }
    if profile.sectors & m.sectors != 0 {
        r.push(Reason::Sector);
    }
    if m.stages != 0 && profile.stage & m.stages != 0 {
        r.push(Reason::Stage);
    }
    if profile.needs_finance && p.needs_finance {
        r.push(Reason::Finance);
    }
    if profile.foreign_qualification
        && (p.requires_foreign_qualification || m.goals & codes::bit(GOALS, "recognition").unwrap_or(0) != 0)
    {
        r.push(Reason::ForQualification);
    }
    if p.cost == "free" {
        r.push(Reason::Free);
    }
    if m.status != 0 && profile.status & m.status == 0 {
        r.push(Reason::CheckStatus);
    }
    if p.needs_work_permit && profile.allowed_to_work.as_deref() != Some("yes") {
        r.push(Reason::CheckWorkPermit);
    }
    if p.requires_foreign_qualification && !profile.foreign_qualification {
        r.push(Reason::CheckQualification);
    }
    if m.stages != 0 && profile.stage != 0 && profile.stage & m.stages == 0 {
        r.push(Reason::CheckStage);
    }
    r
}

/// The `limit` best programmes for the profile, with reasons, and what the filters excluded.
pub fn rank<'c>(profile: &Profile, catalogue: &'c [Programme], limit: usize) -> Outcome<'c> {
    let mut excluded = [0usize; 4];
    let mut passing: Vec<(i32, usize)> = Vec::new();
    for (i, p) in catalogue.iter().enumerate() {
        match excluded_by(profile, p) {
            Some(f) => excluded[f as usize] += 1,
            None => passing.push((score(profile, p), i)),
        }
    }
    let total = passing.len();
    let order =
        |a: &(i32, usize), b: &(i32, usize)| b.0.cmp(&a.0).then_with(|| catalogue[a.1].id.cmp(&catalogue[b.1].id));
    if passing.len() > limit && limit > 0 {
        passing.select_nth_unstable_by(limit - 1, order);
        passing.truncate(limit);
    }
    passing.sort_by(order);
    passing.truncate(limit);
    let matches = passing
        .into_iter()
        .map(|(score, i)| Match { programme: &catalogue[i], score, reasons: reasons(profile, &catalogue[i]) })
        .collect();
    Outcome { matches, total, excluded }
}
