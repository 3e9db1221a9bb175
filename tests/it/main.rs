//! All integration tests, built as one binary.

mod chat;
mod compile;
mod content;
mod db;
mod engine;
mod locales;
mod properties;
mod storage;
mod support;
