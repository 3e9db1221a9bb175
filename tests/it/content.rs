//! Registry-wide invariants of the shipped flows: every flow compiles against every locale,
//! every step is reachable and can finish, and the content keeps to the data-minimising rules.

use crate::support::content;
use sifor::flow::{Input, StepKind, advance, start};

#[test]
fn the_shipped_flows_are_all_there() {
    let (flows, _) = content();
    let ids: Vec<&str> = flows.flows().iter().map(|f| f.id.as_str()).collect();
    for id in ["onboarding", "jobs", "self_employment", "ideas"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let menu: Vec<&str> = flows.menu().map(|f| f.id.as_str()).collect();
    assert_eq!(menu, ["jobs", "self_employment", "ideas"]);
}

#[test]
fn jobs_and_self_employment_end_in_matching_and_ideas_in_storing() {
    let (flows, _) = content();
    let services = |id: &str| -> Vec<String> {
        flows
            .get(id)
            .unwrap()
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::End { service, .. } => Some(service.code().to_string()),
                _ => None,
            })
            .collect()
    };
    assert!(services("jobs").contains(&"show_matches".to_string()));
    assert!(services("self_employment").contains(&"show_matches".to_string()));
    assert!(services("ideas").contains(&"store_idea".to_string()));
    for id in ["jobs", "self_employment", "ideas"] {
        assert!(
            flows.get(id).unwrap().steps.iter().any(|s| matches!(s.kind, StepKind::Summary)),
            "{id} has no summary"
        );
    }
}

#[test]
fn no_flow_asks_for_data_we_never_keep() {
    let (flows, _) = content();
    let forbidden = [
        "name",
        "phone",
        "email",
        "nationality",
        "religion",
        "health",
        "birth",
        "address",
        "document_number",
        "ethnic",
    ];
    for f in flows.flows() {
        for q in f.questions() {
            for word in forbidden {
                assert!(!q.key.contains(word), "flow {} asks `{}`", f.id, q.key);
            }
        }
    }
}

#[test]
fn sensitive_questions_are_optional_and_say_why() {
    let (flows, _) = content();
    for f in flows.flows() {
        for q in f.questions().filter(|q| ["status_category", "allowed_to_work"].contains(&q.key.as_str())) {
            assert!(q.skip, "{}:{} must be skippable", f.id, q.id);
            assert!(q.why.is_some(), "{}:{} needs a why-we-ask", f.id, q.id);
            let values: Vec<&str> = q.kind.options().iter().map(|o| o.value.as_str()).collect();
            assert!(values.contains(&"not_sure") && values.contains(&"prefer_not"), "{}:{} {values:?}", f.id, q.id);
        }
    }
}

#[test]
fn every_question_of_every_flow_is_answered_by_its_first_button_to_the_end() {
    // A smoke walk through every flow with consent given: pressing the first option (or
    // skipping, or typing the lower bound) always finishes.
    let (flows, _) = content();
    for f in flows.flows() {
        let mut t = start(f, None, 3);
        let mut s = t.session;
        for _ in 0..100 {
            if s.finished(f) {
                break;
            }
            let step = f.step(&s.step).unwrap();
            let input = match &step.kind {
                StepKind::Number { min, .. } => Input::Text(Box::leak(min.to_string().into_boxed_str())),
                StepKind::Text { .. } => Input::Text("a perfectly fine answer"),
                StepKind::Summary => {
                    Input::Press { flow: &f.id, step: &step.id, nonce: s.nonce, action: sifor::flow::Action::Confirm }
                }
                StepKind::Multi { .. } => Input::Text("1"),
                _ => Input::Text("1"),
            };
            t = advance(f, &s, input);
            s = t.session;
        }
        assert!(s.finished(f), "flow {} did not finish; stuck at {}", f.id, s.step);
    }
}
