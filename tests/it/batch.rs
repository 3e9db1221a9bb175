//! Group commit through the app: events of different users that wait at the same moment share
//! one transaction, each user still reads their own reply and finds their own answer stored, and
//! one event that fails in a batch fails only itself: the others are written again together.

use crate::db::backends;
use crate::storage::{NOW, texts};
use sifor::services::app::{App, Hooks, UserRef};
use sifor::services::refugee::conversation::Event;
use sifor::services::refugee::view::Press;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const USERS: i64 = 40;

/// Every user picks English at once; user 1 goes first and holds the writer for a moment (its
/// step is slow), so the others queue behind it. Returns each user's outcome, a panic as `Err`.
async fn all_pick_english(app: &Arc<App>) -> Vec<(i64, Result<String, String>)> {
    let en = app.locales.languages().iter().position(|l| l.tag == "en").unwrap() as u16;
    let pick = |id: i64| {
        let app = app.clone();
        tokio::spawn(async move {
            let press = Press::Language(en);
            app.handle(UserRef { id, chat_id: id }, Event::Press(&press), NOW).await.map(|r| texts(&r))
        })
    };
    let mut tasks = vec![(1, pick(1))];
    tokio::time::sleep(Duration::from_millis(50)).await;
    tasks.extend((2..=USERS).map(|id| (id, pick(id))));
    let mut out = Vec::new();
    for (id, task) in tasks {
        out.push((
            id,
            match task.await {
                Ok(reply) => Ok(reply.expect("handled")),
                Err(e) if e.is_panic() => Err("panicked".to_string()),
                Err(e) => panic!("{e}"),
            },
        ));
    }
    out
}

fn hooks(panics: Option<i64>) -> Hooks {
    let slow = Arc::new(AtomicBool::new(true));
    Hooks {
        in_step: Some(Arc::new(move |u: UserRef| {
            if u.id == 1 && slow.swap(false, Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(300));
            }
            if Some(u.id) == panics {
                panic!("test panic inside a batch");
            }
        })),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_users_share_commits_and_each_reads_their_own_stored_reply() {
    for db in backends().await {
        let app = Arc::new(db.app().with_hooks(hooks(None)));
        for (id, outcome) in all_pick_english(&app).await {
            let text = outcome.unwrap_or_else(|e| panic!("{}: user {id} {e}", db.backend));
            assert!(text.contains("Question 1 of 7 · How old are you?"), "{}: user {id} read {text}", db.backend);
            assert_eq!(db.stored_user(id, "locale").await.as_deref(), Some("en"), "{}: user {id}", db.backend);
        }
        let (batches, events) = app.group_commits();
        assert_eq!(events, USERS as u64, "{}: every event committed in a batch", db.backend);
        assert!(batches * 2 <= events, "{}: {events} events in {batches} commits", db.backend);
        db.finish().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_inside_a_batch_fails_only_its_own_event() {
    for db in backends().await {
        let app = Arc::new(db.app().with_hooks(hooks(Some(13))));
        for (id, outcome) in all_pick_english(&app).await {
            if id == 13 {
                assert_eq!(outcome, Err("panicked".to_string()), "{}: the panic reaches its own event", db.backend);
                assert_eq!(
                    db.stored_user(id, "locale").await,
                    None,
                    "{}: nothing of the failed event is stored",
                    db.backend
                );
            } else {
                let text = outcome.unwrap_or_else(|e| panic!("{}: user {id} {e}", db.backend));
                assert!(text.contains("Question 1 of 7 · How old are you?"), "{}: user {id} read {text}", db.backend);
                assert_eq!(db.stored_user(id, "locale").await.as_deref(), Some("en"), "{}: user {id} kept", db.backend);
            }
        }
        // The others of the failed batch were written again together, not one by one.
        let (batches, events) = app.group_commits();
        assert_eq!(events, USERS as u64 - 1, "{}: every other event committed in a batch", db.backend);
        assert!(batches * 2 <= events, "{}: {events} events in {batches} commits", db.backend);
        db.finish().await;
    }
}
