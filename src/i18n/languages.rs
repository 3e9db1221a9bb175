//! The languages sifor speaks (`locales/languages.toml`): tag, own name, direction, fallback.

use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The locale folder and BCP-47 tag, e.g. `fa-AF`.
    pub tag: String,
    /// The language's own name in its own script.
    pub name: String,
    #[serde(default)]
    pub rtl: bool,
    /// Locales tried before English when a message is missing here.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Two-letter codes Telegram clients report for this language.
    #[serde(default)]
    pub telegram: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct LanguagesFile {
    language: Vec<Language>,
}

pub fn load(path: &Path) -> Result<Vec<Language>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: LanguagesFile =
        toml::from_str(&text).map_err(|e| format!("{}: {}", path.display(), e.to_string().trim()))?;
    Ok(file.language)
}

/// The supported locale that a Telegram `language_code` (or a typed tag) points to, if any.
/// Only the primary subtag counts (`pt-br` → `pt`, `fa-raw` → `fa`); `prs` is Dari.
pub fn negotiate<'a>(languages: &'a [Language], code: &str) -> Option<&'a Language> {
    let code = code.trim();
    if let Some(exact) = languages.iter().find(|l| l.tag.eq_ignore_ascii_case(code)) {
        return Some(exact);
    }
    let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let primary = match primary.as_str() {
        "prs" => return languages.iter().find(|l| l.tag == "fa-AF"),
        "kmr" => "ku",
        other => other,
    };
    languages.iter().find(|l| l.tag == primary || l.telegram.iter().any(|t| t == primary))
}
