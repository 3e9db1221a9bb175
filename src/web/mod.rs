//! The public feed and page for the project's website, served by `sifor run` when
//! `SIFOR_PUBLIC_LISTEN` is set: JSON, Atom and iCalendar feeds under `/feed/` ([`feed`],
//! [`atom`]) and a server-rendered page per locale at `/` and `/<locale>/` ([`page`]). Only what
//! may be public is read ([`crate::storage::public`], the stories' `SHOWN` rule); counts under 5
//! show as "<5". Every answer carries an `ETag` and, where known, `Last-Modified` ([`http`]).
//!
//! This module sits beside [`crate::telegram`]: it uses services, storage, domain and i18n, and
//! nothing below it uses it.

pub mod atom;
pub mod cache;
pub mod feed;
pub mod http;
pub mod page;

use crate::config;
use crate::services::app::App;
use crate::storage::{StoreError, Tx};
use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

/// Every message id the page uses besides the ones the bot's own views use.
pub const MESSAGES: &[&str] = page::MESSAGES;

/// What every handler shares.
pub struct Web {
    pub app: Arc<App>,
    /// `SIFOR_BOT_USERNAME`, for when the bot has not said its name yet.
    fallback_username: Option<String>,
    /// Answers kept in memory for a while (the served router; tests see every change at once).
    cache: Option<cache::Cache>,
}

impl Web {
    /// The bot's username: the one Telegram told the running bot, else the configured one.
    pub fn bot_username(&self) -> Option<String> {
        self.app.bot_username().or_else(|| self.fallback_username.clone())
    }

    /// The host part of calendar UIDs (the same as the calendar files the bot sends).
    pub fn host(&self) -> String {
        self.bot_username().unwrap_or_else(|| "sifor".into())
    }

    /// The status every idea gets on arrival (the statuses file's first).
    pub fn first_status(&self) -> String {
        self.app.flows.statuses().list.first().map_or_else(|| "received".to_string(), |s| s.id.clone())
    }

    /// A read transaction (SQLite: deferred, so it never takes the write lock the bot needs):
    /// every query of one answer sees the same state.
    pub async fn read(&self) -> Result<Tx, StoreError> {
        Ok(self.app.store.pool().begin().await?)
    }

    /// `?lang=` (a locale tag of the bot), `en` when absent; unknown → 400.
    pub fn lang(&self, query: &http::Query) -> Result<String, http::BadQuery> {
        match query.get("lang") {
            None => Ok(crate::i18n::REFERENCE.to_string()),
            Some(tag) => self.app.locales.language(tag).map(|l| l.tag.clone()).ok_or_else(|| {
                let tags: Vec<&str> = self.app.locales.languages().iter().map(|l| l.tag.as_str()).collect();
                http::BadQuery(format!("`lang` must be one of {}", tags.join(", ")))
            }),
        }
    }
}

/// The routes of the public feed and page; the bot's username comes from the app.
pub fn router(app: Arc<App>) -> Router {
    router_with(app, None)
}

/// [`router`] with a username for the "talk to the bot" link until the bot knows its own.
pub fn router_with(app: Arc<App>, fallback_username: Option<String>) -> Router {
    routes(Arc::new(Web { app, fallback_username, cache: None }))
}

/// The router `sifor run` serves: every answer kept for [`cache::TTL`], a few built at a time.
pub fn served(app: Arc<App>, fallback_username: Option<String>, ttl: std::time::Duration) -> Router {
    routes(Arc::new(Web { app, fallback_username, cache: Some(cache::Cache::new(ttl)) }))
}

fn routes(web: Arc<Web>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/{locale}", get(page::to_folder))
        .route("/{locale}/", get(page::localized))
        .route("/feed/events.ics", get(feed::events_ics).options(http::preflight))
        .route("/feed/events.json", get(feed::events_json).options(http::preflight))
        .route("/feed/stories.json", get(feed::stories_json).options(http::preflight))
        .route("/feed/stories.atom", get(feed::stories_atom).options(http::preflight))
        .route("/feed/ideas.json", get(feed::ideas_json).options(http::preflight))
        .route("/feed/stats.json", get(feed::stats_json).options(http::preflight))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(web.clone(), cache::layer))
        .with_state(web)
}

/// Anything else: a JSON 404 under `/feed/`, the page's 404 elsewhere.
async fn not_found(axum::extract::State(web): axum::extract::State<Arc<Web>>, request: Request) -> Response {
    if request.uri().path().starts_with("/feed/") {
        return http::error(StatusCode::NOT_FOUND, "no such feed");
    }
    page::not_found(&web, crate::i18n::REFERENCE)
}

/// The listener of the public side, bound before anything else starts so that a taken port
/// stops `sifor run` at once with a clear message.
pub async fn bind(listen: SocketAddr) -> Result<tokio::net::TcpListener, String> {
    tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("SIFOR_PUBLIC_LISTEN {listen}: cannot listen there ({e})"))
}

/// Serves the public feed and page on `public.listen` until `shutdown`.
pub async fn serve(
    app: Arc<App>,
    public: config::Public,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let listener = bind(public.listen).await?;
    serve_on(listener, served(app, public.bot_username, cache::TTL), shutdown).await.map_err(|e| e.to_string())
}

/// Serves `router` on a bound listener until `shutdown` (requests in progress finish).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router).with_graceful_shutdown(shutdown).await
}
