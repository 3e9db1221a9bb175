//! Use cases that tie the flow engine to texts (and, later, storage and matching). No
//! Telegram types here: adapters turn their updates into [`conversation::Event`]s.

pub mod app;
pub mod catalogue;
pub mod conversation;
pub mod matches;
pub mod report;
mod rights;
pub mod view;
mod writes;
