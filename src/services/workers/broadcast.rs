//! The broadcaster: delivers announcements from the ledger, and tells authors the statuses
//! partners published for their ideas. [`Broadcaster::try_deliver_next`]
//! is one step (claim a batch, send it paced, record every outcome); [`Broadcaster::run`] repeats
//! it until shutdown. Any number of processes may run it against one PostgreSQL ledger.
//!
//! At most once: a row is `sending` before its message goes out; a worker that dies mid-send
//! leaves it so, and after the lease it becomes `unknown` and is not tried again. The canary
//! (the coordinator's own chat and about 2 % of the audience) goes first; if too many of those
//! are blocked or fail, the broadcast pauses and the coordinator is asked. Sent copies behind
//! the announcement's revision (a fixed text, a cancellation) are edited through the same pacing.

use super::pacer::Pacer;
use crate::config::Broadcast;
use crate::services::app::App;
use crate::services::coordinator::{card, progress};
use crate::services::refugee::rsvp;
use crate::services::refugee::view::View;
use crate::storage::announcements::{self, State, Stored};
use crate::storage::deliveries::{self, Claimed, Outcome};
use crate::storage::{StoreError, Tx, events, ideas};
use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// What a Bot API call for a broadcast came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Sent (or edited): the message id.
    Sent(i64),
    /// The user blocked the bot or deleted their account.
    Blocked,
    /// Telegram asks to wait this many seconds and send the same request again.
    RetryAfter(u64),
    /// Anything else (a kind, never a text).
    Failed(&'static str),
}

/// Where broadcasts go: the Telegram adapter, or a recording fake in tests.
pub trait Outbox: Send + Sync + 'static {
    /// Sends a view as one message.
    fn send(&self, chat_id: i64, view: &View, paid: bool) -> impl Future<Output = Delivery> + Send;
    /// Replaces a sent message's text and buttons.
    fn edit(&self, chat_id: i64, message_id: i64, view: &View) -> impl Future<Output = Delivery> + Send;
}

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing to send or edit now.
    Idle,
    /// Sent (or edited) this many messages.
    Worked(usize),
}

/// How often the coordinator's progress message may change.
pub const PROGRESS_EVERY: i64 = 3;

/// The card of each reader of a batch.
type Views = HashMap<i64, View>;

/// A send's result, with the broadcast and revision it belongs to.
type Sent = (i64, i64, i64, Outcome);

pub struct Broadcaster<O> {
    pub app: Arc<App>,
    pub outbox: Arc<O>,
    pub pacer: Arc<Pacer>,
    pub settings: Broadcast,
    /// Sends in flight, and those still running when their batch's time was up (Telegram answered a 5xx slowly, a
    /// connection hung): recorded by a later step, so one slow send never holds the rest back.
    stragglers: tokio::sync::Mutex<tokio::task::JoinSet<Sent>>,
    /// When the events were last looked at (see [`super::events`]).
    pub(super) events_planned: std::sync::Mutex<i64>,
}

/// Failed sends in one batch (at least half of it) that pause the broadcast.
const ERROR_BURST: usize = 5;

/// How long a step waits for its batch beyond the batch's own sending time.
const BATCH_GRACE: Duration = Duration::from_secs(1);

impl<O: Outbox> Broadcaster<O> {
    pub fn new(app: Arc<App>, outbox: Arc<O>, settings: Broadcast) -> Self {
        let pacer = Arc::new(Pacer::new(settings.rate));
        Broadcaster { app, outbox, pacer, settings, stragglers: Default::default(), events_planned: Default::default() }
    }

    /// Rows claimed at once: about half a second of sending (a pause takes effect after it).
    fn batch(&self) -> i64 {
        (i64::from(self.settings.rate) / 2).clamp(5, 500)
    }

    /// One step: stragglers of earlier batches recorded, housekeeping (interrupted rows,
    /// expiry), then one batch of the oldest running broadcast that has work, else one batch of
    /// edits.
    pub async fn try_deliver_next(&self) -> Result<Step, StoreError> {
        let late = self.collect_stragglers(false).await;
        self.record(late).await?;
        // While Telegram asks to wait, nothing new is claimed: claimed rows would only wait in
        // memory and outlive their lease.
        if self.pacer.is_paused() {
            return Ok(Step::Idle);
        }
        let now = self.app.now();
        // Events' own messages (offers, reminders, changes) are few and cannot wait.
        self.plan_events(now, false).await?;
        let sent = self.send_event_messages(now).await? + self.send_relayed(now).await?;
        if sent > 0 {
            return Ok(Step::Worked(sent));
        }
        let mut tx = self.app.store.begin().await?;
        deliveries::recover(&mut tx, now, self.settings.lease_secs).await?;
        deliveries::expire(&mut tx, now).await?;
        // Authors told of their ideas' published statuses come first: they are few.
        let due = ideas::claim_notices(&mut tx, now, self.settings.lease_secs, self.batch()).await?;
        if !due.is_empty() {
            tx.commit().await?;
            let n = due.len();
            self.notify_authors(due, now).await?;
            return Ok(Step::Worked(n));
        }
        // Corrections next: they are few, and a cancellation must not wait behind another
        // broadcast.
        for (id, revision) in announcements::revised(&mut tx, now).await? {
            let claimed =
                deliveries::claim_edits(&mut tx, id, revision, self.batch(), now, self.settings.lease_secs).await?;
            if claimed.is_empty() {
                continue;
            }
            let Some(stored) = announcements::get(&mut tx, id).await? else { continue };
            tx.commit().await?;
            let n = claimed.len();
            let views = self.views_for(&stored, &claimed).await?;
            let users = self.edit_all(claimed, views).await;
            let mut tx = self.app.store.begin().await?;
            deliveries::record_edits(&mut tx, id, &users, revision, self.app.now()).await?;
            tx.commit().await?;
            return Ok(Step::Worked(n));
        }
        let mut progressed = false;
        for id in announcements::running(&mut tx).await? {
            let Some(stored) = announcements::get(&mut tx, id).await? else { continue };
            let claimed = deliveries::claim(&mut tx, id, !stored.canary_checked, self.batch(), now).await?;
            if claimed.is_empty() {
                progressed |= self.between_phases(&mut tx, &stored, now).await?;
                continue;
            }
            tx.commit().await?;
            let n = claimed.len();
            // The canary is waited for whole (it is judged next); later batches overlap: the next
            // one is claimed while the last fifth of a second of this one still goes out.
            let overlap = if stored.canary_checked { (self.settings.rate / 5) as usize } else { 0 };
            let views = self.views_for(&stored, &claimed).await?;
            let outcomes = self.send_all(&stored, claimed, overlap, views).await;
            // Among this broadcast's sends that ended in this step (the batch's and earlier ones').
            let ended = outcomes.iter().filter(|(a, _, _, o)| *a == id && !matches!(o, Outcome::Skipped(_))).count();
            let failed = outcomes.iter().filter(|(a, _, _, o)| *a == id && matches!(o, Outcome::Failed(_))).count();
            self.record(outcomes).await?;
            if failed >= ERROR_BURST && failed * 2 >= ended {
                // Telegram or the network is failing: pause rather than burn through the ledger.
                let mut tx = self.app.store.begin().await?;
                let now = self.app.now();
                announcements::transition(&mut tx, id, &[State::Running], State::Paused, Some("errors"), now).await?;
                tx.commit().await?;
                tracing::warn!(announcement = id, failed, "many sends failed; broadcast paused");
            }
            self.show_progress(id, false).await?;
            return Ok(Step::Worked(n));
        }
        tx.commit().await?;
        // Nothing new to claim: the sends still going out are waited for and recorded.
        let late = self.collect_stragglers(true).await;
        if !late.is_empty() {
            let n = late.len();
            self.record(late).await?;
            return Ok(Step::Worked(n));
        }
        // A judged canary or a finished broadcast: the next step may have work at once.
        Ok(if progressed { Step::Worked(0) } else { Step::Idle })
    }

    /// Writes outcomes to the ledger, grouped by broadcast and revision.
    async fn record(&self, mut outcomes: Vec<Sent>) -> Result<(), StoreError> {
        if outcomes.is_empty() {
            return Ok(());
        }
        outcomes.sort_by_key(|(a, r, u, _)| (*a, *r, *u));
        let mut tx = self.app.store.begin().await?;
        for group in outcomes.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1) {
            let (id, revision) = (group[0].0, group[0].1);
            let rows: Vec<(i64, Outcome)> = group.iter().map(|(_, _, u, o)| (*u, o.clone())).collect();
            deliveries::record(&mut tx, id, &rows, revision, self.app.now()).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The outcomes of stragglers that finished (all of them, waiting, when `wait`).
    async fn collect_stragglers(&self, wait: bool) -> Vec<Sent> {
        let mut set = self.stragglers.lock().await;
        let mut out = Vec::new();
        loop {
            let next = if wait { set.join_next().await } else { set.try_join_next() };
            match next {
                Some(Ok(sent)) => out.push(sent),
                Some(Err(_)) => tracing::error!("a broadcast send panicked"),
                None => return out,
            }
        }
    }

    /// A broadcast with nothing to claim: the canary is through (judge it), or everything is
    /// (done), or another worker still holds rows (wait). Whether its state changed.
    async fn between_phases(&self, tx: &mut Tx, stored: &Stored, now: i64) -> Result<bool, StoreError> {
        if !stored.canary_checked {
            let canary = deliveries::canary_counts(tx, stored.id).await?;
            // A canary send still going out keeps its row `sending`.
            if canary.pending + canary.sending > 0 {
                return Ok(false);
            }
            // A canary row whose send was cut off proves nothing good.
            let bad = canary.blocked + canary.failed + canary.unknown;
            let judged = canary.sent + bad;
            if judged > 0 && bad * 100 > i64::from(self.settings.canary_max_percent) * judged {
                announcements::transition(tx, stored.id, &[State::Running], State::Paused, Some("canary"), now).await?;
                tracing::warn!(announcement = stored.id, bad, judged, "canary failed; broadcast paused");
            } else {
                announcements::set_canary_checked(tx, stored.id).await?;
            }
            return Ok(true);
        }
        let counts = deliveries::counts(tx, stored.id).await?;
        if counts.pending + counts.sending == 0 {
            return announcements::transition(tx, stored.id, &[State::Running], State::Done, None, now).await;
        }
        Ok(false)
    }

    /// Sends the cards of a batch, each in its reader's language, paced; a 429 pauses all
    /// sending and the same request goes again. Returns what finished within the batch's time;
    /// the rest is left to [`Self::collect_stragglers`].
    async fn send_all(&self, stored: &Stored, claimed: Vec<Claimed>, overlap: usize, mut views: Views) -> Vec<Sent> {
        let mut tasks = self.stragglers.lock().await;
        let mut out = Vec::with_capacity(claimed.len());
        let (id, revision) = (stored.id, stored.revision);
        let span = Duration::from_secs(1) * claimed.len() as u32 / self.settings.rate.max(1);
        for c in claimed {
            // The author's own copy goes whatever their consents: it is the first check.
            if !c.reachable && stored.author_chat != Some(c.chat_id) {
                out.push((id, revision, c.user_id, Outcome::Skipped("opted out")));
                continue;
            }
            let Some(view) = views.remove(&c.user_id) else { continue };
            let (outbox, pacer, paid) = (self.outbox.clone(), self.pacer.clone(), self.settings.paid);
            tasks.spawn(async move {
                let outcome = loop {
                    pacer.wait(c.chat_id).await;
                    match outbox.send(c.chat_id, &view, paid).await {
                        Delivery::RetryAfter(secs) => {
                            pacer.pause_until(tokio::time::Instant::now() + Duration::from_secs(secs.clamp(1, 3_600)));
                        }
                        Delivery::Sent(message_id) => break Outcome::Sent { message_id },
                        Delivery::Blocked => break Outcome::Blocked,
                        Delivery::Failed(why) => break Outcome::Failed(why),
                    }
                };
                (id, revision, c.user_id, outcome)
            });
        }
        // The batch's sends (and any earlier stragglers) are collected until at most `overlap`
        // still run, or the batch's time is up; the rest is recorded by a later step.
        let deadline = tokio::time::Instant::now() + span + BATCH_GRACE;
        while tasks.len() > overlap
            && let Ok(next) = tokio::time::timeout_at(deadline, tasks.join_next()).await
        {
            match next {
                Some(Ok(sent)) => out.push(sent),
                // A panic in one send: its row stays `sending` and becomes `unknown`.
                Some(Err(_)) => tracing::error!("a broadcast send panicked"),
                None => break,
            }
        }
        out
    }

    /// Edits the sent copies of a batch to the current revision; the users whose copy is done
    /// (edited, or no longer editable).
    async fn edit_all(&self, claimed: Vec<Claimed>, mut views: Views) -> Vec<i64> {
        let mut tasks = tokio::task::JoinSet::new();
        for c in claimed {
            let Some(message_id) = c.message_id else { continue };
            let Some(view) = views.remove(&c.user_id) else { continue };
            let (outbox, pacer) = (self.outbox.clone(), self.pacer.clone());
            tasks.spawn(async move {
                loop {
                    pacer.wait(c.chat_id).await;
                    match outbox.edit(c.chat_id, message_id, &view).await {
                        Delivery::RetryAfter(secs) => {
                            pacer.pause_until(tokio::time::Instant::now() + Duration::from_secs(secs.clamp(1, 3_600)));
                        }
                        _ => break c.user_id,
                    }
                }
            });
        }
        let mut users = Vec::new();
        while let Some(done) = tasks.join_next().await {
            if let Ok(user) = done {
                users.push(user);
            }
        }
        users
    }

    /// The card of a batch, each in its reader's language; an event's card also shows each
    /// reader's own registration.
    async fn views_for(&self, stored: &Stored, claimed: &[Claimed]) -> Result<Views, StoreError> {
        let locales = &self.app.locales;
        let mut tx = self.app.store.begin().await?;
        let event = events::get(&mut tx, stored.id).await?;
        let mut registrations: HashMap<i64, events::Registration> = match &event {
            Some(_) => {
                let users: Vec<i64> = claimed.iter().map(|c| c.user_id).collect();
                let found = events::registrations_of(&mut tx, stored.id, &users).await?;
                found.into_iter().map(|r| (r.user_id, r)).collect()
            }
            None => HashMap::new(),
        };
        let mut views = HashMap::with_capacity(claimed.len());
        let now = self.app.now();
        for c in claimed {
            let tag = self.reader_tag(c.locale.as_deref());
            let view = match &event {
                Some(ev) => {
                    let mine = registrations.remove(&c.user_id);
                    rsvp::reader_card(&self.app, &mut tx, &tag, stored, ev, mine.as_ref(), now).await?
                }
                None => card::card(locales, &tag, stored.id, &stored.content, stored.cancelled),
            };
            views.insert(c.user_id, view);
        }
        tx.commit().await?;
        Ok(views)
    }

    pub(super) fn reader_tag(&self, locale: Option<&str>) -> String {
        locale.filter(|l| self.app.locales.language(l).is_some()).unwrap_or(crate::i18n::REFERENCE).to_string()
    }

    /// Shows the coordinator how the broadcast goes: a new message the first time, then the same
    /// one edited, at most every [`PROGRESS_EVERY`] seconds unless `force`d (a state change).
    pub async fn show_progress(&self, id: i64, force: bool) -> Result<(), StoreError> {
        let now = self.app.now();
        let mut tx = self.app.store.begin().await?;
        let Some(stored) = announcements::get(&mut tx, id).await? else { return Ok(()) };
        let Some(chat) = stored.author_chat else { return Ok(()) };
        if !force && now - stored.progress_at < PROGRESS_EVERY && stored.state == State::Running {
            return Ok(());
        }
        let counts = deliveries::counts(&mut tx, id).await?;
        let author_locale = announcements::author_locale(&mut tx, &stored.author).await?;
        // Noted before sending, so two workers do not both send a first progress message.
        announcements::set_progress(&mut tx, id, None, now).await?;
        tx.commit().await?;
        let tag = self.reader_tag(author_locale.as_deref());
        let view = progress::view(&self.app.locales, &tag, &stored, &counts, self.settings.rate);
        self.pacer.wait(chat).await;
        let sent = match stored.progress_message {
            Some(message) => self.outbox.edit(chat, message, &view).await,
            None => self.outbox.send(chat, &view, false).await,
        };
        if let (None, Delivery::Sent(message)) = (stored.progress_message, sent) {
            let mut tx = self.app.store.begin().await?;
            announcements::set_progress(&mut tx, id, Some(message), now).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Runs steps until `shutdown`: straight on while there is work, else every `idle`; a
    /// claimed batch is always finished and recorded before stopping.
    pub async fn run(self, idle: Duration, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut states: std::collections::HashMap<i64, State> = Default::default();
        loop {
            // A step is never cut off: its claimed batch is sent and recorded first.
            tokio::select! {
                biased;
                _ = &mut shutdown => return self.finish().await,
                _ = std::future::ready(()) => {}
            }
            let step = self.try_deliver_next().await;
            let wait = match step {
                Ok(Step::Worked(_)) => Duration::ZERO,
                Ok(Step::Idle) => idle,
                Err(e) => {
                    tracing::warn!(error = crate::storage::error_kind(&e), "broadcast step failed");
                    idle.max(Duration::from_secs(1))
                }
            };
            // A broadcast that paused, finished or was aborted shows it at once.
            if let Ok(changed) = self.changed_states(&mut states).await {
                for id in changed {
                    let _ = self.show_progress(id, true).await;
                }
            }
            if !wait.is_zero() {
                tokio::select! {
                    _ = &mut shutdown => return self.finish().await,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }

    /// Before stopping: every send still running is awaited and recorded.
    async fn finish(&self) {
        let late = self.collect_stragglers(true).await;
        if let Err(e) = self.record(late).await {
            tracing::warn!(error = crate::storage::error_kind(&e), "recording the last sends failed");
        }
    }

    async fn changed_states(&self, seen: &mut std::collections::HashMap<i64, State>) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.app.store.begin().await?;
        let now = announcements::states_since(&mut tx, self.app.now() - 86_400).await?;
        tx.commit().await?;
        let mut changed = Vec::new();
        for (id, state) in now {
            if seen.insert(id, state).is_some_and(|before| before != state) {
                changed.push(id);
            }
        }
        Ok(changed)
    }
}
