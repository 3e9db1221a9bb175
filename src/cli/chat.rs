//! `sifor chat`: the bot in a terminal. Prints the bot's messages with numbered options; the user
//! types a number, free text or a command. Piped input works line by line (one answer per line)
//! and the chat ends cleanly at the end of input.

use crate::flow::Registry;
use crate::i18n::Locales;
use crate::services::conversation::{Command, Conversation, Event, Screen, UserState};
use crate::services::view::{EngineAction, Press, View};
use std::io::{BufRead, Write};

pub struct ChatOptions {
    /// Start in this language instead of showing the language list.
    pub lang: Option<String>,
    /// Whether a person is typing (prompts are shown) or input is piped.
    pub interactive: bool,
}

/// Runs a chat over `input` and `output` until end of input or `/quit`.
pub fn run(
    flows: &Registry,
    locales: &Locales,
    opts: &ChatOptions,
    input: impl BufRead,
    mut out: impl Write,
) -> std::io::Result<()> {
    let convo = Conversation { flows, locales };
    let mut state = UserState { seed: seed(), ..UserState::default() };
    if let Some(code) = &opts.lang {
        let Some(lang) = locales.negotiate(code) else {
            let known: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
            writeln!(out, "unknown language `{code}`; known: {}", known.join(", "))?;
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "unknown language"));
        };
        state.locale = Some(lang.tag.clone());
        state.screen = Screen::Flow;
    }
    let mut buttons: Vec<Press> = Vec::new();
    let first = convo.handle(&mut state, Event::Command(Command::Start));
    print_views(&mut out, &first.views, &mut buttons)?;
    let tag = |s: &UserState| s.locale.clone().unwrap_or_else(|| "en".into());
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
            match cmd.split_whitespace().next().unwrap_or("") {
                "quit" | "exit" => break,
                "start" => Event::Command(Command::Start),
                "menu" => Event::Command(Command::Menu),
                "language" => Event::Command(Command::Language),
                "back" => Event::Command(Command::Back),
                "skip" => Event::Command(Command::Skip),
                "why" => Event::Command(Command::Why),
                "restart" => Event::Command(Command::Restart),
                "help" => Event::Command(Command::Help),
                _ => {
                    writeln!(out, "{}\n", locales.text(&tag(&state), "chat-unknown-command", &[]))?;
                    continue;
                }
            }
        } else {
            match crate::flow::digits::parse_number(text) {
                Some(n) if n >= 1 && (n as usize) <= buttons.len() => Event::Press(&buttons[n as usize - 1]),
                _ => Event::Text(text),
            }
        };
        let reply = convo.handle(&mut state, event);
        print_views(&mut out, &reply.views, &mut buttons)?;
    }
    writeln!(out, "{}", locales.text(&tag(&state), "chat-bye", &[]))?;
    Ok(())
}

fn print_views(out: &mut impl Write, views: &[View], buttons: &mut Vec<Press>) -> std::io::Result<()> {
    for view in views {
        match view {
            View::Text(t) => writeln!(out, "{t}\n")?,
            View::Echo(t) => writeln!(out, "{t}\n")?,
            View::Keyboard { text, options, nav, .. } => {
                writeln!(out, "{text}")?;
                buttons.clear();
                for (i, b) in options.iter().enumerate() {
                    writeln!(out, "  {}. {}", i + 1, b.label)?;
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

/// Nonce seed for a new chat: buttons of an earlier chat never match this one.
fn seed() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() ^ d.as_secs() as u32)
        .unwrap_or(1)
}

/// Message ids the chat prints itself.
pub const MESSAGES: &[&str] = &["chat-unknown-command", "chat-bye"];
