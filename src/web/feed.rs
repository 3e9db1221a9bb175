//! The feeds a website embeds: upcoming workshops and salons (`events.json`, `events.ics`),
//! success stories (`stories.json`, `stories.atom`), what came of ideas (`ideas.json`) and the
//! statistics (`stats.json`). Nothing about a person: no registrations, no user ids or
//! pseudonyms of people, idea texts only where their author agreed, stories only under the
//! stories' `SHOWN` rule, and every count under 5 as "<5".

use super::Web;
use super::http::{self, Kind, Query};
use crate::domain::announcement::Announcement;
use crate::domain::event::DEFAULT_DURATION;
use crate::domain::ics;
use crate::domain::story::Credit;
use crate::services::partner::report;
use crate::storage::{public, stories};
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::Arc;

/// Counts under this show as "<5".
pub const SUPPRESS_UNDER: i64 = report::SUPPRESS_UNDER as i64;

/// A count as the public reads it: the number, or "<5" when it is smaller.
pub fn shown(count: i64) -> Value {
    if count < SUPPRESS_UNDER { json!(format!("<{SUPPRESS_UNDER}")) } else { json!(count) }
}

fn pretty(value: &Value) -> String {
    let mut body = serde_json::to_string_pretty(value).unwrap_or_default();
    body.push('\n');
    body
}

/// One event without anything about who takes part.
fn event_json(web: &Web, e: &public::Event) -> Value {
    let a = &e.content;
    let starts = a.starts.unwrap_or_default();
    let texts: serde_json::Map<String, Value> =
        a.texts.iter().map(|(tag, t)| (tag.clone(), json!({ "title": t.title, "body": t.body }))).collect();
    json!({
        "id": e.id,
        "uid": ics::uid(e.id, &web.host()),
        "kind": a.kind.code(),
        "starts_at": http::rfc3339(starts),
        "ends_at": http::rfc3339(starts + DEFAULT_DURATION),
        "time_zone": a.zone.name(),
        "countries": a.audience.countries,
        "regions": a.audience.regions,
        "goals": a.audience.goals,
        "languages": a.audience.languages,
        "place": a.place,
        "link": a.link,
        "cancelled": e.cancelled,
        "sequence": e.sequence,
        "texts": texts,
    })
}

fn newest<T>(items: &[T], at: impl Fn(&T) -> i64) -> i64 {
    items.iter().map(at).max().unwrap_or(0)
}

pub async fn events_json(State(web): State<Arc<Web>>, RawQuery(q): RawQuery, headers: HeaderMap) -> Response {
    let query = Query::parse(q.as_deref());
    let paging = match query.page() {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let events = match upcoming(&web).await {
        Ok(e) => e,
        Err(e) => return http::unavailable(&e),
    };
    let total = events.len() as i64;
    let mut body = paging.fields("/feed/events.json", total, None);
    body["events"] = paging.slice(&events).iter().map(|e| event_json(&web, e)).collect();
    http::cached(&headers, Kind::Json, pretty(&body), newest(&events, |e| e.changed_at))
}

async fn upcoming(web: &Web) -> Result<Vec<public::Event>, crate::storage::StoreError> {
    let mut tx = web.read().await?;
    let events = public::upcoming_events(&mut tx, web.app.now()).await?;
    tx.rollback().await?;
    Ok(events)
}

/// The title and text of an announcement for a reader of `tag` (the kind's name when it has none).
fn title_for(web: &Web, tag: &str, a: &Announcement) -> (String, String) {
    match a.text_for(web.app.locales.chain(tag)) {
        Some((_, t)) => (t.title.clone(), t.body.clone()),
        None => (web.app.locales.text(tag, &format!("ann-kind-{}", a.kind.code()), &[]), String::new()),
    }
}

/// Every upcoming event in one calendar to subscribe to (`?lang=` picks the titles' language).
pub async fn events_ics(State(web): State<Arc<Web>>, RawQuery(q): RawQuery, headers: HeaderMap) -> Response {
    let query = Query::parse(q.as_deref());
    let tag = match web.lang(&query) {
        Ok(t) => t,
        Err(r) => return r.into_response(),
    };
    let events = match upcoming(&web).await {
        Ok(e) => e,
        Err(e) => return http::unavailable(&e),
    };
    let host = web.host();
    let owned: Vec<(String, String, String)> = events
        .iter()
        .map(|e| {
            let (title, body) = title_for(&web, &tag, &e.content);
            (ics::uid(e.id, &host), title, body)
        })
        .collect();
    let calendar: Vec<ics::Event<'_>> = events
        .iter()
        .zip(&owned)
        .map(|(e, (uid, title, body))| ics::Event {
            uid,
            sequence: e.sequence,
            // The time of the newest change, so that the file stays the same until something changes.
            stamp: e.changed_at,
            starts: e.content.starts.unwrap_or_default(),
            duration_secs: DEFAULT_DURATION,
            zone: e.content.zone,
            title,
            description: body,
            location: e.content.place.as_deref(),
            url: e.content.link.as_deref(),
            cancelled: e.cancelled,
        })
        .collect();
    http::cached(&headers, Kind::Calendar, ics::render_all(&calendar), newest(&events, |e| e.changed_at))
}

/// One story as it may be shown: the credit chosen (a first name only with `first_name`).
fn story_json(s: &stories::Stored) -> Value {
    let story = &s.story;
    let texts: serde_json::Map<String, Value> =
        story.texts.iter().map(|(tag, t)| (tag.clone(), json!({ "title": t.title, "body": t.body }))).collect();
    json!({
        "id": s.id,
        "kind": story.kind.code(),
        "country": story.country,
        "region": story.region,
        "sector": story.sector,
        "goals": story.goals,
        "organisation": story.organisation,
        "link": story.link,
        "credit": story.credit.code(),
        "first_name": credit_name(s),
        "texts": texts,
        "published_at": s.published_at.map(http::rfc3339),
        "updated_at": http::rfc3339(s.updated_at),
    })
}

/// The name a story may show: only a first name the person chose to give.
pub fn credit_name(s: &stories::Stored) -> Option<&str> {
    match s.story.credit {
        Credit::FirstName => s.story.first_name.as_deref().filter(|n| !n.is_empty()),
        Credit::Anonymous | Credit::None => None,
    }
}

/// A page of the stories that may be shown, the newest change and how many there are.
pub async fn stories_page(
    web: &Web,
    paging: http::Paging,
) -> Result<(Vec<stories::Stored>, i64, i64), crate::storage::StoreError> {
    let mut tx = web.read().await?;
    let page = stories::public_page(&mut tx, paging.offset(), paging.per_page).await?;
    let (changed, total) = stories::public_version(&mut tx).await?;
    tx.rollback().await?;
    // `SHOWN` already keeps these out; checked again so that no change there can publish them.
    let page = page.into_iter().filter(|s| s.story.credit != Credit::None).collect();
    Ok((page, changed, total))
}

pub async fn stories_json(State(web): State<Arc<Web>>, RawQuery(q): RawQuery, headers: HeaderMap) -> Response {
    let paging = match Query::parse(q.as_deref()).page() {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let (page, changed, total) = match stories_page(&web, paging).await {
        Ok(x) => x,
        Err(e) => return http::unavailable(&e),
    };
    let mut body = paging.fields("/feed/stories.json", total, None);
    body["stories"] = page.iter().map(story_json).collect();
    http::cached(&headers, Kind::Json, pretty(&body), changed)
}

pub async fn stories_atom(State(web): State<Arc<Web>>, RawQuery(q): RawQuery, headers: HeaderMap) -> Response {
    let query = Query::parse(q.as_deref());
    let (paging, tag) = match (query.page(), web.lang(&query)) {
        (Ok(p), Ok(t)) => (p, t),
        (Err(r), _) | (_, Err(r)) => return r.into_response(),
    };
    let (page, changed, total) = match stories_page(&web, paging).await {
        Ok(x) => x,
        Err(e) => return http::unavailable(&e),
    };
    let body = super::atom::stories(&web.app.locales, &tag, &page, paging, total, changed);
    http::cached(&headers, Kind::Atom, body, changed)
}

pub async fn ideas_json(State(web): State<Arc<Web>>, RawQuery(q): RawQuery, headers: HeaderMap) -> Response {
    let paging = match Query::parse(q.as_deref()).page() {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let first = web.first_status();
    let read = async {
        let mut tx = web.read().await?;
        let found = public::ideas(&mut tx, &first, paging.offset(), paging.per_page).await?;
        let changed = public::ideas_changed(&mut tx, &first).await?;
        tx.rollback().await?;
        Ok::<_, crate::storage::StoreError>((found, changed))
    };
    let ((ideas, total), changed) = match read.await {
        Ok(x) => x,
        Err(e) => return http::unavailable(&e),
    };
    let mut body = paging.fields("/feed/ideas.json", total, None);
    body["ideas"] = ideas
        .iter()
        .map(|i| {
            json!({
                "idea": i.pseudonym,
                "topic": i.topic,
                "country": i.country,
                "region": i.region,
                "status": i.status,
                "reason": i.reason,
                "published_at": http::rfc3339(i.published_at),
                "text": i.texts.as_ref().map(|t| json!({ "language": t.language, "problem": t.problem, "idea": t.idea })),
            })
        })
        .collect();
    http::cached(&headers, Kind::Json, pretty(&body), changed)
}

/// The statistics: users by region and goal, ideas by topic and status, unmet needs; counts
/// under 5 as "<5". One document of bounded size (the code lists are short), not paginated.
pub async fn stats_json(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let read = async {
        let mut tx = web.read().await?;
        let counts = public::counts(&mut tx).await?;
        tx.rollback().await?;
        let unmet = report::unmet_needs(&web.app.store).await?;
        Ok::<_, crate::storage::StoreError>((counts, unmet))
    };
    let (counts, unmet) = match read.await {
        Ok(x) => x,
        Err(e) => return http::unavailable(&e),
    };
    let body = json!({
        "suppressed_under": SUPPRESS_UNDER,
        "users": {
            "by_region": counts.users_by_region.iter().map(|(r, n)| json!({ "region": r, "users": shown(*n) })).collect::<Vec<_>>(),
            "by_goal": counts.users_by_goal.iter().map(|(g, n)| json!({ "goal": g, "users": shown(*n) })).collect::<Vec<_>>(),
        },
        "ideas": {
            "by_topic_and_status": counts.ideas.iter()
                .map(|(t, s, n)| json!({ "topic": t, "status": s, "ideas": shown(*n) }))
                .collect::<Vec<_>>(),
        },
        "unmet_needs": unmet.iter()
            .map(|r| json!({ "region": r.region, "goal": r.goal, "filtered_most_by": r.filter, "profiles": shown(r.count as i64) }))
            .collect::<Vec<_>>(),
    });
    http::cached(&headers, Kind::Json, pretty(&body), counts.changed_at)
}
