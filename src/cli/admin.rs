//! Staff administration from the command line: `sifor invite` (a single-use link for a role
//! and scope), `sifor staff list` / `sifor staff revoke PSEUDONYM`, `sifor grant` (the first
//! admin, or any role, by pseudonym) and `sifor audit`. The operator of the server is trusted;
//! what they do is audited as `cli`. Only pseudonyms are printed, never Telegram ids.

use crate::config;
use crate::domain::clock::{Clock, SystemClock, utc_text};
use crate::domain::staff::{self, Scope};
use crate::domain::{Role, codes};
use crate::services::staff::invite;
use crate::storage::{Store, audit, staff as store, users};
use std::process::ExitCode;

/// Who the command line acts as in the audit log.
const CLI: &str = "cli";

/// What a grant covers, as typed.
#[derive(clap::Args)]
pub struct ScopeArgs {
    /// Regions (e.g. berlin,vienna) or countries (DE = every region of Germany), comma-separated;
    /// not for admins, who cover every country.
    #[arg(long)]
    region: Option<String>,
    /// Idea topics a partner reviews (comma-separated; default: every topic).
    #[arg(long, default_value = "")]
    topics: String,
    /// The organisation's name.
    #[arg(long)]
    org: Option<String>,
}

#[derive(clap::Args)]
pub struct InviteArgs {
    /// coordinator, partner or admin.
    #[arg(long)]
    role: String,
    #[command(flatten)]
    scope: ScopeArgs,
    /// How long the link works: 90m, 72h, 7d (10 minutes to 30 days).
    #[arg(long, default_value = "72h")]
    expires: String,
    /// The bot's username (else asked from Telegram with TELOXIDE_TOKEN).
    #[arg(long)]
    bot_username: Option<String>,
}

#[derive(clap::Subcommand)]
pub enum StaffCmd {
    /// Everyone holding a staff role: pseudonym, role, places, organisation.
    List,
    /// Take a staff role away (their staff menu is removed with their next message, or at once
    /// when TELOXIDE_TOKEN is set).
    Revoke { pseudonym: String },
}

#[derive(clap::Args)]
pub struct GrantArgs {
    /// The user's pseudonym (they see it with /mydata; staff with /myrole).
    pseudonym: String,
    #[arg(long, default_value = "admin")]
    role: String,
    #[command(flatten)]
    scope: ScopeArgs,
}

#[derive(clap::Args)]
pub struct AuditArgs {
    /// Only entries of the last 7d, 24h, ...
    #[arg(long)]
    since: Option<String>,
    /// Only entries by this actor (a pseudonym, `cli` or `system`).
    #[arg(long)]
    actor: Option<String>,
    /// At most this many entries (newest).
    #[arg(long, default_value_t = 200)]
    limit: i64,
}

fn now() -> i64 {
    SystemClock.now()
}

/// The role and scope an operator asked for, or what is wrong with them.
fn grant_of(role: &str, scope: &ScopeArgs) -> Result<(Role, Scope), String> {
    let (region, topics, org) = (scope.region.as_deref(), scope.topics.as_str(), scope.org.as_deref());
    let role = Role::parse(role)
        .ok_or_else(|| format!("unknown role `{role}` (coordinator, partner or admin)"))
        .and_then(|r| staff::grantable(r).map_err(|e| e.to_string()))?;
    let regions = match region {
        // Admins cover every country: they invite and revoke staff anywhere.
        Some(_) if role == Role::Admin => return Err("admins cover every country: leave out --region".into()),
        None if role == Role::Admin => codes::COUNTRIES.join(","),
        Some(r) => r.to_string(),
        None => return Err("--region is needed: a region (berlin) or a country (DE)".into()),
    };
    let scope = Scope::parse(&regions, topics, org).map_err(|e| e.to_string())?;
    Ok((role, scope))
}

pub fn invite(args: InviteArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let (role, scope) = match grant_of(&args.role, &args.scope) {
        Ok(g) => g,
        Err(problem) => return usage(&problem),
    };
    let Some(valid) = staff::parse_duration(&args.expires) else {
        return usage("--expires must be like 90m, 72h or 7d (10 minutes to 30 days)");
    };
    let rt = super::runtime()?;
    let username = match args.bot_username {
        Some(name) => name.trim_start_matches('@').to_string(),
        None => match rt.block_on(bot_username()) {
            Ok(name) => name,
            Err(problem) => return usage(&problem),
        },
    };
    rt.block_on(async {
        let store = Store::open(database_url).await?;
        let mut tx = store.begin().await?;
        let made = invite::create(&mut tx, role, &scope, CLI, valid, now()).await?;
        tx.commit().await?;
        store.close().await;
        println!(
            "invitation {} for a {role} ({}), valid until {}",
            made.id,
            scope.regions_code(),
            utc_text(made.expires_at)
        );
        println!("send this link to the person (it works once):");
        println!("{}", invite::link(&username, &made.token));
        Ok(ExitCode::SUCCESS)
    })
}

fn usage(problem: &str) -> anyhow::Result<ExitCode> {
    eprintln!("sifor: {problem}");
    Ok(ExitCode::from(2))
}

/// The bot's username from Telegram (`getMe` with TELOXIDE_TOKEN and TELOXIDE_API_URL).
async fn bot_username() -> Result<String, String> {
    let settings = config::telegram_from_env().map_err(|e| format!("{e} (or pass --bot-username NAME)"))?;
    use teloxide::prelude::Requester;
    let me = crate::telegram::bot(&settings)
        .get_me()
        .await
        .map_err(|_| "Telegram did not answer getMe; pass --bot-username NAME".to_string())?;
    Ok(me.username().to_string())
}

pub fn staff_cmd(cmd: StaffCmd, database_url: &str) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let mut tx = store.begin().await?;
        let code = match cmd {
            StaffCmd::List => {
                let members = store::list(&mut tx).await?;
                for m in &members {
                    let org = m.scope.organisation.as_deref().unwrap_or("-");
                    let topics =
                        if m.scope.topics.is_empty() { "all topics".to_string() } else { m.scope.topics_code() };
                    println!(
                        "{}\t{}\t{}\t{topics}\t{org}\tsince {}",
                        m.pseudonym,
                        m.role,
                        m.scope.regions_code(),
                        utc_text(m.granted_at)
                    );
                }
                let open = store::open_invites(&mut tx, now()).await?;
                println!("{} staff, {} open invitation(s)", members.len(), open.len());
                ExitCode::SUCCESS
            }
            StaffCmd::Revoke { pseudonym } => {
                let user = users::by_pseudonym(&mut tx, &pseudonym).await?;
                match user {
                    Some(u) if store::revoke(&mut tx, u.id).await? => {
                        let withdrawn = store::withdraw_invites_by(&mut tx, &pseudonym, now()).await?;
                        let detail = format!("role={} invites_withdrawn={withdrawn}", u.role);
                        audit::record(&mut tx, now(), CLI, "revoke", Some(&pseudonym), Some(&detail)).await?;
                        tx.commit().await?;
                        // (SQLite has one connection: the transaction above must be over first.)
                        remove_menu(&store, &u).await;
                        store.close().await;
                        println!("{pseudonym} is no longer staff");
                        return Ok(ExitCode::SUCCESS);
                    }
                    _ => {
                        println!("{pseudonym} holds no staff role; nothing changed");
                        ExitCode::FAILURE
                    }
                }
            }
        };
        tx.commit().await?;
        store.close().await;
        Ok(code)
    })
}

/// Removes the revoked member's staff menu at once when the bot's token is at hand; otherwise
/// the bot does it with their next message.
async fn remove_menu(store: &Store, user: &users::User) {
    let Ok(settings) = config::telegram_from_env() else { return };
    use teloxide::prelude::*;
    use teloxide::types::{BotCommandScope, Recipient};
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(user.chat_id)) };
    if crate::telegram::bot(&settings).delete_my_commands().scope(scope).await.is_ok()
        && let Ok(mut tx) = store.begin().await
        && users::set_menu(&mut tx, user.id, Role::Refugee).await.is_ok()
    {
        let _ = tx.commit().await;
    }
}

pub fn grant(args: GrantArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let (role, scope) = match grant_of(&args.role, &args.scope) {
        Ok(g) => g,
        Err(problem) => return usage(&problem),
    };
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let mut tx = store.begin().await?;
        let Some(user) = users::by_pseudonym(&mut tx, &args.pseudonym).await? else {
            eprintln!("sifor: no user with the pseudonym {} (they must have written to the bot)", args.pseudonym);
            return Ok(ExitCode::FAILURE);
        };
        store::grant(&mut tx, user.id, role, &scope, CLI, now()).await?;
        let detail = format!("role={role} regions={}", scope.regions_code());
        audit::record(&mut tx, now(), CLI, "grant", Some(&args.pseudonym), Some(&detail)).await?;
        tx.commit().await?;
        store.close().await;
        println!(
            "{} is now {role} for {}; their menu changes with their next message",
            args.pseudonym,
            scope.regions_code()
        );
        Ok(ExitCode::SUCCESS)
    })
}

pub fn audit_cmd(args: AuditArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let since = match args.since.as_deref().map(staff::parse_duration) {
        None => None,
        Some(Some(secs)) => Some(now() - secs),
        Some(None) => return usage("--since must be like 90m, 24h or 7d (up to 30 days)"),
    };
    super::runtime()?.block_on(async {
        let store = Store::open(database_url).await?;
        let mut tx = store.begin().await?;
        let filter = audit::Filter { since, actor: args.actor.as_deref(), staff_only: false };
        let entries = audit::recent(&mut tx, filter, args.limit.clamp(1, 100_000)).await?;
        tx.commit().await?;
        store.close().await;
        for e in &entries {
            println!(
                "{}\t{}\t{}\t{}\t{}",
                utc_text(e.at),
                e.actor,
                e.action,
                e.subject.as_deref().unwrap_or("-"),
                e.detail.as_deref().unwrap_or("")
            );
        }
        println!("{} entries", entries.len());
        Ok(ExitCode::SUCCESS)
    })
}
