//! Every call to the Bot API goes through [`Telegram::call`], which keeps the error contract:
//! 429 → wait `retry_after` and send the same request again; 403 blocked/deactivated → mark the
//! user unreachable and stop; "message is not modified" and "query is too old" → nothing to do;
//! network errors and 5xx → retry with back-off, then log (the method and the error's kind only:
//! never a text, and never a chat id, which in a private chat is the person's Telegram id).

use crate::services::app::App;
use std::sync::Arc;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::requests::{Output, Payload};
use teloxide::{ApiError, RequestError};

/// How often one request is tried before it is given up.
const ATTEMPTS: u32 = 5;

/// The bot and the application, shared by every handler.
pub struct Telegram {
    pub bot: Bot,
    pub app: Arc<App>,
}

/// Why a request was given up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    /// The user blocked the bot or deleted their account; they are marked unreachable.
    Unreachable,
    /// Nothing to do ("message is not modified", an expired callback query).
    Harmless,
    /// Anything else; logged.
    Other,
}

impl Telegram {
    /// Sends `req` for `chat`, keeping the error contract above.
    pub async fn call<R>(&self, chat: ChatId, req: R) -> Result<Output<R>, Failed>
    where
        R: Request<Err = RequestError>,
    {
        let method = <R::Payload as Payload>::NAME;
        let mut backoff = Duration::from_millis(250);
        for attempt in 1..=ATTEMPTS {
            let error = match req.send_ref().await {
                Ok(out) => return Ok(out),
                Err(e) => e,
            };
            match &error {
                RequestError::RetryAfter(wait) => {
                    tracing::info!(method, seconds = wait.seconds(), "rate limited, waiting");
                    tokio::time::sleep(wait.duration()).await;
                    continue;
                }
                RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated) => {
                    tracing::info!("a user is unreachable (blocked or deactivated)");
                    self.unreachable(chat, true).await;
                    return Err(Failed::Unreachable);
                }
                RequestError::Api(ApiError::MessageNotModified) => return Err(Failed::Harmless),
                RequestError::Api(ApiError::Unknown(text)) if text.contains("query is too old") => {
                    return Err(Failed::Harmless);
                }
                RequestError::Network(_) | RequestError::Io(_) if attempt < ATTEMPTS => {}
                RequestError::Api(ApiError::Unknown(text))
                    if attempt < ATTEMPTS
                        && (text.starts_with("Internal Server Error") || text.starts_with("Bad Gateway")) => {}
                _ => {
                    tracing::warn!(method, error = kind(&error), "request failed");
                    return Err(Failed::Other);
                }
            }
            tracing::info!(method, attempt, "transient failure, retrying");
            tokio::time::sleep(backoff).await;
            backoff *= 2;
        }
        tracing::warn!(method, "request failed after retries");
        Err(Failed::Other)
    }

    /// Marks a private chat's user unreachable (or reachable again).
    pub async fn unreachable(&self, chat: ChatId, yes: bool) {
        let since = yes.then(|| self.app.now());
        if let Err(e) = self.app.set_unreachable(chat.0, since).await {
            tracing::warn!(error = crate::storage::error_kind(&e), "could not record reachability");
        }
    }
}

/// A name for the error's kind that carries no message text.
pub(crate) fn kind(e: &RequestError) -> &'static str {
    match e {
        RequestError::Api(ApiError::Unknown(_)) => "api: unknown",
        RequestError::Api(_) => "api",
        RequestError::MigrateToChatId(_) => "migrate to chat id",
        RequestError::RetryAfter(_) => "retry after",
        RequestError::Network(_) => "network",
        RequestError::InvalidJson { .. } => "invalid json",
        RequestError::Io(_) => "io",
    }
}
