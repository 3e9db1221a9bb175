//! Events in the broadcaster's step: offers that lapsed move on to the next in line, "still
//! coming?" about 48 hours before, reminders at the configured offsets, and every message an
//! event writes for one person (an offer, a move, a cancel, a calendar file, the organisers'
//! message) sent through the same pacing. Each message is checked again when it is sent: a
//! reminder or "still coming?" written for an earlier start (the event moved) or a cancelled
//! event, an offer already answered, an older calendar file: skipped, never sent.

use super::broadcast::{Broadcaster, Delivery, Outbox};
use crate::domain::event::{self, Status};
use crate::flow::Arg;
use crate::services::coordinator::card;
use crate::services::refugee::rsvp;
use crate::services::refugee::view::{Button, EventAction, Press, View};
use crate::storage::event_messages::{self, Due};
use crate::storage::{StoreError, announcements, events};
use std::time::Duration;

/// How often (by the app's clock) the events are looked at for lapsed offers and due questions.
pub const PLAN_EVERY: i64 = 10;

impl<O: Outbox> Broadcaster<O> {
    /// Lapses offers, asks "still coming?", writes due reminders: for every open event, under its
    /// lock; then escalates ideas nobody acknowledged ([`super::relay`]). At most every
    /// [`PLAN_EVERY`] seconds unless `force`d. How many event messages it wrote.
    pub async fn plan_events(&self, now: i64, force: bool) -> Result<usize, StoreError> {
        {
            let mut last = self.events_planned.lock().unwrap_or_else(|e| e.into_inner());
            if !force && (now - *last).abs() < PLAN_EVERY {
                return Ok(0);
            }
            *last = now;
        }
        let offsets: Vec<i64> = self.settings.reminders.iter().filter(|m| **m > 0).map(|m| i64::from(*m)).collect();
        let mut written = 0;
        let mut tx = self.app.store.begin().await?;
        for (id, starts) in events::open(&mut tx, now - 86_400).await? {
            let Some(ev) = events::lock(&mut tx, id).await? else { continue };
            for r in events::lapse_offers(&mut tx, id, now).await? {
                let fingerprint = format!("{}#{}", event::fingerprint(id, starts), r.offer_until.unwrap_or(0));
                written += usize::from(
                    event_messages::enqueue(&mut tx, id, r.user_id, "lapsed", &fingerprint, None, now).await?,
                );
            }
            written += events::settle(&mut tx, &ev, starts, now).await?.len();
            // (`settle` also shows on every card a change of seats marked but not yet shown.)
            if now >= starts {
                continue;
            }
            let fingerprint = event::fingerprint(id, starts);
            for r in events::with_status(&mut tx, id, &[Status::Registered]).await? {
                let seated = r.seated_at.unwrap_or(0);
                if event::still_coming_due(now, starts)
                    && !r.still_asked
                    && seated < starts - event::STILL_COMING_BEFORE
                {
                    events::set_still_asked(&mut tx, r.id).await?;
                    written += usize::from(
                        event_messages::enqueue(&mut tx, id, r.user_id, "still", &fingerprint, None, now).await?,
                    );
                }
                if let Some(minutes) = event::reminder_due(&offsets, starts, seated, now) {
                    let kind = format!("remind-{minutes}");
                    written += usize::from(
                        event_messages::enqueue(&mut tx, id, r.user_id, &kind, &fingerprint, None, now).await?,
                    );
                }
            }
        }
        tx.commit().await?;
        // Ideas nobody acknowledged are a rule of the same clock.
        self.escalate_ideas(now).await?;
        Ok(written)
    }

    /// Sends one batch of due event messages; how many were claimed. Each is built after its
    /// turn in the pacing came, as of that moment; after a 429 the rest goes back to `pending`.
    pub(super) async fn send_event_messages(&self, now: i64) -> Result<usize, StoreError> {
        let mut tx = self.app.store.begin().await?;
        let due = event_messages::claim(&mut tx, now, self.settings.lease_secs, 20).await?;
        tx.commit().await?;
        let n = due.len();
        let mut rest = due.into_iter();
        while let Some(d) = rest.next() {
            self.pacer.wait(d.chat_id).await;
            let status = match self.event_message(&d, self.app.now()).await {
                Err(e) => {
                    tracing::warn!(error = crate::storage::error_kind(&e), "an event message could not be built");
                    "failed"
                }
                Ok(None) => "skipped",
                Ok(Some(view)) => match self.outbox.send(d.chat_id, &view, false).await {
                    Delivery::Sent(_) => "sent",
                    Delivery::Blocked => "blocked",
                    Delivery::Failed(_) => "failed",
                    Delivery::RetryAfter(secs) => {
                        self.pacer.pause_until(tokio::time::Instant::now() + Duration::from_secs(secs.clamp(1, 3_600)));
                        // Not sent: this one and the rest wait for the next step.
                        let mut tx = self.app.store.begin().await?;
                        for d in std::iter::once(d).chain(rest) {
                            event_messages::record(&mut tx, d.id, "pending", self.app.now()).await?;
                        }
                        tx.commit().await?;
                        return Ok(n);
                    }
                },
            };
            let mut tx = self.app.store.begin().await?;
            event_messages::record(&mut tx, d.id, status, self.app.now()).await?;
            tx.commit().await?;
        }
        Ok(n)
    }

    /// The message as it must read now, or `None` when it is no longer true.
    async fn event_message(&self, d: &Due, now: i64) -> Result<Option<View>, StoreError> {
        let locales = &self.app.locales;
        let tag = self.reader_tag(d.locale.as_deref());
        let mut tx = self.app.store.begin().await?;
        let (Some(stored), Some(ev)) =
            (announcements::get(&mut tx, d.event).await?, events::get(&mut tx, d.event).await?)
        else {
            return Ok(None);
        };
        let mine = events::registration(&mut tx, d.event, d.user_id).await?;
        tx.commit().await?;
        let a = &stored.content;
        let Some(starts) = a.starts else { return Ok(None) };
        let cancelled = stored.cancelled || ev.cancelled_at.is_some();
        let current = event::fingerprint(d.event, starts);
        let title = a.text_for(locales.chain(&tag)).map(|(_, t)| t.title.clone()).unwrap_or_default();
        let when = card::when(locales, &tag, a, starts);
        let text = |id: &str, extra: &[(&str, Arg)]| {
            let mut args = vec![("title", Arg::Str(title.clone().into())), ("when", Arg::Str(when.clone().into()))];
            args.extend(extra.iter().cloned());
            locales.text(&tag, id, &args)
        };
        let button = |label: &str, action| Button {
            label: locales.text(&tag, label, &[]),
            press: Press::Event { action, id: d.event },
        };
        let status = mine.as_ref().map(|r| r.status);
        let view = match d.kind.as_str() {
            "offer" => {
                let open = |r: &&events::Registration| r.status == Status::Offered && r.offer_until > Some(now);
                let Some(r) = mine.as_ref().filter(open).filter(|_| !cancelled) else {
                    return Ok(None);
                };
                if d.fingerprint != format!("{current}#{}", r.offer_until.unwrap_or(0)) {
                    return Ok(None);
                }
                let deadline = card::moment(locales, &tag, a, r.offer_until.unwrap_or(now));
                View::Keyboard {
                    text: text("ev-offer", &[("deadline", Arg::Str(deadline.into()))]),
                    options: vec![
                        button("btn-ev-accept", EventAction::Accept),
                        button("btn-ev-decline", EventAction::Decline),
                    ],
                    nav: vec![],
                    refresh: false,
                }
            }
            "lapsed" if !cancelled => View::Text(text("ev-offer-lapsed", &[])),
            "still" if status == Some(Status::Registered) && !cancelled && d.fingerprint == current && now < starts => {
                View::Keyboard {
                    text: text("ev-still", &[]),
                    options: vec![
                        button("btn-ev-still", EventAction::StillComing),
                        button("btn-ev-free", EventAction::Leave),
                    ],
                    nav: vec![],
                    refresh: false,
                }
            }
            kind if kind.starts_with("remind-") => {
                let Some(r) = mine.as_ref().filter(|r| r.status == Status::Registered) else { return Ok(None) };
                if cancelled || d.fingerprint != current || now >= starts {
                    return Ok(None);
                }
                let code = Arg::Str(crate::services::coordinator::seating::spaced(&r.code).into());
                match a.place.clone() {
                    Some(place) => {
                        View::Text(text("ev-reminder", &[("place", Arg::Str(place.into())), ("code", code)]))
                    }
                    None => View::Text(text("ev-reminder-no-place", &[("code", code)])),
                }
            }
            "moved" if !cancelled && d.fingerprint == current && status == Some(Status::Registered) => {
                View::Text(text("ev-moved", &[]))
            }
            "moved-waiting" if !cancelled && d.fingerprint == current && status == Some(Status::Waiting) => {
                View::Text(text("ev-moved-waiting", &[]))
            }
            "cancelled" if cancelled => View::Text(text("ev-cancelled", &[])),
            "calendar" if d.fingerprint == ev.sequence.to_string() && status == Some(Status::Registered) => {
                rsvp::calendar(&self.app, &tag, &stored, &ev, now)
            }
            "message" if status == Some(Status::Registered) => match &d.body {
                Some(body) => View::Text(text("ev-organisers", &[("body", Arg::Str(body.clone().into()))])),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(view))
    }
}

pub const MESSAGES: &[&str] = &[
    "ev-offer",
    "ev-offer-lapsed",
    "ev-still",
    "ev-reminder",
    "ev-reminder-no-place",
    "ev-moved-waiting",
    "ev-moved",
    "ev-cancelled",
    "ev-organisers",
    "btn-ev-still",
    "btn-ev-free",
];
