//! `/review`: the ideas in a staff member's scope, oldest first, one card at a time. Partners
//! see the ideas whose place and topic their scope covers, coordinators every idea of their
//! places, admins all. An idea shows under its own pseudonym (`I-7F3K`), never its author's.
//!
//! On a card: 🙋 claim (the first organisation to claim answers it; others see "claimed by"),
//! 📝 status (from the statuses file; a status with reasons asks for one), 📣 publish (the
//! workers tell the author, in their language, what the status means), ➡️ next. Every press checks the
//! presser's role, scope and, after a claim, organisation against the database when it runs.

use crate::domain::Role;
use crate::domain::idea::{self, Status};
use crate::domain::staff::Scope;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::{Button, Press, ReviewAction, View};
use crate::services::turn::Turn;
use crate::storage::ideas::Idea;
use crate::storage::{StoreError, audit, idea_relay, ideas, staff};

/// What the presser may do, from the database.
pub(crate) struct Reviewer {
    pub(crate) role: Role,
    /// `None` for admins: everything.
    pub(crate) scope: Option<Scope>,
    pub(crate) pseudonym: String,
}

impl Reviewer {
    pub(crate) fn sees(&self, i: &Idea) -> bool {
        match &self.scope {
            None => true,
            // Coordinators also see ideas without a place (the author kept no profile): someone
            // must, and no partner's scope covers them.
            Some(scope) if self.role == Role::Coordinator => {
                scope.covers_place(i.country.as_deref(), i.region.as_deref())
                    || (i.country.is_none() && i.region.is_none())
            }
            Some(scope) => idea::in_scope(scope, i.country.as_deref(), i.region.as_deref(), &i.topic),
        }
    }

    /// The same rule as [`Reviewer::sees`], for the queue's queries.
    pub(crate) fn filter<'a>(&'a self, closed: &'a [String]) -> ideas::Filter<'a> {
        match &self.scope {
            None => ideas::Filter { places: None, topics: &[], closed, placeless: true },
            Some(scope) if self.role == Role::Coordinator => {
                ideas::Filter { places: Some(&scope.regions), topics: &[], closed, placeless: true }
            }
            Some(scope) => {
                ideas::Filter { places: Some(&scope.regions), topics: &scope.topics, closed, placeless: false }
            }
        }
    }

    pub(crate) fn organisation(&self) -> Option<&str> {
        self.scope.as_ref().and_then(|s| s.organisation.as_deref())
    }

    /// Whether they may set and publish statuses: the claiming organisation's partners, and
    /// coordinators and admins whose scope covers the idea.
    pub(crate) fn decides(&self, i: &Idea) -> bool {
        match self.role {
            Role::Partner => i.claimed_org.is_some() && i.claimed_org.as_deref() == self.organisation(),
            Role::Coordinator | Role::Admin => true,
            Role::Refugee => false,
        }
    }
}

pub(crate) async fn reviewer(turn: &mut Turn<'_>) -> Result<Option<Reviewer>, StoreError> {
    let role = turn.user.role;
    if !role.is_staff() {
        return Ok(None);
    }
    let member = staff::get(&mut turn.tx, turn.user.id).await?;
    let scope = match (role, member) {
        (Role::Admin, _) => None,
        (_, Some(m)) => Some(m.scope),
        (_, None) => return Ok(None),
    };
    Ok(Some(Reviewer { role, scope, pseudonym: turn.user.pseudonym.clone() }))
}

/// `/review`: the counts per status and the oldest open idea.
pub async fn show(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let Some(r) = reviewer(turn).await? else { return Ok(false) };
    let closed = closed_statuses(app);
    let filter = r.filter(&closed);
    let (per_status, open) = ideas::queue_counts(&mut turn.tx, &filter).await?;
    let tag = turn.tag();
    let counts: Vec<String> = app
        .flows
        .statuses()
        .list
        .iter()
        .filter_map(|s| per_status.iter().find(|(id, _)| *id == s.id).map(|(_, n)| (s, *n)))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{} {n}", app.locales.raw(&tag, &s.name_id(), &[]).unwrap_or_default()))
        .collect();
    let mut text = app.locales.text(&tag, "staff-review-title", &[("count", Arg::Num(open))]);
    if !counts.is_empty() {
        text = format!("{text}\n{}", app.locales.join(&tag, "part-separator", &counts));
    }
    // Statuses set but not yet told can go out together.
    let waiting = ideas::unpublished(&mut turn.tx, &filter, super::publish::partner_org(&r)).await?.len() as i64;
    let text = app.locales.finish(&tag, text);
    if waiting > 0 {
        let label = app.locales.text(&tag, "btn-staff-review-publish-all", &[("count", Arg::Num(waiting))]);
        let options = vec![Button { label, press: Press::ReviewPublishAll }];
        turn.reply.views.push(View::Keyboard { text, options, nav: vec![], refresh: false });
    } else {
        turn.reply.views.push(View::Text(text));
    }
    match ideas::next_open(&mut turn.tx, &filter, None).await? {
        Some(first) => show_card(app, turn, &tag, &r, &first).await?,
        None => turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-review-empty", &[]))),
    }
    Ok(true)
}

pub(crate) fn closed_statuses(app: &App) -> Vec<String> {
    app.flows.statuses().list.iter().filter(|s| s.closed).map(|s| s.id.clone()).collect()
}

/// Whether the author was told the current status and reason.
fn told(i: &Idea) -> bool {
    i.published_status.as_deref() == Some(i.status.as_str()) && i.published_reason == i.reason
}

/// Shows an idea's card, with its notes, and notes that the reviewer's organisation saw it.
async fn show_card(app: &App, turn: &mut Turn<'_>, tag: &str, r: &Reviewer, i: &Idea) -> Result<(), StoreError> {
    if let Some(org) = r.organisation() {
        idea_relay::seen_by(&mut turn.tx, i.id, org, turn.now).await?;
    }
    let notes = idea_relay::notes(&mut turn.tx, i.id, 3).await?;
    turn.reply.views.push(card(app, tag, r, i, &notes));
    Ok(())
}

/// One idea as a card with the buttons the reviewer may use.
fn card(app: &App, tag: &str, r: &Reviewer, i: &Idea, notes: &[(Option<String>, String)]) -> View {
    let l = &app.locales;
    let (year, month, day) = crate::domain::localtime::civil(i.created_at.div_euclid(86_400));
    let date = l
        .raw(
            tag,
            "ann-date",
            &[("day", Arg::Num(i64::from(day))), ("month", Arg::Num(i64::from(month))), ("year", Arg::Num(year))],
        )
        .unwrap_or_default();
    let place = match (&i.region, &i.country) {
        (Some(region), _) => crate::services::staff::place_name(l, tag, region),
        (None, Some(country)) => crate::services::staff::place_name(l, tag, country),
        (None, None) => l.raw(tag, "staff-review-no-region", &[]).unwrap_or_default(),
    };
    let topic = l.raw(tag, &format!("opt-topic-{}", i.topic), &[]).unwrap_or_else(|| i.topic.clone());
    let language = l.language(&i.locale).map_or(i.locale.clone(), |x| x.name.clone());
    let status_name = |id: &str| {
        app.flows.statuses().get(id).map_or(id.to_string(), |s| l.raw(tag, &s.name_id(), &[]).unwrap_or_default())
    };
    let mut lines = vec![
        l.raw(
            tag,
            "staff-review-card",
            &[
                ("idea", Arg::Str(i.pseudonym.clone().unwrap_or_default().into())),
                ("date", Arg::Str(date.into())),
                ("place", Arg::Str(place.into())),
                ("topic", Arg::Str(topic.into())),
                ("language", Arg::Str(language.into())),
            ],
        )
        .unwrap_or_default(),
        String::new(),
    ];
    if i.withdrawn_at.is_some() {
        lines.push(l.raw(tag, "staff-review-withdrawn", &[]).unwrap_or_default());
    } else {
        lines.push(quoted(&i.problem));
        lines.push(quoted(&i.idea));
    }
    lines.extend([
        String::new(),
        l.raw(tag, if i.may_contact { "staff-review-may-answer" } else { "staff-review-no-answer" }, &[])
            .unwrap_or_default(),
        l.raw(
            tag,
            "staff-review-status",
            &[
                ("status", Arg::Str(status_name(&i.status).into())),
                ("told", Arg::Str(status_name(i.published_status.as_deref().unwrap_or_default()).into())),
            ],
        )
        .unwrap_or_default(),
    ]);
    if let Some(org) = &i.claimed_org {
        lines.push(
            l.raw(tag, "staff-review-claimed-by", &[("organisation", Arg::Str(org.as_str().into()))])
                .unwrap_or_default(),
        );
    }
    let button = |id: &str, action| Button { label: l.text(tag, id, &[]), press: Press::Review { action, idea: i.id } };
    let mut options = Vec::new();
    if i.claimed_org.is_none() && r.role == Role::Partner && r.organisation().is_some() {
        options.push(button("btn-staff-review-claim", ReviewAction::Claim));
    }
    if r.decides(i) {
        options.push(button("btn-staff-review-status", ReviewAction::Statuses));
        if !told(i) {
            options.push(button("btn-staff-review-publish", ReviewAction::Publish));
        }
    }
    if super::relay::may_reply(r, i) {
        options.push(button("btn-staff-review-reply", ReviewAction::Reply));
    }
    if r.decides(i) && super::story::may_become_story(i) {
        options.push(button("btn-staff-review-story", ReviewAction::Story));
    }
    options.push(button("btn-staff-review-note", ReviewAction::Note));
    if r.decides(i) {
        options.push(button("btn-staff-review-flag", ReviewAction::Flag));
    }
    if !notes.is_empty() {
        lines.push(String::new());
        lines.push(l.raw(tag, "staff-review-notes", &[]).unwrap_or_default());
        for (org, body) in notes {
            let who = org.clone().unwrap_or_else(|| l.raw(tag, "staff-review-note-staff", &[]).unwrap_or_default());
            lines.push(format!("📝 {who}: {}", quoted(body)));
        }
    }
    let nav = vec![button("btn-staff-review-next", ReviewAction::Next)];
    View::Keyboard { text: l.finish(tag, lines.join("\n")), options, nav, refresh: false }
}

/// What an author wrote, as a quote on the card: each line marked and isolated (it may run in
/// the other direction), and without direction controls, so it cannot pass for a card line.
fn quoted(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !matches!(*c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let (fsi, pdi) = (crate::i18n::rtl::FSI, crate::i18n::rtl::PDI);
    clean.lines().map(|l| format!("▍ {fsi}{l}{pdi}")).collect::<Vec<_>>().join("\n")
}

/// A press on a review button; `false` when the presser may not (answered as a stale button).
pub async fn press(app: &App, turn: &mut Turn<'_>, action: ReviewAction, id: i64) -> Result<bool, StoreError> {
    let Some(r) = reviewer(turn).await? else { return Ok(false) };
    let Some((i, _)) = ideas::get(&mut turn.tx, id).await? else { return Ok(false) };
    // A hidden idea stays hidden from partners, whatever button names it.
    if !r.sees(&i) || (i.flagged.is_some() && r.role == Role::Partner) {
        return Ok(false);
    }
    let tag = turn.tag();
    let subject = i.pseudonym.clone().unwrap_or_default();
    match action {
        ReviewAction::Show => show_card(app, turn, &tag, &r, &i).await?,
        ReviewAction::Next => {
            let closed = closed_statuses(app);
            let filter = r.filter(&closed);
            let next = match ideas::next_open(&mut turn.tx, &filter, Some((i.created_at, i.id))).await? {
                Some(next) => Some(next),
                // Past the newest: round again from the oldest.
                None => ideas::next_open(&mut turn.tx, &filter, None).await?,
            };
            match next {
                Some(next) => show_card(app, turn, &tag, &r, &next).await?,
                None => turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-review-empty", &[]))),
            }
        }
        ReviewAction::Claim => {
            let Some(org) = r.organisation().filter(|_| r.role == Role::Partner).map(str::to_string) else {
                return Ok(false);
            };
            let claimed = ideas::claim(&mut turn.tx, id, &r.pseudonym, &org, turn.now).await?;
            if claimed {
                audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_claimed", Some(&subject), None).await?;
            }
            let Some((fresh, _)) = ideas::get(&mut turn.tx, id).await? else { return Ok(false) };
            let msg = if claimed { "staff-review-claimed" } else { "staff-review-taken" };
            let org = fresh.claimed_org.clone().unwrap_or_default();
            turn.reply.views.push(View::Text(app.locales.text(&tag, msg, &[("organisation", Arg::Str(org.into()))])));
            show_card(app, turn, &tag, &r, &fresh).await?;
        }
        ReviewAction::Statuses => {
            if !r.decides(&i) {
                return Ok(false);
            }
            let options = app
                .flows
                .statuses()
                .list
                .iter()
                .map(|s| Button {
                    label: app.locales.text(&tag, &s.name_id(), &[]),
                    press: Press::Review { action: ReviewAction::Set(s.id.clone()), idea: id },
                })
                .collect();
            let text = app.locales.text(&tag, "staff-review-which-status", &[("idea", Arg::Str(subject.into()))]);
            turn.reply.views.push(View::Keyboard { text, options, nav: Vec::new(), refresh: false });
        }
        ReviewAction::Set(code) => {
            let Some(status) = app.flows.statuses().get(&code).cloned() else { return Ok(false) };
            if !r.decides(&i) {
                return Ok(false);
            }
            if !status.reasons.is_empty() {
                ask_reason(app, turn, &tag, &status, id, &subject);
                return Ok(true);
            }
            set(app, turn, &r, &i, &status, None).await?;
        }
        ReviewAction::Reason(code, reason) => {
            let Some(status) = app.flows.statuses().get(&code).cloned() else { return Ok(false) };
            let Some(reason) = status.reasons.iter().find(|x| **x == reason).cloned() else { return Ok(false) };
            if !r.decides(&i) {
                return Ok(false);
            }
            set(app, turn, &r, &i, &status, Some(&reason)).await?;
        }
        ReviewAction::Story => return super::story::begin(app, turn, Some(&i)).await,
        ReviewAction::Reply
        | ReviewAction::Template(_)
        | ReviewAction::Write
        | ReviewAction::Note
        | ReviewAction::Flag => {
            return super::relay::press(app, turn, &action, &i).await;
        }
        ReviewAction::Publish => return super::publish::one(app, turn, &r, &i).await,
    }
    Ok(true)
}

fn ask_reason(app: &App, turn: &mut Turn<'_>, tag: &str, status: &Status, id: i64, subject: &str) {
    let options = status
        .reasons
        .iter()
        .map(|reason| Button {
            label: app.locales.text(tag, &idea::reason_id(reason), &[]),
            press: Press::Review { action: ReviewAction::Reason(status.id.clone(), reason.clone()), idea: id },
        })
        .collect();
    let text = app.locales.text(tag, "staff-review-which-reason", &[("idea", Arg::Str(subject.into()))]);
    turn.reply.views.push(View::Keyboard { text, options, nav: Vec::new(), refresh: false });
}

/// Sets a status (not told to the author until published) and shows the card again.
async fn set(
    app: &App,
    turn: &mut Turn<'_>,
    r: &Reviewer,
    i: &Idea,
    status: &Status,
    reason: Option<&str>,
) -> Result<(), StoreError> {
    ideas::set_status(&mut turn.tx, i.id, &status.id, reason, turn.now).await?;
    let subject = i.pseudonym.clone().unwrap_or_default();
    audit::record(&mut turn.tx, turn.now, &r.pseudonym, "idea_status_set", Some(&subject), Some(&status.id)).await?;
    let tag = turn.tag();
    if let Some((fresh, _)) = ideas::get(&mut turn.tx, i.id).await? {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-review-status-set", &[])));
        show_card(app, turn, &tag, r, &fresh).await?;
    }
    Ok(())
}

pub const MESSAGES: &[&str] = &[
    "staff-review-title",
    "staff-review-empty",
    "staff-review-no-region",
    "staff-review-card",
    "staff-review-may-answer",
    "staff-review-no-answer",
    "staff-review-status",
    "staff-review-claimed-by",
    "staff-review-withdrawn",
    "staff-review-notes",
    "staff-review-note-staff",
    "btn-staff-review-reply",
    "btn-staff-review-note",
    "btn-staff-review-flag",
    "btn-staff-review-claim",
    "btn-staff-review-status",
    "btn-staff-review-publish",
    "btn-staff-review-next",
    "staff-review-claimed",
    "staff-review-taken",
    "staff-review-which-status",
    "staff-review-which-reason",
    "staff-review-status-set",
];
