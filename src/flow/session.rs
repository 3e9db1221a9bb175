//! A user's place in a flow and every answer they gave, as a plain serializable value.
//!
//! Strings are `Arc<str>` so that the engine can return a new session per step cheaply.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The flow the user is in.
    pub flow: Arc<str>,
    /// Content hash of that flow when the session entered it.
    pub hash: Arc<str>,
    /// Changes whenever a flow starts; buttons carry it so that old keyboards are recognised.
    pub nonce: u32,
    /// The step waiting for an answer (or the `end` step once the flow is finished).
    pub step: Arc<str>,
    /// Question steps answered on the way here, oldest first; Back pops from it.
    pub history: Vec<Arc<str>>,
    /// Every answer, by profile key, from every flow.
    pub answers: BTreeMap<Arc<str>, Answer>,
    /// Invalid answers in a row at the current step.
    #[serde(default)]
    pub invalid: u8,
    /// After Back or "change", answered steps up to here are not asked again.
    #[serde(default)]
    pub resume_to: Option<Arc<str>>,
    /// Options ticked so far on a multi step.
    #[serde(default)]
    pub pending: Vec<u16>,
}

impl Session {
    /// The answer under `key`, if it was given in `flow` at `step`.
    pub fn answer_at(&self, key: &str, flow: &str, step: &str) -> Option<&Answer> {
        self.answers.get(key).filter(|a| &*a.flow == flow && &*a.step == step)
    }

    pub fn value(&self, key: &str) -> Option<&Value> {
        self.answers.get(key).map(|a| &a.value)
    }

    /// Whether the flow is over (the session rests on an `end` step).
    pub fn finished(&self, flow: &super::Flow) -> bool {
        flow.step(&self.step).is_some_and(|s| matches!(s.kind, super::StepKind::End { .. }))
    }
}

/// An answer and where it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub flow: Arc<str>,
    pub step: Arc<str>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Value {
    /// The value of one option.
    One(Arc<str>),
    /// The values of several options.
    Many(Vec<Arc<str>>),
    Text(Arc<str>),
    Number(i64),
    /// The user chose to skip the question.
    Skipped,
}

impl Value {
    /// Whether a branch rule `is = x` holds for this answer.
    pub fn is(&self, x: &str) -> bool {
        match self {
            Value::One(v) | Value::Text(v) => &**v == x,
            Value::Many(vs) => vs.iter().any(|v| &**v == x),
            Value::Number(n) => x.parse::<i64>().is_ok_and(|x| x == *n),
            Value::Skipped => false,
        }
    }

    /// A plain string form for profiles and exports: option values joined by `,`.
    pub fn as_plain(&self) -> String {
        match self {
            Value::One(v) | Value::Text(v) => v.to_string(),
            Value::Many(vs) => vs.iter().map(|v| &**v).collect::<Vec<_>>().join(","),
            Value::Number(n) => n.to_string(),
            Value::Skipped => String::new(),
        }
    }
}
