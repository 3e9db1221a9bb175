//! Property tests: no sequence of inputs panics the engine or leaves a session that does not fit
//! its flow.

use crate::support::content;
use proptest::prelude::*;
use sifor::flow::{Action, Flow, Input, Session, StepKind, Value, advance, start};

#[derive(Debug, Clone)]
enum Step {
    Text(String),
    Number(i64),
    Pick(u16),
    Done,
    Confirm,
    Change(u16),
    Back,
    Skip,
    Why,
    Restart,
    Unsupported,
    Stale(u16),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        ".{0,40}".prop_map(Step::Text),
        (-5i64..60).prop_map(Step::Number),
        (0u16..14).prop_map(Step::Pick),
        Just(Step::Done),
        Just(Step::Confirm),
        (0u16..16).prop_map(Step::Change),
        Just(Step::Back),
        Just(Step::Skip),
        Just(Step::Why),
        Just(Step::Restart),
        Just(Step::Unsupported),
        (0u16..5).prop_map(Step::Stale),
    ]
}

fn check(flow: &Flow, s: &Session) -> Result<(), TestCaseError> {
    let current = flow.step(&s.step);
    prop_assert!(current.is_some(), "current step {} not in flow", s.step);
    prop_assert!(s.invalid < 3);
    for h in &s.history {
        prop_assert!(flow.step(h).is_some_and(|st| st.kind.is_question()), "history holds {h}");
    }
    if let Some(StepKind::Multi { options }) = current.map(|c| &c.kind) {
        prop_assert!(s.pending.iter().all(|&p| usize::from(p) < options.len()));
    }
    for (key, a) in &s.answers {
        let Some(step) = flow.step(&a.step).filter(|_| *a.flow == *flow.id) else {
            continue;
        };
        prop_assert_eq!(&**key, step.key.as_str());
        match (&step.kind, &a.value) {
            (_, Value::Skipped) => prop_assert!(step.skip),
            (StepKind::Choice { options }, Value::One(v)) => {
                prop_assert!(options.iter().any(|o| *o.value == **v))
            }
            (StepKind::Multi { options }, Value::Many(vs)) => {
                prop_assert!(!vs.is_empty());
                prop_assert!(vs.iter().all(|v| options.iter().any(|o| *o.value == **v)));
            }
            (StepKind::Number { min, max }, Value::Number(n)) => {
                prop_assert!((*min..=*max).contains(n))
            }
            (StepKind::Text { min_len, max_len, .. }, Value::Text(t)) => {
                let len = t.chars().count();
                prop_assert!(len >= *min_len && len <= *max_len);
            }
            (kind, value) => prop_assert!(false, "{} holds {value:?}", kind.name()),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn no_input_sequence_panics_or_breaks_a_session(flow_index in 0usize..4, steps in prop::collection::vec(step(), 0..60)) {
        let (flows, _) = content();
        let flow = &flows.flows()[flow_index];
        let mut s = start(flow, None, 11).session;
        check(flow, &s)?;
        for st in steps {
            let id = s.step.clone();
            let press = |action| Input::Press { flow: &flow.id, step: &id, nonce: s.nonce, action };
            let number;
            let input = match &st {
                Step::Text(t) => Input::Text(t),
                Step::Number(n) => { number = n.to_string(); Input::Text(&number) }
                Step::Pick(i) => press(Action::Pick(*i)),
                Step::Done => press(Action::Done),
                Step::Confirm => press(Action::Confirm),
                Step::Change(i) => press(Action::Change(*i)),
                Step::Back => Input::Back,
                Step::Skip => Input::Skip,
                Step::Why => Input::Why,
                Step::Restart => Input::Restart,
                Step::Unsupported => Input::Unsupported,
                Step::Stale(i) => Input::Press { flow: &flow.id, step: &id, nonce: s.nonce.wrapping_add(1), action: Action::Pick(*i) },
            };
            // A valid pick on a choice question is stored, whatever else happens.
            let picked = match (&st, flow.step(&id).map(|x| &x.kind)) {
                (Step::Pick(i), Some(StepKind::Choice { options })) => {
                    options.get(usize::from(*i)).map(|o| (flow.step(&id).unwrap().key.clone(), o.value.clone()))
                }
                _ => None,
            };
            let t = advance(flow, &s, input);
            prop_assert!(!t.effects.is_empty(), "every input gets an answer");
            if let Some((key, value)) = picked {
                prop_assert_eq!(t.session.value(&key), Some(&Value::One(value.as_str().into())), "{} not stored", key);
            }
            s = t.session;
            check(flow, &s)?;
        }
    }
}
