//! `sifor run` (the bot and its workers), `sifor migrate` and `sifor purge`.

use crate::config::{self, Content};
use crate::services::workers;
use crate::startup;
use crate::storage::Store;
use crate::telegram::RunError;
use std::process::ExitCode;
use std::sync::Arc;

pub fn run(content: &Content) -> anyhow::Result<ExitCode> {
    let telegram = match config::telegram_from_env() {
        Ok(t) => t,
        Err(problem) => {
            eprintln!("sifor: {problem}");
            return Ok(ExitCode::from(2));
        }
    };
    let Some((flows, locales)) = super::load_content(content) else { return Ok(ExitCode::from(2)) };
    let rules = config::data_rules_from_env().map_err(anyhow::Error::msg)?;
    super::runtime()?.block_on(async {
        let app = Arc::new(startup::open_app(&config::database_url(None), flows, locales, rules).await?);
        let result = startup::run_until_stopped(app.clone(), telegram, startup::shutdown_signal()).await;
        app.store.close().await;
        match result {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(e @ RunError::BadToken) => {
                eprintln!("sifor: {e}");
                Ok(ExitCode::from(2))
            }
            Err(e) => Err(e.into()),
        }
    })
}

pub fn migrate(database_url: &str) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        store.close().await;
        println!("migrations applied");
        Ok(ExitCode::SUCCESS)
    })
}

pub fn purge(database_url: &str) -> anyhow::Result<ExitCode> {
    let rules = config::data_rules_from_env().map_err(anyhow::Error::msg)?;
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let now = crate::domain::clock::Clock::now(&crate::domain::clock::SystemClock);
        let done = workers::purge::step(&store, &rules, now).await?;
        store.close().await;
        println!(
            "purged {} idle sessions, {} idle profiles and {} users without consent",
            done.sessions, done.profiles, done.users
        );
        Ok(ExitCode::SUCCESS)
    })
}
