//! All integration tests, built as one binary.

mod catalogue;
mod chat;
mod compile;
mod content;
mod db;
mod engine;
mod fake_telegram;
mod locales;
mod matching;
mod properties;
mod storage;
mod support;
mod telegram;
