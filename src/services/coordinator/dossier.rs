//! The salon dossier: one self-contained page for decision makers about one region (unmet needs
//! by goal and the filter that excluded most, ideas by topic and status, the texts of published
//! ideas whose authors agreed, upcoming salons with registrations and needs totals, and the
//! region's success stories), with bar charts as inline SVG ([`chart`]). Inline CSS, nothing
//! loaded from elsewhere, `lang` and `dir` on `<html>`. Only published, consented content; every
//! count under 5 reads "<5". Coordinators get it with `/dossier [region]` as an HTML file; `sifor
//! report dossier` writes HTML or prints a PDF through the headless browser.

pub mod chart;

use crate::domain::announcement::Kind;
use crate::domain::audience::Audience;
use crate::domain::{Role, codes};
use crate::flow::{Arg, Registry};
use crate::i18n::Locales;
use crate::services::app::App;
use crate::services::coordinator::card;
use crate::services::partner::report::BELOW;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::stories::Stored;
use crate::storage::{StoreError, Tx, attendance, audit, dossier, public, staff};
use chart::shown;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::collections::BTreeMap;

/// The dossier's own messages (`locales/<tag>/dossier.ftl`).
pub const MESSAGES: &[&str] = &[
    "dossier-title",
    "dossier-intro",
    "dossier-made",
    "dossier-since",
    "dossier-small",
    "dossier-needs-title",
    "dossier-needs-intro",
    "dossier-needs-none",
    "dossier-needs-chart",
    "dossier-col-goal",
    "dossier-col-filter",
    "dossier-col-profiles",
    "dossier-filter-region",
    "dossier-filter-goal",
    "dossier-filter-age",
    "dossier-filter-women-only",
    "dossier-filter-none",
    "dossier-ideas-title",
    "dossier-ideas-none",
    "dossier-ideas-chart",
    "dossier-col-topic",
    "dossier-col-status",
    "dossier-status-withdrawn",
    "dossier-col-ideas",
    "dossier-texts-title",
    "dossier-texts-intro",
    "dossier-texts-none",
    "dossier-salons-title",
    "dossier-salons-none",
    "dossier-salon-counts",
    "dossier-salon-needs",
    "dossier-stories-title",
    "dossier-stories-none",
    "dossier-caption",
    "dossier-which",
    "dossier-unknown-region",
    "dossier-not-yours",
];

/// Unmet needs of one goal: how many profiles, and the filter that excluded most of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub goal: String,
    pub count: i64,
    pub filter: String,
}

/// An upcoming salon and its totals (exact here; shown suppressed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salon {
    pub event: public::Event,
    pub registered: i64,
    pub waiting: i64,
    pub interpreters: i64,
    pub childcare: i64,
    pub access: i64,
}

/// Everything the dossier shows, read in one transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dossier {
    pub region: String,
    pub since: Option<i64>,
    pub made_at: i64,
    pub needs: Vec<Need>,
    pub ideas: Vec<(String, String, i64)>,
    pub texts: Vec<dossier::Shown>,
    pub salons: Vec<Salon>,
    pub stories: Vec<Stored>,
}

/// The country of a region code of the flows.
pub fn country_of(region: &str) -> Option<&'static str> {
    codes::COUNTRIES.iter().copied().find(|c| codes::regions(c).contains(&region))
}

/// Whether an audience reaches `region` (named, or its whole country, or everyone).
fn reaches(a: &Audience, region: &str, country: &str) -> bool {
    let narrowed = a.regions.iter().any(|r| codes::regions(country).contains(&r.as_str()));
    a.regions.iter().any(|r| r == region)
        || (a.countries.iter().any(|c| c == country) && !narrowed)
        || (a.countries.is_empty() && a.regions.is_empty())
}

/// Reads the dossier of `region` (from `since` on, when given). `first` is the status every
/// idea gets on arrival.
pub async fn build(
    tx: &mut Tx,
    first: &str,
    region: &str,
    since: Option<i64>,
    now: i64,
) -> Result<Dossier, StoreError> {
    let from = since.unwrap_or(0);
    let country = country_of(region).unwrap_or_default();
    let mut by_goal: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
    for (goals, filter) in dossier::unmet(tx, region, from, BELOW).await? {
        let filter = filter.unwrap_or_else(|| "none".into());
        let mut goals: Vec<&str> = goals.split(',').map(str::trim).filter(|g| !g.is_empty()).collect();
        goals.sort_unstable();
        goals.dedup();
        for g in goals {
            let g = if codes::GOALS.contains(&g) { g } else { "other" };
            *by_goal.entry(g.to_string()).or_default().entry(filter.clone()).or_default() += 1;
        }
    }
    let mut needs: Vec<Need> = by_goal
        .into_iter()
        .map(|(goal, filters)| {
            let count = filters.values().sum();
            let filter = filters.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|f| f.0.clone());
            Need { goal, count, filter: filter.unwrap_or_else(|| "none".into()) }
        })
        .collect();
    needs.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.goal.cmp(&b.goal)));
    let mut salons = Vec::new();
    for event in public::upcoming_events(tx, now).await? {
        let a = &event.content;
        if a.kind != Kind::Salon || event.cancelled || !reaches(&a.audience, region, country) {
            continue;
        }
        let c = attendance::counts(tx, event.id).await?;
        let interpreters = c.interpreters.iter().map(|i| i.1).sum();
        salons.push(Salon {
            event,
            registered: c.registered,
            waiting: c.waiting + c.offered,
            interpreters,
            childcare: c.childcare,
            access: c.access,
        });
    }
    Ok(Dossier {
        region: region.to_string(),
        since,
        made_at: now,
        needs,
        ideas: dossier::ideas(tx, region, from).await?,
        texts: dossier::shown_ideas(tx, first, region, from).await?,
        salons,
        stories: dossier::stories(tx, region, from).await?,
    })
}

/// The styles, inline: one column, system fonts, tables that fit a phone and print on A4.
const CSS: &str = "*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,\
'Noto Sans','Noto Naskh Arabic',Tahoma,sans-serif;color:#1c1c1c;background:#fff;overflow-wrap:anywhere}\
header,main{max-width:46rem;margin:0 auto;padding:0 1rem}header{padding-top:1rem;border-bottom:3px solid #0a4f8f}\
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 .5rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;color:#0a4f8f}\
h3{font-size:1.05rem;margin:.2rem 0}p{margin:.3rem 0}.note,.meta{color:#555;font-size:.92rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:start;padding:.3rem .4rem;\
border-bottom:1px solid #dcd9d0;vertical-align:top}th{overflow-wrap:normal}td.n{text-align:end;white-space:nowrap;font-weight:700}\
.chart{display:block;max-width:28rem;margin:.5rem 0}.card{border:1px solid #dcd9d0;border-radius:.5rem;\
padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid}.text{white-space:pre-line}\
@media print{header,main{max-width:none}h2{break-after:avoid}}";

/// The dossier as one self-contained HTML page in `tag`.
pub fn render(l: &Locales, flows: &Registry, tag: &str, d: &Dossier) -> String {
    let t = |id: &str| l.text(tag, id, &[]);
    let rtl = l.is_rtl(tag);
    let region = region_name(l, tag, &d.region);
    let title = l.text(tag, "dossier-title", &[("region", Arg::Str(region.as_str().into()))]);
    let date = |at: i64| {
        let (y, m, day) = crate::domain::localtime::civil(at.div_euclid(86_400));
        format!("{y:04}-{m:02}-{day:02}")
    };
    let label = |prefix: &str, code: &str| {
        l.raw(tag, &format!("{prefix}-{}", code.replace('_', "-")), &[]).unwrap_or_else(|| code.to_string())
    };
    let status_name = |id: &str| match flows.statuses().get(id) {
        Some(s) => t(&s.name_id()),
        None if id == "withdrawn" => t("dossier-status-withdrawn"),
        None => id.to_string(),
    };
    let need_rows: Vec<(String, i64)> = d.needs.iter().map(|n| (label("opt-goal", &n.goal), n.count)).collect();
    let mut topics: BTreeMap<&str, i64> = BTreeMap::new();
    for (topic, _, n) in &d.ideas {
        *topics.entry(topic.as_str()).or_default() += n;
    }
    let mut topic_rows: Vec<(String, i64)> = topics.iter().map(|(k, n)| (label("opt-topic", k), *n)).collect();
    topic_rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let order = |s: &str| flows.statuses().list.iter().position(|x| x.id == s).unwrap_or(usize::MAX);
    let mut ideas = d.ideas.clone();
    ideas.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| order(&a.1).cmp(&order(&b.1))));
    let made = l.text(tag, "dossier-made", &[("date", Arg::Str(date(d.made_at).into()))]);
    let body = html! {
        header {
            h1 { (title) }
            p { (t("dossier-intro")) }
            p.meta { (made)
                @if let Some(since) = d.since { " · " (l.text(tag, "dossier-since", &[("date", Arg::Str(date(since).into()))])) } }
            p.note { (t("dossier-small")) }
        }
        main {
            section #needs {
                h2 { (t("dossier-needs-title")) }
                p { (t("dossier-needs-intro")) }
                @if d.needs.is_empty() { p.note { (t("dossier-needs-none")) } } @else {
                    (chart::bars(&t("dossier-needs-chart"), &need_rows, rtl))
                    table { thead { tr { th { (t("dossier-col-goal")) } th { (t("dossier-col-filter")) } th { (t("dossier-col-profiles")) } } }
                        tbody { @for n in &d.needs { tr { td { (label("opt-goal", &n.goal)) } td { (label("dossier-filter", &n.filter)) }
                            td.n dir="ltr" { (shown(n.count)) } } } } }
                }
            }
            section #ideas {
                h2 { (t("dossier-ideas-title")) }
                @if d.ideas.is_empty() { p.note { (t("dossier-ideas-none")) } } @else {
                    (chart::bars(&t("dossier-ideas-chart"), &topic_rows, rtl))
                    table { thead { tr { th { (t("dossier-col-topic")) } th { (t("dossier-col-status")) } th { (t("dossier-col-ideas")) } } }
                        tbody { @for (topic, status, n) in &ideas { tr { td { (label("opt-topic", topic)) } td { (status_name(status)) }
                            td.n dir="ltr" { (shown(*n)) } } } } }
                }
            }
            section #texts {
                h2 { (t("dossier-texts-title")) }
                p.note { (t("dossier-texts-intro")) }
                @if d.texts.is_empty() { p.note { (t("dossier-texts-none")) } }
                @for i in &d.texts {
                    article.card {
                        p.meta { (l.finish(tag, l.join(tag, "part-separator", &[i.pseudonym.as_str(), &label("opt-topic", &i.topic), &status_name(&i.status)]))) }
                        p.text lang=(i.language) dir="auto" { strong { (t("web-idea-problem")) } " " (i.problem) }
                        p.text lang=(i.language) dir="auto" { strong { (t("web-idea-text")) } " " (i.idea) }
                    }
                }
            }
            section #salons {
                h2 { (t("dossier-salons-title")) }
                @if d.salons.is_empty() { p.note { (t("dossier-salons-none")) } }
                @for s in &d.salons { (salon(l, tag, s)) }
            }
            section #stories {
                h2 { (t("dossier-stories-title")) }
                @if d.stories.is_empty() { p.note { (t("dossier-stories-none")) } }
                @for s in &d.stories { (story(l, tag, s)) }
            }
        }
    };
    page(tag, rtl, &title, body).into_string()
}

fn page(tag: &str, rtl: bool, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(tag) dir=(if rtl { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body { (body) }
        }
    }
}

fn region_name(l: &Locales, tag: &str, region: &str) -> String {
    l.raw(tag, &format!("opt-region-{}", region.replace('_', "-")), &[]).unwrap_or_else(|| region.to_string())
}

fn salon(l: &Locales, tag: &str, s: &Salon) -> Markup {
    let a = &s.event.content;
    // A count reads left to right in every direction ("<5", not ">5").
    let n = |v: i64| Arg::Str(if l.is_rtl(tag) { format!("\u{2066}{}\u{2069}", shown(v)) } else { shown(v) }.into());
    let counts = l.text(tag, "dossier-salon-counts", &[("registered", n(s.registered)), ("waiting", n(s.waiting))]);
    let needs = l.text(
        tag,
        "dossier-salon-needs",
        &[("interpreters", n(s.interpreters)), ("childcare", n(s.childcare)), ("access", n(s.access))],
    );
    html! {
        article.card {
            @if let Some((text_tag, text)) = a.text_for(l.chain(tag)) { h3 lang=(text_tag) dir="auto" { (text.title) } }
            @if let Some(starts) = a.starts { p { (l.finish(tag, card::when(l, tag, a, starts))) } }
            @if let Some(place) = &a.place { p { (l.text(tag, "ann-place", &[("place", Arg::Str(place.as_str().into()))])) } }
            p { (counts) }
            p { (needs) }
        }
    }
}

fn story(l: &Locales, tag: &str, s: &Stored) -> Markup {
    let by = l.text(tag, "web-story-told-by", &[("organisation", Arg::Str(s.story.organisation.as_str().into()))]);
    html! {
        article.card {
            @if let Some((text_tag, text)) = s.story.text_for(l.chain(tag)) {
                h3 lang=(text_tag) dir="auto" { (text.title) }
                @if !text.body.trim().is_empty() { p.text lang=(text_tag) dir="auto" { (text.body.trim()) } }
            }
            p.meta { (by) }
        }
    }
}

/// `/dossier [region]`: the dossier of a region in the coordinator's scope (admins: any), as an
/// HTML file. Without a region: the first region of the scope.
pub async fn command(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let tag = turn.tag();
    let l = &app.locales;
    let scope = match turn.user.role {
        Role::Admin => None,
        Role::Coordinator => match staff::get(&mut turn.tx, turn.user.id).await? {
            Some(m) => Some(m.scope),
            None => return Ok(false),
        },
        _ => return Ok(false),
    };
    let asked = turn.arguments.as_deref().map(|a| a.trim().to_lowercase()).filter(|a| !a.is_empty());
    let mine = scope.as_ref().and_then(|s| s.regions.iter().find(|r| country_of(r).is_some()).cloned());
    let Some(region) = asked.or(mine) else {
        turn.reply.views.push(View::Text(l.text(&tag, "dossier-which", &[])));
        return Ok(true);
    };
    let Some(country) = country_of(&region) else {
        let known = codes::COUNTRIES.iter().flat_map(|c| codes::regions(c).iter().copied()).collect::<Vec<_>>();
        let args = [("region", Arg::Str(region.as_str().into())), ("regions", Arg::Str(known.join(", ").into()))];
        turn.reply.views.push(View::Text(l.text(&tag, "dossier-unknown-region", &args)));
        return Ok(true);
    };
    if let Some(scope) = &scope
        && !scope.covers_place(Some(country), Some(&region))
    {
        let args = [("regions", Arg::Str(scope.regions.join(", ").into()))];
        turn.reply.views.push(View::Text(l.text(&tag, "dossier-not-yours", &args)));
        return Ok(true);
    }
    let first = app.flows.statuses().list.first().map_or_else(|| "received".to_string(), |s| s.id.clone());
    let d = build(&mut turn.tx, &first, &region, None, turn.now).await?;
    let content = render(l, &app.flows, &tag, &d);
    let actor = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &actor, "dossier", Some(&region), None).await?;
    let (y, m, day) = crate::domain::localtime::civil(turn.now.div_euclid(86_400));
    let caption = l.text(&tag, "dossier-caption", &[("region", Arg::Str(region_name(l, &tag, &region).into()))]);
    turn.reply.views.push(View::Document {
        file_name: format!("dossier-{region}-{y:04}-{m:02}-{day:02}.html"),
        caption,
        content,
    });
    Ok(true)
}
