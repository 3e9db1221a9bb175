//! Shared test helpers: the shipped content (loaded once), small inline flows, and effect probes.

use sifor::flow::{AnyMessage, Effect, Flow, Registry, compile_source};
use sifor::i18n::Locales;
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped flows and locales, loaded once per test run.
pub fn content() -> &'static (Registry, Locales) {
    static CONTENT: OnceLock<(Registry, Locales)> = OnceLock::new();
    CONTENT.get_or_init(|| {
        sifor::startup::load_content(&sifor::config::Content::new(
            Some(root().join("flows")),
            Some(root().join("locales")),
        ))
        .unwrap_or_else(|e| panic!("content: {e:#?}"))
    })
}

/// Compiles an inline flow without looking up message ids.
pub fn flow(toml: &str) -> Flow {
    compile_source("test.toml", toml, &AnyMessage).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// A short description of each effect, for assertions: `say:id`, `echo:...`, `ask:step`, ...
pub fn ids(effects: &[Effect<'_>]) -> Vec<String> {
    effects
        .iter()
        .map(|e| match e {
            Effect::Say { msg, .. } => format!("say:{msg}"),
            Effect::Echo { step, shown } => format!("echo:{}={shown:?}", step.id),
            Effect::Ask(q) => format!("ask:{}", q.step.id),
            Effect::Completed(c) => format!("done:{}", c.service.code()),
            Effect::Idle => "idle".to_string(),
        })
        .collect()
}

/// The question asked, if the effects end in one.
pub fn asked<'a, 'f>(effects: &'a [Effect<'f>]) -> &'a sifor::flow::Question<'f> {
    match effects.last() {
        Some(Effect::Ask(q)) => q,
        other => panic!("expected a question last, got {other:?}"),
    }
}

/// Copies a folder tree (flows, locales) so a test can break the copy.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
