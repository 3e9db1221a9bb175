//! The retention purge over more rows than one batch, on both backends: exactly the idle
//! sessions and profiles and the users without consent go, however the batches fall; active
//! users keep everything; a second run finds nothing.

use crate::db::{TestDb, backends};
use sifor::config::Retention;
use sifor::storage::purge::{self, BATCH, Purged};

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;

/// `idle` users last seen 100 days ago with a session, answers and a match result; `active`
/// users seen today with the same; `unconsented` users created 10 days ago without consent.
async fn seed(db: &TestDb, idle: i64, active: i64, unconsented: i64) {
    let mut tx = db.store.begin().await.unwrap();
    let mut id = 1;
    for (count, seen, consent) in
        [(idle, NOW - 100 * DAY, true), (active, NOW, true), (unconsented, NOW - 10 * DAY, false)]
    {
        for _ in 0..count {
            sqlx::query("INSERT INTO users (id, chat_id, pseudonym, role, muted, created_at, last_seen) VALUES ($1, $1, $2, 'refugee', 0, $3, $3)")
                .bind(id).bind(format!("R-T{id}")).bind(seen).execute(&mut *tx).await.unwrap();
            sqlx::query("INSERT INTO sessions (user_id, state, version, updated_at) VALUES ($1, '{}', 1, $2)")
                .bind(id)
                .bind(seen)
                .execute(&mut *tx)
                .await
                .unwrap();
            if consent {
                sqlx::query("INSERT INTO consents (user_id, purpose, granted, policy_version, locale, decided_at) VALUES ($1, 'profile', 1, 'p', 'en', $2)")
                    .bind(id).bind(seen).execute(&mut *tx).await.unwrap();
                for key in ["country", "region"] {
                    sqlx::query("INSERT INTO answers (user_id, key, value, flow, updated_at) VALUES ($1, $2, 'x', 'onboarding', $3)")
                        .bind(id).bind(key).bind(seen).execute(&mut *tx).await.unwrap();
                }
                sqlx::query("INSERT INTO match_results (user_id, country, region, goals, matches, at) VALUES ($1, 'DE', 'berlin', 'job', 0, $2)")
                    .bind(id).bind(seen).execute(&mut *tx).await.unwrap();
            }
            sqlx::query("INSERT INTO audit_log (at, actor, action, subject) VALUES ($1, $2, 'consent', $2)")
                .bind(seen)
                .bind(format!("R-T{id}"))
                .execute(&mut *tx)
                .await
                .unwrap();
            id += 1;
        }
    }
    tx.commit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_purge_works_in_batches_and_removes_exactly_what_is_due() {
    let (idle, active, unconsented) = (2 * BATCH as i64 + 17, 40, BATCH as i64 + 3);
    for db in backends().await {
        seed(&db, idle, active, unconsented).await;
        let done = purge::run(&db.store, Retention::default(), NOW).await.unwrap();
        let expected = Purged { sessions: idle as u64, profiles: idle as u64, users: unconsented as u64 };
        assert_eq!(done, expected, "{}", db.backend);
        assert_eq!(db.count("users").await, idle + active, "{}", db.backend);
        assert_eq!(db.count("sessions").await, active, "only active users keep a session: {}", db.backend);
        assert_eq!(db.count("answers").await, 2 * active, "{}", db.backend);
        assert_eq!(db.count("match_results").await, active, "{}", db.backend);
        assert_eq!(db.count("consents").await, idle + active, "consent records stay: {}", db.backend);
        let audit = db.count("audit_log").await;
        assert_eq!(audit, idle + active + 1, "the unconsented users' entries went, one purge row came: {}", db.backend);
        let again = purge::run(&db.store, Retention::default(), NOW).await.unwrap();
        assert_eq!(again, Purged::default(), "{}", db.backend);
        db.finish().await;
    }
}
