//! The one routing tree, used by `run` and by the tests: commands first, then button presses,
//! then free text, then every other message kind, edited messages, membership changes, and an
//! endpoint for everything else. No update is dropped silently and none ends the bot: a handler
//! error is logged (kinds and ids only) and the next update goes on.

use super::callback;
use super::render::{self, Pressed};
use super::send::Telegram;
use crate::services::app::{EventContext, UserRef};
use crate::services::conversation::{Command, Event};
use crate::services::view::{EngineAction, Press};
use std::sync::Arc;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{ChatMemberUpdated, MaybeInaccessibleMessage};
use teloxide::utils::command::BotCommands;

type HandlerResult = Result<(), anyhow::Error>;

/// The bot's commands. Their descriptions live in the locales (`cmd-*`), set per language.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Cmd {
    Start(String),
    Menu,
    Language,
    Back,
    Skip,
    Why,
    Restart,
    Help,
    Privacy,
    Mydata,
    Delete,
    Consent,
    Stop,
    Programmes,
}

/// The commands shown in Telegram's menu, in order.
pub const MENU_COMMANDS: &[&str] = &[
    "start",
    "menu",
    "programmes",
    "language",
    "back",
    "restart",
    "help",
    "privacy",
    "mydata",
    "delete",
    "consent",
    "stop",
];

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().filter_command::<Cmd>().endpoint(on_command))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_message().filter(|m: Message| m.text().is_some()).endpoint(on_text))
        .branch(Update::filter_message().endpoint(on_other_message))
        .branch(Update::filter_edited_message().endpoint(on_other_message))
        .branch(Update::filter_my_chat_member().endpoint(on_membership))
        .branch(dptree::endpoint(on_anything_else))
}

fn now() -> i64 {
    crate::config::now()
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

async fn on_command(tg: Arc<Telegram>, msg: Message, cmd: Cmd) -> HandlerResult {
    let Some((user, hint)) = sender(&msg) else { return Ok(()) };
    let mut ctx = EventContext { language_hint: hint.as_deref(), start_payload: None };
    let command = match &cmd {
        Cmd::Start(payload) => {
            let payload = payload.trim();
            ctx.start_payload = valid_payload(payload).then_some(payload);
            Command::Start
        }
        Cmd::Menu => Command::Menu,
        Cmd::Language => Command::Language,
        Cmd::Back => Command::Back,
        Cmd::Skip => Command::Skip,
        Cmd::Why => Command::Why,
        Cmd::Restart => Command::Restart,
        Cmd::Help => Command::Help,
        Cmd::Privacy => Command::Privacy,
        Cmd::Mydata => Command::MyData,
        Cmd::Delete => Command::Delete,
        Cmd::Consent => Command::Consent,
        Cmd::Stop => Command::Stop,
        Cmd::Programmes => Command::Programmes,
    };
    let reply = tg.app.handle_with(user, Event::Command(command), &ctx, now()).await?;
    render::show(&tg, msg.chat.id, None, &reply.views).await;
    Ok(())
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
    let user = UserRef { id: q.from.id.0 as i64, chat_id: chat.0 };
    // Data that is not ours, or names nothing that exists, is an old button: the engine
    // answers it like any stale press and shows the current question again.
    let stale = Press::Engine { flow: String::new(), step: String::new(), nonce: 0, action: EngineAction::Back };
    let press = q.data.as_deref().and_then(|d| callback::decode(d, &tg.app.flows)).unwrap_or(stale);
    let ctx = EventContext { language_hint: q.from.language_code.as_deref(), start_payload: None };
    let reply = tg.app.handle_with(user, Event::Press(&press), &ctx, now()).await?;
    let pressed = message.map(|m| Pressed { id: m.id, text: m.text().unwrap_or_default().to_string() });
    render::show(&tg, chat, pressed.as_ref(), &reply.views).await;
    Ok(())
}

async fn on_text(tg: Arc<Telegram>, msg: Message) -> HandlerResult {
    let Some((user, hint)) = sender(&msg) else { return Ok(()) };
    let text = msg.text().unwrap_or_default();
    let event = if text.starts_with('/') { Event::UnknownCommand } else { Event::Text(text) };
    let ctx = EventContext { language_hint: hint.as_deref(), start_payload: None };
    let reply = tg.app.handle_with(user, event, &ctx, now()).await?;
    render::show(&tg, msg.chat.id, None, &reply.views).await;
    Ok(())
}

/// Stickers, photos, voice notes, videos, locations, contacts, files, dice, polls and edited
/// messages: a hint what is expected; nothing of them is stored.
async fn on_other_message(tg: Arc<Telegram>, msg: Message) -> HandlerResult {
    let Some((user, hint)) = sender(&msg) else { return Ok(()) };
    let ctx = EventContext { language_hint: hint.as_deref(), start_payload: None };
    let reply = tg.app.handle_with(user, Event::Unsupported, &ctx, now()).await?;
    render::show(&tg, msg.chat.id, None, &reply.views).await;
    Ok(())
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

async fn on_anything_else(update: Update) -> HandlerResult {
    tracing::debug!(update = update.id.0, "update of a kind the bot does not use");
    Ok(())
}
