//! The public feed and page on both backends, served by the real router on 127.0.0.1: the
//! feeds' shapes (JSON, Atom parsed back, the calendar parsed back and its events counted),
//! pagination with `next`, 400 for bad query values, ETag → 304, CORS, counts under 5 as "<5",
//! and nothing personal anywhere (markers planted in an unpublished idea, an idea without public
//! display, a flagged and a withdrawn one, internal notes, relayed messages, profile answers, a
//! story without consent, one with credit `none`, a draft, a registration). `sifor run`'s wiring
//! serves the page until the shutdown signal. The page is then checked in a real headless
//! Chromium at phone width (see `browser`).

mod browser;

use crate::app::{config as bot_config, on_each_backend, test_broadcast};
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use crate::events::t0;
use crate::fake_telegram::FakeTelegram;
use serde_json::Value;
use sifor::domain::announcement::{Announcement, Text};
use sifor::domain::clock::ManualClock;
use sifor::domain::ics;
use sifor::domain::story::{Credit, Kind, Story};
use sifor::services::app::App;
use sifor::services::coordinator::announce::{self, Author};
use sifor::storage::{ideas, stories};
use std::collections::BTreeMap;
use std::sync::Arc;

const TAGS: [&str; 14] = ["en", "ar", "de", "uk", "fa", "fa-AF", "ps", "ru", "tr", "ku", "ckb", "it", "sl", "fr"];

/// Texts that must never reach the public.
pub const MARKERS: &[&str] = &[
    "MARKER-UNPUBLISHED",
    "MARKER-NODISPLAY",
    "MARKER-FLAGGED",
    "MARKER-WITHDRAWN",
    "MARKER-RECEIVED-ONLY",
    "MARKER-BENEFICIARIES",
    "MARKER-NOTE",
    "MARKER-RELAY",
    "MARKER-ANSWER",
    "MARKER-STORY-ASKED",
    "Zainabmarker",
    "MARKER-STORY-NONE",
    "MARKER-STORY-DRAFT",
    "MARKER-EVENT-ABORTED",
    "MARKER-EVENT-SOURCES",
    "MARKER-EVENT-PRIVATE",
    "QWRTXYZ9",
    "R-T",
];

/// A long word that must wrap on a phone instead of widening the page.
pub const LONG_WORD: &str = "Berufsanerkennungsberatungsstellenverzeichnisaktualisierungsworkshop";

/// A seeded world: the app (its clock a week after [`t0`]) and the flagged idea's pseudonym.
pub struct World {
    pub app: Arc<App>,
    pub flagged: String,
}

fn event_file(kind: &str, regions: &str, starts: &str, extra: &str, texts: &str) -> String {
    format!("kind = \"{kind}\"\nregions = [{regions}]\nstarts = \"{starts}\"\npublic = true\n{extra}\n{texts}")
}

async fn publish(db: &TestDb, file: &str) -> i64 {
    let a = Announcement::from_file(file, &TAGS, t0()).unwrap_or_else(|e| panic!("{e:?}"));
    announce::publish(&db.store, &a, Author::Cli, t0()).await.unwrap().0
}

async fn sql(db: &TestDb, query: &str) {
    sqlx::query(sqlx::AssertSqlSafe(query.to_string())).execute(db.store.pool()).await.unwrap();
}

/// Stores an idea of `user` (its texts public when `display`), with `status` set (and published
/// when `published`).
async fn idea(
    db: &TestDb,
    user: i64,
    topic: &str,
    text: &str,
    display: bool,
    status: Option<&str>,
    published: bool,
) -> (i64, String) {
    let mut tx = db.store.begin().await.unwrap();
    let new = ideas::NewIdea {
        topic,
        problem: &format!("{text} problem"),
        idea: &format!("{text} idea"),
        beneficiaries: "MARKER-BENEFICIARIES",
        may_contact: true,
        public_display: display,
        locale: "ar",
        country: Some("DE"),
        region: Some("berlin"),
        status: "received",
    };
    let id = ideas::insert(&mut tx, user, &new, t0()).await.unwrap();
    if let Some(status) = status {
        ideas::set_status(&mut tx, id, status, None, t0() + 60).await.unwrap();
        if published {
            ideas::publish(&mut tx, id, t0() + 120).await.unwrap();
        }
    }
    let (stored, _) = ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (id, stored.pseudonym.unwrap())
}

async fn story(db: &TestDb, s: Story, from_idea: Option<i64>, publish: bool) {
    let mut tx = db.store.begin().await.unwrap();
    stories::insert(&mut tx, &s, "cli", from_idea, publish, t0()).await.unwrap();
    tx.commit().await.unwrap();
}

fn a_story(tag: &str, title: &str, body: &str, credit: Credit, first_name: Option<&str>) -> Story {
    Story {
        kind: Kind::Founder,
        country: Some("DE".into()),
        region: Some("berlin".into()),
        sector: Some("hospitality".into()),
        goals: vec!["own_business".into()],
        texts: BTreeMap::from([(tag.to_string(), Text { title: title.into(), body: body.into() })]),
        link: Some("https://example.org/story".into()),
        organisation: "Kita e.V.".into(),
        credit,
        first_name: first_name.map(String::from),
    }
}

/// Users, events, ideas, stories and notes, with the markers planted where they must stay.
pub async fn world(db: &TestDb) -> World {
    let mut people: Vec<Person<'_>> = (1..=7).map(|i| Person { id: i, goals: "job,language", ..BERLINER }).collect();
    people.extend((8..=9).map(|i| Person {
        id: i,
        region: "vienna",
        country: "AT",
        goals: "own_business",
        ..BERLINER
    }));
    people.push(Person { id: 10, region: "MARKER-ANSWER", goals: "MARKER-ANSWER", ..BERLINER });
    seed(&db.store, &people).await;
    let texts_en_ar = String::from(
        "[text.en]\ntitle = \"Workshop: your own business\"\nbody = \"Three hours with founders.\"\n\
         [text.ar]\ntitle = \"ورشة عمل: مشروعك الخاص\"\nbody = \"ثلاث ساعات مع مؤسسين.\"\n",
    );
    let place = format!(
        "place = \"Nachbarschaftshaus, Berlin-Neukölln, {LONG_WORD}\"\nlink = \"https://example.org/workshop\"\ncapacity = 20"
    );
    let workshop = publish(db, &event_file("workshop", "\"berlin\"", "2026-04-10T18:00", &place, &texts_en_ar)).await;
    let de_only = "[text.de]\ntitle = \"Salon: Treffen mit dem Jobcenter\"\nbody = \"Ein Abend mit Menschen, die entscheiden.\"\n";
    publish(db, &event_file("salon", "\"vienna\"", "2026-04-20T17:00", "", de_only)).await;
    let cancelled = publish(db, &event_file("workshop", "\"berlin\"", "2026-04-15T10:00", "", &texts_en_ar)).await;
    sql(db, &format!("UPDATE announcements SET cancelled = 1 WHERE id = {cancelled}")).await;
    sql(
        db,
        &format!("UPDATE events SET cancelled_at = {}, sequence = 1 WHERE announcement_id = {cancelled}", t0() + 30),
    )
    .await;
    let marked = "[text.en]\ntitle = \"MARKER-EVENT-ABORTED\"\nbody = \"x\"\n";
    let aborted = publish(db, &event_file("workshop", "\"berlin\"", "2026-04-11T10:00", "", marked)).await;
    sql(db, &format!("UPDATE announcements SET state = 'aborted' WHERE id = {aborted}")).await;
    let sourced = "sources = [\"kita\"]\n[text.en]\ntitle = \"MARKER-EVENT-SOURCES\"\nbody = \"x\"\n";
    publish(db, &event_file("salon", "\"berlin\"", "2026-04-12T10:00", "", sourced)).await;
    // Not marked public in its file: for its audience only.
    let private = "[text.en]\ntitle = \"MARKER-EVENT-PRIVATE\"\nbody = \"x\"\n";
    let file = event_file("workshop", "\"berlin\"", "2026-04-13T10:00", "", private).replace("public = true\n", "");
    publish(db, &file).await;
    // Started before the clock the web app reads (a week after t0): not upcoming any more.
    publish(db, &event_file("workshop", "\"berlin\"", "2026-03-22T10:00", "", &texts_en_ar)).await;
    sql(
        db,
        &format!(
            "INSERT INTO registrations (announcement_id, user_id, status, code, interpreter, created_at, updated_at) \
                  VALUES ({workshop}, 1, 'registered', 'QWRTXYZ9', 'ar', {0}, {0})",
            t0()
        ),
    )
    .await;

    let (shown, _) = idea(db, 1, "childcare", "PUBLIC-OK", true, Some("taken_up"), true).await;
    idea(db, 2, "childcare", "MARKER-UNPUBLISHED", true, Some("forwarded"), false).await;
    idea(db, 3, "training", "MARKER-NODISPLAY", false, Some("in_review"), true).await;
    let (flagged_id, flagged) = idea(db, 4, "training", "MARKER-FLAGGED", true, Some("taken_up"), true).await;
    let (withdrawn, _) = idea(db, 5, "training", "MARKER-WITHDRAWN", true, Some("taken_up"), true).await;
    idea(db, 6, "training", "MARKER-RECEIVED-ONLY", true, None, false).await;
    for user in 1..=6 {
        idea(db, user, "jobs", "Six of a kind", false, Some("in_review"), true).await;
    }
    sql(db, &format!("UPDATE ideas SET flagged = 'spam', flagged_by = 'R-STAFF' WHERE id = {flagged_id}")).await;
    sql(db, &format!("UPDATE ideas SET withdrawn_at = {} WHERE id = {withdrawn}", t0() + 200)).await;
    let note = format!(
        "INSERT INTO idea_notes (idea_id, author, organisation, body, created_at) VALUES ({shown}, 'R-T9', 'Kita', 'MARKER-NOTE', {})",
        t0()
    );
    sql(db, &note).await;
    let relay = format!(
        "INSERT INTO idea_messages (idea_id, direction, organisation, body, language, status, created_at, updated_at) \
         VALUES ({shown}, 'to_author', 'Kita', 'MARKER-RELAY', 'de', 'sent', {0}, {0})",
        t0()
    );
    sql(db, &relay).await;
    for user in 1..=3 {
        let unmet = format!(
            "INSERT INTO match_results (user_id, country, region, goals, matches, top_filter, at) \
             VALUES ({user}, 'DE', 'berlin', 'job', 0, 'language', {})",
            t0()
        );
        sql(db, &unmet).await;
    }

    let amina = a_story(
        "en",
        "A catering business in Neukölln",
        "Amina started with two pots.",
        Credit::FirstName,
        Some("Amina"),
    );
    story(db, amina, None, true).await;
    let mut ar = a_story("de", "Ein Friseursalon in Wien", "Mit einem Kredit der Stadt.", Credit::Anonymous, None);
    ar.texts.insert("ar".into(), Text { title: "صالون حلاقة في فيينا".into(), body: "بقرض من المدينة.".into() });
    story(db, ar, None, true).await;
    let asked = a_story("en", "MARKER-STORY-ASKED", "x", Credit::FirstName, Some("Zainabmarker"));
    story(db, asked, Some(shown), true).await;
    story(db, a_story("en", "MARKER-STORY-NONE", "x", Credit::None, None), None, true).await;
    story(db, a_story("en", "MARKER-STORY-DRAFT", "x", Credit::Anonymous, None), None, false).await;

    let clock = ManualClock::at(t0() + 7 * 86_400);
    let app = Arc::new(db.app().with_clock(Arc::new(clock)));
    World { app, flagged }
}

/// The router on 127.0.0.1 until dropped.
pub struct Server {
    pub base: String,
    pub client: reqwest::Client,
    _stop: tokio::sync::oneshot::Sender<()>,
}

pub async fn serve(app: Arc<App>) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(sifor::web::serve_on(listener, sifor::web::router(app), async move {
        let _ = rx.await;
    }));
    Server { base, client: reqwest::Client::new(), _stop: stop }
}

impl Server {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.unwrap()
    }

    async fn text(&self, path: &str) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        r.text().await.unwrap()
    }

    async fn json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(r.headers()["access-control-allow-origin"], "*", "{path}");
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{path}");
        serde_json::from_str(&r.text().await.unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 20 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':' && b[16] == b':' && b[19] == b'Z'
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_feeds_have_their_shapes_and_pages() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db).await;
        let s = serve(w.app.clone()).await;

        let events = s.json("/feed/events.json").await;
        assert_eq!(
            (events["page"].as_i64(), events["per_page"].as_i64(), events["total"].as_i64()),
            (Some(1), Some(20), Some(3))
        );
        assert!(events["next"].is_null());
        let list = events["events"].as_array().unwrap();
        let starts: Vec<&str> = list.iter().map(|e| e["starts_at"].as_str().unwrap()).collect();
        assert_eq!(starts, ["2026-04-10T16:00:00Z", "2026-04-15T08:00:00Z", "2026-04-20T15:00:00Z"]);
        for e in list {
            assert!(
                is_rfc3339(e["ends_at"].as_str().unwrap()) && e["uid"].as_str().unwrap().starts_with("sifor-event-")
            );
            assert!(e["texts"].as_object().is_some_and(|t| !t.is_empty()) && e["kind"].is_string());
            for private in ["registrations", "attendees", "registered", "capacity", "seats", "author"] {
                assert!(e.get(private).is_none(), "{private} in {e}");
            }
        }
        assert_eq!(list[0]["time_zone"], "Europe/Berlin");
        assert_eq!(list[0]["texts"]["en"]["title"], "Workshop: your own business");
        assert_eq!(list.iter().map(|e| e["cancelled"].as_bool().unwrap()).collect::<Vec<_>>(), [false, true, false]);
        assert_eq!(list[1]["sequence"], 1);

        // Pages of one, followed by their `next`.
        let mut path = "/feed/events.json?per_page=1".to_string();
        let mut seen = Vec::new();
        while !path.is_empty() {
            let page = s.json(&path).await;
            seen.push(page["events"][0]["id"].as_i64().unwrap());
            path = page["next"].as_str().unwrap_or("").to_string();
        }
        assert_eq!(seen, list.iter().map(|e| e["id"].as_i64().unwrap()).collect::<Vec<_>>());
        assert!(s.json("/feed/events.json?page=9").await["events"].as_array().unwrap().is_empty());
        for bad in ["page=0", "page=x", "per_page=101", "per_page=-1", "page=99999999999999999999"] {
            let r = s.get(&format!("/feed/ideas.json?{bad}")).await;
            assert_eq!(r.status(), 400, "{bad}");
            assert_eq!(r.headers()["access-control-allow-origin"], "*");
            let body: Value = r.json().await.unwrap();
            assert!(body["error"].as_str().unwrap().contains("page"), "{body}");
        }
        assert_eq!(s.get("/feed/stories.atom?lang=xx").await.status(), 400);
        assert_eq!(s.get("/feed/nothing.json").await.status(), 404);

        let stories = s.json("/feed/stories.json").await;
        assert_eq!(stories["total"], 2);
        let list = stories["stories"].as_array().unwrap();
        let amina = list.iter().find(|x| x["credit"] == "first_name").expect("the story with a first name");
        assert_eq!((amina["first_name"].as_str(), amina["organisation"].as_str()), (Some("Amina"), Some("Kita e.V.")));
        let anonymous = list.iter().find(|x| x["credit"] == "anonymous").unwrap();
        assert!(anonymous["first_name"].is_null() && anonymous["texts"]["ar"]["title"].is_string());
        assert!(
            is_rfc3339(amina["published_at"].as_str().unwrap()) && is_rfc3339(amina["updated_at"].as_str().unwrap())
        );
        let paged = s.json("/feed/stories.json?per_page=1").await;
        assert_eq!(paged["next"], "/feed/stories.json?page=2&per_page=1");

        let ideas = s.json("/feed/ideas.json?per_page=100").await;
        let list = ideas["ideas"].as_array().unwrap();
        assert_eq!(ideas["total"].as_i64(), Some(list.len() as i64));
        // Listed one by one: only ideas something came of (not those only received, withdrawn or
        // flagged: they are in the suppressed counts).
        assert_eq!(list.len(), 8, "{list:?}");
        for i in list {
            assert!(i["idea"].as_str().unwrap().starts_with("I-") && is_rfc3339(i["published_at"].as_str().unwrap()));
            assert!(i["status"].is_string() && i["topic"].is_string(), "{i}");
        }
        let with_text: Vec<&Value> = list.iter().filter(|i| !i["text"].is_null()).collect();
        assert_eq!(with_text.len(), 1, "{with_text:?}");
        assert_eq!(with_text[0]["text"]["problem"], "PUBLIC-OK problem");
        assert_eq!(
            (with_text[0]["status"].as_str(), with_text[0]["text"]["language"].as_str()),
            (Some("taken_up"), Some("ar"))
        );
        assert!(!list.iter().any(|i| i["status"] == "withdrawn" || i["status"] == "received"), "{list:?}");
        assert_eq!(s.json("/feed/ideas.json?per_page=5").await["next"], "/feed/ideas.json?page=2&per_page=5");

        let calendar = s.get("/feed/events.ics").await;
        assert!(calendar.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
        let text = calendar.text().await.unwrap();
        assert_eq!(ics::count_events(&text), 3);
        let first = ics::parse(&text).unwrap();
        assert_eq!(
            (first.method.as_deref(), first.summary.as_deref()),
            (Some("PUBLISH"), Some("Workshop: your own business"))
        );
        assert_eq!(
            (first.dtstart_tzid.as_deref(), first.dtstart_local.as_deref()),
            (Some("Europe/Berlin"), Some("20260410T180000"))
        );
        assert_eq!(first.timezones, ["Europe/Berlin", "Europe/Vienna"]);
        assert!(!first.has_organizer && !text.contains("ATTENDEE"));
        assert_eq!(text.matches("STATUS:CANCELLED").count(), 1);
        let arabic = ics::parse(&s.text("/feed/events.ics?lang=ar").await).unwrap();
        assert_eq!(arabic.summary.as_deref(), Some("ورشة عمل: مشروعك الخاص"));
        db.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stories_are_a_valid_atom_feed() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db).await;
        let s = serve(w.app.clone()).await;
        let r = s.get("/feed/stories.atom?lang=ar&per_page=1").await;
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
        assert_eq!(r.headers()["access-control-allow-origin"], "*");
        let feed = xml::parse(&r.text().await.unwrap());
        assert_eq!((feed.name.as_str(), feed.attr("xmlns")), ("feed", Some("http://www.w3.org/2005/Atom")));
        assert_eq!(feed.attr("xml:lang"), Some("ar"));
        for required in ["id", "title", "updated"] {
            assert!(!feed.child(required).unwrap_or_else(|| panic!("feed/{required}")).text.trim().is_empty());
        }
        assert!(is_rfc3339(&feed.child("updated").unwrap().text));
        let next =
            feed.children.iter().find(|c| c.name == "link" && c.attr("rel") == Some("next")).expect("a next link");
        assert_eq!(next.attr("href"), Some("/feed/stories.atom?page=2&per_page=1&lang=ar"));
        let entries: Vec<&xml::Element> = feed.children.iter().filter(|c| c.name == "entry").collect();
        assert_eq!(entries.len(), 1);
        // Both pages: every entry with its id, updated and title, in Arabic where the story has it.
        let second = xml::parse(&s.text(next.attr("href").unwrap()).await);
        let mut all: Vec<xml::Element> = entries.into_iter().cloned().collect();
        all.extend(second.children.into_iter().filter(|c| c.name == "entry"));
        assert_eq!(all.len(), 2);
        for e in &all {
            assert!(e.child("id").unwrap().text.starts_with("tag:sifor,2026:stories/"));
            assert!(is_rfc3339(&e.child("updated").unwrap().text) && !e.child("title").unwrap().text.is_empty());
            assert_eq!(e.child("author").and_then(|a| a.child("name")).map(|n| n.text.as_str()), Some("Kita e.V."));
        }
        let titles: Vec<&str> = all.iter().map(|e| e.child("title").unwrap().text.as_str()).collect();
        assert!(
            titles.contains(&"صالون حلاقة في فيينا") && titles.contains(&"A catering business in Neukölln"),
            "{titles:?}"
        );
        let amina = all.iter().find(|e| e.attr("xml:lang") == Some("en")).unwrap();
        assert!(amina.child("content").unwrap().text.ends_with("— Amina"));
        db.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_counts_show_as_under_five_and_validators_save_polls() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db).await;
        let s = serve(w.app.clone()).await;
        let stats = s.json("/feed/stats.json").await;
        assert_eq!(stats["suppressed_under"], 5);
        let rows = |path: &str, key: &str| -> BTreeMap<String, Value> {
            let list = path.split('.').fold(&stats, |v, k| &v[k]).as_array().unwrap().clone();
            list.into_iter().map(|r| (r[key].as_str().unwrap().to_string(), r)).collect()
        };
        let regions = rows("users.by_region", "region");
        assert_eq!(regions["berlin"]["users"], 7);
        assert_eq!(regions["vienna"]["users"], "<5");
        assert_eq!(regions["other"]["users"], "<5", "an answer that is no region code is not named");
        let goals = rows("users.by_goal", "goal");
        assert_eq!((goals["job"]["users"].as_i64(), goals["language"]["users"].as_i64()), (Some(7), Some(7)));
        assert_eq!(
            (&goals["own_business"]["users"], &goals["other"]["users"]),
            (&Value::from("<5"), &Value::from("<5"))
        );
        let ideas: Vec<&Value> = stats["ideas"]["by_topic_and_status"].as_array().unwrap().iter().collect();
        let count = |topic: &str, status: &str| {
            ideas.iter().find(|r| r["topic"] == topic && r["status"] == status).map(|r| r["ideas"].clone())
        };
        assert_eq!(count("jobs", "in_review"), Some(Value::from(6)));
        assert_eq!(count("childcare", "taken_up"), Some(Value::from("<5")));
        assert_eq!(count("training", "withdrawn"), Some(Value::from("<5")));
        assert!(ideas.iter().all(|r| r["ideas"].is_u64() && r["ideas"].as_u64() >= Some(5) || r["ideas"] == "<5"));
        let unmet = stats["unmet_needs"].as_array().unwrap();
        assert_eq!(unmet.len(), 1);
        assert_eq!((&unmet[0]["region"], &unmet[0]["profiles"]), (&Value::from("berlin"), &Value::from("<5")));

        for path in ["/feed/stats.json", "/feed/events.json", "/feed/stories.atom", "/feed/events.ics", "/en/"] {
            let first = s.get(path).await;
            let etag = first.headers()["etag"].to_str().unwrap().to_string();
            assert!(etag.starts_with('"') && etag.len() == 34, "{path}: {etag}");
            assert!(first.headers().get("last-modified").is_some(), "{path}");
            let again = s.client.get(format!("{}{path}", s.base)).header("If-None-Match", &etag).send().await.unwrap();
            assert_eq!(again.status(), 304, "{path}");
            assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
            assert!(again.text().await.unwrap().is_empty());
            let other =
                s.client.get(format!("{}{path}", s.base)).header("If-None-Match", "\"stale\"").send().await.unwrap();
            assert_eq!(other.status(), 200, "{path}");
        }
        let preflight =
            s.client.request(reqwest::Method::OPTIONS, format!("{}/feed/ideas.json", s.base)).send().await.unwrap();
        assert_eq!(preflight.status(), 204);
        assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
        assert!(preflight.headers()["access-control-allow-headers"].to_str().unwrap().contains("If-None-Match"));
        db.finish().await;
    })
    .await;
}

/// Every public URL the tests know of.
pub fn public_paths() -> Vec<String> {
    let mut paths: Vec<String> = ["/", "/feed/events.json?per_page=100", "/feed/stories.json?per_page=100"]
        .into_iter()
        .chain(["/feed/ideas.json?per_page=100", "/feed/stats.json", "/nothing-here"])
        .map(String::from)
        .collect();
    for tag in TAGS {
        paths.push(format!("/{tag}/"));
        paths.push(format!("/feed/events.ics?lang={tag}"));
        paths.push(format!("/feed/stories.atom?lang={tag}&per_page=100"));
    }
    paths
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_personal_reaches_any_feed_or_page() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db).await;
        w.app.set_bot_username("sifor_test_bot");
        let s = serve(w.app.clone()).await;
        let mut everything = String::new();
        for path in public_paths() {
            let r = s.get(&path).await;
            let status = r.status();
            assert!(status == 200 || (path == "/nothing-here" && status == 404), "{path}: {status}");
            let body = r.text().await.unwrap();
            for marker in MARKERS.iter().chain([&w.flagged.as_str()]) {
                assert!(!body.contains(marker), "{path} shows {marker}");
            }
            everything.push_str(&body);
        }
        // What may be shown is shown (so the absence above means something).
        for shown in ["PUBLIC-OK problem", "PUBLIC-OK idea", "— Amina", "Kita e.V.", "Workshop: your own business"] {
            assert!(everything.contains(shown), "{shown} is nowhere");
        }
        let en = s.text("/en/").await;
        assert!(
            en.contains("PUBLIC-OK problem")
                && en.contains("— Amina")
                && en.contains("https://t.me/sifor_test_bot?start=web")
        );
        assert!(
            en.contains("<strong dir=\"ltr\">&lt;5</strong>") && en.contains("<strong dir=\"ltr\">7</strong>"),
            "counts on the page"
        );
        db.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_speaks_every_language_in_its_direction() {
    let db = crate::db::sqlite().await;
    let w = world(&db).await;
    let s = serve(w.app.clone()).await;
    for tag in TAGS {
        let r = s.get(&format!("/{tag}/")).await;
        assert_eq!(r.status(), 200);
        let headers = r.headers().clone();
        assert!(headers.get("x-frame-options").is_none(), "the page is made to be embedded");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        let page = r.text().await.unwrap();
        let dir = if ["ar", "fa", "fa-AF", "ps", "ckb"].contains(&tag) { "rtl" } else { "ltr" };
        assert!(page.starts_with("<!DOCTYPE html>"), "{tag}");
        assert!(page.contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")), "{tag}");
        assert!(
            page.contains("<meta name=\"viewport\"") && !page.contains("<script") && !page.contains("src="),
            "{tag}"
        );
        let title = w.app.locales.text(tag, "web-title", &[]);
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{tag}");
        for id in sifor::web::MESSAGES {
            assert!(!page.contains(&format!(">{id}<")), "{tag}: the message id {id} instead of a text");
        }
    }
    // The Vienna salon has only a German text: marked for other readers, as in the bot.
    let ar = s.text("/ar/").await;
    assert!(ar.contains("Salon: Treffen mit dem Jobcenter") && ar.contains("مكتوب باللغة"));
    assert!(ar.contains("ورشة عمل: مشروعك الخاص") && ar.contains("صالون حلاقة في فيينا"));
    assert!(
        ar.contains(&w.app.locales.text("ar", "web-talk-soon", &[])),
        "no username known: a text instead of the link"
    );
    // `/` follows Accept-Language; `/AR/` and `/ar` lead to `/ar/`; an unknown locale is a 404 page.
    let by = |lang: &'static str| s.client.get(format!("{}/", s.base)).header("Accept-Language", lang).send();
    assert!(by("de-AT,de;q=0.9,en;q=0.5").await.unwrap().text().await.unwrap().contains("<html lang=\"de\""));
    assert!(by("xx, fa-AF;q=0.8, en;q=0.9").await.unwrap().text().await.unwrap().contains("<html lang=\"en\""));
    assert!(by("prs").await.unwrap().text().await.unwrap().contains("<html lang=\"fa-AF\" dir=\"rtl\""));
    let root = s.get("/").await;
    assert_eq!(root.headers()["vary"], "Accept-Language");
    assert!(root.text().await.unwrap().contains("<html lang=\"en\""));
    for path in ["/ar", "/AR/", "/fa-af/"] {
        assert!(s.text(path).await.contains("dir=\"rtl\""), "{path}");
    }
    assert_eq!(s.get("/xx/").await.status(), 404);
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sifor_run_serves_the_page_until_the_shutdown_signal() {
    let bad = sifor::config::parse_public("localhost", None).unwrap_err();
    assert!(bad.contains("SIFOR_PUBLIC_LISTEN"), "{bad}");
    assert!(sifor::config::parse_public("127.0.0.1:1", Some("x y")).unwrap_err().contains("SIFOR_BOT_USERNAME"));
    let public = sifor::config::parse_public(" 127.0.0.1:0 ", Some("@sifor_demo_bot")).unwrap();
    assert_eq!(public.bot_username.as_deref(), Some("sifor_demo_bot"));

    let db = crate::db::sqlite().await;
    let fake = FakeTelegram::start().await;
    let app = Arc::new(db.app());
    let listener = sifor::startup::bind_public(public).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let taken = sifor::config::parse_public(&addr.to_string(), None).unwrap();
    assert!(sifor::startup::bind_public(taken).await.err().unwrap().contains("cannot listen"));
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let run = tokio::spawn(sifor::startup::run_with_public(
        app,
        bot_config(&fake),
        test_broadcast(),
        Some(listener),
        async {
            let _ = rx.await;
        },
    ));
    let client = reqwest::Client::new();
    let page = client.get(format!("http://{addr}/en/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("https://t.me/sifor_") && page.contains("<html lang=\"en\" dir=\"ltr\">"));
    // The page's connection is closed before the stop, as a browser that left would.
    drop(client);
    let _ = stop.send(());
    // The bot's long poll ends first; under a loaded test run that can take a while.
    tokio::time::timeout(std::time::Duration::from_secs(60), run).await.unwrap().unwrap().unwrap();
    assert!(reqwest::Client::new().get(format!("http://{addr}/en/")).send().await.is_err(), "stopped with the bot");
    db.finish().await;
}

/// Just enough XML to read an Atom feed back: elements, attributes, text, the five entities;
/// panics on anything not well formed.
pub mod xml {
    #[derive(Debug, Clone, Default)]
    pub struct Element {
        pub name: String,
        pub attrs: Vec<(String, String)>,
        pub children: Vec<Element>,
        pub text: String,
    }

    impl Element {
        pub fn attr(&self, name: &str) -> Option<&str> {
            self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
        }

        pub fn child(&self, name: &str) -> Option<&Element> {
            self.children.iter().find(|c| c.name == name)
        }
    }

    fn unescape(s: &str) -> String {
        assert!(!s.contains('<'), "a raw < in {s:?}");
        let out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
        assert!(out.matches('&').count() == out.matches("&amp;").count(), "an unknown entity in {s:?}");
        out.replace("&amp;", "&")
    }

    pub fn parse(text: &str) -> Element {
        let mut stack = vec![Element::default()];
        let mut rest = text.trim_start().strip_prefix("<?xml").map_or(text, |r| &r[r.find("?>").unwrap() + 2..]);
        while let Some(open) = rest.find('<') {
            let top = stack.last_mut().unwrap();
            top.text.push_str(&unescape(&rest[..open]));
            let close = rest[open..].find('>').expect("a tag ends") + open;
            let tag = &rest[open + 1..close];
            rest = &rest[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let done = stack.pop().unwrap();
                assert_eq!(done.name, name.trim(), "mismatched end tag");
                stack.last_mut().expect("an end tag without a start").children.push(done);
                continue;
            }
            let empty = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (name, mut attrs_text) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
            let mut e = Element { name: name.to_string(), ..Element::default() };
            while let Some(eq) = attrs_text.find('=') {
                let key = attrs_text[..eq].trim().to_string();
                let value_start = attrs_text[eq..].find('"').unwrap() + eq + 1;
                let value_end = attrs_text[value_start..].find('"').unwrap() + value_start;
                e.attrs.push((key, unescape(&attrs_text[value_start..value_end])));
                attrs_text = &attrs_text[value_end + 1..];
            }
            if empty {
                stack.last_mut().unwrap().children.push(e);
            } else {
                stack.push(e);
            }
        }
        assert!(rest.trim().is_empty() && stack.len() == 1, "unclosed elements");
        let mut root = stack.pop().unwrap();
        assert_eq!(root.children.len(), 1, "one root element");
        root.children.pop().unwrap()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_served_page_is_built_once_per_while_however_many_ask() {
    on_each_backend(async |db: TestDb| {
        seed(&db.store, &[Person { id: 1, ..BERLINER }]).await;
        let app = Arc::new(db.app());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let router = sifor::web::served(app, None, std::time::Duration::from_secs(60));
        tokio::spawn(sifor::web::serve_on(listener, router, async move {
            let _ = rx.await;
        }));
        let client = reqwest::Client::new();
        let get = |path: &str| client.get(format!("{base}{path}")).send();
        let first = get("/feed/stats.json").await.unwrap();
        assert_eq!(first.status(), 200);
        let tag = first.headers()["etag"].to_str().unwrap().to_string();
        let body = first.text().await.unwrap();
        // Every region is listed, one where nobody lives as "<5" too (its absence would tell).
        let stats: serde_json::Value = serde_json::from_str(&body).unwrap();
        let vienna = stats["users"]["by_region"].as_array().unwrap().iter().find(|r| r["region"] == "vienna").cloned();
        assert_eq!(vienna.map(|r| r["users"].clone()), Some(serde_json::json!("<5")), "{stats}");
        // Ten more users arrive: within the minute everyone gets the answer already built.
        let more: Vec<Person> = (2..=11).map(|id| Person { id, ..BERLINER }).collect();
        seed(&db.store, &more).await;
        let asks: Vec<_> = (0..20)
            .map(|_| {
                let (client, url) = (client.clone(), format!("{base}/feed/stats.json"));
                tokio::spawn(async move { client.get(url).send().await.unwrap().text().await.unwrap() })
            })
            .collect();
        for ask in asks {
            assert_eq!(ask.await.unwrap(), body);
        }
        let again = client.get(format!("{base}/feed/stats.json")).header("if-none-match", &tag).send().await.unwrap();
        assert_eq!(again.status(), 304);
        drop(stop);
    })
    .await;
}
