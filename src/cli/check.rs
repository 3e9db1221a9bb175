//! `sifor check`: validates flows and locales and lists every problem at once.
//!
//! Locales: syntax (file and line), message ids missing or extra against `en`, variables that
//! differ from `en`. Flows: everything the compiler checks (with each message id looked up in
//! every locale), plus variables a flow passes that its message does not use, or the reverse.

use crate::flow::{AnyMessage, Registry};
use crate::i18n::{self, check as ftl};
use std::path::Path;

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    pub flows: usize,
    pub steps: usize,
    pub locales: usize,
    pub messages: usize,
    /// Programmes in a checked catalogue file.
    pub programmes: usize,
}

impl Report {
    pub fn summary(&self) -> String {
        let mut s =
            format!("{} flows, {} steps, {} locales, {} messages", self.flows, self.steps, self.locales, self.messages);
        if self.programmes > 0 {
            s.push_str(&format!(", {} programmes", self.programmes));
        }
        s
    }
}

pub fn check(flows_dir: &Path, locales_dir: &Path) -> Report {
    let mut report = Report::default();
    let languages = match i18n::languages::load(&locales_dir.join("languages.toml")) {
        Ok(l) => l,
        Err(e) => {
            report.problems.push(e);
            Vec::new()
        }
    };
    let (reference, problems) = ftl::read_locale(&locales_dir.join(i18n::REFERENCE));
    report.problems.extend(problems);
    report.messages = reference.len();
    let mut catalog = ftl::IdCatalog { chains: Vec::new(), ids: Default::default() };
    for lang in &languages {
        let mut chain = vec![lang.tag.clone()];
        chain.extend(lang.fallback.iter().cloned());
        catalog.chains.push((lang.tag.clone(), chain));
        if lang.tag == i18n::REFERENCE {
            catalog.ids.insert(lang.tag.clone(), reference.keys().cloned().collect());
            continue;
        }
        let (have, problems) = ftl::read_locale(&locales_dir.join(&lang.tag));
        report.problems.extend(problems);
        report.problems.extend(ftl::compare(&lang.tag, &have, &reference, !lang.fallback.is_empty()));
        catalog.ids.insert(lang.tag.clone(), have.into_keys().collect());
    }
    report.locales = languages.len();

    let needed = crate::flow::engine::MESSAGES
        .iter()
        .map(|(id, vars)| (*id, *vars))
        .chain(crate::services::view::MESSAGES.iter().map(|id| (*id, &[][..])))
        .chain(crate::services::conversation::MESSAGES.iter().map(|id| (*id, &[][..])))
        .chain(crate::cli::chat::MESSAGES.iter().map(|id| (*id, &[][..])))
        .chain(crate::services::app::MESSAGES.iter().map(|id| (*id, &[][..])))
        .chain(crate::services::matches::MESSAGES.iter().map(|id| (*id, &[][..])));
    for (id, _) in needed {
        if !reference.contains_key(id) {
            report.problems.push(format!("locale en: message `{id}` is used by the program but missing"));
        }
    }

    let registry =
        if languages.is_empty() { Registry::load(flows_dir, &AnyMessage) } else { Registry::load(flows_dir, &catalog) };
    match registry {
        Ok(registry) => {
            report.flows = registry.flows().len();
            report.steps = registry.flows().iter().map(|f| f.steps.len()).sum();
            for flow in registry.flows() {
                for (msg, passed) in flow.message_uses() {
                    let Some((used, _)) = reference.get(msg) else {
                        continue;
                    };
                    for v in &passed {
                        if !used.contains(*v) {
                            report.problems.push(format!(
                                "flow {}: passes `{v}` to message `{msg}`, which does not use it",
                                flow.id
                            ));
                        }
                    }
                    for v in used {
                        if !passed.contains(&v.as_str()) {
                            report.problems.push(format!(
                                "flow {}: message `{msg}` uses `${v}`, which the flow does not pass",
                                flow.id
                            ));
                        }
                    }
                }
            }
        }
        Err(errors) => report.problems.extend(errors.iter().map(ToString::to_string)),
    }
    report
}
