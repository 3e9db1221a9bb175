//! The flow engine: `start` and `advance(&Flow, &Session, Input) -> Transition`.
//!
//! Pure and total: every input, however odd, gives a transition. Invalid answers re-ask with a
//! hint; after three in a row the user is pointed to the buttons and /help instead. Back pops the
//! history; after Back or a "change" on the summary, answers that still apply are kept and only
//! questions that are new on the path (reached through a branch on the changed answer) are asked.

use super::digits::parse_number;
use super::effect::{Arg, Effect, Shown, Transition};
use super::model::{Flow, StepIdx, StepKind};
use super::session::{Answer, Session, Value};
use super::walk::{ask, ask_with, enter, forget_dependents, summary};

/// What the user did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input<'a> {
    /// A typed message.
    Text(&'a str),
    /// A button of a question, with the flow, step and nonce it was made for.
    Press {
        flow: &'a str,
        step: &'a str,
        nonce: u32,
        action: Action,
    },
    Back,
    Skip,
    Why,
    Restart,
    /// A sticker, photo, voice note, file, ... where an answer is expected.
    Unsupported,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The n-th option (0-based) of a choice or multi step.
    Pick(u16),
    /// Finish a multi step.
    Done,
    Back,
    Skip,
    Why,
    /// Accept the summary.
    Confirm,
    /// Change the n-th item of the summary.
    Change(u16),
}

/// Invalid answers in a row before the help path is offered.
pub const MAX_INVALID: u8 = 3;

/// Starts `flow`, keeping the answers (from every flow) of `previous`.
pub fn start<'f>(flow: &'f Flow, previous: Option<&Session>, seed: u32) -> Transition<'f> {
    let mut effects = Vec::new();
    let session = begin(flow, previous, seed, &mut effects);
    Transition { session, effects }
}

fn begin<'f>(flow: &'f Flow, previous: Option<&Session>, seed: u32, fx: &mut Vec<Effect<'f>>) -> Session {
    let mut s = Session {
        flow: flow.id.as_str().into(),
        hash: flow.hash.as_str().into(),
        nonce: next_nonce(previous.map_or(seed, |p| p.nonce)),
        step: flow.steps[flow.start()].shared_id.clone(),
        history: Vec::new(),
        answers: previous.map(|p| p.answers.clone()).unwrap_or_default(),
        invalid: 0,
        resume_to: None,
        pending: Vec::new(),
    };
    enter(flow, &mut s, flow.start(), fx);
    s
}

/// A new nonce from the last one (splitmix32), never zero.
pub fn next_nonce(n: u32) -> u32 {
    let mut z = n.wrapping_add(0x9E37_79B9);
    z = (z ^ (z >> 16)).wrapping_mul(0x85EB_CA6B);
    z = (z ^ (z >> 13)).wrapping_mul(0xC2B2_AE35);
    (z ^ (z >> 16)).max(1)
}

/// One step of the conversation.
pub fn advance<'f>(flow: &'f Flow, session: &Session, input: Input<'_>) -> Transition<'f> {
    advance_owned(flow, session.clone(), input)
}

/// [`advance`] for a caller that gives up its session: nothing is copied.
pub fn advance_owned<'f>(flow: &'f Flow, session: Session, input: Input<'_>) -> Transition<'f> {
    let mut s = session;
    let mut fx = Vec::new();
    let current = flow.current(&s.step).filter(|_| *s.flow == *flow.id);
    let Some(cur) = current.filter(|_| *s.hash == *flow.hash || still_fits(flow, &s)) else {
        // The flow changed under the user and their place in it is gone.
        fx.push(say("flow-changed"));
        let session = begin(flow, Some(&s), 0, &mut fx);
        return Transition { session, effects: fx };
    };
    if *s.hash != *flow.hash {
        // The questions changed but the user's place still exists: go on, and let keyboards
        // made for the old version go stale (their indices may point elsewhere now).
        s.hash = flow.hash.as_str().into();
        s.nonce = next_nonce(s.nonce);
    }
    let step = &flow.steps[cur];
    if matches!(step.kind, StepKind::End { .. }) {
        if input == Input::Restart {
            let session = begin(flow, Some(&s), 0, &mut fx);
            return Transition { session, effects: fx };
        }
        fx.push(Effect::Idle);
        return Transition { session: s, effects: fx };
    }
    let action = match input {
        Input::Press { flow: f, step: id, nonce, action } => {
            if f != flow.id || id != step.id || nonce != s.nonce {
                fx.push(say("stale-button"));
                ask(flow, &mut s, cur, false, &mut fx);
                return Transition { session: s, effects: fx };
            }
            action
        }
        Input::Back => Action::Back,
        Input::Skip => Action::Skip,
        Input::Why => Action::Why,
        Input::Restart => {
            fx.push(say("restart-done"));
            let session = begin(flow, Some(&s), 0, &mut fx);
            return Transition { session, effects: fx };
        }
        Input::Unsupported => {
            invalid(flow, &mut s, cur, say("hint-not-text"), &mut fx);
            return Transition { session: s, effects: fx };
        }
        Input::Text(text) => {
            on_text(flow, &mut s, cur, text, &mut fx);
            return Transition { session: s, effects: fx };
        }
    };
    on_action(flow, &mut s, cur, action, &mut fx);
    Transition { session: s, effects: fx }
}

/// A changed flow can go on when the current step and the history still exist in it.
fn still_fits(flow: &Flow, s: &Session) -> bool {
    flow.index_of(&s.step).is_some() && s.history.iter().all(|h| flow.index_of(h).is_some())
}

pub(crate) fn say<'f>(msg: &'f str) -> Effect<'f> {
    Effect::Say { msg, args: Vec::new() }
}

fn on_action<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, action: Action, fx: &mut Vec<Effect<'f>>) {
    let step = &flow.steps[cur];
    match (action, &step.kind) {
        (Action::Pick(i), StepKind::Choice { options }) if usize::from(i) < options.len() => {
            let value = Value::One(options[usize::from(i)].shared_value.clone());
            answer(flow, s, cur, value, fx);
        }
        (Action::Pick(i), StepKind::Multi { options }) if usize::from(i) < options.len() => {
            match s.pending.iter().position(|&p| p == i) {
                Some(at) => {
                    s.pending.remove(at);
                }
                None => s.pending.push(i),
            }
            ask(flow, s, cur, true, fx);
        }
        (Action::Done, StepKind::Multi { .. }) => finish_multi(flow, s, cur, fx),
        (Action::Back, _) => back(flow, s, cur, fx),
        (Action::Skip, _) if step.skip && step.kind.is_question() => answer(flow, s, cur, Value::Skipped, fx),
        (Action::Skip, _) => {
            fx.push(say("cannot-skip"));
            ask(flow, s, cur, false, fx);
        }
        (Action::Why, _) => {
            if let Some(why) = &step.why {
                fx.push(say(why));
            }
            ask(flow, s, cur, false, fx);
        }
        (Action::Confirm, StepKind::Summary) => {
            let next = step.next.expect("compiled summary steps have a next step");
            enter(flow, s, next, fx);
        }
        (Action::Change(i), StepKind::Summary) => {
            let items = summary(flow, s);
            match items.get(usize::from(i)) {
                Some(item) => {
                    let target = flow.index_of(&item.step.id).expect("summary items are steps of the flow");
                    if let Some(at) = s.history.iter().position(|h| **h == *item.step.id) {
                        s.history.truncate(at);
                    }
                    s.resume_to = Some(step.shared_id.clone());
                    ask(flow, s, target, false, fx);
                }
                None => {
                    fx.push(say("stale-button"));
                    ask(flow, s, cur, false, fx);
                }
            }
        }
        // A button that does not fit this step (an index out of range, a forged action).
        _ => {
            fx.push(say("stale-button"));
            ask(flow, s, cur, false, fx);
        }
    }
}

fn on_text<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, text: &str, fx: &mut Vec<Effect<'f>>) {
    let step = &flow.steps[cur];
    let hint = |default: &'f str| step.hint.as_deref().unwrap_or(default);
    match &step.kind {
        StepKind::Choice { options } => match parse_number(text) {
            Some(n) if n >= 1 && (n as usize) <= options.len() => {
                on_action(flow, s, cur, Action::Pick((n - 1) as u16), fx);
            }
            _ => invalid(flow, s, cur, say(hint("hint-choice")), fx),
        },
        StepKind::Multi { options } => {
            let picks: Option<Vec<u16>> = text
                .split([',', ' ', '،', '\n'])
                .filter(|p| !p.trim().is_empty())
                .map(|p| parse_number(p).filter(|&n| n >= 1 && (n as usize) <= options.len()).map(|n| (n - 1) as u16))
                .collect();
            match picks {
                Some(picks) if !picks.is_empty() => {
                    s.pending.clear();
                    for p in picks {
                        if !s.pending.contains(&p) {
                            s.pending.push(p);
                        }
                    }
                    finish_multi(flow, s, cur, fx);
                }
                _ => invalid(flow, s, cur, say(hint("hint-multi")), fx),
            }
        }
        StepKind::Text { pattern, min_len, max_len } => {
            let t = text.trim();
            let len = t.chars().count();
            let problem = if t.is_empty() {
                Some(say("hint-text-empty"))
            } else if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                Some(say(hint("hint-text-pattern")))
            } else if len < *min_len {
                Some(Effect::Say { msg: "hint-text-short", args: vec![("min", Arg::Num(*min_len as i64))] })
            } else if len > *max_len {
                Some(Effect::Say { msg: "hint-text-long", args: vec![("max", Arg::Num(*max_len as i64))] })
            } else if pattern.as_ref().is_some_and(|re| !re.is_match(t)) {
                Some(say(hint("hint-text-pattern")))
            } else {
                None
            };
            match problem {
                Some(p) => invalid(flow, s, cur, p, fx),
                None => answer(flow, s, cur, Value::Text(t.into()), fx),
            }
        }
        StepKind::Number { min, max } => match parse_number(text) {
            Some(n) if (*min..=*max).contains(&n) => answer(flow, s, cur, Value::Number(n), fx),
            _ => {
                let args = vec![("min", Arg::Num(*min)), ("max", Arg::Num(*max))];
                invalid(flow, s, cur, Effect::Say { msg: hint("hint-number"), args }, fx);
            }
        },
        _ => invalid(flow, s, cur, say("hint-choice"), fx),
    }
}

fn invalid<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, hint: Effect<'f>, fx: &mut Vec<Effect<'f>>) {
    s.invalid += 1;
    if s.invalid >= MAX_INVALID {
        s.invalid = 0;
        fx.push(say("stuck-help"));
    } else {
        fx.push(hint);
    }
    ask_with(flow, s, cur, false, true, fx);
}

fn finish_multi<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, fx: &mut Vec<Effect<'f>>) {
    let step = &flow.steps[cur];
    if s.pending.is_empty() {
        if step.skip {
            answer(flow, s, cur, Value::Skipped, fx);
        } else {
            invalid(flow, s, cur, say(step.hint.as_deref().unwrap_or("hint-multi")), fx);
        }
        return;
    }
    // Values in the order of the options, whatever the order of the taps.
    let values = step
        .kind
        .options()
        .iter()
        .enumerate()
        .filter(|(i, _)| s.pending.contains(&(*i as u16)))
        .map(|(_, o)| o.shared_value.clone())
        .collect();
    answer(flow, s, cur, Value::Many(values), fx);
}

fn answer<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, value: Value, fx: &mut Vec<Effect<'f>>) {
    let step = &flow.steps[cur];
    fx.push(Effect::Echo { step, shown: Shown::of(step, &value) });
    let before =
        s.answers.insert(step.shared_key.clone(), Answer { flow: s.flow.clone(), step: s.step.clone(), value });
    if before.as_ref().is_some_and(|b| b.value != s.answers[step.key.as_str()].value) {
        forget_dependents(flow, s, &step.key, before.map(|b| b.value));
    }
    s.invalid = 0;
    s.pending.clear();
    s.history.push(s.step.clone());
    let next = step.next.expect("compiled questions have a next step");
    enter(flow, s, next, fx);
}

fn back<'f>(flow: &'f Flow, s: &mut Session, cur: StepIdx, fx: &mut Vec<Effect<'f>>) {
    let Some(previous) = s.history.pop() else {
        fx.push(say("no-back"));
        ask(flow, s, cur, false, fx);
        return;
    };
    // The history comes from a stored session: a step it names may not exist (a damaged or
    // hand-edited row). Then there is nothing to go back to.
    let Some(at) = flow.index_of(&previous) else {
        s.history.clear();
        fx.push(say("no-back"));
        ask(flow, s, cur, false, fx);
        return;
    };
    if s.resume_to.is_none() {
        s.resume_to = Some(s.step.clone());
    }
    ask(flow, s, at, false, fx);
}

/// Shows the current step again without changing anything (after a language switch, /help, ...).
pub fn show<'f>(flow: &'f Flow, session: &Session) -> Transition<'f> {
    let mut s = session.clone();
    let mut fx = Vec::new();
    match flow.index_of(&s.step).filter(|_| *s.flow == *flow.id) {
        Some(at) if !matches!(flow.steps[at].kind, StepKind::End { .. }) => ask(flow, &mut s, at, false, &mut fx),
        Some(_) => fx.push(Effect::Idle),
        None => {
            fx.push(say("flow-changed"));
            s = begin(flow, Some(&s), 0, &mut fx);
        }
    }
    Transition { session: s, effects: fx }
}

/// Message ids the engine itself emits, with the variables it passes; every locale needs them.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("flow-changed", &[]),
    ("stale-button", &[]),
    ("restart-done", &[]),
    ("cannot-skip", &[]),
    ("no-back", &[]),
    ("stuck-help", &[]),
    ("hint-not-text", &[]),
    ("hint-choice", &[]),
    ("hint-multi", &[]),
    ("hint-text-empty", &[]),
    ("hint-text-pattern", &[]),
    ("hint-text-short", &["min"]),
    ("hint-text-long", &["max"]),
    ("hint-number", &["min", "max"]),
];
