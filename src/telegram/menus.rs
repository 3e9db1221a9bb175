//! The command menus Telegram shows, from the command table: per supported language code, and a
//! default in English. Only commands open to everyone are listed for all private chats; a staff
//! member's chat gets its own menu with their role's commands, removed again on revocation.

use super::send::Telegram;
use crate::domain::Role;
use crate::services::commands;
use crate::services::refugee::conversation::MenuChange;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};

/// The menu of a role in one language.
pub fn menu(tg: &Telegram, tag: &str, role: Role) -> Vec<BotCommand> {
    commands::menu_for(role)
        .map(|c| {
            let description =
                tg.app.locales.raw(tag, &c.command.description_id(), &[]).unwrap_or_else(|| c.name.to_string());
            BotCommand::new(c.name, description)
        })
        .collect()
}

pub async fn set_commands(tg: &Telegram) {
    let any = ChatId(0);
    let req =
        tg.bot.set_my_commands(menu(tg, crate::i18n::REFERENCE, Role::Refugee)).scope(BotCommandScope::AllPrivateChats);
    let _ = tg.call(any, req).await;
    for lang in tg.app.locales.languages() {
        for code in &lang.telegram {
            let req = tg
                .bot
                .set_my_commands(menu(tg, &lang.tag, Role::Refugee))
                .scope(BotCommandScope::AllPrivateChats)
                .language_code(code.clone());
            let _ = tg.call(any, req).await;
        }
    }
}

/// A chat's own menu after a staff role was granted or revoked: the role's commands in the
/// user's language, or (back to everyone's menu) the chat's own menu removed. Noted in the
/// store only when Telegram took it; otherwise the user's next event tries again.
pub async fn set_chat_menu(tg: &Telegram, change: &MenuChange) {
    let chat = ChatId(change.chat_id);
    let scope = BotCommandScope::Chat { chat_id: teloxide::types::Recipient::Id(chat) };
    let done = if change.role.is_staff() {
        let req = tg.bot.set_my_commands(menu(tg, &change.locale, change.role)).scope(scope);
        tg.call(chat, req).await.is_ok()
    } else {
        tg.call(chat, tg.bot.delete_my_commands().scope(scope)).await.is_ok()
    };
    if done && let Err(e) = tg.app.menu_done(change.user_id, change.role).await {
        tracing::warn!(error = crate::storage::error_kind(&e), "a menu change could not be noted; it is sent again");
    }
}
