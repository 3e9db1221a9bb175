//! kill -9 under load, on each backend: the real `sifor run` process serves a few hundred users
//! through the fake Bot API and is killed mid-flow. Every answer whose reply went out is in the
//! database (a reply is released only after the batch holding its event committed), the
//! database opens again, and the restarted bot goes on from where each user was.

use crate::fake_telegram::FakeTelegram;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

const USERS: i64 = 240;
/// The onboarding's first answers, each a single choice.
const PATH: &[&str] = &["English", "18–24", "✅ Yes", "Yes", "Yes", "Germany", "Berlin"];

fn bot(fake: &FakeTelegram, url: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_sifor"))
        .arg("run")
        .env("TELOXIDE_TOKEN", crate::app::TOKEN)
        .env("TELOXIDE_API_URL", &fake.url)
        .env("DATABASE_URL", url)
        .env_remove("SIFOR_WEBHOOK_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sifor runs")
}

/// Questions (progress "Question n of …") the user has been shown: each one after the first
/// is the reply to an answer.
fn questions_seen(fake: &FakeTelegram, user: i64) -> usize {
    fake.seen(user).iter().filter(|m| m.text.contains("Question ")).count()
}

/// Answers kept in the user's stored session (its history of answered steps).
async fn stored_answers(store: &sifor::storage::Store, user: i64) -> usize {
    use sqlx::Row;
    let row = sqlx::query("SELECT state FROM sessions WHERE user_id = $1")
        .bind(user)
        .fetch_optional(store.pool())
        .await
        .unwrap();
    let Some(row) = row else { return 0 };
    let state: serde_json::Value = serde_json::from_str(&row.get::<String, _>("state")).unwrap();
    state["session"]["history"].as_array().map_or(0, Vec::len)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_whose_reply_was_sent_survives_kill_9() {
    for db in crate::db::backends().await {
        kill_9_under_load(&db.url, db.backend).await;
        db.finish().await;
    }
}

async fn kill_9_under_load(url: &str, backend: &str) {
    let fake = Arc::new(FakeTelegram::start().await);
    let mut child = bot(&fake, url);
    let mut walkers = Vec::new();
    for user in 1..=USERS {
        let fake = fake.clone();
        walkers.push(tokio::spawn(async move {
            fake.send_text(user, "/start");
            for label in PATH {
                let what = format!("a button `{label}`");
                fake.wait_for(user, &what, |_| fake.fresh_with_button(user, label).is_some()).await;
                if let Some(m) = fake.fresh_with_button(user, label) {
                    fake.press(user, m.id, label);
                }
            }
        }));
    }
    // Kill once about half of all answers have been replied to (each reply is a new message
    // after the language list): many users are mid-flow.
    fake.wait_calls("sendMessage", USERS as usize + USERS as usize * PATH.len() / 2).await;
    child.kill().expect("kill -9");
    child.wait().unwrap();
    for w in &walkers {
        w.abort();
    }
    let seen: Vec<usize> = (1..=USERS).map(|u| questions_seen(&fake, u)).collect();
    let mid_flow = seen.iter().filter(|n| (1..PATH.len() - 1).contains(n)).count();
    assert!(mid_flow > USERS as usize / 4, "{backend}: the kill came mid-flow for many users: {seen:?}");

    let store = sifor::storage::Store::open(url).await.expect("the database opens after kill -9");
    for user in 1..=USERS {
        let shown = seen[(user - 1) as usize];
        let kept = stored_answers(&store, user).await;
        assert!(kept + 1 >= shown, "{backend}: user {user} was shown {shown} questions but {kept} answers are stored");
    }
    store.close().await;

    // The same bot again: updates not confirmed before the kill come again, and everyone goes on.
    let mut child = bot(&fake, url);
    for user in [1, USERS / 2, USERS] {
        fake.send_text(user, "/menu");
        fake.wait_for(user, "the menu or the current question after the restart", |s| {
            s.last().is_some_and(|m| m.text.contains("What would you like to do?") || m.text.contains("Question "))
        })
        .await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
}
