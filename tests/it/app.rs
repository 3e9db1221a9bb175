//! The one test application: a fresh database (SQLite, or PostgreSQL with TEST_POSTGRES_URL),
//! the fake Bot API, and the real run loop (`startup::run_until_stopped`) with an injected
//! shutdown. Tests speak in verbs: a user sends text or presses a button, sees a text; the
//! store is read back with `stored_profile` and `dump`. Every wait wakes on the fake server's
//! events and fails with what the user saw; nothing sleeps.

use crate::db::{TestDb, backends};
use crate::fake_telegram::{FakeTelegram, Seen};
use sifor::config::{Secret, Telegram as Config, Webhook};
use sifor::services::app::{App, Hooks};
use sifor::telegram::RunError;
use std::sync::Arc;
use std::time::Duration;

pub const TOKEN: &str = "123456:TEST-token_abc";

/// The English apology (`error-try-again`) a user reads when their update failed.
pub const APOLOGY: &str =
    "😔 Sorry, something went wrong on our side. Your answers are safe. Please try again in a minute.";

/// The English text shown for an old or forged button (`stale-button`).
pub const STALE: &str = "That button belongs to an earlier question. Here is the current one.";

pub struct TestApp {
    pub fake: Arc<FakeTelegram>,
    pub db: TestDb,
    pub app: Arc<App>,
    running: Option<Running>,
    broadcast: sifor::config::Broadcast,
}

struct Running {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), RunError>>,
}

/// How to start a [`TestApp`]: the database, and optionally hooks or a webhook.
pub struct Setup {
    db: TestDb,
    hooks: Hooks,
    webhook: Option<Webhook>,
    broadcast: sifor::config::Broadcast,
}

/// Broadcast settings for tests: fast (the fake server enforces no cap unless asked to).
pub fn test_broadcast() -> sifor::config::Broadcast {
    sifor::config::Broadcast { rate: 1_000, ..Default::default() }
}

/// The bot's settings for the fake server (long polling unless a webhook is set).
pub fn config(fake: &FakeTelegram) -> Config {
    Config {
        token: Secret::new(TOKEN),
        api_url: Some(url::Url::parse(&fake.url).unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(1),
    }
}

/// Runs `test` once per backend (SQLite always, PostgreSQL when TEST_POSTGRES_URL is set).
pub async fn on_each_backend(test: impl AsyncFn(TestDb)) {
    for db in backends().await {
        eprintln!("-- on {}", db.backend);
        test(db).await;
    }
}

impl Setup {
    pub fn hooks(mut self, hooks: Hooks) -> Setup {
        self.hooks = hooks;
        self
    }

    pub fn webhook(mut self, webhook: Webhook) -> Setup {
        self.webhook = Some(webhook);
        self
    }

    pub fn broadcast(mut self, broadcast: sifor::config::Broadcast) -> Setup {
        self.broadcast = broadcast;
        self
    }

    pub async fn start(self) -> TestApp {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_env("TEST_LOG"))
            .with_test_writer()
            .try_init();
        let fake = Arc::new(FakeTelegram::start().await);
        let app = Arc::new(self.db.app().with_hooks(self.hooks));
        let mut test = TestApp { fake, db: self.db, app, running: None, broadcast: self.broadcast };
        test.run(self.webhook);
        test
    }
}

impl TestApp {
    pub fn on(db: TestDb) -> Setup {
        Setup { db, hooks: Hooks::default(), webhook: None, broadcast: test_broadcast() }
    }

    /// A long-polling bot on `db`.
    pub async fn start(db: TestDb) -> TestApp {
        TestApp::on(db).start().await
    }

    fn run(&mut self, webhook: Option<Webhook>) {
        let mut cfg = config(&self.fake);
        cfg.webhook = webhook;
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(sifor::startup::run_until_stopped(self.app.clone(), cfg, self.broadcast, async move {
            let _ = rx.await;
        }));
        self.running = Some(Running { stop, task });
    }

    pub fn backend(&self) -> &'static str {
        self.db.backend
    }

    /// Stops the bot the way SIGTERM does and waits until it has finished (in-flight updates
    /// done, the last update confirmed).
    pub async fn stop(&mut self) {
        if let Some(Running { stop, task }) = self.running.take() {
            let _ = stop.send(());
            tokio::time::timeout(Duration::from_secs(15), task)
                .await
                .expect("stops in time")
                .unwrap()
                .expect("runs cleanly");
        }
    }

    /// A new process on the same database and the same chats: a new pool, a new app.
    pub async fn restart(&mut self) {
        self.stop().await;
        let store = sifor::storage::Store::open(&self.db.url).await.expect("the database opens again");
        let fresh = self.db.app();
        self.app = Arc::new(App::new(store, fresh.flows, fresh.locales, fresh.rules));
        self.run(None);
    }

    /// Stops the bot and drops its database.
    pub async fn finish(mut self) {
        self.stop().await;
        self.app.store.close().await;
        self.db.finish().await;
    }

    // --- what users do ---

    pub fn send_text(&self, user: i64, text: &str) {
        self.fake.send_text(user, text);
    }

    pub fn send_text_in(&self, user: i64, lang: &str, text: &str) {
        self.fake.send_text_in(user, lang, text);
    }

    /// Waits for the newest message to carry a button `label` (and to differ from what the
    /// user pressed last), then presses it.
    pub async fn press(&self, user: i64, label: &str) {
        let what = format!("a new message with a button `{label}`");
        self.fake.wait_for(user, &what, |_| self.fake.fresh_with_button(user, label).is_some()).await;
        let message = self.fake.fresh_with_button(user, label).unwrap();
        self.fake.press(user, message.id, label);
    }

    /// Presses the n-th (0-based) button of the newest message and waits until the chat changed.
    pub async fn press_nth(&self, user: i64, n: usize) {
        let seen = self.fake.wait_for(user, "buttons", |s| s.last().is_some_and(|m| !m.buttons.is_empty())).await;
        let last = seen.last().unwrap();
        let label = last.labels()[n].to_string();
        self.fake.press(user, last.id, &label);
        self.fake
            .wait_for(user, "the press to be handled", |s| {
                s.len() > seen.len() || s.iter().zip(&seen).any(|(a, b)| a != b)
            })
            .await;
    }

    /// Waits until any of the user's messages contains `text` (when others may follow at once);
    /// returns the newest such.
    pub async fn saw(&self, user: i64, text: &str) -> Seen {
        let what = format!("a message with `{text}`");
        self.fake.wait_for(user, &what, |seen| seen.iter().any(|m| m.text.contains(text))).await;
        self.fake.seen(user).into_iter().rev().find(|m| m.text.contains(text)).unwrap()
    }

    /// The newest message with a button labelled `label` (waiting for one).
    pub async fn with_button(&self, user: i64, label: &str) -> Seen {
        let what = format!("a button `{label}`");
        self.fake.wait_for(user, &what, |seen| seen.iter().any(|m| m.labels().contains(&label))).await;
        self.fake.seen(user).into_iter().rev().find(|m| m.labels().contains(&label)).unwrap()
    }

    /// Presses the button labelled `label` on an earlier message.
    pub fn press_on(&self, user: i64, message: &Seen, label: &str) {
        let at = message.buttons.iter().flatten().position(|b| b == label);
        let at = at.unwrap_or_else(|| panic!("no `{label}` on {message:?}"));
        self.press_data(user, message.id, message.data.iter().flatten().nth(at).unwrap());
    }

    /// A press of the message `message_id` with any callback data (old or forged).
    pub fn press_data(&self, user: i64, message_id: i64, data: &str) {
        self.fake.press_data(user, message_id, data);
    }

    // --- what users see ---

    /// Waits until the user's newest message contains `text`, and returns it.
    pub async fn sees(&self, user: i64, text: &str) -> Seen {
        self.fake.wait_text(user, text).await
    }

    /// Waits until `times` messages of the user's chat contain `text`.
    pub async fn sees_times(&self, user: i64, text: &str, times: usize) {
        self.fake.wait_count(user, text, times).await;
    }

    /// How many messages of the user's chat contain `text` now.
    pub fn count_seen(&self, user: i64, text: &str) -> usize {
        self.fake.seen(user).iter().filter(|m| m.text.contains(text)).count()
    }

    pub fn seen(&self, user: i64) -> Vec<Seen> {
        self.fake.seen(user)
    }

    pub fn last(&self, user: i64) -> Seen {
        self.fake.last(user).unwrap_or_else(|| panic!("user {user} sees nothing"))
    }

    /// Waits until every update sent so far was handled to its end.
    pub async fn settle(&self) {
        self.fake.settle().await;
    }

    // --- what is stored ---

    pub async fn dump(&self) -> String {
        self.db.dump().await
    }

    /// A user's stored profile answer.
    pub async fn stored_profile(&self, user: i64, key: &str) -> Option<String> {
        profile_value(&self.dump().await, user, key)
    }

    /// A column of the user's row in `users`, by name.
    pub async fn stored_user(&self, user: i64, column: &str) -> Option<String> {
        self.db.stored_user(user, column).await
    }

    /// A text of the shipped locales.
    pub fn text(&self, tag: &str, id: &str) -> String {
        self.app.locales.text(tag, id, &[])
    }

    pub fn raw(&self, tag: &str, id: &str) -> String {
        self.app.locales.raw(tag, id, &[]).unwrap()
    }

    // --- journeys ---

    /// /start, English, then onboarding answered with the first useful buttons up to the jobs flow.
    pub async fn onboard_en(&self, user: i64) {
        self.send_text(user, "/start");
        for label in ["English", "18–24", "✅ Yes", "Yes", "Yes", "Germany", "Berlin", "💼 A job", "✅ Done"] {
            self.press(user, label).await;
        }
        self.sees(user, "Are you allowed to work right now?").await;
    }

    /// The jobs questions answered in English, up to the summary.
    pub async fn answer_jobs_en(&self, user: i64) {
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
            self.press(user, label).await;
        }
    }
}

/// A stored profile answer in a `dump`.
pub fn profile_value(dump: &str, user: i64, key: &str) -> Option<String> {
    let prefix = format!("answers: {user} | {key} | ");
    dump.lines().find_map(|l| l.strip_prefix(&prefix)).map(|rest| rest.split(" | ").next().unwrap().to_string())
}
