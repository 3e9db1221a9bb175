//! `sifor announce FILE.toml [--dry-run] [--yes]`: an announcement from a file (see the README
//! for the format). It prints the audience per language and the card in each language that
//! will be used, asks to confirm (unless `--yes`), stores the announcement with its ledger, and
//! prints the broadcast id last; the running bot's workers (or `sifor worker`) deliver it.
//! `--dry-run` stores and sends nothing.

use crate::config::Content;
use crate::domain::announcement::Announcement;
use crate::domain::clock::{Clock, SystemClock};
use crate::domain::codes;
use crate::domain::staff::Scope;
use crate::services::coordinator::{announce, card};
use crate::services::refugee::view::View;
use crate::storage::Store;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct AnnounceArgs {
    /// The announcement file (TOML).
    file: PathBuf,
    /// Print the audience and the cards; store and send nothing.
    #[arg(long)]
    dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long)]
    yes: bool,
}

pub fn command(args: AnnounceArgs, content: &Content, database_url: &str) -> anyhow::Result<ExitCode> {
    let Some((_, locales)) = super::load_content(content) else { return Ok(ExitCode::from(2)) };
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sifor: {}: {e}", args.file.display());
            return Ok(ExitCode::from(2));
        }
    };
    let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
    let now = SystemClock.now();
    let parsed = Announcement::from_file(&text, &tags, now).and_then(|mut a| {
        // The operator's scope is every country.
        let everywhere =
            Scope { regions: codes::COUNTRIES.iter().map(|c| c.to_string()).collect(), ..Default::default() };
        a.audience = a.audience.within(&everywhere)?;
        Ok(a)
    });
    let a = match parsed {
        Ok(a) => a,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", args.file.display());
            }
            return Ok(ExitCode::from(2));
        }
    };
    if let Some(tag) = card::too_long(&locales, &a) {
        eprintln!(
            "{}: the card for `{tag}` readers would be longer than Telegram allows; shorten the text",
            args.file.display()
        );
        return Ok(ExitCode::from(2));
    }
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let mut tx = store.begin().await?;
        let plan = announce::plan(&mut tx, &a).await?;
        tx.commit().await?;
        println!("{}", announce::reach_text(&locales, crate::i18n::REFERENCE, &plan));
        let mut shown: Vec<&str> = plan.by_locale.iter().map(|(l, _)| l.as_str()).collect();
        if shown.is_empty() {
            shown.push(crate::i18n::REFERENCE);
        }
        for tag in shown {
            let name = locales.language(tag).map_or(tag, |l| l.name.as_str());
            println!("\n--- {name} ({tag}) ---");
            print_card(&card::card(&locales, tag, 0, &a, false));
        }
        println!();
        if args.dry_run {
            println!("dry run: nothing was stored or sent");
            store.close().await;
            return Ok(ExitCode::SUCCESS);
        }
        if !args.yes && !confirm(plan.total())? {
            println!("nothing was stored or sent");
            store.close().await;
            return Ok(ExitCode::from(1));
        }
        let (id, rows) = announce::publish(&store, &a, announce::Author::Cli, now).await?;
        store.close().await;
        println!("stored with {rows} recipients; the running bot (or `sifor worker`) sends it");
        println!("`sifor broadcast status {id}` shows the progress; the broadcast id:");
        println!("{id}");
        Ok(ExitCode::SUCCESS)
    })
}

fn print_card(view: &View) {
    if let View::Keyboard { text, options, nav, .. } = view {
        println!("{text}");
        let buttons: Vec<String> = options.iter().chain(nav).map(|b| format!("[{}]", b.label)).collect();
        println!("{}", buttons.join(" "));
    }
}

/// Asks on the terminal; without a terminal, only `--yes` sends.
fn confirm(count: usize) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        eprintln!("sifor: not a terminal; add --yes to send without the question");
        return Ok(false);
    }
    print!("Send to {count} people? [y/N] ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes"))
}
