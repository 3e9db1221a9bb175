//! The relay between partners and authors, in the broadcaster's step: each message written by a
//! use case is claimed, checked again (the author may have erased their data or asked for no
//! more replies) and sent through the pacing, at most once. Also here: ideas nobody acknowledged
//! within `SIFOR_IDEA_ACK_DAYS` go to the coordinators of their region (all coordinators for an
//! idea without a place), once.

use super::broadcast::{Broadcaster, Delivery, Outbox};
use crate::flow::Arg;
use crate::i18n::rtl;
use crate::services::refugee::view::{Button, Press, ReviewAction, View};
use crate::storage::idea_relay::{self, Message};
use crate::storage::{StoreError, ideas};
use std::time::Duration;

impl<O: Outbox> Broadcaster<O> {
    /// Sends one batch of relayed messages; how many were claimed.
    pub(super) async fn send_relayed(&self, now: i64) -> Result<usize, StoreError> {
        let mut tx = self.app.store.begin().await?;
        let due = idea_relay::claim(&mut tx, now, self.settings.lease_secs, 20).await?;
        tx.commit().await?;
        let n = due.len();
        for m in due {
            let targets = self.relay_targets(&m).await?;
            let mut status = if targets.is_empty() { "skipped" } else { "failed" };
            for (chat, view) in targets {
                self.pacer.wait(chat).await;
                match self.outbox.send(chat, &view, false).await {
                    Delivery::Sent(_) => status = "sent",
                    Delivery::Blocked | Delivery::Failed(_) => {}
                    Delivery::RetryAfter(secs) => {
                        self.pacer.pause_until(tokio::time::Instant::now() + Duration::from_secs(secs.clamp(1, 3_600)));
                        status = "pending";
                        break;
                    }
                }
            }
            let mut tx = self.app.store.begin().await?;
            idea_relay::record(&mut tx, m.id, status, self.app.now()).await?;
            tx.commit().await?;
        }
        Ok(n)
    }

    /// Who gets a relayed message, and what each reads; none when it is no longer to be sent.
    async fn relay_targets(&self, m: &Message) -> Result<Vec<(i64, View)>, StoreError> {
        let l = &self.app.locales;
        let mut tx = self.app.store.begin().await?;
        let Some((idea, _)) = ideas::get(&mut tx, m.idea).await? else { return Ok(vec![]) };
        let name = idea.pseudonym.clone().unwrap_or_default();
        let org = m.organisation.clone().unwrap_or_default();
        let mut out = Vec::new();
        if m.to_author {
            let Some((chat, locale)) = idea_relay::author(&mut tx, m.idea).await? else { return Ok(vec![]) };
            if idea.replies_muted || !idea.may_contact {
                return Ok(vec![]);
            }
            let tag = self.reader_tag(locale.as_deref());
            if m.template.as_deref() == Some(crate::services::partner::story::STORY_CONSENT) {
                let view = self.story_consent(&mut tx, &tag, m, &name).await?;
                tx.commit().await?;
                return Ok(view.map(|v| vec![(chat, v)]).unwrap_or_default());
            }
            let text = match (&m.template, &m.body) {
                (Some(t), _) => l.raw(&tag, &format!("idea-reply-{t}"), &[]).unwrap_or_default(),
                (None, Some(body)) => written(l, &tag, body, m.language.as_deref()),
                (None, None) => return Ok(vec![]),
            };
            let args = [
                ("organisation", Arg::Str(org.into())),
                ("idea", Arg::Str(name.into())),
                ("text", Arg::Str(text.into())),
            ];
            let button = |id: &str, press| Button { label: l.text(&tag, id, &[]), press };
            let options = vec![
                button("btn-idea-answer", Press::IdeaAnswer(m.idea)),
                button("btn-idea-mute", Press::IdeaMute(m.idea)),
            ];
            out.push((
                chat,
                View::Keyboard { text: l.text(&tag, "idea-reply", &args), options, nav: vec![], refresh: false },
            ));
        } else {
            let (Some(body), Some(member)) = (&m.body, &m.recipient) else { return Ok(vec![]) };
            if idea.flagged.is_some() {
                return Ok(vec![]);
            }
            if let Some((chat, locale)) = idea_relay::member_chat(&mut tx, member, &org).await? {
                let tag = self.reader_tag(locale.as_deref());
                let text = written(l, &tag, body, m.language.as_deref());
                let args = [("idea", Arg::Str(name.clone().into())), ("text", Arg::Str(text.into()))];
                let show = Button {
                    label: l.text(&tag, "btn-staff-relay-show", &[]),
                    press: Press::Review { action: ReviewAction::Show, idea: m.idea },
                };
                let text = l.text(&tag, "staff-relay-answer", &args);
                out.push((chat, View::Keyboard { text, options: vec![show], nav: vec![], refresh: false }));
            }
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The question to the author of an idea a story was made from: the story as it would be
    /// shown, in their language, and approve anonymously / with a first name / decline.
    async fn story_consent(
        &self,
        tx: &mut crate::storage::Tx,
        tag: &str,
        m: &Message,
        idea: &str,
    ) -> Result<Option<View>, StoreError> {
        let l = &self.app.locales;
        let Some(id) = m.body.as_deref().and_then(|b| b.parse::<i64>().ok()) else { return Ok(None) };
        let Some(story) = crate::storage::stories::get(tx, id).await? else { return Ok(None) };
        if story.consent != "asked" || story.state != "published" {
            return Ok(None);
        }
        let shown =
            crate::services::refugee::view::text_of(&crate::services::refugee::stories::card(&self.app, tag, &story));
        let args = [
            ("idea", Arg::Str(idea.to_string().into())),
            ("organisation", Arg::Str(story.story.organisation.clone().into())),
            ("story", Arg::Str(shown.into())),
        ];
        let text = l.text(tag, "story-consent-ask", &args);
        let button =
            |label: &str, answer| Button { label: l.text(tag, label, &[]), press: Press::StoryConsent { id, answer } };
        let options = vec![
            button("btn-story-approve-anonymous", 1),
            button("btn-story-approve-name", 2),
            button("btn-story-decline", 0),
        ];
        Ok(Some(View::Keyboard { text, options, nav: vec![], refresh: false }))
    }

    /// Ideas nobody acknowledged in time: the coordinators of their region are told, once.
    pub(super) async fn escalate_ideas(&self, now: i64) -> Result<(), StoreError> {
        let days = i64::from(self.settings.idea_ack_days.max(1));
        let l = &self.app.locales;
        let mut tx = self.app.store.begin().await?;
        let first = self.app.flows.statuses().first().to_string();
        let late = idea_relay::escalate(&mut tx, &first, now - days * 86_400, now).await?;
        let coordinators = if late.is_empty() { vec![] } else { idea_relay::coordinators(&mut tx).await? };
        tx.commit().await?;
        for (_, name, country, region, topic) in late {
            for (chat, locale, regions) in &coordinators {
                let covers = regions
                    .split(',')
                    .map(str::trim)
                    .any(|r| Some(r) == region.as_deref() || Some(r) == country.as_deref());
                if !(covers || (region.is_none() && country.is_none())) {
                    continue;
                }
                let tag = self.reader_tag(locale.as_deref());
                let place = match region.as_deref().or(country.as_deref()) {
                    Some(p) => crate::services::staff::place_name(l, &tag, p),
                    None => l.raw(&tag, "staff-review-no-region", &[]).unwrap_or_default(),
                };
                let topic_name = l.raw(&tag, &format!("opt-topic-{topic}"), &[]).unwrap_or_else(|| topic.clone());
                let args = [
                    ("idea", Arg::Str(name.clone().into())),
                    ("place", Arg::Str(place.into())),
                    ("topic", Arg::Str(topic_name.into())),
                    ("days", Arg::Num(days)),
                ];
                self.pacer.wait(*chat).await;
                let _ = self.outbox.send(*chat, &View::Text(l.text(&tag, "staff-relay-escalated", &args)), false).await;
            }
        }
        Ok(())
    }
}

/// Free text as written, isolated when it runs in the other direction than the reader's, and
/// marked with its language when that is not the reader's.
fn written(l: &crate::i18n::Locales, tag: &str, body: &str, language: Option<&str>) -> String {
    let foreign = language.is_some_and(|t| l.is_rtl(t) != l.is_rtl(tag));
    let mut text: String = body
        .lines()
        .map(
            |line| {
                if foreign && !line.is_empty() { format!("{}{line}{}", rtl::FSI, rtl::PDI) } else { line.to_string() }
            },
        )
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(t) = language.filter(|t| *t != tag) {
        let name = l.language(t).map_or(t.to_string(), |x| x.name.clone());
        text = format!(
            "{text}\n{}",
            l.raw(tag, "idea-reply-written-in", &[("language", Arg::Str(name.into()))]).unwrap_or_default()
        );
    }
    text
}

pub const MESSAGES: &[&str] = &[
    "idea-reply",
    "idea-reply-written-in",
    "btn-idea-answer",
    "btn-idea-mute",
    "btn-staff-relay-show",
    "staff-relay-answer",
    "staff-relay-escalated",
    "story-consent-ask",
    "btn-story-approve-anonymous",
    "btn-story-approve-name",
    "btn-story-decline",
];
