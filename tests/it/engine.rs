//! The engine's behaviour on a small flow: assertions on message ids and stored answers.

use crate::support::{asked, flow, ids};
use sifor::flow::{Action, Effect, Flow, Input, Session, Shown, Value, advance, start};

const FLOW: &str = r#"
id = "t"
title = "t-title"

[[step]]
id = "intro"
kind = "info"
message = "m-intro"
next = "color"

[[step]]
id = "color"
kind = "choice"
message = "m-color"
label = "l-color"
next = "route"
options = [{ value = "red", message = "o-red" }, { value = "blue", message = "o-blue" }]

[[step]]
id = "route"
kind = "branch"
next = "age"
rules = [{ key = "color", is = "red", next = "shade" }]

[[step]]
id = "shade"
kind = "choice"
message = "m-shade"
label = "l-shade"
next = "age"
options = [{ value = "light", message = "o-light" }, { value = "dark", message = "o-dark" }]

[[step]]
id = "age"
kind = "number"
message = "m-age"
label = "l-age"
min = 1
max = 120
skip = true
why = "w-age"
next = "pets"

[[step]]
id = "pets"
kind = "multi"
message = "m-pets"
label = "l-pets"
next = "note"
options = [{ value = "cat", message = "o-cat" }, { value = "dog", message = "o-dog" }, { value = "fish", message = "o-fish" }]

[[step]]
id = "note"
kind = "text"
message = "m-note"
label = "l-note"
pattern = "[a-z ]+"
min_len = 2
max_len = 20
skip = true
next = "summary"

[[step]]
id = "summary"
kind = "summary"
message = "m-summary"
next = "end"

[[step]]
id = "end"
kind = "end"
message = "m-end"
service = "store_idea"
"#;

fn press(f: &Flow, s: &Session, action: Action) -> Input<'static> {
    // The step id must outlive the input; the tests leak a few bytes for convenience.
    let step: &'static str = Box::leak(s.step.to_string().into_boxed_str());
    let flow: &'static str = Box::leak(f.id.clone().into_boxed_str());
    Input::Press { flow, step, nonce: s.nonce, action }
}

/// Walks `inputs` from the start and returns the final session and the last effects' ids.
fn run(f: &Flow, inputs: &[&str]) -> (Session, Vec<String>) {
    let mut t = start(f, None, 7);
    let mut last = ids(&t.effects);
    let mut s = t.session;
    for i in inputs {
        let input = match *i {
            "BACK" => Input::Back,
            "SKIP" => Input::Skip,
            "WHY" => Input::Why,
            "DONE" => press(f, &s, Action::Done),
            "OK" => press(f, &s, Action::Confirm),
            text if text.starts_with('#') => press(f, &s, Action::Pick(text[1..].parse().unwrap())),
            text if text.starts_with("change") => press(f, &s, Action::Change(text[6..].parse().unwrap())),
            text => Input::Text(text),
        };
        t = advance(f, &s, input);
        last = ids(&t.effects);
        s = t.session;
    }
    (s, last)
}

fn value(s: &Session, key: &str) -> Option<Value> {
    s.value(key).cloned()
}

#[test]
fn start_says_the_info_then_asks_the_first_question_with_progress() {
    let f = flow(FLOW);
    let t = start(&f, None, 1);
    assert_eq!(ids(&t.effects), ["say:m-intro", "ask:color"]);
    let q = asked(&t.effects);
    assert_eq!(q.progress, Some((1, 5)), "the longest route has five questions");
    assert!(!q.can_back);
    assert_eq!(&*t.session.step, "color");
}

#[test]
fn a_branch_routes_on_an_earlier_answer_and_progress_follows_the_route() {
    let f = flow(FLOW);
    let (s, last) = run(&f, &["#0"]);
    assert_eq!(last, ["echo:color=Options([\"o-red\"])", "ask:shade"]);
    let (s2, last2) = run(&f, &["#1"]);
    assert_eq!(last2, ["echo:color=Options([\"o-blue\"])", "ask:age"]);
    assert_eq!(value(&s, "color"), Some(Value::One("red".into())));
    let q = asked(&advance(&f, &s2, Input::Why).effects).progress;
    assert_eq!(q, Some((2, 4)), "blue skips the shade question");
}

#[test]
fn typed_numbers_pick_options_and_digits_of_any_script_count() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["٢"]);
    assert_eq!(value(&s, "color"), Some(Value::One("blue".into())));
    let (s, last) = run(&f, &["2", "۴۲"]);
    assert_eq!(value(&s, "age"), Some(Value::Number(42)));
    assert_eq!(last[1], "ask:pets");
    let (s, _) = run(&f, &["2", "४२"]);
    assert_eq!(value(&s, "age"), Some(Value::Number(42)));
    let (s, _) = run(&f, &["2", "৪২"]);
    assert_eq!(value(&s, "age"), Some(Value::Number(42)));
}

#[test]
fn invalid_answers_re_ask_with_the_hint_and_the_third_offers_help() {
    let f = flow(FLOW);
    let (s, last) = run(&f, &["2", "old"]);
    assert_eq!(last, ["say:hint-number", "ask:age"]);
    assert_eq!(s.invalid, 1);
    let (_, last) = run(&f, &["2", "500"]);
    assert_eq!(last, ["say:hint-number", "ask:age"]);
    let (s, last) = run(&f, &["2", "x", "y", "z"]);
    assert_eq!(last, ["say:stuck-help", "ask:age"]);
    assert_eq!(s.invalid, 0, "the count starts again after help was offered");
    assert_eq!(value(&s, "age"), None, "nothing invalid is stored");
    let (s, _) = run(&f, &["9", "red"]);
    assert_eq!(value(&s, "color"), None);
}

#[test]
fn the_number_hint_names_the_range() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["2"]);
    let t = advance(&f, &s, Input::Text("0"));
    match &t.effects[0] {
        Effect::Say { msg, args } => {
            assert_eq!(*msg, "hint-number");
            assert_eq!(args.len(), 2);
            assert_eq!(args[0].0, "min");
            assert_eq!(args[1].0, "max");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn skip_only_where_allowed_and_why_explains() {
    let f = flow(FLOW);
    let (s, last) = run(&f, &["2", "SKIP"]);
    assert_eq!(last, ["echo:age=Skipped", "ask:pets"]);
    assert_eq!(value(&s, "age"), Some(Value::Skipped));
    let (s, last) = run(&f, &["2", "SKIP", "SKIP"]);
    assert_eq!(last, ["say:cannot-skip", "ask:pets"]);
    assert_eq!(&*s.step, "pets");
    let (_, last) = run(&f, &["2", "WHY"]);
    assert_eq!(last, ["say:w-age", "ask:age"]);
}

#[test]
fn multi_toggles_then_done_stores_values_in_option_order() {
    let f = flow(FLOW);
    let (s, last) = run(&f, &["2", "30", "#2", "#0", "#2", "#1"]);
    assert_eq!(last, ["ask:pets"]);
    assert_eq!(s.pending, [0, 1]);
    let (s, last) = run(&f, &["2", "30", "#2", "#0", "DONE"]);
    assert_eq!(value(&s, "pets"), Some(Value::Many(vec!["cat".into(), "fish".into()])));
    assert_eq!(last[1], "ask:note");
    let (_, last) = run(&f, &["2", "30", "DONE"]);
    assert_eq!(last, ["say:hint-multi", "ask:pets"], "a required multi needs a tick");
    let (s, _) = run(&f, &["2", "30", "3, 1"]);
    assert_eq!(value(&s, "pets"), Some(Value::Many(vec!["cat".into(), "fish".into()])));
}

#[test]
fn text_answers_are_checked_for_length_and_pattern() {
    let f = flow(FLOW);
    let base = ["2", "30", "1 2"];
    let with = |extra: &str| {
        let mut v: Vec<&str> = base.to_vec();
        v.push(extra);
        run(&f, &v)
    };
    assert_eq!(with("a").1[0], "say:hint-text-short");
    assert_eq!(with("this text is far too long for it").1[0], "say:hint-text-long");
    assert_eq!(with("NOT LOWER").1[0], "say:hint-text-pattern");
    assert_eq!(with("bad\u{0}byte").1[0], "say:hint-text-pattern");
    assert_eq!(with("   ").1[0], "say:hint-text-empty");
    let (s, last) = with("  quiet dog  ");
    assert_eq!(value(&s, "note"), Some(Value::Text("quiet dog".into())));
    assert_eq!(last, ["echo:note=Text(\"quiet dog\")", "ask:summary"]);
}

#[test]
fn back_walks_the_history_and_answering_returns_to_where_the_user_was() {
    let f = flow(FLOW);
    let (s, last) = run(&f, &["1", "2", "30", "BACK", "BACK"]);
    assert_eq!(last, ["ask:shade"]);
    assert_eq!(asked(&advance(&f, &s, Input::Why).effects).selected, [1], "the current answer is marked");
    // Answering the shade again goes on to the age question, which is still answered: the
    // user lands back on the pets question they had reached.
    let t = advance(&f, &s, press(&f, &s, Action::Pick(0)));
    assert_eq!(ids(&t.effects), ["echo:shade=Options([\"o-light\"])", "ask:pets"]);
    assert_eq!(t.session.history.iter().map(|h| &**h).collect::<Vec<_>>(), ["color", "shade", "age"]);
    let (_, last) = run(&f, &["BACK"]);
    assert_eq!(last, ["say:no-back", "ask:color"]);
}

#[test]
fn changing_an_answer_on_the_summary_re_asks_only_what_depends_on_it() {
    let f = flow(FLOW);
    let inputs = ["1", "2", "30", "1", "quiet"];
    let (s, last) = run(&f, &inputs);
    assert_eq!(last[1], "ask:summary");
    let t = advance(&f, &s, Input::Why);
    let q = asked(&t.effects);
    let labels: Vec<&str> = q.summary.iter().map(|i| i.label).collect();
    assert_eq!(labels, ["l-color", "l-shade", "l-age", "l-pets", "l-note"]);
    assert_eq!(q.summary[2].shown, Shown::Number(30));

    // Change the colour to blue: the shade no longer applies, everything else is kept.
    let t = advance(&f, &s, press(&f, &s, Action::Change(0)));
    assert_eq!(ids(&t.effects), ["ask:color"]);
    let s = t.session;
    let t = advance(&f, &s, press(&f, &s, Action::Pick(1)));
    assert_eq!(ids(&t.effects), ["echo:color=Options([\"o-blue\"])", "ask:summary"]);
    let s = t.session;
    assert_eq!(value(&s, "shade"), None, "the shade answered for red is forgotten");
    let labels: Vec<&str> = asked(&t.effects).summary.iter().map(|i| i.label).collect();
    assert_eq!(labels, ["l-color", "l-age", "l-pets", "l-note"]);

    // And back to red: the shade is asked again, then the summary follows.
    let t = advance(&f, &s, press(&f, &s, Action::Change(0)));
    let s = t.session;
    let t = advance(&f, &s, press(&f, &s, Action::Pick(0)));
    assert_eq!(ids(&t.effects), ["echo:color=Options([\"o-red\"])", "ask:shade"]);
    let s = t.session;
    let t = advance(&f, &s, press(&f, &s, Action::Pick(1)));
    assert_eq!(ids(&t.effects)[1], "ask:summary");
    let s = t.session;

    let t = advance(&f, &s, press(&f, &s, Action::Confirm));
    assert_eq!(ids(&t.effects), ["say:m-end", "done:store_idea"]);
    let Effect::Completed(done) = &t.effects[1] else { unreachable!() };
    let keys: Vec<&str> = done.answers.iter().map(|(k, _)| &**k).collect();
    assert_eq!(keys, ["age", "color", "note", "pets", "shade"]);
    assert!(t.session.finished(&f));
    assert_eq!(ids(&advance(&f, &t.session, Input::Text("hi")).effects), ["idle"]);
}

#[test]
fn the_same_value_again_keeps_dependent_answers() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["1", "2", "30", "BACK", "BACK", "BACK", "1"]);
    assert_eq!(&*s.step, "pets", "red again: the shade and age answers still hold");
    assert_eq!(value(&s, "shade"), Some(Value::One("dark".into())));
}

#[test]
fn stale_and_forged_presses_change_nothing() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["1"]);
    let old_step = Input::Press { flow: "t", step: "color", nonce: s.nonce, action: Action::Pick(1) };
    let t = advance(&f, &s, old_step);
    assert_eq!(ids(&t.effects), ["say:stale-button", "ask:shade"]);
    assert_eq!(t.session.answers, s.answers);
    let wrong_nonce = Input::Press { flow: "t", step: "shade", nonce: s.nonce ^ 1, action: Action::Pick(0) };
    assert_eq!(ids(&advance(&f, &s, wrong_nonce).effects), ["say:stale-button", "ask:shade"]);
    let out_of_range = press(&f, &s, Action::Pick(9));
    assert_eq!(ids(&advance(&f, &s, out_of_range).effects), ["say:stale-button", "ask:shade"]);
    let wrong_kind = press(&f, &s, Action::Confirm);
    let t = advance(&f, &s, wrong_kind);
    assert_eq!(ids(&t.effects), ["say:stale-button", "ask:shade"]);
    assert_eq!(t.session.answers, s.answers);
}

#[test]
fn a_restart_gets_a_new_nonce_so_old_buttons_go_stale() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["1"]);
    let t = advance(&f, &s, Input::Restart);
    assert_eq!(ids(&t.effects), ["say:restart-done", "say:m-intro", "ask:color"]);
    assert_ne!(t.session.nonce, s.nonce);
    assert_eq!(value(&t.session, "color"), Some(Value::One("red".into())), "answers are kept to pre-select");
    let old = Input::Press { flow: "t", step: "color", nonce: s.nonce, action: Action::Pick(0) };
    assert_eq!(ids(&advance(&f, &t.session, old).effects), ["say:stale-button", "ask:color"]);
}

#[test]
fn a_changed_flow_restarts_when_the_step_is_gone_and_keeps_other_answers() {
    let f = flow(FLOW);
    let (mut s, _) = run(&f, &["1"]);
    s.answers.insert(
        "region".into(),
        sifor::flow::Answer { flow: "onboarding".into(), step: "region_de".into(), value: Value::One("berlin".into()) },
    );
    let changed = flow(&FLOW.replace("id = \"shade\"", "id = \"tone\"").replace("next = \"shade\"", "next = \"tone\""));
    assert_ne!(changed.hash, f.hash);
    let t = advance(&changed, &s, Input::Text("1"));
    assert_eq!(ids(&t.effects), ["say:flow-changed", "say:m-intro", "ask:color"]);
    assert_eq!(&*t.session.hash, changed.hash.as_str());
    assert_eq!(value(&t.session, "region"), Some(Value::One("berlin".into())), "other flows' answers stay");

    // A change that keeps the user's step goes on quietly under the new hash.
    let reworded = flow(&FLOW.replace("m-shade", "m-shade-2"));
    let t = advance(&reworded, &s, Input::Text("1"));
    assert_eq!(ids(&t.effects)[1], "ask:age");
    assert_eq!(&*t.session.hash, reworded.hash.as_str());
    // Keyboards made for the old version are stale now: their indices may point elsewhere.
    let old_button = Input::Press { flow: "t", step: "shade", nonce: s.nonce, action: Action::Pick(0) };
    let t = advance(&reworded, &s, old_button);
    assert_eq!(ids(&t.effects), ["say:stale-button", "ask:shade"]);
    assert_eq!(value(&t.session, "shade"), None);
}

#[test]
fn an_answer_asked_after_a_branch_on_it_is_kept() {
    // The pattern of the consent asked inside a flow: check first, ask if missing.
    let f = flow(
        r#"
id = "c"
title = "t"
uses = ["ok"]

[[step]]
id = "check"
kind = "branch"
next = "ask"
rules = [{ key = "ok", is = "yes", next = "go" }]

[[step]]
id = "ask"
key = "ok"
kind = "choice"
message = "m"
next = "go"
options = [{ value = "yes", message = "y" }, { value = "no", message = "n" }]

[[step]]
id = "go"
kind = "end"
message = "m-end"
service = "general_info"
"#,
    );
    let t = start(&f, None, 1);
    let t = advance(&f, &t.session, Input::Text("1"));
    assert_eq!(value(&t.session, "ok"), Some(Value::One("yes".into())));
    let Effect::Completed(done) = t.effects.last().unwrap() else { panic!("{:?}", ids(&t.effects)) };
    assert_eq!(done.answers, [("ok".into(), Value::One("yes".into()))]);
}

#[test]
fn ticks_stay_visible_after_a_wrong_typed_reply() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["2", "30", "#0", "#2"]);
    let t = advance(&f, &s, Input::Text("hello"));
    assert_eq!(ids(&t.effects), ["say:hint-multi", "ask:pets"]);
    assert_eq!(asked(&t.effects).selected, [0, 2], "the keyboard shows the ticks");
    assert!(!asked(&t.effects).refresh, "a new message after the hint");
    assert_eq!(t.session.pending, [0, 2]);
}

#[test]
fn unsupported_messages_get_a_hint_and_store_nothing() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["2"]);
    let t = advance(&f, &s, Input::Unsupported);
    assert_eq!(ids(&t.effects), ["say:hint-not-text", "ask:age"]);
    assert_eq!(t.session.answers, s.answers);
}

#[test]
fn sessions_round_trip_through_json() {
    let f = flow(FLOW);
    let (s, _) = run(&f, &["1", "2", "30", "#1"]);
    let json = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    let t = advance(&f, &back, press(&f, &back, Action::Done));
    assert_eq!(value(&t.session, "pets"), Some(Value::Many(vec!["dog".into()])));
}
