//! The public page at `/` (the visitor's language from `Accept-Language`) and `/<locale>/`:
//! upcoming workshops and salons, success stories, what came of ideas, and a link to talk to the
//! bot, in every locale, rendered on the server with maud. One column, system fonts, inline CSS,
//! no script and nothing loaded from elsewhere, `lang` and `dir` on `<html>`, so that it reads
//! well on a cheap phone and inside another site's iframe (no `X-Frame-Options`).

use super::Web;
use super::http::{self, Kind};
use crate::domain::announcement::Text;
use crate::flow::Arg;
use crate::services::coordinator::card;
use crate::storage::stories::{self, Stored};
use crate::storage::{StoreError, public};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::sync::Arc;

/// The page's own messages (`locales/<tag>/web.ftl`).
pub const MESSAGES: &[&str] = &[
    "web-title",
    "web-intro",
    "web-talk",
    "web-talk-soon",
    "web-languages",
    "web-events-title",
    "web-events-none",
    "web-events-calendar",
    "web-stories-title",
    "web-stories-none",
    "web-story-told-by",
    "web-ideas-title",
    "web-ideas-intro",
    "web-ideas-none",
    "web-idea-problem",
    "web-idea-text",
    "web-place-not-given",
    "web-counts-note",
    "web-feeds-title",
    "web-feeds-intro",
    "web-feed-events",
    "web-feed-stories",
    "web-feed-atom",
    "web-feed-ideas",
    "web-feed-stats",
    "web-privacy",
    "web-not-found",
    "web-home",
];

/// How many of each the page shows.
const EVENTS_SHOWN: usize = 20;
const STORIES_SHOWN: i64 = 10;
const IDEAS_SHOWN: i64 = 10;

/// The styles, inline (`page.css`): mobile first, one column, long words wrap instead of
/// widening the page.
const CSS: &str = include_str!("page.css");

/// What the page shows, read in one transaction.
struct Data {
    events: Vec<public::Event>,
    stories: Vec<Stored>,
    ideas: Vec<public::Idea>,
    counts: public::Counts,
}

async fn load(web: &Web) -> Result<Data, StoreError> {
    let first = web.first_status();
    let mut tx = web.read().await?;
    let mut events = public::upcoming_events(&mut tx, web.app.now()).await?;
    events.truncate(EVENTS_SHOWN);
    let stories = stories::public_page(&mut tx, 0, STORIES_SHOWN).await?;
    let ideas = public::moved_ideas(&mut tx, &first, IDEAS_SHOWN).await?;
    let counts = public::counts(&mut tx).await?;
    tx.rollback().await?;
    Ok(Data { events, stories, ideas, counts })
}

/// `/`: the page in the first language of `Accept-Language` sifor speaks, else English.
pub async fn index(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let wanted = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let tag = negotiate(&web, wanted);
    let mut response = answer(&web, &tag, &headers).await;
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// The best locale for an `Accept-Language` value (by weight, then order).
pub fn negotiate(web: &Web, accept: &str) -> String {
    let mut ranges: Vec<(f32, usize, &str)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse().ok())?;
            (!range.is_empty() && range != "*" && q > 0.0).then_some((q, i, range))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .iter()
        .find_map(|(_, _, range)| web.app.locales.negotiate(range))
        .map_or_else(|| crate::i18n::REFERENCE.to_string(), |l| l.tag.clone())
}

/// `/<locale>/`.
pub async fn localized(State(web): State<Arc<Web>>, Path(locale): Path<String>, headers: HeaderMap) -> Response {
    match web.app.locales.languages().iter().find(|l| l.tag.eq_ignore_ascii_case(&locale)) {
        Some(l) if l.tag == locale => answer(&web, &locale, &headers).await,
        Some(l) => Redirect::permanent(&format!("/{}/", l.tag)).into_response(),
        None => not_found(&web, crate::i18n::REFERENCE),
    }
}

/// `/<locale>` → `/<locale>/`.
pub async fn to_folder(State(web): State<Arc<Web>>, Path(locale): Path<String>) -> Response {
    match web.app.locales.languages().iter().find(|l| l.tag.eq_ignore_ascii_case(&locale)) {
        Some(l) => Redirect::permanent(&format!("/{}/", l.tag)).into_response(),
        None => not_found(&web, crate::i18n::REFERENCE),
    }
}

async fn answer(web: &Web, tag: &str, headers: &HeaderMap) -> Response {
    let data = match load(web).await {
        Ok(d) => d,
        Err(e) => return http::unavailable(&e),
    };
    let changed = data
        .events
        .iter()
        .map(|e| e.changed_at)
        .chain(data.stories.iter().map(|s| s.updated_at))
        .chain([data.counts.changed_at])
        .max()
        .unwrap_or(0);
    let body = render(web, tag, &data).into_string();
    let mut response = http::cached(headers, Kind::Html, body, changed);
    page_headers(response.headers_mut(), tag);
    response
}

/// No script, nothing from elsewhere; framing allowed (the page is made to be embedded).
fn page_headers(headers: &mut HeaderMap, tag: &str) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"),
    );
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if let Ok(v) = HeaderValue::from_str(tag) {
        headers.insert(header::CONTENT_LANGUAGE, v);
    }
}

/// The 404 page, in `tag`.
pub fn not_found(web: &Web, tag: &str) -> Response {
    let t = |id: &str| web.app.locales.text(tag, id, &[]);
    let body = shell(
        web,
        tag,
        &t("web-not-found"),
        html! {
            main { h1 { (t("web-not-found")) } p { a href={ "/" (tag) "/" } { (t("web-home")) } } }
        },
    );
    let mut response = (StatusCode::NOT_FOUND, body.into_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    page_headers(response.headers_mut(), tag);
    response
}

/// `<html>` with its `lang` and `dir`, the head, and `content`.
fn shell(web: &Web, tag: &str, title: &str, content: Markup) -> Markup {
    let dir = if web.app.locales.is_rtl(tag) { "rtl" } else { "ltr" };
    html! {
        (DOCTYPE)
        html lang=(tag) dir=(dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                @for l in web.app.locales.languages() {
                    link rel="alternate" hreflang=(l.tag) href={ "/" (l.tag) "/" };
                }
                link rel="alternate" type="application/atom+xml" href={ "/feed/stories.atom?lang=" (tag) };
                style { (PreEscaped(CSS)) }
            }
            body { (content) }
        }
    }
}

/// The whole page for a reader of `tag`.
fn render(web: &Web, tag: &str, data: &Data) -> Markup {
    let l = &web.app.locales;
    let t = |id: &str| l.text(tag, id, &[]);
    let title = t("web-title");
    let content = html! {
        header {
            h1 { (title) }
            p { (t("web-intro")) }
            @match web.bot_username() {
                Some(bot) => a.talk href={ "https://t.me/" (bot) "?start=web" } target="_blank" rel="noopener noreferrer" { (t("web-talk")) },
                None => p.note { (t("web-talk-soon")) },
            }
        }
        nav aria-label=(t("web-languages")) {
            ul.langs {
                @for lang in l.languages() {
                    li { a href={ "/" (lang.tag) "/" } lang=(lang.tag) hreflang=(lang.tag) dir=(if lang.rtl { "rtl" } else { "ltr" })
                        aria-current=[(lang.tag == tag).then_some("page")] { (lang.name) } }
                }
            }
        }
        main {
            section #events {
                h2 { (t("web-events-title")) }
                @if data.events.is_empty() { p.note { (t("web-events-none")) } }
                @for e in &data.events { (event(web, tag, e)) }
                p { a href={ "/feed/events.ics?lang=" (tag) } { (t("web-events-calendar")) } }
            }
            section #stories {
                h2 { (t("web-stories-title")) }
                @if data.stories.is_empty() { p.note { (t("web-stories-none")) } }
                @for s in &data.stories { (story(web, tag, s)) }
            }
            section #ideas {
                h2 { (t("web-ideas-title")) }
                p { (t("web-ideas-intro")) }
                (idea_counts(web, tag, &data.counts))
                @if !data.ideas.is_empty() { ul.ideas { @for i in &data.ideas { (idea(web, tag, i)) } } }
            }
            section #feeds {
                h2 { (t("web-feeds-title")) }
                p { (t("web-feeds-intro")) }
                ul {
                    li { a href="/feed/events.json" { (t("web-feed-events")) } }
                    li { a href="/feed/stories.json" { (t("web-feed-stories")) } }
                    li { a href={ "/feed/stories.atom?lang=" (tag) } { (t("web-feed-atom")) } }
                    li { a href="/feed/ideas.json" { (t("web-feed-ideas")) } }
                    li { a href="/feed/stats.json" { (t("web-feed-stats")) } }
                }
            }
        }
        footer { p { (t("web-privacy")) } }
    };
    shell(web, tag, &title, content)
}

/// A title someone wrote, and its body marked when it is not in the reader's language.
fn title(text_tag: &str, text: &Text) -> Markup {
    html! { h3 lang=(text_tag) dir="auto" { (text.title) } }
}

fn body(web: &Web, tag: &str, text_tag: &str, text: &Text) -> Markup {
    let l = &web.app.locales;
    let language = l.language(text_tag).map_or(text_tag.to_string(), |x| x.name.clone());
    html! {
        @if !card::is_own(l, tag, text_tag) { p.note { (l.text(tag, "ann-written-in", &[("language", Arg::Str(language.into()))])) } }
        @if !text.body.trim().is_empty() { p.text lang=(text_tag) dir="auto" { (text.body.trim()) } }
    }
}

/// A link away from the page (out of an embedding iframe, into a new tab); only web addresses.
fn more(web: &Web, tag: &str, link: &str) -> Markup {
    let web_address = link.starts_with("https://") || link.starts_with("http://");
    html! {
        @if web_address {
            p { a href=(link) target="_blank" rel="noopener noreferrer" { (web.app.locales.text(tag, "btn-ann-link", &[])) } }
        }
    }
}

fn event(web: &Web, tag: &str, e: &public::Event) -> Markup {
    let l = &web.app.locales;
    let a = &e.content;
    let text = a.text_for(l.chain(tag));
    html! {
        article.card {
            @if e.cancelled { p.cancelled { (l.text(tag, "ann-cancelled", &[])) } }
            p.kind { (l.text(tag, &format!("ann-kind-{}", a.kind.code()), &[])) }
            @if let Some((text_tag, text)) = text { (title(text_tag, text)) }
            @if let Some(starts) = a.starts { p { (l.finish(tag, card::when(l, tag, a, starts))) } }
            @if let Some(place) = &a.place { p { (l.text(tag, "ann-place", &[("place", Arg::Str(place.as_str().into()))])) } }
            @if let Some((text_tag, text)) = text { (body(web, tag, text_tag, text)) }
            @if let Some(link) = &a.link { (more(web, tag, link)) }
        }
    }
}

fn story(web: &Web, tag: &str, s: &Stored) -> Markup {
    let l = &web.app.locales;
    let by = l.text(tag, "web-story-told-by", &[("organisation", Arg::Str(s.story.organisation.as_str().into()))]);
    let place = place(web, tag, s.story.country.as_deref(), s.story.region.as_deref());
    html! {
        article.card {
            @if let Some((text_tag, text)) = s.story.text_for(l.chain(tag)) { (title(text_tag, text)) (body(web, tag, text_tag, text)) }
            @if let Some(name) = super::feed::credit_name(s) { p.credit dir="auto" { "— " (name) } }
            p.by { (by) @if let Some(place) = place { " · " (place) } }
            @if let Some(link) = &s.story.link { (more(web, tag, link)) }
        }
    }
}

/// A region's (or else a country's) name in the reader's language.
fn place(web: &Web, tag: &str, country: Option<&str>, region: Option<&str>) -> Option<String> {
    let l = &web.app.locales;
    region
        .and_then(|r| l.raw(tag, &format!("opt-region-{}", r.replace('_', "-")), &[]))
        .or_else(|| country.and_then(|c| l.raw(tag, &format!("opt-country-{}", c.to_lowercase()), &[])))
}

/// A count as the public reads it: "<5" under 5, kept left-to-right in every direction.
fn count(n: i64) -> Markup {
    let shown =
        if n < super::feed::SUPPRESS_UNDER { format!("<{}", super::feed::SUPPRESS_UNDER) } else { n.to_string() };
    html! { strong dir="ltr" { (shown) } }
}

/// Ideas per published status, in the statuses file's order; counts under 5 as "<5".
fn idea_counts(web: &Web, tag: &str, counts: &public::Counts) -> Markup {
    let l = &web.app.locales;
    let rows: Vec<(String, i64)> = web
        .app
        .flows
        .statuses()
        .list
        .iter()
        .map(|s| (l.text(tag, &s.name_id(), &[]), counts.ideas.iter().filter(|c| c.1 == s.id).map(|c| c.2).sum()))
        .filter(|(_, n)| *n > 0)
        .collect();
    html! {
        @if rows.is_empty() { p.note { (l.text(tag, "web-ideas-none", &[])) } } @else {
            ul.counts { @for (name, n) in &rows { li { (name) ": " (count(*n)) } } }
            p.note { (l.text(tag, "web-counts-note", &[])) }
        }
    }
}

/// One idea something came of: its pseudonym, topic and place, the status (and reason), and its
/// texts where the author agreed.
fn idea(web: &Web, tag: &str, i: &public::Idea) -> Markup {
    let l = &web.app.locales;
    let topic = l.raw(tag, &format!("opt-topic-{}", i.topic), &[]).unwrap_or_else(|| i.topic.clone());
    let place = place(web, tag, i.country.as_deref(), i.region.as_deref())
        .unwrap_or_else(|| l.raw(tag, "web-place-not-given", &[]).unwrap_or_default());
    let meta = l.finish(tag, l.join(tag, "part-separator", &[i.pseudonym.as_str(), topic.as_str(), place.as_str()]));
    html! {
        li {
            p.meta { (meta) }
            @if let Some(s) = web.app.flows.statuses().get(&i.status) { p.status { (l.text(tag, &s.name_id(), &[])) } }
            @if let Some(reason) = &i.reason { p { (l.text(tag, &crate::domain::idea::reason_id(reason), &[])) } }
            @if let Some(texts) = &i.texts {
                p.text lang=(texts.language) dir="auto" { strong { (l.text(tag, "web-idea-problem", &[])) } " " (texts.problem) }
                p.text lang=(texts.language) dir="auto" { strong { (l.text(tag, "web-idea-text", &[])) } " " (texts.idea) }
            }
        }
    }
}
