//! Matching rules, table-driven: each hard filter, each advisory note, the ranking order,
//! women-only, "online" and the country-wide "any", and determinism.

use sifor::domain::{Filter, Profile, Programme, Reason, rank};
use std::collections::BTreeMap;

/// Answers to add to the base profile.
type Answers<'a> = &'a [(&'a str, &'a str)];

/// A programme from a few fields; everything else has plain defaults.
pub fn programme(id: &str, fields: &[(&str, &str)]) -> Programme {
    let mut f: BTreeMap<String, String> = [
        ("id", id),
        ("owner", "Org"),
        ("country", "DE"),
        ("regions", "berlin"),
        ("goals", "job"),
        ("title:en", "Title"),
        ("summary:en", "Summary."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (k, v) in fields {
        f.insert(k.to_string(), v.to_string());
    }
    Programme::from_fields(&f).unwrap_or_else(|e| panic!("{id}: {e:?}"))
}

fn profile(answers: &[(&str, &str)]) -> Profile {
    profile_in("en", answers)
}

fn profile_in(locale: &str, answers: &[(&str, &str)]) -> Profile {
    let mut a: BTreeMap<String, String> =
        [("country", "DE"), ("region", "berlin"), ("goals", "job"), ("age_band", "25_35")]
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
    for (k, v) in answers {
        a.insert(k.to_string(), v.to_string());
    }
    Profile::from_answers(&a, locale)
}

fn ids(p: &Profile, catalogue: &[Programme]) -> Vec<String> {
    rank(p, catalogue, 100).matches.iter().map(|m| m.programme.id.clone()).collect()
}

#[test]
fn region_filters_with_country_wide_and_online_offers() {
    let catalogue = vec![
        programme("berlin", &[]),
        programme("germany", &[("regions", "any")]),
        programme("elsewhere-de", &[("regions", "other_de")]),
        programme("vienna", &[("country", "AT"), ("regions", "vienna")]),
        programme("austria", &[("country", "AT"), ("regions", "any")]),
        programme("online", &[("country", "AT"), ("regions", "online")]),
    ];
    let cases: &[(Answers, &[&str])] = &[
        (&[], &["berlin", "germany", "online"]),
        (&[("region", "other_de")], &["elsewhere-de", "germany", "online"]),
        (&[("country", "AT"), ("region", "vienna")], &["austria", "online", "vienna"]),
        (&[("country", "other"), ("region", "")], &["online"]),
    ];
    for (answers, expected) in cases {
        let mut got = ids(&profile(answers), &catalogue);
        got.sort();
        assert_eq!(got, *expected, "{answers:?}");
    }
    let outcome = rank(&profile(&[]), &catalogue, 10);
    assert_eq!(outcome.excluded, [3, 0, 0, 0]);
    assert_eq!(outcome.top_filter(), Some(Filter::Region));
}

#[test]
fn goals_must_overlap_unless_the_user_is_not_sure() {
    let catalogue = vec![
        programme("jobs", &[]),
        programme("course", &[("goals", "language")]),
        programme("both", &[("goals", "job;language")]),
    ];
    assert_eq!(ids(&profile(&[("goals", "language")]), &catalogue), ["both", "course"]);
    assert_eq!(ids(&profile(&[("goals", "not_sure")]), &catalogue).len(), 3);
    assert_eq!(ids(&profile(&[("goals", "language,not_sure")]), &catalogue).len(), 3);
    assert_eq!(rank(&profile(&[("goals", "recognition")]), &catalogue, 5).top_filter(), Some(Filter::Goal));
}

#[test]
fn age_bands_must_overlap_the_programmes_ages() {
    let catalogue = vec![programme("arrivo", &[("age_min", "18"), ("age_max", "35")]), programme("open", &[])];
    let cases = [
        ("16_17", vec!["open"]),
        ("18_24", vec!["arrivo", "open"]),
        ("25_35", vec!["arrivo", "open"]),
        ("36_49", vec!["open"]),
    ];
    for (band, expected) in cases {
        let mut got = ids(&profile(&[("age_band", band)]), &catalogue);
        got.sort();
        assert_eq!(got, expected, "{band}");
    }
    // A user who skipped the age question is not filtered.
    let mut answers: BTreeMap<String, String> = [("country", "DE"), ("region", "berlin"), ("goals", "job")]
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    answers.insert("age_band".into(), String::new());
    assert_eq!(rank(&Profile::from_answers(&answers, "en"), &catalogue, 5).total, 2);
}

#[test]
fn women_only_programmes_only_for_those_who_asked() {
    let catalogue = vec![programme("isi", &[("women_only", "yes")]), programme("open", &[])];
    assert_eq!(ids(&profile(&[]), &catalogue), ["open"]);
    assert_eq!(ids(&profile(&[("women_only", "no")]), &catalogue), ["open"]);
    let mut both = ids(&profile(&[("women_only", "yes")]), &catalogue);
    both.sort();
    assert_eq!(both, ["isi", "open"]);
    assert_eq!(rank(&profile(&[]), &catalogue, 5).top_filter(), Some(Filter::WomenOnly));
}

#[test]
fn status_and_work_permit_never_exclude_they_add_notes() {
    let catalogue =
        vec![programme("internship", &[("status", "refugee;subsidiary_protection"), ("needs_work_permit", "yes")])];
    let cases: &[(Answers, &[Reason])] = &[
        (
            &[("status_category", "asylum_seeker"), ("allowed_to_work", "no")],
            &[Reason::CheckStatus, Reason::CheckWorkPermit],
        ),
        (
            &[("status_category", "prefer_not"), ("allowed_to_work", "not_sure")],
            &[Reason::CheckStatus, Reason::CheckWorkPermit],
        ),
        (&[("status_category", "refugee"), ("allowed_to_work", "yes")], &[]),
    ];
    for (answers, notes) in cases {
        let outcome = rank(&profile(answers), &catalogue, 5);
        assert_eq!(outcome.matches.len(), 1, "never excluded: {answers:?}");
        let got: Vec<Reason> = outcome.matches[0].reasons.iter().filter(|r| r.is_note()).cloned().collect();
        assert_eq!(got, *notes, "{answers:?}");
    }
}

#[test]
fn reasons_say_why_a_programme_fits() {
    let catalogue = vec![programme(
        "iq",
        &[
            ("goals", "job;recognition"),
            ("languages", "de;ar"),
            ("cost", "free"),
            ("requires_foreign_qualification", "yes"),
            ("childcare", "unknown"),
        ],
    )];
    let p = profile_in("ar", &[("goals", "job,recognition"), ("foreign_qualification", "yes"), ("childcare", "yes")]);
    let reasons = &rank(&p, &catalogue, 5).matches[0].reasons;
    assert_eq!(
        *reasons,
        [
            Reason::InRegion("berlin".into()),
            Reason::Goal("job"),
            Reason::Goal("recognition"),
            Reason::InLanguage("ar"),
            Reason::AskChildcare,
            Reason::ForQualification,
            Reason::Free,
        ]
    );
    let without = rank(&profile(&[]), &catalogue, 5);
    assert!(without.matches[0].reasons.contains(&Reason::CheckQualification));
}

#[test]
fn ranking_prefers_the_users_language_childcare_finance_and_stage() {
    let catalogue = vec![
        programme("a-plain", &[("goals", "own_business")]),
        programme("b-arabic", &[("goals", "own_business"), ("languages", "ar")]),
        programme("c-childcare", &[("goals", "own_business"), ("childcare", "yes")]),
        programme(
            "d-loan",
            &[("goals", "own_business"), ("needs_finance", "yes"), ("business_stages", "plan;registered")],
        ),
        programme("e-other-stage", &[("goals", "own_business"), ("business_stages", "registered")]),
    ];
    let p = profile_in(
        "ar",
        &[("goals", "own_business"), ("childcare", "yes"), ("needs_finance", "yes"), ("business_stage", "plan")],
    );
    assert_eq!(ids(&p, &catalogue), ["d-loan", "b-arabic", "c-childcare", "a-plain", "e-other-stage"]);
    let e = rank(&p, &catalogue, 5).matches.into_iter().find(|m| m.programme.id == "e-other-stage").unwrap();
    assert!(e.reasons.contains(&Reason::CheckStage), "another stage is a note, not an exclusion");
}

#[test]
fn ties_are_broken_by_id_so_the_order_never_changes() {
    let catalogue: Vec<Programme> = ["zeta", "alpha", "mid", "beta"].iter().map(|id| programme(id, &[])).collect();
    let first = ids(&profile(&[]), &catalogue);
    assert_eq!(first, ["alpha", "beta", "mid", "zeta"]);
    let mut reversed = catalogue.clone();
    reversed.reverse();
    assert_eq!(ids(&profile(&[]), &reversed), first);
    let top2: Vec<String> = rank(&profile(&[]), &catalogue, 2).matches.iter().map(|m| m.programme.id.clone()).collect();
    assert_eq!(top2, ["alpha", "beta"], "a limit returns the same first entries");
    assert_eq!(rank(&profile(&[]), &catalogue, 2).total, 4);
}

/// Score and reasons of a plain programme (country-wide, for the user's goal) and of the same
/// programme with `fields` added, for a profile with `answers`.
fn plain_and_with(answers: Answers, fields: Answers) -> [(i32, Vec<Reason>); 2] {
    let plain = [("regions", "any")];
    let with: Vec<(&str, &str)> = plain.iter().chain(fields.iter()).copied().collect();
    let catalogue = vec![programme("plain", &plain), programme("with", &with)];
    let outcome = rank(&profile(answers), &catalogue, 5);
    ["plain", "with"].map(|id| {
        let m = outcome.matches.iter().find(|m| m.programme.id == id);
        let m = m.unwrap_or_else(|| panic!("{id} passes the filters: {fields:?}"));
        (m.score, m.reasons.clone())
    })
}

#[test]
fn every_rule_that_raises_the_score_shows_its_reason() {
    let cases: &[(Answers, Answers, i32, Reason)] = &[
        (&[], &[("regions", "berlin")], 1, Reason::InRegion("berlin".into())),
        (&[("goals", "job,training")], &[("goals", "job;training")], 2, Reason::Goal("training")),
        (&[], &[("languages", "en")], 3, Reason::InLanguage("en")),
        (&[("other_languages", "ar")], &[("languages", "ar")], 1, Reason::InLanguage("ar")),
        (&[("childcare", "yes")], &[("childcare", "yes")], 2, Reason::Childcare),
        (&[("sector", "crafts")], &[("sectors", "crafts;it")], 1, Reason::Sector),
        (&[("business_stage", "plan")], &[("business_stages", "plan")], 2, Reason::Stage),
        (&[("needs_finance", "yes")], &[("needs_finance", "yes")], 2, Reason::Finance),
        (
            &[("foreign_qualification", "yes")],
            &[("requires_foreign_qualification", "yes")],
            2,
            Reason::ForQualification,
        ),
        (
            &[("foreign_qualification", "yes"), ("goals", "not_sure")],
            &[("goals", "job;recognition")],
            2,
            Reason::ForQualification,
        ),
    ];
    for (answers, fields, raise, reason) in cases {
        let [(plain, plain_reasons), (with, reasons)] = plain_and_with(answers, fields);
        assert_eq!(with - plain, *raise, "{fields:?} for {answers:?}");
        assert!(reasons.contains(reason), "{fields:?} for {answers:?}: {reason:?} missing from {reasons:?}");
        assert!(!plain_reasons.contains(reason), "{reason:?} comes from {fields:?}: {plain_reasons:?}");
        assert!(!reason.is_note(), "{reason:?}");
    }
}

#[test]
fn notes_and_silent_rules_never_raise_the_score() {
    let cases: &[(Answers, Answers, i32, Option<Reason>)] = &[
        (&[("status_category", "asylum_seeker")], &[("status", "refugee")], -1, Some(Reason::CheckStatus)),
        (&[("allowed_to_work", "no")], &[("needs_work_permit", "yes")], -1, Some(Reason::CheckWorkPermit)),
        (&[], &[("requires_foreign_qualification", "yes")], -2, Some(Reason::CheckQualification)),
        (&[("business_stage", "idea")], &[("business_stages", "plan")], -1, Some(Reason::CheckStage)),
        (&[], &[("cost", "free")], 0, Some(Reason::Free)),
        // Silent: a stage the user never named, and no childcare for someone who needs it.
        (&[], &[("business_stages", "plan")], -1, None),
        (&[("childcare", "yes")], &[("childcare", "no")], -1, None),
    ];
    for (answers, fields, change, reason) in cases {
        let [(plain, plain_reasons), (with, reasons)] = plain_and_with(answers, fields);
        assert_eq!(with - plain, *change, "{fields:?} for {answers:?}");
        match reason {
            Some(reason) => {
                assert!(reasons.contains(reason), "{fields:?} for {answers:?}: {reason:?} missing from {reasons:?}");
                assert!(!plain_reasons.contains(reason), "{reason:?} comes from {fields:?}: {plain_reasons:?}");
            }
            None => assert!(
                reasons.iter().all(|r| plain_reasons.contains(r)),
                "{fields:?} for {answers:?} says nothing new: {reasons:?} vs {plain_reasons:?}"
            ),
        }
    }
    // Childcare the provider did not state is a question, and changes nothing.
    let [(plain, reasons), _] = plain_and_with(&[("childcare", "yes")], &[]);
    let [(no_childcare_plain, _), _] = plain_and_with(&[], &[]);
    assert_eq!((plain, reasons.last()), (no_childcare_plain, Some(&Reason::AskChildcare)));
}
