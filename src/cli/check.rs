//! `sifor check`: validates flows and locales and lists every problem at once.
//!
//! Locales: syntax (file and line), message ids missing or extra against `en`, variables that
//! differ from `en`. Flows: everything the compiler checks (with each message id looked up in
//! every locale), plus variables a flow passes that its message does not use, or the reverse.
//! Both directions of use: every id the program needs exists, and every id of `en` is used by a
//! flow or by the program (an unused id is a translation nobody reads).

use crate::config::Content;
use crate::flow::{AnyMessage, Registry};
use crate::i18n::{self, check as ftl};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

/// `sifor check`: prints every problem, the summary, and `ok` or the number of problems.
pub fn command(content: &Content, catalogue: Option<&Path>) -> ExitCode {
    let mut report = check(&content.flows, &content.locales);
    if let Some(file) = catalogue {
        match crate::services::partner::catalogue::parse_file(file, &Default::default()) {
            Ok(programmes) => report.programmes = programmes.len(),
            Err(errors) => report.problems.extend(errors.iter().map(|e| format!("{}: {e}", file.display()))),
        }
    }
    for p in &report.problems {
        println!("{p}");
    }
    println!("{}", report.summary());
    if report.problems.is_empty() {
        println!("ok");
        ExitCode::SUCCESS
    } else {
        println!("{} problem(s)", report.problems.len());
        ExitCode::FAILURE
    }
}

/// Whether only staff read a message: the `staff-*` texts, their buttons, and the descriptions
/// of commands no refugee has. Staff texts are held to the same rules as all others (every
/// locale has them); the count tells translators what they may review with lower priority.
pub fn is_staff_only(id: &str) -> bool {
    use crate::domain::Role;
    id.starts_with("staff-")
        || id.starts_with("btn-staff-")
        || crate::services::commands::COMMANDS
            .iter()
            .any(|c| !c.audience.includes(Role::Refugee) && c.command.description_id() == id)
}

/// Every message id the program itself uses (the services', the terminal chat's and the public page's).
pub fn program_message_ids() -> BTreeSet<String> {
    let mut ids = crate::services::messages::used();
    ids.extend(super::chat::MESSAGES.iter().map(|id| id.to_string()));
    ids.extend(crate::web::MESSAGES.iter().map(|id| id.to_string()));
    ids
}

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    pub flows: usize,
    pub steps: usize,
    pub locales: usize,
    pub messages: usize,
    /// Programmes in a checked catalogue file.
    pub programmes: usize,
    /// Messages only staff read (`staff-*` and the staff commands' descriptions).
    pub staff_messages: usize,
}

impl Report {
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} flows, {} steps, {} locales, {} messages ({} for staff only)",
            self.flows, self.steps, self.locales, self.messages, self.staff_messages
        );
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
    report.staff_messages = reference.keys().filter(|id| is_staff_only(id)).count();
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

    let needed = program_message_ids();
    for id in &needed {
        if !reference.contains_key(id.as_str()) {
            report.problems.push(format!("locale en: message `{id}` is used by the program but missing"));
        }
    }

    let registry =
        if languages.is_empty() { Registry::load(flows_dir, &AnyMessage) } else { Registry::load(flows_dir, &catalog) };
    match registry {
        Ok(registry) => {
            let mut used: BTreeSet<&str> = needed.iter().map(String::as_str).collect();
            used.extend(registry.flows().iter().flat_map(|f| f.message_uses().into_iter().map(|(id, _)| id)));
            let status_ids = registry.statuses().message_ids();
            used.extend(status_ids.iter().map(String::as_str));
            for id in reference.keys().filter(|id| !id.starts_with('-') && !used.contains(id.as_str())) {
                report.problems.push(format!("locale en: message `{id}` is used by no flow and not by the program"));
            }
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
