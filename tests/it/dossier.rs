//! The salon dossier on both backends, over the public page's seeded world (markers planted in
//! unpublished ideas, ideas without public display, flagged and withdrawn ones, notes, relayed
//! messages, profile answers, stories without consent, registrations) plus a Berlin salon with
//! registrations and unmet needs: its sections in en and ar, an inline SVG chart with localized
//! labels, counts under 5 as "<5" in tables, charts and totals, and none of the markers.
//! `/dossier` for a Berlin coordinator (a document), a Vienna one (refused), a refugee and a
//! partner (the unknown-command answer). With Debian's Chromium: a PDF through the CLI, and a
//! phone-width screenshot of the ar page in `target/screenshots/dossier-ar.png`.

use crate::app::on_each_backend;
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use crate::events::{coordinator, t0};
use crate::web::{MARKERS, world};
use sifor::domain::Role;
use sifor::domain::announcement::Announcement;
use sifor::domain::staff::Scope;
use sifor::services::app::{App, EventContext, UserRef};
use sifor::services::commands::Command;
use sifor::services::coordinator::announce::{self, Author};
use sifor::services::coordinator::dossier;
use sifor::services::refugee::conversation::{Event as Input, Reply};
use sifor::services::refugee::view::View;
use sifor::storage::staff;
use std::path::{Path, PathBuf};

const TAGS: [&str; 14] = ["en", "ar", "de", "uk", "fa", "fa-AF", "ps", "ru", "tr", "ku", "ckb", "it", "sl", "fr"];
const CHROMIUM: &str = "/usr/bin/chromium";

async fn sql(db: &TestDb, query: &str) {
    sqlx::query(sqlx::AssertSqlSafe(query.to_string())).execute(db.store.pool()).await.unwrap();
}

/// The world of the public page, plus a Berlin salon with 6 registered (2 wanting an
/// interpreter, 1 childcare), unmet needs (9 job, 6 training, 3 language in Berlin; 1 in
/// Vienna), and staff: 90 Berlin coordinator, 91 Vienna coordinator, 92 Berlin partner.
async fn dossier_world(db: &TestDb) -> std::sync::Arc<App> {
    let w = world(db).await;
    seed(&db.store, &[Person { id: 90, ..BERLINER }, Person { id: 91, ..BERLINER }, Person { id: 92, ..BERLINER }])
        .await;
    coordinator(&db.store, 90, "berlin").await;
    coordinator(&db.store, 91, "vienna").await;
    let mut tx = db.store.begin().await.unwrap();
    let scope = Scope::parse("berlin", "", Some("Kita e.V.")).unwrap();
    staff::grant(&mut tx, 92, Role::Partner, &scope, "cli", t0()).await.unwrap();
    tx.commit().await.unwrap();
    let file = "kind = \"salon\"\nregions = [\"berlin\"]\nstarts = \"2026-04-21T18:00\"\npublic = true\nplace = \"Rathaus Neukölln\"\n\
                capacity = 30\n[text.en]\ntitle = \"Salon: the job centre listens\"\nbody = \"x\"\n\
                [text.ar]\ntitle = \"صالون: مركز العمل يستمع\"\nbody = \"x\"\n";
    let a = Announcement::from_file(file, &TAGS, t0()).unwrap();
    let salon = announce::publish(&db.store, &a, Author::Cli, t0()).await.unwrap().0;
    for user in 1..=6 {
        let interpreter = if user <= 2 { "'ar'" } else { "NULL" };
        let childcare = i64::from(user == 3);
        sql(
            db,
            &format!(
                "INSERT INTO registrations (announcement_id, user_id, status, code, interpreter, childcare, created_at, updated_at) \
                 VALUES ({salon}, {user}, 'registered', 'DOSS000{user}', {interpreter}, {childcare}, {0}, {0})",
                t0()
            ),
        )
        .await;
    }
    // Users 1–3 have an unmet `job` need filtered by `language` (the world's); 4–9 add job and training.
    for user in 4..=9 {
        sql(
            db,
            &format!(
                "INSERT INTO match_results (user_id, country, region, goals, matches, top_filter, at) \
                 VALUES ({user}, 'DE', 'berlin', 'job,training', 1, 'age', {})",
                t0()
            ),
        )
        .await;
    }
    sql(
        db,
        &format!(
            "INSERT INTO match_results (user_id, country, region, goals, matches, top_filter, at) \
             VALUES (10, 'AT', 'vienna', 'recognition', 0, 'region', {})",
            t0()
        ),
    )
    .await;
    w.app
}

async fn make(app: &App, tag: &str) -> String {
    let first = app.flows.statuses().list.first().unwrap().id.clone();
    let mut tx = app.store.begin().await.unwrap();
    let d = dossier::build(&mut tx, &first, "berlin", None, app.now()).await.unwrap();
    tx.rollback().await.unwrap();
    dossier::render(&app.locales, &app.flows, tag, &d)
}

fn no_markers(html: &str, what: &str) {
    for m in MARKERS {
        assert!(!html.contains(m), "{what}: {m} in the dossier");
    }
    assert!(!html.contains("DOSS000"), "{what}: a registration code");
}

/// No number from 1 to 4 anywhere a count is shown: table cells, chart values, totals.
fn suppressed(html: &str, what: &str) {
    for n in 1..=4 {
        for shape in [format!("dir=\"ltr\">{n}</td>"), format!("font-weight=\"700\">{n}</text>"), format!(": {n} ")] {
            assert!(!html.contains(&shape), "{what}: {shape}");
        }
    }
    assert!(html.contains("&lt;5"), "{what}: no <5 at all");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dossier_shows_what_decision_makers_need_and_nothing_personal() {
    on_each_backend(async |db: TestDb| {
        let app = dossier_world(&db).await;
        let l = &app.locales;
        let en = make(&app, "en").await;
        assert!(en.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">"), "{}", &en[..80]);
        for id in [
            "dossier-needs-title",
            "dossier-ideas-title",
            "dossier-texts-title",
            "dossier-salons-title",
            "dossier-stories-title",
        ] {
            assert!(en.contains(&l.text("en", id, &[])), "{id}");
        }
        // Self-contained: no script, nothing from elsewhere.
        assert!(!en.contains("<script") && !en.contains("src=") && !en.contains("<link"), "self-contained");
        // Charts: inline SVG, labelled in the reader's language.
        assert!(en.contains("<svg class=\"chart\""), "a chart");
        assert!(en.contains(&format!("aria-label=\"{}\"", l.text("en", "dossier-needs-chart", &[]))));
        assert!(en.contains(&format!(">{}</text>", l.text("en", "opt-goal-job", &[]))), "a goal label in the chart");
        // Unmet needs: 9 for a job (age excluded most: 6 of 9), 6 for training, none from Vienna.
        assert!(en.contains(">9</text>") && en.contains("dir=\"ltr\">9</td>"), "job: 9");
        assert!(en.contains("dir=\"ltr\">6</td>"), "training: 6");
        assert!(en.contains("<td>Age</td>"), "the filter that excluded most");
        assert!(!en.contains(&l.text("en", "opt-goal-recognition", &[])), "Vienna's needs stay out");
        // Ideas: six of a kind shown as 6, the rest as <5; only the consented text.
        assert!(en.contains("PUBLIC-OK problem") && en.contains("PUBLIC-OK idea"), "the published text");
        assert!(!en.contains("Six of a kind"), "texts without public display stay out");
        assert!(en.contains("<td>Withdrawn by the author</td>") && !en.contains(">withdrawn<"), "statuses named");
        // The salon with its totals; the Vienna salon and the sourced one stay out.
        assert!(en.contains("Salon: the job centre listens"));
        assert!(en.contains("Registered: 6 · Waiting: &lt;5"), "registrations");
        assert!(en.contains("interpreters &lt;5 · childcare &lt;5 · step-free access &lt;5"), "needs totals");
        assert!(!en.contains("Treffen mit dem Jobcenter"), "another region's salon");
        // Stories of the region.
        assert!(en.contains("A catering business in Neukölln"));
        no_markers(&en, "en");
        suppressed(&en, "en");

        let ar = make(&app, "ar").await;
        assert!(ar.starts_with("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"));
        assert!(ar.contains("direction=\"rtl\""), "the chart reads right to left");
        assert!(ar.contains(&format!(">{}</text>", l.raw("ar", "opt-goal-job", &[]).unwrap())), "an Arabic goal label");
        assert!(ar.contains(&l.text("ar", "dossier-ideas-chart", &[])), "an Arabic chart title");
        assert!(ar.contains("صالون: مركز العمل يستمع"));
        no_markers(&ar, "ar");
        suppressed(&ar, "ar");
        db.finish().await;
    })
    .await;
}

async fn ask(app: &App, user: i64, region: Option<&str>) -> Reply {
    let ctx = EventContext { arguments: region, ..Default::default() };
    app.handle_with(UserRef { id: user, chat_id: user }, Input::Command(Command::Dossier), &ctx, app.now())
        .await
        .unwrap()
}

fn documents(r: &Reply) -> Vec<(String, String)> {
    r.views
        .iter()
        .filter_map(|v| match v {
            View::Document { file_name, content, .. } => Some((file_name.clone(), content.clone())),
            _ => None,
        })
        .collect()
}

fn texts(r: &Reply) -> String {
    r.views.iter().map(crate::events::text).collect::<Vec<_>>().join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_coordinator_of_the_region_gets_the_dossier() {
    on_each_backend(async |db: TestDb| {
        let app = dossier_world(&db).await;
        let r = ask(&app, 90, Some("berlin")).await;
        let docs = documents(&r);
        assert_eq!(docs.len(), 1, "{:?}", r.views);
        assert_eq!(docs[0].0, "dossier-berlin-2026-03-27.html");
        assert!(docs[0].1.contains("<svg class=\"chart\"") && docs[0].1.contains("PUBLIC-OK idea"));
        no_markers(&docs[0].1, "/dossier");
        // Without a region: the coordinator's own.
        assert_eq!(documents(&ask(&app, 90, None).await).len(), 1);

        let r = ask(&app, 91, Some("berlin")).await;
        assert!(documents(&r).is_empty());
        let refusal =
            app.locales.text("en", "dossier-not-yours", &[("regions", sifor::flow::Arg::Str("vienna".into()))]);
        assert_eq!(texts(&r), refusal);
        let r = ask(&app, 91, Some("atlantis")).await;
        assert!(documents(&r).is_empty() && texts(&r).contains("atlantis"), "{}", texts(&r));

        let unknown = app.handle(UserRef { id: 1, chat_id: 1 }, Input::UnknownCommand, app.now()).await.unwrap();
        for user in [1, 92] {
            let r = ask(&app, user, Some("berlin")).await;
            assert!(documents(&r).is_empty(), "user {user}");
            assert_eq!(texts(&r), texts(&unknown), "user {user}: the unknown-command answer");
        }
        db.finish().await;
    })
    .await;
}

fn screenshots() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("screenshots")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dossier_prints_to_pdf_and_reads_on_a_phone() {
    if !Path::new(CHROMIUM).exists() {
        println!("NOTE: no headless browser at {CHROMIUM}; the dossier's PDF and screenshot are skipped");
        eprintln!("NOTE: no headless browser at {CHROMIUM}; the dossier's PDF and screenshot are skipped");
        return;
    }
    let db = crate::db::sqlite().await;
    let app = dossier_world(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("dossier.pdf");
    let (code, out) =
        db.sifor(&["report", "dossier", "--region", "berlin", "--format", "pdf", "--out", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    let (code, html) = db.sifor(&["report", "dossier", "--region", "berlin", "--lang", "ar", "--since", "2026-01-01"]);
    assert_eq!(code, 0, "{html}");
    assert!(html.contains("dir=\"rtl\"") && !html.contains("MARKER-"), "the CLI's HTML");
    let (code, out) = db.sifor(&["report", "dossier", "--region", "atlantis"]);
    assert_ne!(code, 0, "{out}");

    // The ar page at phone width, as the browser draws it.
    let page = dir.path().join("dossier-ar.html");
    std::fs::write(&page, make(&app, "ar").await).unwrap();
    std::fs::create_dir_all(screenshots()).unwrap();
    let shot = screenshots().join("dossier-ar.png");
    let status = std::process::Command::new(CHROMIUM)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"])
        .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
        .args(["--window-size=390,2600", "--force-device-scale-factor=1"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success() && shot.exists(), "a screenshot");
    println!("screenshot: {}", shot.display());
    db.finish().await;
}
