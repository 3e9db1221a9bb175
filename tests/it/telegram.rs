//! End-to-end tests through the real run loop: long polling (or a webhook) against the fake Bot
//! API, the real App on SQLite and, with TEST_POSTGRES_URL, on PostgreSQL. Each asserts what the
//! user sees (texts, buttons) and what is stored.

use crate::app::{STALE, TestApp, config, on_each_backend, profile_value};
use crate::db::{TestDb, sqlite};
use crate::fake_telegram::{FakeTelegram, Fault, Seen, other_kinds};
use serde_json::json;
use sifor::config::{Secret, Webhook};
use sifor::flow::Arg;
use sifor::telegram::{self, RunError};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn onboarding_jobs_and_summary_in_english() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1001;
        t.send_text(user, "/start");
        let picker = t.sees(user, "Which language do you want?").await;
        assert_eq!(picker.labels()[0], "English", "Telegram's language (en) comes first");
        assert!(picker.labels().contains(&"العربية") && picker.labels().contains(&"Українська"));
        t.fake.press(user, picker.id, "English");
        let age = t.sees(user, "Question 1 of 7 · How old are you?").await;
        assert!(age.labels().contains(&"🔒 Why do we ask?") && age.labels().contains(&"🌐 Language"), "{age:?}");
        t.fake.press(user, age.id, "18–24");
        t.sees(user, "Question 2 of 7").await;
        let answered = t.seen(user).into_iter().find(|m| m.id == age.id).unwrap();
        assert!(answered.text.ends_with("How old are you?\n✓ 18–24"), "the question shows the answer: {answered:?}");
        assert!(answered.buttons.is_empty(), "and loses its keyboard");

        for label in ["✅ Yes", "Yes", "Yes", "Germany", "Berlin", "💼 A job", "🗣️ A language course", "✅ Done"]
        {
            t.press(user, label).await;
        }
        t.sees(user, "Question 1 of 12 · Are you allowed to work right now?").await;
        t.answer_jobs_en(user).await;
        let summary = t.sees(user, "Here is what you told us:").await;
        for line in
            ["Allowed to work: Yes", "🗣️ Other languages: Arabic", "🎓 Education: University", "💼 Areas: Crafts"]
        {
            assert!(summary.text.contains(line), "{}", summary.text);
        }
        assert!(summary.labels().contains(&"✅ Looks good") && summary.labels().contains(&"✏️ Change: 🎓 Education"));
        t.fake.press(user, summary.id, "✅ Looks good");
        t.sees(user, "What would you like to do?").await;
        assert_eq!(t.count_seen(user, "Thank you! We are looking for programmes that fit you."), 1);
        t.settle().await;
        assert_eq!(t.fake.unanswered(), 0, "every press was answered");
        for (_, body) in t.fake.calls() {
            for row in body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten() {
                for b in row.as_array().unwrap() {
                    assert!(b["callback_data"].as_str().unwrap().len() <= 64);
                }
            }
        }
        t.stop().await;
        let dump = t.dump().await;
        assert_eq!(profile_value(&dump, user, "region").as_deref(), Some("berlin"), "{}", t.backend());
        assert_eq!(profile_value(&dump, user, "goals").as_deref(), Some("job,language"));
        assert_eq!(profile_value(&dump, user, "education").as_deref(), Some("university"));
        assert_eq!(profile_value(&dump, user, "sector").as_deref(), Some("crafts"));
        assert!(dump.contains("users: 1001 | 1001 | R-"), "{dump}");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn onboarding_jobs_and_summary_in_arabic() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let ar = |id: &str| t.raw("ar", id);
        let user = 1002;
        t.send_text_in(user, "ar", "/start");
        let picker = t.sees(user, &ar("language-title")).await;
        assert_eq!(picker.labels()[0], "العربية", "Telegram's language (ar) is pre-selected first");
        t.fake.press(user, picker.id, "العربية");
        let age = t.sees(user, &ar("onb-age")).await;
        let first = age.text.chars().next().unwrap();
        assert!(
            first == '\u{200F}' || sifor::i18n::rtl::is_rtl_letter(first),
            "RTL messages start right to left: {:?}",
            age.text
        );
        // 18–24, consent, news, ideas, Germany, Berlin, then goals: a job, done.
        for n in [3, 0, 0, 0, 0, 0, 0, 6] {
            t.press_nth(user, n).await;
        }
        t.sees(user, &ar("q-allowed-to-work")).await;
        for n in [0, 1, 1, 0, 10, 4, 1, 2, 12, 2, 0, 1, 1] {
            t.press_nth(user, n).await;
        }
        let summary = t.sees(user, &ar("summary-title")).await;
        assert!(summary.text.contains(&ar("opt-edu-university")), "{}", summary.text);
        assert!(summary.text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count() > 50);
        t.press_nth(user, 0).await;
        t.sees(user, &ar("menu-title")).await;
        assert_eq!(t.count_seen(user, &ar("jobs-done")), 1);
        t.stop().await;
        let dump = t.dump().await;
        assert_eq!(profile_value(&dump, user, "education").as_deref(), Some("university"), "{}", t.backend());
        assert!(dump.contains("users: 1002 | 1002 | R-") && dump.contains(" | ar | refugee |"), "{dump}");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_and_changing_an_earlier_answer() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1003;
        t.onboard_en(user).await;
        t.press(user, "Yes").await;
        let q = t.sees(user, "What is your residence status?").await;
        t.fake.press(user, q.id, "⬅️ Back");
        let back = t.sees(user, "Are you allowed to work right now?").await;
        assert!(back.labels().contains(&"✓ Yes"), "the earlier answer is marked: {back:?}");
        t.fake.press(user, back.id, "No");
        t.sees(user, "What is your residence status?").await;
        t.settle().await;
        assert_eq!(t.stored_profile(user, "allowed_to_work").await.as_deref(), Some("no"), "{}", t.backend());
        t.stop().await;
        assert_eq!(t.stored_profile(user, "allowed_to_work").await.as_deref(), Some("no"));
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_changes_mid_flow_and_every_answer_stays() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1004;
        t.onboard_en(user).await;
        t.send_text(user, "/language");
        let picker = t.sees(user, "Which language do you want?").await;
        t.fake.press(user, picker.id, "Deutsch");
        let q = t.sees(user, &t.raw("de", "q-allowed-to-work")).await;
        assert!(t.seen(user).iter().any(|m| m.text == t.text("de", "language-changed")));
        let progress = t.app.locales.raw("de", "progress", &[("n", Arg::Num(1)), ("total", Arg::Num(12))]).unwrap();
        assert!(q.text.starts_with(&progress));
        t.settle().await;
        t.stop().await;
        let dump = t.dump().await;
        assert_eq!(profile_value(&dump, user, "region").as_deref(), Some("berlin"), "{}", t.backend());
        assert!(dump.contains(" | de | refugee |"), "{dump}");
        t.finish().await;
    })
    .await;
}

/// Every `answers` row without its last column (the time it was written).
fn answers(dump: &str) -> Vec<String> {
    dump.lines().filter(|l| l.starts_with("answers: ")).map(|l| l.rsplit_once(" | ").unwrap().0.to_string()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_and_forged_presses_change_nothing_and_show_the_question() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1005;
        t.onboard_en(user).await;
        t.settle().await;
        let before = t.dump().await;
        // An old keyboard: the goals question was answered already.
        let goals = t.seen(user).into_iter().find(|m| m.text.contains("What are you looking for?")).unwrap();
        let old_data = t
            .fake
            .requests("sendMessage")
            .iter()
            .find_map(|b| {
                (b["text"].as_str()?.contains("What are you looking for?"))
                    .then(|| b["reply_markup"]["inline_keyboard"][0][0]["callback_data"].as_str().unwrap().to_string())
            })
            .unwrap();
        t.press_data(user, goals.id, &old_data);
        t.sees_times(user, STALE, 1).await;
        t.sees(user, "Are you allowed to work right now?").await;
        assert_eq!(t.count_seen(user, STALE), 1);
        for forged in ["e999.1.zz.p0", "garbage", "e0.0.0.p9999"] {
            t.press_data(user, goals.id, forged);
        }
        t.settle().await;
        assert_eq!(t.fake.unanswered(), 0, "stale and forged presses are answered too");
        assert_eq!(t.count_seen(user, STALE), 4);
        assert!(t.last(user).text.contains("Are you allowed to work right now?"));
        t.stop().await;
        assert_eq!(answers(&before), answers(&t.dump().await), "{}: nothing stored changed", t.backend());
        t.finish().await;
    })
    .await;
}

/// Moves a fresh user to the ideas flow's first text question.
async fn to_idea_text(t: &TestApp, user: i64) {
    t.onboard_en(user).await;
    t.send_text(user, "/menu");
    t.press(user, "💡 An idea for better support").await;
    t.press(user, "🎓 Training").await;
    t.sees(user, "What is the problem, in a few words?").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_message_kinds_and_edits_get_a_hint_and_store_nothing() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1006;
        to_idea_text(&t, user).await;
        // Each gets a hint; every third one in a row points to the buttons and /help instead.
        let hint = "Please answer with text or a button. We do not keep photos, voice or files.";
        let help = "It seems this is not working. Use the buttons, ⬅️ go back, or send /help.";
        let hints = |s: &[Seen]| s.iter().filter(|m| m.text == hint || m.text == help).count();
        let kinds = other_kinds();
        for (i, (kind, content)) in kinds.iter().enumerate() {
            t.fake.send(user, "en", content.clone());
            t.fake.wait_for(user, &format!("a hint for a {kind}"), |s| hints(s) > i).await;
            t.sees(user, "What is the problem").await;
        }
        t.fake.send_edit(user, "changed my mind");
        t.fake.wait_for(user, "a hint for the edit", |s| hints(s) > kinds.len()).await;
        let seen = t.seen(user);
        assert_eq!(seen.iter().filter(|m| m.text == help).count(), (kinds.len() + 1) / 3, "help every third time");
        t.settle().await;
        assert!(t.last(user).text.contains("What is the problem"), "the question is shown again");
        t.stop().await;
        let dump = t.dump().await;
        for leak in ["+4900000000", "cv.pdf", "changed my mind", "52.5"] {
            assert!(!dump.contains(leak), "{}: {leak} was stored", t.backend());
        }
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_five_thousand_character_message_is_refused_with_the_limit() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1007;
        to_idea_text(&t, user).await;
        let long = "x".repeat(5000);
        t.send_text(user, &long);
        t.sees_times(user, "That is too long", 1).await;
        t.sees(user, "What is the problem").await;
        assert_eq!(
            t.count_seen(user, "That is too long. Please write at most 500 characters."),
            1,
            "{:#?}",
            t.seen(user)
        );
        t.send_text(user, "Courses are <far> & full");
        t.sees(user, "What is your idea?").await;
        assert!(
            t.seen(user).iter().any(|m| m.text.ends_with("✓ Courses are <far> & full")),
            "echoed exactly, HTML-escaped on the wire"
        );
        t.stop().await;
        assert!(!t.dump().await.contains(&long), "{}", t.backend());
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mydata_sends_a_json_document_and_delete_leaves_no_trace() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1008;
        t.onboard_en(user).await;
        t.send_text(user, "/mydata");
        let doc = t.fake.wait_for(user, "the export", |s| s.iter().any(|m| m.document.is_some())).await;
        let (name, content) = doc.iter().find_map(|m| m.document.clone()).unwrap();
        assert!(name.starts_with("sifor-R-") && name.ends_with(".json"), "{name}");
        let data: serde_json::Value = serde_json::from_str(&content).unwrap();
        let keys: Vec<&str> = data["profile"].as_array().unwrap().iter().map(|a| a["key"].as_str().unwrap()).collect();
        assert_eq!(keys, ["age_band", "country", "goals", "region"]);
        assert_eq!(data["telegram_user_id"], json!(user));
        let pseudonym = data["pseudonym"].as_str().unwrap().to_string();

        t.send_text(user, "/delete");
        let confirm = t.sees(user, "Do you really want to delete everything").await;
        t.fake.press(user, confirm.id, "🗑️ Yes, delete everything");
        t.sees(user, "Everything is deleted.").await;
        t.settle().await;
        t.stop().await;
        let dump = t.dump().await;
        assert!(!dump.contains(&pseudonym) && !dump.contains("1008"), "{}: {dump}", t.backend());
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_bot_started_again_continues_where_the_user_was() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        let user = 1009;
        t.onboard_en(user).await;
        t.press(user, "No").await;
        t.sees(user, "What is your residence status?").await;
        t.settle().await;
        t.stop().await;
        let confirmed = t.fake.confirmed();
        assert!(confirmed > 0 && t.fake.pending_updates() == 0, "the last update was confirmed on shutdown");

        t.restart().await;
        let q = t.last(user);
        t.fake.press(user, q.id, "Recognised refugee");
        t.sees(user, "How well do you speak German?").await;
        t.settle().await;
        t.stop().await;
        let dump = t.dump().await;
        assert_eq!(profile_value(&dump, user, "allowed_to_work").as_deref(), Some("no"), "{}", t.backend());
        assert_eq!(profile_value(&dump, user, "status_category").as_deref(), Some("refugee"));
        t.finish().await;
    })
    .await;
}

/// Waits out a real `retry_after` second, once (SQLite only: the retry is the adapter's, not the
/// store's). Nothing else in the suite sleeps.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_message_arrives_once() {
    let t = TestApp::start(sqlite().await).await;
    let user = 1010;
    t.fake.fail("sendMessage", Some(user), Fault::RetryAfter(1), 1);
    let start = std::time::Instant::now();
    t.send_text(user, "/start");
    t.sees(user, "Which language do you want?").await;
    assert!(start.elapsed() >= Duration::from_secs(1), "waited retry_after");
    t.settle().await;
    assert_eq!(t.count_seen(user, "Which language do you want?"), 1, "arrives exactly once");
    let sends = t.fake.requests("sendMessage").iter().filter(|b| b["chat_id"] == json!(user)).count();
    assert_eq!(sends, 2, "the same request was sent again once");
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_blocked_the_bot_is_marked_unreachable_until_they_return() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let user = 1011;
        t.send_text(user, "/start");
        t.sees(user, "Which language do you want?").await;
        t.fake.fail("sendMessage", Some(user), Fault::Blocked, 1);
        t.send_text(user, "/help");
        t.settle().await;
        let unreachable = async || t.stored_user(user, "unreachable_since").await;
        assert_ne!(unreachable().await, None, "{}: 403 blocked marks the user", t.backend());
        let blocked_sends = t.fake.count("sendMessage");
        t.fake.set_blocked(user, false);
        t.settle().await;
        assert_eq!(unreachable().await, None, "a member update makes them reachable");
        t.fake.set_blocked(user, true);
        t.settle().await;
        assert_ne!(unreachable().await, None, "kicked marks them again");
        assert_eq!(t.fake.count("sendMessage"), blocked_sends, "nothing is sent for membership changes");
        t.send_text(user, "/start");
        t.sees(user, "Which language do you want?").await;
        t.settle().await;
        assert_eq!(unreachable().await, None, "writing again makes them reachable");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_links_commands_per_language_and_unknown_commands() {
    on_each_backend(async |db| {
        let mut t = TestApp::start(db).await;
        t.send_text(2001, "/start partner_ngo-1");
        t.send_text(2002, "/start <script>");
        t.sees(2001, "Which language do you want?").await;
        t.sees(2002, "Which language do you want?").await;
        t.send_text(2001, "/frobnicate");
        t.sees_times(2001, "I do not know this command.", 1).await;
        t.settle().await;
        let commands = t.fake.requests("setMyCommands");
        let ar = commands.iter().find(|c| c["language_code"] == "ar").expect("Arabic command menu");
        assert_eq!(ar["commands"][0]["command"], "start");
        assert_eq!(ar["commands"][0]["description"], t.text("ar", "cmd-start"));
        assert!(commands.iter().any(|c| c["language_code"].is_null()), "a default menu");
        // Everyone's menu: the commands of the table that everyone may use and the menu lists.
        assert!(commands.iter().all(|c| c["commands"].as_array().unwrap().len() == 13));
        t.stop().await;
        let dump = t.dump().await;
        assert!(dump.lines().any(|l| l.starts_with("users: 2001 |") && l.contains("| partner_ngo-1 |")), "{dump}");
        assert!(dump.lines().any(|l| l.starts_with("users: 2002 |") && !l.contains("script")), "{dump}");
        t.finish().await;
    })
    .await;
}

/// The token is checked before the database is used: SQLite only.
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

/// A webhook for a fresh local port, with the secret `s3cret_token-1`.
pub fn webhook() -> Webhook {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    Webhook {
        url: url::Url::parse("https://bot.example.org/tg").unwrap(),
        listen: format!("127.0.0.1:{port}").parse().unwrap(),
        secret: Some(Secret::new("s3cret_token-1")),
    }
}

/// Waits until the bot registered its webhook and listens on `hook.listen`.
pub async fn webhook_client(t: &TestApp, hook: &Webhook) -> HttpClient {
    // The listener binds right after `setWebhook` returns.
    t.fake.wait_calls("setWebhook", 1).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while tokio::net::TcpStream::connect(hook.listen).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "the webhook listener never came up");
        tokio::task::yield_now().await;
    }
    HttpClient::new(hook.listen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_checks_the_secret_and_serves_healthz() {
    on_each_backend(async |db| {
        let hook = webhook();
        let mut t = TestApp::on(db).webhook(hook.clone()).start().await;
        let client = webhook_client(&t, &hook).await;
        let health = client.get("/healthz").await.unwrap();
        assert_eq!(health.0, 200);
        assert_eq!(t.fake.webhook(), Some(("https://bot.example.org/tg".into(), Some("s3cret_token-1".into()))));
        let update = r#"{"update_id":1,"message":{"message_id":5,"date":1800000000,"chat":{"id":3001,"type":"private","first_name":"U"},"from":{"id":3001,"is_bot":false,"first_name":"U","language_code":"en"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}"#;
        assert_eq!(client.post("/tg", update, Some("wrong")).await.unwrap().0, 401);
        assert_eq!(client.post("/tg", update, None).await.unwrap().0, 401);
        assert_eq!(client.post("/tg", update, Some("s3cret_token-1")).await.unwrap().0, 200);
        t.sees(3001, "Which language do you want?").await;
        assert_eq!(t.seen(3001).len(), 1, "only the update with the right secret was handled");
        t.stop().await;
        assert_eq!(t.fake.webhook(), None, "the webhook is removed on shutdown");
        assert!(t.dump().await.contains("users: 3001 | 3001 | R-"), "{}: the user was stored", t.backend());
        t.finish().await;
    })
    .await;
}

/// A tiny HTTP/1.1 client over TCP for the webhook test.
pub struct HttpClient(std::net::SocketAddr);

impl HttpClient {
    pub fn new(addr: std::net::SocketAddr) -> Self {
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

    pub async fn get(&self, path: &str) -> std::io::Result<(u16, String)> {
        self.request(format!("GET {path} HTTP/1.1\r\nHost: x\r\n"), "").await
    }

    pub async fn post(&self, path: &str, body: &str, secret: Option<&str>) -> std::io::Result<(u16, String)> {
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matches_arrive_as_cards_with_a_website_button_and_feedback() {
    on_each_backend(async |db: TestDb| {
        let sample = crate::support::root().join("catalogue/programmes.sample.csv");
        sifor::services::partner::catalogue::import(&db.store, &sample, 1).await.unwrap().unwrap();
        let mut t = TestApp::start(db).await;
        let user = 1012;
        t.onboard_en(user).await;
        t.answer_jobs_en(user).await;
        t.press(user, "✅ Looks good").await;
        t.sees(user, "What would you like to do?").await;
        let seen = t.seen(user);
        assert!(seen.iter().any(|m| m.text.contains("programmes fit you:")), "{seen:#?}");
        let card = seen.iter().find(|m| m.text.starts_with("1. ")).expect("a first card");
        assert!(
            card.text.contains("✓ in Berlin") && card.text.contains("⚠️ Example data, not checked yet."),
            "{card:?}"
        );
        let website = card.labels().iter().position(|l| *l == "🌐 Website").expect("a website button");
        assert!(
            card.data.iter().flatten().nth(website).unwrap().starts_with("url:https://"),
            "a URL button, not a callback"
        );
        t.fake.press(user, card.id, "⭐ Save");
        t.sees_times(user, "⭐ Saved. Thank you!", 1).await;
        t.settle().await;
        t.stop().await;
        let counts = sifor::storage::programmes::feedback_counts(&t.db.store).await.unwrap();
        assert_eq!(counts.len(), 1, "{}", t.backend());
        assert_eq!((counts[0].1.as_str(), counts[0].2), ("saved", 1));
        t.finish().await;
    })
    .await;
}
