//! `sifor chat`: the bot in a terminal, on the real store. Prints the bot's messages with
//! numbered options; the user types a number, free text or a command. Piped input works line by
//! line (one answer per line) and the chat ends cleanly at the end of input. Quit half-way and
//! start again on the same database: the same question comes back with every answer kept.

use crate::services::app::{App, UserRef};
use crate::services::conversation::{Command, Event};
use crate::services::view::{EngineAction, Press, View};
use std::io::{BufRead, Write};

pub struct ChatOptions {
    /// Start in this language instead of showing the language list.
    pub lang: Option<String>,
    /// Whether a person is typing (prompts are shown) or input is piped.
    pub interactive: bool,
}

/// The terminal's user. Telegram user ids are positive; this one never clashes with them.
pub const CHAT_USER: UserRef = UserRef { id: 0, chat_id: 0 };

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("unknown language `{0}`; known: {1}")]
    UnknownLanguage(String, String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] crate::storage::StoreError),
}

/// Runs a chat over `input` and `output` until end of input or `/quit`.
pub fn run(
    app: &App,
    rt: &tokio::runtime::Runtime,
    opts: &ChatOptions,
    input: impl BufRead,
    mut out: impl Write,
) -> Result<(), ChatError> {
    let handle = |event: Event<'_>| rt.block_on(app.handle(CHAT_USER, event, crate::config::now()));
    let known = rt.block_on(app.state(CHAT_USER.id))?;
    let mut first_press = None;
    if let Some(code) = &opts.lang {
        let Some(lang) = app.locales.negotiate(code) else {
            let tags: Vec<&str> = app.locales.languages().iter().map(|l| l.tag.as_str()).collect();
            return Err(ChatError::UnknownLanguage(code.clone(), tags.join(", ")));
        };
        // Choosing the language starts a new user's onboarding, or switches a returning user's.
        if known.as_ref().and_then(|s| s.locale.as_deref()) != Some(lang.tag.as_str()) {
            let index = app.locales.languages().iter().position(|l| l.tag == lang.tag).unwrap_or(0);
            first_press = Some(Press::Language(index as u16));
        }
    }
    let first = match &first_press {
        Some(press) => Event::Press(press),
        None => Event::Command(Command::Start),
    };
    let mut buttons: Vec<Press> = Vec::new();
    print_views(&mut out, &handle(first)?.views, &mut buttons)?;
    let mut lines = input.lines();
    loop {
        if opts.interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        let Some(line) = lines.next() else { break };
        let line = line?;
        if !opts.interactive {
            writeln!(out, "> {line}")?;
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let event = if let Some(cmd) = text.strip_prefix('/') {
            match command(cmd.split_whitespace().next().unwrap_or("")) {
                Some(Ok(c)) => Event::Command(c),
                Some(Err(Quit)) => break,
                None => {
                    let tag =
                        rt.block_on(app.state(CHAT_USER.id))?.and_then(|s| s.locale).unwrap_or_else(|| "en".into());
                    writeln!(out, "{}\n", app.locales.text(&tag, "chat-unknown-command", &[]))?;
                    continue;
                }
            }
        } else {
            match crate::flow::digits::parse_number(text) {
                Some(n) if n >= 1 && (n as usize) <= buttons.len() => Event::Press(&buttons[n as usize - 1]),
                _ => Event::Text(text),
            }
        };
        let reply = handle(event)?;
        print_views(&mut out, &reply.views, &mut buttons)?;
    }
    let tag = rt.block_on(app.state(CHAT_USER.id))?.and_then(|s| s.locale).unwrap_or_else(|| "en".into());
    writeln!(out, "{}", app.locales.text(&tag, "chat-bye", &[]))?;
    Ok(())
}

struct Quit;

fn command(name: &str) -> Option<Result<Command, Quit>> {
    Some(Ok(match name {
        "quit" | "exit" => return Some(Err(Quit)),
        "start" => Command::Start,
        "menu" => Command::Menu,
        "language" => Command::Language,
        "back" => Command::Back,
        "skip" => Command::Skip,
        "why" => Command::Why,
        "restart" => Command::Restart,
        "help" => Command::Help,
        "privacy" => Command::Privacy,
        "mydata" => Command::MyData,
        "delete" => Command::Delete,
        "consent" => Command::Consent,
        "stop" => Command::Stop,
        "programmes" => Command::Programmes,
        _ => return None,
    }))
}

fn print_views(out: &mut impl Write, views: &[View], buttons: &mut Vec<Press>) -> std::io::Result<()> {
    for view in views {
        match view {
            View::Text(t) | View::Echo(t) => writeln!(out, "{t}\n")?,
            View::Document { file_name, caption, content } => writeln!(out, "{caption}\n[{file_name}]\n{content}\n")?,
            View::Keyboard { text, options, nav, .. } => {
                writeln!(out, "{text}")?;
                buttons.clear();
                for (i, b) in options.iter().enumerate() {
                    match &b.press {
                        Press::Link(url) => writeln!(out, "  {}. {} {url}", i + 1, b.label)?,
                        _ => writeln!(out, "  {}. {}", i + 1, b.label)?,
                    }
                    buttons.push(b.press.clone());
                }
                if !nav.is_empty() {
                    let commands: Vec<String> = nav
                        .iter()
                        .map(|b| {
                            let cmd = match &b.press {
                                Press::Engine { action: EngineAction::Back, .. } => "back",
                                Press::Engine { action: EngineAction::Skip, .. } => "skip",
                                Press::Engine { action: EngineAction::Why, .. } => "why",
                                Press::LanguageList => "language",
                                _ => "",
                            };
                            format!("/{cmd} {}", b.label)
                        })
                        .collect();
                    writeln!(out, "  {}", commands.join(" · "))?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// Message ids the chat prints itself.
pub const MESSAGES: &[&str] = &["chat-bye"];
