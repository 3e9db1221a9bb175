//! `sifor report unmet-needs`: where nothing fits, for decision makers; `sifor report ideas`:
//! the ideas per place × topic × status ([`super::ideas`]); `sifor report dossier`: the salon
//! dossier of a region as HTML, or as PDF printed by the headless browser
//! ([`crate::services::coordinator::dossier`]).

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
    /// The salon dossier of a region: one self-contained page for decision makers.
    Dossier {
        /// A region code such as `berlin`.
        #[arg(long)]
        region: String,
        /// Only what happened from this day on (`2026-01-01`).
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum, default_value = "html")]
        format: DossierFormat,
        /// The language of the page.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Where to write it (HTML: standard output when not given; PDF: `dossier-<region>-<date>.pdf`).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DossierFormat {
    Html,
    Pdf,
}

/// The browser that prints the PDF (Debian's Chromium, or `SIFOR_CHROMIUM`).
const CHROMIUM: &str = "/usr/bin/chromium";

pub fn command(which: Report, database_url: &str) -> anyhow::Result<ExitCode> {
    let format = match which {
        Report::UnmetNeeds { format } => format,
        Report::Ideas { region, format } => return super::ideas::report(region.as_deref(), format, database_url),
        Report::Dossier { region, since, format, lang, out } => {
            return dossier(&region, since.as_deref(), format, &lang, out, database_url);
        }
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

/// `sifor report dossier --region R [--since DATE] [--format html|pdf] [--lang TAG] [--out FILE]`.
fn dossier(
    region: &str,
    since: Option<&str>,
    format: DossierFormat,
    lang: &str,
    out: Option<std::path::PathBuf>,
    database_url: &str,
) -> anyhow::Result<ExitCode> {
    use crate::domain::localtime::{civil, days_from_civil};
    use crate::services::coordinator::dossier;
    let fail = |message: String| {
        eprintln!("sifor: {message}");
        Ok(ExitCode::FAILURE)
    };
    let region = region.trim().to_lowercase();
    if dossier::country_of(&region).is_none() {
        return fail(format!("unknown region `{region}` (a region code such as `berlin`)"));
    }
    let since = match since {
        None => None,
        Some(text) => {
            let parts: Vec<&str> = text.trim().split('-').collect();
            let day = match parts[..] {
                [y, m, d] => match (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) {
                    (Ok(y), Ok(m), Ok(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => days_from_civil(y, m, d),
                    _ => return fail(format!("--since takes a day such as 2026-01-01, not `{text}`")),
                },
                _ => return fail(format!("--since takes a day such as 2026-01-01, not `{text}`")),
            };
            Some(day * 86_400)
        }
    };
    let Some((flows, locales)) = super::load_content(&crate::config::Content::new(None, None)) else {
        return Ok(ExitCode::from(2));
    };
    let Some(tag) = locales.languages().iter().find(|l| l.tag.eq_ignore_ascii_case(lang)).map(|l| l.tag.clone()) else {
        return fail(format!("unknown language `{lang}`"));
    };
    let chromium = std::env::var("SIFOR_CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_string());
    if format == DossierFormat::Pdf && !std::path::Path::new(&chromium).exists() {
        return fail(format!(
            "PDF needs a headless Chromium at {chromium} (apt install chromium), or use --format html"
        ));
    }
    let now = crate::domain::clock::Clock::now(&crate::domain::clock::SystemClock);
    let html = super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let first = flows.statuses().list.first().map_or_else(|| "received".to_string(), |s| s.id.clone());
        let mut tx = store.begin().await?;
        let d = dossier::build(&mut tx, &first, &region, since, now).await?;
        tx.rollback().await?;
        store.close().await;
        anyhow::Ok(dossier::render(&locales, &flows, &tag, &d))
    })?;
    if format == DossierFormat::Html {
        match out {
            Some(path) => std::fs::write(&path, html)?,
            None => print!("{html}"),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (y, m, d) = civil(now.div_euclid(86_400));
    let out = out.unwrap_or_else(|| format!("dossier-{region}-{y:04}-{m:02}-{d:02}.pdf").into());
    let dir = std::env::temp_dir().join(format!("sifor-dossier-{}-{now}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let page = dir.join("dossier.html");
    std::fs::write(&page, html)?;
    let out = std::path::absolute(&out)?;
    let status = std::process::Command::new(&chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    let _ = std::fs::remove_dir_all(&dir);
    match status {
        Ok(s) if s.success() && out.exists() => {
            eprintln!("sifor: wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Ok(s) => fail(format!("{chromium} could not print the PDF ({s})")),
        Err(e) => fail(format!("{chromium} did not start: {e}")),
    }
}
