//! Shows matches: a title with the count, then a short card per programme (title, provider,
//! one-line summary, reasons, "check with the provider" notes, next steps, an "example data"
//! note on sample entries) with a website button and "save" / "not for me" feedback, and a "more"
//! button for the next page. No match: said honestly, with counselling for the user's country.

use super::view::{Button, Press, View};
use crate::domain::{self, Profile, Programme, Reason};
use crate::flow::{Arg, Session};
use crate::i18n::Locales;
use std::collections::BTreeMap;

/// Keeps what the unmet-needs report needs of the matches shown in this turn (with the
/// profile consent only).
pub async fn record(turn: &mut crate::services::turn::Turn<'_>) -> Result<(), crate::storage::StoreError> {
    let Some(m) = &turn.reply.matched else { return Ok(()) };
    if !super::consent::consented(&turn.state, "profile") {
        return Ok(());
    }
    let result = crate::storage::programmes::MatchResult {
        country: &m.country,
        region: &m.region,
        goals: &m.goals,
        matches: m.count as i64,
        top_filter: m.top_filter,
    };
    crate::storage::programmes::record_match(&mut turn.tx, turn.user.id, &result, turn.now).await
}

/// Cards per page.
pub const PAGE: usize = 5;

/// What the unmet-needs report keeps of a shown result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchSummary {
    pub country: String,
    pub region: String,
    pub goals: String,
    pub count: usize,
    pub top_filter: Option<&'static str>,
}

/// The plain answers of a session, as matching reads them.
pub fn answers(session: Option<&Session>) -> BTreeMap<String, String> {
    session.map(|s| s.answers.iter().map(|(k, a)| (k.to_string(), a.value.as_plain())).collect()).unwrap_or_default()
}

/// The views of page `page` (0-based) of the matches for these answers, and the summary.
pub fn show(
    locales: &Locales,
    tag: &str,
    catalogue: &[Programme],
    answers: &BTreeMap<String, String>,
    page: usize,
    idea_flow: Option<&str>,
) -> (Vec<View>, MatchSummary) {
    let profile = Profile::from_answers(answers, tag);
    let outcome = domain::rank(&profile, catalogue, (page + 1) * PAGE);
    let summary = MatchSummary {
        country: answers.get("country").cloned().unwrap_or_default(),
        region: answers.get("region").cloned().unwrap_or_default(),
        goals: answers.get("goals").cloned().unwrap_or_default(),
        count: outcome.total,
        top_filter: outcome.top_filter().map(|f| f.code()),
    };
    let mut views = Vec::new();
    let t = |id: &str, args: &[(&str, Arg<'_>)]| locales.text(tag, id, args);
    let country = Arg::Str(summary.country.clone().into());
    if outcome.total == 0 {
        views.push(View::Text(t("matches-title", &[("count", Arg::Num(0))])));
        views.push(View::Text(t("no-match-counselling", &[("country", country)])));
        views.push(View::Text(t("no-match-recorded", &[])));
        if let Some(flow) = idea_flow {
            let options = vec![Button { label: t("btn-idea", &[]), press: Press::Flow(flow.to_string()) }];
            views.push(View::Keyboard { text: t("no-match-idea", &[]), options, nav: Vec::new(), refresh: false });
        }
        return (views, summary);
    }
    let first = page * PAGE;
    if first == 0 {
        views.push(View::Text(t("matches-title", &[("count", Arg::Num(outcome.total as i64))])));
    }
    for (i, m) in outcome.matches.iter().enumerate().skip(first) {
        views.push(card(locales, tag, catalogue, i + 1, m));
    }
    let shown = outcome.matches.len();
    let mut options = Vec::new();
    if shown < outcome.total {
        options.push(Button { label: t("btn-more", &[]), press: Press::More((page + 1) as u16) });
    }
    if let Some(flow) = idea_flow {
        options.push(Button { label: t("btn-idea", &[]), press: Press::Flow(flow.to_string()) });
    }
    let text = t("matches-shown", &[("shown", Arg::Num(shown as i64)), ("total", Arg::Num(outcome.total as i64))]);
    // What worked for others, after what fits.
    let nav = vec![Button { label: t("btn-stories", &[]), press: Press::Stories(0) }];
    views.push(View::Keyboard { text, options, nav, refresh: false });
    (views, summary)
}

fn card(locales: &Locales, tag: &str, catalogue: &[Programme], n: usize, m: &domain::Match<'_>) -> View {
    let p = m.programme;
    let raw = |id: &str, args: &[(&str, Arg<'_>)]| locales.raw(tag, id, args).unwrap_or_default();
    let (title, summary) = p.text(tag);
    let mut lines = vec![
        raw(
            "match-card",
            &[
                ("n", Arg::Num(n as i64)),
                ("title", Arg::Str(title.into())),
                ("owner", Arg::Str(p.owner.clone().into())),
            ],
        ),
        summary.to_string(),
    ];
    let (checks, notes): (Vec<&Reason>, Vec<&Reason>) = m.reasons.iter().partition(|r| !r.is_note());
    let checks: Vec<String> = checks.into_iter().map(|r| reason(locales, tag, r)).collect();
    if !checks.is_empty() {
        lines.push(locales.join(tag, "part-separator", &checks));
    }
    lines.extend(notes.into_iter().map(|r| reason(locales, tag, r)));
    let next: Vec<&str> =
        p.next_steps.iter().filter_map(|id| catalogue.iter().find(|q| q.id == *id)).map(|q| q.text(tag).0).collect();
    if !next.is_empty() {
        lines.push(raw("next-steps", &[("titles", Arg::Str(locales.join(tag, "list-separator", &next).into()))]));
    }
    if p.sample {
        lines.push(raw("note-sample", &[]));
    }
    let mut options = Vec::new();
    if let Some(url) = &p.contact_url {
        options.push(Button { label: locales.text(tag, "btn-website", &[]), press: Press::Link(url.clone()) });
    }
    options.push(Button {
        label: locales.text(tag, "btn-save", &[]),
        press: Press::Feedback { programme: p.id.clone(), saved: true },
    });
    options.push(Button {
        label: locales.text(tag, "btn-not-relevant", &[]),
        press: Press::Feedback { programme: p.id.clone(), saved: false },
    });
    View::Keyboard { text: locales.finish(tag, lines.join("\n")), options, nav: Vec::new(), refresh: false }
}

/// One reason in the user's language.
pub fn reason(locales: &Locales, tag: &str, r: &Reason) -> String {
    let raw = |id: &str| locales.raw(tag, id, &[]).unwrap_or_default();
    let with = |id: &str, name: &str, value: String| {
        locales.raw(tag, id, &[(name, Arg::Str(value.into()))]).unwrap_or_default()
    };
    match r {
        Reason::InRegion(code) => {
            with("reason-region", "place", raw(&format!("opt-region-{}", code.replace('_', "-"))))
        }
        Reason::InCountry(code) => with("reason-country", "country", code.clone()),
        Reason::Online => raw("reason-online"),
        Reason::Goal(goal) => with("reason-goal", "goal", raw(&format!("opt-goal-{}", goal.replace('_', "-")))),
        Reason::InLanguage(code) => with("reason-language", "language", raw(&format!("lang-name-{code}"))),
        Reason::Childcare => raw("reason-childcare"),
        Reason::Sector => raw("reason-sector"),
        Reason::Stage => raw("reason-stage"),
        Reason::Finance => raw("reason-finance"),
        Reason::ForQualification => raw("reason-qualification"),
        Reason::Free => raw("reason-free"),
        Reason::CheckStatus => raw("note-status"),
        Reason::CheckWorkPermit => raw("note-work-permit"),
        Reason::CheckQualification => raw("note-qualification"),
        Reason::CheckStage => raw("note-stage"),
        Reason::AskChildcare => raw("note-childcare"),
    }
}

/// The message ids [`reason`] builds from codes: every region, goal and language name.
pub fn code_message_ids() -> Vec<String> {
    use crate::domain::codes;
    let regions =
        codes::COUNTRIES.iter().flat_map(|c| codes::regions(c)).map(|r| format!("opt-region-{}", r.replace('_', "-")));
    let goals = codes::GOALS.iter().map(|g| format!("opt-goal-{}", g.replace('_', "-")));
    let languages = codes::LANGUAGES.iter().map(|l| format!("lang-name-{l}"));
    regions.chain(goals).chain(languages).collect()
}

/// Message ids the match views use (besides the flows' region and goal options).
pub const MESSAGES: &[&str] = &[
    "matches-title",
    "matches-shown",
    "match-card",
    "reason-region",
    "reason-country",
    "reason-online",
    "reason-goal",
    "reason-language",
    "reason-childcare",
    "reason-sector",
    "reason-stage",
    "reason-finance",
    "reason-qualification",
    "reason-free",
    "note-status",
    "note-work-permit",
    "note-qualification",
    "note-stage",
    "note-childcare",
    "note-sample",
    "next-steps",
    "btn-website",
    "btn-save",
    "btn-not-relevant",
    "btn-more",
    "btn-idea",
    "feedback-saved",
    "feedback-not-relevant",
    "no-match-counselling",
    "no-match-recorded",
    "no-match-idea",
    "matches-none-yet",
];
