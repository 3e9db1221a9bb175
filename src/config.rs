//! Where sifor finds its content. Paths come from the command line or `SIFOR_FLOWS` /
//! `SIFOR_LOCALES`; by default the `flows/` and `locales/` folders of the working directory,
//! or of the source tree when run from elsewhere (e.g. by `cargo run` in a subfolder).

use std::path::{Path, PathBuf};

/// The folder `name` in the working directory if it exists, else the one in the source tree.
pub fn content_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

pub fn flows_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.unwrap_or_else(|| content_dir("flows"))
}

pub fn locales_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.unwrap_or_else(|| content_dir("locales"))
}

/// Loads locales and flows together (flows are checked against the locales' messages).
pub fn load_content(
    flows: &Path,
    locales: &Path,
) -> Result<(crate::flow::Registry, crate::i18n::Locales), Vec<String>> {
    let locales = crate::i18n::Locales::load(locales)?;
    let flows = crate::flow::Registry::load(flows, &locales)
        .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok((flows, locales))
}

/// The database: `--db FILE` (SQLite), else `DATABASE_URL`, else `sifor.db` in the working directory.
pub fn database_url(db_file: Option<&Path>) -> String {
    if let Some(file) = db_file {
        return crate::storage::sqlite_url(file);
    }
    match std::env::var("DATABASE_URL") {
        Ok(url) if !url.trim().is_empty() => url,
        _ => crate::storage::sqlite_url(Path::new("sifor.db")),
    }
}

/// Data rules from the environment: `SIFOR_POLICY_VERSION`, `SIFOR_SESSION_RETENTION_DAYS`
/// (default 90) and `SIFOR_UNCONSENTED_RETENTION_DAYS` (default 7).
pub fn settings_from_env() -> Result<crate::services::app::Settings, String> {
    let mut settings = crate::services::app::Settings::default();
    if let Ok(v) = std::env::var("SIFOR_POLICY_VERSION") {
        settings.policy_version = v;
    }
    let days = |name: &str| -> Result<Option<i64>, String> {
        match std::env::var(name) {
            Ok(v) => v
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|d| *d > 0)
                .map(Some)
                .ok_or(format!("{name} must be a whole number of days above 0")),
            Err(_) => Ok(None),
        }
    };
    if let Some(d) = days("SIFOR_SESSION_RETENTION_DAYS")? {
        settings.retention.session_idle_secs = d * 86_400;
    }
    if let Some(d) = days("SIFOR_UNCONSENTED_RETENTION_DAYS")? {
        settings.retention.unconsented_secs = d * 86_400;
    }
    Ok(settings)
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// The Telegram settings from the environment: `TELOXIDE_TOKEN` (required), `TELOXIDE_API_URL`,
/// `SIFOR_WEBHOOK_URL` with `SIFOR_WEBHOOK_LISTEN` (default 0.0.0.0:8443) and
/// `SIFOR_WEBHOOK_SECRET`. The token is never printed.
pub fn telegram_from_env() -> Result<crate::telegram::Config, String> {
    let token = std::env::var("TELOXIDE_TOKEN").unwrap_or_default();
    let token = token.trim().to_string();
    if !crate::telegram::token_is_valid(&token) {
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
            let secret = std::env::var("SIFOR_WEBHOOK_SECRET").ok().filter(|s| !s.is_empty());
            Some(crate::telegram::Webhook { url, listen, secret })
        }
    };
    Ok(crate::telegram::Config {
        token,
        api_url,
        webhook,
        poll_timeout: std::time::Duration::from_secs(10),
        purge_every: std::time::Duration::from_secs(86_400),
    })
}
