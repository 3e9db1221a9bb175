//! The retention purge as a worker: [`step`] runs it once as of a time; [`run`] repeats it
//! on a schedule until shutdown. The first run waits one interval, so starting the bot never
//! stalls users behind maintenance.

use crate::config::DataRules;
use crate::domain::clock::Clock;
use crate::storage::{Store, StoreError, purge};
use std::future::Future;

/// One purge as of `now`.
pub async fn step(store: &Store, rules: &DataRules, now: i64) -> Result<purge::Purged, StoreError> {
    let done = purge::run(store, rules.retention, now).await?;
    tracing::info!(sessions = done.sessions, profiles = done.profiles, users = done.users, "purge");
    Ok(done)
}

/// Runs [`step`] every `rules.purge_every` until `shutdown` resolves; a failed run is logged
/// and the next one comes on schedule.
pub async fn run(store: Store, rules: DataRules, clock: std::sync::Arc<dyn Clock>, shutdown: impl Future<Output = ()>) {
    let every = rules.purge_every;
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            _ = tick.tick() => {
                if let Err(e) = step(&store, &rules, clock.now()).await {
                    tracing::warn!(error = crate::storage::error_kind(&e), "purge failed");
                }
            }
        }
    }
}
