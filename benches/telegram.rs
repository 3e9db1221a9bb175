//! The full loop: simulated users send updates to the fake Bot API on loopback, the real bot
//! (long polling, SQLite) answers. Prints updates per second at full load and the time from an
//! update being available to the bot's first reply arriving (p50/p99), at full load and at a
//! steady 500 updates/s. Targets on a 2-core machine: ≥ 2,000 updates/s; p99 ≤ 25 ms at 500/s.
//!
//! Run: `cargo bench --bench telegram` (`BENCH_STEPS=1` adds the latency of each script step).

#[path = "../tests/it/fake_telegram.rs"]
mod fake_telegram;

use fake_telegram::FakeTelegram;
use sifor::config::DataRules;
use sifor::services::app::App;
use sifor::storage::Store;
use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Typed answers from /start to the end of the jobs questions: the language (English is the
/// 10th), onboarding, then jobs and the summary's "looks good".
const SCRIPT: &[&str] = &[
    "/start", "10", "4", "1", "1", "1", "1", "1", "1 3", "1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2",
    "2", "1",
];

struct Bench {
    fake: Arc<FakeTelegram>,
    stop: tokio::sync::oneshot::Sender<()>,
    bot: tokio::task::JoinHandle<Result<(), sifor::telegram::RunError>>,
    _dir: tempfile::TempDir,
}

async fn start() -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&sifor::storage::sqlite_url(&dir.path().join("bench.db"))).await.unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (flows, locales) = sifor::startup::load_content(&sifor::config::Content::new(
        Some(root.join("flows")),
        Some(root.join("locales")),
    ))
    .unwrap();
    let app = Arc::new(App::new(store, flows, locales, DataRules::default()));
    let fake = Arc::new(FakeTelegram::start().await);
    let config = sifor::config::Telegram {
        token: sifor::config::Secret::new("123456:BENCH-token_abc"),
        api_url: Some(url::Url::parse(&fake.url).unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(5),
    };
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(sifor::telegram::run(app, config, async move {
        let _ = rx.await;
    }));
    Bench { fake, stop, bot, _dir: dir }
}

/// Drives `users` simulated users through the script. Each user sends its next update once the
/// bot has answered the previous one. With `rate`, updates are released at that many per second.
async fn drive(fake: &FakeTelegram, first_user: i64, users: i64, rate: Option<f64>) -> (usize, Duration) {
    let mut replies = fake.subscribe_replies();
    let mut next = vec![0usize; users as usize];
    let mut sent_at = vec![Instant::now(); users as usize];
    let mut by_step: Vec<Vec<Duration>> = vec![Vec::new(); SCRIPT.len()];
    let mut ready: VecDeque<i64> = (0..users).collect();
    let total = SCRIPT.len() * users as usize;
    let (mut sent, mut answered) = (0usize, 0usize);
    let start = Instant::now();
    while answered < total {
        while let Some(&u) = ready.front() {
            if let Some(rate) = rate {
                let due = start + Duration::from_secs_f64(sent as f64 / rate);
                if Instant::now() < due {
                    break;
                }
            }
            ready.pop_front();
            fake.send_text(first_user + u, SCRIPT[next[u as usize]]);
            sent_at[u as usize] = Instant::now();
            next[u as usize] += 1;
            sent += 1;
        }
        let wait =
            if rate.is_some() && !ready.is_empty() { Duration::from_micros(500) } else { Duration::from_secs(10) };
        match tokio::time::timeout(wait, replies.recv()).await {
            Ok(Some(chat)) => {
                answered += 1;
                let u = chat - first_user;
                if (0..users).contains(&u) {
                    by_step[next[u as usize] - 1].push(sent_at[u as usize].elapsed());
                }
                if (0..users).contains(&u) && next[u as usize] < SCRIPT.len() {
                    ready.push_back(u);
                }
            }
            Ok(None) => break,
            Err(_) if rate.is_some() => {}
            Err(_) => panic!("no reply for 10 s: {answered} of {total} answered"),
        }
    }
    if std::env::var("BENCH_STEPS").is_ok() {
        for (i, mut l) in by_step.into_iter().enumerate() {
            l.sort();
            println!(
                "  step {i:2} {:>6}: p50 {:.1} ms p99 {:.1} ms",
                SCRIPT[i],
                percentile(&l, 0.5),
                percentile(&l, 0.99)
            );
        }
    }
    (answered, start.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

fn report(name: &str, updates: usize, took: Duration, mut latencies: Vec<Duration>) {
    latencies.sort();
    println!(
        "{name}: {updates} updates in {:.2} s = {:.0} updates/s; reply latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        took.as_secs_f64(),
        updates as f64 / took.as_secs_f64(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
    );
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let bench = start().await;
        // Warm up: the bot starts, sets its commands, and the first users go through.
        drive(&bench.fake, 1, 20, None).await;
        bench.fake.take_latencies();

        // The steady rate first: right after a full-load burst the database is still settling
        // (its write-ahead log is large) and the first second would measure that instead.
        let (n, took) = drive(&bench.fake, 10_000, 200, Some(500.0)).await;
        report("steady 500 updates/s, 200 users", n, took, bench.fake.take_latencies());

        let (n, took) = drive(&bench.fake, 1_000, 200, None).await;
        report("full load, 200 users", n, took, bench.fake.take_latencies());

        let _ = bench.stop.send(());
        let _ = bench.bot.await;
    });
}
