//! The full loop, side by side with a bare teloxide bot. Simulated users send updates to the
//! fake Bot API on loopback; a bot answers them with long polling. Each bot runs in a child
//! process of this benchmark (the binary re-runs itself with `BENCH_ROLE` set), so its CPU time
//! and peak memory are its own; the fake server and the load generator stay in this process.
//!
//! The bots, one after another, each against a fresh fake server:
//! - sifor on SQLite (a temporary file);
//! - the control: a bare teloxide 0.17 bot (no sifor code, no database, no i18n) whose state is a
//!   step index per user in a `Mutex<HashMap>`, making the same Bot API requests per update as
//!   sifor made for the same step of the script (recorded from the fake's call log when one user
//!   walks the script through sifor first);
//! - sifor on PostgreSQL, in a fresh database dropped afterwards, when `TEST_POSTGRES_URL` is set.
//!
//! Each: 200 users paced at 500 updates/s, then 200 users saturated (each sends its next update
//! once every message of the previous reply arrived; a user who finishes the script starts again
//! as a new user). Prints updates/s, reply latency p50/p99 (from the update being available to the
//! bot's first reply arriving), bot CPU per update, Bot API requests per update, peak RSS of the
//! bot process (VmHWM), and the ratios sifor/control. Figures only; nothing is asserted.
//!
//! Then the crowd: 2,000 users whose first updates arrive all at once, 20 actions each (40,000
//! updates), four times against the same process: peak RSS after each run.
//!
//! Run: `cargo bench --bench telegram`. `BENCH_UPDATES` sets the updates of the saturated phase
//! (default 8,800; the paced phase gets a third of it, at least 1,000); `BENCH_STEPS=1` adds the
//! latency of each script step; `BENCH_CROWD=0` leaves the crowd out; `BENCH_WRAP=heaptrack`
//! runs the sifor bots under that program (a heap profile).

#[path = "../tests/it/fake_telegram.rs"]
mod fake_telegram;

#[path = "support/process.rs"]
mod process;
use fake_telegram::FakeTelegram;
use process::{cpu_secs, percentile, status_mb};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Typed answers from /start to the end of the jobs questions: the language (English is the
/// 10th), onboarding, then jobs and the summary's "looks good".
const SCRIPT: &[&str] = &[
    "/start", "10", "4", "1", "1", "1", "1", "1", "1 3", "1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2",
    "2", "1",
];

const TOKEN: &str = "123456:BENCH-token_abc";
const USERS: i64 = 200;
const RATE: f64 = 500.0;
/// The Bot API methods that answer a user (everything but polling and start-up).
const REPLY_METHODS: &[&str] = &[
    "sendmessage",
    "editmessagetext",
    "editmessagereplymarkup",
    "answercallbackquery",
    "senddocument",
    "setmycommands",
    "deletemycommands",
    "sendchataction",
];

fn main() {
    match std::env::var("BENCH_ROLE").as_deref() {
        Ok("sifor") => child_runtime().block_on(sifor_child()),
        Ok("control") => child_runtime().block_on(control_child()),
        Ok(other) => panic!("unknown BENCH_ROLE {other}"),
        Err(_) => parent(),
    }
}

fn child_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// Resolves when the parent closes our stdin (or dies).
async fn parent_gone() {
    let _ = tokio::task::spawn_blocking(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
    })
    .await;
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

// ---------------------------------------------------------------------------------------------
// The bots (child processes)

/// sifor as the existing full-loop benchmark runs it: its store, content, app and adapter.
async fn sifor_child() {
    let store = sifor::storage::Store::open(&env("BENCH_DATABASE_URL")).await.unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (flows, locales) = sifor::startup::load_content(&sifor::config::Content::new(
        Some(root.join("flows")),
        Some(root.join("locales")),
    ))
    .unwrap();
    let app = Arc::new(sifor::services::app::App::new(store.clone(), flows, locales, Default::default()));
    let config = sifor::config::Telegram {
        token: sifor::config::Secret::new(TOKEN),
        api_url: Some(url::Url::parse(&env("BENCH_API_URL")).unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(5),
    };
    println!("ready");
    sifor::telegram::run(app, config, parent_gone()).await.unwrap();
    store.close().await;
}

/// One recorded Bot API call: the method (lower case) and its body as sifor sent it.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug)]
struct Call {
    method: String,
    body: Value,
}

/// The control bot's whole state: user → (next step of the script, the last message it sent).
struct Control {
    plan: Vec<Vec<Call>>,
    users: Mutex<HashMap<u64, (usize, Option<teloxide::types::MessageId>)>>,
}

/// A bare teloxide bot: long polling, the default per-chat dispatcher, state in memory. For a
/// user's n-th update it makes the calls sifor made for step n of the script, with the same
/// texts and keyboards.
async fn control_child() {
    use teloxide::prelude::*;
    let plan: Vec<Vec<Call>> = serde_json::from_slice(&std::fs::read(env("BENCH_PLAN")).unwrap()).unwrap();
    let control = Arc::new(Control { plan, users: Mutex::new(HashMap::new()) });
    let bot = Bot::new(TOKEN).set_api_url(url::Url::parse(&env("BENCH_API_URL")).unwrap());
    let schema = dptree::entry()
        .branch(Update::filter_message().endpoint(|bot: Bot, c: Arc<Control>, msg: Message| async move {
            let user = msg.from.as_ref().map_or(0, |u| u.id.0);
            replay(&bot, &c, user, msg.chat.id, None).await;
            Ok::<(), std::convert::Infallible>(())
        }))
        .branch(Update::filter_callback_query().endpoint(|bot: Bot, c: Arc<Control>, q: CallbackQuery| async move {
            let chat = q.message.as_ref().map_or(ChatId(q.from.id.0 as i64), |m| m.chat().id);
            if q.message.as_ref().is_some_and(|m| !m.chat().is_private()) {
                // Like sifor: a press outside a private chat (the fake's `settle` barrier) is
                // only answered.
                let _ = bot.answer_callback_query(q.id.clone()).await;
            } else {
                replay(&bot, &c, q.from.id.0, chat, Some(q.id.clone())).await;
            }
            Ok::<(), std::convert::Infallible>(())
        }));
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema)
        .dependencies(dptree::deps![control])
        .default_handler(|_: Arc<Update>| async {})
        .error_handler(Arc::new(|_: std::convert::Infallible| async {}))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        parent_gone().await;
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    });
    let listener = teloxide::update_listeners::Polling::builder(bot.clone())
        .timeout(Duration::from_secs(5))
        .allowed_updates(vec![
            teloxide::types::AllowedUpdate::Message,
            teloxide::types::AllowedUpdate::EditedMessage,
            teloxide::types::AllowedUpdate::CallbackQuery,
            teloxide::types::AllowedUpdate::MyChatMember,
        ])
        .delete_webhook()
        .await
        .build();
    println!("ready");
    dispatcher
        .dispatch_with_listener(listener, teloxide::error_handlers::LoggingErrorHandler::with_custom_text("polling"))
        .await;
}

async fn replay(
    bot: &teloxide::Bot,
    control: &Control,
    user: u64,
    chat: teloxide::types::ChatId,
    query: Option<teloxide::types::CallbackQueryId>,
) {
    use teloxide::prelude::*;
    use teloxide::types::{BotCommand, BotCommandScope, InlineKeyboardMarkup, ParseMode};
    let (step, mut last) = {
        let mut users = control.users.lock().unwrap();
        let entry = users.entry(user).or_insert((0, None));
        let step = entry.0;
        entry.0 = (step + 1) % control.plan.len();
        (step, entry.1)
    };
    for call in &control.plan[step] {
        let b = &call.body;
        let text = b["text"].as_str().unwrap_or_default().to_string();
        let html = b["parse_mode"].as_str() == Some("HTML");
        let markup: Option<InlineKeyboardMarkup> = serde_json::from_value(b["reply_markup"].clone()).ok();
        match call.method.as_str() {
            "sendmessage" => {
                let mut req = bot.send_message(chat, text);
                if html {
                    req = req.parse_mode(ParseMode::Html);
                }
                if let Some(m) = markup {
                    req = req.reply_markup(m);
                }
                if let Ok(sent) = req.await {
                    last = Some(sent.id);
                }
            }
            "editmessagetext" => {
                if let Some(id) = last {
                    let mut req = bot.edit_message_text(chat, id, text);
                    if html {
                        req = req.parse_mode(ParseMode::Html);
                    }
                    if let Some(m) = markup {
                        req = req.reply_markup(m);
                    }
                    let _ = req.await;
                }
            }
            "editmessagereplymarkup" => {
                if let Some(id) = last {
                    let mut req = bot.edit_message_reply_markup(chat, id);
                    if let Some(m) = markup {
                        req = req.reply_markup(m);
                    }
                    let _ = req.await;
                }
            }
            "answercallbackquery" => {
                if let Some(q) = &query {
                    let _ = bot.answer_callback_query(q.clone()).await;
                }
            }
            "setmycommands" => {
                let commands: Vec<BotCommand> = serde_json::from_value(b["commands"].clone()).unwrap_or_default();
                let mut req = bot.set_my_commands(commands);
                if let Ok(scope) = serde_json::from_value::<BotCommandScope>(b["scope"].clone()) {
                    req = req.scope(scope);
                }
                let _ = req.await;
            }
            other => eprintln!("control: cannot replay {other}"),
        }
    }
    control.users.lock().unwrap().entry(user).or_insert((0, None)).1 = last;
}

// ---------------------------------------------------------------------------------------------
// The load generator and the report (this process)

/// A bot in its child process, pointed at its own fake server.
struct Running {
    name: String,
    fake: Arc<FakeTelegram>,
    child: Child,
}

fn spawn(role: &str, name: &str, fake: Arc<FakeTelegram>, vars: &[(&str, String)]) -> Running {
    // `BENCH_WRAP=heaptrack` runs sifor under a profiler (its figures then include the profiler's).
    let mut cmd = match std::env::var("BENCH_WRAP") {
        Ok(wrap) if role == "sifor" && !wrap.is_empty() => {
            let mut c = Command::new(wrap);
            c.arg(std::env::current_exe().unwrap());
            c
        }
        _ => Command::new(std::env::current_exe().unwrap()),
    };
    cmd.env("BENCH_ROLE", role).env("BENCH_API_URL", &fake.url).stdin(Stdio::piped()).stdout(Stdio::piped());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    // A profiler may print first.
    let mut out = std::io::BufReader::new(child.stdout.as_mut().unwrap());
    let mut line = String::new();
    while line.trim() != "ready" {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "{name} did not start");
    }
    Running { name: name.to_string(), fake, child }
}

impl Running {
    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Asks the bot to stop (closes its stdin) and waits for it.
    fn stop(mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn reply_calls(fake: &FakeTelegram) -> usize {
    REPLY_METHODS.iter().map(|m| fake.count(m)).sum()
}

#[derive(Clone, Copy, Default)]
struct Figures {
    updates: usize,
    secs: f64,
    p50: f64,
    p99: f64,
    max: f64,
    cpu_ms: f64,
    requests: f64,
}

impl Figures {
    fn rate(&self) -> f64 {
        self.updates as f64 / self.secs
    }
}

/// How to tell that every message of a script step has arrived, for steps that send more than
/// one: the text and a button label of the step's last message, as one user saw it alone.
type Tails = Vec<Option<(String, String)>>;

/// `users` simulated users send `total` updates in all, walking the script; each sends its next
/// update once the bot answered the previous one completely (the fake signals only a reply's
/// first message; the last one is recognised by `tails`), and a user who finished the script
/// starts again as a new user. With `rate`, updates are released at that many per second.
async fn drive(bot: &Running, tails: &Tails, first_user: i64, users: i64, total: usize, rate: Option<f64>) -> Figures {
    let fake = &bot.fake;
    fake.take_latencies();
    let (cpu0, calls0) = (cpu_secs(bot.pid()), reply_calls(fake));
    let mut replies = fake.subscribe_replies();
    // Slot u plays users first_user + u, first_user + u + users, … one after another.
    let mut who: Vec<i64> = (0..users).map(|u| first_user + u).collect();
    let mut next = vec![0usize; users as usize];
    let mut sent_at = vec![Instant::now(); users as usize];
    let mut waiting = vec![false; users as usize];
    let mut by_step: Vec<Vec<Duration>> = vec![Vec::new(); SCRIPT.len()];
    let mut ready: VecDeque<usize> = (0..users as usize).collect();
    // Users whose reply's first message arrived, not yet its last.
    let mut tail: Vec<usize> = Vec::new();
    let (mut sent, mut answered) = (0usize, 0usize);
    let start = Instant::now();
    let mut progress = Instant::now();
    let done = |who: i64, next: usize| match &tails[next - 1] {
        None => true,
        Some((label, text)) => fake.fresh_with_button(who, label).is_some_and(|m| &m.text == text),
    };
    while answered < total {
        while sent < total
            && let Some(&u) = ready.front()
        {
            if let Some(rate) = rate
                && Instant::now() < start + Duration::from_secs_f64(sent as f64 / rate)
            {
                break;
            }
            ready.pop_front();
            if next[u] == SCRIPT.len() {
                who[u] += users;
                next[u] = 0;
            }
            fake.send_text(who[u], SCRIPT[next[u]]);
            sent_at[u] = Instant::now();
            waiting[u] = true;
            next[u] += 1;
            sent += 1;
        }
        let wait = if !tail.is_empty() {
            Duration::from_micros(200)
        } else if rate.is_some() && !ready.is_empty() && sent < total {
            Duration::from_micros(500)
        } else {
            Duration::from_secs(10)
        };
        match tokio::time::timeout(wait, replies.recv()).await {
            Ok(Some(chat)) => {
                let u = (chat - first_user).rem_euclid(users) as usize;
                if chat >= first_user && who[u] == chat && waiting[u] {
                    waiting[u] = false;
                    by_step[next[u] - 1].push(sent_at[u].elapsed());
                    tail.push(u);
                }
            }
            Ok(None) => break,
            Err(_) if rate.is_some() || !tail.is_empty() => {}
            Err(_) => panic!("{}: no reply for 10 s: {answered} of {total} answered", bot.name),
        }
        let before = tail.len();
        tail.retain(|&u| {
            let finished = done(who[u], next[u]);
            if finished {
                ready.push_back(u);
            }
            !finished
        });
        if tail.len() < before {
            answered += before - tail.len();
            progress = Instant::now();
        } else if progress.elapsed() > Duration::from_secs(10) {
            panic!("{}: no reply completed for 10 s: {answered} of {total}, {} half answered", bot.name, tail.len());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_secs(bot.pid()) - cpu0;
    let calls = reply_calls(fake) - calls0;
    if std::env::var("BENCH_STEPS").is_ok() {
        for (i, mut l) in by_step.into_iter().enumerate() {
            l.sort();
            if !l.is_empty() {
                println!(
                    "  step {i:2} {:>6}: p50 {:.1} ms p99 {:.1} ms",
                    SCRIPT[i],
                    percentile(&l, 0.5),
                    percentile(&l, 0.99)
                );
            }
        }
    }
    let mut latencies = fake.take_latencies();
    latencies.sort();
    Figures {
        updates: answered,
        secs,
        p50: percentile(&latencies, 0.5),
        p99: percentile(&latencies, 0.99),
        max: percentile(&latencies, 1.0),
        cpu_ms: cpu * 1e3 / answered as f64,
        requests: calls as f64 / answered as f64,
    }
}

/// One user walks the script alone; after each step the fake is settled, so the calls between
/// two steps are exactly what the bot made for that step.
async fn record_plan(bot: &Running, user: i64) -> (Vec<Vec<Call>>, Tails) {
    let fake = &bot.fake;
    // Polling starts after the start-up calls (getMe, setMyCommands, deleteWebhook).
    fake.wait_calls("getupdates", 1).await;
    let mut plan: Vec<Vec<Call>> = Vec::new();
    let mut tails = Vec::new();
    let mut seen = fake.calls().len();
    for text in SCRIPT {
        fake.send_text(user, text);
        fake.settle().await;
        let calls = fake.calls();
        plan.push(
            calls[seen..]
                .iter()
                .filter(|(m, _)| m != "getupdates")
                .map(|(method, body)| Call { method: method.clone(), body: body.clone() })
                .collect(),
        );
        seen = calls.len();
        // Calls the fake counts as a message to the chat (it signals only the first of them).
        let messages = plan.last().unwrap().iter().filter(|c| SIGNALLED.contains(&c.method.as_str())).count();
        let last = fake.last(user).unwrap();
        tails.push(match (messages, last.labels().first()) {
            (0 | 1, _) => None,
            (_, Some(label)) => Some((label.to_string(), last.text.clone())),
            (_, None) => panic!(
                "step {text}: {messages} messages, the last one without buttons: cannot tell when it is answered"
            ),
        });
    }
    (plan, tails)
}

const SIGNALLED: &[&str] = &["sendmessage", "editmessagetext", "editmessagereplymarkup"];

/// Methods and counts, e.g. `sendMessage×2`.
fn summary(calls: &[Call]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in calls {
        *counts.entry(c.method.as_str()).or_default() += 1;
    }
    counts.iter().map(|(m, n)| format!("{m}×{n}")).collect::<Vec<_>>().join(" ")
}

struct Measured {
    name: String,
    paced: Figures,
    full: Figures,
    /// Peak RSS (MB) of the bot process after each phase: warm-up, paced, saturated.
    peak: [f64; 3],
    rss_end: f64,
    /// Peak RSS (MB) after each crowd run, and the crowd's figures of the first run.
    crowd_peaks: Vec<f64>,
    crowd: Figures,
}

/// The crowd: this many users at once, each making `CROWD_ACTIONS` steps, run `CROWD_RUNS`
/// times against the same process.
const CROWD: i64 = 2_000;
const CROWD_ACTIONS: usize = 20;
const CROWD_RUNS: usize = 4;

/// Warm-up, paced, saturated; memory after each.
async fn measure(bot: Running, tails: &Tails, paced_total: usize, full_total: usize) -> Measured {
    drive(&bot, tails, 1_000_000, 20, 20 * SCRIPT.len(), None).await;
    let peak0 = status_mb(bot.pid(), "VmHWM");
    // The steady rate first: right after a full-load burst the database is still settling
    // (its write-ahead log is large) and the first second would measure that instead.
    let paced = drive(&bot, tails, 2_000_000, USERS, paced_total, Some(RATE)).await;
    let peak1 = status_mb(bot.pid(), "VmHWM");
    let full = drive(&bot, tails, 3_000_000, USERS, full_total, None).await;
    let peak2 = status_mb(bot.pid(), "VmHWM");
    let rss_end = status_mb(bot.pid(), "VmRSS");
    // Memory under a crowd: every user's first update arrives at once, then each goes on as
    // soon as its reply is complete. Each run brings 2,000 users the bot has not seen before
    // (a script's users cannot start it over), so anything kept per user would add up.
    let mut crowd_peaks = Vec::new();
    let mut crowd = Figures::default();
    if std::env::var("BENCH_CROWD").as_deref() != Ok("0") {
        for run in 0..CROWD_RUNS {
            let first = 10_000_000 + run as i64 * 1_000_000;
            let f = drive(&bot, tails, first, CROWD, CROWD as usize * CROWD_ACTIONS, None).await;
            if run == 0 {
                crowd = f;
            }
            crowd_peaks.push(status_mb(bot.pid(), "VmHWM"));
        }
    }
    let m = Measured { name: bot.name.clone(), paced, full, peak: [peak0, peak1, peak2], rss_end, crowd_peaks, crowd };
    for (label, f) in [("paced 500 updates/s", &m.paced), ("saturated", &m.full)] {
        println!(
            "{:<16} {label:<20} {:>6} updates in {:5.2} s = {:>6.0} updates/s; latency p50 {:6.1} ms p99 {:6.1} ms max {:6.1} ms; \
             CPU {:.3} ms/update; {:.2} requests/update",
            m.name,
            f.updates,
            f.secs,
            f.rate(),
            f.p50,
            f.p99,
            f.max,
            f.cpu_ms,
            f.requests
        );
    }
    println!(
        "{:<16} peak RSS (VmHWM of the bot process) after warm-up {:.1} MB, after paced {:.1} MB, after saturated {:.1} MB; RSS at end {:.1} MB",
        m.name, m.peak[0], m.peak[1], m.peak[2], m.rss_end
    );
    if !m.crowd_peaks.is_empty() {
        println!(
            "{:<16} crowd of {CROWD} users × {CROWD_ACTIONS} actions: {:.0} updates/s, p99 {:.1} ms; peak RSS after each of {CROWD_RUNS} runs: {}",
            m.name,
            m.crowd.rate(),
            m.crowd.p99,
            m.crowd_peaks.iter().map(|p| format!("{p:.1} MB")).collect::<Vec<_>>().join(" → ")
        );
    }
    bot.stop();
    m
}

fn parent() {
    let full_total: usize = std::env::var("BENCH_UPDATES").ok().and_then(|v| v.parse().ok()).unwrap_or(8_800);
    let paced_total = (full_total / 3).max(1_000);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        println!(
            "full loop: {USERS} users, paced {paced_total} updates at {RATE} updates/s, then saturated {full_total} updates; \
             each bot in its own process"
        );
        let mut results = Vec::new();

        // sifor on SQLite; one user's walk through it records what the control must send.
        let dir = tempfile::tempdir().unwrap();
        let url = sifor::storage::sqlite_url(&dir.path().join("bench.db"));
        let fake = Arc::new(FakeTelegram::start().await);
        let bot = spawn("sifor", "sifor sqlite", fake, &[("BENCH_DATABASE_URL", url)]);
        let (plan, tails) = record_plan(&bot, 1).await;
        results.push(measure(bot, &tails, paced_total, full_total).await);

        let plan_file = dir.path().join("plan.json");
        std::fs::write(&plan_file, serde_json::to_vec(&plan).unwrap()).unwrap();
        let fake = Arc::new(FakeTelegram::start().await);
        let control =
            spawn("control", "bare teloxide", fake, &[("BENCH_PLAN", plan_file.to_string_lossy().into_owned())]);
        let (control_plan, _) = record_plan(&control, 1).await;
        let control = measure(control, &tails, paced_total, full_total).await;

        let pg = match std::env::var("TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!("sifor_bench_{}", std::process::id());
                let admin = sifor::storage::Store::connect(&admin_url).await.unwrap();
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(admin.pool())
                    .await
                    .unwrap();
                let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b);
                let fake = Arc::new(FakeTelegram::start().await);
                let bot = spawn("sifor", "sifor postgres", fake, &[("BENCH_DATABASE_URL", format!("{base}/{name}"))]);
                results.push(measure(bot, &tails, paced_total, full_total).await);
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
                    .execute(admin.pool())
                    .await
                    .unwrap();
                admin.close().await;
                true
            }
            _ => false,
        };

        println!("\nBot API requests per update, one user walking the script alone (sifor | control):");
        let total = |p: &[Vec<Call>]| p.iter().map(Vec::len).sum::<usize>();
        for (i, (s, c)) in plan.iter().zip(&control_plan).enumerate() {
            println!("  step {i:2} {:>6}: {:<40} | {}", SCRIPT[i], summary(s), summary(c));
        }
        println!(
            "  in all: sifor {} requests for {} updates ({:.2}/update), control {} ({:.2}/update)",
            total(&plan),
            SCRIPT.len(),
            total(&plan) as f64 / SCRIPT.len() as f64,
            total(&control_plan),
            total(&control_plan) as f64 / SCRIPT.len() as f64
        );

        println!("\nsifor / bare teloxide, same run:");
        for m in &results {
            println!(
                "  {:<16} saturated: {:.2} × the updates/s ({:.0} vs {:.0}), p99 {:.1} vs {:.1} ms; \
                 paced 500/s: p99 {:.1} vs {:.1} ms; CPU/update {:.2} ×; peak RSS {:.1} vs {:.1} MB ({:.2} ×)",
                m.name,
                m.full.rate() / control.full.rate(),
                m.full.rate(),
                control.full.rate(),
                m.full.p99,
                control.full.p99,
                m.paced.p99,
                control.paced.p99,
                m.full.cpu_ms / control.full.cpu_ms,
                m.peak[2],
                control.peak[2],
                m.peak[2] / control.peak[2]
            );
        }
        for m in &results {
            if let (Some(first), Some(last), Some(control_first)) =
                (m.crowd_peaks.first(), m.crowd_peaks.last(), control.crowd_peaks.first())
            {
                println!(
                    "  {:<16} crowd of {CROWD} × {CROWD_ACTIONS}: peak RSS {first:.1} vs {control_first:.1} MB ({:.2} ×); \
                     after {CROWD_RUNS} runs {last:.1} MB ({:+.1} % over the first run)",
                    m.name,
                    first / control_first,
                    (last / first - 1.0) * 100.0
                );
            }
        }
        if !pg {
            println!("  sifor postgres: skipped (set TEST_POSTGRES_URL)");
        }
        let _ = std::io::stdout().flush();
    });
}
