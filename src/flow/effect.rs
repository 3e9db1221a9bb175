//! What the engine asks the adapters to do: values with message ids and arguments, never text.
//!
//! Effects borrow from the [`Flow`] they came from, so a step costs no copies of ids or labels.

use super::model::{Flow, Service, Step};
use super::session::Value;
use std::sync::Arc;

/// The result of one engine step: the new session and what to show.
#[derive(Debug)]
pub struct Transition<'f> {
    pub session: super::Session,
    pub effects: Vec<Effect<'f>>,
}

#[derive(Debug, Clone)]
pub enum Effect<'f> {
    /// A message to show as it is (an info step, a hint, an explanation).
    Say { msg: &'f str, args: Vec<(&'f str, Arg<'f>)> },
    /// The answer just given, to echo back under its question ("✓ Berlin").
    Echo { step: &'f Step, shown: Shown<'f> },
    /// A question (or the summary) waiting for an answer.
    Ask(Question<'f>),
    /// The flow reached an `end` step: hand over to `service`.
    Completed(Completion<'f>),
    /// The flow is over and the input was not meant for it: offer the menu.
    Idle,
}

/// A Fluent argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'f> {
    Num(i64),
    Str(Arc<str>),
    /// Another message, to be localized and inserted.
    Msg(&'f str),
}

/// An answer in a form the adapters can localize.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown<'f> {
    /// Message ids of the chosen options.
    Options(Vec<&'f str>),
    Text(Arc<str>),
    Number(i64),
    Skipped,
}

impl<'f> Shown<'f> {
    pub fn of(step: &'f Step, value: &Value) -> Shown<'f> {
        let label = |v: &str| step.kind.options().iter().find(|o| o.value == v).map(|o| o.message.as_str());
        match value {
            Value::One(v) => Shown::Options(label(v).into_iter().collect()),
            Value::Many(vs) => Shown::Options(vs.iter().filter_map(|v| label(v)).collect()),
            Value::Text(t) => Shown::Text(t.clone()),
            Value::Number(n) => Shown::Number(*n),
            Value::Skipped => Shown::Skipped,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Question<'f> {
    pub flow: &'f Flow,
    pub step: &'f Step,
    pub nonce: u32,
    /// "Question n of total"; none on the summary.
    pub progress: Option<(u16, u16)>,
    /// Ticked options of a multi step, or the current answer of a choice.
    pub selected: Vec<u16>,
    pub can_back: bool,
    /// The same question again after a tick on a multi step: update it in place.
    pub refresh: bool,
    /// The step's message arguments, from earlier answers.
    pub args: Vec<(&'f str, Arg<'f>)>,
    /// On a summary step: every answer of the flow, each one changeable.
    pub summary: Vec<SummaryItem<'f>>,
}

#[derive(Debug, Clone)]
pub struct SummaryItem<'f> {
    pub step: &'f Step,
    pub label: &'f str,
    pub shown: Shown<'f>,
}

#[derive(Debug, Clone)]
pub struct Completion<'f> {
    pub flow: &'f Flow,
    pub service: Service,
    /// The flow to start next, if the `end` step names one.
    pub then: Option<&'f str>,
    /// This flow's answers, on the path the user took.
    pub answers: Vec<(Arc<str>, Value)>,
}
