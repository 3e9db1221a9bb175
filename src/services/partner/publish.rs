//! Telling authors what came of their ideas: a status set on a card is published alone
//! (📣 on the card) or with every other one the presser decides on ("📣 Tell the authors now"
//! above the queue); the workers then send each author [`status_message`] in their language,
//! with the salon it was discussed at when a coordinator marked it so.

use super::review::{Reviewer, closed_statuses, reviewer};
use crate::domain::{Role, idea};
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::ideas::Idea;
use crate::storage::{StoreError, audit, ideas};

/// Marks the status of `i` as told (the workers send it) and notes who did; `false` when it was.
async fn tell(turn: &mut Turn<'_>, r: &Reviewer, i: &Idea) -> Result<bool, StoreError> {
    if !ideas::publish(&mut turn.tx, i.id, turn.now).await? {
        return Ok(false);
    }
    let subject = i.pseudonym.clone().unwrap_or_default();
    audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_status_published", Some(&subject), Some(&i.status))
        .await?;
    Ok(true)
}

/// 📣 on a card; `false` when the presser may not.
pub(crate) async fn one(app: &App, turn: &mut Turn<'_>, r: &Reviewer, i: &Idea) -> Result<bool, StoreError> {
    // A status no longer in the statuses file cannot be told (it has no text).
    if !r.decides(i) || app.flows.statuses().get(&i.status).is_none() {
        return Ok(false);
    }
    let msg = if tell(turn, r, i).await? { "staff-review-published" } else { "staff-review-nothing-new" };
    let subject = i.pseudonym.clone().unwrap_or_default();
    let text = app.locales.text(&turn.tag(), msg, &[("idea", Arg::Str(subject.into()))]);
    turn.reply.views.push(View::Text(text));
    Ok(true)
}

/// The organisation whose claims a partner decides on (`None` for coordinators and admins, who
/// decide on every idea they see).
pub(crate) fn partner_org(r: &Reviewer) -> Option<&str> {
    if r.role == Role::Partner { Some(r.organisation().unwrap_or("\u{0}")) } else { None }
}

/// "📣 Tell the authors of N ideas": every status the presser set (or may decide on) and did not
/// publish yet is told to its author.
pub async fn publish_all(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let Some(r) = reviewer(turn).await? else { return Ok(false) };
    let closed = closed_statuses(app);
    let filter = r.filter(&closed);
    let mut told = 0;
    for i in ideas::unpublished(&mut turn.tx, &filter, partner_org(&r)).await? {
        if !r.sees(&i) || !r.decides(&i) || app.flows.statuses().get(&i.status).is_none() {
            continue;
        }
        if tell(turn, &r, &i).await? {
            told += 1;
        }
    }
    let text = app.locales.text(&turn.tag(), "staff-review-published-all", &[("count", Arg::Num(told))]);
    turn.reply.views.push(View::Text(text));
    Ok(true)
}

/// What the author reads when a status is published, in their language (`tag`): the idea, its
/// topic, the status and what it means (with the reason); `None` for a status no longer in the
/// statuses file.
pub fn status_message(app: &App, tag: &str, i: &Idea, status: &str) -> Option<String> {
    let l = &app.locales;
    let status = app.flows.statuses().get(status)?;
    let mut means = l.raw(tag, &status.means_id(), &[]).unwrap_or_default();
    if let Some(reason) =
        i.published_reason.as_deref().filter(|_| i.published_status.as_deref() == Some(status.id.as_str()))
    {
        means = format!("{means}\n{}", l.raw(tag, &idea::reason_id(reason), &[]).unwrap_or_default());
    }
    if status.id == DISCUSSED
        && let Some(at) = i.discussed_at
    {
        means = format!("{}\n{means}", salon_line(app, tag, at, i.discussed_region.as_deref()));
    }
    let topic = l.raw(tag, &format!("opt-topic-{}", i.topic), &[]).unwrap_or_else(|| i.topic.clone());
    Some(l.text(
        tag,
        "idea-status-notice",
        &[
            ("idea", Arg::Str(i.pseudonym.clone().unwrap_or_default().into())),
            ("topic", Arg::Str(topic.into())),
            ("status", Arg::Str(l.raw(tag, &status.name_id(), &[]).unwrap_or_default().into())),
            ("means", Arg::Str(means.into())),
        ],
    ))
}

/// The status an idea gets when a coordinator marks it discussed at a salon they closed.
pub const DISCUSSED: &str = "discussed";

/// "🏛️ It was discussed at the salon in Berlin on 12/5/2026."
fn salon_line(app: &App, tag: &str, at: i64, region: Option<&str>) -> String {
    let l = &app.locales;
    use crate::domain::{codes, localtime::Zone};
    let zone = region
        .and_then(|r| codes::COUNTRIES.iter().find(|c| codes::regions(c).contains(&r)))
        .and_then(|c| Zone::of_country(c))
        .unwrap_or(Zone::Berlin);
    let date = crate::services::coordinator::card::date(l, tag, &zone.local(at));
    match region.and_then(|r| l.raw(tag, &format!("opt-region-{}", r.replace('_', "-")), &[])) {
        Some(place) => l
            .raw(tag, "idea-discussed-at", &[("place", Arg::Str(place.into())), ("date", Arg::Str(date.into()))])
            .unwrap_or_default(),
        None => l.raw(tag, "idea-discussed-on", &[("date", Arg::Str(date.into()))]).unwrap_or_default(),
    }
}

pub const MESSAGES: &[&str] = &[
    "idea-discussed-at",
    "idea-discussed-on",
    "btn-staff-review-publish-all",
    "staff-review-published-all",
    "staff-review-published",
    "staff-review-nothing-new",
    "idea-status-notice",
];
