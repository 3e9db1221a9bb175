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
    // The one name kept on purpose: the first name a person chose to be credited with in a
    // success story (only with their yes, never with anything else about them).
    let credited = ["story_first_name"];
    for f in flows.flows() {
        for q in f.questions().filter(|q| !credited.contains(&q.key.as_str())) {
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
                // A text that must follow a pattern (a date, a link) is skipped where it may be.
                StepKind::Text { pattern: Some(_), .. } if step.skip => Input::Skip,
                // A date that may not be skipped (an event's new time) gets one.
                StepKind::Text { pattern: Some(p), .. } if p.is_match("3.12.2031 18:00") => {
                    Input::Text("3.12.2031 18:00")
                }
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

/// The domain codes a flow key's options must come from (`None` for keys without codes).
fn codes_for(key: &str) -> Option<Vec<&'static str>> {
    use sifor::domain::codes::{COUNTRIES, GOALS, LANGUAGES, SECTORS, STAGES, STATUSES, regions};
    let bands = ["under_14", "14_15", "16_17", "18_24", "25_35", "36_49", "50_plus"];
    Some(match key {
        "country" => COUNTRIES.to_vec(),
        "region" => COUNTRIES.iter().flat_map(|c| regions(c).iter().copied()).collect(),
        "goals" => GOALS.to_vec(),
        "status_category" => STATUSES.to_vec(),
        k if k.ends_with("stage") => STAGES.to_vec(),
        k if k.ends_with("sector") => SECTORS.to_vec(),
        k if k.ends_with("languages") => LANGUAGES.to_vec(),
        "age_band" => bands.into_iter().filter(|b| sifor::domain::codes::age_band(b).is_some()).collect(),
        _ => return None,
    })
}

#[test]
fn flow_options_are_domain_codes_or_the_known_escapes() {
    let (flows, _) = content();
    let mut checked = std::collections::BTreeSet::new();
    let mut escapes = std::collections::BTreeSet::new();
    for f in flows.flows() {
        for q in f.questions() {
            let Some(codes) = codes_for(&q.key) else { continue };
            assert!(!q.kind.options().is_empty(), "{}:{} offers no options", f.id, q.id);
            checked.insert(q.key.as_str());
            for o in q.kind.options() {
                if !codes.contains(&o.value.as_str()) {
                    escapes.insert((q.key.as_str(), o.value.as_str()));
                }
            }
        }
    }
    let expected = [
        "age_band",
        "business_sector",
        "business_stage",
        "country",
        "goals",
        "other_languages",
        "region",
        "sector",
        "status_category",
        "story_sector",
    ];
    assert_eq!(checked.into_iter().collect::<Vec<_>>(), expected, "the keys with domain codes");
    // Answers outside the codes: they match no programme on purpose.
    let allowed = [
        ("country", "other"),
        ("goals", "not_sure"),
        ("other_languages", "other"),
        ("status_category", "not_sure"),
        ("status_category", "prefer_not"),
    ];
    assert_eq!(escapes.into_iter().collect::<Vec<_>>(), allowed, "option values that are no domain code");
}

#[test]
fn each_country_branch_leads_to_exactly_that_countrys_regions() {
    use sifor::domain::codes::{COUNTRIES, regions};
    let (flows, _) = content();
    let mut routed = Vec::new();
    for f in flows.flows() {
        for s in &f.steps {
            let StepKind::Branch { rules } = &s.kind else { continue };
            for r in rules.iter().filter(|r| r.key == "country") {
                let target = &f.steps[r.next];
                assert_eq!(target.key, "region", "{}: country {} leads to {}", f.id, r.is, target.id);
                let values: Vec<&str> = target.kind.options().iter().map(|o| o.value.as_str()).collect();
                assert_eq!(values, regions(&r.is), "{}:{} for {}", f.id, target.id, r.is);
                routed.push(r.is.as_str());
            }
        }
    }
    routed.sort_unstable();
    let mut countries = COUNTRIES.to_vec();
    countries.sort_unstable();
    assert_eq!(routed, countries, "every country gets its region question");
}

#[test]
fn every_goal_country_region_status_stage_and_sector_is_offered_by_some_flow() {
    use sifor::domain::codes::{COUNTRIES, GOALS, SECTORS, STAGES, STATUSES, regions};
    let (flows, _) = content();
    let offered = |key: &str, code: &str| {
        flows.flows().iter().flat_map(|f| f.questions()).any(|q| {
            (q.key == key || q.key.ends_with(&format!("_{key}"))) && q.kind.options().iter().any(|o| o.value == code)
        })
    };
    let mut missing = Vec::new();
    let regions_all: Vec<&str> = COUNTRIES.iter().flat_map(|c| regions(c).iter().copied()).collect();
    for (key, codes) in [
        ("goals", GOALS),
        ("country", COUNTRIES),
        ("region", regions_all.as_slice()),
        ("status_category", STATUSES),
        ("stage", STAGES),
        ("sector", SECTORS),
    ] {
        assert!(!codes.is_empty(), "{key}");
        missing.extend(codes.iter().filter(|c| !offered(key, c)).map(|c| format!("{key}={c}")));
    }
    assert!(missing.is_empty(), "codes no flow offers: {missing:?}");
}
