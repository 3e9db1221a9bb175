//! "✏️ Fix the text" under a broadcast's progress: the coordinator writes the title and text
//! again (the `announce_fix` flow, with Back and a summary), and every copy already sent is
//! edited by the workers, through the same ledger and pacing. The text replaced is the one in
//! the coordinator's language (added if the announcement had none).

use super::control::may_act;
use crate::domain::announcement::{Text, check_text};
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::refugee::conversation::{Conversation, Handover};
use crate::services::refugee::ideas::forget_answers_of;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::{StoreError, announcements, audit, deliveries};

/// The press: remember which announcement, and ask for the new text.
pub async fn begin(app: &App, turn: &mut Turn<'_>, id: i64) -> Result<bool, StoreError> {
    let Some(stored) = announcements::get(&mut turn.tx, id).await? else { return Ok(false) };
    let Some(flow) = app.flows.handing_over_to(Service::FixAnnouncement).map(|f| f.id.clone()) else {
        return Ok(false);
    };
    if !may_act(turn, &stored) || stored.cancelled {
        return Ok(false);
    }
    turn.state.fixing = Some(id);
    let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
    conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
    Ok(true)
}

/// The flow ended: replace the text and raise the revision (the workers edit every copy).
pub async fn from_flow(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let tag = turn.tag();
    let stored = match turn.state.fixing.take() {
        Some(id) => announcements::get(&mut turn.tx, id).await?,
        None => None,
    };
    let Some(stored) = stored.filter(|s| may_act(turn, s) && !s.cancelled) else {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
        return Ok(());
    };
    let get = |k: &str| handover.answers.iter().find(|(key, _)| key == k).map_or("", |(_, v)| v.trim());
    let text = Text { title: get("ann_title").to_string(), body: get("ann_body").to_string() };
    if check_text(&text).is_err() {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-ann-not-now", &[])));
        return Ok(());
    }
    let mut content = stored.content.clone();
    // The text the author wrote (a Telegram draft has one), else the one in the fixer's language.
    let key = match content.texts.keys().next() {
        Some(only) if content.texts.len() == 1 => only.clone(),
        _ => tag.clone(),
    };
    content.texts.insert(key, text);
    if let Some(language) = super::card::too_long(&app.locales, &content) {
        let name = app.locales.language(&language).map_or(language.clone(), |l| l.name.clone());
        let text = app.locales.text(&tag, "staff-ann-too-long", &[("language", Arg::Str(name.into()))]);
        turn.reply.views.push(View::Text(text));
        return Ok(());
    }
    announcements::revise(&mut turn.tx, stored.id, &content, false).await?;
    let actor = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &actor, "broadcast_fix", Some(&format!("A{}", stored.id)), None).await?;
    let sent = deliveries::counts(&mut turn.tx, stored.id).await?.sent;
    let done = app.locales.text(&tag, "staff-ann-fixed", &[("count", Arg::Num(sent))]);
    turn.reply.views.push(View::Text(done));
    Ok(())
}

pub const MESSAGES: &[&str] = &["staff-ann-fixed"];
