//! The command line: the clap tree and one function per subcommand, grouped in files: `run`
//! and the maintenance commands ([`ops`]), [`chat`] (the bot in a terminal), [`check`] (flows,
//! locales, a catalogue file), [`programmes`] (catalogue import and export), [`report`], [`ideas`]
//! (the ideas export),
//! staff administration ([`admin`]: invite, staff, grant, audit), and announcements
//! ([`announce`], [`broadcast`]).

pub mod admin;
pub mod announce;
pub mod broadcast;
pub mod chat;
pub mod check;
pub mod ideas;
pub mod ops;
pub mod programmes;
pub mod report;
pub mod stories;

use crate::config::{self, Content as ContentPaths};
use clap::{Parser, Subcommand};
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
    /// Run only the background workers (broadcasts, purge); several may share one PostgreSQL.
    Worker {
        #[command(flatten)]
        content: Content,
    },
    /// Announce to a segment of users from a TOML file (see the README); prints the id last.
    Announce {
        #[command(flatten)]
        args: announce::AnnounceArgs,
        #[arg(long)]
        db: Option<PathBuf>,
        #[command(flatten)]
        content: Content,
    },
    /// Broadcasts: list, status, pause, resume, abort, cancel, fix.
    Broadcast {
        #[command(subcommand)]
        action: broadcast::BroadcastCmd,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
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
        action: programmes::Action,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
    },
    /// Reports for partners and decision makers.
    Report {
        #[command(subcommand)]
        report: report::Report,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
    },
    /// Ideas: export the ideas of a scope as CSV (idea pseudonyms only).
    Ideas {
        #[command(subcommand)]
        action: ideas::Action,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
    },
    /// Success stories: import one from a file.
    Stories {
        #[command(subcommand)]
        action: stories::Action,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
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
    /// A single-use invitation link for a coordinator, partner or admin (printed last).
    Invite {
        #[command(flatten)]
        args: admin::InviteArgs,
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// The staff: list them, or revoke a role.
    Staff {
        #[command(subcommand)]
        action: admin::StaffCmd,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
    },
    /// Give a user a staff role directly (the first admin).
    Grant {
        #[command(flatten)]
        args: admin::GrantArgs,
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// The audit log: who did what (pseudonyms, ids and counts; never texts).
    Audit {
        #[command(flatten)]
        args: admin::AuditArgs,
        #[arg(long)]
        db: Option<PathBuf>,
    },
}

/// Output formats of the export and report commands.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
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

impl Content {
    fn paths(self) -> ContentPaths {
        ContentPaths::new(self.flows, self.locales)
    }
}

/// Parses the command line and runs the subcommand; errors are printed here.
pub fn main() -> ExitCode {
    let result = match Args::parse().command {
        Cmd::Run { content } => ops::run(&content.paths()),
        Cmd::Worker { content } => ops::worker(&content.paths()),
        Cmd::Announce { args, db, content } => {
            announce::command(args, &content.paths(), &config::database_url(db.as_deref()))
        }
        Cmd::Broadcast { action, db, content } => {
            broadcast::command(action, &content.paths(), &config::database_url(db.as_deref()))
        }
        Cmd::Chat { lang, demo, db, content } => chat::command(&content.paths(), lang, demo, db.as_deref()),
        Cmd::Check { content, catalogue } => Ok(check::command(&content.paths(), catalogue.as_deref())),
        Cmd::Programmes { action, db } => programmes::command(action, &config::database_url(db.as_deref())),
        Cmd::Report { report, db } => report::command(report, &config::database_url(db.as_deref())),
        Cmd::Ideas { action, db } => ideas::command(action, &config::database_url(db.as_deref())),
        Cmd::Stories { action, db, content } => {
            stories::command(action, &content.paths(), &config::database_url(db.as_deref()))
        }
        Cmd::Migrate { db } => ops::migrate(&config::database_url(db.as_deref())),
        Cmd::Purge { db } => ops::purge(&config::database_url(db.as_deref())),
        Cmd::Invite { args, db } => admin::invite(args, &config::database_url(db.as_deref())),
        Cmd::Staff { action, db } => admin::staff_cmd(action, &config::database_url(db.as_deref())),
        Cmd::Grant { args, db } => admin::grant(args, &config::database_url(db.as_deref())),
        Cmd::Audit { args, db } => admin::audit_cmd(args, &config::database_url(db.as_deref())),
    };
    result.unwrap_or_else(|e| {
        eprintln!("sifor: {e:#}");
        ExitCode::FAILURE
    })
}

/// A multi-threaded runtime for the subcommands that talk to the database.
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

/// Flows and locales, or `None` after printing every problem.
pub(crate) fn load_content(content: &ContentPaths) -> Option<(crate::flow::Registry, crate::i18n::Locales)> {
    match crate::startup::load_content(content) {
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
