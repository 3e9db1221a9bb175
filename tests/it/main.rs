//! All integration tests, built as one binary.

mod app;
mod broadcast;
mod broadcast_processes;
mod callback;
mod catalogue;
mod chat;
mod compile;
mod content;
mod db;
mod dead_ends;
mod durability;
mod engine;
mod events;
mod failures;
mod fake_telegram;
mod locales;
mod matching;
mod parsers;
mod properties;
mod purge;
mod review;
mod staff;
mod storage;
mod support;
mod telegram;
