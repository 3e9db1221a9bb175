//! The composition root: settings in, a running application out. [`load_content`] reads and
//! checks flows and locales, [`open_app`] connects the store and builds the [`App`],
//! [`run_until_stopped`] runs the bot and the workers (the broadcaster and the retention purge)
//! until one shared shutdown signal, [`run_with_public`] adds the public feed and page
//! (`SIFOR_PUBLIC_LISTEN`) to them, and [`run_workers`] runs the workers alone (`sifor worker`).

use crate::config::{self, Content, DataRules};
use crate::flow::Registry;
use crate::i18n::Locales;
use crate::services::app::App;
use crate::services::workers;
use crate::storage::{Store, StoreError};
use crate::telegram::outbox::TelegramOutbox;
use crate::telegram::{self, RunError};
use std::future::Future;
use std::sync::Arc;

/// Loads locales and flows together (flows are checked against the locales' messages); every
/// problem at once.
pub fn load_content(content: &Content) -> Result<(Registry, Locales), Vec<String>> {
    let locales = Locales::load(&content.locales)?;
    let flows =
        Registry::load(&content.flows, &locales).map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok((flows, locales))
}

/// Connects the store (running its migrations) and builds the app with the stored catalogue.
pub async fn open_app(
    database_url: &str,
    flows: Registry,
    locales: Locales,
    rules: DataRules,
) -> Result<App, StoreError> {
    let store = Store::open(database_url).await?;
    App::open(store, flows, locales, rules).await
}

/// A shutdown signal that many tasks can wait on.
#[derive(Clone)]
pub struct Shutdown(tokio::sync::watch::Receiver<bool>);

impl Shutdown {
    /// A signal that fires when `signal` resolves.
    pub fn on(signal: impl Future<Output = ()> + Send + 'static) -> Shutdown {
        let (tx, rx) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            signal.await;
            let _ = tx.send(true);
        });
        Shutdown(rx)
    }

    /// Resolves once the signal fired (at once if it already has).
    pub async fn wait(mut self) {
        let _ = self.0.wait_for(|stopped| *stopped).await;
    }
}

/// Runs the bot and (unless `broadcast.workers` is off) the workers until `shutdown`.
pub async fn run_until_stopped(
    app: Arc<App>,
    telegram: config::Telegram,
    broadcast: config::Broadcast,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let shutdown = Shutdown::on(shutdown);
    let workers = broadcast.workers.then(|| {
        let outbox = telegram::outbox(app.clone(), &telegram);
        tokio::spawn(run_workers(app.clone(), outbox, broadcast, shutdown.clone()))
    });
    let result = telegram::run(app, telegram, shutdown.clone().wait()).await;
    if let Some(workers) = workers {
        // They end on the same signal; if the bot stopped on its own (a bad token), stop them too.
        if result.is_err() {
            workers.abort();
        }
        let _ = workers.await;
    }
    result
}

/// The public feed and page's listener, bound (see [`bind_public`]).
pub struct PublicListener {
    listener: tokio::net::TcpListener,
    settings: config::Public,
}

impl PublicListener {
    /// The address it listens on (the port chosen when it was 0).
    pub fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.listener.local_addr()
    }
}

/// Binds `SIFOR_PUBLIC_LISTEN` before anything starts, so that a taken port stops `sifor run`
/// at once with a clear message.
pub async fn bind_public(settings: config::Public) -> Result<PublicListener, String> {
    let listener = crate::web::bind(settings.listen).await?;
    Ok(PublicListener { listener, settings })
}

/// `sifor run`: the bot and the workers ([`run_until_stopped`]) and, when `public` is given, the
/// public feed and page on its listener, all until the same `shutdown`.
pub async fn run_with_public(
    app: Arc<App>,
    telegram: config::Telegram,
    broadcast: config::Broadcast,
    public: Option<PublicListener>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let shutdown = Shutdown::on(shutdown);
    let web = public.map(|p| {
        let router = crate::web::served(app.clone(), p.settings.bot_username, crate::web::cache::TTL);
        tokio::spawn(crate::web::serve_on(p.listener, router, shutdown.clone().wait()))
    });
    let result = run_until_stopped(app, telegram, broadcast, shutdown.wait()).await;
    if let Some(web) = web {
        // It ends on the same signal; if the bot stopped on its own (a bad token), stop it too.
        if result.is_err() {
            web.abort();
        }
        if let Ok(Err(e)) = web.await {
            tracing::warn!(error = %e, "the public listener failed");
        }
    }
    result
}

/// The background workers alone (`sifor worker`, and beside the bot in `sifor run`): the
/// broadcaster and the retention purge, until `shutdown`. The broadcaster finishes the batch it
/// claimed before it stops.
pub async fn run_workers(app: Arc<App>, outbox: TelegramOutbox, broadcast: config::Broadcast, shutdown: Shutdown) {
    let purge = tokio::spawn(workers::purge::run(
        app.store.clone(),
        app.rules.clone(),
        app.clock.clone(),
        shutdown.clone().wait(),
    ));
    let broadcaster = workers::broadcast::Broadcaster::new(app, Arc::new(outbox), broadcast);
    broadcaster.run(BROADCAST_IDLE, shutdown.wait()).await;
    purge.abort();
    let _ = purge.await;
}

/// How often an idle broadcaster looks for work.
pub const BROADCAST_IDLE: std::time::Duration = std::time::Duration::from_millis(500);

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// Warnings by default.
const DEFAULT_LOG: &str = "warn";

/// Never teloxide's own update logging, whatever `SIFOR_LOG` says: it prints whole updates and
/// response bodies (users' texts, names, invitation tokens) when something fails to parse.
/// sifor logs those failures by kind.
const ALWAYS_OFF: &str = "teloxide::dispatching=off,teloxide::update_listeners=off,teloxide::error_handlers=off";

/// Logging to stderr (`SIFOR_LOG` filters), and panics reported by place only: a panic message
/// can quote the data it choked on, which may be what a user wrote.
pub fn init_process() {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(log_filter(std::env::var("SIFOR_LOG").ok().as_deref()))
        .init();
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        tracing::error!(at = %place, "a panic; the update it happened in was answered with an apology");
    }));
}

/// The log filter: the operator's (`SIFOR_LOG`) or the default, without any directive that
/// names teloxide (a more specific one, such as `teloxide::update_listeners::webhooks::axum`,
/// would win over [`ALWAYS_OFF`]), then [`ALWAYS_OFF`].
pub fn log_filter(wanted: Option<&str>) -> tracing_subscriber::EnvFilter {
    let kept: Vec<&str> = wanted
        .unwrap_or(DEFAULT_LOG)
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty() && !d.contains("teloxide"))
        .collect();
    let base = if kept.is_empty() { DEFAULT_LOG.to_string() } else { kept.join(",") };
    tracing_subscriber::EnvFilter::try_new(format!("{base},{ALWAYS_OFF}"))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("{DEFAULT_LOG},{ALWAYS_OFF}")))
}
