//! Session steps per second through the real store: for each user event, load the session,
//! advance the engine and save everything in one transaction. Many users at once.
//!
//! Run: `cargo bench --bench storage` (SQLite); with `TEST_POSTGRES_URL` set, PostgreSQL too.
//! Target on a 2-core machine: ≥ 3,000 steps/s on SQLite.

use sifor::config::DataRules;
use sifor::services::app::{App, UserRef};
use sifor::services::refugee::conversation::Event;
use sifor::services::refugee::view::{Press, View};
use sifor::storage::Store;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

const USERS: i64 = 64;
const ROUNDS: i64 = 10;
/// Onboarding, then the jobs questions and the summary: numbers press buttons.
const SCRIPT: &[&str] =
    &["4", "1", "1", "1", "1", "1", "1 3", "1", "2", "2", "1 8", "5", "1", "2", "3 4", "3", "1", "2", "2", "1"];

fn app(store: Store) -> App {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (flows, locales) = sifor::startup::load_content(&sifor::config::Content::new(
        Some(root.join("flows")),
        Some(root.join("locales")),
    ))
    .unwrap();
    App::new(store, flows, locales, DataRules::default())
}

/// One user from the language list to the end of the jobs flow; returns the number of steps.
async fn walk(app: &App, id: i64) -> usize {
    let user = UserRef { id, chat_id: id };
    let mut buttons: Vec<Press> = Vec::new();
    let mut steps = 0;
    let english = Press::Language(app.locales.languages().iter().position(|l| l.tag == "en").unwrap() as u16);
    let remember = |reply: sifor::services::refugee::conversation::Reply, buttons: &mut Vec<Press>| {
        for v in reply.views {
            if let View::Keyboard { options, .. } = v {
                *buttons = options.into_iter().map(|b| b.press).collect();
            }
        }
    };
    remember(app.handle(user, Event::Press(&english), 1).await.unwrap(), &mut buttons);
    steps += 1;
    for text in SCRIPT {
        let reply = match text.parse::<usize>() {
            Ok(n) if n <= buttons.len() => {
                let press = buttons[n - 1].clone();
                app.handle(user, Event::Press(&press), 1).await.unwrap()
            }
            _ => app.handle(user, Event::Text(text), 1).await.unwrap(),
        };
        remember(reply, &mut buttons);
        steps += 1;
    }
    steps
}

async fn measure(name: &str, store: Store) {
    let app = Arc::new(app(store));
    let start = Instant::now();
    let mut steps = 0;
    for round in 0..ROUNDS {
        let tasks: Vec<_> = (0..USERS)
            .map(|u| {
                let app = app.clone();
                tokio::spawn(async move { walk(&app, 1 + round * USERS + u).await })
            })
            .collect();
        for t in tasks {
            steps += t.await.unwrap();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("storage {name}: {:.0} steps/s ({steps} steps, {USERS} users at once, {secs:.2} s)", steps as f64 / secs);
    app.store.close().await;
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&sifor::storage::sqlite_url(&dir.path().join("bench.db"))).await.unwrap();
        measure("sqlite", store).await;
        match std::env::var("TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!("sifor_bench_{}", std::process::id());
                let admin = Store::connect(&admin_url).await.unwrap();
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(admin.pool())
                    .await
                    .unwrap();
                let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b);
                let store = Store::open(&format!("{base}/{name}")).await.unwrap();
                measure("postgres", store).await;
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
                    .execute(admin.pool())
                    .await
                    .unwrap();
                admin.close().await;
            }
            _ => println!("storage postgres: skipped (set TEST_POSTGRES_URL)"),
        }
    });
}
