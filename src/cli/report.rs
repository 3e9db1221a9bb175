//! `sifor report unmet-needs`: where nothing fits, for decision makers.

use super::Format;
use crate::services::partner::report;
use crate::storage::Store;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Report {
    /// Finished profiles with fewer than 2 matches, by region × goal × the filter that excluded most.
    UnmetNeeds {
        #[arg(long, default_value = "text")]
        format: Format,
    },
}

pub fn command(which: Report, database_url: &str) -> anyhow::Result<ExitCode> {
    let Report::UnmetNeeds { format } = which;
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let rows = report::unmet_needs(&store).await?;
        store.close().await;
        match format {
            Format::Csv => print!("{}", report::to_csv(&rows)),
            _ => print!("{}", report::to_text(&rows)),
        }
        Ok(ExitCode::SUCCESS)
    })
}
