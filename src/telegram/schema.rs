//! The one routing tree, used by `run` and by the tests: commands first (read from the command
//! table), then button presses, then free text, then every other message kind, edited messages
//! and membership changes. Anything else goes to the dispatcher's default handler
//! ([`on_anything_else`]): a catch-all branch here would widen the update kinds teloxide asks
//! Telegram for (it derives them from this tree) to all of them. No update is dropped silently and
//! none ends the bot: each handler's work runs in its own task, so a database failure or even a
//! panic fails that one update; the user gets a short apology and every other update goes on.

use super::callback;
use super::render::{self, Pressed};
use super::send::Telegram;
use crate::services::app::{EventContext, UserRef};
use crate::services::commands::{self, Command};
use crate::services::refugee::conversation::{Event, Reply};
use crate::storage::StoreError;
use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{ChatMemberUpdated, MaybeInaccessibleMessage};

type HandlerResult = Result<(), Infallible>;

pub fn schema() -> UpdateHandler<Infallible> {
    dptree::entry()
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_message().filter(|m: Message| m.text().is_some()).endpoint(on_text))
        .branch(Update::filter_message().endpoint(on_other_message))
        .branch(Update::filter_edited_message().endpoint(on_other_message))
        .branch(Update::filter_my_chat_member().endpoint(on_membership))
}

/// The user behind a private message; groups and channels are not served.
fn sender(msg: &Message) -> Option<(UserRef, Option<String>)> {
    if !msg.chat.is_private() {
        return None;
    }
    let from = msg.from.as_ref()?;
    Some((UserRef { id: from.id.0 as i64, chat_id: msg.chat.id.0 }, from.language_code.clone()))
}

/// A `/start` payload is kept only when it is a valid deep-link parameter.
fn valid_payload(p: &str) -> bool {
    (1..=64).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Runs one update's work in its own task. A store error or a panic fails only this update: it
/// is logged by kind (never with what the user wrote) and the user reads a short apology in the
/// language Telegram suggests. The update is then done; the next one is handled as usual.
async fn guarded(
    tg: Arc<Telegram>,
    chat: ChatId,
    hint: Option<String>,
    work: impl Future<Output = Result<(), StoreError>> + Send + 'static,
) -> HandlerResult {
    let failure = match tokio::spawn(work).await {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(e)) => crate::storage::error_kind(&e),
        Err(e) if e.is_panic() => "a handler panicked",
        Err(_) => return Ok(()),
    };
    tracing::warn!(error = failure, "an update could not be handled");
    let text = render::escape(&tg.app.apology(hint.as_deref()));
    let _ = tg.call(chat, tg.bot.send_message(chat, text).parse_mode(teloxide::types::ParseMode::Html)).await;
    Ok(())
}

async fn on_text(tg: Arc<Telegram>, msg: Message) -> HandlerResult {
    let Some((user, hint)) = sender(&msg) else { return Ok(()) };
    let chat = msg.chat.id;
    guarded(tg.clone(), chat, hint.clone(), async move {
        let text = msg.text().unwrap_or_default();
        let mut payload = None;
        let mut arguments = None;
        let event = match commands::parse(text) {
            Some((Command::Start, args)) => {
                payload = valid_payload(args).then_some(args);
                Event::Command(Command::Start)
            }
            Some((command, args)) => {
                arguments = Some(args).filter(|a| !a.is_empty());
                Event::Command(command)
            }
            None if text.starts_with('/') => Event::UnknownCommand,
            None => Event::Text(text),
        };
        let ctx = EventContext { language_hint: hint.as_deref(), start_payload: payload, arguments };
        let reply = tg.app.handle_with(user, event, &ctx, tg.app.now()).await?;
        show(&tg, chat, None, &reply).await;
        Ok(())
    })
    .await
}

/// Shows a reply, then changes the command menus it names (a staff role granted or revoked).
async fn show(tg: &Telegram, chat: ChatId, pressed: Option<&Pressed>, reply: &Reply) {
    render::show(tg, chat, pressed, &reply.views).await;
    for change in &reply.menus {
        super::menus::set_chat_menu(tg, change).await;
    }
}

async fn on_callback(tg: Arc<Telegram>, q: CallbackQuery) -> HandlerResult {
    let message = q.message.as_ref().and_then(MaybeInaccessibleMessage::regular_message);
    let chat = message.map_or(ChatId(q.from.id.0 as i64), |m| m.chat.id);
    // Every press is answered at once, whatever follows, so the button stops spinning even
    // while several messages go out.
    let _ = tg.call(chat, tg.bot.answer_callback_query(q.id.clone())).await;
    if message.is_some_and(|m| !m.chat.is_private()) {
        return Ok(());
    }
    let hint = q.from.language_code.clone();
    guarded(tg.clone(), chat, hint.clone(), async move {
        let user = UserRef { id: q.from.id.0 as i64, chat_id: chat.0 };
        let press = q.data.as_deref().and_then(|d| callback::decode(d, &tg.app.flows));
        // Data that is not ours, or names nothing that exists, is an old button.
        let event = press.as_ref().map_or(Event::StalePress, Event::Press);
        let ctx = EventContext { language_hint: hint.as_deref(), ..Default::default() };
        let reply = tg.app.handle_with(user, event, &ctx, tg.app.now()).await?;
        let message = q.message.as_ref().and_then(MaybeInaccessibleMessage::regular_message);
        let pressed = message.map(|m| Pressed { id: m.id, text: m.text().unwrap_or_default().to_string() });
        show(&tg, chat, pressed.as_ref(), &reply).await;
        Ok(())
    })
    .await
}

/// Stickers, photos, voice notes, videos, locations, contacts, files, dice, polls and edited
/// messages: a hint what is expected; nothing of them is stored.
async fn on_other_message(tg: Arc<Telegram>, msg: Message) -> HandlerResult {
    let Some((user, hint)) = sender(&msg) else { return Ok(()) };
    let chat = msg.chat.id;
    guarded(tg.clone(), chat, hint.clone(), async move {
        let ctx = EventContext { language_hint: hint.as_deref(), ..Default::default() };
        let reply = tg.app.handle_with(user, Event::Unsupported, &ctx, tg.app.now()).await?;
        show(&tg, chat, None, &reply).await;
        Ok(())
    })
    .await
}

/// The user blocked the bot (kicked) or came back (member).
async fn on_membership(tg: Arc<Telegram>, update: ChatMemberUpdated) -> HandlerResult {
    if !update.chat.is_private() {
        return Ok(());
    }
    let member = &update.new_chat_member;
    if member.is_banned() || member.is_left() {
        tg.unreachable(update.chat.id, true).await;
    } else if member.is_present() {
        tg.unreachable(update.chat.id, false).await;
    }
    Ok(())
}

/// The dispatcher's default handler: updates of kinds the bot does not use.
pub async fn on_anything_else(update: Arc<Update>) {
    tracing::debug!(update = update.id.0, "update of a kind the bot does not use");
}
