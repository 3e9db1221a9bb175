//! The Telegram adapter (teloxide): `run` starts the bot with long polling or a webhook, the
//! routing tree lives in [`schema`], rendering in [`render`], the Bot API error contract in
//! [`send`] and the callback-data codec in [`callback`]. No business rules here: updates become
//! conversation events for [`crate::services::app::App`].

pub mod callback;
pub mod render;
pub mod schema;
pub mod send;

use crate::services::app::App;
use send::Telegram;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};
use teloxide::update_listeners::webhooks;

/// How the bot is reached.
#[derive(Debug, Clone)]
pub struct Config {
    pub token: String,
    /// The Bot API base (tests point it at their fake server).
    pub api_url: Option<url::Url>,
    pub webhook: Option<Webhook>,
    /// Long-polling timeout; must stay below teloxide's 17 s client timeout.
    pub poll_timeout: Duration,
    /// How often the retention purge runs.
    pub purge_every: Duration,
}

#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public HTTPS address Telegram posts to (its path is the route served here).
    pub url: url::Url,
    /// Where the local listener binds.
    pub listen: SocketAddr,
    /// The `X-Telegram-Bot-Api-Secret-Token` Telegram must send (generated if not given).
    pub secret: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("TELOXIDE_TOKEN is missing or malformed (expected digits, a colon and the key from @BotFather)")]
    BadToken,
    #[error("Telegram did not accept the bot: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error("the webhook listener: {0}")]
    Listen(#[from] std::io::Error),
}

/// Whether a token looks like one from @BotFather: `123456:ABC-def_...`.
pub fn token_is_valid(token: &str) -> bool {
    let Some((id, key)) = token.split_once(':') else { return false };
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && key.len() >= 8
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Runs the bot until `shutdown` resolves; then in-flight updates finish, the last update is
/// confirmed to Telegram, and the function returns.
pub async fn run(
    app: Arc<App>,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    if !token_is_valid(&config.token) {
        return Err(RunError::BadToken);
    }
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let tg = Arc::new(Telegram { bot: bot.clone(), app: app.clone() });
    set_commands(&tg).await;
    let purge = tokio::spawn(purge_loop(app.clone(), config.purge_every));

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema::schema())
        .dependencies(dptree::deps![tg.clone()])
        .default_handler(|_| async {})
        .error_handler(Arc::new(|e: anyhow::Error| async move {
            // Store errors name tables and constraints, never what a user wrote.
            let kind = e.downcast_ref::<crate::storage::StoreError>().map_or("other", store_error_kind);
            tracing::warn!(error = kind, "an update could not be handled");
        }))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.await;
        // The dispatcher may still be starting; ask until it takes the request.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    });

    let result = match &config.webhook {
        None => {
            let listener = teloxide::update_listeners::Polling::builder(bot.clone())
                .timeout(config.poll_timeout)
                .delete_webhook()
                .await
                .build();
            dispatcher.try_dispatch_with_listener(listener, Arc::new(log_listener_error)).await
        }
        Some(hook) => {
            let mut options = webhooks::Options::new(hook.listen, hook.url.clone());
            if let Some(secret) = &hook.secret {
                options = options.secret_token(secret.clone());
            }
            let (listener, stop_flag, router) = webhooks::axum_to_router(bot.clone(), options).await?;
            let router = router.route("/healthz", axum::routing::get(|| async { "ok" }));
            let tcp = tokio::net::TcpListener::bind(hook.listen).await?;
            // Stopping the listener resolves `stop_flag` (which also deletes the webhook); the
            // server then closes, which ends the update stream and lets the dispatcher finish.
            let server = tokio::spawn(async move {
                let _ = axum::serve(tcp, router).with_graceful_shutdown(stop_flag).await;
            });
            let result =
                dispatcher.try_dispatch_with_listener(listener, Arc::new(|_: std::convert::Infallible| async {})).await;
            let _ = server.await;
            result
        }
    };
    purge.abort();
    result.map_err(RunError::from)
}

/// Polling errors are logged by kind only: teloxide's own logging prints response bodies, which
/// can hold what users wrote.
async fn log_listener_error(error: teloxide::RequestError) {
    tracing::warn!(error = send::kind(&error), "getting updates failed");
}

fn store_error_kind(e: &crate::storage::StoreError) -> &'static str {
    use crate::storage::StoreError;
    match e {
        StoreError::UnsupportedUrl => "database url",
        StoreError::Conflict => "session conflict",
        StoreError::Db(_) => "database",
        StoreError::Migrate(_) => "migrations",
        StoreError::Corrupt(_) => "stored state unreadable",
    }
}

/// The command menu, per supported two-letter language code, and a default in English.
async fn set_commands(tg: &Telegram) {
    let locales = &tg.app.locales;
    let commands = |tag: &str| -> Vec<BotCommand> {
        schema::MENU_COMMANDS
            .iter()
            .map(|c| BotCommand::new(*c, locales.raw(tag, &format!("cmd-{c}"), &[]).unwrap_or_else(|| c.to_string())))
            .collect()
    };
    let any = ChatId(0);
    let req = tg.bot.set_my_commands(commands(crate::i18n::REFERENCE)).scope(BotCommandScope::AllPrivateChats);
    let _ = tg.call(any, req).await;
    for lang in locales.languages() {
        for code in &lang.telegram {
            let req = tg
                .bot
                .set_my_commands(commands(&lang.tag))
                .scope(BotCommandScope::AllPrivateChats)
                .language_code(code.clone());
            let _ = tg.call(any, req).await;
        }
    }
}

async fn purge_loop(app: Arc<App>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        match crate::storage::purge::run(&app.store, app.settings.retention, crate::config::now()).await {
            Ok(done) => tracing::info!(sessions = done.sessions, profiles = done.profiles, users = done.users, "purge"),
            Err(e) => tracing::warn!(error = %e, "purge failed"),
        }
    }
}
