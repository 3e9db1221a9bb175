//! Failures through the real run loop: a handler that panics, the database going away and
//! coming back, forged button data, the update kinds asked of Telegram, and the purge worker on
//! its schedule. Each asserts what the user reads and what is (not) stored.

use crate::app::{APOLOGY, STALE, TestApp, on_each_backend};
use crate::storage::{Client, DAY, NOW, ONBOARDING};
use crate::telegram::{webhook, webhook_client};
use serde_json::json;
use sifor::config::DataRules;
use sifor::domain::clock::{Clock, ManualClock};
use sifor::services::app::{Hooks, UserRef};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_fails_only_that_update_and_the_next_one_works() {
    on_each_backend(async |db| {
        let armed = Arc::new(AtomicBool::new(true));
        let trap = armed.clone();
        let hooks = Hooks {
            before_event: Some(Arc::new(move |u: UserRef| {
                if u.id == 666 && trap.load(Ordering::SeqCst) {
                    panic!("test panic");
                }
            })),
            ..Default::default()
        };
        let t = TestApp::on(db).hooks(hooks).start().await;
        assert_eq!(t.text("en", "error-try-again"), APOLOGY);
        // Both at the same time: only 666's update fails.
        t.send_text(666, "/start");
        t.send_text(777, "/start");
        let apology = t.sees(666, APOLOGY).await;
        assert_eq!(apology.text, APOLOGY, "the user reads the apology, exactly");
        assert!(apology.buttons.is_empty());
        t.sees(777, "Which language do you want?").await;
        // Still failing: every update of 666 gets the apology, and 777 goes on meanwhile.
        t.send_text(666, "/help");
        t.press(777, "English").await;
        t.sees_times(666, APOLOGY, 2).await;
        t.sees(777, "Question 1 of 7 · How old are you?").await;
        t.settle().await;
        assert!(t.seen(666).iter().all(|m| m.text == APOLOGY), "{:#?}", t.seen(666));
        assert_eq!(t.seen(666).len(), 2);
        assert_eq!(t.stored_user(666, "id").await, None, "{}: nothing stored for the failed updates", t.backend());
        assert_eq!(t.stored_user(777, "locale").await.as_deref(), Some("en"));

        armed.store(false, Ordering::SeqCst);
        t.send_text(666, "/start");
        t.sees(666, "Which language do you want?").await;
        t.press(666, "English").await;
        t.sees(666, "Question 1 of 7 · How old are you?").await;
        t.press(777, "18–24").await;
        t.sees(777, "Question 2 of 7").await;
        t.settle().await;
        assert_eq!(t.stored_user(666, "locale").await.as_deref(), Some("en"), "{}: served normally", t.backend());
        assert_eq!(t.count_seen(666, APOLOGY), 2, "no apology after the cause is gone");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_fails_the_update_whole_and_the_bot_recovers_by_itself() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let user = 4001;
        t.send_text(user, "/start");
        for label in ["English", "18–24", "✅ Yes", "Yes", "Yes"] {
            t.press(user, label).await;
        }
        let country = t.sees(user, "📍 Where do you live?").await;
        t.settle().await;
        assert_eq!(t.stored_profile(user, "age_band").await.as_deref(), Some("18_24"));
        let before = t.dump().await;

        t.db.go_down().await;
        t.fake.press(user, country.id, "Germany");
        let apology = t.sees(user, APOLOGY).await;
        assert_eq!(apology.text, APOLOGY, "{}", t.backend());
        t.settle().await;
        t.db.come_back().await;
        let after = t.dump().await;
        assert_eq!(after, before, "{}: nothing of the failed update was written", t.backend());
        assert_eq!(t.stored_profile(user, "country").await, None);
        let question = t.seen(user).into_iter().find(|m| m.id == country.id).unwrap();
        assert!(question.labels().contains(&"Germany"), "the question keeps its buttons: {question:?}");

        // The same press again: served and stored, with no restart.
        t.fake.press(user, country.id, "Germany");
        t.sees(user, "📍 Which region?").await;
        t.press(user, "Berlin").await;
        t.sees(user, "What are you looking for?").await;
        t.settle().await;
        assert_eq!(t.stored_profile(user, "country").await.as_deref(), Some("DE"), "{}", t.backend());
        assert_eq!(t.stored_profile(user, "region").await.as_deref(), Some("berlin"));
        assert_eq!(t.count_seen(user, APOLOGY), 1);
        assert_eq!(t.fake.unanswered(), 0, "every press was answered, the failed one too");
        t.finish().await;
    })
    .await;
}

/// The update kinds the bot handles, and nothing else.
const HANDLED: [&str; 4] = ["message", "edited_message", "callback_query", "my_chat_member"];

/// Kinds Telegram must not send: the bot takes no payments, inline queries, reactions, boosts or
/// business messages.
const NOT_WANTED: &[&str] = &[
    "pre_checkout_query",
    "shipping_query",
    "purchased_paid_media",
    "inline_query",
    "chosen_inline_result",
    "message_reaction",
    "message_reaction_count",
    "chat_boost",
    "removed_chat_boost",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "channel_post",
    "poll",
    "poll_answer",
    "chat_member",
    "chat_join_request",
];

fn assert_only_handled_kinds(asked: &serde_json::Value, what: &str) {
    let mut kinds: Vec<&str> = asked.as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
    kinds.sort_unstable();
    let mut handled = HANDLED;
    handled.sort_unstable();
    assert_eq!(kinds, handled, "{what} asks for exactly the handled kinds (in any order)");
    for kind in NOT_WANTED {
        assert!(!asked.as_array().unwrap().contains(&json!(kind)), "{what} asks for {kind}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_is_asked_for_exactly_the_update_kinds_the_bot_handles() {
    // Long polling: the first getUpdates says which kinds (Telegram keeps the choice).
    let t = TestApp::start(crate::db::sqlite().await).await;
    t.send_text(5001, "/start");
    t.sees(5001, "Which language do you want?").await;
    let polls = t.fake.requests("getUpdates");
    assert_only_handled_kinds(&polls[0]["allowed_updates"], "the first getUpdates");
    for later in &polls[1..] {
        let asked = &later["allowed_updates"];
        if !asked.is_null() {
            assert_only_handled_kinds(asked, "a later getUpdates");
        }
    }
    t.finish().await;

    // Webhook: setWebhook sends the same kinds and the secret.
    let hook = webhook();
    let t = TestApp::on(crate::db::sqlite().await).webhook(hook.clone()).start().await;
    webhook_client(&t, &hook).await;
    let set = t.fake.requests("setWebhook");
    assert_eq!(set.len(), 1);
    assert_eq!(set[0]["url"], "https://bot.example.org/tg");
    assert_eq!(set[0]["secret_token"], "s3cret_token-1");
    assert_only_handled_kinds(&set[0]["allowed_updates"], "setWebhook");
    assert!(t.fake.requests("getUpdates").is_empty(), "no polling in webhook mode");
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_callback_data_is_answered_as_an_old_button_and_never_stops_the_bot() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let user = 6001;
        t.onboard_en(user).await;
        t.settle().await;
        let before = t.dump().await;
        let question = t.last(user);
        let forged = [
            String::new(),
            "e0.0.0.".into(),
            "e".into(),
            "F".into(),
            "\u{0}".into(),
            format!("m{}", "0".repeat(64)),
            "x".repeat(300),
            "ünïcødé".into(),
            "e0.0.0.p٣".into(),
            "🙂".into(),
        ];
        for (i, data) in forged.iter().enumerate() {
            let answered = t.fake.count("answerCallbackQuery");
            t.press_data(user, question.id, data);
            t.sees_times(user, STALE, i + 1).await;
            let again = t.sees(user, "Are you allowed to work right now?").await;
            assert_eq!(again.labels(), question.labels(), "{data:?}: the current question again, with its buttons");
            assert_eq!(t.fake.count("answerCallbackQuery"), answered + 1, "{data:?} was answered");
        }
        t.settle().await;
        assert_eq!(t.fake.unanswered(), 0);
        assert_eq!(t.count_seen(user, STALE), forged.len(), "{}", t.backend());
        assert_eq!(
            without_activity(&t.dump().await),
            without_activity(&before),
            "{}: forged presses change nothing stored",
            t.backend()
        );

        // Another user is served as usual afterwards.
        t.send_text(6002, "/start");
        t.press(6002, "English").await;
        t.sees(6002, "Question 1 of 7 · How old are you?").await;
        t.settle().await;
        assert_eq!(t.stored_user(6002, "locale").await.as_deref(), Some("en"));
        t.finish().await;
    })
    .await;
}

/// A dump without what every handled event writes: the users' `last_seen`, and the sessions'
/// `version` and `updated_at`.
fn without_activity(dump: &str) -> Vec<String> {
    dump.lines()
        .map(|l| {
            let (table, row) = l.split_once(": ").unwrap();
            let mut cells: Vec<&str> = row.split(" | ").collect();
            match table {
                "users" => drop(cells.remove(9)),
                "sessions" => cells.truncate(6),
                _ => {}
            }
            format!("{table}: {}", cells.join(" | "))
        })
        .collect()
}

/// A clock that tells the test each time it is read: the purge worker reads it once at the
/// start of every run, so the n+1-th reading means n runs have finished.
#[derive(Debug)]
struct Probe {
    clock: ManualClock,
    reads: tokio::sync::mpsc::UnboundedSender<tokio::time::Instant>,
}

impl Clock for Probe {
    fn now(&self) -> i64 {
        let _ = self.reads.send(tokio::time::Instant::now());
        self.clock.now()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_purge_worker_runs_on_its_schedule_and_stops_with_the_shutdown() {
    on_each_backend(async |db| {
        let app = db.app();
        // 1: consented, idle since NOW. 2: never decided on consent, since NOW. 3: consented and
        // active 99 days later.
        for (id, at) in [(1, NOW), (2, NOW), (3, NOW + 99 * DAY)] {
            let mut c = Client::new(&app, id);
            c.now = at;
            c.english().await;
            if id == 2 {
                c.send("4").await;
            } else {
                c.all(&ONBOARDING[..2]).await;
            }
        }
        let dump = db.dump().await;
        assert!(dump.contains("answers: 1 | age_band") && dump.contains("answers: 3 | age_band"), "{dump}");

        let clock = ManualClock::at(NOW);
        clock.set(NOW + 100 * DAY); // past the 90 days of retention for 1, and the 7 days for 2
        let (reads, mut read) = tokio::sync::mpsc::unbounded_channel();
        let every = Duration::from_millis(50);
        let rules = DataRules { purge_every: every, ..DataRules::default() };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let started = tokio::time::Instant::now();
        let worker = tokio::spawn(sifor::services::workers::purge::run(
            db.store.clone(),
            rules,
            Arc::new(Probe { clock: clock.clone(), reads }),
            async move {
                let _ = stopped.await;
            },
        ));
        let patience = Duration::from_secs(15);
        let mut next_read = async || tokio::time::timeout(patience, read.recv()).await.expect("a run").unwrap();
        let first = next_read().await;
        assert!(first - started >= every, "the first run waits one interval");
        let second = next_read().await; // the first run has finished
        assert!(second - started >= 2 * every, "then one run per interval");

        let dump = db.dump().await;
        let ids = |table: &str| -> Vec<String> {
            let prefix = format!("{table}: ");
            dump.lines()
                .filter_map(|l| l.strip_prefix(&prefix))
                .map(|l| l.split(" | ").next().unwrap().to_string())
                .collect()
        };
        assert_eq!(ids("users"), ["1", "3"], "{}: the user without consent is gone", db.backend);
        assert_eq!(ids("sessions"), ["3"], "{}: the idle sessions are gone", db.backend);
        let answers = ids("answers");
        assert!(!answers.is_empty() && answers.iter().all(|id| id == "3"), "{}: only the idle answers go", db.backend);
        assert!(dump.contains("purge | NULL | sessions=2 profiles=1 users=1"), "{}:\n{dump}", db.backend);

        next_read().await; // the second run has finished: nothing left to remove
        assert!(db.dump().await.contains("purge | NULL | sessions=0 profiles=0 users=0"));
        assert!(!worker.is_finished(), "it runs until the shutdown");
        stop.send(()).unwrap();
        tokio::time::timeout(patience, worker).await.expect("returns on shutdown").unwrap();
        // Every run that started has finished, and none starts after the shutdown.
        let mut runs = 3;
        while read.try_recv().is_ok() {
            runs += 1;
        }
        let purges = db.dump().await.lines().filter(|l| l.contains("| purge |")).count();
        assert_eq!(purges, runs, "{}: one audit entry per run", db.backend);
        assert!(read.recv().await.is_none(), "the worker dropped its clock");
        db.finish().await;
    })
    .await;
}
