//! The flow file format exactly as it is written in `flows/*.toml`.
//!
//! These structs only mirror the file; nothing here is validated. `compile` turns a
//! [`FlowFile`] into a [`super::Flow`] that is always valid, or into the full list of problems.

use serde::{Deserialize, Serialize};

/// One flow file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FlowFile {
    pub id: String,
    /// Message id of the flow's name in menus.
    pub title: String,
    /// Whether the flow is offered in the main menu.
    #[serde(default)]
    pub menu: bool,
    /// Position in the main menu (lower first).
    #[serde(default)]
    pub order: u16,
    /// Answer keys given by other flows that this flow reads (in `args` or branch rules).
    #[serde(default)]
    pub uses: Vec<String>,
    #[serde(rename = "step", default)]
    pub steps: Vec<StepFile>,
}

/// One `[[step]]` table. Which fields apply depends on `kind`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepFile {
    pub id: String,
    pub kind: KindFile,
    /// Message id of the question or text. Required for every kind but `branch`.
    pub message: Option<String>,
    pub next: Option<String>,
    /// Profile key the answer is stored under; defaults to the step id.
    pub key: Option<String>,
    /// Short message id used in the summary.
    pub label: Option<String>,
    /// Message id of the "why do we ask" explanation.
    pub why: Option<String>,
    /// Message id shown when the answer is invalid; each kind has a default.
    pub hint: Option<String>,
    #[serde(default)]
    pub skip: bool,
    /// Answer keys passed to the message as Fluent variables.
    #[serde(default)]
    pub args: Vec<String>,
    #[serde(default)]
    pub options: Vec<OptionFile>,
    pub pattern: Option<String>,
    pub min_len: Option<usize>,
    pub max_len: Option<usize>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    #[serde(default)]
    pub rules: Vec<RuleFile>,
    /// Name of the service an `end` step hands over to.
    pub service: Option<String>,
    /// Flow to start after an `end` step.
    pub then: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KindFile {
    Choice,
    Multi,
    Text,
    Number,
    Info,
    Branch,
    Summary,
    End,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub value: String,
    pub message: String,
}

/// `{ key = "goals", is = "own_business", next = "to_business" }`: taken when the answer under
/// `key` is `is` (for a multi answer: contains it).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub key: String,
    pub is: String,
    pub next: String,
}
