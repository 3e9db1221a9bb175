//! Broadcasting an announcement against a Bot API that enforces the rate cap, while users chat.
//! For each scenario a fresh database is seeded with recipients (users with the announcements
//! consent and a profile in Berlin, in four languages) and the announcement is published to all
//! of them (`announce::publish`, as `sifor announce` does); then the real bot
//! (`sifor::startup::run_until_stopped`: dispatcher and broadcaster) runs in a child process of
//! this benchmark (the binary re-runs itself with `BENCH_ROLE` set), so that its CPU time and
//! peak memory are its own. The fake Bot API and the chatting users stay in this process.
//!
//! The fake counts the broadcast's `sendMessage` calls (those to recipients) in a sliding 1 s
//! window: the cap is the scenario's for requests with `allow_paid_broadcast`, else at most 30.
//! A call that would put more than the cap plus a burst of 1 % (at least one message) into the
//! window is refused with a 429 asking to retry after 1 s, and not counted as sent. Replies to
//! the chatting users are not capped (sifor sends them outside its pacer).
//!
//! Scenarios: cap 30/s without paid broadcasts (`BENCH_RECIPIENTS_SLOW`, default 1,500
//! recipients), 300/s and 1,000/s with paid broadcasts (`BENCH_RECIPIENTS`, default 10,000);
//! the bot's rate is set to the cap. Meanwhile `BENCH_CHATTERS` users (default 20) walk the
//! onboarding script, each typing its next answer half a second after the bot's reply. Prints
//! the achieved rate (sent / (last send − first send)) and its share of the cap, 429s, the
//! busiest 1 s window, where sending stood still (gaps of three send intervals or more), the
//! ledger at the end, the bot's CPU seconds (the whole process), its peak RSS (VmHWM) and the
//! chatters' reply latency p50/p99 (from an update being available to the first reply to that
//! user). On SQLite, and on PostgreSQL too when `TEST_POSTGRES_URL` is set.
//! Figures only; nothing is asserted. Targets (the issue): ≥ 97 % of the cap, no 429, ≤ 64 MB.
//!
//! Run: `cargo bench --bench broadcast`.

#[path = "support/process.rs"]
mod process;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use process::{cpu_secs, percentile, status_mb};
use serde_json::{Value, json};
use sifor::services::coordinator::announce::{self, Author};
use sifor::storage::Store;
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

/// Typed answers from /start on (as in the telegram benchmark; English is the 10th language).
const SCRIPT: &[&str] = &[
    "/start", "10", "4", "1", "1", "1", "1", "1", "1 3", "1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2",
    "2", "1",
];
const TOKEN: &str = "123456:BENCH-token_abc";
/// Recipients' user and chat ids start here; the chatting users' ids are small.
const FIRST_RECIPIENT: i64 = 1_000_000_000;
/// Messages a second Telegram allows a bot without paid broadcasts.
const FREE_CAP: usize = 30;
/// How long a chatting user takes to type the next answer.
const THINK: Duration = Duration::from_millis(500);

const ANNOUNCEMENT: &str = r#"
kind = "workshop"
starts = "2030-12-05T18:00"
place = "Nachbarschaftshaus, Berlin-Neukölln"
link = "https://example.org/workshop"
countries = ["DE"]
[text.en]
title = "Workshop: your own business in Berlin"
body = "Three hours with founders who started here."
[text.ar]
title = "ورشة عمل: مشروعك الخاص في برلين"
body = "ثلاث ساعات مع مؤسسين بدأوا هنا."
"#;

fn main() {
    match std::env::var("BENCH_ROLE").as_deref() {
        Ok("sifor") => child_runtime().block_on(sifor_child()),
        Ok(other) => panic!("unknown BENCH_ROLE {other}"),
        Err(_) => parent(),
    }
}

fn child_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

fn content() -> (sifor::flow::Registry, sifor::i18n::Locales) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = sifor::config::Content::new(Some(root.join("flows")), Some(root.join("locales")));
    sifor::startup::load_content(&content).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The bot (child process)

/// sifor as `sifor run` runs it: the bot and its workers, until the parent closes our stdin.
async fn sifor_child() {
    let (flows, locales) = content();
    let url = env("BENCH_DATABASE_URL");
    let app = Arc::new(sifor::startup::open_app(&url, flows, locales, Default::default()).await.unwrap());
    let telegram = sifor::config::Telegram {
        token: sifor::config::Secret::new(TOKEN),
        api_url: Some(url::Url::parse(&env("BENCH_API_URL")).unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(5),
    };
    let broadcast = sifor::config::Broadcast {
        rate: env("SIFOR_BROADCAST_RATE").parse().unwrap(),
        paid: env("SIFOR_PAID_BROADCAST") == "1",
        ..Default::default()
    };
    let parent_gone = async {
        let _ = tokio::task::spawn_blocking(|| std::io::stdin().read_to_end(&mut Vec::new())).await;
    };
    println!("ready");
    sifor::startup::run_until_stopped(app.clone(), telegram, broadcast, parent_gone).await.unwrap();
    app.store.close().await;
}

// ---------------------------------------------------------------------------------------------
// The fake Bot API (this process)

/// Just enough of the Bot API for sifor to start, poll, answer users and broadcast.
struct Fake {
    url: String,
    /// The scenario's cap (messages a second) for paid broadcasts.
    cap: usize,
    log: Mutex<Log>,
    updates_ready: tokio::sync::Notify,
    /// (chat, latency) each time the first reply to a user's update arrives.
    replies: UnboundedSender<(i64, Duration)>,
    /// Whether the bot has polled for updates yet.
    polling: AtomicBool,
}

#[derive(Default)]
struct Log {
    next_update: i64,
    next_message: i64,
    updates: VecDeque<(i64, String)>,
    /// Broadcast messages accepted in the last second.
    window: VecDeque<Instant>,
    /// Every broadcast message accepted: when, to which chat.
    sent: Vec<(Instant, i64)>,
    too_many: usize,
    /// Chats of users whose last update is not answered yet: since when it was available.
    waiting: HashMap<i64, Instant>,
}

/// What the window may hold: the cap and a burst of 1 % (at least one message), as Telegram
/// lets short bursts through; loopback arrival jitter alone can put a message more in a second.
fn limit(cap: usize) -> usize {
    cap + (cap / 100).max(1)
}

impl Fake {
    async fn start(cap: usize) -> (Arc<Fake>, UnboundedReceiver<(i64, Duration)>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let (tx, rx) = unbounded_channel();
        let fake = Arc::new(Fake {
            url: format!("http://{}", listener.local_addr().unwrap()),
            cap,
            log: Mutex::new(Log { next_update: 1, ..Log::default() }),
            updates_ready: tokio::sync::Notify::new(),
            replies: tx,
            polling: AtomicBool::new(false),
        });
        let app = axum::Router::new().route("/{*path}", axum::routing::post(handle)).with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (fake, rx)
    }

    fn log(&self) -> std::sync::MutexGuard<'_, Log> {
        self.log.lock().unwrap()
    }

    /// A user types `text`.
    fn send_text(&self, user: i64, text: &str) {
        let mut log = self.log();
        let id = log.next_update;
        log.next_update += 1;
        let mut message = json!({"message_id": id, "date": 1_800_000_000, "text": text,
            "chat": {"id": user, "type": "private", "first_name": "U"},
            "from": {"id": user, "is_bot": false, "first_name": "U", "language_code": "en"}});
        if text.starts_with('/') {
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": text.len()}]);
        }
        log.updates.push_back((id, json!({"update_id": id, "message": message}).to_string()));
        log.waiting.insert(user, Instant::now());
        drop(log);
        self.updates_ready.notify_waiters();
    }

    fn sent(&self) -> usize {
        self.log().sent.len()
    }

    async fn get_updates(&self, body: &Value) -> Response {
        self.polling.store(true, Ordering::Relaxed);
        let offset = body["offset"].as_i64().unwrap_or(0);
        let deadline = Instant::now() + Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(50));
        loop {
            let notified = self.updates_ready.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut log = self.log();
                log.updates.retain(|(id, _)| *id >= offset);
                if !log.updates.is_empty() {
                    let batch: Vec<&str> = log.updates.iter().take(100).map(|(_, u)| u.as_str()).collect();
                    let text = format!("{{\"ok\":true,\"result\":[{}]}}", batch.join(","));
                    return (StatusCode::OK, [("content-type", "application/json")], text).into_response();
                }
            }
            if tokio::time::timeout_at(deadline.into(), notified).await.is_err() {
                return ok(json!([]));
            }
        }
    }

    /// A broadcast message: sent, or refused when it would break the cap.
    fn broadcast(&self, chat: i64, body: &Value) -> Response {
        let paid = body["allow_paid_broadcast"].as_bool() == Some(true);
        let cap = if paid { self.cap } else { self.cap.min(FREE_CAP) };
        let mut log = self.log();
        let now = Instant::now();
        while log.window.front().is_some_and(|t| now - *t >= Duration::from_secs(1)) {
            log.window.pop_front();
        }
        if log.window.len() >= limit(cap) {
            log.too_many += 1;
            let body = json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1}});
            return (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
        }
        log.window.push_back(now);
        log.sent.push((now, chat));
        log.next_message += 1;
        message(chat, log.next_message, body)
    }

    /// A message to a chatting user (new or edited).
    fn reply(&self, chat: i64, body: &Value) -> Response {
        let mut log = self.log();
        if let Some(since) = log.waiting.remove(&chat) {
            let _ = self.replies.send((chat, since.elapsed()));
        }
        log.next_message += 1;
        let id = body["message_id"].as_i64().unwrap_or(log.next_message);
        message(chat, id, body)
    }
}

fn ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

fn message(chat: i64, id: i64, body: &Value) -> Response {
    ok(json!({"message_id": id, "date": 1_800_000_000, "text": body["text"].as_str().unwrap_or("."),
        "chat": {"id": chat, "type": "private", "first_name": "U"},
        "from": {"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot"}}))
}

async fn handle(State(fake): State<Arc<Fake>>, Path(path): Path<String>, body: Bytes) -> Response {
    let method = path.rsplit('/').next().unwrap_or_default().to_lowercase();
    let body: Value = serde_json::from_slice(&body).unwrap_or(json!({}));
    let chat = body["chat_id"].as_i64().unwrap_or_default();
    match method.as_str() {
        "getme" => ok(json!({"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot",
            "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false})),
        "getupdates" => fake.get_updates(&body).await,
        "sendmessage" if chat >= FIRST_RECIPIENT => fake.broadcast(chat, &body),
        "sendmessage" | "editmessagetext" | "editmessagereplymarkup" | "senddocument" => fake.reply(chat, &body),
        _ => ok(json!(true)),
    }
}

// ---------------------------------------------------------------------------------------------
// The chatting users, the scenarios and the report (this process)

/// `users` users walk the script until `stop`, each typing its next answer `THINK` after the
/// bot's first reply (one who finished starts again as a new user). The latencies, and how many
/// updates went unanswered for 10 s.
async fn chat(
    fake: Arc<Fake>,
    mut replies: UnboundedReceiver<(i64, Duration)>,
    users: i64,
    stop: Arc<AtomicBool>,
) -> (Vec<Duration>, usize) {
    let n = users as usize;
    let start = Instant::now();
    let mut who: Vec<i64> = (1..=users).collect();
    let mut step = vec![0; n];
    // When each user types next; `None` while waiting for the bot (since `asked`).
    let mut due: Vec<Option<Instant>> = (0..n).map(|u| Some(start + THINK * u as u32 / n as u32)).collect();
    let mut asked = vec![start; n];
    let (mut latencies, mut unanswered) = (Vec::new(), 0);
    loop {
        let stopping = stop.load(Ordering::Relaxed);
        let now = Instant::now();
        for u in 0..n {
            match due[u] {
                Some(at) if !stopping && at <= now => {
                    if step[u] == SCRIPT.len() {
                        who[u] += users;
                        step[u] = 0;
                    }
                    fake.send_text(who[u], SCRIPT[step[u]]);
                    step[u] += 1;
                    (asked[u], due[u]) = (now, None);
                }
                None if now - asked[u] > Duration::from_secs(10) => {
                    unanswered += 1;
                    due[u] = Some(now);
                }
                _ => {}
            }
        }
        if stopping && due.iter().all(Option::is_some) {
            return (latencies, unanswered);
        }
        if let Ok(Some((chat, latency))) = tokio::time::timeout(Duration::from_millis(10), replies.recv()).await {
            let u = ((chat - 1) % users) as usize;
            if who[u] == chat && due[u].is_none() {
                latencies.push(latency);
                due[u] = Some(Instant::now() + THINK);
            }
        }
    }
}

/// Recipients 0..n: consent to announcements, a profile in Berlin, in English, Arabic,
/// Ukrainian or German. SQL that both backends run, generating the rows itself.
async fn seed(store: &Store, n: i64, now: i64) {
    let rows = format!("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {})", n - 1);
    let statements = [
        format!(
            "{rows} INSERT INTO users (id, chat_id, pseudonym, locale, role, muted, created_at, last_seen) \
             SELECT {FIRST_RECIPIENT} + i, {FIRST_RECIPIENT} + i, 'B-' || i, \
             CASE i % 4 WHEN 0 THEN 'en' WHEN 1 THEN 'ar' WHEN 2 THEN 'uk' ELSE 'de' END, 'refugee', 0, {now}, {now} FROM n"
        ),
        format!(
            "{rows} INSERT INTO consents (user_id, purpose, granted, policy_version, locale, decided_at) \
             SELECT {FIRST_RECIPIENT} + i, 'announcements', 1, '2026-11', 'en', {now} FROM n"
        ),
        format!(
            "{rows}, k(key, value) AS (VALUES ('country', 'DE'), ('region', 'berlin'), ('goals', 'job'), ('age_band', '25_35')) \
             INSERT INTO answers (user_id, key, value, flow, updated_at) \
             SELECT {FIRST_RECIPIENT} + i, k.key, k.value, 'onboarding', {now} FROM n, k"
        ),
    ];
    let mut tx = store.begin().await.unwrap();
    for sql in statements {
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// The announcement's state and its ledger's counts per status (plain reads: no write lock).
async fn ledger(store: &Store, id: i64) -> (String, String) {
    use sqlx::Row;
    let row =
        sqlx::query("SELECT state FROM announcements WHERE id = $1").bind(id).fetch_one(store.pool()).await.unwrap();
    let state: String = row.try_get("state").unwrap();
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n FROM deliveries WHERE announcement_id = $1 GROUP BY status ORDER BY status",
    )
    .bind(id)
    .fetch_all(store.pool())
    .await
    .unwrap();
    let counts: Vec<String> = rows
        .iter()
        .map(|r| format!("{} {}", r.try_get::<String, _>("status").unwrap(), r.try_get::<i64, _>("n").unwrap()))
        .collect();
    let row = sqlx::query("SELECT COUNT(*) AS n FROM deliveries WHERE announcement_id = $1 AND canary = 1")
        .bind(id)
        .fetch_one(store.pool())
        .await
        .unwrap();
    (state, format!("{} (canary {})", counts.join(", "), row.try_get::<i64, _>("n").unwrap()))
}

fn spawn(vars: &[(&str, String)]) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.env("BENCH_ROLE", "sifor").stdin(Stdio::piped()).stdout(Stdio::piped());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "ready", "the bot did not start");
    child
}

/// One scenario on a fresh database at `url`: seed, publish, run the bot until the broadcast
/// is done, report.
async fn scenario(backend: &str, url: &str, cap: u32, paid: bool, recipients: i64, chatters: i64) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let store = Store::open(url).await.unwrap();
    seed(&store, recipients, now).await;
    let (_, locales) = content();
    let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
    let announcement = sifor::domain::announcement::Announcement::from_file(ANNOUNCEMENT, &tags, now).unwrap();
    let (id, rows) = announce::publish(&store, &announcement, Author::Cli, now).await.unwrap();

    let (fake, replies) = Fake::start(cap as usize).await;
    let mut child = spawn(&[
        ("BENCH_DATABASE_URL", url.to_string()),
        ("BENCH_API_URL", fake.url.clone()),
        ("SIFOR_BROADCAST_RATE", cap.to_string()),
        ("SIFOR_PAID_BROADCAST", if paid { "1" } else { "0" }.to_string()),
    ]);
    let pid = child.id();
    // The users start chatting once the bot polls (its start-up is not what they measure).
    while !fake.polling.load(Ordering::Relaxed) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let chatting = tokio::spawn(chat(fake.clone(), replies, chatters, stop.clone()));

    // Until every recipient got the card (or nothing went out for 30 s), then until the ledger
    // says done.
    let (mut seen, mut progress) = (0, Instant::now());
    while seen < rows && progress.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the bot exited: {status}");
        }
        let now = fake.sent();
        if now > seen {
            (seen, progress) = (now, Instant::now());
        }
    }
    stop.store(true, Ordering::Relaxed);
    let waited = Instant::now();
    while ledger(&store, id).await.0 == "running" && waited.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (mut latencies, unanswered) = chatting.await.unwrap();
    let (cpu, peak) = (cpu_secs(pid), status_mb(pid, "VmHWM"));
    drop(child.stdin.take());
    let _ = child.wait();
    let (state, counts) = ledger(&store, id).await;
    store.close().await;

    let log = fake.log();
    let times: Vec<Instant> = log.sent.iter().map(|(t, _)| *t).collect();
    let secs = match (times.first(), times.last()) {
        (Some(first), Some(last)) => (*last - *first).as_secs_f64(),
        _ => f64::NAN,
    };
    let rate = times.len() as f64 / secs;
    // The most messages in any 1 s window, and chats that got the card more than once.
    let mut busiest = 0;
    let mut j = 0;
    for i in 0..times.len() {
        while times[i] - times[j] >= Duration::from_secs(1) {
            j += 1;
        }
        busiest = busiest.max(i - j + 1);
    }
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for (_, chat) in &log.sent {
        *per_chat.entry(*chat).or_default() += 1;
    }
    let twice = per_chat.values().filter(|n| **n > 1).count();
    // Where sending stood still: gaps of three intervals or more between two sends.
    let interval = Duration::from_secs(1) / cap;
    let gaps: Vec<(usize, Duration)> =
        times.windows(2).enumerate().map(|(i, w)| (i + 1, w[1] - w[0])).filter(|(_, g)| *g >= interval * 3).collect();
    let (after, longest) = gaps.iter().max_by_key(|(_, g)| *g).copied().unwrap_or_default();
    let stalled: Duration = gaps.iter().map(|(_, g)| *g).sum();
    latencies.sort();
    let mode = if paid { "paid" } else { "free" };
    println!("{backend} cap {cap}/s ({mode}): {rows} recipients");
    println!(
        "  sent {} in {secs:.2} s = {rate:.1}/s = {:.1} % of the cap; 429s {}; busiest 1 s window {} (limit {}); chats sent twice {twice}",
        times.len(),
        rate * 100.0 / f64::from(cap),
        log.too_many,
        busiest,
        limit(cap as usize),
    );
    println!(
        "  stalls (gaps of 3 intervals or more): {} taking {:.2} s in all, the longest {:.0} ms after send {after}; \
         {:.2} s more than perfect pacing",
        gaps.len(),
        stalled.as_secs_f64(),
        longest.as_secs_f64() * 1e3,
        secs - (times.len() as f64 - 1.0) / f64::from(cap),
    );
    println!("  ledger: {state}: {counts}");
    println!("  bot process: CPU {cpu:.2} s, peak RSS (VmHWM) {peak:.1} MB");
    println!(
        "  {chatters} users chatting: {} replies, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {unanswered} unanswered for 10 s",
        latencies.len(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
    );
    let _ = std::io::stdout().flush();
}

fn parent() {
    let slow: i64 = env_or("BENCH_RECIPIENTS_SLOW", 1_500);
    let fast: i64 = env_or("BENCH_RECIPIENTS", 10_000);
    let chatters: i64 = env_or("BENCH_CHATTERS", 20);
    let scenarios = [(30, false, slow), (300, true, fast), (1_000, true, fast)];
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        println!("broadcast against a fake Bot API enforcing the cap; {chatters} users chatting meanwhile");
        for (cap, paid, recipients) in scenarios {
            let dir = tempfile::tempdir().unwrap();
            let url = sifor::storage::sqlite_url(&dir.path().join("bench.db"));
            scenario("sqlite", &url, cap, paid, recipients, chatters).await;
        }
        let Some(admin_url) = std::env::var("TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()) else {
            println!("postgres: skipped (set TEST_POSTGRES_URL)");
            return;
        };
        let admin = Store::connect(&admin_url).await.unwrap();
        let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b);
        for (cap, paid, recipients) in scenarios {
            let name = format!("sifor_bench_broadcast_{}_{cap}", std::process::id());
            let create = format!("CREATE DATABASE {name}");
            sqlx::query(sqlx::AssertSqlSafe(create)).execute(admin.pool()).await.unwrap();
            scenario("postgres", &format!("{base}/{name}"), cap, paid, recipients, chatters).await;
            let drop = format!("DROP DATABASE {name} WITH (FORCE)");
            sqlx::query(sqlx::AssertSqlSafe(drop)).execute(admin.pool()).await.unwrap();
        }
        admin.close().await;
    });
}
