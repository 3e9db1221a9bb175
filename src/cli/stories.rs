//! `sifor stories import FILE.toml [--publish]`: a success story from a file (see the README for
//! the format); `sifor stories withdraw ID` takes one down for good. The credit in the file is the one the person it is about chose; without
//! `--publish` the story is stored as a draft. Prints the story id last.

use crate::config::Content;
use crate::domain::clock::{Clock, SystemClock};
use crate::domain::story::Story;
use crate::storage::{Store, audit, stories};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Store a story from a TOML file; `--publish` shows it at once.
    Import {
        file: PathBuf,
        #[arg(long)]
        publish: bool,
    },
    /// Take a story down for good (the person it is about asked; its text goes).
    Withdraw { id: i64 },
}

pub fn command(action: Action, content: &Content, database_url: &str) -> anyhow::Result<ExitCode> {
    let (file, publish) = match action {
        Action::Import { file, publish } => (file, publish),
        Action::Withdraw { id } => return withdraw(id, database_url),
    };
    let Some((_, locales)) = super::load_content(content) else { return Ok(ExitCode::from(2)) };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sifor: {}: {e}", file.display());
            return Ok(ExitCode::from(2));
        }
    };
    let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
    let story = match Story::from_file(&text, &tags) {
        Ok(s) => s,
        Err(problems) => {
            for p in problems {
                eprintln!("{}: {p}", file.display());
            }
            return Ok(ExitCode::from(2));
        }
    };
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let now = SystemClock.now();
        let mut tx = store.begin().await?;
        let id = stories::insert(&mut tx, &story, "cli", None, publish, now).await?;
        if publish {
            audit::record(&mut tx, now, "cli", "story_published", Some(&format!("S{id}")), None).await?;
        }
        tx.commit().await?;
        store.close().await;
        println!("{}", if publish { "published" } else { "stored as a draft" });
        println!("{id}");
        Ok(ExitCode::SUCCESS)
    })
}

fn withdraw(id: i64, database_url: &str) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let now = SystemClock.now();
        let mut tx = store.begin().await?;
        let done = stories::withdraw(&mut tx, id, now).await?;
        if done {
            audit::record(&mut tx, now, "cli", "story_withdrawn", Some(&format!("S{id}")), None).await?;
        }
        tx.commit().await?;
        store.close().await;
        if done {
            println!("story {id} withdrawn: it is shown nowhere and its text is gone");
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!("sifor: no story {id} to withdraw");
            Ok(ExitCode::from(2))
        }
    })
}
