//! The flow compiler reports every problem of a broken file at once, with file and step.

use sifor::flow::{AnyMessage, MessageCatalog, compile_source};

const BROKEN: &str = r#"
id = "broken"
title = "t"

[[step]]
id = "first"
kind = "choice"
message = "m-first"
next = "dup"
options = [{ value = "a", message = "o-a" }, { value = "a", message = "o-b" }]

[[step]]
id = "dup"
kind = "info"
message = "m-dup"
next = "route"

[[step]]
id = "dup"
kind = "info"
message = "m-dup"
next = "route"

[[step]]
id = "route"
kind = "branch"
next = "name"
rules = [
  { key = "colour", is = "red", next = "name" },
  { key = "first", is = "z", next = "name" },
  { key = "first", is = "a", next = "loop_a" },
]

[[step]]
id = "name"
kind = "text"
message = "m-name"
pattern = "([a-z"
next = "end"

[[step]]
id = "lonely"
kind = "info"
message = "m-lonely"
next = "nowhere"

[[step]]
id = "loop_a"
kind = "info"
message = "m-loop"
next = "loop_b"

[[step]]
id = "loop_b"
kind = "info"
message = "m-loop"
next = "loop_a"

[[step]]
id = "end"
kind = "end"
message = "m-end"
service = "store_idea"
"#;

struct OnlyEnglishHas(&'static [&'static str]);

impl MessageCatalog for OnlyEnglishHas {
    fn missing_in(&self, id: &str) -> Vec<String> {
        if self.0.contains(&id) { vec!["ar".into(), "de".into()] } else { Vec::new() }
    }
}

#[test]
fn an_end_step_must_name_a_known_service() {
    let flow = |service: &str| {
        format!("id = \"x\"\ntitle = \"t\"\n[[step]]\nid = \"done\"\nkind = \"end\"\nmessage = \"m\"\n{service}")
    };
    let errors = compile_source("flows/x.toml", &flow("service = \"stor_idea\""), &AnyMessage).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "flows/x.toml: step `done`: unknown service `stor_idea` (known: general_info, under_16, save_profile, show_matches, store_idea, announce, fix_announcement, move_event, message_event, reply_idea, note_idea, answer_idea, story, story_name)"
        ]
    );
    let errors = compile_source("flows/x.toml", &flow(""), &AnyMessage).unwrap_err();
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["flows/x.toml: step `done`: an `end` step needs a `service`"]
    );
    let ok = compile_source("flows/x.toml", &flow("service = \"store_idea\""), &AnyMessage).unwrap();
    assert!(ok.hands_over_to(sifor::flow::Service::StoreIdea));
}

#[test]
fn every_problem_is_listed_at_once() {
    let errors = compile_source("flows/broken.toml", BROKEN, &OnlyEnglishHas(&["m-name"])).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let expect = [
        "flows/broken.toml: step `dup`: duplicate step id",
        "flows/broken.toml: step `first`: option value `a` appears twice",
        "flows/broken.toml: step `name`: invalid regex `([a-z`",
        "flows/broken.toml: step `lonely`: unknown next step `nowhere`",
        "flows/broken.toml: step `dup`: unreachable: no step leads here",
        "flows/broken.toml: step `lonely`: unreachable: no step leads here",
        "flows/broken.toml: step `loop_a`: cannot reach an `end` step",
        "flows/broken.toml: step `loop_b`: cannot reach an `end` step",
        "flows/broken.toml: step `loop_b`: leads back to `loop_a`, which makes a loop",
        "flows/broken.toml: step `route`: branches on `colour`, which no earlier step asks",
        "flows/broken.toml: step `route`: branches on `first` = `z`, but no earlier step offers that answer",
        "flows/broken.toml: step `name`: message `m-name` is missing in locale(s): ar, de",
    ];
    for e in expect {
        assert!(text.iter().any(|t| t.starts_with(e)), "missing problem: {e}\nall problems:\n{}", text.join("\n"));
    }
    assert_eq!(text.len(), expect.len(), "unexpected extra problems:\n{}", text.join("\n"));
}

#[test]
fn kind_specific_fields_are_checked() {
    let src = r#"
id = "k"
title = "t"

[[step]]
id = "n"
kind = "number"
message = "m"
min = 5
max = 1
next = "i"

[[step]]
id = "i"
kind = "info"
message = "m"
skip = true
options = [{ value = "x", message = "y" }]
next = "e"

[[step]]
id = "e"
kind = "end"
message = "m"
next = "n"
"#;
    let text: Vec<String> =
        compile_source("k.toml", src, &AnyMessage).unwrap_err().iter().map(ToString::to_string).collect();
    for e in [
        "k.toml: step `n`: min 5 is larger than max 1",
        "k.toml: step `i`: `skip` only applies to questions",
        "k.toml: step `i`: `options` only apply to choice and multi steps",
        "k.toml: step `e`: an `end` step has no `next`",
        "k.toml: step `e`: an `end` step needs a `service`",
    ] {
        assert!(text.contains(&e.to_string()), "missing {e} in {text:#?}");
    }
}

#[test]
fn a_file_that_is_not_toml_names_the_line() {
    let errors = compile_source("bad.toml", "id = \"x\"\n[[step]\n", &AnyMessage).unwrap_err();
    assert_eq!(errors.len(), 1);
    let text = errors[0].to_string();
    assert!(text.starts_with("bad.toml: not a valid flow file"), "{text}");
    assert!(text.contains("line 2"), "{text}");
}

#[test]
fn unknown_fields_are_rejected() {
    let src = "id = \"x\"\ntitle = \"t\"\n[[step]]\nid = \"a\"\nkind = \"end\"\nmessage = \"m\"\nservice = \"s\"\nnxt = \"b\"\n";
    let text = compile_source("x.toml", src, &AnyMessage).unwrap_err()[0].to_string();
    assert!(text.contains("nxt"), "{text}");
}

#[test]
fn sifor_check_lists_all_problems_of_a_broken_flow_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.toml"), BROKEN).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["check", "--flows"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success());
    for e in [
        "duplicate step id",
        "unknown next step `nowhere`",
        "invalid regex",
        "unreachable",
        "makes a loop",
        "no earlier step asks",
        "cannot reach an `end`",
    ] {
        assert!(stdout.contains(e), "`{e}` not reported:\n{stdout}");
    }
    assert!(stdout.contains("message `m-name` is missing in locale(s): ar, fa-AF, fa, ps"), "{stdout}");
}

#[test]
fn sifor_check_passes_on_the_shipped_content() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor")).arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("13 flows,"), "{stdout}");
    assert!(stdout.contains("14 locales"), "{stdout}");
    assert!(stdout.trim_end().ends_with("ok"), "{stdout}");
}

#[test]
fn sifor_check_lists_locale_problems_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    crate::support::copy_dir(&crate::support::root().join("locales"), &locales);
    let edit = |path: &str, f: &dyn Fn(String) -> String| {
        let p = locales.join(path);
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, f(text)).unwrap();
    };
    // A syntax error on line 3 of the Arabic answers file.
    edit("ar/answers.ftl", &|t| {
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        lines.insert(2, "this line is { not fluent".into());
        lines.join("\n") + "\n"
    });
    edit("de/jobs.ftl", &|t| {
        t.lines().filter(|l| !l.starts_with("q-education =")).collect::<Vec<_>>().join("\n") + "\n"
    });
    edit("fr/ui.ftl", &|t| t + "extra-message = Bonjour\n");
    edit("uk/ui.ftl", &|t| t.replace("{ $total }", "{ $all }"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["check", "--locales"])
        .arg(&locales)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success());
    let ar = locales.join("ar/answers.ftl").display().to_string();
    for expected in [
        format!("{ar}:3: "),
        "locale de: message `q-education` is missing (en has it in jobs.ftl)".to_string(),
        "locale fr: message `extra-message` is not in en".to_string(),
        "locale uk: message `progress` uses variables {$all, $n}, en uses {$n, $total}".to_string(),
        "step `education`: message `q-education` is missing in locale(s): de".to_string(),
    ] {
        assert!(stdout.contains(&expected), "`{expected}` not reported:\n{stdout}");
    }
}
