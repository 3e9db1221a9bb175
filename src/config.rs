//! Plain, typed settings: where the content and the database are, the data rules (policy
//! version, retention) and how the bot reaches Telegram. Read from the environment (and the
//! command line) in one step; secrets are wrapped so they never reach `Debug` or a log.
//!
//! This module sits at the bottom of the crate and imports nothing else of it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A value that must never be printed (the bot token, the webhook secret).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

/// Where the content lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub flows: PathBuf,
    pub locales: PathBuf,
}

impl Content {
    /// `flows/` and `locales/` here or in the source tree, unless given.
    pub fn new(flows: Option<PathBuf>, locales: Option<PathBuf>) -> Content {
        Content {
            flows: flows.unwrap_or_else(|| content_dir("flows")),
            locales: locales.unwrap_or_else(|| content_dir("locales")),
        }
    }
}

/// How long what is kept is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// A session (and the profile behind it) idle this long is removed.
    pub session_idle_secs: i64,
    /// A user who never gave any consent is removed after this long.
    pub unconsented_secs: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { session_idle_secs: 90 * 86_400, unconsented_secs: 7 * 86_400 }
    }
}

/// The data rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRules {
    /// The privacy policy version recorded with every consent.
    pub policy_version: String,
    pub retention: Retention,
    /// How often the retention purge runs while the bot runs.
    pub purge_every: Duration,
}

impl Default for DataRules {
    fn default() -> Self {
        DataRules {
            policy_version: "2026-11".into(),
            retention: Retention::default(),
            purge_every: Duration::from_secs(86_400),
        }
    }
}

/// How the bot reaches Telegram.
#[derive(Debug, Clone)]
pub struct Telegram {
    pub token: Secret,
    /// The Bot API base (tests point it at their fake server).
    pub api_url: Option<url::Url>,
    pub webhook: Option<Webhook>,
    /// Long-polling timeout; must stay below teloxide's 17 s client timeout.
    pub poll_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public HTTPS address Telegram posts to (its path is the route served here).
    pub url: url::Url,
    /// Where the local listener binds.
    pub listen: SocketAddr,
    /// The `X-Telegram-Bot-Api-Secret-Token` Telegram must send.
    pub secret: Option<Secret>,
}

/// The folder `name` in the working directory if it exists, else the one in the source tree.
pub fn content_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The URL of a SQLite database file, created on first use.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// The database: `--db FILE` (SQLite), else `DATABASE_URL`, else `sifor.db` in the working directory.
pub fn database_url(db_file: Option<&Path>) -> String {
    if let Some(file) = db_file {
        return sqlite_url(file);
    }
    match std::env::var("DATABASE_URL") {
        Ok(url) if !url.trim().is_empty() => url,
        _ => sqlite_url(Path::new("sifor.db")),
    }
}

/// Data rules from the environment: `SIFOR_POLICY_VERSION`, `SIFOR_SESSION_RETENTION_DAYS`
/// (default 90) and `SIFOR_UNCONSENTED_RETENTION_DAYS` (default 7).
pub fn data_rules_from_env() -> Result<DataRules, String> {
    let mut rules = DataRules::default();
    if let Ok(v) = std::env::var("SIFOR_POLICY_VERSION") {
        rules.policy_version = v;
    }
    let days = |name: &str| -> Result<Option<i64>, String> {
        match std::env::var(name) {
            Ok(v) => v
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=36_500).contains(d))
                .map(Some)
                .ok_or(format!("{name} must be a whole number of days from 1 to 36500")),
            Err(_) => Ok(None),
        }
    };
    if let Some(d) = days("SIFOR_SESSION_RETENTION_DAYS")? {
        rules.retention.session_idle_secs = d * 86_400;
    }
    if let Some(d) = days("SIFOR_UNCONSENTED_RETENTION_DAYS")? {
        rules.retention.unconsented_secs = d * 86_400;
    }
    Ok(rules)
}

/// Whether a token looks like one from @BotFather: `123456:ABC-def_...`.
pub fn token_is_valid(token: &str) -> bool {
    let Some((id, key)) = token.split_once(':') else { return false };
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && key.len() >= 8
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The Telegram settings from the environment: `TELOXIDE_TOKEN` (required), `TELOXIDE_API_URL`,
/// `SIFOR_WEBHOOK_URL` with `SIFOR_WEBHOOK_LISTEN` (default 0.0.0.0:8443) and
/// `SIFOR_WEBHOOK_SECRET`. The token is never printed.
pub fn telegram_from_env() -> Result<Telegram, String> {
    let token = std::env::var("TELOXIDE_TOKEN").unwrap_or_default();
    let token = token.trim().to_string();
    if !token_is_valid(&token) {
        return Err(if token.is_empty() {
            "TELOXIDE_TOKEN is not set: get a token from @BotFather and export TELOXIDE_TOKEN".to_string()
        } else {
            "TELOXIDE_TOKEN is malformed: it should look like 123456789:AAH... (digits, a colon, the key)".to_string()
        });
    }
    let url = |name: &str| -> Result<Option<url::Url>, String> {
        match std::env::var(name) {
            Ok(v) if !v.trim().is_empty() => url::Url::parse(v.trim().trim_end_matches('/'))
                .map(Some)
                .map_err(|e| format!("{name} is not a URL: {e}")),
            _ => Ok(None),
        }
    };
    let api_url = url("TELOXIDE_API_URL")?;
    let webhook = match url("SIFOR_WEBHOOK_URL")? {
        None => None,
        Some(url) => {
            let listen = std::env::var("SIFOR_WEBHOOK_LISTEN").unwrap_or_else(|_| "0.0.0.0:8443".into());
            let listen = listen
                .parse()
                .map_err(|_| format!("SIFOR_WEBHOOK_LISTEN `{listen}` is not an address like 0.0.0.0:8443"))?;
            let secret = std::env::var("SIFOR_WEBHOOK_SECRET").ok().filter(|s| !s.is_empty()).map(Secret);
            Some(Webhook { url, listen, secret })
        }
    };
    Ok(Telegram { token: Secret(token), api_url, webhook, poll_timeout: Duration::from_secs(10) })
}

/// How broadcasts are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Broadcast {
    /// Messages per second over all broadcasts (Telegram allows about 30 without paid broadcasts).
    pub rate: u32,
    /// Sends with `allow_paid_broadcast` (up to 1,000 per second, paid in Stars).
    pub paid: bool,
    /// Seconds a claimed row may stay `sending` before it counts as interrupted (`unknown`).
    pub lease_secs: i64,
    /// Share of the canary (percent) that may be blocked or fail before the broadcast pauses.
    pub canary_max_percent: u32,
    /// Whether `sifor run` runs the background workers too (`SIFOR_WORKERS=0`: only `sifor worker` does).
    pub workers: bool,
    /// Event reminders, minutes before the start (0: unused), up to four.
    pub reminders: [u32; 4],
    /// Days an idea may wait unacknowledged before the region's coordinators are told.
    pub idea_ack_days: u32,
}

impl Default for Broadcast {
    fn default() -> Self {
        Broadcast {
            rate: 25,
            paid: false,
            lease_secs: 60,
            canary_max_percent: 20,
            workers: true,
            reminders: [24 * 60, 2 * 60, 0, 0],
            idea_ack_days: 7,
        }
    }
}

/// Reminder offsets as written in `SIFOR_EVENT_REMINDERS`: up to four of `30m`, `2h`, `1d`,
/// separated by commas (an empty value: no reminders).
pub fn parse_reminders(text: &str) -> Result<[u32; 4], String> {
    let bad = || format!("SIFOR_EVENT_REMINDERS takes up to four times like 24h,2h or 30m (at most 14d), not `{text}`");
    let mut out = [0u32; 4];
    let parts: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() > out.len() {
        return Err(bad());
    }
    for (slot, part) in out.iter_mut().zip(parts) {
        let unit = part.chars().last().ok_or_else(bad)?;
        let number = part.strip_suffix(unit).and_then(|n| n.parse::<u32>().ok()).ok_or_else(bad)?;
        let minutes = match unit {
            'm' => number,
            'h' => number.saturating_mul(60),
            'd' => number.saturating_mul(24 * 60),
            _ => return Err(bad()),
        };
        if minutes == 0 || minutes > 14 * 24 * 60 {
            return Err(bad());
        }
        *slot = minutes;
    }
    Ok(out)
}

/// Broadcast settings from the environment: `SIFOR_BROADCAST_RATE` (default 25; at most 30, or
/// 1000 with `SIFOR_PAID_BROADCAST=1`), `SIFOR_BROADCAST_LEASE` (seconds, default 60),
/// `SIFOR_CANARY_MAX_PERCENT` (default 20), `SIFOR_WORKERS` (`0` turns them off in `run`) and
/// `SIFOR_EVENT_REMINDERS` (default `24h,2h`) and `SIFOR_IDEA_ACK_DAYS` (default 7).
pub fn broadcast_from_env() -> Result<Broadcast, String> {
    let mut b = Broadcast {
        paid: std::env::var("SIFOR_PAID_BROADCAST").is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes")),
        workers: std::env::var("SIFOR_WORKERS").map_or(true, |v| !matches!(v.trim(), "0" | "false" | "no")),
        ..Broadcast::default()
    };
    let number = |name: &str, range: std::ops::RangeInclusive<i64>| -> Result<Option<i64>, String> {
        match std::env::var(name) {
            Ok(v) => v.trim().parse::<i64>().ok().filter(|n| range.contains(n)).map(Some).ok_or(format!(
                "{name} must be a whole number from {} to {}",
                range.start(),
                range.end()
            )),
            Err(_) => Ok(None),
        }
    };
    let max_rate = if b.paid { 1_000 } else { 30 };
    if let Some(r) = number("SIFOR_BROADCAST_RATE", 1..=max_rate)? {
        b.rate = r as u32;
    }
    if let Some(l) = number("SIFOR_BROADCAST_LEASE", 1..=86_400)? {
        b.lease_secs = l;
    }
    if let Some(p) = number("SIFOR_CANARY_MAX_PERCENT", 0..=100)? {
        b.canary_max_percent = p as u32;
    }
    if let Some(d) = number("SIFOR_IDEA_ACK_DAYS", 1..=90)? {
        b.idea_ack_days = d as u32;
    }
    if let Ok(text) = std::env::var("SIFOR_EVENT_REMINDERS") {
        b.reminders = parse_reminders(&text)?;
    }
    Ok(b)
}

/// The public feed and page (`SIFOR_PUBLIC_LISTEN`): off unless set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Public {
    /// Where the listener binds.
    pub listen: SocketAddr,
    /// The bot's username for the page's "talk to the bot" link when the bot has not said it yet
    /// (`SIFOR_BOT_USERNAME`, without the `@`).
    pub bot_username: Option<String>,
}

/// Parses `SIFOR_PUBLIC_LISTEN` (a socket address such as `127.0.0.1:8090`) and
/// `SIFOR_BOT_USERNAME` (5 to 32 letters, digits or `_`, an `@` in front is dropped).
pub fn parse_public(listen: &str, bot_username: Option<&str>) -> Result<Public, String> {
    let listen = listen.trim();
    let listen = listen
        .parse()
        .map_err(|_| format!("SIFOR_PUBLIC_LISTEN `{listen}` is not an address like 127.0.0.1:8090 or [::]:8090"))?;
    let bot_username = match bot_username.map(|u| u.trim().trim_start_matches('@')).filter(|u| !u.is_empty()) {
        None => None,
        Some(u) if (5..=32).contains(&u.len()) && u.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
            Some(u.to_string())
        }
        Some(u) => {
            return Err(format!(
                "SIFOR_BOT_USERNAME `{u}` is not a Telegram bot username (5 to 32 letters, digits or _)"
            ));
        }
    };
    Ok(Public { listen, bot_username })
}

/// The public feed and page settings from the environment: `None` unless `SIFOR_PUBLIC_LISTEN` is set.
pub fn public_from_env() -> Result<Option<Public>, String> {
    match std::env::var("SIFOR_PUBLIC_LISTEN") {
        Ok(listen) if !listen.trim().is_empty() => {
            parse_public(&listen, std::env::var("SIFOR_BOT_USERNAME").ok().as_deref()).map(Some)
        }
        _ => Ok(None),
    }
}
