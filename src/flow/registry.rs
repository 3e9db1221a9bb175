//! All flows of a `flows/` folder, compiled together, with the checks that span flows: every
//! `then` names a flow, and every key a flow `uses` is asked by some other flow. The folder's
//! data files come along: `ideas/statuses.toml`, what can become of an idea, checked against
//! the locales like the flows' messages.

use super::compile::{FlowError, MessageCatalog, compile_source};
use super::model::{Flow, StepKind};
use crate::domain::idea::Statuses;
use std::path::Path;

/// Where the idea statuses are, below the flows folder.
pub const STATUSES_FILE: &str = "ideas/statuses.toml";

#[derive(Debug, Clone)]
pub struct Registry {
    flows: Vec<Flow>,
    statuses: Statuses,
}

impl Registry {
    /// Reads and compiles every `*.toml` in `dir`; all problems of all files at once.
    pub fn load(dir: &Path, messages: &dyn MessageCatalog) -> Result<Registry, Vec<FlowError>> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir).map_err(|e| {
            vec![FlowError { file: shown.clone(), step: None, message: format!("cannot read the flows folder: {e}") }]
        })?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        for path in paths {
            let name = path.display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((name, text)),
                Err(e) => problems.push(FlowError { file: name, step: None, message: format!("cannot read: {e}") }),
            }
        }
        let statuses = load_statuses(dir, messages).unwrap_or_else(|more| {
            problems.extend(more);
            Statuses::default()
        });
        match Registry::from_sources(&sources, messages) {
            Ok(r) if problems.is_empty() => Ok(Registry { statuses, ..r }),
            Ok(_) => Err(problems),
            Err(more) => {
                problems.extend(more);
                Err(problems)
            }
        }
    }

    /// What can become of an idea (empty for flows compiled from sources alone).
    pub fn statuses(&self) -> &Statuses {
        &self.statuses
    }

    /// Compiles flows given as (file name, text) pairs.
    pub fn from_sources(
        sources: &[(String, String)],
        messages: &dyn MessageCatalog,
    ) -> Result<Registry, Vec<FlowError>> {
        let mut flows = Vec::new();
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for (file, text) in sources {
            match compile_source(file, text, messages) {
                Ok(flow) => {
                    if flows.iter().any(|f: &Flow| f.id == flow.id) {
                        problems.push(FlowError {
                            file: file.clone(),
                            step: None,
                            message: format!("another file already defines flow `{}`", flow.id),
                        });
                    }
                    files.push(file.clone());
                    flows.push(flow);
                }
                Err(e) => problems.extend(e),
            }
        }
        if sources.is_empty() {
            problems.push(FlowError { file: "flows".into(), step: None, message: "no flow files found".into() });
        }
        for (flow, file) in flows.iter().zip(&files) {
            for step in &flow.steps {
                if let StepKind::End { then: Some(next), .. } = &step.kind
                    && !flows.iter().any(|f| f.id == *next)
                {
                    problems.push(FlowError {
                        file: file.clone(),
                        step: Some(step.id.clone()),
                        message: format!("`then` names flow `{next}`, which does not exist"),
                    });
                }
            }
            for key in &flow.uses {
                let asked_elsewhere =
                    flows.iter().filter(|f| f.id != flow.id).any(|f| f.questions().any(|q| q.key == *key));
                if !asked_elsewhere {
                    problems.push(FlowError {
                        file: file.clone(),
                        step: None,
                        message: format!("uses `{key}`, which no other flow asks"),
                    });
                }
            }
        }
        if problems.is_empty() { Ok(Registry { flows, statuses: Statuses::default() }) } else { Err(problems) }
    }

    pub fn get(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }

    pub fn flows(&self) -> &[Flow] {
        &self.flows
    }

    /// Flows offered in the main menu, in file order.
    pub fn menu(&self) -> impl Iterator<Item = &Flow> {
        let mut menu: Vec<&Flow> = self.flows.iter().filter(|f| f.menu).collect();
        menu.sort_by_key(|f| f.order);
        menu.into_iter()
    }

    /// The first flow with an `end` step handing over to `service` (e.g. the ideas flow).
    pub fn handing_over_to(&self, service: super::Service) -> Option<&Flow> {
        self.flows.iter().find(|f| f.hands_over_to(service))
    }
}

/// Reads and checks `dir/ideas/statuses.toml`: the file parses and every status and reason has
/// its messages in every locale.
fn load_statuses(dir: &Path, messages: &dyn MessageCatalog) -> Result<Statuses, Vec<FlowError>> {
    let path = dir.join(STATUSES_FILE);
    let file = path.display().to_string();
    let problem = |message: String| FlowError { file: file.clone(), step: None, message };
    let text = std::fs::read_to_string(&path).map_err(|e| vec![problem(format!("cannot read: {e}"))])?;
    let statuses = Statuses::parse(&text).map_err(|errors| errors.into_iter().map(problem).collect::<Vec<_>>())?;
    let missing: Vec<FlowError> = statuses
        .message_ids()
        .iter()
        .filter_map(|id| {
            let missing = messages.missing_in(id);
            (!missing.is_empty())
                .then(|| problem(format!("message `{id}` is missing in locale(s): {}", missing.join(", "))))
        })
        .collect();
    if missing.is_empty() { Ok(statuses) } else { Err(missing) }
}
