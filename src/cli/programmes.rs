//! `sifor programmes import FILE` and `sifor programmes export`.

use super::Format;
use crate::services::partner::catalogue;
use crate::storage::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Check a .csv or .toml file and import it in one go (nothing changes if any row is wrong).
    Import { file: PathBuf },
    /// Print the stored catalogue.
    Export {
        #[arg(long, default_value = "csv")]
        format: Format,
    },
}

pub fn command(action: Action, database_url: &str) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let now = crate::domain::clock::Clock::now(&crate::domain::clock::SystemClock);
        let code = match action {
            Action::Import { file } => match catalogue::import(&store, &file, now).await? {
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
            Action::Export { format } => {
                let all = crate::storage::programmes::all(&store).await?;
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
