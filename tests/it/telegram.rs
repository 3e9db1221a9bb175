//! End-to-end tests through the real `run` loop: long polling against the fake Bot API, the
//! real App on a SQLite file. Each asserts what the user sees (texts, buttons) and what is stored.

use crate::db::{TestDb, sqlite};
use crate::fake_telegram::{FakeTelegram, Fault, Seen, other_kinds};
use serde_json::json;
use sifor::config::{Secret, Telegram as Config, Webhook};
use sifor::flow::Arg;
use sifor::telegram::{self, RunError};
use std::sync::Arc;
use std::time::Duration;

const TOKEN: &str = "123456:TEST-token_abc";

pub struct TestBot {
    pub fake: Arc<FakeTelegram>,
    pub db: TestDb,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<Result<(), RunError>>>,
}

pub fn config(fake: &FakeTelegram) -> Config {
    Config {
        token: Secret::new(TOKEN),
        api_url: Some(url::Url::parse(&fake.url).unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(1),
    }
}

impl TestBot {
    pub async fn start() -> TestBot {
        let fake = Arc::new(FakeTelegram::start().await);
        TestBot::start_with(fake, sqlite().await).await
    }

    pub async fn start_with(fake: Arc<FakeTelegram>, db: TestDb) -> TestBot {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_env("TEST_LOG"))
            .with_test_writer()
            .try_init();
        let app = Arc::new(db.app());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(telegram::run(app, config(&fake), async move {
            let _ = rx.await;
        }));
        TestBot { fake, db, stop: Some(tx), task: Some(task) }
    }

    /// Stops the bot the way SIGTERM does and waits until it has finished.
    pub async fn stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(15), task)
                .await
                .expect("stops in time")
                .unwrap()
                .expect("runs cleanly");
        }
    }

    fn text(&self, tag: &str, id: &str) -> String {
        self.db.app().locales.text(tag, id, &[])
    }
}

/// Waits for the newest message to carry buttons and presses the one labelled `label`.
async fn press(fake: &FakeTelegram, user: i64, label: &str) {
    let what = format!("a new message with a button `{label}`");
    fake.wait_for(user, &what, |_| fake.fresh_with_button(user, label).is_some()).await;
    let message = fake.fresh_with_button(user, label).unwrap();
    fake.press(user, message.id, label);
}

/// Presses the n-th (0-based) answer button of the newest message.
async fn press_nth(fake: &FakeTelegram, user: i64, n: usize) {
    let seen = fake.wait_for(user, "buttons", |s| s.last().is_some_and(|m| !m.buttons.is_empty())).await;
    let last = seen.last().unwrap();
    let label = last.labels()[n].to_string();
    fake.press(user, last.id, &label);
    fake.wait_for(user, "the press to be handled", |s| {
        s.len() > seen.len() || s.iter().zip(&seen).any(|(a, b)| a != b)
    })
    .await;
}

async fn count_texts(fake: &FakeTelegram, user: i64, text: &str) -> usize {
    fake.seen(user).iter().filter(|m| m.text.contains(text)).count()
}

/// /start, English, then onboarding answered with the first useful buttons up to the jobs flow.
async fn onboard_en(fake: &FakeTelegram, user: i64) {
    fake.send_text(user, "/start");
    press(fake, user, "English").await;
    press(fake, user, "18–24").await;
    press(fake, user, "✅ Yes").await;
    press(fake, user, "Yes").await;
    press(fake, user, "Yes").await;
    press(fake, user, "Germany").await;
    press(fake, user, "Berlin").await;
    press(fake, user, "💼 A job").await;
    press(fake, user, "✅ Done").await;
    fake.wait_text(user, "Are you allowed to work right now?").await;
}

/// The jobs questions answered in English, up to the summary.
async fn answer_jobs_en(fake: &FakeTelegram, user: i64) {
    let answers = [
        "Yes",
        "Recognised refugee",
        "A little (A1–A2)",
        "Arabic",
        "✅ Done",
        "University",
        "No",
        "Crafts",
        "✅ Done",
        "2 to 5 years",
        "Full time",
        "No",
        "No",
    ];
    for label in answers {
        press(fake, user, label).await;
    }
}

fn profile_value(dump: &str, user: i64, key: &str) -> Option<String> {
    let prefix = format!("answers: {user} | {key} | ");
    dump.lines().find_map(|l| l.strip_prefix(&prefix)).map(|rest| rest.split(" | ").next().unwrap().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn onboarding_jobs_and_summary_in_english() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1001;
    fake.send_text(user, "/start");
    let picker = fake.wait_text(user, "Which language do you want?").await;
    assert_eq!(picker.labels()[0], "English", "Telegram's language (en) comes first");
    assert!(picker.labels().contains(&"العربية") && picker.labels().contains(&"Українська"));
    fake.press(user, picker.id, "English");
    let age = fake.wait_text(user, "Question 1 of 7 · How old are you?").await;
    assert!(age.labels().contains(&"🔒 Why do we ask?") && age.labels().contains(&"🌐 Language"), "{age:?}");
    fake.press(user, age.id, "18–24");
    fake.wait_text(user, "Question 2 of 7").await;
    let answered = fake.seen(user).into_iter().find(|m| m.id == age.id).unwrap();
    assert!(answered.text.ends_with("How old are you?\n✓ 18–24"), "the question shows the answer: {answered:?}");
    assert!(answered.buttons.is_empty(), "and loses its keyboard");

    for label in ["✅ Yes", "Yes", "Yes", "Germany", "Berlin", "💼 A job", "🗣️ A language course", "✅ Done"] {
        press(&fake, user, label).await;
    }
    fake.wait_text(user, "Question 1 of 12 · Are you allowed to work right now?").await;
    answer_jobs_en(&fake, user).await;
    let summary = fake.wait_text(user, "Here is what you told us:").await;
    for line in ["Allowed to work: Yes", "🗣️ Other languages: Arabic", "🎓 Education: University", "💼 Areas: Crafts"]
    {
        assert!(summary.text.contains(line), "{}", summary.text);
    }
    assert!(summary.labels().contains(&"✅ Looks good") && summary.labels().contains(&"✏️ Change: 🎓 Education"));
    fake.press(user, summary.id, "✅ Looks good");
    fake.wait_text(user, "What would you like to do?").await;
    assert_eq!(count_texts(&fake, user, "Thank you! We are looking for programmes that fit you.").await, 1);
    fake.settle().await;
    assert_eq!(fake.unanswered(), 0, "every press was answered");
    for (_, body) in fake.calls() {
        for row in body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten() {
            for b in row.as_array().unwrap() {
                assert!(b["callback_data"].as_str().unwrap().len() <= 64);
            }
        }
    }
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert_eq!(profile_value(&dump, user, "region").as_deref(), Some("berlin"));
    assert_eq!(profile_value(&dump, user, "goals").as_deref(), Some("job,language"));
    assert_eq!(profile_value(&dump, user, "education").as_deref(), Some("university"));
    assert_eq!(profile_value(&dump, user, "sector").as_deref(), Some("crafts"));
    assert!(dump.contains("users: 1001 | 1001 | R-"), "{dump}");
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn onboarding_jobs_and_summary_in_arabic() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let app = bot.db.app();
    let ar = |id: &str| app.locales.raw("ar", id, &[]).unwrap();
    let user = 1002;
    fake.send_text_in(user, "ar", "/start");
    let picker = fake.wait_text(user, &ar("language-title")).await;
    assert_eq!(picker.labels()[0], "العربية", "Telegram's language (ar) is pre-selected first");
    fake.press(user, picker.id, "العربية");
    let age = fake.wait_text(user, &ar("onb-age")).await;
    let first = age.text.chars().next().unwrap();
    assert!(
        first == '\u{200F}' || sifor::i18n::rtl::is_rtl_letter(first),
        "RTL messages start right to left: {:?}",
        age.text
    );
    // 18–24, consent, news, ideas, Germany, Berlin, then goals: a job, done.
    for n in [3, 0, 0, 0, 0, 0, 0, 6] {
        press_nth(&fake, user, n).await;
    }
    fake.wait_text(user, &ar("q-allowed-to-work")).await;
    for n in [0, 1, 1, 0, 10, 4, 1, 2, 12, 2, 0, 1, 1] {
        press_nth(&fake, user, n).await;
    }
    let summary = fake.wait_text(user, &ar("summary-title")).await;
    assert!(summary.text.contains(&ar("opt-edu-university")), "{}", summary.text);
    assert!(summary.text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count() > 50);
    press_nth(&fake, user, 0).await;
    fake.wait_text(user, &ar("menu-title")).await;
    assert_eq!(count_texts(&fake, user, &ar("jobs-done")).await, 1);
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert_eq!(profile_value(&dump, user, "education").as_deref(), Some("university"));
    assert!(dump.contains("users: 1002 | 1002 | R-") && dump.contains(" | ar | refugee |"), "{dump}");
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_and_changing_an_earlier_answer() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1003;
    onboard_en(&fake, user).await;
    press(&fake, user, "Yes").await;
    let q = fake.wait_text(user, "What is your residence status?").await;
    fake.press(user, q.id, "⬅️ Back");
    let back = fake.wait_text(user, "Are you allowed to work right now?").await;
    assert!(back.labels().contains(&"✓ Yes"), "the earlier answer is marked: {back:?}");
    fake.press(user, back.id, "No");
    fake.wait_text(user, "What is your residence status?").await;
    bot.fake.settle().await;
    bot.stop().await;
    assert_eq!(profile_value(&bot.db.dump().await, user, "allowed_to_work").as_deref(), Some("no"));
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_changes_mid_flow_and_every_answer_stays() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1004;
    onboard_en(&fake, user).await;
    fake.send_text(user, "/language");
    let picker = fake.wait_text(user, "Which language do you want?").await;
    fake.press(user, picker.id, "Deutsch");
    let app = bot.db.app();
    let q = fake.wait_text(user, &app.locales.raw("de", "q-allowed-to-work", &[]).unwrap()).await;
    assert!(fake.seen(user).iter().any(|m| m.text == app.locales.text("de", "language-changed", &[])));
    assert!(
        q.text.starts_with(&app.locales.raw("de", "progress", &[("n", Arg::Num(1)), ("total", Arg::Num(12))]).unwrap())
    );
    fake.settle().await;
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert_eq!(profile_value(&dump, user, "region").as_deref(), Some("berlin"));
    assert!(dump.contains(" | de | refugee |"), "{dump}");
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_and_forged_presses_change_nothing_and_show_the_question() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1005;
    onboard_en(&fake, user).await;
    let before = bot.db.dump().await;
    // An old keyboard: the goals question was answered already.
    let goals = fake.seen(user).into_iter().find(|m| m.text.contains("What are you looking for?")).unwrap();
    let old_data = fake
        .calls()
        .iter()
        .filter(|(m, _)| m == "sendmessage")
        .find_map(|(_, b)| {
            (b["text"].as_str()?.contains("What are you looking for?"))
                .then(|| b["reply_markup"]["inline_keyboard"][0][0]["callback_data"].as_str().unwrap().to_string())
        })
        .unwrap();
    fake.press_data(user, goals.id, &old_data);
    fake.wait_count(user, "That button belongs to an earlier question.", 1).await;
    fake.wait_text(user, "Are you allowed to work right now?").await;
    assert_eq!(count_texts(&fake, user, "That button belongs to an earlier question.").await, 1);
    for forged in ["e999.1.zz.p0", "garbage", "e0.0.0.p9999"] {
        fake.press_data(user, goals.id, forged);
    }
    fake.settle().await;
    assert_eq!(fake.unanswered(), 0, "stale and forged presses are answered too");
    assert_eq!(count_texts(&fake, user, "That button belongs to an earlier question.").await, 4);
    assert!(fake.last(user).unwrap().text.contains("Are you allowed to work right now?"));
    bot.stop().await;
    let after = bot.db.dump().await;
    let answers = |d: &str| {
        d.lines()
            .filter(|l| l.starts_with("answers: "))
            .map(|l| l.rsplit_once(" | ").unwrap().0.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(answers(&before), answers(&after), "nothing stored changed");
    bot.db.finish().await;
}

/// Moves a fresh user to the ideas flow's first text question.
async fn to_idea_text(fake: &FakeTelegram, user: i64) {
    onboard_en(fake, user).await;
    fake.send_text(user, "/menu");
    press(fake, user, "💡 An idea for better support").await;
    press(fake, user, "🎓 Training").await;
    fake.wait_text(user, "What is the problem, in a few words?").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_message_kinds_and_edits_get_a_hint_and_store_nothing() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1006;
    to_idea_text(&fake, user).await;
    // Each gets a hint; every third one in a row points to the buttons and /help instead.
    let hint = "Please answer with text or a button. We do not keep photos, voice or files.";
    let help = "It seems this is not working. Use the buttons, ⬅️ go back, or send /help.";
    let hints = |s: &[Seen]| s.iter().filter(|m| m.text == hint || m.text == help).count();
    let kinds = other_kinds();
    for (i, (kind, content)) in kinds.iter().enumerate() {
        fake.send(user, "en", content.clone());
        fake.wait_for(user, &format!("a hint for a {kind}"), |s| hints(s) > i).await;
        fake.wait_text(user, "What is the problem").await;
    }
    fake.send_edit(user, "changed my mind");
    fake.wait_for(user, "a hint for the edit", |s| hints(s) > kinds.len()).await;
    let seen = fake.seen(user);
    assert_eq!(seen.iter().filter(|m| m.text == help).count(), (kinds.len() + 1) / 3, "help every third time");
    fake.settle().await;
    assert!(fake.last(user).unwrap().text.contains("What is the problem"), "the question is shown again");
    bot.stop().await;
    let dump = bot.db.dump().await;
    for leak in ["+4900000000", "cv.pdf", "changed my mind", "52.5"] {
        assert!(!dump.contains(leak), "{leak} was stored");
    }
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_five_thousand_character_message_is_refused_with_the_limit() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1007;
    to_idea_text(&fake, user).await;
    let long = "x".repeat(5000);
    fake.send_text(user, &long);
    fake.wait_count(user, "That is too long", 1).await;
    fake.wait_text(user, "What is the problem").await;
    assert_eq!(
        count_texts(&fake, user, "That is too long. Please write at most 500 characters.").await,
        1,
        "{:#?}",
        fake.seen(user)
    );
    fake.send_text(user, "Courses are <far> & full");
    fake.wait_text(user, "What is your idea?").await;
    assert!(
        fake.seen(user).iter().any(|m| m.text.ends_with("✓ Courses are <far> & full")),
        "echoed exactly, HTML-escaped on the wire"
    );
    bot.stop().await;
    assert!(!bot.db.dump().await.contains(&long));
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mydata_sends_a_json_document_and_delete_leaves_no_trace() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1008;
    onboard_en(&fake, user).await;
    fake.send_text(user, "/mydata");
    let doc = fake.wait_for(user, "the export", |s| s.iter().any(|m| m.document.is_some())).await;
    let (name, content) = doc.iter().find_map(|m| m.document.clone()).unwrap();
    assert!(name.starts_with("sifor-R-") && name.ends_with(".json"), "{name}");
    let data: serde_json::Value = serde_json::from_str(&content).unwrap();
    let keys: Vec<&str> = data["profile"].as_array().unwrap().iter().map(|a| a["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["age_band", "country", "goals", "region"]);
    assert_eq!(data["telegram_user_id"], json!(user));
    let pseudonym = data["pseudonym"].as_str().unwrap().to_string();

    fake.send_text(user, "/delete");
    let confirm = fake.wait_text(user, "Do you really want to delete everything").await;
    fake.press(user, confirm.id, "🗑️ Yes, delete everything");
    fake.wait_text(user, "Everything is deleted.").await;
    fake.settle().await;
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert!(!dump.contains(&pseudonym) && !dump.contains("1008"), "{dump}");
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_bot_started_again_continues_where_the_user_was() {
    let fake = Arc::new(FakeTelegram::start().await);
    let dir = tempfile::tempdir().unwrap();
    let url = sifor::storage::sqlite_url(&dir.path().join("bot.db"));
    let user = 1009;
    let mut bot = TestBot::start_with(fake.clone(), crate::db::TestDb::open_sqlite(&url).await).await;
    onboard_en(&fake, user).await;
    press(&fake, user, "No").await;
    fake.wait_text(user, "What is your residence status?").await;
    fake.settle().await;
    bot.stop().await;
    let confirmed = fake.confirmed();
    assert!(confirmed > 0 && fake.pending_updates() == 0, "the last update was confirmed on shutdown");

    let mut bot = TestBot::start_with(fake.clone(), crate::db::TestDb::open_sqlite(&url).await).await;
    let q = fake.last(user).unwrap();
    fake.press(user, q.id, "Recognised refugee");
    fake.wait_text(user, "How well do you speak German?").await;
    fake.settle().await;
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert_eq!(profile_value(&dump, user, "allowed_to_work").as_deref(), Some("no"));
    assert_eq!(profile_value(&dump, user, "status_category").as_deref(), Some("refugee"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_message_arrives_once() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1010;
    fake.fail("sendMessage", Some(user), Fault::RetryAfter(1), 1);
    let start = std::time::Instant::now();
    fake.send_text(user, "/start");
    fake.wait_text(user, "Which language do you want?").await;
    assert!(start.elapsed() >= Duration::from_secs(1), "waited retry_after");
    fake.settle().await;
    assert_eq!(count_texts(&fake, user, "Which language do you want?").await, 1, "arrives exactly once");
    let sends = fake.calls().iter().filter(|(m, b)| m == "sendmessage" && b["chat_id"] == json!(user)).count();
    assert_eq!(sends, 2, "the same request was sent again once");
    bot.stop().await;
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_blocked_the_bot_is_marked_unreachable_until_they_return() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    let user = 1011;
    fake.send_text(user, "/start");
    fake.wait_text(user, "Which language do you want?").await;
    fake.fail("sendMessage", Some(user), Fault::Blocked, 1);
    fake.send_text(user, "/help");
    fake.settle().await;
    let unreachable = |dump: &str| {
        dump.lines()
            .find(|l| l.starts_with(&format!("users: {user} |")))
            .unwrap()
            .split(" | ")
            .nth(6)
            .unwrap()
            .to_string()
    };
    assert_ne!(unreachable(&bot.db.dump().await), "NULL", "403 blocked marks the user");
    let blocked_sends = fake.count("sendMessage");
    fake.set_blocked(user, false);
    fake.settle().await;
    assert_eq!(unreachable(&bot.db.dump().await), "NULL", "a member update makes them reachable");
    fake.set_blocked(user, true);
    fake.settle().await;
    assert_ne!(unreachable(&bot.db.dump().await), "NULL", "kicked marks them again");
    assert_eq!(fake.count("sendMessage"), blocked_sends, "nothing is sent for membership changes");
    fake.send_text(user, "/start");
    fake.wait_text(user, "Which language do you want?").await;
    fake.settle().await;
    assert_eq!(unreachable(&bot.db.dump().await), "NULL", "writing again makes them reachable");
    bot.stop().await;
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_links_commands_per_language_and_unknown_commands() {
    let mut bot = TestBot::start().await;
    let fake = bot.fake.clone();
    fake.send_text(2001, "/start partner_ngo-1");
    fake.send_text(2002, "/start <script>");
    fake.wait_text(2001, "Which language do you want?").await;
    fake.wait_text(2002, "Which language do you want?").await;
    fake.send_text(2001, "/frobnicate");
    fake.wait_count(2001, "I do not know this command.", 1).await;
    fake.settle().await;
    let commands: Vec<serde_json::Value> =
        fake.calls().into_iter().filter(|(m, _)| m == "setmycommands").map(|(_, b)| b).collect();
    let ar = commands.iter().find(|c| c["language_code"] == "ar").expect("Arabic command menu");
    assert_eq!(ar["commands"][0]["command"], "start");
    assert_eq!(ar["commands"][0]["description"], bot.text("ar", "cmd-start"));
    assert!(commands.iter().any(|c| c["language_code"].is_null()), "a default menu");
    assert!(commands.iter().all(|c| c["commands"].as_array().unwrap().len() == 12));
    bot.stop().await;
    let dump = bot.db.dump().await;
    assert!(dump.lines().any(|l| l.starts_with("users: 2001 |") && l.contains("| partner_ngo-1 |")), "{dump}");
    assert!(dump.lines().any(|l| l.starts_with("users: 2002 |") && !l.contains("script")), "{dump}");
    bot.db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_token_is_refused() {
    let fake = FakeTelegram::start().await;
    let db = sqlite().await;
    let mut cfg = config(&fake);
    cfg.token = Secret::new("not-a-token");
    let result = telegram::run(Arc::new(db.app()), cfg, async {}).await;
    assert!(matches!(result, Err(RunError::BadToken)), "{result:?}");
    assert!(fake.calls().is_empty(), "nothing is sent with a bad token");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sifor"))
        .arg("run")
        .env("TELOXIDE_TOKEN", "oops")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(err.contains("TELOXIDE_TOKEN is malformed") && !err.contains("oops"));
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_checks_the_secret_and_serves_healthz() {
    let fake = Arc::new(FakeTelegram::start().await);
    let db = sqlite().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let mut cfg = config(&fake);
    cfg.webhook = Some(Webhook {
        url: url::Url::parse("https://bot.example.org/tg").unwrap(),
        listen,
        secret: Some(Secret::new("s3cret_token-1")),
    });
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(telegram::run(Arc::new(db.app()), cfg, async move {
        let _ = rx.await;
    }));
    let client = HttpClient::new(listen);
    let health = loop {
        if let Ok(r) = client.get("/healthz").await {
            break r;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(health.0, 200);
    assert_eq!(fake.webhook(), Some(("https://bot.example.org/tg".into(), Some("s3cret_token-1".into()))));
    let update = r#"{"update_id":1,"message":{"message_id":5,"date":1800000000,"chat":{"id":3001,"type":"private","first_name":"U"},"from":{"id":3001,"is_bot":false,"first_name":"U","language_code":"en"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}"#;
    assert_eq!(client.post("/tg", update, Some("wrong")).await.unwrap().0, 401);
    assert_eq!(client.post("/tg", update, None).await.unwrap().0, 401);
    assert_eq!(client.post("/tg", update, Some("s3cret_token-1")).await.unwrap().0, 200);
    fake.wait_text(3001, "Which language do you want?").await;
    assert_eq!(fake.seen(3001).len(), 1, "only the update with the right secret was handled");
    let _ = tx.send(());
    tokio::time::timeout(Duration::from_secs(15), task).await.unwrap().unwrap().unwrap();
    assert_eq!(fake.webhook(), None, "the webhook is removed on shutdown");
    db.finish().await;
}

/// A tiny HTTP/1.1 client over TCP for the webhook test.
struct HttpClient(std::net::SocketAddr);

impl HttpClient {
    fn new(addr: std::net::SocketAddr) -> Self {
        HttpClient(addr)
    }

    async fn request(&self, head: String, body: &str) -> std::io::Result<(u16, String)> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut s = tokio::net::TcpStream::connect(self.0).await?;
        s.write_all(format!("{head}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).as_bytes())
            .await?;
        let mut out = String::new();
        s.read_to_string(&mut out).await?;
        let status = out.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        Ok((status, out))
    }

    async fn get(&self, path: &str) -> std::io::Result<(u16, String)> {
        self.request(format!("GET {path} HTTP/1.1\r\nHost: x\r\n"), "").await
    }

    async fn post(&self, path: &str, body: &str, secret: Option<&str>) -> std::io::Result<(u16, String)> {
        let secret = secret.map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n")).unwrap_or_default();
        self.request(format!("POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{secret}"), body)
            .await
    }
}

#[test]
fn the_fake_servers_sample_messages_parse_as_their_kinds() {
    use teloxide::types::{MediaKind, MessageKind, Update, UpdateKind};
    for (kind, content) in other_kinds() {
        let mut message = json!({"message_id": 1, "date": 1_800_000_000, "chat": {"id": 1, "type": "private", "first_name": "U"},
            "from": {"id": 1, "is_bot": false, "first_name": "U"}});
        for (k, v) in content.as_object().unwrap() {
            message[k] = v.clone();
        }
        let update: Update = serde_json::from_str(&json!({"update_id": 1, "message": message}).to_string()).unwrap();
        let UpdateKind::Message(m) = update.kind else { panic!("{kind} did not parse: {:?}", update.kind) };
        match m.kind {
            MessageKind::Common(common) => {
                assert!(!matches!(common.media_kind, MediaKind::Text(_)), "{kind} parsed as text")
            }
            MessageKind::Dice(_) => assert_eq!(kind, "dice"),
            other => panic!("{kind} parsed as {other:?}"),
        }
    }
    let _ = Seen { id: 0, text: String::new(), buttons: vec![], data: vec![], document: None };
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matches_arrive_as_cards_with_a_website_button_and_feedback() {
    let db = sqlite().await;
    let sample = crate::support::root().join("catalogue/programmes.sample.csv");
    sifor::services::partner::catalogue::import(&db.store, &sample, 1).await.unwrap().unwrap();
    let mut bot = TestBot::start_with(Arc::new(FakeTelegram::start().await), db).await;
    let fake = bot.fake.clone();
    let user = 1012;
    onboard_en(&fake, user).await;
    answer_jobs_en(&fake, user).await;
    press(&fake, user, "✅ Looks good").await;
    fake.wait_for(user, "the menu after the matches", |s| {
        s.last().is_some_and(|m| m.text.contains("What would you like to do?"))
    })
    .await;
    let seen = fake.seen(user);
    assert!(seen.iter().any(|m| m.text.contains("programmes fit you:")), "{seen:#?}");
    let card = seen.iter().find(|m| m.text.starts_with("1. ")).expect("a first card");
    assert!(card.text.contains("✓ in Berlin") && card.text.contains("⚠️ Example data, not checked yet."), "{card:?}");
    let website = card.labels().iter().position(|l| *l == "🌐 Website").expect("a website button");
    assert!(
        card.data.iter().flatten().nth(website).unwrap().starts_with("url:https://"),
        "a URL button, not a callback"
    );
    fake.press(user, card.id, "⭐ Save");
    fake.wait_count(user, "⭐ Saved. Thank you!", 1).await;
    fake.settle().await;
    bot.stop().await;
    let counts = sifor::storage::programmes::feedback_counts(&bot.db.store).await.unwrap();
    assert_eq!(counts.len(), 1);
    assert_eq!((counts[0].1.as_str(), counts[0].2), ("saved", 1));
    bot.db.finish().await;
}
