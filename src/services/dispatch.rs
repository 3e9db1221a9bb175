//! Routes one event to the use case that owns it: staff events (invitations, /myrole, /staff
//! and its buttons) to [`super::staff`], /announce and the broadcast buttons to
//! [`super::coordinator`], everything else to [`super::refugee`]. A staff press
//! from someone whose role does not allow it now is answered like any old button.

use super::app::App;
use super::commands::Command;
use super::coordinator::{self, draft};
use super::refugee::{self, conversation::Event, view::Press};
use super::staff;
use super::turn::Turn;
use crate::flow::Service;
use crate::storage::StoreError;

pub(crate) async fn route(app: &App, turn: &mut Turn<'_>, event: Event<'_>) -> Result<(), StoreError> {
    let handled = match event {
        Event::Command(Command::Start) => match turn.start_payload.clone() {
            Some(payload) => staff::accept::offer(app, turn, &payload).await?,
            None => false,
        },
        Event::Press(Press::Invite { accept, id }) => staff::accept::decide(app, turn, *accept, *id).await?,
        Event::Command(Command::MyRole) => {
            staff::myrole::show(app, turn).await?;
            true
        }
        Event::Command(Command::Staff) | Event::Press(Press::StaffRoster) => staff::roster::show(app, turn).await?,
        Event::Press(Press::StaffInvite(role)) => staff::roster::choose_scope(app, turn, *role).await?,
        Event::Press(Press::StaffInviteScope { role, scope }) => {
            staff::roster::make_invite(app, turn, *role, *scope).await?
        }
        Event::Press(Press::StaffRevoke(who)) => staff::roster::ask_revoke(app, turn, who).await?,
        Event::Press(Press::StaffRevokeConfirm(who)) => staff::roster::revoke(app, turn, who).await?,
        Event::Command(Command::Announce) => {
            let flow = app.flows.handing_over_to(Service::Announce).map(|f| f.id.clone());
            match flow {
                Some(id) if draft::may_announce(turn.user.role) => {
                    let conversation = refugee::conversation::Conversation {
                        flows: &app.flows,
                        locales: &app.locales,
                        catalogue: turn.catalogue,
                    };
                    conversation.start_flow(&mut turn.state, &id, &mut turn.reply);
                    true
                }
                _ => false,
            }
        }
        // Only coordinators write announcements, whatever button brought someone to the flow.
        Event::Press(Press::Flow(id))
            if app.flows.get(id).is_some_and(|f| f.is_staff_only()) && !draft::may_announce(turn.user.role) =>
        {
            false
        }
        Event::Press(Press::Broadcast { action, id }) => coordinator::control::press(app, turn, *action, *id).await?,
        Event::Press(Press::BroadcastPreview { id, lang }) => draft::preview_in(app, turn, *id, *lang).await?,
        Event::Command(Command::Events) => coordinator::organise::show(app, turn).await?,
        Event::Command(Command::Dossier) => coordinator::dossier::command(app, turn).await?,
        Event::Command(Command::CheckIn) => coordinator::checkin::check_in(app, turn).await?,
        Event::Press(Press::Organise { action, id }) => coordinator::organise::press(app, turn, *action, *id).await?,
        Event::Press(Press::Discussed { event, idea }) => {
            coordinator::discussed::press(app, turn, *event, *idea).await?
        }
        Event::Command(Command::Review) => super::partner::review::show(app, turn).await?,
        Event::Press(Press::ReviewPublishAll) => super::partner::publish::publish_all(app, turn).await?,
        Event::Command(Command::Story) => super::partner::story::begin(app, turn, None).await?,
        Event::Press(Press::StoryPublish { id, publish }) => {
            super::partner::story::publish(app, turn, *id, *publish).await?
        }
        Event::Command(Command::Export) => super::partner::export::send(app, turn).await?,
        Event::Press(Press::Review { action, idea }) => {
            super::partner::review::press(app, turn, action.clone(), *idea).await?
        }
        _ => return refugee::dispatch(app, turn, event).await,
    };
    if handled {
        return Ok(());
    }
    let fallback = match event {
        // Not an invitation: the start goes on like any other.
        Event::Command(Command::Start) => event,
        _ => Event::StalePress,
    };
    refugee::dispatch(app, turn, fallback).await
}
