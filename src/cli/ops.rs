//! `sifor run` (the bot, its workers, and the public feed and page when `SIFOR_PUBLIC_LISTEN` is
//! set), `sifor worker` (the workers alone), `sifor migrate` and `sifor purge`.

use crate::config::{self, Content};
use crate::services::workers;
use crate::startup;
use crate::storage::Store;
use crate::telegram::RunError;
use std::process::ExitCode;
use std::sync::Arc;

/// What `run` and `worker` start from: the Telegram, data and broadcast settings, and the content.
struct Setup {
    telegram: config::Telegram,
    flows: crate::flow::Registry,
    locales: crate::i18n::Locales,
    rules: config::DataRules,
    broadcast: config::Broadcast,
}

/// The settings and content, or the exit code after printing what is wrong.
fn setup(content: &Content) -> anyhow::Result<Result<Setup, ExitCode>> {
    let telegram = match config::telegram_from_env() {
        Ok(t) => t,
        Err(problem) => {
            eprintln!("sifor: {problem}");
            return Ok(Err(ExitCode::from(2)));
        }
    };
    let Some((flows, locales)) = super::load_content(content) else { return Ok(Err(ExitCode::from(2))) };
    let rules = config::data_rules_from_env().map_err(anyhow::Error::msg)?;
    let broadcast = config::broadcast_from_env().map_err(anyhow::Error::msg)?;
    Ok(Ok(Setup { telegram, flows, locales, rules, broadcast }))
}

pub fn run(content: &Content) -> anyhow::Result<ExitCode> {
    let s = match setup(content)? {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    let public = match config::public_from_env() {
        Ok(p) => p,
        Err(problem) => {
            eprintln!("sifor: {problem}");
            return Ok(ExitCode::from(2));
        }
    };
    super::runtime()?.block_on(async {
        let public = match public {
            None => None,
            Some(p) => match startup::bind_public(p).await {
                Ok(listener) => Some(listener),
                Err(problem) => {
                    eprintln!("sifor: {problem}");
                    return Ok(ExitCode::from(2));
                }
            },
        };
        let app = Arc::new(startup::open_app(&config::database_url(None), s.flows, s.locales, s.rules).await?);
        let result =
            startup::run_with_public(app.clone(), s.telegram, s.broadcast, public, startup::shutdown_signal()).await;
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

/// `sifor worker`: the background workers without the bot, so that several processes (on
/// several machines) share the broadcasts of one PostgreSQL database.
pub fn worker(content: &Content) -> anyhow::Result<ExitCode> {
    let s = match setup(content)? {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    super::runtime()?.block_on(async {
        let app = Arc::new(startup::open_app(&config::database_url(None), s.flows, s.locales, s.rules).await?);
        let outbox = crate::telegram::outbox(app.clone(), &s.telegram);
        let shutdown = startup::Shutdown::on(startup::shutdown_signal());
        startup::run_workers(app.clone(), outbox, s.broadcast, shutdown).await;
        app.store.close().await;
        Ok(ExitCode::SUCCESS)
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
