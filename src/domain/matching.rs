//! Matching: a profile and the catalogue give a ranked list of programmes, each with the reasons
//! it was chosen. Hard filters only for what makes an offer useless (another region, other goals,
//! another age, women-only for someone who did not ask for it); status and permission to work
//! never exclude anyone, they only add "check with the provider" notes. The score and the reasons
//! come from one table of rules, so a rule that raises a programme always says why.
//! Deterministic: ties are broken by programme id.

use super::codes::{self, GOALS, LANGUAGES, SECTORS, STAGES, STATUSES};
use super::programme::{Childcare, Cost, Programme};
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

/// One matching rule: when it holds for a profile and a programme, what it adds to the score and
/// what it tells the user. [`score`] and [`reasons`] both read [`RULES`], so the two cannot drift
/// apart, and a rule that raises the score must say why (checked when compiling).
struct Rule {
    /// The codes the rule matched (a mask), or 1 for a rule without codes; 0 when it does not hold.
    holds: fn(&Profile, &Programme) -> u32,
    /// Added to the score for each reason the rule gives; negative counts against the programme.
    weight: i32,
    says: Says,
}

/// What a rule that holds tells the user.
enum Says {
    /// Nothing; the rule only lowers the score.
    Nothing,
    /// Where the programme is offered: the user's region, the whole country, or online.
    Place,
    /// One fixed reason.
    Is(Reason),
    /// One reason per matched code, counted once each.
    EachCode(&'static [&'static str], fn(&'static str) -> Reason),
    /// One reason, for the first matched code.
    FirstCode(&'static [&'static str], fn(&'static str) -> Reason),
}

impl Says {
    /// What a rule of `weight` that matched `hits` adds to the score: the weight once for each
    /// reason it gives (or once, for a rule that says nothing).
    fn adds(&self, weight: i32, hits: u32) -> i32 {
        let times = match self {
            Says::EachCode(..) => hits.count_ones() as i32,
            _ => i32::from(hits != 0),
        };
        weight * times
    }
}

/// The bit of the "recognition" goal.
const RECOGNITION: u32 = const_bit(GOALS, "recognition");
const _: () = assert!(RECOGNITION != 0, "`recognition` is a goal");

/// [`codes::bit`] at compile time; 0 if `code` is not in `list`.
const fn const_bit(list: &[&str], code: &str) -> u32 {
    let (mut rest, mut bit) = (list, 1);
    while let [first, tail @ ..] = rest {
        if same_bytes(first.as_bytes(), code.as_bytes()) {
            return bit;
        }
        (rest, bit) = (tail, bit << 1);
    }
    0
}

const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    match (a, b) {
        ([x, a @ ..], [y, b @ ..]) => *x == *y && same_bytes(a, b),
        ([], []) => true,
        _ => false,
    }
}

/// A rule without codes matches once, or not at all.
fn when(b: bool) -> u32 {
    u32::from(b)
}

const fn rule(weight: i32, says: Says, holds: fn(&Profile, &Programme) -> u32) -> Rule {
    Rule { holds, weight, says }
}

/// Declares [`RULES`] and writes [`score`] out from the same rows. `score` runs for every
/// programme that passes the filters, so it calls each rule's `holds` directly, where the
/// compiler inlines it; a loop over the table's function pointers made ranking about 30% slower.
macro_rules! rules {
    ($(($weight:expr, $says:expr, $holds:expr),)*) => {
        /// The rules, in the order their reasons are shown, advisory notes last. Each row: the
        /// weight, what the rule says, and when it holds (`u` the profile, `p` the programme).
        static RULES: &[Rule] = &[$(rule($weight, $says, $holds),)*];

        /// The ranking score; reasons are only built for the programmes finally shown.
        fn score(profile: &Profile, p: &Programme) -> i32 {
            let mut s = 0;
            $(
                let holds: fn(&Profile, &Programme) -> u32 = $holds;
                s += $says.adds($weight, holds(profile, p));
            )*
            s
        }
    };
}

rules![
    // Offered only in some regions, so near the user (who, having passed the filter, lives in one).
    (1, Says::Place, |_, p| when(!p.masks.online && !p.masks.any_region)),
    (0, Says::Place, |_, p| when(p.masks.online || p.masks.any_region)),
    (2, Says::EachCode(GOALS, Reason::Goal), |u, p| u.goals & p.masks.goals),
    (3, Says::FirstCode(LANGUAGES, Reason::InLanguage), |u, p| u.language & p.masks.languages),
    (1, Says::FirstCode(LANGUAGES, Reason::InLanguage), |u, p| {
        if u.language & p.masks.languages != 0 { 0 } else { u.other_languages & p.masks.languages }
    }),
    (2, Says::Is(Reason::Childcare), |u, p| when(u.childcare && p.childcare == Childcare::Yes)),
    (0, Says::Is(Reason::AskChildcare), |u, p| when(u.childcare && p.childcare == Childcare::Unknown)),
    (-1, Says::Nothing, |u, p| when(u.childcare && p.childcare == Childcare::No)),
    (1, Says::Is(Reason::Sector), |u, p| when(u.sectors & p.masks.sectors != 0)),
    (2, Says::Is(Reason::Stage), |u, p| when(u.stage & p.masks.stages != 0)),
    (2, Says::Is(Reason::Finance), |u, p| when(u.needs_finance && p.needs_finance)),
    (2, Says::Is(Reason::ForQualification), |u, p| {
        when(u.foreign_qualification && (p.requires_foreign_qualification || p.masks.goals & RECOGNITION != 0))
    }),
    (0, Says::Is(Reason::Free), |_, p| when(p.cost == Cost::Free)),
    (-1, Says::Is(Reason::CheckStatus), |u, p| when(p.masks.status != 0 && u.status & p.masks.status == 0)),
    (-1, Says::Is(Reason::CheckWorkPermit), |u, p| {
        when(p.needs_work_permit && u.allowed_to_work.as_deref() != Some("yes"))
    }),
    (-2, Says::Is(Reason::CheckQualification), |u, p| {
        when(p.requires_foreign_qualification && !u.foreign_qualification)
    }),
    (-1, Says::Is(Reason::CheckStage), |u, p| {
        when(p.masks.stages != 0 && u.stage != 0 && u.stage & p.masks.stages == 0)
    }),
    // For some business stages, and the user named none: nothing to check with the provider.
    (-1, Says::Nothing, |u, p| when(p.masks.stages != 0 && u.stage == 0)),
];

// A rule that raises the score always says why; one that says nothing only lowers it.
const _: () = {
    let mut i = 0;
    while i < RULES.len() {
        assert!(!matches!(RULES[i].says, Says::Nothing) || RULES[i].weight < 0, "a silent rule that raises the score");
        i += 1;
    }
};

fn reasons(profile: &Profile, p: &Programme) -> Vec<Reason> {
    let mut r = Vec::new();
    for rule in RULES {
        let hits = (rule.holds)(profile, p);
        if hits == 0 {
            continue;
        }
        match &rule.says {
            Says::Nothing => {}
            Says::Place => r.push(place(profile, p)),
            Says::Is(reason) => r.push(reason.clone()),
            Says::EachCode(list, reason) => r.extend(codes::codes(list, hits).map(reason)),
            Says::FirstCode(list, reason) => r.extend(codes::codes(list, hits).next().map(reason)),
        }
    }
    r
}

/// Where the programme meets the user: in their region, in their whole country, or else online.
fn place(profile: &Profile, p: &Programme) -> Reason {
    match &profile.region {
        Some(region) if p.regions.contains(region) => Reason::InRegion(region.clone()),
        _ if p.masks.any_region && profile.country.as_deref() == Some(p.country.as_str()) => {
            Reason::InCountry(p.country.clone())
        }
        _ => Reason::Online,
    }
}

/// The `limit` best programmes for the profile, with reasons, and what the filters excluded.
pub fn rank<'c>(profile: &Profile, catalogue: &'c [Programme], limit: usize) -> Outcome<'c> {
    let mut excluded = [0usize; 4];
    let mut passing: Vec<(i32, &'c Programme)> = Vec::new();
    for p in catalogue {
        match excluded_by(profile, p) {
            Some(f) => excluded[f as usize] += 1,
            None => passing.push((score(profile, p), p)),
        }
    }
    let total = passing.len();
    let order = |a: &(i32, &Programme), b: &(i32, &Programme)| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id));
    if passing.len() > limit && limit > 0 {
        passing.select_nth_unstable_by(limit - 1, order);
        passing.truncate(limit);
    }
    passing.sort_by(order);
    passing.truncate(limit);
    let matches = passing
        .into_iter()
        .map(|(score, programme)| Match { programme, score, reasons: reasons(profile, programme) })
        .collect();
    Outcome { matches, total, excluded }
}
