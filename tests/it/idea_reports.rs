//! The ideas report and export, on both backends: `sifor report ideas` counts ideas per place ×
//! topic × status with every count under 5 shown as "<5" (the total too) and filters by region
//! or country; `sifor ideas export` and `/export` write the same CSV, with the idea's own
//! pseudonym and never a user id or a person's pseudonym, without flagged ideas, with withdrawn
//! ideas emptied, and with formula-looking cells neutralised. A partner's /export holds their
//! places and topics only, a coordinator's their places (and the ideas without one); a refugee
//! typing /export hears "unknown command" and gets no file.

use crate::app::on_each_backend;
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use sifor::domain::Role;
use sifor::domain::staff::Scope;
use sifor::services::app::{App, EventContext, UserRef};
use sifor::services::commands::Command;
use sifor::services::partner::export;
use sifor::services::refugee::conversation::{Event, Reply};
use sifor::services::refugee::view::View;
use sifor::storage::{ideas, staff};

/// Authors: ids no CSV cell could hold by chance.
const AUTHORS: [i64; 4] = [4711, 4712, 4713, 4714];

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// The authors (4713 in Vienna, the others in Berlin) and 900–903 for the staff.
async fn people(db: &TestDb) {
    let p = BERLINER;
    let mut all: Vec<Person<'_>> = [4711, 4712, 4714, 900, 901, 902, 903].map(|id| Person { id, ..p }).to_vec();
    all.push(Person { id: 4713, country: "AT", region: "vienna", ..p });
    seed(&db.store, &all).await;
}

async fn idea(db: &TestDb, user: i64, topic: &str, place: Option<(&str, &str)>, text: &str) -> (i64, String) {
    let mut tx = db.store.begin().await.unwrap();
    let new = ideas::NewIdea {
        topic,
        problem: "Kita places are missing",
        idea: text,
        beneficiaries: "families",
        may_contact: true,
        public_display: false,
        locale: "ar",
        country: place.map(|p| p.0),
        region: place.map(|p| p.1),
        status: "received",
    };
    let id = ideas::insert(&mut tx, user, &new, now()).await.unwrap();
    let (stored, _) = ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (id, stored.pseudonym.unwrap())
}

async fn flag(db: &TestDb, id: i64) {
    sqlx::query("UPDATE ideas SET flagged = 'spam', flagged_by = 'R-T900' WHERE id = $1")
        .bind(id)
        .execute(db.store.pool())
        .await
        .unwrap();
}

/// The author erased their data; the texts are left in the row here, to show the export
/// never prints them.
async fn withdraw(db: &TestDb, id: i64) {
    sqlx::query("UPDATE ideas SET withdrawn_at = $1, user_id = NULL WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(db.store.pool())
        .await
        .unwrap();
}

async fn grant(db: &TestDb, user: i64, role: Role, regions: &str, topics: &str, org: Option<&str>) {
    let mut tx = db.store.begin().await.unwrap();
    staff::grant(&mut tx, user, role, &Scope::parse(regions, topics, org).unwrap(), "cli", now()).await.unwrap();
    tx.commit().await.unwrap();
}

/// The report's text lines as words.
fn lines(out: &str) -> Vec<Vec<String>> {
    out.lines().map(|l| l.split_whitespace().map(str::to_string).collect()).collect()
}

fn has_line(out: &str, words: &[&str]) -> bool {
    lines(out).iter().any(|l| l == words)
}

/// 6 Berlin/jobs ideas (and a 7th, flagged), 2 Berlin/childcare, 1 Vienna/jobs, 1 without a
/// place, 1 Berlin/jobs withdrawn.
async fn ideas_for_the_report(db: &TestDb) {
    people(db).await;
    for n in 0..7 {
        let (id, _) = idea(db, AUTHORS[n % 2], "jobs", Some(("DE", "berlin")), &format!("Job fair {n}")).await;
        if n == 6 {
            flag(db, id).await;
        }
    }
    for n in 0..2 {
        idea(db, AUTHORS[1], "childcare", Some(("DE", "berlin")), &format!("Kita {n}")).await;
    }
    idea(db, 4713, "jobs", Some(("AT", "vienna")), "Mentors in Vienna").await;
    idea(db, AUTHORS[3], "jobs", None, "No place").await;
    let (gone, _) = idea(db, AUTHORS[0], "jobs", Some(("DE", "berlin")), "Withdrawn one").await;
    withdraw(db, gone).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_shows_counts_under_five_as_under_five_and_filters_by_region() {
    on_each_backend(async |db: TestDb| {
        ideas_for_the_report(&db).await;

        let (code, out) = db.sifor(&["report", "ideas"]);
        assert_eq!(code, 0, "{out}");
        assert!(has_line(&out, &["country", "region", "topic", "status", "ideas"]), "{out}");
        assert!(
            has_line(&out, &["DE", "berlin", "jobs", "received", "6"]),
            "5 or more exactly, flagged left out: {out}"
        );
        assert!(has_line(&out, &["DE", "berlin", "childcare", "received", "<5"]), "{out}");
        assert!(has_line(&out, &["DE", "berlin", "jobs", "withdrawn", "<5"]), "{out}");
        assert!(has_line(&out, &["AT", "vienna", "jobs", "received", "<5"]), "{out}");
        assert!(has_line(&out, &["not", "given", "not", "given", "jobs", "received", "<5"]), "{out}");
        assert!(has_line(&out, &["total", "11"]), "{out}");
        for n in ["1", "2", "3", "4"] {
            assert!(!lines(&out).iter().any(|l| l.last().map(String::as_str) == Some(n)), "a bare {n}: {out}");
        }
        // Columns are aligned: the counts end in the same column.
        let widths: Vec<usize> = out.lines().skip(1).map(|l| l.trim_end().chars().count()).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}");

        // A region; a country means all its regions; a small total is suppressed too.
        let (code, out) = db.sifor(&["report", "ideas", "--region", "vienna"]);
        assert_eq!(code, 0, "{out}");
        assert!(has_line(&out, &["AT", "vienna", "jobs", "received", "<5"]), "{out}");
        assert!(has_line(&out, &["total", "<5"]), "{out}");
        assert!(!out.contains("berlin") && !out.contains("not given"), "{out}");
        let (_, out) = db.sifor(&["report", "ideas", "--region", "DE"]);
        assert!(has_line(&out, &["DE", "berlin", "jobs", "received", "6"]), "{out}");
        assert!(has_line(&out, &["total", "9"]), "{out}");
        assert!(!out.contains("vienna") && !out.contains("not given"), "{out}");

        let (code, out) = db.sifor(&["report", "ideas", "--region", "berlin", "--format", "csv"]);
        assert_eq!(code, 0, "{out}");
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "country,region,topic,status,ideas",
                "DE,berlin,childcare,received,<5",
                "DE,berlin,jobs,received,6",
                "DE,berlin,jobs,withdrawn,<5",
            ],
            "{out}"
        );

        let (code, out) = db.sifor(&["report", "ideas", "--region", "atlantis"]);
        assert_ne!(code, 0, "{out}");
        assert!(out.contains("atlantis"), "{out}");
        db.finish().await;
    })
    .await;
}

fn records(csv: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
}

const HEADER: &str = "idea,date,country,region,topic,language,problem,idea_text,beneficiaries,status,organisation";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_export_holds_idea_pseudonyms_and_never_a_person_and_neutralises_formulas() {
    on_each_backend(async |db: TestDb| {
        people(&db).await;
        let (claimed, claimed_code) = idea(&db, AUTHORS[0], "jobs", Some(("DE", "berlin")), "A job fair").await;
        let (_, formula_code) =
            idea(&db, AUTHORS[1], "jobs", Some(("DE", "berlin")), "=HYPERLINK(\"http://x\",\"click\")").await;
        let (flagged, flagged_code) = idea(&db, AUTHORS[1], "jobs", Some(("DE", "berlin")), "Buy cheap pills").await;
        flag(&db, flagged).await;
        let (gone, gone_code) = idea(&db, AUTHORS[3], "jobs", Some(("DE", "berlin")), "Withdrawn words").await;
        withdraw(&db, gone).await;
        let (_, vienna_code) = idea(&db, 4713, "jobs", Some(("AT", "vienna")), "Mentors in Vienna").await;
        let (_, kita_code) = idea(&db, AUTHORS[1], "childcare", Some(("DE", "berlin")), "Kita").await;
        grant(&db, 900, Role::Partner, "berlin", "jobs", Some("IQ Netzwerk")).await;
        let mut tx = db.store.begin().await.unwrap();
        assert!(ideas::claim(&mut tx, claimed, "R-T900", "IQ Netzwerk", now()).await.unwrap());
        ideas::set_status(&mut tx, claimed, "in_review", None, now()).await.unwrap();
        tx.commit().await.unwrap();

        let (code, out) = db.sifor(&["ideas", "export", "--scope", "berlin,DE", "--topics", "jobs"]);
        assert_eq!(code, 0, "{out}");
        assert_eq!(out.lines().next(), Some(HEADER));
        let rows = records(&out);
        let codes: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(codes, [&claimed_code, &formula_code, &gone_code], "{out}");
        assert!(!out.contains(&flagged_code) && !out.contains("pills"), "flagged ideas are left out: {out}");
        assert!(!out.contains(&vienna_code) && !out.contains(&kita_code), "{out}");
        let today = export::date(now());
        assert_eq!(
            rows[1],
            [
                claimed_code.as_str(),
                &today,
                "DE",
                "berlin",
                "jobs",
                "ar",
                "Kita places are missing",
                "A job fair",
                "families",
                "in_review",
                "IQ Netzwerk"
            ]
        );
        assert_eq!(rows[2][7], "'=HYPERLINK(\"http://x\",\"click\")", "a formula stays text");
        assert_eq!(rows[3][9], "withdrawn");
        assert_eq!(rows[3][6..9], ["", "", ""], "a withdrawn idea keeps no texts");
        assert!(!out.contains("Withdrawn words"), "{out}");
        // No user id, chat id or pseudonym of a person, author or staff.
        for id in AUTHORS.iter().chain(&[900]) {
            assert!(!out.contains(&id.to_string()), "{id} in {out}");
            assert!(!out.contains(&format!("R-T{id}")), "R-T{id} in {out}");
        }
        assert!(!out.contains("R-"), "{out}");

        // A scope the command line does not know.
        let (code, out) = db.sifor(&["ideas", "export", "--scope", "atlantis"]);
        assert_ne!(code, 0, "{out}");
        db.finish().await;
    })
    .await;
}

async fn export_as(app: &App, user: i64) -> Reply {
    let ctx = EventContext::default();
    let who = UserRef { id: user, chat_id: user };
    app.handle_with(who, Event::Command(Command::Export), &ctx, app.now()).await.unwrap()
}

fn document(r: &Reply) -> Option<(String, String, String)> {
    r.views.iter().find_map(|v| match v {
        View::Document { file_name, caption, content } => Some((file_name.clone(), caption.clone(), content.clone())),
        _ => None,
    })
}

fn texts(r: &Reply) -> String {
    r.views
        .iter()
        .map(|v| match v {
            View::Text(t) | View::Echo(t) | View::Keyboard { text: t, .. } => t.clone(),
            View::Document { caption, .. } => caption.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_in_telegram_sends_exactly_the_ideas_the_presser_reviews_and_refugees_get_nothing() {
    on_each_backend(async |db: TestDb| {
        people(&db).await;
        let (_, jobs) = idea(&db, AUTHORS[0], "jobs", Some(("DE", "berlin")), "A job fair in Neukölln").await;
        let (_, kita) = idea(&db, AUTHORS[1], "childcare", Some(("DE", "berlin")), "Childcare in courses").await;
        let (_, vienna) = idea(&db, 4713, "jobs", Some(("AT", "vienna")), "Mentors in Vienna").await;
        let (_, placeless) = idea(&db, AUTHORS[3], "jobs", None, "Without a place").await;
        let (spam, spam_code) = idea(&db, AUTHORS[1], "jobs", Some(("DE", "berlin")), "Spam").await;
        flag(&db, spam).await;
        grant(&db, 900, Role::Partner, "berlin", "jobs", Some("IQ Netzwerk")).await;
        grant(&db, 901, Role::Coordinator, "berlin", "", None).await;
        grant(&db, 902, Role::Admin, "DE", "", None).await;
        grant(&db, 903, Role::Partner, "SI", "", Some("Slovenska Karitas")).await;
        let app = db.app();
        let rows = |content: &str| records(content)[1..].iter().map(|r| r[0].clone()).collect::<Vec<_>>();

        // The Berlin/jobs partner: Berlin/jobs only.
        let r = export_as(&app, 900).await;
        let (name, caption, content) = document(&r).unwrap_or_else(|| panic!("no file: {}", texts(&r)));
        assert_eq!(name, format!("ideas-{}.csv", export::date(app.now())));
        assert!(caption.contains("Ideas in your area: 1"), "{caption}");
        assert_eq!(content.lines().next(), Some(HEADER));
        assert_eq!(rows(&content), std::slice::from_ref(&jobs), "{content}");
        assert!(!content.contains("Vienna") && !content.contains("Childcare"), "{content}");
        assert!(!content.contains("R-T") && !content.contains("4711"), "{content}");

        // The coordinator: every topic of Berlin and the ideas without a place.
        let r = export_as(&app, 901).await;
        let (_, _, content) = document(&r).unwrap();
        assert_eq!(rows(&content), [jobs.clone(), kita.clone(), placeless.clone()], "{content}");
        // The admin: all (flagged ones left out).
        let r = export_as(&app, 902).await;
        let (_, _, content) = document(&r).unwrap();
        assert_eq!(rows(&content), [jobs, kita, vienna, placeless], "{content}");
        assert!(!content.contains(&spam_code));
        // A partner with no ideas in their area: no empty file.
        let r = export_as(&app, 903).await;
        assert!(document(&r).is_none());
        assert!(texts(&r).contains("There are no ideas in your area to export yet."), "{}", texts(&r));

        // Each export is in the audit log, with its count and no text.
        let audit: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT actor, detail FROM audit_log WHERE action = 'ideas_export' ORDER BY id")
                .fetch_all(db.store.pool())
                .await
                .unwrap();
        let expected = [("R-T900", "rows=1"), ("R-T901", "rows=3"), ("R-T902", "rows=4"), ("R-T903", "rows=0")];
        assert_eq!(audit, expected.map(|(a, d)| (a.to_string(), Some(d.to_string()))).to_vec(), "one entry per export");

        // A refugee: the unknown-command answer, and no file.
        let r = export_as(&app, AUTHORS[0]).await;
        assert!(document(&r).is_none(), "a refugee got a file");
        assert!(texts(&r).contains(&app.locales.text("en", "chat-unknown-command", &[])), "{}", texts(&r));
        // A revoked partner: no file either.
        let mut tx = db.store.begin().await.unwrap();
        staff::revoke(&mut tx, 900).await.unwrap();
        tx.commit().await.unwrap();
        assert!(document(&export_as(&app, 900).await).is_none());
        app.store.close().await;
        db.finish().await;
    })
    .await;
}
