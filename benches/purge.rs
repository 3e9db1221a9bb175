//! Maintenance against users: a SQLite database seeded with 100,000 users (three in four idle
//! past the retention time, with sessions and profile answers; one in twenty never consented),
//! then
//! (a) the real bot starts on it (`sifor::startup::open_app` and `run_until_stopped` against the
//!     fake Bot API) with a /start already waiting: prints the time from start to its reply;
//! (b) a full retention purge (`sifor::services::workers::purge::step` as of now, with
//!     `DataRules::default()`: 90 days idle) runs on the bot's own store while 50 simulated users
//!     keep chatting (a closed loop paced at `BENCH_RATE` updates/s, default 250): prints reply
//!     latency p50/p99/max before and during the purge, and the purge's total time.
//!
//! Figures only; nothing is asserted. Targets (issue 9): first reply ≤ 50 ms, p99 during the
//! purge ≤ 50 ms.
//!
//! Run: `cargo bench --bench purge` (`BENCH_USERS` changes the 100,000).

#[path = "../tests/it/fake_telegram.rs"]
mod fake_telegram;

#[path = "support/process.rs"]
mod process;
use fake_telegram::FakeTelegram;
use process::percentile;
use sifor::config::DataRules;
use sifor::storage::{Store, TABLES};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Typed answers from /start to the end of the jobs questions (as in the telegram benchmark).
const SCRIPT: &[&str] = &[
    "/start", "10", "4", "1", "1", "1", "1", "1", "1 3", "1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2",
    "2", "1",
];
const CHATTERS: i64 = 50;
/// Seeded users' ids start here (the simulated users' ids are small).
const FIRST_SEEDED: i64 = 1_000_000_000;
/// Profile answers per seeded user.
const ANSWERS: i64 = 10;
const DAY: i64 = 86_400;

/// Fills the database in one transaction per table, with SQLite generating the rows (a
/// recursive CTE): user i is idle unless i % 4 == 0; users with i % 20 == 1 (idle ones) never
/// consented. Every user has a session, `ANSWERS` answers and an audit entry; half have a match
/// result.
async fn seed(store: &Store, users: i64, now: i64) {
    let n = format!("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {})", users - 1);
    let idle = "(i % 4 <> 0)";
    let last_seen =
        format!("CASE WHEN {idle} THEN {} - (i % {DAY}) ELSE {} - (i % {DAY}) END", now - 120 * DAY, now - DAY);
    let created = format!("CASE WHEN {idle} THEN {} ELSE {} END", now - 400 * DAY, now - 30 * DAY);
    let statements = [
        format!(
            "{n} INSERT INTO users (id, chat_id, pseudonym, locale, role, muted, created_at, last_seen) \
             SELECT {FIRST_SEEDED} + i, {FIRST_SEEDED} + i, 'S-' || i, 'en', 'refugee', 0, {created}, {last_seen} FROM n"
        ),
        format!(
            "{n}, p(purpose) AS (VALUES ('profile'), ('announcements')) \
             INSERT INTO consents (user_id, purpose, granted, policy_version, locale, decided_at) \
             SELECT {FIRST_SEEDED} + i, purpose, 1, '2026-11', 'en', {created} FROM n, p WHERE i % 20 <> 1"
        ),
        // A session's state is JSON of about a kilobyte (history, answers in progress, screen).
        format!(
            "{n} INSERT INTO sessions (user_id, flow, content_hash, step, nonce, state, version, updated_at) \
             SELECT {FIRST_SEEDED} + i, 'jobs', 'h', 'summary', i, \
             '{{\"history\":[\"start\",\"language\",\"consent\",\"country\"],\"filler\":\"' || printf('%.900c', 'x') || '\"}}', \
             20, {last_seen} FROM n"
        ),
        format!(
            "{n}, k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < {ANSWERS}) \
             INSERT INTO answers (user_id, key, value, flow, updated_at) \
             SELECT {FIRST_SEEDED} + i, 'jobs.q' || j, '[\"option_' || j || '\",\"other\"]', 'jobs', {last_seen} FROM n, k"
        ),
        format!(
            "{n} INSERT INTO match_results (user_id, country, region, goals, matches, top_filter, at) \
             SELECT {FIRST_SEEDED} + i, 'DE', 'DE-BE', 'job,training', i % 7, 'language', {last_seen} FROM n WHERE i % 2 = 0"
        ),
        format!(
            "{n} INSERT INTO audit_log (at, actor, action, subject, detail) \
             SELECT {created}, 'S-' || i, 'consent', NULL, 'profile' FROM n"
        ),
    ];
    for sql in statements {
        let mut tx = store.begin().await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
    }
}

async fn counts(store: &Store) -> String {
    let mut out = Vec::new();
    for table in TABLES {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM {table}")))
            .fetch_one(store.pool())
            .await
            .unwrap();
        let n: i64 = sqlx::Row::try_get(&row, "n").unwrap();
        if n > 0 {
            out.push(format!("{table} {n}"));
        }
    }
    out.join(", ")
}

fn latency_line(mut l: Vec<Duration>) -> String {
    l.sort();
    format!(
        "{} replies, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        l.len(),
        percentile(&l, 0.5),
        percentile(&l, 0.99),
        percentile(&l, 1.0)
    )
}

/// `CHATTERS` users walk the script in a closed loop (each sends its next update once the
/// previous one was answered; one who finished starts again as a new user), released at `rate`
/// updates/s in all, until `done()` holds; then the updates still open are waited for. Returns
/// each update's (sent, answered).
async fn chat_until(
    fake: &FakeTelegram,
    first_user: i64,
    rate: f64,
    mut done: impl FnMut() -> bool,
) -> Vec<(Instant, Instant)> {
    let users = CHATTERS;
    let mut replies = fake.subscribe_replies();
    let mut who: Vec<i64> = (0..users).map(|u| first_user + u).collect();
    let mut next = vec![0usize; users as usize];
    let mut sent_at = vec![Instant::now(); users as usize];
    let mut ready: VecDeque<usize> = (0..users as usize).collect();
    let mut out = Vec::new();
    let (mut sent, mut open) = (0usize, 0usize);
    let start = Instant::now();
    let mut last_reply = Instant::now();
    loop {
        let stopping = done();
        if stopping && open == 0 {
            break;
        }
        while !stopping && let Some(&u) = ready.front() {
            if Instant::now() < start + Duration::from_secs_f64(sent as f64 / rate) {
                break;
            }
            ready.pop_front();
            if next[u] == SCRIPT.len() {
                who[u] += users;
                next[u] = 0;
            }
            fake.send_text(who[u], SCRIPT[next[u]]);
            sent_at[u] = Instant::now();
            next[u] += 1;
            sent += 1;
            open += 1;
        }
        match tokio::time::timeout(Duration::from_millis(1), replies.recv()).await {
            Ok(Some(chat)) => {
                let u = (chat - first_user).rem_euclid(users) as usize;
                if chat < first_user || who[u] != chat {
                    continue;
                }
                out.push((sent_at[u], Instant::now()));
                last_reply = Instant::now();
                open -= 1;
                ready.push_back(u);
            }
            Ok(None) => break,
            Err(_) => {
                if open > 0 && last_reply.elapsed() > Duration::from_secs(120) {
                    panic!("no reply for 120 s ({open} updates open)");
                }
            }
        }
    }
    out
}

fn main() {
    let users: i64 = std::env::var("BENCH_USERS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let rate: f64 = std::env::var("BENCH_RATE").ok().and_then(|v| v.parse().ok()).unwrap_or(250.0);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let url = sifor::storage::sqlite_url(&dir.path().join("bench.db"));
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;

        let t = Instant::now();
        let store = Store::open(&url).await.unwrap();
        seed(&store, users, now).await;
        store.close().await;
        let size = std::fs::metadata(dir.path().join("bench.db")).map_or(0, |m| m.len());
        println!("seeded {users} users in {:.1} s ({:.0} MB file)", t.elapsed().as_secs_f64(), size as f64 / 1e6);

        // (a) Start with a /start waiting.
        let fake = Arc::new(FakeTelegram::start().await);
        let mut replies = fake.subscribe_replies();
        fake.send_text(1, "/start");
        let start = Instant::now();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (flows, locales) = sifor::startup::load_content(&sifor::config::Content::new(
            Some(root.join("flows")),
            Some(root.join("locales")),
        ))
        .unwrap();
        let loaded = start.elapsed();
        let app = Arc::new(sifor::startup::open_app(&url, flows, locales, DataRules::default()).await.unwrap());
        let opened = start.elapsed();
        let config = sifor::config::Telegram {
            token: sifor::config::Secret::new("123456:BENCH-token_abc"),
            api_url: Some(url::Url::parse(&fake.url).unwrap()),
            webhook: None,
            poll_timeout: Duration::from_secs(5),
        };
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let workers = sifor::config::Broadcast::default();
        let bot = tokio::spawn(sifor::startup::run_until_stopped(app.clone(), config, workers, async move {
            let _ = rx.await;
        }));
        let first = tokio::time::timeout(Duration::from_secs(120), replies.recv()).await;
        let replied = start.elapsed();
        assert!(matches!(first, Ok(Some(1))), "no reply to /start");
        println!(
            "start on {users} users: first reply to a waiting /start after {:.1} ms \
             (content loaded {:.1} ms, store opened and app built {:.1} ms, bot running → reply {:.1} ms)",
            replied.as_secs_f64() * 1e3,
            loaded.as_secs_f64() * 1e3,
            (opened - loaded).as_secs_f64() * 1e3,
            (replied - opened).as_secs_f64() * 1e3,
        );
        drop(replies);

        // (b) Chatting users: a baseline, then a full purge under them.
        let until = Instant::now() + Duration::from_secs(3);
        let baseline = chat_until(&fake, 10_000, rate, || Instant::now() >= until).await;
        println!(
            "{CHATTERS} users chatting at {rate} updates/s, no purge: {}",
            latency_line(baseline.iter().map(|(s, r)| *r - *s).collect())
        );

        println!("before the purge: {}", counts(&app.store).await);
        let store = app.store.clone();
        let rules = DataRules::default();
        let purge_now = app.now();
        let purge_start = Instant::now();
        let purge = tokio::spawn(async move {
            let result = sifor::services::workers::purge::step(&store, &rules, purge_now).await;
            (result, Instant::now())
        });
        let during = chat_until(&fake, 20_000_000, rate, || purge.is_finished()).await;
        let (result, purge_end) = purge.await.unwrap();
        let took = purge_end - purge_start;
        // Updates in flight at any moment of the purge.
        let overlapping: Vec<Duration> =
            during.iter().filter(|(s, r)| *s <= purge_end && *r >= purge_start).map(|(s, r)| *r - *s).collect();
        println!("full purge: {:.2} s, removed {:?}", took.as_secs_f64(), result.unwrap());
        println!("{CHATTERS} users chatting at {rate} updates/s during the purge: {}", latency_line(overlapping));
        println!("after the purge: {}", counts(&app.store).await);

        let _ = stop.send(());
        let _ = bot.await;
        app.store.close().await;
    });
}
