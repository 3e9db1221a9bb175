//! Turns a parsed [`FlowFile`] into a valid [`Flow`], or reports every problem at once.
//!
//! Like ripgrep's `LowArgs → HiArgs`: the file is taken as written, then checked in one pass that
//! collects all problems (with file, step id and a plain message) instead of stopping at the first.

use super::format::{FlowFile, KindFile, StepFile};
use super::graph::{branch_dependents, check_answers_used, check_graph, longest_paths, successors};
use super::model::{Choice, Flow, Rule, Service, Step, StepIdx, StepKind, TEXT_MAX_DEFAULT};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One problem found in a flow file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowError {
    pub file: String,
    pub step: Option<String>,
    pub message: String,
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.step {
            Some(step) => write!(f, "{}: step `{}`: {}", self.file, step, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Where message ids are looked up while compiling; `i18n` implements it over the locales.
pub trait MessageCatalog {
    /// The locales that have no message with this id (empty when all have it).
    fn missing_in(&self, id: &str) -> Vec<String>;
}

/// A catalog that knows every id; for compiling flows without locales at hand.
pub struct AnyMessage;

impl MessageCatalog for AnyMessage {
    fn missing_in(&self, _id: &str) -> Vec<String> {
        Vec::new()
    }
}

/// Parses and compiles one flow file's text.
pub fn compile_source(file: &str, source: &str, messages: &dyn MessageCatalog) -> Result<Flow, Vec<FlowError>> {
    match toml::from_str::<FlowFile>(source) {
        Ok(parsed) => compile(file, &parsed, messages),
        Err(e) => Err(vec![FlowError {
            file: file.to_string(),
            step: None,
            message: format!("not a valid flow file: {}", e.to_string().trim()),
        }]),
    }
}

pub(crate) struct Problems<'a> {
    file: &'a str,
    list: Vec<FlowError>,
}

impl Problems<'_> {
    pub(crate) fn add(&mut self, step: Option<&str>, message: impl Into<String>) {
        self.list.push(FlowError {
            file: self.file.to_string(),
            step: step.map(str::to_string),
            message: message.into(),
        });
    }
}

/// Compiles a parsed flow file; see the module docs.
pub fn compile(file: &str, src: &FlowFile, messages: &dyn MessageCatalog) -> Result<Flow, Vec<FlowError>> {
    let mut p = Problems { file, list: Vec::new() };
    if !valid_id(&src.id) {
        p.add(None, format!("flow id `{}` must be lowercase letters, digits and `_`", src.id));
    }
    if src.steps.is_empty() {
        p.add(None, "the flow has no steps");
        return Err(p.list);
    }
    let mut by_id: HashMap<String, StepIdx> = HashMap::new();
    for (i, s) in src.steps.iter().enumerate() {
        if !valid_id(&s.id) {
            p.add(Some(&s.id), "step ids must be lowercase letters, digits and `_`");
        }
        if by_id.insert(s.id.clone(), i).is_some() {
            p.add(Some(&s.id), "duplicate step id");
        }
    }
    // First occurrence wins for duplicates, so that later checks still run.
    let mut by_id: HashMap<String, StepIdx> = HashMap::new();
    for (i, s) in src.steps.iter().enumerate() {
        by_id.entry(s.id.clone()).or_insert(i);
    }
    let has_summary = src.steps.iter().any(|s| s.kind == KindFile::Summary);
    let steps: Vec<Step> = src.steps.iter().map(|s| compile_step(s, &by_id, has_summary, &mut p)).collect();

    let edges: Vec<Vec<StepIdx>> = steps.iter().map(successors).collect();
    check_graph(&steps, &edges, &mut p);
    check_answers_used(src, &steps, &edges, &mut p);
    check_messages(src, &mut p, messages);

    if !p.list.is_empty() {
        return Err(p.list);
    }
    Ok(Flow {
        id: src.id.clone(),
        title: src.title.clone(),
        menu: src.menu,
        order: src.order,
        uses: src.uses.clone(),
        hash: content_hash(src),
        longest: longest_paths(&steps, &edges),
        dependents: branch_dependents(&steps, &edges),
        steps,
        by_id,
    })
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn compile_step(s: &StepFile, by_id: &HashMap<String, StepIdx>, has_summary: bool, p: &mut Problems) -> Step {
    let id = Some(s.id.as_str());
    let resolve = |target: &str, p: &mut Problems| -> Option<StepIdx> {
        let found = by_id.get(target).copied();
        if found.is_none() {
            p.add(id, format!("unknown next step `{target}`"));
        }
        found
    };
    let question = matches!(s.kind, KindFile::Choice | KindFile::Multi | KindFile::Text | KindFile::Number);
    if s.message.is_none() && s.kind != KindFile::Branch {
        p.add(id, "`message` is missing");
    }
    let next = match (&s.next, s.kind) {
        (Some(_), KindFile::End) => {
            p.add(id, "an `end` step has no `next`");
            None
        }
        (Some(n), _) => resolve(n, p),
        (None, KindFile::End) => None,
        (None, _) => {
            p.add(id, "`next` is missing");
            None
        }
    };
    if !question {
        for (set, field) in
            [(s.skip, "skip"), (s.why.is_some(), "why"), (s.label.is_some(), "label"), (!s.args.is_empty(), "args")]
        {
            if set && !(field == "args" && s.kind == KindFile::Info) {
                p.add(id, format!("`{field}` only applies to questions"));
            }
        }
    }
    if question && has_summary && s.label.is_none() {
        p.add(id, "`label` is missing (the flow has a summary that lists every answer)");
    }
    let options_allowed = matches!(s.kind, KindFile::Choice | KindFile::Multi);
    if !options_allowed && !s.options.is_empty() {
        p.add(id, "`options` only apply to choice and multi steps");
    }
    let text_fields = s.pattern.is_some() || s.min_len.is_some() || s.max_len.is_some();
    if s.kind != KindFile::Text && text_fields {
        p.add(id, "`pattern`, `min_len` and `max_len` only apply to text steps");
    }
    if s.kind != KindFile::Number && (s.min.is_some() || s.max.is_some()) {
        p.add(id, "`min` and `max` only apply to number steps");
    }
    if s.kind != KindFile::Branch && !s.rules.is_empty() {
        p.add(id, "`rules` only apply to branch steps");
    }
    if s.kind != KindFile::End && (s.service.is_some() || s.then.is_some()) {
        p.add(id, "`service` and `then` only apply to end steps");
    }
    let kind = match s.kind {
        KindFile::Choice | KindFile::Multi => {
            if s.options.is_empty() {
                p.add(id, "a choice needs `options`");
            }
            let mut seen = HashSet::new();
            for o in &s.options {
                if !seen.insert(o.value.as_str()) {
                    p.add(id, format!("option value `{}` appears twice", o.value));
                }
            }
            let options = s
                .options
                .iter()
                .map(|o| Choice {
                    value: o.value.clone(),
                    message: o.message.clone(),
                    shared_value: o.value.as_str().into(),
                })
                .collect();
            if s.kind == KindFile::Choice { StepKind::Choice { options } } else { StepKind::Multi { options } }
        }
        KindFile::Text => {
            let pattern = s.pattern.as_deref().and_then(|pat| match Regex::new(&format!("^(?:{pat})$")) {
                Ok(re) => Some(re),
                Err(e) => {
                    p.add(id, format!("invalid regex `{pat}`: {}", first_line(&e.to_string())));
                    None
                }
            });
            let min_len = s.min_len.unwrap_or(1);
            let max_len = s.max_len.unwrap_or(TEXT_MAX_DEFAULT);
            if min_len > max_len || max_len == 0 {
                p.add(id, format!("min_len {min_len} is larger than max_len {max_len}"));
            }
            StepKind::Text { pattern, min_len, max_len }
        }
        KindFile::Number => {
            let (min, max) = match (s.min, s.max) {
                (Some(a), Some(b)) => (a, b),
                _ => {
                    p.add(id, "a number step needs `min` and `max`");
                    (0, 0)
                }
            };
            if min > max {
                p.add(id, format!("min {min} is larger than max {max}"));
            }
            StepKind::Number { min, max }
        }
        KindFile::Info => StepKind::Info,
        KindFile::Summary => StepKind::Summary,
        KindFile::Branch => {
            let rules = s
                .rules
                .iter()
                .filter_map(|r| resolve(&r.next, p).map(|next| Rule { key: r.key.clone(), is: r.is.clone(), next }))
                .collect();
            StepKind::Branch { rules }
        }
        KindFile::End => {
            let service = match s.service.as_deref() {
                None => {
                    p.add(id, "an `end` step needs a `service`");
                    Service::GeneralInfo
                }
                Some(code) => Service::parse(code).unwrap_or_else(|| {
                    let known: Vec<&str> = Service::ALL.iter().map(|s| s.code()).collect();
                    p.add(id, format!("unknown service `{code}` (known: {})", known.join(", ")));
                    Service::GeneralInfo
                }),
            };
            StepKind::End { service, then: s.then.clone() }
        }
    };
    let key = s.key.clone().unwrap_or_else(|| s.id.clone());
    Step {
        id: s.id.clone(),
        shared_id: s.id.as_str().into(),
        shared_key: key.as_str().into(),
        kind,
        message: s.message.clone(),
        next,
        key,
        label: s.label.clone(),
        why: s.why.clone(),
        hint: s.hint.clone(),
        skip: s.skip,
        args: s.args.clone(),
    }
}

fn first_line(s: &str) -> String {
    s.lines().rfind(|l| !l.trim().is_empty()).unwrap_or(s).trim().to_string()
}

fn check_messages(src: &FlowFile, p: &mut Problems, messages: &dyn MessageCatalog) {
    let mut ids: Vec<(Option<&str>, &str)> = vec![(None, src.title.as_str())];
    for s in &src.steps {
        let step = Some(s.id.as_str());
        for m in [&s.message, &s.label, &s.why, &s.hint].into_iter().flatten() {
            ids.push((step, m));
        }
        ids.extend(s.options.iter().map(|o| (step, o.message.as_str())));
    }
    let mut seen = HashSet::new();
    for (step, id) in ids {
        if !seen.insert((step, id)) {
            continue;
        }
        let missing = messages.missing_in(id);
        if !missing.is_empty() {
            p.add(step, format!("message `{id}` is missing in locale(s): {}", missing.join(", ")));
        }
    }
}

/// FNV-1a over the canonical JSON form of the file: comments and layout do not change it.
fn content_hash(src: &FlowFile) -> String {
    let canonical = serde_json::to_string(src).unwrap_or_default();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canonical.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}
