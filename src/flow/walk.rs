//! How the engine moves through a flow: entering steps (branches, info, fast-forward after Back),
//! asking questions with progress and summary, finishing, and forgetting answers a changed
//! branch made void.

use super::effect::{Arg, Completion, Effect, Question, Shown, SummaryItem};
use super::engine::say;
use super::model::{Flow, Step, StepIdx, StepKind};
use super::session::{Answer, Session, Value};
use std::sync::Arc;

/// Walks from step `at` to the next step that needs the user, saying info steps on the way.
pub(crate) fn enter<'f>(flow: &'f Flow, s: &mut Session, mut at: StepIdx, fx: &mut Vec<Effect<'f>>) {
    // Compiled flows are acyclic, so the walk ends within one pass over the steps.
    for _ in 0..=flow.steps.len() {
        let step = &flow.steps[at];
        match &step.kind {
            StepKind::Branch { .. } => at = branch_target(step, s),
            StepKind::Info => {
                if s.resume_to.is_none() {
                    fx.push(say(step.message.as_deref().unwrap_or_default()));
                }
                at = step.next.expect("compiled info steps have a next step");
            }
            kind if kind.is_question() => {
                let resuming = s.resume_to.as_deref().is_some_and(|r| r != step.id);
                if resuming && s.answer_at(&step.key, &flow.id, &step.id).is_some() {
                    s.history.push(step.shared_id.clone());
                    at = step.next.expect("compiled questions have a next step");
                    continue;
                }
                ask(flow, s, at, false, fx);
                return;
            }
            StepKind::Summary => {
                ask(flow, s, at, false, fx);
                return;
            }
            StepKind::End { service, then } => {
                s.step = step.shared_id.clone();
                s.resume_to = None;
                if let Some(msg) = &step.message {
                    fx.push(say(msg));
                }
                let answers = complete(flow, s);
                fx.push(Effect::Completed(Completion { flow, service: *service, then: then.as_deref(), answers }));
                return;
            }
            _ => unreachable!("every step kind is handled above"),
        }
    }
}

pub(crate) fn branch_target(step: &Step, s: &Session) -> StepIdx {
    route(step, |key| s.value(key))
}

pub(crate) fn route<'v>(step: &Step, value: impl Fn(&str) -> Option<&'v Value>) -> StepIdx {
    let StepKind::Branch { rules } = &step.kind else { unreachable!("only called on branch steps") };
    rules
        .iter()
        .find(|r| value(&r.key).is_some_and(|v| v.is(&r.is)))
        .map(|r| r.next)
        .unwrap_or_else(|| step.next.expect("compiled branch steps have a default"))
}

/// A changed answer that sends a branch another way makes the answers only the old way asked
/// for void: they are forgotten, so the new way asks afresh.
pub(crate) fn forget_dependents(flow: &Flow, s: &mut Session, key: &str, old: Option<Value>) {
    for (b, dependents) in &flow.dependents {
        let branch = &flow.steps[*b];
        let StepKind::Branch { rules } = &branch.kind else {
            continue;
        };
        if !rules.iter().any(|r| r.key == key) {
            continue;
        }
        let now = route(branch, |k| s.value(k));
        let then = route(branch, |k| if k == key { old.as_ref() } else { s.value(k) });
        if now == then {
            continue;
        }
        for &d in dependents {
            let dep = &flow.steps[d];
            // The answer just given stays, even when a branch before its step tests it (a
            // consent asked inside a flow after a check whether it was given earlier).
            if dep.key == key {
                continue;
            }
            if s.answer_at(&dep.key, &flow.id, &dep.id).is_some() {
                s.answers.remove(dep.key.as_str());
            }
        }
    }
}

/// Drops this flow's answers the user's final path no longer passes, and returns the rest.
pub(crate) fn complete(flow: &Flow, s: &mut Session) -> Vec<(Arc<str>, Value)> {
    let on_path = |a: &Answer| s.history.contains(&a.step);
    let stale: Vec<Arc<str>> =
        s.answers.iter().filter(|(_, a)| *a.flow == *flow.id && !on_path(a)).map(|(k, _)| k.clone()).collect();
    for k in stale {
        s.answers.remove(&k);
    }
    s.answers.iter().filter(|(_, a)| *a.flow == *flow.id).map(|(k, a)| (k.clone(), a.value.clone())).collect()
}

/// Makes `at` the current step and asks it.
pub(crate) fn ask<'f>(flow: &'f Flow, s: &mut Session, at: StepIdx, refresh: bool, fx: &mut Vec<Effect<'f>>) {
    ask_with(flow, s, at, refresh, refresh, fx);
}

/// [`ask`], choosing separately whether the ticks of a multi step are kept (after a wrong
/// typed reply the question is sent anew, with the ticks the user made).
pub(crate) fn ask_with<'f>(
    flow: &'f Flow,
    s: &mut Session,
    at: StepIdx,
    refresh: bool,
    keep_pending: bool,
    fx: &mut Vec<Effect<'f>>,
) {
    let step = &flow.steps[at];
    if !keep_pending {
        s.pending.clear();
        if let (StepKind::Multi { options }, Some(a)) = (&step.kind, s.answer_at(&step.key, &flow.id, &step.id))
            && let Value::Many(vs) = &a.value
        {
            s.pending = (0..options.len() as u16)
                .filter(|&i| vs.iter().any(|v| **v == *options[usize::from(i)].value))
                .collect();
        }
    }
    if *s.step != *step.id {
        s.step = step.shared_id.clone();
        s.invalid = 0;
    }
    // Reaching the summary, or the step the user went back from, ends the resume.
    if !step.kind.is_question() || s.resume_to.as_deref() == Some(step.id.as_str()) {
        s.resume_to = None;
    }
    let selected = match &step.kind {
        StepKind::Multi { .. } => s.pending.clone(),
        StepKind::Choice { options } => s
            .answer_at(&step.key, &flow.id, &step.id)
            .and_then(|a| match &a.value {
                Value::One(v) => options.iter().position(|o| *o.value == **v).map(|i| i as u16),
                _ => None,
            })
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    let progress = step.kind.is_question().then(|| progress(flow, s, at));
    let args = step
        .args
        .iter()
        .map(|a| {
            let value = match s.value(a) {
                Some(Value::Number(n)) => Arg::Num(*n),
                Some(v) => Arg::Str(v.as_plain().into()),
                None => Arg::Str("".into()),
            };
            (a.as_str(), value)
        })
        .collect();
    let summary = if matches!(step.kind, StepKind::Summary) { summary(flow, s) } else { Vec::new() };
    fx.push(Effect::Ask(Question {
        flow,
        step,
        nonce: s.nonce,
        progress,
        selected,
        can_back: !s.history.is_empty(),
        refresh,
        args,
        summary,
    }));
}

/// "Question n of total": answered questions so far, plus the questions still ahead on the
/// path the answers given so far lead to. Where that path depends on a question not answered
/// yet, the longest way on counts, so the total only ever shrinks.
pub(crate) fn progress(flow: &Flow, s: &Session, at: StepIdx) -> (u16, u16) {
    let done = s.history.len() as u16;
    let mut ahead = 0u16;
    let mut i = at;
    for _ in 0..=flow.steps.len() {
        let step = &flow.steps[i];
        let next = match &step.kind {
            StepKind::Branch { rules } => {
                let open = rules.iter().any(|r| s.value(&r.key).is_none());
                let decided = rules.iter().any(|r| s.value(&r.key).is_some_and(|v| v.is(&r.is)));
                if open && !decided {
                    ahead += flow.longest[i];
                    None
                } else {
                    Some(branch_target(step, s))
                }
            }
            StepKind::Summary | StepKind::End { .. } => None,
            kind => {
                ahead += u16::from(kind.is_question());
                step.next
            }
        };
        match next {
            Some(n) => i = n,
            None => break,
        }
    }
    (done + 1, done + ahead.max(1))
}

pub(crate) fn summary<'f>(flow: &'f Flow, s: &Session) -> Vec<SummaryItem<'f>> {
    s.history
        .iter()
        .filter_map(|h| flow.step(h))
        .filter_map(|step| {
            let label = step.label.as_deref()?;
            let answer = s.answer_at(&step.key, &flow.id, &step.id)?;
            Some(SummaryItem { step, label, shown: Shown::of(step, &answer.value) })
        })
        .collect()
}
