//! /myideas: an author's ideas with what came of them: each under its own pseudonym, with the
//! date, the topic and the status the author was last told, and what that status means (with
//! the reason, when one was given). Only published statuses show: what partners set but did
//! not publish yet stays with them.

use super::view::View;
use crate::domain::idea;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::partner::story::STORY_CONSENT;
use crate::services::turn::Turn;
use crate::storage::{StoreError, idea_relay, ideas};

pub async fn show(app: &App, turn: &mut Turn<'_>) -> Result<(), StoreError> {
    let tag = turn.tag();
    let locales = &app.locales;
    let mine = ideas::by_user(&mut turn.tx, turn.user.id).await?;
    if mine.is_empty() {
        turn.reply.views.push(View::Text(locales.text(&tag, "myideas-none", &[])));
        return Ok(());
    }
    let statuses = app.flows.statuses();
    let mut lines =
        vec![locales.raw(&tag, "myideas-title", &[("count", Arg::Num(mine.len() as i64))]).unwrap_or_default()];
    for i in &mine {
        let (year, month, day) = crate::domain::localtime::civil(i.created_at.div_euclid(86_400));
        let date = locales
            .raw(
                &tag,
                "ann-date",
                &[("day", Arg::Num(i64::from(day))), ("month", Arg::Num(i64::from(month))), ("year", Arg::Num(year))],
            )
            .unwrap_or_default();
        let topic = locales.raw(&tag, &format!("opt-topic-{}", i.topic), &[]).unwrap_or_else(|| i.topic.clone());
        let published = i.published_status.as_deref().unwrap_or(statuses.first());
        let (status, mut means) = match statuses.get(published) {
            Some(s) => (
                locales.raw(&tag, &s.name_id(), &[]).unwrap_or_default(),
                locales.raw(&tag, &s.means_id(), &[]).unwrap_or_default(),
            ),
            None => (published.to_string(), String::new()),
        };
        if let Some(reason) = i.published_reason.as_deref() {
            means = format!("{means}\n{}", locales.raw(&tag, &idea::reason_id(reason), &[]).unwrap_or_default());
        }
        let seen = idea_relay::seen_count(&mut turn.tx, i.id).await?;
        lines.push(String::new());
        lines.push(
            locales
                .raw(
                    &tag,
                    "myideas-line",
                    &[
                        ("idea", Arg::Str(i.pseudonym.clone().unwrap_or_default().into())),
                        ("date", Arg::Str(date.into())),
                        ("topic", Arg::Str(topic.into())),
                        ("status", Arg::Str(status.into())),
                        ("means", Arg::Str(means.into())),
                    ],
                )
                .unwrap_or_default(),
        );
        lines.push(locales.raw(&tag, "myideas-seen", &[("count", Arg::Num(seen))]).unwrap_or_default());
        // The replies that reached the author, newest last (at most three).
        let replies: Vec<_> = idea_relay::messages(&mut turn.tx, i.id)
            .await?
            .into_iter()
            .filter(|(m, status)| m.to_author && status == "sent" && m.template.as_deref() != Some(STORY_CONSENT))
            .collect();
        for (m, _) in replies.iter().rev().take(3).rev() {
            let text = match (&m.template, &m.body) {
                (Some(t), _) => locales.raw(&tag, &format!("idea-reply-{t}"), &[]).unwrap_or_default(),
                (None, Some(body)) => format!("{}{body}{}", crate::i18n::rtl::FSI, crate::i18n::rtl::PDI),
                (None, None) => continue,
            };
            let org = m.organisation.clone().unwrap_or_default();
            let args = [("organisation", Arg::Str(org.into())), ("text", Arg::Str(text.into()))];
            lines.push(locales.raw(&tag, "myideas-reply", &args).unwrap_or_default());
        }
    }
    turn.reply.views.push(View::Text(locales.finish(&tag, lines.join("\n"))));
    Ok(())
}

pub const MESSAGES: &[&str] = &["myideas-none", "myideas-title", "myideas-line", "myideas-seen", "myideas-reply"];
