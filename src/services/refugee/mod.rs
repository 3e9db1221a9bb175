//! What everyone can do: the conversation around the flows (language, menu, questions), the
//! matches, ideas, data rights (/privacy, /mydata, /delete, /consent, /stop) and /help. Each use
//! case lives in its own file; [`dispatch`] routes an event to the one that owns it.

pub mod announcements;
pub mod consent;
pub mod conversation;
pub mod data_rights;
pub mod feedback;
pub mod help;
pub mod ideas;
pub mod matches;
pub mod myideas;
pub mod profile;
pub mod replies;
pub mod rsvp;
pub mod state;
pub mod stories;
pub mod view;

use super::app::App;
use super::commands::Command;
use super::turn::Turn;
use crate::storage::StoreError;
use conversation::{Conversation, Event};
use view::Press;

/// Routes one event of a refugee (everyone) to its use case.
pub(crate) async fn dispatch(app: &App, turn: &mut Turn<'_>, event: Event<'_>) -> Result<(), StoreError> {
    match event {
        Event::Command(Command::Privacy) => data_rights::privacy(app, turn),
        Event::Command(Command::MyData) => data_rights::export(app, turn).await?,
        Event::Command(Command::Delete) => data_rights::ask_delete(app, turn),
        Event::Press(Press::Delete(true)) => data_rights::delete(app, turn).await?,
        Event::Press(Press::Delete(false)) => {
            data_rights::keep(app, turn);
            conversation(app, turn).show_current(&mut turn.state, &mut turn.reply);
        }
        Event::Command(Command::Consent) => consent::show(app, turn),
        Event::Command(Command::MyIdeas) => {
            myideas::show(app, turn).await?;
            conversation(app, turn).show_current(&mut turn.state, &mut turn.reply);
        }
        Event::Press(Press::Consent { purpose, on }) => consent::set(app, turn, usize::from(*purpose), *on),
        Event::Command(Command::Stop) | Event::Press(Press::AnnouncementStop) => consent::stop(app, turn),
        Event::Press(Press::AnnouncementWhy(id)) => announcements::why(app, turn, *id).await?,
        Event::Press(Press::Stories(page)) => stories::show(app, turn, *page).await?,
        Event::Press(Press::StoryLike(id)) | Event::Press(Press::StoryConsent { id, .. }) => {
            let done = match event {
                Event::Press(Press::StoryConsent { answer, .. }) => stories::consent(app, turn, *id, *answer).await?,
                _ => stories::like(app, turn, *id).await?,
            };
            if !done {
                let reply = conversation(app, turn).handle(&mut turn.state, Event::StalePress);
                turn.reply = reply;
            }
        }
        Event::Press(Press::IdeaAnswer(id)) | Event::Press(Press::IdeaMute(id)) => {
            let done = match event {
                Event::Press(Press::IdeaAnswer(_)) => replies::answer(app, turn, *id).await?,
                _ => replies::mute(app, turn, *id).await?,
            };
            if !done {
                let reply = conversation(app, turn).handle(&mut turn.state, Event::StalePress);
                turn.reply = reply;
            }
        }
        Event::Press(Press::Event { action, id }) => {
            if !rsvp::press(app, turn, *action, *id).await? {
                let reply = conversation(app, turn).handle(&mut turn.state, Event::StalePress);
                turn.reply = reply;
            }
        }
        Event::Press(Press::Feedback { programme, saved }) => feedback::record(app, turn, programme, *saved).await?,
        Event::Command(Command::Help) => {
            help::show(app, turn);
            conversation(app, turn).show_current(&mut turn.state, &mut turn.reply);
        }
        other => {
            let reply = conversation(app, turn).handle(&mut turn.state, other);
            turn.reply = reply;
        }
    }
    Ok(())
}

fn conversation<'a>(app: &'a App, turn: &Turn<'a>) -> Conversation<'a> {
    Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue }
}
