//! Checks of the locale files for `sifor check` and the registry tests: syntax (file and line),
//! message ids against the reference locale, and the variables each message uses.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Message id → the variables it uses, and the file it is in.
pub type MessageVars = BTreeMap<String, (BTreeSet<String>, String)>;

/// The `.ftl` files of a locale folder, sorted.
pub fn ftl_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Reads one locale folder: its messages with their variables, and every syntax problem.
pub fn read_locale(folder: &Path) -> (MessageVars, Vec<String>) {
    let mut messages = MessageVars::new();
    let mut problems = Vec::new();
    let files = match ftl_files(folder) {
        Ok(f) => f,
        Err(e) => return (messages, vec![format!("{}: {e}", folder.display())]),
    };
    for path in files {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{shown}: {e}"));
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{shown}:{}: {}", line_of(&text, e.pos.start), e.kind)));
                r
            }
        };
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        for entry in resource.body {
            let (id, pattern) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &pattern {
                pattern_vars(p, &mut vars);
            } else {
                problems.push(format!("{shown}: message `{id}` has no value"));
            }
            if messages.insert(id.clone(), (vars, file.clone())).is_some() {
                problems.push(format!("{shown}: message `{id}` is defined twice"));
            }
        }
    }
    (messages, problems)
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => inline_vars(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

/// Compares one locale with the reference: missing and extra ids, and variable differences.
/// An overlay locale (one with fallbacks, such as `fa-AF` on `fa`) may leave ids out.
pub fn compare(tag: &str, have: &MessageVars, reference: &MessageVars, overlay: bool) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, (vars, file)) in reference {
        match have.get(id) {
            None if !overlay => problems.push(format!("locale {tag}: message `{id}` is missing (en has it in {file})")),
            None => {}
            Some((own, _)) if own != vars => problems.push(format!(
                "locale {tag}: message `{id}` uses variables {{{}}}, en uses {{{}}}",
                join(own),
                join(vars)
            )),
            Some(_) => {}
        }
    }
    for id in have.keys() {
        if !reference.contains_key(id) {
            problems.push(format!("locale {tag}: message `{id}` is not in en"));
        }
    }
    problems
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

/// Message ids per locale as read from the files, for checking flows even when some locale
/// has syntax errors (and so cannot be loaded as a bundle).
pub struct IdCatalog {
    /// Each locale with its own chain (itself, then its fallbacks; English not included).
    pub chains: Vec<(String, Vec<String>)>,
    pub ids: std::collections::HashMap<String, BTreeSet<String>>,
}

impl crate::flow::MessageCatalog for IdCatalog {
    fn missing_in(&self, id: &str) -> Vec<String> {
        self.chains
            .iter()
            .filter(|(_, chain)| !chain.iter().any(|t| self.ids.get(t).is_some_and(|ids| ids.contains(id))))
            .map(|(tag, _)| tag.clone())
            .collect()
    }
}
