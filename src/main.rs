//! The `sifor` command: parses the command line and calls into the library.

use clap::{Parser, Subcommand};
use sifor::services::app::App;
use sifor::storage::{Store, purge};
use sifor::{cli, config};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sifor", version, about = "A Telegram bot for refugees' routes into work and self-employment")]
struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the Telegram bot (TELOXIDE_TOKEN; long polling, or a webhook with SIFOR_WEBHOOK_URL).
    Run {
        #[command(flatten)]
        content: Content,
    },
    /// Talk to the bot in this terminal (or pipe answers in, one per line).
    Chat {
        /// Language to start in (e.g. ar, fa-AF, uk); without it the language list is shown.
        #[arg(long)]
        lang: Option<String>,
        /// SQLite database file (default: DATABASE_URL, else sifor.db here).
        #[arg(long)]
        db: Option<PathBuf>,
        #[command(flatten)]
        content: Content,
    },
    /// Check flows and locales; lists every problem and exits non-zero if there is one.
    Check {
        #[command(flatten)]
        content: Content,
    },
    /// Create or update the database schema.
    Migrate {
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Remove idle sessions and users who never gave consent (see SIFOR_*_RETENTION_DAYS).
    Purge {
        #[arg(long)]
        db: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct Content {
    /// Folder with the flow files.
    #[arg(long, env = "SIFOR_FLOWS")]
    flows: Option<PathBuf>,
    /// Folder with languages.toml and one folder of .ftl files per locale.
    #[arg(long, env = "SIFOR_LOCALES")]
    locales: Option<PathBuf>,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("SIFOR_LOG").unwrap_or_else(|_| "warn".into()))
        .init();
    match run(Args::parse().command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sifor: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

fn run(command: Cmd) -> anyhow::Result<ExitCode> {
    match command {
        Cmd::Run { content } => {
            let config = match config::telegram_from_env() {
                Ok(c) => c,
                Err(problem) => {
                    eprintln!("sifor: {problem}");
                    return Ok(ExitCode::from(2));
                }
            };
            let (flows, locales) =
                match config::load_content(&config::flows_dir(content.flows), &config::locales_dir(content.locales)) {
                    Ok(c) => c,
                    Err(problems) => {
                        for p in &problems {
                            eprintln!("{p}");
                        }
                        eprintln!("sifor: the content has problems; `sifor check` lists them");
                        return Ok(ExitCode::from(2));
                    }
                };
            let settings = config::settings_from_env().map_err(anyhow::Error::msg)?;
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(None)).await?;
                let app = std::sync::Arc::new(App { store, flows, locales, settings });
                let result = sifor::telegram::run(app.clone(), config, shutdown_signal()).await;
                app.store.close().await;
                match result {
                    Ok(()) => Ok(ExitCode::SUCCESS),
                    Err(e @ sifor::telegram::RunError::BadToken) => {
                        eprintln!("sifor: {e}");
                        Ok(ExitCode::from(2))
                    }
                    Err(e) => Err(e.into()),
                }
            })
        }
        Cmd::Chat { lang, db, content } => {
            let (flows_dir, locales_dir) = (config::flows_dir(content.flows), config::locales_dir(content.locales));
            let (flows, locales) = match config::load_content(&flows_dir, &locales_dir) {
                Ok(c) => c,
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    eprintln!("sifor: the content has problems; `sifor check` lists them");
                    return Ok(ExitCode::from(2));
                }
            };
            if let Some(code) = &lang
                && locales.negotiate(code).is_none()
            {
                let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
                println!("{}", cli::chat::ChatError::UnknownLanguage(code.clone(), tags.join(", ")));
                return Ok(ExitCode::from(2));
            }
            let settings = config::settings_from_env().map_err(anyhow::Error::msg)?;
            let rt = runtime()?;
            let store = rt.block_on(Store::open(&config::database_url(db.as_deref())))?;
            let app = App { store, flows, locales, settings };
            let stdin = std::io::stdin();
            let opts = cli::chat::ChatOptions { lang, interactive: stdin.is_terminal() };
            let result = cli::chat::run(&app, &rt, &opts, stdin.lock(), std::io::stdout().lock());
            rt.block_on(app.store.close());
            match result {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(e @ cli::chat::ChatError::UnknownLanguage(..)) => {
                    println!("{e}");
                    Ok(ExitCode::from(2))
                }
                Err(e) => Err(e.into()),
            }
        }
        Cmd::Check { content } => {
            let report = cli::check::check(&config::flows_dir(content.flows), &config::locales_dir(content.locales));
            for p in &report.problems {
                println!("{p}");
            }
            println!("{}", report.summary());
            if report.problems.is_empty() {
                println!("ok");
                Ok(ExitCode::SUCCESS)
            } else {
                println!("{} problem(s)", report.problems.len());
                Ok(ExitCode::FAILURE)
            }
        }
        Cmd::Migrate { db } => {
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(db.as_deref())).await?;
                store.close().await;
                println!("migrations applied");
                Ok(ExitCode::SUCCESS)
            })
        }
        Cmd::Purge { db } => {
            let settings = config::settings_from_env().map_err(anyhow::Error::msg)?;
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(db.as_deref())).await?;
                let done = purge::run(&store, settings.retention, config::now()).await?;
                store.close().await;
                println!(
                    "purged {} idle sessions, {} idle profiles and {} users without consent",
                    done.sessions, done.profiles, done.users
                );
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
