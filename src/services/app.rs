//! The application service: one user event in, views out, stored before they are shown.
//!
//! [`App::handle_with`] is a thin transactional shell. The event joins a batch of events of other
//! users waiting at the same moment ([`super::batch`]: group commit); in the batch's
//! transaction [`App::step`] loads the user and their conversation state, checks what the
//! user's role may do, hands the event to the use case that owns it, carries out what finished
//! flows hand over and persists the new state; the reply is released only after the batch
//! committed. When a batch fails, each of its events runs again alone: a concurrent write to the
//! same session is caught by the session's version column and the event runs again on the fresh
//! state; when the database fails, nothing half-written stays (the transaction is rolled back)
//! and the caller shows [`App::apology`].

use super::batch::{Batcher, Outcome};
use super::dispatch;
use super::handover;
use super::refugee::conversation::{Event, MenuChange, Reply, UserState};
use super::refugee::{self, profile};
use super::turn::Turn;
use crate::config::DataRules;
use crate::domain::Programme;
use crate::domain::clock::{Clock, SystemClock};
use crate::flow::Registry;
use crate::i18n::Locales;
use crate::storage::{Store, StoreError, Tx, programmes, sessions, users};
use std::sync::Arc;

/// What an adapter knows about an event beyond the event itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventContext<'a> {
    /// Telegram's `language_code`: only pre-selects in the language list; never stored.
    pub language_hint: Option<&'a str>,
    /// A valid deep-link payload of `/start`: where the user came from.
    pub start_payload: Option<&'a str>,
    /// What followed another command (`/checkin K7M2 PQ9X`); never stored or logged.
    pub arguments: Option<&'a str>,
}

/// Who sent an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserRef {
    pub id: i64,
    pub chat_id: i64,
}

/// Hooks for tests that must make the app fail on purpose (a handler that panics); empty in
/// production.
#[derive(Default, Clone)]
pub struct Hooks {
    /// Runs before every event is handled.
    pub before_event: Option<Arc<dyn Fn(UserRef) + Send + Sync>>,
    /// Runs inside the transaction, before the event's use case (in the writer of its batch).
    pub in_step: Option<Arc<dyn Fn(UserRef) + Send + Sync>>,
}

pub struct App {
    pub store: Store,
    pub flows: Registry,
    pub locales: Locales,
    pub rules: DataRules,
    pub clock: Arc<dyn Clock>,
    pub hooks: Hooks,
    /// The programme catalogue, reloaded when the stored one changes.
    catalogue: std::sync::RwLock<Catalogue>,
    /// The bot's Telegram username (for invitation links), once the adapter has asked.
    bot_username: std::sync::OnceLock<String>,
    /// Group commit of concurrent events.
    batcher: Batcher,
}

#[derive(Debug, Clone, Default)]
struct Catalogue {
    programmes: Arc<Vec<Programme>>,
    version: (i64, i64),
    checked: Option<std::time::Instant>,
}

/// How often the stored catalogue is checked for changes (an import by a partner).
const CATALOGUE_CHECK: std::time::Duration = std::time::Duration::from_secs(10);

/// Tries of one event when its session write collides with another.
const ATTEMPTS: usize = 3;

impl App {
    /// An app with an empty catalogue and the system clock; [`App::open`] loads the stored catalogue.
    pub fn new(store: Store, flows: Registry, locales: Locales, rules: DataRules) -> App {
        App {
            batcher: Batcher::new(store.backend()),
            store,
            flows,
            locales,
            rules,
            clock: Arc::new(SystemClock),
            hooks: Hooks::default(),
            catalogue: Default::default(),
            bot_username: Default::default(),
        }
    }

    /// An app with the stored catalogue loaded.
    pub async fn open(store: Store, flows: Registry, locales: Locales, rules: DataRules) -> Result<App, StoreError> {
        let app = App::new(store, flows, locales, rules);
        app.reload_catalogue().await?;
        // Ideas stored before ideas had pseudonyms get theirs once, here, not on every listing.
        let mut tx = app.store.begin().await?;
        crate::storage::ideas::name_unnamed(&mut tx).await?;
        tx.commit().await?;
        Ok(app)
    }

    /// The same app reading time from `clock` (tests move it).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> App {
        self.clock = clock;
        self
    }

    pub fn with_hooks(mut self, hooks: Hooks) -> App {
        self.hooks = hooks;
        self
    }

    /// Notes the bot's username (the first one given counts).
    pub fn set_bot_username(&self, name: &str) {
        let _ = self.bot_username.set(name.to_string());
    }

    pub fn bot_username(&self) -> Option<String> {
        self.bot_username.get().cloned()
    }

    /// Transactions that committed a batch of events, and the events they committed (events
    /// run alone after their batch failed are not counted).
    pub fn group_commits(&self) -> (u64, u64) {
        self.batcher.committed()
    }

    /// Seconds since the Unix epoch, by the app's clock.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Loads the catalogue from the store (after an import).
    pub async fn reload_catalogue(&self) -> Result<(), StoreError> {
        let version = programmes::version(&self.store).await?;
        let programmes = Arc::new(programmes::all(&self.store).await?);
        let mut c = self.catalogue.write().unwrap_or_else(|e| e.into_inner());
        *c = Catalogue { programmes, version, checked: Some(std::time::Instant::now()) };
        Ok(())
    }

    /// The catalogue, reloaded first if the stored one changed since the last check.
    pub(crate) async fn current_catalogue(&self) -> Result<Arc<Vec<Programme>>, StoreError> {
        let (programmes, version, due) = {
            let c = self.catalogue.read().unwrap_or_else(|e| e.into_inner());
            (c.programmes.clone(), c.version, c.checked.is_none_or(|t| t.elapsed() > CATALOGUE_CHECK))
        };
        if !due {
            return Ok(programmes);
        }
        if programmes::version(&self.store).await? != version {
            self.reload_catalogue().await?;
        } else {
            self.catalogue.write().unwrap_or_else(|e| e.into_inner()).checked = Some(std::time::Instant::now());
        }
        Ok(self.catalogue.read().unwrap_or_else(|e| e.into_inner()).programmes.clone())
    }

    /// The stored conversation state of a user, if any (unreadable state counts as none).
    pub async fn state(&self, user: i64) -> Result<Option<UserState>, StoreError> {
        let mut tx = self.store.begin().await?;
        let state = sessions::load(&mut tx, user).await?.and_then(|(json, _)| UserState::parse(&json));
        tx.commit().await?;
        Ok(state)
    }

    /// Handles one event of one user at time `now` (Unix seconds).
    pub async fn handle(&self, user: UserRef, event: Event<'_>, now: i64) -> Result<Reply, StoreError> {
        self.handle_with(user, event, &EventContext::default(), now).await
    }

    /// Records whether a user can be reached (blocked the bot, or came back).
    pub async fn set_unreachable(&self, user: i64, since: Option<i64>) -> Result<(), StoreError> {
        let mut tx = self.store.begin().await?;
        users::set_unreachable(&mut tx, user, since).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Notes that the chat of `user` now has the menu of `role` (after Telegram took it).
    pub async fn menu_done(&self, user: i64, role: crate::domain::Role) -> Result<(), StoreError> {
        let mut tx = self.store.begin().await?;
        users::set_menu(&mut tx, user, role).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The short apology shown when an event could not be handled (the database failed, or a
    /// bug): in the language Telegram suggests, as the user's own may be unreadable just then.
    pub fn apology(&self, language_hint: Option<&str>) -> String {
        let tag =
            language_hint.and_then(|code| self.locales.negotiate(code)).map_or(crate::i18n::REFERENCE, |l| &l.tag);
        self.locales.text(tag, "error-try-again", &[])
    }

    /// Handles one event with what the adapter knows about it: in a batch with other users'
    /// events ([`super::batch`]), or alone when its batch failed.
    pub async fn handle_with(
        &self,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Result<Reply, StoreError> {
        if let Some(hook) = &self.hooks.before_event {
            hook(user);
        }
        match self.batcher.submit(self, user, event, ctx, now).await {
            Outcome::Done(reply) => reply,
            Outcome::Panicked(panic) => std::panic::resume_unwind(panic),
            // Boxed: the alone path's state stays out of every waiting event's future.
            Outcome::Alone => Box::pin(self.alone(user, event, ctx, now)).await,
        }
    }

    /// The event in its own transaction, run again when its session write collides.
    async fn alone(
        &self,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Result<Reply, StoreError> {
        for _ in 0..ATTEMPTS {
            let catalogue = self.current_catalogue().await?;
            let tx = self.store.begin().await?;
            let (tx, result) = self.step(tx, user, event, ctx, now, &catalogue).await;
            match result {
                Ok(reply) => {
                    tx.commit().await?;
                    return Ok(reply);
                }
                Err(e) if e.is_retryable() => continue,
                Err(e) => return Err(e),
            }
        }
        tracing::warn!(attempts = ATTEMPTS, "session write kept colliding");
        Err(StoreError::Conflict)
    }

    /// Load, dispatch, persist inside `tx`, which the caller commits (alone or with its batch)
    /// or drops on an error, rolling everything of the event back.
    pub(crate) async fn step(
        &self,
        mut tx: Tx,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
        catalogue: &Arc<Vec<Programme>>,
    ) -> (Tx, Result<Reply, StoreError>) {
        let (row, state, version) = match self.load(&mut tx, user, ctx, now).await {
            Ok(loaded) => loaded,
            Err(e) => return (tx, Err(e)),
        };
        if let Some(hook) = &self.hooks.in_step {
            hook(user);
        }
        let mut turn = Turn::new(tx, row, state, catalogue, now);
        turn.start_payload = ctx.start_payload.map(str::to_string);
        turn.arguments = ctx.arguments.map(str::to_string);
        let result = self.run(&mut turn, user, event, version, now).await;
        let Turn { tx, reply, .. } = turn;
        (tx, result.map(|()| reply))
    }

    /// The user (created on first contact) and their conversation state with its version.
    async fn load(
        &self,
        tx: &mut Tx,
        user: UserRef,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Result<(users::User, UserState, Option<i64>), StoreError> {
        let (row, stored) = match users::get_with_session(tx, user.id).await? {
            Some((row, stored)) => (users::seen(tx, row, user.chat_id, now).await?, stored),
            None => (users::create(tx, user.id, user.chat_id, now).await?, None),
        };
        let version = stored.as_ref().map(|(_, v)| *v);
        let mut state = match stored.and_then(|(json, _)| UserState::parse(&json)) {
            Some(state) => state,
            None => UserState::fresh(&row, now),
        };
        // Where the user came from, unless the payload is an invitation token: a token is
        // never stored, valid or not.
        if row.came_from.is_none()
            && let Some(payload) = ctx.start_payload.filter(|p| !crate::domain::staff::is_token(p))
        {
            users::set_came_from(tx, user.id, payload).await?;
        }
        state.hint = ctx.language_hint.and_then(|code| self.locales.negotiate(code)).map(|l| l.tag.clone());
        Ok((row, state, version))
    }

    /// The use case, what finished flows hand over, the menus, the profile and the session.
    async fn run(
        &self,
        turn: &mut Turn<'_>,
        user: UserRef,
        event: Event<'_>,
        version: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError> {
        let before = turn.state.clone();
        let allowed = match event {
            Event::Command(c) => c.spec().audience.includes(turn.user.role),
            _ => true,
        };
        // A command of another role is answered as any unknown command: nothing revealed.
        dispatch::route(self, turn, if allowed { event } else { Event::UnknownCommand }).await?;
        if turn.deleted {
            if turn.user.menu.is_staff() || turn.user.role.is_staff() {
                let (user_id, chat_id) = (turn.user.id, turn.user.chat_id);
                let locale = crate::i18n::REFERENCE.to_string();
                turn.reply.menus.push(MenuChange { user_id, chat_id, role: crate::domain::Role::Refugee, locale });
            }
            return Ok(());
        }
        for done in std::mem::take(&mut turn.reply.handovers) {
            handover::carry_out(self, turn, &done).await?;
        }
        refugee::matches::record(turn).await?;
        // The chat's command menu follows the role (granted, revoked here or from the CLI); it
        // is noted as set only when Telegram took it, so until then every event asks again.
        if turn.user.menu != turn.user.role {
            let (user_id, chat_id, role, locale) = (turn.user.id, turn.user.chat_id, turn.user.role, turn.tag());
            turn.reply.menus.push(MenuChange { user_id, chat_id, role, locale });
        }
        profile::persist(self, turn, &before).await?;
        let json = turn.state.to_json();
        sessions::save(&mut turn.tx, user.id, &json, &turn.state.position(), version, now).await?;
        Ok(())
    }
}

/// Message ids the shell uses itself.
pub const MESSAGES: &[&str] = &["error-try-again"];
