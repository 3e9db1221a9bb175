//! `sifor report unmet-needs`: where nothing fits, for decision makers; `sifor report ideas`:
//! the ideas per place × topic × status ([`super::ideas`]).

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
    /// Ideas by country × region × topic × status (flagged ones left out; counts under 5 as <5).
    Ideas {
        /// Only this region (a region code such as `berlin`, or a country code for all its regions).
        #[arg(long)]
        region: Option<String>,
        #[arg(long, default_value = "text")]
        format: Format,
    },
}

pub fn command(which: Report, database_url: &str) -> anyhow::Result<ExitCode> {
    let format = match which {
        Report::UnmetNeeds { format } => format,
        Report::Ideas { region, format } => return super::ideas::report(region.as_deref(), format, database_url),
    };
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
