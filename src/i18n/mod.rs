//! Texts: Fluent bundles per locale, fallback chains (`fa-AF → fa → en`), the language list,
//! RTL fixing, and the checks behind `sifor check`.
//!
//! RTL bundles keep Fluent's isolation marks around variables; LTR bundles drop them, since
//! they only add invisible characters there. Every text of an RTL locale passes [`rtl::fix_rtl`].

pub mod check;
pub mod languages;
pub mod rtl;

use crate::flow::{Arg, MessageCatalog};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use languages::Language;
use std::collections::HashMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The reference locale: every other locale has exactly its message ids.
pub const REFERENCE: &str = "en";

pub struct Locales {
    languages: Vec<Language>,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// For each tag: the tag, its fallbacks, then the reference locale.
    chains: HashMap<String, Vec<String>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("languages", &self.languages.len()).finish()
    }
}

impl Locales {
    /// Loads `dir/languages.toml` and every `dir/<tag>/*.ftl`. Any syntax error fails the load,
    /// with every error listed (file and line).
    pub fn load(dir: &Path) -> Result<Locales, Vec<String>> {
        let languages = languages::load(&dir.join("languages.toml")).map_err(|e| vec![e])?;
        let mut problems = Vec::new();
        let mut bundles = HashMap::new();
        for lang in &languages {
            let id: LanguageIdentifier = match plural_tag(&lang.tag).parse() {
                Ok(id) => id,
                Err(_) => {
                    problems.push(format!("languages.toml: `{}` is not a valid language tag", lang.tag));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(lang.rtl);
            let folder = dir.join(&lang.tag);
            match check::ftl_files(&folder) {
                Ok(files) if files.is_empty() => problems.push(format!("{}: no .ftl files", folder.display())),
                Ok(files) => {
                    for path in files {
                        let text = match std::fs::read_to_string(&path) {
                            Ok(t) => t,
                            Err(e) => {
                                problems.push(format!("{}: {e}", path.display()));
                                continue;
                            }
                        };
                        match FluentResource::try_new(text) {
                            Ok(res) => {
                                if let Err(errors) = bundle.add_resource(res) {
                                    problems.extend(errors.iter().map(|e| format!("{}: {e}", path.display())));
                                }
                            }
                            Err((partial, errors)) => {
                                let text = partial.source();
                                problems.extend(errors.iter().map(|e| {
                                    format!("{}:{}: {}", path.display(), check::line_of(text, e.pos.start), e.kind)
                                }));
                            }
                        }
                    }
                }
                Err(e) => problems.push(format!("{}: {e}", folder.display())),
            }
            bundles.insert(lang.tag.clone(), bundle);
        }
        if !languages.iter().any(|l| l.tag == REFERENCE) {
            problems.push(format!("languages.toml: the reference locale `{REFERENCE}` is missing"));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let chains = languages
            .iter()
            .map(|l| {
                let mut chain = vec![l.tag.clone()];
                chain.extend(l.fallback.iter().cloned());
                if l.tag != REFERENCE {
                    chain.push(REFERENCE.to_string());
                }
                (l.tag.clone(), chain)
            })
            .collect();
        Ok(Locales { languages, bundles, chains })
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    /// The tags a reader of `tag` reads, best first: the tag, its fallbacks, the reference.
    pub fn chain(&self, tag: &str) -> &[String] {
        self.chains.get(tag).or_else(|| self.chains.get(REFERENCE)).map_or(&[], Vec::as_slice)
    }

    pub fn is_rtl(&self, tag: &str) -> bool {
        self.language(tag).is_some_and(|l| l.rtl)
    }

    /// The supported locale for a Telegram `language_code` or a typed tag.
    pub fn negotiate(&self, code: &str) -> Option<&Language> {
        languages::negotiate(&self.languages, code)
    }

    /// Whether `tag` has the message itself or through its own fallbacks (not through English).
    pub fn has_own(&self, tag: &str, id: &str) -> bool {
        let Some(chain) = self.chains.get(tag) else {
            return false;
        };
        let own = if tag == REFERENCE { &chain[..] } else { &chain[..chain.len() - 1] };
        own.iter().any(|t| self.bundles.get(t).is_some_and(|b| b.has_message(id)))
    }

    /// The message in `tag`, following its fallback chain, ready to show (RTL fixed).
    /// A message missing everywhere shows as its id; the registry tests keep that from happening.
    pub fn text(&self, tag: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let raw = self.raw(tag, id, args).unwrap_or_else(|| {
            tracing::warn!(locale = tag, message = id, "message missing in every locale of the chain");
            id.to_string()
        });
        self.finish(tag, raw)
    }

    /// Applies the direction fixes of `tag` to a text composed from several messages.
    pub fn finish(&self, tag: &str, text: String) -> String {
        if self.is_rtl(tag) { rtl::fix_rtl(&text) } else { text }
    }

    /// Items joined with the locale's separator message (`list-separator` between the items of
    /// a list, `part-separator` between the parts of a line): Arabic and Persian write "،".
    pub fn join(&self, tag: &str, separator: &str, items: &[impl AsRef<str>]) -> String {
        let separator = self.raw(tag, separator, &[]).unwrap_or_else(|| " ".into());
        items.iter().map(AsRef::as_ref).collect::<Vec<&str>>().join(&separator)
    }

    /// The formatted message without direction fixes, or `None` when no locale in the chain has it.
    pub fn raw(&self, tag: &str, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let chain = self.chains.get(tag).or_else(|| self.chains.get(REFERENCE))?;
        for t in chain {
            let Some(bundle) = self.bundles.get(t) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut fargs = FluentArgs::new();
            for (name, arg) in args {
                let value = match arg {
                    Arg::Num(n) => FluentValue::from(*n),
                    Arg::Str(s) => FluentValue::from(s.to_string()),
                    Arg::Msg(m) => FluentValue::from(self.raw(tag, m, &[]).unwrap_or_else(|| m.to_string())),
                };
                fargs.set(name.to_string(), value);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(
                    locale = t.as_str(),
                    message = id,
                    errors = errors.len(),
                    "message formatted with errors"
                );
            }
            return Some(text.into_owned());
        }
        None
    }
}

/// The tag used for plural rules: Dari shares Persian's (CLDR has none of its own under `prs`).
fn plural_tag(tag: &str) -> &str {
    match tag {
        "fa-AF" => "fa",
        other => other,
    }
}

impl MessageCatalog for Locales {
    fn missing_in(&self, id: &str) -> Vec<String> {
        self.languages.iter().filter(|l| !self.has_own(&l.tag, id)).map(|l| l.tag.clone()).collect()
    }
}
