//! The application service: one user event in, one transaction, views out.
//!
//! Loads the user and their conversation state, runs the conversation (or a data-rights command),
//! and writes the new state together with what it implies (consents, profile answers, ideas,
//! audit entries) in the same transaction, before the reply is shown. A concurrent write to the
//! same session is caught by the session's version column and the event is run again on the
//! fresh state.

use super::conversation::{Command, Conversation, Event, Reply, UserState};
use super::rights;
use super::view::{Button, Press, View};
use crate::domain::Programme;
use crate::flow::Arg;
use crate::flow::Registry;
use crate::i18n::Locales;
use crate::storage::profile::PURPOSES;
use crate::storage::purge::Retention;
use crate::storage::{Store, StoreError, audit, programmes, sessions, users};
use std::sync::Arc;

/// Settings of the data rules.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The privacy policy version recorded with every consent.
    pub policy_version: String,
    pub retention: Retention,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { policy_version: "2026-11".into(), retention: Retention::default() }
    }
}

/// What an adapter knows about an event beyond the event itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventContext<'a> {
    /// Telegram's `language_code`: only pre-selects in the language list; never stored.
    pub language_hint: Option<&'a str>,
    /// A valid deep-link payload of `/start`: where the user came from.
    pub start_payload: Option<&'a str>,
}

/// Who sent an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserRef {
    pub id: i64,
    pub chat_id: i64,
}

pub struct App {
    pub store: Store,
    pub flows: Registry,
    pub locales: Locales,
    pub settings: Settings,
    /// The programme catalogue, reloaded when the stored one changes.
    catalogue: std::sync::RwLock<Catalogue>,
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
    /// An app with an empty catalogue; [`App::open`] loads the stored one.
    pub fn new(store: Store, flows: Registry, locales: Locales, settings: Settings) -> App {
        App { store, flows, locales, settings, catalogue: Default::default() }
    }

    /// An app with the stored catalogue loaded.
    pub async fn open(store: Store, flows: Registry, locales: Locales, settings: Settings) -> Result<App, StoreError> {
        let app = App::new(store, flows, locales, settings);
        app.reload_catalogue().await?;
        Ok(app)
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
    async fn current_catalogue(&self) -> Result<Arc<Vec<Programme>>, StoreError> {
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

    /// The stored conversation state of a user, if any.
    pub async fn state(&self, user: i64) -> Result<Option<UserState>, StoreError> {
        let mut tx = self.store.begin().await?;
        let state = sessions::load(&mut tx, user).await?.map(|(s, _)| s);
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

    /// Handles one event with what the adapter knows about it.
    pub async fn handle_with(
        &self,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Result<Reply, StoreError> {
        for _ in 0..ATTEMPTS {
            match self.try_handle(user, event, ctx, now).await {
                Err(StoreError::Conflict) => continue,
                other => return other,
            }
        }
        tracing::warn!(attempts = ATTEMPTS, "session write kept colliding");
        Err(StoreError::Conflict)
    }

    async fn try_handle(
        &self,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Result<Reply, StoreError> {
        let catalogue = self.current_catalogue().await?;
        let conversation = Conversation { flows: &self.flows, locales: &self.locales, catalogue: &catalogue };
        let mut tx = self.store.begin().await?;
        let (row, stored) = match users::get_with_session(&mut tx, user.id).await? {
            Some((row, stored)) => (users::seen(&mut tx, row, user.chat_id, now).await?, stored),
            None => (users::create(&mut tx, user.id, user.chat_id, now).await?, None),
        };
        let (mut state, version) = match stored {
            Some((json, version)) => (sessions::parse(&json)?, Some(version)),
            None => (UserState { seed: random_seed(user.id, now), ..UserState::default() }, None),
        };
        if row.came_from.is_none()
            && let Some(payload) = ctx.start_payload
        {
            users::set_came_from(&mut tx, user.id, payload).await?;
        }
        state.hint = ctx.language_hint.and_then(|code| self.locales.negotiate(code)).map(|l| l.tag.clone());
        let before = state.clone();
        let tag = state.locale.clone().unwrap_or_else(|| crate::i18n::REFERENCE.into());
        let mut reply = Reply::default();
        match event {
            Event::Command(Command::Privacy) => {
                let days = self.settings.retention.session_idle_secs / 86_400;
                reply.views.push(View::Text(self.locales.text(&tag, "privacy-text", &[("days", Arg::Num(days))])));
            }
            Event::Command(Command::MyData) => {
                let export = rights::export(&mut tx, &row, &state).await?;
                reply.views.push(View::Document {
                    file_name: format!("sifor-{}.json", row.pseudonym),
                    caption: self.locales.text(&tag, "mydata-caption", &[]),
                    content: serde_json::to_string_pretty(&export).unwrap_or_default(),
                });
                audit::record(&mut tx, now, &row.pseudonym, "export", Some(&row.pseudonym), None).await?;
            }
            Event::Command(Command::Delete) => reply.views.push(View::Keyboard {
                text: self.locales.text(&tag, "delete-confirm", &[]),
                options: vec![
                    Button { label: self.locales.text(&tag, "delete-yes", &[]), press: Press::Delete(true) },
                    Button { label: self.locales.text(&tag, "delete-no", &[]), press: Press::Delete(false) },
                ],
                nav: Vec::new(),
                refresh: false,
            }),
            Event::Press(Press::Delete(true)) => {
                audit::forget(&mut tx, &row.pseudonym).await?;
                users::delete(&mut tx, user.id).await?;
                audit::record(&mut tx, now, "system", "user_deleted", None, None).await?;
                tx.commit().await?;
                reply.views.push(View::Text(self.locales.text(&tag, "delete-done", &[])));
                return Ok(reply);
            }
            Event::Press(Press::Delete(false)) => {
                reply.views.push(View::Text(self.locales.text(&tag, "delete-cancelled", &[])));
                conversation.show_current(&mut state, &mut reply);
            }
            Event::Command(Command::Consent) => reply.views.push(rights::consent_view(&self.locales, &tag, &state)),
            Event::Press(Press::Consent { purpose, on }) => {
                if let Some(purpose) = PURPOSES.get(usize::from(*purpose)) {
                    let msg = if *on && rights::is_minor(&state) {
                        "onb-too-young"
                    } else if *on == rights::consented(&state, purpose) {
                        // A second tap, or an old keyboard: already so.
                        if *on { "consent-given" } else { "consent-withdrawn" }
                    } else {
                        rights::set_consent_answer(&mut state, purpose, *on);
                        match (*on, *purpose) {
                            (true, _) => "consent-given",
                            (false, "profile") => "consent-withdrawn-profile",
                            (false, _) => "consent-withdrawn",
                        }
                    };
                    reply.views.push(View::Text(self.locales.text(&tag, msg, &[])));
                }
                reply.views.push(rights::consent_view(&self.locales, &tag, &state));
            }
            Event::Command(Command::Stop) => {
                rights::set_consent_answer(&mut state, "announcements", false);
                reply.views.push(View::Text(self.locales.text(&tag, "stop-done", &[])));
            }
            Event::Press(Press::Feedback { programme, saved }) => {
                if catalogue.iter().any(|p| p.id == *programme) {
                    programmes::feedback(&mut tx, programme, if *saved { "saved" } else { "not_relevant" }).await?;
                }
                let msg = if *saved { "feedback-saved" } else { "feedback-not-relevant" };
                reply.views.push(View::Text(self.locales.text(&tag, msg, &[])));
            }
            other => reply = conversation.handle(&mut state, other),
        }
        for handover in &reply.handovers {
            self.carry_out(&mut tx, &row, &mut state, handover, now).await?;
        }
        if let Some(m) = &reply.matched
            && rights::consented(&state, "profile")
        {
            let result = programmes::MatchResult {
                country: &m.country,
                region: &m.region,
                goals: &m.goals,
                matches: m.count as i64,
                top_filter: m.top_filter,
            };
            programmes::record_match(&mut tx, user.id, &result, now).await?;
        }
        self.persist(&mut tx, &row, &before, &state, now).await?;
        sessions::save(&mut tx, user.id, &state, version, now).await?;
        tx.commit().await?;
        Ok(reply)
    }
}

/// A nonce seed for a new user's first flow.
fn random_seed(user: i64, now: i64) -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(user);
    h.write_i64(now);
    h.finish() as u32
}

/// Message ids the app uses itself.
pub const MESSAGES: &[&str] = &[
    "privacy-text",
    "mydata-caption",
    "delete-confirm",
    "delete-yes",
    "delete-no",
    "delete-done",
    "delete-cancelled",
    "consent-title",
    "consent-on",
    "consent-off",
    "purpose-profile",
    "purpose-announcements",
    "purpose-ideas",
    "consent-given",
    "consent-withdrawn",
    "consent-withdrawn-profile",
    "stop-done",
];
