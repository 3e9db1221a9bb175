//! `sifor chat`: the bot in a terminal, on the real store. Prints the bot's messages with
//! numbered options; the user types a number, free text or a command. Piped input works line by
//! line (one answer per line) and the chat ends cleanly at the end of input. Quit half-way and
//! start again on the same database: the same question comes back with every answer kept.

use crate::config::{self, Content};
use crate::services::app::{App, UserRef};
use crate::services::commands::{self, Command};
use crate::services::partner::catalogue;
use crate::services::refugee::conversation::Event;
use crate::services::refugee::view::{EngineAction, Press, View};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// `sifor chat`: loads the content (and with `demo` the sample catalogue), then chats on stdin.
pub fn command(content: &Content, lang: Option<String>, demo: bool, db: Option<&Path>) -> anyhow::Result<ExitCode> {
    let Some((flows, locales)) = super::load_content(content) else { return Ok(ExitCode::from(2)) };
    // An unknown language is refused before anything is opened or created.
    if let Some(code) = &lang
        && locales.negotiate(code).is_none()
    {
        let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
        println!("{}", ChatError::UnknownLanguage(code.clone(), tags.join(", ")));
        return Ok(ExitCode::from(2));
    }
    let rules = config::data_rules_from_env().map_err(anyhow::Error::msg)?;
    let rt = super::runtime()?;
    let app = rt.block_on(async {
        let app = crate::startup::open_app(&config::database_url(db), flows, locales, rules).await?;
        if demo {
            let sample = config::content_dir("catalogue").join("programmes.sample.csv");
            if let Err(errors) = catalogue::import(&app.store, &sample, app.now()).await? {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                anyhow::bail!("the sample catalogue has problems:\n{}", list.join("\n"));
            }
            app.reload_catalogue().await?;
        }
        Ok::<_, anyhow::Error>(app)
    })?;
    let stdin = std::io::stdin();
    let opts = ChatOptions { lang, interactive: stdin.is_terminal() };
    let result = run(&app, &rt, &opts, stdin.lock(), std::io::stdout().lock());
    rt.block_on(app.store.close());
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e @ ChatError::UnknownLanguage(..)) => {
            println!("{e}");
            Ok(ExitCode::from(2))
        }
        // The reader went away (`| head`): nothing left to say.
        Err(ChatError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
    }
}

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
    let handle = |event: Event<'_>| rt.block_on(app.handle(CHAT_USER, event, app.now()));
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
        let event = if text.starts_with('/') {
            if matches!(text, "/quit" | "/exit") {
                break;
            }
            match commands::parse(text) {
                Some((c, _)) => Event::Command(c),
                None => {
                    let tag =
                        rt.block_on(app.state(CHAT_USER.id))?.and_then(|s| s.locale).unwrap_or_else(|| "en".into());
                    writeln!(out, "{}\n", app.locales.text(&tag, "chat-unknown-command", &[]))?;
                    continue;
                }
            }
        } else {
            match crate::flow::digits::parse_number(text) {
                Some(n) if n >= 1 => match buttons.get(n as usize - 1) {
                    Some(press) => Event::Press(press),
                    None => Event::Text(text),
                },
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
                                Press::Engine { action: EngineAction::Back, .. } => Command::Back,
                                Press::Engine { action: EngineAction::Skip, .. } => Command::Skip,
                                Press::Engine { action: EngineAction::Why, .. } => Command::Why,
                                _ => Command::Language,
                            };
                            format!("/{} {}", cmd.spec().name, b.label)
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
