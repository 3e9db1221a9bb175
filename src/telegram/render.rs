//! Shows views in Telegram: HTML-escaped texts split at 4096 characters on line boundaries,
//! inline keyboards with callback data of at most 64 bytes, the chosen answer echoed into the
//! question it answers (which loses its keyboard), and a multi step's ticks updated in place.

use super::callback;
use super::send::Telegram;
use crate::services::refugee::view::{Button, Press, View};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ParseMode};

/// Telegram's limit for a message text, in UTF-16 code units.
pub const MAX_TEXT: usize = 4096;

/// The question message a button press came from.
#[derive(Debug, Clone)]
pub struct Pressed {
    pub id: MessageId,
    /// Its text as the user sees it.
    pub text: String,
}

pub async fn show(tg: &Telegram, chat: ChatId, pressed: Option<&Pressed>, views: &[View]) {
    for view in views {
        match view {
            View::Echo(echo) => match pressed {
                Some(p) => {
                    let text = escape(&format!("{}\n{echo}", p.text));
                    let req = tg.bot.edit_message_text(chat, p.id, text).parse_mode(ParseMode::Html);
                    if tg.call(chat, req).await.is_err() {
                        send_text(tg, chat, echo).await;
                    }
                }
                None => send_text(tg, chat, echo).await,
            },
            View::Keyboard { text, options, nav, refresh } => {
                let markup = keyboard(options, nav, tg);
                match (pressed, refresh) {
                    (Some(p), true) => {
                        let req = tg
                            .bot
                            .edit_message_text(chat, p.id, escape(text))
                            .parse_mode(ParseMode::Html)
                            .reply_markup(markup);
                        let _ = tg.call(chat, req).await;
                    }
                    _ => {
                        let mut parts = split(text);
                        let last = parts.pop().unwrap_or_default();
                        for part in parts {
                            send_text(tg, chat, &part).await;
                        }
                        let req =
                            tg.bot.send_message(chat, escape(&last)).parse_mode(ParseMode::Html).reply_markup(markup);
                        let _ = tg.call(chat, req).await;
                    }
                }
            }
            View::Text(text) => send_text(tg, chat, text).await,
            View::Document { file_name, caption, content } => {
                let file = InputFile::memory(content.clone().into_bytes()).file_name(file_name.clone());
                let req = tg.bot.send_document(chat, file).caption(escape(caption)).parse_mode(ParseMode::Html);
                let _ = tg.call(chat, req).await;
            }
        }
    }
}

async fn send_text(tg: &Telegram, chat: ChatId, text: &str) {
    for part in split(text) {
        let req = tg.bot.send_message(chat, escape(&part)).parse_mode(ParseMode::Html);
        if tg.call(chat, req).await == Err(super::send::Failed::Unreachable) {
            return;
        }
    }
}

/// Answer buttons one per row (two per row when all labels are short), then the ways around.
pub(crate) fn keyboard(options: &[Button], nav: &[Button], tg: &Telegram) -> InlineKeyboardMarkup {
    let button = |b: &Button| match &b.press {
        Press::Link(url) => match url::Url::parse(url) {
            Ok(url) => InlineKeyboardButton::url(b.label.clone(), url),
            Err(_) => InlineKeyboardButton::callback(b.label.clone(), "L"),
        },
        press => InlineKeyboardButton::callback(b.label.clone(), callback::encode(press, &tg.app.flows)),
    };
    let short = options.len() > 4 && options.iter().all(|b| b.label.chars().count() <= 14);
    let mut rows: Vec<Vec<InlineKeyboardButton>> =
        options.chunks(if short { 2 } else { 1 }).map(|row| row.iter().map(button).collect()).collect();
    if !nav.is_empty() {
        rows.push(nav.iter().map(button).collect());
    }
    InlineKeyboardMarkup::new(rows)
}

/// Escapes a plain text for HTML parse mode.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Splits a text into parts of at most [`MAX_TEXT`] UTF-16 units, on line boundaries where it
/// can, inside a line only when one line alone is too long.
pub fn split(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        let mut line = line.to_string();
        while utf16_len(&line) > MAX_TEXT {
            let mut cut = 0;
            let mut units = 0;
            for (i, c) in line.char_indices() {
                if units + c.len_utf16() > MAX_TEXT {
                    break;
                }
                units += c.len_utf16();
                cut = i + c.len_utf8();
            }
            if !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            parts.push(line[..cut].to_string());
            line = line[cut..].to_string();
        }
        let joined = if current.is_empty() { utf16_len(&line) } else { utf16_len(&current) + 1 + utf16_len(&line) };
        if joined > MAX_TEXT {
            parts.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(&line);
    }
    if !current.trim().is_empty() || parts.is_empty() {
        parts.push(current);
    }
    parts.retain(|p| !p.trim().is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_split_on_lines_and_long_lines_hard() {
        let line = "a".repeat(3000);
        let text = format!("{line}\n{line}\n{}", "b".repeat(9000));
        let parts = split(&text);
        assert!(parts.iter().all(|p| utf16_len(p) <= MAX_TEXT));
        assert_eq!(parts[0], line);
        assert_eq!(parts[1], line);
        assert_eq!(parts.concat().len(), 3000 + 3000 + 9000);
        assert_eq!(split("short"), ["short"]);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape("<b>Tom & Jerry</b>"), "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;");
    }
}
