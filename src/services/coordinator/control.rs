//! The coordinator stays in control of a broadcast: send or discard a draft, pause, resume,
//! stop, and cancel every copy already sent. The same rules serve the buttons in Telegram and
//! `sifor broadcast` on the server: in Telegram only the broadcast's author (while still a
//! coordinator) or an admin may act, checked against the database when the press arrives.

use super::announce::{self, Author};
use crate::domain::Role;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::{BroadcastAction, Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::announcements::{self, State, Stored};
use crate::storage::{StoreError, Tx, audit, deliveries};

/// What came of a control action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    /// The draft is sent to this many recipients.
    Started(usize),
    Discarded,
    Paused,
    Resumed,
    Aborted,
    /// Every sent copy will show "cancelled" (and the rest is not sent).
    Cancelled,
    /// Nothing to do in the broadcast's state (already paused, finished, …).
    NotNow,
}

/// Carries out `action` on broadcast `id` for `actor` (a pseudonym, or `cli`).
pub async fn apply(
    tx: &mut Tx,
    id: i64,
    action: BroadcastAction,
    author: Author<'_>,
    now: i64,
) -> Result<Done, StoreError> {
    let actor = match author {
        Author::Staff { pseudonym, .. } => pseudonym,
        Author::Cli => "cli",
    };
    let subject = format!("A{id}");
    let (done, audit_action) = match action {
        BroadcastAction::Send => match announce::start(tx, id, author, now).await? {
            Some(n) => return Ok(Done::Started(n)),
            None => (Done::NotNow, None),
        },
        BroadcastAction::Discard => {
            let ok = announcements::transition(tx, id, &[State::Draft], State::Aborted, Some("discarded"), now).await?;
            (if ok { Done::Discarded } else { Done::NotNow }, None)
        }
        BroadcastAction::Pause => {
            let ok =
                announcements::transition(tx, id, &[State::Running], State::Paused, Some("coordinator"), now).await?;
            (if ok { Done::Paused } else { Done::NotNow }, Some("broadcast_pause"))
        }
        BroadcastAction::Resume => {
            let canary_pause =
                announcements::get(tx, id).await?.is_some_and(|a| a.paused_reason.as_deref() == Some("canary"));
            let ok = announcements::transition(tx, id, &[State::Paused], State::Running, None, now).await?;
            if ok && canary_pause {
                // Resuming after a canary pause is the coordinator's decision to go on; after
                // any other pause the canary is still judged.
                announcements::set_canary_checked(tx, id).await?;
            }
            (if ok { Done::Resumed } else { Done::NotNow }, Some("broadcast_resume"))
        }
        BroadcastAction::Abort => {
            let ok = announcements::transition(
                tx,
                id,
                &[State::Running, State::Paused],
                State::Aborted,
                Some("coordinator"),
                now,
            )
            .await?;
            if ok {
                deliveries::expire(tx, now).await?;
            }
            (if ok { Done::Aborted } else { Done::NotNow }, Some("broadcast_abort"))
        }
        // Both ask first (a question, or the new text) and are carried out elsewhere.
        BroadcastAction::Cancel | BroadcastAction::Fix => (Done::NotNow, None),
        BroadcastAction::CancelConfirm => {
            let Some(stored) = announcements::get(tx, id).await? else { return Ok(Done::NotNow) };
            if stored.cancelled || stored.state == State::Draft {
                return Ok(Done::NotNow);
            }
            // An event's lock first, as every change of its seats takes it before the announcement.
            crate::storage::events::lock(tx, id).await?;
            announcements::transition(tx, id, &[State::Running, State::Paused], State::Aborted, Some("cancelled"), now)
                .await?;
            deliveries::expire(tx, now).await?;
            announcements::revise(tx, id, &stored.content, true).await?;
            super::organise::changed(tx, id, true, now).await?;
            (Done::Cancelled, Some("broadcast_cancel"))
        }
    };
    if let Some(what) = audit_action
        && done != Done::NotNow
    {
        audit::record(tx, now, actor, what, Some(&subject), None).await?;
    }
    Ok(done)
}

/// Whether `turn`'s user may act on `stored` now: its author while a coordinator, or an admin.
pub(crate) fn may_act(turn: &Turn<'_>, stored: &Stored) -> bool {
    match turn.user.role {
        Role::Admin => true,
        Role::Coordinator => stored.author == turn.user.pseudonym,
        _ => false,
    }
}

/// A press on a broadcast button in Telegram; `false` when the presser may not (answered as a
/// stale button, revealing nothing).
pub async fn press(app: &App, turn: &mut Turn<'_>, action: BroadcastAction, id: i64) -> Result<bool, StoreError> {
    let Some(stored) = announcements::get(&mut turn.tx, id).await? else { return Ok(false) };
    if !may_act(turn, &stored) {
        return Ok(false);
    }
    let tag = turn.tag();
    if action == BroadcastAction::Fix {
        return super::fix::begin(app, turn, id).await;
    }
    if action == BroadcastAction::Cancel {
        let sent = deliveries::counts(&mut turn.tx, id).await?.sent;
        let text = app.locales.text(&tag, "staff-ann-cancel-ask", &[("count", Arg::Num(sent))]);
        let options = vec![Button {
            label: app.locales.text(&tag, "btn-staff-ann-cancel-confirm", &[]),
            press: Press::Broadcast { action: BroadcastAction::CancelConfirm, id },
        }];
        turn.reply.views.push(View::Keyboard { text, options, nav: Vec::new(), refresh: false });
        return Ok(true);
    }
    let pseudonym = turn.user.pseudonym.clone();
    let author = Author::Staff { user_id: turn.user.id, chat_id: turn.user.chat_id, pseudonym: &pseudonym };
    let done = apply(&mut turn.tx, id, action, author, turn.now).await?;
    let text = match done {
        Done::Started(n) => app.locales.text(&tag, "staff-ann-started", &[("count", Arg::Num(n as i64))]),
        Done::Discarded => app.locales.text(&tag, "staff-ann-discarded", &[]),
        Done::Paused => app.locales.text(&tag, "staff-ann-paused", &[]),
        Done::Resumed => app.locales.text(&tag, "staff-ann-resumed", &[]),
        Done::Aborted => app.locales.text(&tag, "staff-ann-aborted", &[]),
        Done::Cancelled => app.locales.text(&tag, "staff-ann-cancelling", &[]),
        Done::NotNow => app.locales.text(&tag, "staff-ann-not-now", &[]),
    };
    turn.reply.views.push(View::Text(text));
    Ok(true)
}

pub const MESSAGES: &[&str] = &[
    "staff-ann-cancel-ask",
    "btn-staff-ann-cancel-confirm",
    "staff-ann-started",
    "staff-ann-discarded",
    "staff-ann-paused",
    "staff-ann-resumed",
    "staff-ann-aborted",
    "staff-ann-cancelling",
    "staff-ann-not-now",
];
