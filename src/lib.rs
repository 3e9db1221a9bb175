//! sifor: a Telegram bot that walks refugees through short question flows about jobs and
//! self-employment, in their own language, and collects their ideas for better support.
//!
//! # Layout
//!
//! - [`flow`]: the pure flow engine. Flow files → compiled [`flow::Flow`] (all problems at
//!   once) → `engine::advance(&Flow, &Session, Input) -> Transition { session, effects }`.
//! - [`i18n`]: Fluent bundles per locale, fallback chains, the language list, RTL helpers and
//!   the locale checks.
//! - [`services`]: use cases that tie the engine to texts: turning effects into localized views.
//! - [`cli`]: the subcommands: `chat` (the bot in a terminal) and `check` (flows and locales).
//! - [`config`]: where content lives on disk.

pub mod cli;
pub mod config;
pub mod domain;
pub mod flow;
pub mod i18n;
pub mod services;
pub mod storage;
pub mod telegram;
