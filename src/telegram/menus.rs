//! The command menus Telegram shows, from the command table: per supported language code, and a
//! default in English. Only commands open to everyone are listed for all private chats; staff
//! menus (per chat) come with the staff roles.

use super::send::Telegram;
use crate::domain::Role;
use crate::services::commands;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};

/// The menu of everyone in one language.
pub fn menu(tg: &Telegram, tag: &str) -> Vec<BotCommand> {
    commands::COMMANDS
        .iter()
        .filter(|c| c.menu && c.role == Role::Refugee)
        .map(|c| {
            let description =
                tg.app.locales.raw(tag, &c.command.description_id(), &[]).unwrap_or_else(|| c.name.to_string());
            BotCommand::new(c.name, description)
        })
        .collect()
}

pub async fn set_commands(tg: &Telegram) {
    let any = ChatId(0);
    let req = tg.bot.set_my_commands(menu(tg, crate::i18n::REFERENCE)).scope(BotCommandScope::AllPrivateChats);
    let _ = tg.call(any, req).await;
    for lang in tg.app.locales.languages() {
        for code in &lang.telegram {
            let req = tg
                .bot
                .set_my_commands(menu(tg, &lang.tag))
                .scope(BotCommandScope::AllPrivateChats)
                .language_code(code.clone());
            let _ = tg.call(any, req).await;
        }
    }
}
