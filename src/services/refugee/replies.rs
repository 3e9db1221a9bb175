//! An author answers the organisation that replied about their idea ("↩️ Answer"), or asks for no
//! more replies on it ("🔕"). The answer reaches the claiming organisation under the idea's
//! pseudonym only: no Telegram id, name or user pseudonym. Only the idea's author can do either.

use super::conversation::{Conversation, Handover};
use super::ideas::forget_answers_of;
use super::view::View;
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::turn::Turn;
use crate::storage::ideas::Idea;
use crate::storage::{StoreError, idea_relay, ideas};

/// The idea, if it is the user's own and may still be answered.
async fn own(turn: &mut Turn<'_>, id: i64) -> Result<Option<Idea>, StoreError> {
    Ok(match ideas::get(&mut turn.tx, id).await? {
        Some((i, Some(author))) if author == turn.user.id && i.withdrawn_at.is_none() && i.flagged.is_none() => Some(i),
        _ => None,
    })
}

/// "↩️ Answer": asks for the answer (a short flow with Back and a summary).
pub async fn answer(app: &App, turn: &mut Turn<'_>, id: i64) -> Result<bool, StoreError> {
    let Some(i) = own(turn, id).await? else { return Ok(false) };
    let Some(flow) = app.flows.handing_over_to(Service::AnswerIdea).map(|f| f.id.clone()) else { return Ok(false) };
    if i.claimed_org.is_none() || !i.may_contact {
        return Ok(false);
    }
    turn.state.idea_at_hand = Some(i.id);
    let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
    conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
    Ok(true)
}

/// "🔕 No more replies on this idea": statuses still come.
pub async fn mute(app: &App, turn: &mut Turn<'_>, id: i64) -> Result<bool, StoreError> {
    let Some(i) = own(turn, id).await? else { return Ok(false) };
    idea_relay::mute_replies(&mut turn.tx, i.id).await?;
    let text = app.locales.text(
        &turn.tag(),
        "idea-replies-muted",
        &[("idea", Arg::Str(i.pseudonym.unwrap_or_default().into()))],
    );
    turn.reply.views.push(View::Text(text));
    Ok(true)
}

/// The `idea_answer` flow ended: the answer goes to the claiming organisation.
pub async fn answered(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let tag = turn.tag();
    let idea = match turn.state.idea_at_hand.take() {
        Some(id) => own(turn, id).await?,
        None => None,
    };
    let Some(i) = idea.filter(|i| i.claimed_org.is_some() && i.may_contact) else {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
        return Ok(());
    };
    let body = handover.answers.iter().find(|(k, _)| k == "relay_answer").map_or("", |(_, v)| v.trim());
    // One message per member of the organisation: each is sent (and recorded) on its own.
    let org = i.claimed_org.clone().unwrap_or_default();
    for member in idea_relay::organisation_members(&mut turn.tx, &org).await? {
        let m = idea_relay::NewMessage {
            to_author: false,
            organisation: Some(&org),
            sender: None,
            recipient: Some(&member),
            template: None,
            body: Some(body),
            language: Some(&tag),
        };
        idea_relay::enqueue(&mut turn.tx, i.id, &m, turn.now).await?;
    }
    let org = i.claimed_org.clone().unwrap_or_default();
    let text = app.locales.text(&tag, "idea-answer-sent", &[("organisation", Arg::Str(org.into()))]);
    turn.reply.views.push(View::Text(text));
    Ok(())
}

pub const MESSAGES: &[&str] = &["idea-replies-muted", "idea-answer-sent"];
