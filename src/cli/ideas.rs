//! `sifor ideas export --scope berlin,DE [--topics jobs,childcare]`: the ideas of a scope as CSV
//! (the same file partners get with `/export`), and `sifor report ideas`: the counts per place ×
//! topic × status. Both in [`crate::services::partner::export`].

use super::Format;
use crate::domain::staff::Scope;
use crate::services::partner::export;
use crate::storage::Store;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Print the ideas of a scope as CSV: idea pseudonym, date, place, topic, language, texts,
    /// status, organisation (never a user id; flagged ideas left out).
    Export {
        /// Regions or countries, comma separated (`berlin,DE`; a country means all its regions).
        #[arg(long)]
        scope: String,
        /// Topics, comma separated (default: every topic).
        #[arg(long, default_value = "")]
        topics: String,
    },
}

pub fn command(action: Action, database_url: &str) -> anyhow::Result<ExitCode> {
    let Action::Export { scope, topics } = action;
    let scope = match Scope::parse(&scope, &topics, None) {
        Ok(scope) => scope,
        Err(e) => {
            eprintln!("sifor: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let now = crate::domain::clock::Clock::now(&crate::domain::clock::SystemClock);
        let (csv, _) = export::for_scope(&store, &scope, now).await?;
        store.close().await;
        print!("{csv}");
        Ok(ExitCode::SUCCESS)
    })
}

/// `sifor report ideas [--region R] [--format csv]`.
pub fn report(region: Option<&str>, format: Format, database_url: &str) -> anyhow::Result<ExitCode> {
    let region = region.map(str::trim).filter(|r| !r.is_empty());
    if let Some(r) = region {
        // One known region or country code.
        if r.contains(',') {
            eprintln!("sifor: --region takes one region or country code, not a list");
            return Ok(ExitCode::FAILURE);
        }
        if let Err(e) = Scope::parse(r, "", None) {
            eprintln!("sifor: {e}");
            return Ok(ExitCode::FAILURE);
        }
    }
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let rows = export::report(&store, region).await?;
        store.close().await;
        match format {
            Format::Csv => print!("{}", export::report_csv(&rows)),
            _ => print!("{}", export::report_text(&rows)),
        }
        Ok(ExitCode::SUCCESS)
    })
}
