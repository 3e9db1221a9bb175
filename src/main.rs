//! The `sifor` command: parses the command line and calls into the library.

use clap::{Parser, Subcommand};
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
    /// Talk to the bot in this terminal (or pipe answers in, one per line).
    Chat {
        /// Language to start in (e.g. ar, fa-AF, uk); without it the language list is shown.
        #[arg(long)]
        lang: Option<String>,
        #[command(flatten)]
        content: Content,
    },
    /// Check flows and locales; lists every problem and exits non-zero if there is one.
    Check {
        #[command(flatten)]
        content: Content,
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
    let args = Args::parse();
    match args.command {
        Cmd::Chat { lang, content } => {
            let (flows_dir, locales_dir) = (config::flows_dir(content.flows), config::locales_dir(content.locales));
            let (flows, locales) = match config::load_content(&flows_dir, &locales_dir) {
                Ok(c) => c,
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    eprintln!("sifor: the content has problems; `sifor check` lists them");
                    return ExitCode::from(2);
                }
            };
            let stdin = std::io::stdin();
            let opts = cli::chat::ChatOptions { lang, interactive: stdin.is_terminal() };
            match cli::chat::run(&flows, &locales, &opts, stdin.lock(), std::io::stdout().lock()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => ExitCode::from(2),
                Err(e) => {
                    eprintln!("sifor: {e}");
                    ExitCode::FAILURE
                }
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
                ExitCode::SUCCESS
            } else {
                println!("{} problem(s)", report.problems.len());
                ExitCode::FAILURE
            }
        }
    }
}
