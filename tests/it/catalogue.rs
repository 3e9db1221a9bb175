//! The catalogue file: import with every problem listed (and nothing changed), re-import by id,
//! TOML, export round trip, the sample catalogue's coverage, and the unmet-needs report.

use crate::db::{TestDb, backends, sqlite};
use sifor::services::partner::catalogue::{self, parse_csv, parse_toml, to_csv};
use sifor::services::partner::report;
use std::collections::BTreeSet;

fn sample_path() -> std::path::PathBuf {
    crate::support::root().join("catalogue/programmes.sample.csv")
}

const HEADER: &str = "id,owner,country,regions,goals,status,needs_work_permit,age_min,age_max,women_only,languages,childcare,cost,contact_url,next_steps,sample,title:en,summary:en,title:ar,summary:ar";

#[test]
fn a_broken_file_lists_every_problem_with_row_and_column() {
    let csv = format!(
        "{HEADER}\n\
         ok-one,Org,DE,berlin,job,,no,,,no,de;ar,yes,free,https://example.org,,yes,Title,Summary.,عنوان,ملخص.\n\
         Bad Id,Org,XX,mars,flying,pirate,maybe,99x,,perhaps,klingon,sometimes,cheap,ftp://x,nowhere,yes,,Summary.,,\n\
         ok-one,Org,AT,vienna,job,,no,40,30,no,,unknown,fee,,,no,Title,Summary.,,\n"
    );
    let errors = parse_csv(&csv, &BTreeSet::new()).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for expected in [
        "row 3, column id: `Bad Id`: use 1–40 lowercase letters, digits and `-`",
        "row 3, column country: `XX`: use one of DE, AT, IT, SI",
        "row 3, column goals: `flying` is not one of job, training, language, recognition, own_business",
        "row 3, column status: `pirate` is not one of",
        "row 3, column needs_work_permit: `maybe`: use yes or no",
        "row 3, column age_min: `99x`: use a whole number",
        "row 3, column women_only: `perhaps`: use yes or no",
        "row 3, column languages: `klingon` is not one of",
        "row 3, column childcare: `sometimes`: use one of yes, no, unknown",
        "row 3, column cost: `cheap`: use one of free, fee, varies",
        "row 3, column contact_url: `ftp://x`: a web address starting with https://",
        "row 3, column title:en: a summary without a title",
        "row 4, column age_max: 30 is below age_min 40",
        "row 4, column id: `ok-one` is also used in row 2",
    ] {
        assert!(text.iter().any(|t| t.starts_with(expected)), "missing: {expected}\nall:\n{}", text.join("\n"));
    }
}

#[test]
fn the_sample_catalogue_covers_every_goal_in_every_area_and_is_marked() {
    let programmes = catalogue::parse_file(&sample_path(), &BTreeSet::new()).expect("the sample catalogue is valid");
    assert!(programmes.len() >= 30, "{}", programmes.len());
    assert!(
        programmes.iter().all(|p| p.sample && p.last_verified.is_none()),
        "every entry is flagged sample and unverified"
    );
    for (country, region) in [("DE", "berlin"), ("AT", "vienna"), ("IT", "veneto"), ("SI", "ljubljana")] {
        for goal in sifor::domain::codes::GOALS {
            let found = programmes.iter().any(|p| {
                p.goals.iter().any(|g| g == goal)
                    && (p.regions.iter().any(|r| r == "online")
                        || (p.country == country
                            && p.regions
                                .iter()
                                .any(|r| r == region || r == "any" || (country == "IT" && r == "emilia_romagna"))))
            });
            assert!(found, "no sample programme for {goal} in {region}");
        }
    }
    assert!(programmes.iter().all(|p| p.texts.contains_key("ar")), "Arabic titles for the demo");
}

#[test]
fn export_and_import_round_trip_in_csv_and_toml() {
    let programmes = catalogue::parse_file(&sample_path(), &BTreeSet::new()).unwrap();
    let csv = to_csv(&programmes);
    assert_eq!(parse_csv(&csv, &BTreeSet::new()).unwrap(), programmes);
    let toml = catalogue::to_toml(&programmes);
    assert_eq!(parse_toml(&toml, &BTreeSet::new()).unwrap(), programmes);
}

async fn count(db: &TestDb) -> i64 {
    db.count("programmes").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_is_all_or_nothing_and_updates_by_id() {
    for db in backends().await {
        let dir = tempfile::tempdir().unwrap();
        let done = catalogue::import(&db.store, &sample_path(), 100).await.unwrap().unwrap();
        assert!(done.added >= 30 && done.updated == 0, "{}: {done:?}", db.backend);
        let before = db.dump().await;

        let broken = dir.path().join("broken.csv");
        let good_row = "de-ber-new,Org,DE,berlin,job,,no,,,no,de,yes,free,https://example.org,,yes,New,New one.,,";
        std::fs::write(
            &broken,
            format!("{HEADER}\n{good_row}\nbad,Org,DE,berlin,nope,,no,,,no,,yes,free,,,yes,T,S.,,\n"),
        )
        .unwrap();
        let errors = catalogue::import(&db.store, &broken, 200).await.unwrap().unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(db.dump().await, before, "{}: a bad file changes nothing, not even its good rows", db.backend);

        let update = dir.path().join("update.toml");
        std::fs::write(
            &update,
            r#"[[programme]]
id = "de-ber-new"
owner = "Org"
country = "DE"
regions = ["berlin"]
goals = ["job"]
next_steps = ["de-ber-arrivo"]
title = { en = "New", ar = "جديد" }
summary = { en = "New one.", ar = "واحد جديد." }
"#,
        )
        .unwrap();
        let done = catalogue::import(&db.store, &update, 300).await.unwrap().unwrap();
        assert_eq!((done.added, done.updated), (1, 0), "{}: next_steps may name stored programmes", db.backend);
        let total = count(&db).await;
        let again = catalogue::import(&db.store, &sample_path(), 400).await.unwrap().unwrap();
        assert_eq!(again.added, 0, "{}", db.backend);
        assert_eq!(count(&db).await, total, "{}: re-import updates by id", db.backend);
        db.finish().await;
    }
}

#[test]
fn sifor_check_and_import_report_a_broken_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.csv");
    std::fs::write(&broken, format!("{HEADER}\nx,Org,DE,berlin,nope,,no,,,no,,yes,free,,,yes,T,S.,,\n")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["check", "--catalogue"])
        .arg(&broken)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success());
    assert!(stdout.contains("row 2, column goals: `nope` is not one of"), "{stdout}");
    let db = dir.path().join("c.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["programmes", "import"])
        .arg(&broken)
        .arg("--db")
        .arg(&db)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success());
    assert!(stdout.contains("1 problem(s); nothing was changed"), "{stdout}");
    let ok = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .arg("check")
        .arg("--catalogue")
        .arg(sample_path())
        .output()
        .unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stdout));
    assert!(String::from_utf8_lossy(&ok.stdout).contains(" programmes"));
}

#[test]
fn the_report_hides_counts_under_five() {
    let mut results = Vec::new();
    for _ in 0..7 {
        results.push(("berlin".to_string(), "job,language".to_string(), Some("goal".to_string())));
    }
    for _ in 0..2 {
        results.push(("vienna".to_string(), "own_business".to_string(), Some("region".to_string())));
    }
    let rows = report::aggregate(results);
    let csv = report::to_csv(&rows);
    assert_eq!(
        csv,
        "region,goal,filtered_most_by,profiles\nberlin,job,goal,7\nberlin,language,goal,7\nvienna,own_business,region,<5\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finished_profiles_without_matches_reach_the_report() {
    let db = sqlite().await;
    let app = db.app();
    // Empty catalogue: everyone who finishes the jobs questions is an unmet need.
    for user in 1..=6 {
        crate::storage::walk_jobs(&app, user).await;
    }
    let rows = report::unmet_needs(&db.store).await.unwrap();
    assert_eq!(rows[0], report::Row { region: "berlin".into(), goal: "job".into(), filter: "none".into(), count: 6 });
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .args(["report", "unmet-needs", "--format", "csv", "--db"])
        .arg(db.url.trim_start_matches("sqlite://").trim_end_matches("?mode=rwc"))
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("berlin,job,none,6") && stdout.contains("berlin,language,none,6"), "{stdout}");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matches_show_cards_with_reasons_feedback_and_more() {
    use sifor::services::refugee::conversation::{Command, Event};
    use sifor::services::refugee::view::{Press, View};
    let db = sqlite().await;
    catalogue::import(&db.store, &sample_path(), 1).await.unwrap().unwrap();
    let app = db.app();
    app.reload_catalogue().await.unwrap();
    let reply = crate::storage::walk_jobs(&app, 7).await;
    let cards: Vec<(&String, &Vec<sifor::services::refugee::view::Button>)> = reply
        .views
        .iter()
        .filter_map(|v| match v {
            View::Keyboard { text, options, .. } if text.contains("⚠️ Example data") => Some((text, options)),
            _ => None,
        })
        .collect();
    assert_eq!(cards.len(), 5, "the top five: {reply:#?}");
    let all = crate::storage::texts(&reply);
    assert!(all.contains("programmes fit you:"), "{all}");
    assert!(cards[0].0.starts_with("1. ") && cards[0].0.contains("✓ in Berlin"), "{}", cards[0].0);
    assert!(
        cards.iter().any(|(_, o)| o.iter().any(|b| matches!(&b.press, Press::Link(u) if u.starts_with("https://"))))
    );
    let saved =
        cards[0].1.iter().find(|b| matches!(b.press, Press::Feedback { saved: true, .. })).unwrap().press.clone();
    let Press::Feedback { programme, .. } = &saved else { unreachable!() };
    let user = sifor::services::app::UserRef { id: 7, chat_id: 7 };
    let r = app.handle(user, Event::Press(&saved), 2).await.unwrap();
    assert!(crate::storage::texts(&r).contains("Saved. Thank you!"));
    app.handle(user, Event::Press(&saved), 3).await.unwrap();
    let counts = sifor::storage::programmes::feedback_counts(&db.store).await.unwrap();
    assert_eq!(counts, [(programme.clone(), "saved".to_string(), 2)]);
    assert!(
        !db.dump().await.lines().any(|l| l.starts_with("programme_feedback") && l.contains("| 7 |")),
        "no user in feedback"
    );

    let more = app.handle(user, Event::Press(&Press::More(1)), 4).await.unwrap();
    let more_text = crate::storage::texts(&more);
    assert!(more_text.contains("6. ") && !more_text.contains("1. "), "page two starts at 6: {more_text}");
    let again = app.handle(user, Event::Command(Command::Programmes), 5).await.unwrap();
    assert_eq!(crate::storage::texts(&again).matches("⚠️ Example data").count(), 5);
    let dump = db.dump().await;
    assert!(dump.lines().any(|l| l.starts_with("match_results: 7 | DE | berlin | job,language |")), "{dump}");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_row_that_does_not_read_is_left_out_and_the_rest_serves() {
    for db in backends().await {
        let n = catalogue::import(&db.store, &sample_path(), 1).await.unwrap().unwrap().added as i64;
        for (id, data) in
            [("hand-edited", "{not json"), ("other-version", r#"{"id":"other-version","childcare":"sometimes"}"#)]
        {
            sqlx::query("INSERT INTO programmes (id, country, sample, data, updated_at) VALUES ($1, 'DE', 0, $2, 2)")
                .bind(id)
                .bind(data)
                .execute(db.store.pool())
                .await
                .unwrap();
        }
        let all = sifor::storage::programmes::all(&db.store).await.unwrap();
        assert_eq!(all.len() as i64, n, "{}", db.backend);
        assert!(all.iter().all(|p| p.id != "hand-edited" && p.id != "other-version"));
        let app = db.app();
        app.reload_catalogue().await.unwrap();
        let user = sifor::services::app::UserRef { id: 9, chat_id: 9 };
        let start = sifor::services::refugee::conversation::Event::Command(sifor::services::commands::Command::Start);
        let reply = app.handle(user, start, 3).await.unwrap();
        assert!(!reply.views.is_empty(), "the bot still answers on {}", db.backend);
        db.finish().await;
    }
}
