//! sifor: a Telegram bot that walks refugees through short question flows about jobs and
//! self-employment, in their own language, matches them with support programmes and collects
//! their ideas for better support.
//!
//! # Layout
//!
//! From the top down: each module imports only modules listed below it.
//!
//! - [`cli`]: the clap tree and one function per subcommand (`run`, `worker`, `chat`, `check`,
//!   `programmes`, `report`, `migrate`, `purge`, staff administration, `announce`, `broadcast`).
//! - [`startup`]: the composition root: settings → store, app, bot and workers, all run until
//!   one shutdown signal.
//! - [`web`]: the public feed and page (axum, off unless `SIFOR_PUBLIC_LISTEN` is set): JSON,
//!   Atom and iCalendar feeds and a server-rendered page per locale; beside `telegram`.
//! - [`telegram`]: the teloxide adapter: the routing schema, rendering, the callback codec, the
//!   Bot API error contract, the command menus, the broadcaster's outbox.
//! - [`services`]: use cases grouped by who uses them (`refugee`, `coordinator`, `partner`,
//!   `workers`: the broadcaster with its pacer, the purge), the
//!   command table, and `App`, the thin transactional shell around them.
//! - [`storage`]: sqlx repositories by noun, on SQLite (embedded default) and PostgreSQL.
//! - [`i18n`]: Fluent bundles per locale, fallback chains, the language list, RTL helpers and
//!   the locale checks.
//! - [`flow`]: the pure flow engine. Flow files → compiled [`flow::Flow`] (all problems at
//!   once) → `engine::advance(&Flow, &Session, Input) -> Transition { session, effects }`.
//! - [`domain`]: pure types and rules: codes, consent purposes, the age gate, roles,
//!   pseudonyms, programmes and matching, announcements and audiences, local time, the clock.
//! - [`config`]: plain typed settings from the environment; imports nothing of the crate.

pub mod cli;
pub mod config;
pub mod domain;
pub mod flow;
pub mod i18n;
pub mod services;
pub mod startup;
pub mod storage;
pub mod telegram;
pub mod web;
