//! Partners answer the authors of ideas without anyone learning who the author is: a reply goes
//! out under the organisation's name (never the staff member's), either as a template that the
//! author reads in their own language, or in the partner's own words, relayed as written and
//! marked with its language. Only the organisation that claimed the idea replies, and only when
//! the author allowed answers and did not ask for no more. Beside replies: internal notes
//! (staff only) and flagging an idea as spam or offensive (hidden from every queue, audited).

use super::review::{Reviewer, reviewer};
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::refugee::conversation::{Conversation, Handover};
use crate::services::refugee::ideas::forget_answers_of;
use crate::services::refugee::view::{Button, Press, ReviewAction, View};
use crate::services::turn::Turn;
use crate::storage::ideas::Idea;
use crate::storage::{StoreError, audit, idea_relay, ideas};

/// Reply templates, each `idea-reply-<id>` in every locale: the author reads it in theirs.
pub const TEMPLATES: &[&str] = &["thanks", "meeting", "who", "how", "exists", "later"];

/// Whether `r` may reply to the author of `i` now.
pub(crate) fn may_reply(r: &Reviewer, i: &Idea) -> bool {
    i.may_contact
        && !i.replies_muted
        && i.withdrawn_at.is_none()
        && i.flagged.is_none()
        && i.claimed_org.is_some()
        && i.claimed_org.as_deref() == r.organisation()
}

/// A press of 💬 reply, a template, ✍️ write, 📝 note or 🚩 flag; `false` when not allowed.
pub async fn press(app: &App, turn: &mut Turn<'_>, action: &ReviewAction, i: &Idea) -> Result<bool, StoreError> {
    let Some(r) = reviewer(turn).await? else { return Ok(false) };
    if !r.sees(i) {
        return Ok(false);
    }
    let tag = turn.tag();
    let subject = i.pseudonym.clone().unwrap_or_default();
    let say = |turn: &mut Turn<'_>, id: &str| {
        let text = app.locales.text(&tag, id, &[("idea", Arg::Str(subject.clone().into()))]);
        turn.reply.views.push(View::Text(text));
    };
    match action {
        ReviewAction::Reply => {
            if !may_reply(&r, i) {
                say(turn, if i.replies_muted { "staff-relay-muted" } else { "staff-relay-not-now" });
                return Ok(true);
            }
            let list: Vec<String> = TEMPLATES
                .iter()
                .enumerate()
                .map(|(n, t)| {
                    format!("{}. {}", n + 1, app.locales.raw(&tag, &format!("idea-reply-{t}"), &[]).unwrap_or_default())
                })
                .collect();
            let text = app.locales.text(&tag, "staff-relay-choose", &[("list", Arg::Str(list.join("\n").into()))]);
            let mut options: Vec<Button> = TEMPLATES
                .iter()
                .enumerate()
                .map(|(n, t)| Button {
                    label: (n + 1).to_string(),
                    press: Press::Review { action: ReviewAction::Template((*t).to_string()), idea: i.id },
                })
                .collect();
            options.push(Button {
                label: app.locales.text(&tag, "btn-staff-relay-write", &[]),
                press: Press::Review { action: ReviewAction::Write, idea: i.id },
            });
            turn.reply.views.push(View::Keyboard { text, options, nav: vec![], refresh: false });
        }
        ReviewAction::Template(t) => {
            if !TEMPLATES.contains(&t.as_str()) || !may_reply(&r, i) {
                return Ok(false);
            }
            let m = idea_relay::NewMessage {
                to_author: true,
                organisation: i.claimed_org.as_deref(),
                sender: Some(&r.pseudonym),
                recipient: None,
                template: Some(t),
                body: None,
                language: None,
            };
            idea_relay::enqueue(&mut turn.tx, i.id, &m, turn.now).await?;
            audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_reply", Some(&subject), Some(t)).await?;
            say(turn, "staff-relay-sent");
        }
        ReviewAction::Write | ReviewAction::Note => {
            let (service, allowed) = match action {
                ReviewAction::Write => (Service::ReplyIdea, may_reply(&r, i)),
                _ => (Service::NoteIdea, true),
            };
            let Some(flow) = app.flows.handing_over_to(service).map(|f| f.id.clone()) else { return Ok(false) };
            if !allowed {
                return Ok(false);
            }
            turn.state.idea_at_hand = Some(i.id);
            let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
            conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
        }
        ReviewAction::Flag => {
            // Only who decides on the idea (its organisation, coordinators, admins) hides it.
            if !r.decides(i) {
                return Ok(false);
            }
            if idea_relay::flag(&mut turn.tx, i.id, "spam_or_offensive", &r.pseudonym).await? {
                audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_flagged", Some(&subject), None).await?;
            }
            say(turn, "staff-relay-flagged");
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The idea a finished reply or note flow is about, with the reviewer, if still allowed.
async fn at_hand(
    app: &App,
    turn: &mut Turn<'_>,
    handover: &Handover,
    allowed: fn(&Reviewer, &Idea) -> bool,
) -> Result<Option<(Reviewer, Idea)>, StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let id = turn.state.idea_at_hand.take();
    let found = match (reviewer(turn).await?, id) {
        (Some(r), Some(id)) => ideas::get(&mut turn.tx, id).await?.map(|(i, _)| (r, i)),
        _ => None,
    };
    match found.filter(|(r, i)| r.sees(i) && allowed(r, i)) {
        Some(x) => Ok(Some(x)),
        None => {
            turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "stale-button", &[])));
            Ok(None)
        }
    }
}

fn answer<'h>(handover: &'h Handover, key: &str) -> &'h str {
    handover.answers.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.trim())
}

/// The `idea_reply` flow ended: the partner's own words go to the author.
pub async fn replied(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    let Some((r, i)) = at_hand(app, turn, handover, may_reply).await? else { return Ok(()) };
    let language = turn.tag();
    let m = idea_relay::NewMessage {
        to_author: true,
        organisation: i.claimed_org.as_deref(),
        sender: Some(&r.pseudonym),
        recipient: None,
        template: None,
        body: Some(answer(handover, "relay_text")),
        language: Some(&language),
    };
    idea_relay::enqueue(&mut turn.tx, i.id, &m, turn.now).await?;
    let subject = i.pseudonym.clone().unwrap_or_default();
    audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_reply", Some(&subject), Some("own_words")).await?;
    let text = app.locales.text(&language, "staff-relay-sent", &[("idea", Arg::Str(subject.into()))]);
    turn.reply.views.push(View::Text(text));
    Ok(())
}

/// The `idea_note` flow ended: a note only staff see.
pub async fn noted(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    let Some((r, i)) = at_hand(app, turn, handover, |_, _| true).await? else { return Ok(()) };
    let body = answer(handover, "note_text");
    idea_relay::add_note(&mut turn.tx, i.id, &r.pseudonym, r.organisation(), body, turn.now).await?;
    let subject = i.pseudonym.clone().unwrap_or_default();
    audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_note", Some(&subject), None).await?;
    let text = app.locales.text(&turn.tag(), "staff-relay-noted", &[("idea", Arg::Str(subject.into()))]);
    turn.reply.views.push(View::Text(text));
    Ok(())
}

pub const MESSAGES: &[&str] = &[
    "staff-relay-muted",
    "staff-relay-not-now",
    "staff-relay-choose",
    "btn-staff-relay-write",
    "staff-relay-sent",
    "staff-relay-flagged",
    "staff-relay-noted",
];
