//! Storage and data rights on SQLite and (with TEST_POSTGRES_URL) PostgreSQL: resuming after a
//! restart, concurrent writes, /mydata, /delete, consent withdrawal, retention and odd input.

use crate::db::{TestDb, backends};
use sifor::services::app::{App, UserRef};
use sifor::services::refugee::conversation::{Command, Event, Reply};
use sifor::services::refugee::view::{Press, View};
use sifor::storage::{StoreError, purge, sessions};

pub const NOW: i64 = 1_800_000_000;
pub const DAY: i64 = 86_400;

/// A user talking to the app, pressing buttons by their number like in the terminal.
pub struct Client<'a> {
    app: &'a App,
    user: UserRef,
    buttons: Vec<Press>,
    /// When the user's events happen (Unix seconds).
    pub now: i64,
}

impl<'a> Client<'a> {
    pub fn new(app: &'a App, id: i64) -> Self {
        Client { app, user: UserRef { id, chat_id: id }, buttons: Vec::new(), now: NOW }
    }

    async fn event(&mut self, event: Event<'_>) -> Reply {
        let reply = self.app.handle(self.user, event, self.now).await.expect("handled");
        for v in &reply.views {
            if let View::Keyboard { options, .. } = v {
                self.buttons = options.iter().map(|b| b.press.clone()).collect();
            }
        }
        reply
    }

    /// A number presses that button of the last keyboard; anything else is typed text.
    pub async fn send(&mut self, text: &str) -> Reply {
        match text.parse::<usize>() {
            Ok(n) if n >= 1 && n <= self.buttons.len() => {
                let press = self.buttons[n - 1].clone();
                self.event(Event::Press(&press)).await
            }
            _ => self.event(Event::Text(text)).await,
        }
    }

    pub async fn all(&mut self, lines: &[&str]) -> Reply {
        let mut last = Reply::default();
        for l in lines {
            last = self.send(l).await;
        }
        last
    }

    pub async fn command(&mut self, c: Command) -> Reply {
        self.event(Event::Command(c)).await
    }

    /// Picks English from the language list (it starts onboarding).
    pub async fn english(&mut self) -> Reply {
        let en = self.app.locales.languages().iter().position(|l| l.tag == "en").unwrap() as u16;
        self.event(Event::Press(&Press::Language(en))).await
    }
}

pub fn texts(reply: &Reply) -> String {
    reply
        .views
        .iter()
        .map(|v| match v {
            View::Text(t) | View::Echo(t) => t.clone(),
            View::Keyboard { text, .. } => text.clone(),
            View::Document { content, .. } => content.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A user from the language list through onboarding (Berlin, job and language course) and the
/// jobs questions to the summary's "looks good"; returns the last reply (the matches).
pub async fn walk_jobs(app: &App, id: i64) -> Reply {
    let mut c = Client::new(app, id);
    c.english().await;
    c.all(ONBOARDING).await;
    c.all(JOBS).await;
    c.send("1").await
}

pub const ONBOARDING: &[&str] = &["4", "1", "1", "1", "1", "1", "1 3"];
const JOBS: &[&str] = &["1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2", "2"];

async fn each_backend<F>(test: F)
where
    F: AsyncFn(&TestDb),
{
    for db in backends().await {
        test(&db).await;
        db.finish().await;
    }
}

async fn export(c: &mut Client<'_>) -> serde_json::Value {
    let reply = c.command(Command::MyData).await;
    let View::Document { content, file_name, .. } = &reply.views[0] else { panic!("no document: {reply:?}") };
    assert!(file_name.starts_with("sifor-R-") && file_name.ends_with(".json"), "{file_name}");
    serde_json::from_str(content).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_mid_flow_asks_the_same_question_with_every_answer_kept() {
    each_backend(async |db: &TestDb| {
        {
            let app = db.app();
            let mut c = Client::new(&app, 42);
            c.english().await;
            c.all(ONBOARDING).await;
            let reply = c.all(&JOBS[..4]).await;
            assert!(texts(&reply).contains("Question 5 of 12 · 🎓 What is your highest education?"), "{}", db.backend);
            app.store.close().await;
        }
        // A new process: a new pool on the same database.
        let store = sifor::storage::Store::open(&db.url).await.unwrap();
        let (flows, locales) = (db.app().flows, db.app().locales);
        let app = App::new(store, flows, locales, Default::default());
        let mut c = Client::new(&app, 42);
        let reply = c.command(Command::Start).await;
        assert!(
            texts(&reply).contains("Question 5 of 12 · 🎓 What is your highest education?"),
            "{}: {reply:?}",
            db.backend
        );
        c.all(&JOBS[4..]).await;
        let reply = c.send("1").await; // the summary's "looks good"
        assert!(texts(&reply).contains("Thank you! We are looking for programmes that fit you."), "{}", db.backend);
        let data = export(&mut c).await;
        let keys: Vec<&str> = data["profile"].as_array().unwrap().iter().map(|a| a["key"].as_str().unwrap()).collect();
        for key in
            ["age_band", "country", "region", "goals", "allowed_to_work", "other_languages", "education", "women_only"]
        {
            assert!(keys.contains(&key), "{}: {key} missing from {keys:?}", db.backend);
        }
        app.store.close().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concurrent_second_write_to_a_session_is_detected() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 7);
        c.english().await;
        let mut a = db.store.begin().await.unwrap();
        let (state, version) = sessions::load(&mut a, 7).await.unwrap().unwrap();
        a.commit().await.unwrap();
        let mut first = db.store.begin().await.unwrap();
        sessions::save(&mut first, 7, &state, &Default::default(), Some(version), NOW).await.unwrap();
        first.commit().await.unwrap();
        let mut second = db.store.begin().await.unwrap();
        let clash = sessions::save(&mut second, 7, &state, &Default::default(), Some(version), NOW).await;
        assert!(matches!(clash, Err(StoreError::Conflict)), "{}: {clash:?}", db.backend);
        drop(second);
        let mut third = db.store.begin().await.unwrap();
        sifor::storage::users::touch(&mut third, 8, 8, NOW).await.unwrap();
        let twice = sessions::save(&mut third, 8, &state, &Default::default(), None, NOW).await;
        assert!(twice.is_ok(), "{}: {twice:?}", db.backend);
        let again = sessions::save(&mut third, 8, &state, &Default::default(), None, NOW).await;
        assert!(matches!(again, Err(StoreError::Conflict)), "{}: a second first write is a conflict too", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_events_of_one_user_are_all_kept() {
    each_backend(async |db: &TestDb| {
        let app = std::sync::Arc::new(db.app());
        let mut c = Client::new(&app, 9);
        c.english().await;
        c.all(&ONBOARDING[..6]).await; // at the goals question (a multi)
        let user = c.user;
        let tasks: Vec<_> = c.buttons[..5]
            .iter()
            .cloned()
            .map(|press| {
                let app = app.clone();
                tokio::spawn(async move { app.handle(user, Event::Press(&press), NOW).await.map(|_| ()) })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().expect("every event lands, run again if it collided");
        }
        let state = app.state(9).await.unwrap().unwrap();
        let mut pending = state.session.unwrap().pending;
        pending.sort();
        assert_eq!(pending, [0, 1, 2, 3, 4], "{}: no tick was lost", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mydata_holds_every_answer_and_nothing_about_others() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut other = Client::new(&app, 2);
        other.english().await;
        other.all(ONBOARDING).await;
        let other_pseudonym = export(&mut other).await["pseudonym"].as_str().unwrap().to_string();

        let mut c = Client::new(&app, 1);
        c.english().await;
        c.all(ONBOARDING).await;
        c.all(JOBS).await;
        c.send("1").await;
        c.command(Command::Menu).await;
        c.all(&["3", "1", "The course is far", "A course nearby, please", "1 2", "2", "2", "1"]).await;
        let data = export(&mut c).await;
        let profile: std::collections::BTreeMap<String, String> = data["profile"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a["key"].as_str().unwrap().to_string(), a["value"].as_str().unwrap().to_string()))
            .collect();
        let expect = [
            ("age_band", "18_24"),
            ("country", "DE"),
            ("region", "berlin"),
            ("goals", "job,language"),
            ("allowed_to_work", "yes"),
            ("status_category", "refugee"),
            ("host_language_level", "a_little"),
            ("other_languages", "ar,en"),
            ("education", "university"),
            ("foreign_qualification", "yes"),
            ("qualification_documents", "some"),
            ("sector", "crafts,it"),
            ("experience", "2_5"),
            ("availability", "full_time"),
            ("childcare", "no"),
            ("women_only", "no"),
        ];
        for (k, v) in expect {
            assert_eq!(profile.get(k).map(String::as_str), Some(v), "{}: {k}", db.backend);
        }
        assert_eq!(profile.len(), expect.len(), "{}: {profile:?}", db.backend);
        let consents: Vec<(&str, bool)> = data["consents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["purpose"].as_str().unwrap(), c["granted"].as_bool().unwrap()))
            .collect();
        assert_eq!(consents, [("announcements", true), ("ideas", true), ("profile", true)]);
        assert_eq!(data["consents"][0]["policy_version"], "2026-11");
        let ideas = data["ideas"].as_array().unwrap();
        assert_eq!(ideas.len(), 1);
        assert_eq!(ideas[0]["problem"], "The course is far");
        assert_eq!(ideas[0]["idea"], "A course nearby, please");
        assert_eq!(ideas[0]["beneficiaries"], "everyone,women");
        assert_eq!(ideas[0]["may_contact"], false);
        assert!(data["audit_log"].as_array().unwrap().iter().any(|e| e["action"] == "idea_submitted"));
        let text = data.to_string();
        assert!(!text.contains(&other_pseudonym), "{}: another user's pseudonym in the export", db.backend);
        assert!(!text.contains("\"telegram_user_id\":2"), "{}", db.backend);
        // The idea's texts left the conversation state once stored.
        assert!(!data["conversation"].to_string().contains("The course is far"), "{}", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_leaves_no_trace_in_any_table() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut keep = Client::new(&app, 5_000_001);
        keep.english().await;
        keep.all(ONBOARDING).await;
        let mut c = Client::new(&app, 5_000_002);
        c.english().await;
        c.all(ONBOARDING).await;
        c.all(JOBS).await;
        c.send("1").await;
        c.command(Command::Menu).await;
        c.all(&["3", "1", "Nobody answers emails", "Weekly open office hours", "1", "7", "1", "1"]).await;
        let pseudonym = export(&mut c).await["pseudonym"].as_str().unwrap().to_string();
        let before = db.dump().await;
        assert!(
            before.contains(&pseudonym) && before.contains("5000002") && before.contains("Weekly open office hours")
        );

        let reply = c.command(Command::Delete).await;
        assert!(texts(&reply).contains("Do you really want to delete everything"), "{reply:?}");
        let reply = c.send("2").await; // cancel
        assert!(texts(&reply).contains("OK, nothing was deleted."));
        assert!(db.dump().await.contains(&pseudonym));
        c.command(Command::Delete).await;
        let reply = c.send("1").await;
        assert!(texts(&reply).contains("Everything is deleted."), "{reply:?}");

        let after = db.dump().await;
        for trace in [pseudonym.as_str(), "5000002", "Weekly open office hours", "Nobody answers emails"] {
            assert!(!after.contains(trace), "{}: `{trace}` is still stored:\n{after}", db.backend);
        }
        assert!(after.contains("5000001"), "{}: the other user is untouched", db.backend);
        assert!(after.contains("user_deleted"), "{}: the erasure itself is audited, without names", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawing_consent_is_as_easy_as_giving_it() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 77);
        c.english().await;
        c.all(ONBOARDING).await;
        c.all(&JOBS[..3]).await;
        assert_eq!(export(&mut c).await["profile"].as_array().unwrap().len(), 7);
        let reply = c.command(Command::Consent).await;
        let shown = format!("{reply:?}");
        assert!(
            shown.contains("✅ Keep answers to find programmes") && shown.contains("✅ News about workshops"),
            "{shown}"
        );
        let reply = c.send("1").await; // profile off
        assert!(texts(&reply).contains("We deleted your answers"), "{reply:?}");
        assert!(format!("{reply:?}").contains("❌ Keep answers to find programmes"));
        let data = export(&mut c).await;
        assert_eq!(data["profile"].as_array().unwrap().len(), 0, "{}", db.backend);
        assert!(!data["conversation"].to_string().contains("berlin"), "{}: no answers left in the session", db.backend);
        let profile = data["consents"].as_array().unwrap().iter().find(|c| c["purpose"] == "profile").unwrap().clone();
        assert_eq!(profile["granted"], false);
        assert_eq!(db.count("answers").await, 0);

        c.send("1").await; // and on again
        let data = export(&mut c).await;
        let profile = data["consents"].as_array().unwrap().iter().find(|c| c["purpose"] == "profile").unwrap().clone();
        assert_eq!(profile["granted"], true);

        let reply = c.command(Command::Stop).await;
        assert!(texts(&reply).contains("You will get no more news."));
        let data = export(&mut c).await;
        assert_eq!(data["announcements_stopped"], true);
        let news =
            data["consents"].as_array().unwrap().iter().find(|c| c["purpose"] == "announcements").unwrap().clone();
        assert_eq!(news["granted"], false, "{}", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn purge_removes_exactly_idle_sessions_and_users_without_consent() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        // A: consented, idle for 100 days. B: never consented, 8 days old. C: never consented,
        // 1 day old. D: consented, idle for 10 days.
        for (id, days_ago, consent) in [(1, 100, true), (2, 8, false), (3, 1, false), (4, 10, true)] {
            let mut c = Client::new(&app, id);
            c.now = NOW - days_ago * DAY;
            c.english().await;
            if consent {
                c.all(&ONBOARDING[..2]).await;
            } else {
                c.send("4").await;
            }
        }
        let done = purge::run(&db.store, sifor::config::Retention::default(), NOW).await.unwrap();
        assert_eq!(done, purge::Purged { sessions: 1, profiles: 1, users: 1 }, "{}", db.backend);
        let dump = db.dump().await;
        let users: Vec<&str> = dump.lines().filter(|l| l.starts_with("users: ")).collect();
        let ids: Vec<&str> = users.iter().map(|l| l["users: ".len()..].split(" | ").next().unwrap()).collect();
        assert_eq!(ids, ["1", "3", "4"], "{}", db.backend);
        let sessions: Vec<&str> = dump
            .lines()
            .filter(|l| l.starts_with("sessions: "))
            .map(|l| l["sessions: ".len()..].split(" | ").next().unwrap())
            .collect();
        assert_eq!(sessions, ["3", "4"], "{}", db.backend);
        let profiles: Vec<&str> = dump
            .lines()
            .filter(|l| l.starts_with("answers: "))
            .map(|l| l["answers: ".len()..].split(" | ").next().unwrap())
            .collect();
        assert_eq!(profiles, ["4"], "{}: the idle user's answers are gone, the active one's kept", db.backend);
        assert!(dump.contains("purge | NULL | sessions=1 profiles=1 users=1"), "{}:\n{dump}", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_input_is_stored_unchanged_or_refused_clearly() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 99);
        c.english().await;
        c.all(&["4", "1", "1", "1", "5", "1"]).await;
        c.command(Command::Menu).await;
        c.all(&["3", "1"]).await; // ideas, topic
        let huge = "x".repeat(10_000);
        let reply = c.send(&huge).await;
        assert!(texts(&reply).contains("That is too long. Please write at most 500 characters."), "{}", db.backend);
        let reply = c.send("nul\0byte here").await;
        assert!(texts(&reply).contains("That does not look right."), "{}", db.backend);
        let sql = "'); DROP TABLE users; -- \"quoted\" \\ %_";
        c.send(sql).await;
        let rtl_emoji = "نحتاج دورة قريبة 🙏🏽 للأمهات ‏مع رعاية";
        c.send(rtl_emoji).await;
        c.all(&["1", "8", "1", "2", "1"]).await;
        let data = export(&mut c).await;
        assert_eq!(data["ideas"][0]["problem"], sql, "{}", db.backend);
        assert_eq!(data["ideas"][0]["idea"], rtl_emoji, "{}", db.backend);
        assert_eq!(db.count("users").await, 1);
        assert!(!db.dump().await.contains(&huge), "{}: the refused text was not stored", db.backend);
    })
    .await;
}

fn consent(data: &serde_json::Value, purpose: &str) -> Option<bool> {
    data["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == purpose)
        .map(|c| c["granted"].as_bool().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consent_given_inside_a_flow_is_kept_and_an_idea_needs_it() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        // Onboarding: profile yes, news no, ideas NO.
        let mut c = Client::new(&app, 31);
        c.english().await;
        c.all(&["4", "1", "2", "2", "1", "1", "1 3"]).await;
        c.command(Command::Menu).await;
        // The ideas flow asks for the ideas consent itself; "Yes" must stick.
        let reply = c.all(&["3", "1"]).await;
        assert!(texts(&reply).contains("What is your idea about?"), "{}: {reply:?}", db.backend);
        c.all(&["2", "The course is far away", "A course in the reception centre", "8", "2", "2", "1"]).await;
        let data = export(&mut c).await;
        assert_eq!(consent(&data, "ideas"), Some(true), "{}", db.backend);
        assert_eq!(data["ideas"].as_array().unwrap().len(), 1, "{}", db.backend);

        // Someone who says no inside the flow: nothing is kept.
        let mut d = Client::new(&app, 32);
        d.english().await;
        d.all(&["4", "1", "2", "2", "1", "1", "1 3"]).await;
        d.command(Command::Menu).await;
        let reply = d.all(&["3", "2"]).await;
        assert!(texts(&reply).contains("OK, we keep nothing."), "{reply:?}");
        let data = export(&mut d).await;
        assert_eq!(consent(&data, "ideas"), Some(false));
        assert_eq!(data["ideas"].as_array().unwrap().len(), 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_sixteen_nothing_is_kept_whatever_the_path() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 41);
        c.english().await;
        let reply = c.send("2").await; // 14–15
        assert!(texts(&reply).contains("You are under 16, so we do not save anything."), "{reply:?}");
        let reply = c.command(Command::Consent).await;
        assert!(texts(&reply).contains("Your choices"));
        let reply = c.send("1").await; // switch "keep answers" on
        assert!(texts(&reply).contains("You are under 16"), "{}: refused: {reply:?}", db.backend);
        c.command(Command::Menu).await;
        let reply = c.send("1").await; // work and training
        assert!(texts(&reply).contains("You are under 16"), "{}: the jobs flow stops too: {reply:?}", db.backend);
        c.command(Command::Menu).await;
        let reply = c.send("3").await; // ideas
        assert!(texts(&reply).contains("You are under 16"), "{}: and the ideas flow: {reply:?}", db.backend);
        let data = export(&mut c).await;
        assert_eq!(data["profile"].as_array().unwrap().len(), 0, "{}", db.backend);
        assert!(data["consents"].as_array().unwrap().iter().all(|c| c["granted"] == false), "{data}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_switches_set_a_state_and_stop_and_consent_agree() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 51);
        c.english().await;
        c.all(ONBOARDING).await;
        c.all(JOBS).await;
        c.send("1").await; // matches shown: a match result is kept
        assert!(export(&mut c).await["last_match_result"].is_object(), "{}", db.backend);
        c.command(Command::Consent).await;
        let off = c.buttons[0].clone();
        c.event(Event::Press(&off)).await;
        let again = c.event(Event::Press(&off)).await; // an old keyboard, pressed again
        assert!(texts(&again).contains("OK, switched off."), "{again:?}");
        let data = export(&mut c).await;
        assert_eq!(consent(&data, "profile"), Some(false));
        assert!(data["last_match_result"].is_null(), "{}: withdrawing removes the match result too", db.backend);
        assert!(!db.dump().await.lines().any(|l| l.starts_with("match_results: 51 |")));

        c.command(Command::Stop).await;
        assert_eq!(export(&mut c).await["announcements_stopped"], true);
        c.command(Command::Consent).await;
        c.send("2").await; // news on again
        let data = export(&mut c).await;
        assert_eq!(consent(&data, "announcements"), Some(true));
        assert_eq!(data["announcements_stopped"], false, "{}: /consent undoes /stop", db.backend);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idea_left_half_way_is_not_kept() {
    each_backend(async |db: &TestDb| {
        let app = db.app();
        let mut c = Client::new(&app, 61);
        c.english().await;
        c.all(ONBOARDING).await;
        c.command(Command::Menu).await;
        c.all(&["3", "1", "My draft about the course"]).await;
        assert!(export(&mut c).await["conversation"].to_string().contains("My draft"), "kept while writing");
        c.command(Command::Menu).await;
        let data = export(&mut c).await;
        assert!(!data.to_string().contains("My draft"), "{}: dropped on leaving: {data}", db.backend);
        assert!(!db.dump().await.contains("My draft"));
    })
    .await;
}
