//! Subcommands other than the bot itself: `chat` (the bot in a terminal) and `check`.

pub mod chat;
pub mod check;
