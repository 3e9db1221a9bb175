//! The broadcaster's way out: [`Outbox`] on the Bot API. Unlike replies (see [`super::send`]),
//! a broadcast call is tried once and its outcome goes back to the ledger: a 429 comes back as
//! [`Delivery::RetryAfter`] so the pacer holds every broadcast, and a network error is not
//! retried, since the message may have gone out (at most once). A 403 marks the user
//! unreachable, as for replies.

use super::render::{escape, keyboard};
use super::send::{Telegram, kind};
use crate::services::refugee::view::View;
use crate::services::workers::broadcast::{Delivery, Outbox};
use std::sync::Arc;
use teloxide::prelude::*;
use teloxide::types::{InputFile, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

#[derive(Clone)]
pub struct TelegramOutbox(pub Arc<Telegram>);

impl TelegramOutbox {
    async fn outcome(&self, chat: ChatId, result: Result<Message, RequestError>) -> Delivery {
        match result {
            Ok(message) => Delivery::Sent(i64::from(message.id.0)),
            Err(RequestError::RetryAfter(wait)) => Delivery::RetryAfter(u64::from(wait.seconds())),
            Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated)) => {
                self.0.unreachable(chat, true).await;
                Delivery::Blocked
            }
            Err(e) => {
                tracing::warn!(error = kind(&e), "a broadcast message failed");
                Delivery::Failed(kind(&e))
            }
        }
    }
}

fn parts(view: &View) -> (&str, &[crate::services::refugee::view::Button], &[crate::services::refugee::view::Button]) {
    match view {
        View::Keyboard { text, options, nav, .. } => (text, options, nav),
        View::Text(text) | View::Echo(text) => (text, &[], &[]),
        View::Document { caption, .. } => (caption, &[], &[]),
    }
}

impl Outbox for TelegramOutbox {
    async fn send(&self, chat_id: i64, view: &View, paid: bool) -> Delivery {
        let chat = ChatId(chat_id);
        if let View::Document { file_name, caption, content } = view {
            let file = InputFile::memory(content.clone().into_bytes()).file_name(file_name.clone());
            let result =
                self.0.bot.send_document(chat, file).caption(escape(caption)).parse_mode(ParseMode::Html).send().await;
            return self.outcome(chat, result).await;
        }
        let (text, options, nav) = parts(view);
        let mut req = self.0.bot.send_message(chat, escape(text)).parse_mode(ParseMode::Html);
        if !options.is_empty() || !nav.is_empty() {
            req = req.reply_markup(keyboard(options, nav, &self.0));
        }
        if paid {
            req = req.allow_paid_broadcast(true);
        }
        let result = req.send().await;
        self.outcome(chat, result).await
    }

    async fn edit(&self, chat_id: i64, message_id: i64, view: &View) -> Delivery {
        let chat = ChatId(chat_id);
        let (text, options, nav) = parts(view);
        let id = MessageId(i32::try_from(message_id).unwrap_or(0));
        let mut req = self.0.bot.edit_message_text(chat, id, escape(text)).parse_mode(ParseMode::Html);
        if !options.is_empty() || !nav.is_empty() {
            req = req.reply_markup(keyboard(options, nav, &self.0));
        }
        match req.send().await {
            Err(RequestError::Api(ApiError::MessageNotModified)) => Delivery::Sent(message_id),
            result => self.outcome(chat, result).await,
        }
    }
}
