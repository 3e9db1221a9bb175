//! Every locale has every message, RTL texts are safe to show, plurals follow CLDR, Dari falls
//! back to Persian, and no English is left in other locales.

use crate::support::content;
use sifor::flow::Arg;
use sifor::i18n::rtl::{FSI, PDI, RLM, is_rtl_letter};
use sifor::i18n::{REFERENCE, check};

fn reference_ids() -> Vec<String> {
    let (messages, problems) = check::read_locale(&crate::support::root().join("locales").join(REFERENCE));
    assert!(problems.is_empty(), "{problems:?}");
    messages.keys().filter(|k| !k.starts_with('-')).cloned().collect()
}

/// Plausible values for every variable the messages use.
fn sample_args() -> Vec<(&'static str, Arg<'static>)> {
    vec![
        ("n", Arg::Num(3)),
        ("total", Arg::Num(9)),
        ("answer", Arg::Str("Berlin".into())),
        ("count", Arg::Num(2)),
        ("item", Arg::Str("Region".into())),
        ("min", Arg::Num(5)),
        ("max", Arg::Num(500)),
        ("label", Arg::Str("X".into())),
        ("value", Arg::Str("Y".into())),
        ("country", Arg::Str("DE".into())),
        ("purpose", Arg::Str("P".into())),
        ("days", Arg::Num(90)),
        ("day", Arg::Num(3)),
        ("month", Arg::Num(12)),
        ("year", Arg::Num(2026)),
        ("time", Arg::Str("18:00".into())),
    ]
}

#[test]
fn fourteen_languages_with_their_own_names_and_no_flags() {
    let (_, locales) = content();
    let names: Vec<&str> = locales.languages().iter().map(|l| l.name.as_str()).collect();
    assert_eq!(locales.languages().len(), 14);
    for (tag, name) in
        [("ar", "العربية"), ("fa-AF", "دری"), ("fa", "فارسی"), ("ps", "پښتو"), ("uk", "Українська"), ("de", "Deutsch")]
    {
        assert_eq!(locales.language(tag).map(|l| l.name.as_str()), Some(name));
    }
    for n in &names {
        assert!(!n.chars().any(|c| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)), "{n} has a flag");
    }
    let rtl: Vec<&str> = locales.languages().iter().filter(|l| l.rtl).map(|l| l.tag.as_str()).collect();
    assert_eq!(rtl, ["ar", "fa-AF", "fa", "ps", "ckb"]);
}

#[test]
fn every_locale_has_every_message_itself_or_through_its_own_fallback() {
    let (_, locales) = content();
    let ids = reference_ids();
    assert!(ids.len() > 200, "{}", ids.len());
    for lang in locales.languages() {
        let missing: Vec<&String> = ids.iter().filter(|id| !locales.has_own(&lang.tag, id)).collect();
        assert!(missing.is_empty(), "{} misses {missing:?}", lang.tag);
    }
}

#[test]
fn every_locale_has_exactly_the_reference_ids_and_variables() {
    let root = crate::support::root().join("locales");
    let (reference, _) = check::read_locale(&root.join(REFERENCE));
    let (_, locales) = content();
    for lang in locales.languages().iter().filter(|l| l.tag != REFERENCE) {
        let (have, problems) = check::read_locale(&root.join(&lang.tag));
        assert!(problems.is_empty(), "{problems:?}");
        let diff = check::compare(&lang.tag, &have, &reference, !lang.fallback.is_empty());
        assert!(diff.is_empty(), "{diff:#?}");
    }
}

#[test]
fn rtl_messages_start_right_to_left_and_isolate_latin_runs() {
    let (_, locales) = content();
    let args = sample_args();
    for lang in locales.languages().iter().filter(|l| l.rtl) {
        for id in reference_ids() {
            let text = locales.text(&lang.tag, &id, &args);
            let first = text.chars().next().unwrap();
            assert!(first == RLM || is_rtl_letter(first), "{}/{id} starts with {first:?}: {text}", lang.tag);
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    FSI | '\u{2066}' | '\u{2067}' => depth += 1,
                    PDI => depth -= 1,
                    c if depth == 0 && c.is_ascii_alphanumeric() => {
                        panic!("{}/{id}: `{c}` outside an isolate in {text:?}", lang.tag)
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn rtl_variables_are_isolated_by_fluent() {
    let (_, locales) = content();
    let text = locales.text("ar", "progress", &[("n", Arg::Num(3)), ("total", Arg::Num(9))]);
    assert!(text.contains("\u{2068}3\u{2069}") && text.contains("\u{2068}9\u{2069}"), "{text:?}");
    let plain = locales.text("en", "progress", &[("n", Arg::Num(3)), ("total", Arg::Num(9))]);
    assert_eq!(plain, "Question 3 of 9", "LTR texts carry no invisible marks");
}

#[test]
fn plurals_follow_each_languages_cldr_categories() {
    let (_, locales) = content();
    let count = |tag: &str, n: i64| locales.text(tag, "multi-selected", &[("count", Arg::Num(n))]);
    // Arabic: one (1), two (2), few (3), many (11), other (100) all differ.
    let ar: Vec<String> = [1, 2, 3, 11, 100].iter().map(|&n| count("ar", n).replace(&n.to_string(), "#")).collect();
    for i in 0..ar.len() {
        for j in i + 1..ar.len() {
            assert_ne!(ar[i], ar[j], "Arabic forms {i} and {j} are the same");
        }
    }
    // Ukrainian and Russian: 1, 2 and 5 take three different forms; 21 is like 1.
    for tag in ["uk", "ru"] {
        let f = |n: i64| count(tag, n).replace(&n.to_string(), "#");
        assert_ne!(f(1), f(2), "{tag}");
        assert_ne!(f(2), f(5), "{tag}");
        assert_eq!(f(1), f(21), "{tag}");
    }
    // Slovenian has a dual (its forms may coincide in some cases, so the source is checked).
    let sl = std::fs::read_to_string(crate::support::root().join("locales/sl/privacy.ftl")).unwrap();
    assert!(sl.contains("[two]") && sl.contains("[few]"), "{sl}");
    assert_eq!(count("en", 1), "1 chosen. Tap ✅ Done when ready.");
    assert_eq!(count("en", 0), "Nothing chosen yet.");
}

#[test]
fn dari_overrides_persian_and_falls_back_to_it() {
    let (_, locales) = content();
    let ids = reference_ids();
    let differs = ids
        .iter()
        .filter(|id| locales.text("fa-AF", id, &sample_args()) != locales.text("fa", id, &sample_args()))
        .count();
    assert!(differs >= 50, "only {differs} Dari overrides");
    let root = crate::support::root().join("locales");
    let (own, _) = check::read_locale(&root.join("fa-AF"));
    let inherited = ids.iter().find(|id| !own.contains_key(*id)).expect("fa-AF is an overlay");
    assert_eq!(locales.text("fa-AF", inherited, &sample_args()), locales.text("fa", inherited, &sample_args()));
}

#[test]
fn no_english_is_left_in_other_locales() {
    let (_, locales) = content();
    let args = sample_args();
    // Layout-only messages look the same everywhere.
    let layout = |id: &str| {
        id.starts_with("opt-age-")
            || [
                "summary-line",
                "echo-answer",
                "match-card",
                "reason-goal",
                "ann-place",
                "ann-date",
                "btn-staff-ann-preview",
                "staff-ann-progress-title",
                "myideas-line",
                "ev-moment",
                "myideas-reply",
            ]
            .contains(&id)
    };
    for lang in locales.languages().iter().filter(|l| l.tag != REFERENCE) {
        let latin = !lang.rtl && !["uk", "ru"].contains(&lang.tag.as_str());
        let mut same = Vec::new();
        for id in reference_ids() {
            let en = locales.text(REFERENCE, &id, &args);
            let own = locales.text(&lang.tag, &id, &args);
            let words: Vec<&str> = en.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).collect();
            // In Latin-script languages a single word may be spelled as in English (Menu,
            // Region, Berlin); a whole English phrase may not.
            let allowed =
                layout(&id) || words.is_empty() || (latin && (words.len() == 1 || id.starts_with("opt-region-")));
            if own == en && !allowed {
                same.push(id);
            }
        }
        assert!(same.is_empty(), "{} still has English: {same:?}", lang.tag);
    }
}

#[test]
fn telegram_language_codes_are_negotiated_by_primary_subtag() {
    let (_, locales) = content();
    let tag = |code: &str| locales.negotiate(code).map(|l| l.tag.clone());
    assert_eq!(tag("ar").as_deref(), Some("ar"));
    assert_eq!(tag("fa-raw").as_deref(), Some("fa"));
    assert_eq!(tag("prs").as_deref(), Some("fa-AF"));
    assert_eq!(tag("kmr").as_deref(), Some("ku"));
    assert_eq!(tag("de-AT").as_deref(), Some("de"));
    assert_eq!(tag("pt-br"), None);
}

#[test]
fn every_english_message_is_used_and_every_used_message_exists() {
    let (flows, _) = content();
    let program = sifor::cli::check::program_message_ids();
    let mut used: std::collections::BTreeSet<String> = program.clone();
    used.extend(flows.flows().iter().flat_map(|f| f.message_uses().into_iter().map(|(id, _)| id.to_string())));
    used.extend(flows.statuses().message_ids());
    let en = reference_ids();
    let unused: Vec<&String> = en.iter().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "en messages no flow and not the program uses: {unused:?}");
    let missing: Vec<&String> = used.iter().filter(|id| !en.contains(id)).collect();
    assert!(missing.is_empty(), "messages used but missing in en: {missing:?}");
    // The program's own list is not empty, nor a copy of everything.
    assert!(program.contains("menu-title") && program.contains("btn-wrong-age"), "{program:?}");
    assert!(!program.contains("onb-age"), "onb-age belongs to the onboarding flow");
}

#[test]
fn sifor_check_reports_an_english_message_nobody_uses() {
    let (_, locales) = content();
    let dir = tempfile::tempdir().unwrap();
    let (flows_dir, locales_dir) = (dir.path().join("flows"), dir.path().join("locales"));
    crate::support::copy_dir(&crate::support::root().join("flows"), &flows_dir);
    crate::support::copy_dir(&crate::support::root().join("locales"), &locales_dir);
    // In en and every full locale (overlays like fa-AF may leave it out), so that only the use
    // of the id is wrong.
    for lang in locales.languages().iter().filter(|l| l.fallback.is_empty()) {
        let file = locales_dir.join(&lang.tag).join("ui.ftl");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, format!("{text}\norphan-id = Orphan\n")).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .arg("check")
        .arg("--flows")
        .arg(&flows_dir)
        .arg("--locales")
        .arg(&locales_dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success(), "{stdout}");
    let problems: Vec<&str> = stdout.lines().filter(|l| l.starts_with("locale ") || l.contains(": ")).collect();
    assert_eq!(problems, ["locale en: message `orphan-id` is used by no flow and not by the program"], "{stdout}");
    assert!(stdout.trim_end().ends_with("1 problem(s)"), "{stdout}");
}
