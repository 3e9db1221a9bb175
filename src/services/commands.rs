//! The one command table: every command's name, the role that may use it, whether Telegram's
//! menu shows it, and its description (`cmd-<name>` in the locales). The Telegram routing,
//! `setMyCommands`, `sifor chat` and `/help` all read it; nothing else lists commands.

use crate::domain::{Audience, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    Menu,
    Language,
    Back,
    Skip,
    Why,
    Restart,
    Help,
    Privacy,
    MyData,
    Delete,
    Consent,
    Stop,
    /// Show the matching programmes again.
    Programmes,
    /// The user's ideas and what came of them.
    MyIdeas,
    /// Staff: my role and scope.
    MyRole,
    /// Admins: the staff roster, invitations and revocations.
    Staff,
    /// Coordinators: write an announcement.
    Announce,
    /// Partners and coordinators: the ideas in their scope.
    Review,
    /// Partners and coordinators: the ideas in their scope as a CSV file.
    Export,
    /// Partners and coordinators: write a success story.
    Story,
    /// Coordinators: their open events, with counts and what to do.
    Events,
    /// Coordinators: let someone in by the code on their card (`/checkin K7M2 PQ9X`).
    CheckIn,
    /// Coordinators: the salon dossier of a region as an HTML file (`/dossier berlin`).
    Dossier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// What the user types after the slash.
    pub name: &'static str,
    pub command: Command,
    /// Who may use it.
    pub audience: Audience,
    /// Whether Telegram's command menu lists it.
    pub menu: bool,
}

const fn refugee(name: &'static str, command: Command, menu: bool) -> Spec {
    Spec { name, command, audience: Audience::Everyone, menu }
}

/// Every command, in the order of the menu and of /help.
pub const COMMANDS: &[Spec] = &[
    refugee("start", Command::Start, true),
    refugee("menu", Command::Menu, true),
    refugee("programmes", Command::Programmes, true),
    refugee("myideas", Command::MyIdeas, true),
    refugee("language", Command::Language, true),
    refugee("back", Command::Back, true),
    refugee("skip", Command::Skip, false),
    refugee("why", Command::Why, false),
    refugee("restart", Command::Restart, true),
    refugee("help", Command::Help, true),
    refugee("privacy", Command::Privacy, true),
    refugee("mydata", Command::MyData, true),
    refugee("delete", Command::Delete, true),
    refugee("consent", Command::Consent, true),
    refugee("stop", Command::Stop, true),
    Spec { name: "myrole", command: Command::MyRole, audience: Audience::Staff, menu: true },
    Spec { name: "review", command: Command::Review, audience: Audience::Staff, menu: true },
    Spec { name: "story", command: Command::Story, audience: Audience::Staff, menu: true },
    Spec { name: "export", command: Command::Export, audience: Audience::Staff, menu: true },
    Spec { name: "announce", command: Command::Announce, audience: Audience::Role(Role::Coordinator), menu: true },
    Spec { name: "events", command: Command::Events, audience: Audience::Role(Role::Coordinator), menu: true },
    Spec { name: "checkin", command: Command::CheckIn, audience: Audience::Role(Role::Coordinator), menu: true },
    Spec { name: "dossier", command: Command::Dossier, audience: Audience::Role(Role::Coordinator), menu: true },
    Spec { name: "staff", command: Command::Staff, audience: Audience::Role(Role::Admin), menu: true },
];

impl Command {
    pub fn spec(self) -> &'static Spec {
        // Every command has a row; the first one is a safe answer should one ever be missing.
        COMMANDS.iter().find(|s| s.command == self).unwrap_or(&COMMANDS[0])
    }

    /// The message id of the command's description.
    pub fn description_id(self) -> String {
        format!("cmd-{}", self.spec().name)
    }
}

/// A command line as typed: the command and the rest of the line (the `/start` payload);
/// `None` for text that is not a known command. `/name@bot` is read as `/name`: the bot only
/// serves private chats, where no other bot can be meant.
pub fn parse(text: &str) -> Option<(Command, &str)> {
    let rest = text.strip_prefix('/')?;
    let (word, args) = match rest.split_once(char::is_whitespace) {
        Some((w, a)) => (w, a.trim()),
        None => (rest, ""),
    };
    let name = word.split_once('@').map_or(word, |(name, _)| name);
    COMMANDS.iter().find(|s| s.name.eq_ignore_ascii_case(name)).map(|s| (s.command, args))
}

/// The commands a role may use, in table order.
pub fn for_role(role: Role) -> impl Iterator<Item = &'static Spec> {
    COMMANDS.iter().filter(move |s| s.audience.includes(role))
}

/// The commands Telegram's menu shows a role, in table order.
pub fn menu_for(role: Role) -> impl Iterator<Item = &'static Spec> {
    for_role(role).filter(|s| s.menu)
}

/// The message ids the table needs: one description per command.
pub fn message_ids() -> impl Iterator<Item = String> {
    COMMANDS.iter().map(|s| s.command.description_id())
}
