//! `sifor broadcast list|status|pause|resume|abort|cancel|fix`: the operator's control of the
//! broadcasts, with the same rules as the coordinator's buttons. `status` draws a progress bar
//! (`--json`: the ledger's counts per state); `fix ID FILE.toml` replaces the texts, place and
//! link with those of the file, and every copy already sent is edited by the workers.

use crate::domain::announcement::Announcement;
use crate::domain::clock::{Clock, SystemClock};
use crate::services::coordinator::announce::Author;
use crate::services::coordinator::control::{self, Done};
use crate::services::refugee::view::BroadcastAction;
use crate::storage::announcements::{self, Stored};
use crate::storage::deliveries::{self, Counts};
use crate::storage::{Store, audit};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum BroadcastCmd {
    /// The latest broadcasts with their state and counts.
    List,
    /// One broadcast's progress.
    Status {
        id: i64,
        /// The ledger's counts per state as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Hold the broadcast (nothing more is sent until resumed).
    Pause { id: i64 },
    /// Go on sending (also after a canary pause).
    Resume { id: i64 },
    /// Stop sending for good; what was sent stays.
    Abort { id: i64 },
    /// Mark every sent copy as cancelled, and send no more.
    Cancel { id: i64 },
    /// Correct the text: texts, place and link from the file; every sent copy is edited.
    Fix { id: i64, file: PathBuf },
}

pub fn command(cmd: BroadcastCmd, content: &crate::config::Content, database_url: &str) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let code = run(cmd, content, &store).await;
        store.close().await;
        code
    })
}

async fn run(cmd: BroadcastCmd, content: &crate::config::Content, store: &Store) -> anyhow::Result<ExitCode> {
    let now = SystemClock.now();
    let (id, action) = match cmd {
        BroadcastCmd::List => {
            let mut tx = store.begin().await?;
            for a in announcements::recent(&mut tx, 20).await? {
                let counts = deliveries::counts(&mut tx, a.id).await?;
                println!("{}", line(&a, &counts));
            }
            tx.commit().await?;
            return Ok(ExitCode::SUCCESS);
        }
        BroadcastCmd::Status { id, json } => {
            let mut tx = store.begin().await?;
            let Some(a) = announcements::get(&mut tx, id).await? else { return not_found(id) };
            let counts = deliveries::counts(&mut tx, id).await?;
            tx.commit().await?;
            if json {
                let value = serde_json::json!({
                    "id": id,
                    "state": a.state.as_str(),
                    "paused_reason": a.paused_reason,
                    "cancelled": a.cancelled,
                    "revision": a.revision,
                    "counts": counts,
                });
                println!("{value}");
            } else {
                println!("{}", line(&a, &counts));
            }
            return Ok(ExitCode::SUCCESS);
        }
        BroadcastCmd::Fix { id, file } => return fix(store, content, id, &file, now).await,
        BroadcastCmd::Pause { id } => (id, BroadcastAction::Pause),
        BroadcastCmd::Resume { id } => (id, BroadcastAction::Resume),
        BroadcastCmd::Abort { id } => (id, BroadcastAction::Abort),
        BroadcastCmd::Cancel { id } => (id, BroadcastAction::CancelConfirm),
    };
    let mut tx = store.begin().await?;
    if announcements::get(&mut tx, id).await?.is_none() {
        return not_found(id);
    }
    let done = control::apply(&mut tx, id, action, Author::Cli, now).await?;
    tx.commit().await?;
    let text = match done {
        Done::Paused => "paused",
        Done::Resumed => "resumed",
        Done::Aborted => "aborted: nothing more is sent",
        Done::Cancelled => "cancelled: every sent copy will be marked, nothing more is sent",
        Done::NotNow | Done::Started(_) | Done::Discarded => {
            "nothing changed (the broadcast is not in a state for this)"
        }
    };
    println!("A{id}: {text}");
    Ok(if done == Done::NotNow { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn not_found(id: i64) -> anyhow::Result<ExitCode> {
    eprintln!("sifor: there is no broadcast {id} (`sifor broadcast list` shows them)");
    Ok(ExitCode::from(2))
}

/// `A12 running [########------------]  240/600 sent · 3 blocked · 1 failed · 356 left`.
fn line(a: &Stored, c: &Counts) -> String {
    const WIDTH: i64 = 20;
    let total = c.total().max(1);
    let filled = (c.finished() * WIDTH / total).clamp(0, WIDTH) as usize;
    let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH as usize - filled));
    let reason = a.paused_reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
    let state = format!("{}{reason}{}", a.state.as_str(), if a.cancelled { ", cancelled" } else { "" });
    format!(
        "A{} {state} [{bar}] {}/{} sent · {} blocked · {} failed · {} unknown · {} expired · {} left",
        a.id,
        c.sent,
        c.total(),
        c.blocked,
        c.failed,
        c.unknown,
        c.expired,
        c.pending + c.sending
    )
}

async fn fix(
    store: &Store,
    content: &crate::config::Content,
    id: i64,
    file: &std::path::Path,
    now: i64,
) -> anyhow::Result<ExitCode> {
    let Some((_, locales)) = super::load_content(content) else { return Ok(ExitCode::from(2)) };
    let tags: Vec<&str> = locales.languages().iter().map(|l| l.tag.as_str()).collect();
    let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    // The start may lie in the past by now; only the texts, place and link are taken.
    let fixed = match Announcement::from_file(&text, &tags, i64::MIN) {
        Ok(a) => a,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", file.display());
            }
            return Ok(ExitCode::from(2));
        }
    };
    let mut tx = store.begin().await?;
    let Some(stored) = announcements::get(&mut tx, id).await? else { return not_found(id) };
    let mut content = stored.content.clone();
    content.texts = fixed.texts;
    content.place = fixed.place;
    content.link = fixed.link;
    if let Some(tag) = crate::services::coordinator::card::too_long(&locales, &content) {
        eprintln!(
            "{}: the card for `{tag}` readers would be longer than Telegram allows; shorten the text",
            file.display()
        );
        return Ok(ExitCode::from(2));
    }
    let revision = announcements::revise(&mut tx, id, &content, stored.cancelled).await?;
    audit::record(&mut tx, now, "cli", "broadcast_fix", Some(&format!("A{id}")), None).await?;
    let sent = deliveries::counts(&mut tx, id).await?.sent;
    tx.commit().await?;
    println!("A{id}: fixed (revision {revision}); the workers edit the {sent} copies already sent");
    Ok(ExitCode::SUCCESS)
}
