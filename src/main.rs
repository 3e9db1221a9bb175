//! The `sifor` command: parses the command line and calls into the library.

use clap::{Parser, Subcommand};
use sifor::services::app::App;
use sifor::services::catalogue;
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
        /// Load the sample catalogue (example data) so that matches show at once.
        #[arg(long)]
        demo: bool,
        /// SQLite database file (default: DATABASE_URL, else sifor.db here).
        #[arg(long)]
        db: Option<PathBuf>,
        #[command(flatten)]
        content: Content,
    },
    /// Check flows and locales (and a catalogue file); lists every problem, non-zero if any.
    Check {
        #[command(flatten)]
        content: Content,
        /// A programme catalogue file (.csv or .toml) to check too.
        #[arg(long)]
        catalogue: Option<PathBuf>,
    },
    /// The programme catalogue: import a partner's file, or export the stored one.
    Programmes {
        #[command(subcommand)]
        action: ProgrammesCmd,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
    },
    /// Reports for partners and decision makers.
    Report {
        #[command(subcommand)]
        report: ReportCmd,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
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

#[derive(Subcommand)]
enum ProgrammesCmd {
    /// Check a .csv or .toml file and import it in one go (nothing changes if any row is wrong).
    Import { file: PathBuf },
    /// Print the stored catalogue.
    Export {
        #[arg(long, default_value = "csv")]
        format: Format,
    },
}

#[derive(Subcommand)]
enum ReportCmd {
    /// Finished profiles with fewer than 2 matches, by region × goal × the filter that excluded most.
    UnmetNeeds {
        #[arg(long, default_value = "text")]
        format: Format,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Csv,
    Toml,
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

/// Warnings, but none of teloxide's own update logging: it prints whole updates and response
/// bodies (users' texts) when something fails to parse. sifor logs those failures by kind.
const DEFAULT_LOG: &str = "warn,teloxide::dispatching=off,teloxide::update_listeners=off,teloxide::error_handlers=off";

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SIFOR_LOG").unwrap_or_else(|_| DEFAULT_LOG.into()),
        )
        .init();
    match run(Args::parse().command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sifor: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Flows and locales, or `None` after printing every problem.
fn load_content(content: Content) -> Option<(sifor::flow::Registry, sifor::i18n::Locales)> {
    match config::load_content(&config::flows_dir(content.flows), &config::locales_dir(content.locales)) {
        Ok(c) => Some(c),
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("sifor: the content has problems; `sifor check` lists them");
            None
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
            let Some((flows, locales)) = load_content(content) else { return Ok(ExitCode::from(2)) };
            let settings = config::settings_from_env().map_err(anyhow::Error::msg)?;
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(None)).await?;
                let app = std::sync::Arc::new(App::open(store, flows, locales, settings).await?);
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
        Cmd::Chat { lang, demo, db, content } => {
            let Some((flows, locales)) = load_content(content) else { return Ok(ExitCode::from(2)) };
            if let Some(code) = &lang
                && locales.negotiate(code).is_none()
            {
                let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
                println!("{}", cli::chat::ChatError::UnknownLanguage(code.clone(), tags.join(", ")));
                return Ok(ExitCode::from(2));
            }
            let settings = config::settings_from_env().map_err(anyhow::Error::msg)?;
            let rt = runtime()?;
            let app = rt.block_on(async {
                let store = Store::open(&config::database_url(db.as_deref())).await?;
                if demo {
                    let sample = config::content_dir("catalogue").join("programmes.sample.csv");
                    match catalogue::import(&store, &sample, config::now()).await? {
                        Ok(_) => {}
                        Err(errors) => {
                            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                            anyhow::bail!("the sample catalogue has problems:\n{}", list.join("\n"));
                        }
                    }
                }
                Ok::<_, anyhow::Error>(App::open(store, flows, locales, settings).await?)
            })?;
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
                // The reader went away (`| head`): nothing left to say.
                Err(cli::chat::ChatError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
                Err(e) => Err(e.into()),
            }
        }
        Cmd::Programmes { action, db } => {
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(db.as_deref())).await?;
                let code = match action {
                    ProgrammesCmd::Import { file } => match catalogue::import(&store, &file, config::now()).await? {
                        Ok(done) => {
                            println!("imported {}: {} new, {} updated", file.display(), done.added, done.updated);
                            ExitCode::SUCCESS
                        }
                        Err(errors) => {
                            for e in &errors {
                                println!("{}: {e}", file.display());
                            }
                            println!("{} problem(s); nothing was changed", errors.len());
                            ExitCode::FAILURE
                        }
                    },
                    ProgrammesCmd::Export { format } => {
                        let all = sifor::storage::programmes::all(&store).await?;
                        match format {
                            Format::Toml => print!("{}", catalogue::to_toml(&all)),
                            _ => print!("{}", catalogue::to_csv(&all)),
                        }
                        ExitCode::SUCCESS
                    }
                };
                store.close().await;
                Ok(code)
            })
        }
        Cmd::Report { report: ReportCmd::UnmetNeeds { format }, db } => {
            let rt = runtime()?;
            rt.block_on(async {
                let store = Store::open(&config::database_url(db.as_deref())).await?;
                let rows = sifor::services::report::unmet_needs(&store).await?;
                store.close().await;
                match format {
                    Format::Csv => print!("{}", sifor::services::report::to_csv(&rows)),
                    _ => print!("{}", sifor::services::report::to_text(&rows)),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        Cmd::Check { content, catalogue: file } => {
            let mut report =
                cli::check::check(&config::flows_dir(content.flows), &config::locales_dir(content.locales));
            if let Some(file) = file {
                match catalogue::parse_file(&file, &Default::default()) {
                    Ok(programmes) => report.programmes = programmes.len(),
                    Err(errors) => report.problems.extend(errors.iter().map(|e| format!("{}: {e}", file.display()))),
                }
            }
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
