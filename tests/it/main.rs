//! All integration tests, built as one binary.

mod chat;
mod compile;
mod content;
mod db;
mod engine;
mod fake_telegram;
mod locales;
mod properties;
mod storage;
mod support;
mod telegram;
