//! Use cases, grouped by who uses them; no Telegram types here: adapters turn their updates into
//! [`refugee::conversation::Event`]s and show the [`refugee::view::View`]s that come back.
//!
//! - [`app`]: the transactional shell (load, check the role, dispatch, persist, commit).
//! - [`batch`]: group commit: the events of users waiting at the same moment share one
//!   transaction; replies go out after its commit.
//! - [`commands`]: the one command table.
//! - [`handover`]: what a finished flow's `end` step hands over to.
//! - [`dispatch`]: which use case an event goes to.
//! - [`refugee`]: everything everyone can do (conversation, matches, ideas, data rights).
//! - [`staff`]: invitations, /myrole, and the admins' roster.
//! - [`coordinator`]: announcements, their preview and broadcast control.
//! - [`partner`]: the programme catalogue and the unmet-needs report.
//! - [`workers`]: step functions that run beside the bot (the broadcaster, the retention purge).
//! - [`messages`]: every message id the program itself uses.

pub mod app;
pub mod batch;
pub mod commands;
pub mod coordinator;
pub mod dispatch;
pub mod handover;
pub mod messages;
pub mod partner;
pub mod refugee;
pub mod staff;
pub mod turn;
pub mod workers;
