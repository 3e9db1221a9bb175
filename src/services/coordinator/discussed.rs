//! After a salon is closed, its organiser marks the ideas discussed there (chosen from the open
//! ideas of their regions, oldest first): each idea's status becomes "discussed" and is
//! published, so its author is told, in their language, that it was discussed at the salon in
//! their region on that day. A mark is never taken back: the author has been told.

use super::organise::may_organise;
use crate::domain::Role;
use crate::domain::announcement::{Audience, Kind};
use crate::domain::staff::Scope;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::partner::publish::DISCUSSED;
use crate::services::refugee::view::{Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::ideas::{self, Idea};
use crate::storage::{StoreError, announcements, audit, events, staff};

/// How many open ideas the picker lists.
const SHOWN: usize = 12;

/// The coordinator's regions (`None` for admins: every idea), or `Err` for anyone else.
async fn scope(turn: &mut Turn<'_>) -> Result<Result<Option<Scope>, ()>, StoreError> {
    Ok(match turn.user.role {
        Role::Admin => Ok(None),
        Role::Coordinator => match staff::get(&mut turn.tx, turn.user.id).await? {
            Some(m) => Ok(Some(m.scope)),
            None => Err(()),
        },
        _ => Err(()),
    })
}

fn sees(scope: &Option<Scope>, i: &Idea) -> bool {
    match scope {
        None => true,
        Some(s) => {
            s.covers_place(i.country.as_deref(), i.region.as_deref()) || (i.country.is_none() && i.region.is_none())
        }
    }
}

/// The places a salon's ideas come from: its audience's regions and countries, else (an
/// audience without a place) the coordinator's regions (`None`: every place, for admins).
fn places(audience: &Audience, scope: &Option<Scope>) -> Option<Vec<String>> {
    let mut places: Vec<String> = audience.regions.iter().chain(&audience.countries).cloned().collect();
    if places.is_empty() {
        places = scope.as_ref().map(|s| s.regions.clone())?;
    }
    Some(places)
}

fn closed(app: &App) -> Vec<String> {
    app.flows.statuses().list.iter().filter(|s| s.closed).map(|s| s.id.clone()).collect()
}

/// The picker: open ideas of the salon's places, those marked for this salon ticked.
pub async fn picker(app: &App, turn: &mut Turn<'_>, event: i64, refresh: bool) -> Result<(), StoreError> {
    let Ok(scope) = scope(turn).await? else { return Ok(()) };
    let Some(stored) = announcements::get(&mut turn.tx, event).await? else { return Ok(()) };
    let tag = turn.tag();
    let closed = closed(app);
    let regions = places(&stored.content.audience, &scope);
    let filter = ideas::Filter { places: regions.as_deref(), topics: &[], closed: &closed, placeless: true };
    let mut list = Vec::new();
    let mut after = None;
    while list.len() < SHOWN {
        let Some(i) = ideas::next_open(&mut turn.tx, &filter, after).await? else { break };
        after = Some((i.created_at, i.id));
        list.push(i);
    }
    if list.is_empty() {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-ev-no-ideas", &[])));
        return Ok(());
    }
    let options = list
        .iter()
        .map(|i| {
            let tick = if i.discussed_event == Some(event) { "☑️" } else { "⬜" };
            let words: String = i.idea.chars().take(40).collect();
            Button {
                label: format!("{tick} {}: {words}", i.pseudonym.clone().unwrap_or_default()),
                press: Press::Discussed { event, idea: i.id },
            }
        })
        .collect();
    let text = app.locales.text(&tag, "staff-ev-which-ideas", &[]);
    turn.reply.views.push(View::Keyboard { text, options, nav: vec![], refresh });
    Ok(())
}

/// A tap on an idea in the picker; `false` when the presser may not (answered as stale).
pub async fn press(app: &App, turn: &mut Turn<'_>, event: i64, idea: i64) -> Result<bool, StoreError> {
    let Some(stored) = announcements::get(&mut turn.tx, event).await? else { return Ok(false) };
    let Some(ev) = events::get(&mut turn.tx, event).await? else { return Ok(false) };
    if ev.closed_at.is_none() || stored.content.kind != Kind::Salon || !may_organise(turn, &stored).await? {
        return Ok(false);
    }
    let Ok(scope) = scope(turn).await? else { return Ok(false) };
    let Some((i, _)) = ideas::get(&mut turn.tx, idea).await? else { return Ok(false) };
    // Only an open idea of the salon's places, as the picker lists them.
    let of_salon = match places(&stored.content.audience, &scope) {
        None => true,
        Some(p) => {
            p.iter().any(|x| Some(x.as_str()) == i.region.as_deref() || Some(x.as_str()) == i.country.as_deref())
                || (i.region.is_none() && i.country.is_none())
        }
    };
    let open = !closed(app).contains(&i.status) && i.flagged.is_none() && i.withdrawn_at.is_none();
    if !sees(&scope, &i) || !of_salon || !open || app.flows.statuses().get(DISCUSSED).is_none() {
        return Ok(false);
    }
    let region = stored.content.audience.regions.first().cloned();
    let at = stored.content.starts.unwrap_or(ev.closed_at.unwrap_or(turn.now));
    if ideas::discussed(&mut turn.tx, i.id, event, at, region.as_deref(), DISCUSSED, turn.now).await? {
        let actor = turn.user.pseudonym.clone();
        let subject = i.pseudonym.clone().unwrap_or_default();
        audit::record(&mut turn.tx, turn.now, &actor, "idea_discussed", Some(&subject), Some(&format!("A{event}")))
            .await?;
        let tag = turn.tag();
        let text = app.locales.text(&tag, "staff-ev-idea-marked", &[("idea", Arg::Str(subject.into()))]);
        turn.reply.views.push(View::Text(text));
    }
    picker(app, turn, event, true).await?;
    Ok(true)
}

pub const MESSAGES: &[&str] = &["staff-ev-no-ideas", "staff-ev-which-ideas", "staff-ev-idea-marked"];
