//! Transcript tests: answers piped into `sifor chat`, assertions on what the user reads.

use crate::support::content;
use sifor::flow::Arg;
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `sifor chat` on a fresh database with the given arguments and input lines; returns the
/// transcript.
fn chat(args: &[&str], lines: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    chat_on(&["--db", dir.path().join("chat.db").to_str().unwrap()], args, lines, &[])
}

/// Runs `sifor chat` with database arguments, other arguments, input lines and environment.
fn chat_on(db: &[&str], args: &[&str], lines: &[&str], env: &[(&str, &str)]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sifor"))
        .arg("chat")
        .args(db)
        .args(args)
        .env_remove("DATABASE_URL")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sifor runs");
    let mut input = lines.join("\n");
    input.push('\n');
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "exit {:?}\n{}\n{stdout}", out.status, String::from_utf8_lossy(&out.stderr));
    stdout
}

const ONBOARDING: &[&str] = &["4", "1", "1", "1", "1", "1", "1 3"];
const JOBS: &[&str] = &["1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2", "2", "1"];
const BUSINESS: &[&str] = &["2", "1", "4", "3", "1", "1", "2", "2", "2", "1"];
const IDEAS: &[&str] =
    &["3", "1", "Courses are too far away", "A course in the reception centre", "1 2", "1", "2", "1"];

fn all_flows() -> Vec<&'static str> {
    [ONBOARDING, JOBS, BUSINESS, IDEAS].concat()
}

#[test]
fn every_locale_completes_jobs_self_employment_and_ideas_in_its_own_script() {
    let (_, locales) = content();
    // A message as it appears inside a composed view: RTL runs isolated, no leading mark.
    let t = |tag: &str, id: &str| {
        let raw = locales.raw(tag, id, &[]).unwrap();
        if locales.is_rtl(tag) { sifor::i18n::rtl::isolate_ltr_runs(&raw) } else { raw }
    };
    for lang in locales.languages() {
        let tag = lang.tag.as_str();
        let out = chat(&["--lang", tag], &all_flows());
        for id in [
            "jobs-done",
            "business-done",
            "idea-done",
            "summary-title",
            "q-education",
            "q-business-stage",
            "q-idea-topic",
            "chat-bye",
        ] {
            assert!(out.contains(&t(tag, id)), "{tag}: `{id}` not shown:\n{out}");
        }
        let university = locales.text(
            tag,
            "echo-answer",
            &[("answer", Arg::Str(locales.raw(tag, "opt-edu-university", &[]).unwrap().into()))],
        );
        let university = university.trim_start_matches('\u{200F}');
        assert!(out.contains(university), "{tag}: the echo of the education answer is missing:\n{out}");
        // No catalogue loaded: both matching flows say so honestly and point to counselling.
        assert_eq!(out.matches(&t(tag, "no-match-recorded")).count(), 2, "{tag}");
        if tag != "en" {
            assert!(!out.contains("What is your highest education?"), "{tag}: English left");
        }
        let script = |range: std::ops::RangeInclusive<char>| out.chars().filter(|c| range.contains(c)).count();
        match tag {
            "ar" | "fa" | "fa-AF" | "ps" | "ckb" => {
                assert!(script('\u{0600}'..='\u{06FF}') > 1000, "{tag} not in Arabic script")
            }
            "uk" | "ru" => assert!(script('\u{0400}'..='\u{04FF}') > 1000, "{tag} not in Cyrillic"),
            _ => {}
        }
        if lang.rtl {
            for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with("> ") && !l.starts_with("  ")) {
                let first = line.chars().next().unwrap();
                assert!(first == '\u{200F}' || sifor::i18n::rtl::is_rtl_letter(first), "{tag}: `{line}`");
            }
        }
    }
}

#[test]
fn english_transcript_shows_progress_echoes_and_the_summary() {
    let out = chat(&["--lang", "en"], &[ONBOARDING, JOBS].concat());
    assert!(out.starts_with("sifor helps you find programmes"), "{out}");
    assert!(out.contains("Question 1 of 7 · How old are you?"), "{out}");
    assert!(out.contains("Question 6 of 7 · 📍 Which region?"), "{out}");
    assert!(out.contains("✓ 💼 A job, 🗣️ A language course"), "{out}");
    assert!(out.contains("Thank you! Now some questions about work and training."), "{out}");
    assert!(out.contains("Question 1 of 12 · Are you allowed to work right now?"), "{out}");
    assert!(out.contains("  /skip ⏭️ Skip · /why 🔒 Why do we ask?"), "{out}");
    assert!(out.contains("🗣️ How well do you speak German?"), "the country reaches the question:\n{out}");
    let summary = out.split("Here is what you told us:").nth(1).expect("a summary");
    for line in [
        "Allowed to work: Yes",
        "Status: Recognised refugee",
        "🗣️ Other languages: Arabic, English",
        "🎓 Education: University",
        "📄 Papers: Some",
        "💼 Areas: Crafts, Computers and IT",
        "Only for women: No",
    ] {
        assert!(summary.contains(line), "summary misses `{line}`:\n{summary}");
    }
    assert!(summary.contains("  1. ✅ Looks good"), "{summary}");
    assert!(summary.contains(". ✏️ Change: 🎓 Education"), "{summary}");
    assert!(out.contains("🏠 What would you like to do?\n  1. 💼 Work and training\n  2. 🏪 My own business\n  3. 💡 An idea for better support\n  4. 🌐 Language"), "{out}");
}

#[test]
fn back_help_and_bad_answers_in_the_terminal() {
    let out = chat(&["--lang", "en"], &["9", "abc", "/help", "4", "/back", "5", "/frobnicate", "/why"]);
    assert!(out.contains("Please tap one of the buttons."), "{out}");
    assert!(out.contains("You can answer with the buttons. These commands work too:"), "{out}");
    assert!(out.contains("\n/back – Previous question\n"), "/help lists the commands from the table:\n{out}");
    assert!(out.contains("\n/skip – Skip this question\n"), "{out}");
    assert!(out.contains("  4. ✓ 18–24"), "Back shows the question with the answer marked:\n{out}");
    assert!(out.contains("✓ 25–35"), "{out}");
    assert!(out.contains("I do not know this command."), "{out}");
    assert!(out.contains("We keep only your answers to these questions"), "{out}");
    let third = chat(&["--lang", "en"], &["x", "y", "z"]);
    assert!(third.contains("It seems this is not working."), "{third}");
}

#[test]
fn changing_an_answer_from_the_summary_keeps_the_rest() {
    // Ideas flow with consent asked inside it, then the topic changed from the summary.
    let lines = [
        "4",
        "2",
        "/menu",
        "3",
        "1",
        "2",
        "A problem here",
        "An idea for all of us",
        "1",
        "8",
        "1",
        "2",
        "3",
        "3",
        "1",
    ];
    let out = chat(&["--lang", "en"], &lines);
    let summaries: Vec<&str> = out.split("Here is what you told us:").skip(1).collect();
    assert_eq!(summaries.len(), 2, "{out}");
    assert!(summaries[0].contains("💡 Topic: 🎓 Training"), "{}", summaries[0]);
    assert!(summaries[1].contains("💡 Topic: 🗣️ Language courses"), "{}", summaries[1]);
    assert!(summaries[1].contains("💡 Idea: An idea for all of us"), "{}", summaries[1]);
    assert!(out.contains("Thank you for your idea!"), "{out}");
}

#[test]
fn without_a_language_the_list_comes_first_in_each_languages_own_name() {
    let out = chat(&[], &["1", "4"]);
    assert!(
        out.contains("🌐 Which language do you want?\n  1. العربية\n  2. دری\n  3. فارسی\n  4. پښتو\n  5. Українська"),
        "{out}"
    );
    let (_, locales) = content();
    assert!(out.contains(&locales.raw("ar", "onb-age", &[]).unwrap()), "Arabic follows the choice:\n{out}");
}

#[test]
fn the_language_changes_mid_flow_and_the_answers_stay() {
    let out = chat(&["--lang", "en"], &["4", "1", "/language", "1", "1"]);
    let (_, locales) = content();
    assert!(out.contains(&locales.text("ar", "language-changed", &[])), "{out}");
    let question = locales.raw("ar", "onb-consent-announcements", &[]).unwrap();
    assert!(out.contains(question.lines().next().unwrap()), "{out}");
    let echo =
        locales.text("ar", "echo-answer", &[("answer", Arg::Str(locales.raw("ar", "opt-yes", &[]).unwrap().into()))]);
    assert!(out.contains(&echo), "{out}");
}

#[test]
fn an_unknown_language_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let out = Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["chat", "--lang", "xx", "--db"])
        .arg(&db)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("unknown language `xx`; known: ar, fa-AF"));
    assert!(!db.exists(), "nothing is created for a refused start");
}

/// Quits half-way through the jobs questions, starts again on the same database, finishes.
fn resume_on(db: &[&str], env: &[(&str, &str)]) {
    let first = chat_on(db, &["--lang", "en"], &[ONBOARDING, &JOBS[..4]].concat(), env);
    assert!(first.contains("Question 5 of 12 · 🎓 What is your highest education?"), "{first}");
    let second = chat_on(db, &["--lang", "en"], &JOBS[4..], env);
    assert!(second.starts_with("Question 5 of 12 · 🎓 What is your highest education?"), "{second}");
    let summary = second.split("Here is what you told us:").nth(1).expect("a summary");
    assert!(summary.contains("Allowed to work: Yes") && summary.contains("🎓 Education: University"), "{summary}");
    assert!(second.contains("Thank you! We are looking for programmes that fit you."), "{second}");
}

#[test]
fn chat_resumes_a_half_finished_flow_after_a_restart_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("resume.db");
    resume_on(&["--db", db.to_str().unwrap()], &[]);
}

#[test]
fn chat_resumes_a_half_finished_flow_after_a_restart_on_postgres() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let db = rt.block_on(async {
        match std::env::var("TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => Some(crate::db::postgres(&url).await),
            _ => None,
        }
    });
    let Some(db) = db else { return crate::db::skipped_notice() };
    resume_on(&[], &[("DATABASE_URL", &db.url)]);
    rt.block_on(db.finish());
}

#[test]
fn migrate_and_purge_run_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ops.db");
    let run = |cmd: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_sifor"))
            .args([cmd, "--db"])
            .arg(&db)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        assert!(out.status.success(), "{cmd}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(run("migrate").trim(), "migrations applied");
    assert!(db.exists());
    assert_eq!(run("purge").trim(), "purged 0 idle sessions, 0 idle profiles and 0 users without consent");
}

/// The Arabic (or English) title of the sample programme with this English title.
fn sample_title(en_title: &str, tag: &str) -> String {
    let programmes = sifor::services::partner::catalogue::parse_file(
        &crate::support::root().join("catalogue/programmes.sample.csv"),
        &Default::default(),
    )
    .unwrap();
    let p = programmes.iter().find(|p| p.text("en").0 == en_title).expect("a sample programme with that title");
    p.text(tag).0.to_string()
}

#[test]
fn the_demo_ends_the_jobs_questions_with_matches_and_reasons_in_english() {
    let out = chat(&["--demo", "--lang", "en"], &[ONBOARDING, JOBS].concat());
    let matches =
        out.split("Thank you! We are looking for programmes that fit you.").nth(1).expect("the jobs flow finished");
    assert!(matches.contains("programmes fit you:"), "{matches}");
    let first = matches.lines().find(|l| l.starts_with("1. ")).expect("a first card");
    assert!(first.ends_with(')'), "title and provider: {first}");
    assert!(matches.contains("✓ in Berlin"), "{matches}");
    assert!(matches.contains("⚠️ Example data, not checked yet."), "{matches}");
    assert!(matches.contains("🌐 Website https://"), "{matches}");
    assert!(matches.contains("➡️ More programmes") || matches.contains("Shown: "), "{matches}");
}

#[test]
fn the_demo_shows_matches_with_reasons_in_arabic() {
    let (_, locales) = content();
    let out = chat(&["--demo", "--lang", "ar"], &[ONBOARDING, JOBS].concat());
    let done = locales.raw("ar", "jobs-done", &[]).unwrap();
    let matches = out.split(done.as_str()).nth(1).expect("the jobs flow finished");
    let raw = |id: &str| sifor::i18n::rtl::isolate_ltr_runs(&locales.raw("ar", id, &[]).unwrap());
    assert!(matches.contains(&raw("note-sample")), "{matches}");
    assert!(matches.contains(&raw("reason-free")), "{matches}");
    let berlin = locales
        .raw(
            "ar",
            "reason-region",
            &[("place", sifor::flow::Arg::Str(locales.raw("ar", "opt-region-berlin", &[]).unwrap().into()))],
        )
        .unwrap();
    assert!(matches.contains(&sifor::i18n::rtl::isolate_ltr_runs(&berlin)), "{berlin} in\n{matches}");
    let title = sample_title("Help to get your qualification recognised (IQ)", "ar");
    // The title is a Fluent variable: isolated as a whole, unchanged inside.
    assert!(matches.contains(&format!("\u{2068}{title}\u{2069}")), "{title} in\n{matches}");
    let arabic = matches.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
    assert!(arabic > 500, "the cards are in Arabic: {arabic}");
}
