//! The Telegram adapter (teloxide): [`run`] serves the bot with long polling or a webhook until
//! the shutdown signal. The routing tree lives in [`schema`], rendering in [`render`], the Bot
//! API error contract in [`send`], the callback-data codec in [`callback`] and the command menus
//! in [`menus`]. No business rules here: updates become events for
//! [`crate::services::app::App`].

pub mod callback;
pub mod menus;
pub mod outbox;
pub mod render;
pub mod schema;
pub mod send;

use crate::config;
use crate::services::app::App;
use send::Telegram;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::webhooks;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("TELOXIDE_TOKEN is missing or malformed (expected digits, a colon and the key from @BotFather)")]
    BadToken,
    #[error("Telegram did not accept the bot: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error("the webhook listener: {0}")]
    Listen(#[from] std::io::Error),
}

/// The update kinds the bot handles; Telegram sends no others (no payments, inline queries,
/// reactions, boosts, business messages, polls or channel posts).
pub const ALLOWED_UPDATES: &[AllowedUpdate] =
    &[AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery, AllowedUpdate::MyChatMember];

/// Chats are served by this many workers (a chat always by the same one, so each user's
/// updates are handled in order). Each worker holds a queue of whole updates (tokio allocates 32
/// slots of about 2 KB at once), so a worker per chat cost 60 KB for every user waiting for a
/// reply: 125 MB with 2,000 users at once. With a fixed number of workers, at most this many
/// updates are being handled at a time (the database's batches take them as fast as they
/// commit) and the rest wait as updates, not as conversation states. The price: a user can
/// wait behind another user of the same worker, for the length of one update and its reply.
pub const SHARDS: i64 = 256;

/// Updates queued per worker (tokio allocates 32 slots at once anyway); when one is full, the
/// bot stops fetching until it has room (Telegram keeps them).
const WORKER_QUEUE: usize = 32;

/// The worker of an update: by chat. Updates without a chat (none of the allowed kinds) share
/// the default worker.
fn shard(update: &Update) -> Option<i64> {
    update.chat().map(|c| c.id.0.rem_euclid(SHARDS))
}

/// A bot for the settings, pointed at `api_url` when set.
pub fn bot(settings: &config::Telegram) -> Bot {
    let bot = Bot::new(settings.token.expose());
    match &settings.api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// The broadcaster's outbox on the Bot API of `settings`.
pub fn outbox(app: Arc<App>, settings: &config::Telegram) -> outbox::TelegramOutbox {
    outbox::TelegramOutbox(Arc::new(Telegram { bot: bot(settings), app }))
}

/// Runs the bot until `shutdown` resolves; then in-flight updates finish, the last update is
/// confirmed to Telegram, and the function returns.
pub async fn run(
    app: Arc<App>,
    settings: config::Telegram,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    if !config::token_is_valid(settings.token.expose()) {
        return Err(RunError::BadToken);
    }
    let bot = bot(&settings);
    let tg = Arc::new(Telegram { bot: bot.clone(), app: app.clone() });
    // The username goes into invitation links; without it they show a placeholder.
    match tg.call(ChatId(0), bot.get_me()).await {
        Ok(me) => app.set_bot_username(me.username()),
        Err(_) => tracing::warn!("getMe failed: invitation links made in Telegram will lack the bot's name"),
    }
    menus::set_commands(&tg).await;

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema::schema())
        .distribution_function(shard)
        .worker_queue_size(WORKER_QUEUE)
        .dependencies(dptree::deps![tg.clone()])
        .default_handler(schema::on_anything_else)
        // Handlers answer their own failures (see `schema::guarded`); nothing reaches here.
        .error_handler(Arc::new(|_: std::convert::Infallible| async {}))
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

    match &settings.webhook {
        None => {
            let listener = teloxide::update_listeners::Polling::builder(bot.clone())
                .timeout(settings.poll_timeout)
                .allowed_updates(ALLOWED_UPDATES.to_vec())
                .delete_webhook()
                .await
                .build();
            dispatcher.try_dispatch_with_listener(listener, Arc::new(log_listener_error)).await?;
        }
        Some(hook) => serve_webhook(&bot, hook, &mut dispatcher).await?,
    }
    Ok(())
}

/// The webhook listener: registers the webhook (with the secret and the allowed update kinds),
/// checks the secret header of every request, serves `GET /healthz`, and removes the webhook
/// when it stops.
async fn serve_webhook(
    bot: &Bot,
    hook: &config::Webhook,
    dispatcher: &mut Dispatcher<Bot, std::convert::Infallible, i64>,
) -> Result<(), RunError> {
    let mut options = webhooks::Options::new(hook.listen, hook.url.clone());
    if let Some(secret) = &hook.secret {
        options = options.secret_token(secret.expose().to_string());
    }
    let secret = options.get_or_gen_secret_token().to_string();
    let (listener, stop_flag, router) = webhooks::axum_no_setup(options);
    bot.set_webhook(hook.url.clone()).secret_token(secret).allowed_updates(ALLOWED_UPDATES.to_vec()).await?;
    let router = router.route("/healthz", axum::routing::get(|| async { "ok" }));
    let tcp = tokio::net::TcpListener::bind(hook.listen).await?;
    // Stopping the listener resolves `stop_flag`; the server then closes, which ends the update
    // stream and lets the dispatcher finish.
    let server = tokio::spawn(async move {
        let _ = axum::serve(tcp, router).with_graceful_shutdown(stop_flag).await;
    });
    let result =
        dispatcher.try_dispatch_with_listener(listener, Arc::new(|_: std::convert::Infallible| async {})).await;
    let _ = server.await;
    if let Err(e) = bot.delete_webhook().await {
        tracing::warn!(error = send::kind(&e), "removing the webhook failed");
    }
    Ok(result?)
}

/// Polling errors are logged by kind only: teloxide's own logging prints response bodies, which
/// can hold what users wrote.
async fn log_listener_error(error: teloxide::RequestError) {
    tracing::warn!(error = send::kind(&error), "getting updates failed");
}
