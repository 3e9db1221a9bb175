//! Coordinators run their events: `/events` lists the open ones they may organise (their own,
//! or any in their scope; admins all) with the counts and the needs added up; under each, the
//! attendee list as CSV (pseudonyms, never Telegram ids), a message to everyone registered, a
//! new time, cancelling, and closing with the attendance (`/checkin CODE` is [`super::checkin`]).
//! A move or a cancel edits every card, tells everyone taking part, and sends new calendar files.

use super::card;
use crate::domain::Role;
use crate::domain::event::{self, Status};
use crate::domain::localtime::Local;
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::refugee::conversation::{Conversation, Handover};
use crate::services::refugee::ideas::forget_answers_of;
use crate::services::refugee::view::{Button, OrganiseAction, Press, View};
use crate::services::turn::Turn;
use crate::storage::announcements::{self, Stored};
use crate::storage::{StoreError, Tx, attendance, audit, event_messages, events, staff};

/// How many events /events shows at once.
const SHOWN: usize = 10;

/// How far back /events shows events not yet closed.
const SHOWN_AFTER_START: i64 = 14 * 86_400;

/// Whether `turn`'s user may organise `stored`: an admin; a coordinator who wrote it or whose
/// scope covers its whole audience.
pub async fn may_organise(turn: &mut Turn<'_>, stored: &Stored) -> Result<bool, StoreError> {
    Ok(match turn.user.role {
        Role::Admin => true,
        Role::Coordinator if stored.author == turn.user.pseudonym => true,
        Role::Coordinator => staff::get(&mut turn.tx, turn.user.id).await?.is_some_and(|m| {
            let audience = &stored.content.audience;
            audience.clone().within(&m.scope).is_ok_and(|a| a == *audience)
        }),
        _ => false,
    })
}

/// The events the user may organise, soonest first (at most `limit`).
pub(crate) async fn mine(turn: &mut Turn<'_>, limit: usize) -> Result<Vec<Stored>, StoreError> {
    let mut out = Vec::new();
    for (id, _) in events::open(&mut turn.tx, turn.now - SHOWN_AFTER_START).await? {
        if let Some(stored) = announcements::get(&mut turn.tx, id).await?
            && may_organise(turn, &stored).await?
        {
            out.push(stored);
        }
        if out.len() == limit {
            break;
        }
    }
    Ok(out)
}

/// `/events`.
pub async fn show(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let tag = turn.tag();
    let list = mine(turn, SHOWN).await?;
    if list.is_empty() {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-ev-none", &[])));
    }
    for stored in list {
        let view = overview(app, &mut turn.tx, &tag, &stored, turn.now, false).await?;
        turn.reply.views.push(view);
    }
    Ok(true)
}

/// One event as its organiser sees it: what, when, the counts, the needs, and the buttons.
async fn overview(
    app: &App,
    tx: &mut Tx,
    tag: &str,
    stored: &Stored,
    now: i64,
    refresh: bool,
) -> Result<View, StoreError> {
    let l = &app.locales;
    let a = &stored.content;
    let Some(ev) = events::get(tx, stored.id).await? else { return Ok(View::Text(String::new())) };
    let c = attendance::counts(tx, stored.id).await?;
    let title = a.text_for(l.chain(tag)).map(|(_, t)| t.title.clone()).unwrap_or_default();
    let mut lines = vec![l.raw(tag, &format!("ann-kind-{}", a.kind.code()), &[]).unwrap_or_default(), title];
    if let Some(starts) = a.starts {
        lines.push(card::when(l, tag, a, starts));
    }
    let seats =
        ev.seats.public().map_or_else(|| l.raw(tag, "staff-ev-unlimited", &[]).unwrap_or_default(), |n| n.to_string());
    let args = [
        ("registered", Arg::Num(c.registered)),
        ("seats", Arg::Str(seats.into())),
        ("reserved", Arg::Num(i64::from(ev.seats.reserved))),
        ("waiting", Arg::Num(c.waiting)),
        ("offered", Arg::Num(c.offered)),
        ("checked", Arg::Num(c.checked_in)),
    ];
    lines.push(l.raw(tag, "staff-ev-counts", &args).unwrap_or_default());
    lines.push(needs_line(app, tag, &c));
    let text = l.finish(tag, lines.join("\n"));
    let button =
        |id: &str, action| Button { label: l.text(tag, id, &[]), press: Press::Organise { action, id: stored.id } };
    let mut options = vec![
        button("btn-staff-ev-export", OrganiseAction::Export),
        button("btn-staff-ev-message", OrganiseAction::Message),
        button("btn-staff-ev-move", OrganiseAction::Move),
        button("btn-staff-ev-cancel", OrganiseAction::Cancel),
    ];
    if a.starts.is_some_and(|s| now >= s) {
        options.push(button("btn-staff-ev-close", OrganiseAction::Close));
    }
    Ok(View::Keyboard { text, options, nav: vec![], refresh })
}

/// "Needs: interpreters: 6 دری, 3 Українська · childcare: 4 · step-free access: 1": totals only.
fn needs_line(app: &App, tag: &str, c: &attendance::Counts) -> String {
    let l = &app.locales;
    let mut parts = Vec::new();
    if !c.interpreters.is_empty() {
        let languages: Vec<String> = c
            .interpreters
            .iter()
            .map(|(t, n)| format!("{n} {}", l.language(t).map_or(t.clone(), |x| x.name.clone())))
            .collect();
        let list = l.join(tag, "list-separator", &languages);
        parts.push(l.raw(tag, "staff-ev-needs-interpreters", &[("list", Arg::Str(list.into()))]).unwrap_or_default());
    }
    if c.childcare > 0 {
        parts.push(l.raw(tag, "staff-ev-needs-childcare", &[("count", Arg::Num(c.childcare))]).unwrap_or_default());
    }
    if c.access > 0 {
        parts.push(l.raw(tag, "staff-ev-needs-access", &[("count", Arg::Num(c.access))]).unwrap_or_default());
    }
    if parts.is_empty() {
        return l.raw(tag, "staff-ev-needs-none", &[]).unwrap_or_default();
    }
    let list = l.join(tag, "part-separator", &parts);
    l.raw(tag, "staff-ev-needs", &[("list", Arg::Str(list.into()))]).unwrap_or_default()
}

/// A button under an event; `false` when the presser may not organise it (answered as stale).
pub async fn press(app: &App, turn: &mut Turn<'_>, action: OrganiseAction, id: i64) -> Result<bool, StoreError> {
    let Some(stored) = announcements::get(&mut turn.tx, id).await? else { return Ok(false) };
    if events::get(&mut turn.tx, id).await?.is_none() || !may_organise(turn, &stored).await? {
        return Ok(false);
    }
    let (tag, now) = (turn.tag(), turn.now);
    let actor = turn.user.pseudonym.clone();
    let say = |turn: &mut Turn<'_>, id: &str, args: &[(&str, Arg)]| {
        turn.reply.views.push(View::Text(app.locales.text(&tag, id, args)));
    };
    match action {
        OrganiseAction::Show => {
            let view = overview(app, &mut turn.tx, &tag, &stored, now, true).await?;
            turn.reply.views.push(view);
        }
        OrganiseAction::Export => {
            let csv = attendee_csv(&mut turn.tx, id).await?;
            audit::record(&mut turn.tx, now, &actor, "event_export", Some(&format!("A{id}")), None).await?;
            let caption = app.locales.text(&tag, "staff-ev-export-caption", &[]);
            turn.reply.views.push(View::Document { file_name: format!("attendees-{id}.csv"), caption, content: csv });
        }
        OrganiseAction::Cancel => {
            let button = |label: &str, action| Button {
                label: app.locales.text(&tag, label, &[]),
                press: Press::Organise { action, id },
            };
            turn.reply.views.push(View::Keyboard {
                text: app.locales.text(&tag, "staff-ev-cancel-ask", &[]),
                options: vec![
                    button("btn-staff-ev-cancel-yes", OrganiseAction::CancelConfirm),
                    button("btn-staff-ev-cancel-no", OrganiseAction::Show),
                ],
                nav: vec![],
                refresh: true,
            });
        }
        OrganiseAction::CancelConfirm => {
            let author =
                super::announce::Author::Staff { user_id: turn.user.id, chat_id: turn.user.chat_id, pseudonym: &actor };
            let done = super::control::apply(
                &mut turn.tx,
                id,
                crate::services::refugee::view::BroadcastAction::CancelConfirm,
                author,
                now,
            )
            .await?;
            let told = if done == super::control::Done::Cancelled {
                taking_part(&mut turn.tx, id).await?.len() as i64
            } else {
                0
            };
            say(turn, "staff-ev-cancelled", &[("count", Arg::Num(told))]);
        }
        OrganiseAction::Move | OrganiseAction::Message => {
            let service = if action == OrganiseAction::Move { Service::MoveEvent } else { Service::MessageEvent };
            let Some(flow) = app.flows.handing_over_to(service).map(|f| f.id.clone()) else { return Ok(false) };
            if stored.cancelled {
                say(turn, "ev-is-cancelled", &[]);
                return Ok(true);
            }
            if events::get(&mut turn.tx, id).await?.is_some_and(|e| e.closed_at.is_some()) {
                say(turn, "staff-ev-closed-before", &[]);
                return Ok(true);
            }
            turn.state.organising = Some(id);
            let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
            conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
        }
        OrganiseAction::Close => {
            if stored.content.starts.is_none_or(|s| now < s) {
                say(turn, "staff-ev-not-yet", &[]);
                return Ok(true);
            }
            let registered = attendance::counts(&mut turn.tx, id).await?.registered;
            match events::close(&mut turn.tx, id, now).await? {
                Some(attended) => {
                    audit::record(
                        &mut turn.tx,
                        now,
                        &actor,
                        "event_close",
                        Some(&format!("A{id}")),
                        Some(&format!("attended={attended}")),
                    )
                    .await?;
                    say(
                        turn,
                        "staff-ev-closed",
                        &[("attended", Arg::Num(attended)), ("registered", Arg::Num(registered))],
                    );
                    // A salon brings ideas to decision makers: their authors hear they were discussed.
                    if stored.content.kind == crate::domain::announcement::Kind::Salon {
                        super::discussed::picker(app, turn, id, false).await?;
                    }
                }
                None => say(turn, "staff-ev-closed-before", &[]),
            }
        }
    }
    Ok(true)
}

/// Everyone taking part: registered, waiting, or with a seat offered.
async fn taking_part(tx: &mut Tx, id: i64) -> Result<Vec<events::Registration>, StoreError> {
    events::with_status(tx, id, &[Status::Registered, Status::Waiting, Status::Offered]).await
}

/// A move or a cancel: the calendar file's sequence goes up, and everyone taking part gets the
/// news and a new calendar file (through the workers and their pacing). Also for
/// `sifor broadcast cancel`.
pub async fn changed(tx: &mut Tx, id: i64, cancelled: bool, now: i64) -> Result<(), StoreError> {
    // The caller holds the event's lock (taken before the announcement is touched, as everywhere).
    let (Some(stored), Some(_)) = (announcements::get(tx, id).await?, events::get(tx, id).await?) else {
        return Ok(());
    };
    let Some(starts) = stored.content.starts else { return Ok(()) };
    events::changed(tx, id, cancelled.then_some(now)).await?;
    let Some(ev) = events::get(tx, id).await? else { return Ok(()) };
    let fingerprint = event::fingerprint(id, starts);
    for r in taking_part(tx, id).await? {
        let kind = match (cancelled, r.status) {
            (true, _) => "cancelled",
            (false, Status::Registered) => "moved",
            (false, Status::Waiting) => "moved-waiting",
            // An offer keeps going, with a deadline before the new start and a new message.
            (false, _) => {
                let until = event::offer_deadline(now, starts);
                events::reoffer(tx, &r, until, now).await?;
                let offer = format!("{fingerprint}#{until}");
                event_messages::enqueue(tx, id, r.user_id, "offer", &offer, None, now).await?;
                continue;
            }
        };
        event_messages::enqueue(tx, id, r.user_id, kind, &fingerprint, None, now).await?;
        if r.status == Status::Registered {
            event_messages::enqueue(tx, id, r.user_id, "calendar", &ev.sequence.to_string(), None, now).await?;
        }
    }
    Ok(())
}

/// The attendee list: pseudonym, status, checked in, needs. No Telegram ids, no names.
async fn attendee_csv(tx: &mut Tx, id: i64) -> Result<String, StoreError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = ["pseudonym", "status", "checked_in", "interpreter", "childcare", "step_free_access"];
    let csv_error = |e: csv::Error| StoreError::Corrupt(format!("attendee list: {e}"));
    w.write_record(header).map_err(csv_error)?;
    for a in attendance::attendees(tx, id).await? {
        let r = &a.registration;
        let yes = |b: bool| if b { "yes" } else { "" };
        w.write_record([
            a.pseudonym.as_str(),
            r.status.code(),
            yes(r.checked_in_at.is_some()),
            r.needs.interpreter.as_deref().unwrap_or(""),
            yes(r.needs.childcare),
            yes(r.needs.access),
        ])
        .map_err(csv_error)?;
    }
    let bytes = w.into_inner().map_err(|e| StoreError::Corrupt(format!("attendee list: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The event the flow was for, if the user may still organise it.
async fn flow_event(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<Option<Stored>, StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let stored = match turn.state.organising.take() {
        Some(id) => announcements::get(&mut turn.tx, id).await?,
        None => None,
    };
    let ok = match &stored {
        Some(s) if !s.cancelled && events::get(&mut turn.tx, s.id).await?.is_some_and(|e| e.closed_at.is_none()) => {
            may_organise(turn, s).await?
        }
        _ => false,
    };
    if !ok {
        turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "stale-button", &[])));
        return Ok(None);
    }
    Ok(stored)
}

/// The `event_move` flow ended: the new time, checked, stored; every card edited; everyone told.
pub async fn moved(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    let Some(stored) = flow_event(app, turn, handover).await? else { return Ok(()) };
    let tag = turn.tag();
    let typed = handover.answers.iter().find(|(k, _)| k == "ev_starts").map_or("", |(_, v)| v.trim());
    let zone = stored.content.zone;
    let starts = match Local::parse(typed).and_then(|l| zone.to_utc(l)) {
        Some(t) if t > turn.now => t,
        _ => {
            turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-ann-bad-time", &[])));
            return Ok(());
        }
    };
    let mut content = stored.content.clone();
    content.starts = Some(starts);
    content.expires = starts;
    events::lock(&mut turn.tx, stored.id).await?;
    announcements::revise(&mut turn.tx, stored.id, &content, false).await?;
    changed(&mut turn.tx, stored.id, false, turn.now).await?;
    let actor = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &actor, "event_move", Some(&format!("A{}", stored.id)), None).await?;
    let told = taking_part(&mut turn.tx, stored.id).await?.len() as i64;
    let when = card::when(&app.locales, &tag, &content, starts);
    let text = app.locales.text(&tag, "staff-ev-moved", &[("when", Arg::Str(when.into())), ("count", Arg::Num(told))]);
    turn.reply.views.push(View::Text(text));
    Ok(())
}

/// The `event_message` flow ended: the message goes to everyone registered.
pub async fn message(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    let Some(stored) = flow_event(app, turn, handover).await? else { return Ok(()) };
    let tag = turn.tag();
    let body = handover.answers.iter().find(|(k, _)| k == "ev_body").map_or("", |(_, v)| v.trim()).to_string();
    let mut nonce = [0u8; 4];
    getrandom::getrandom(&mut nonce).map_err(|e| StoreError::Corrupt(format!("no random bytes: {e}")))?;
    let fingerprint = format!("m{}-{}", turn.now, u32::from_le_bytes(nonce));
    let registered = events::with_status(&mut turn.tx, stored.id, &[Status::Registered]).await?;
    for r in &registered {
        event_messages::enqueue(&mut turn.tx, stored.id, r.user_id, "message", &fingerprint, Some(&body), turn.now)
            .await?;
    }
    let actor = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &actor, "event_message", Some(&format!("A{}", stored.id)), None).await?;
    let text = app.locales.text(&tag, "staff-ev-message-sent", &[("count", Arg::Num(registered.len() as i64))]);
    turn.reply.views.push(View::Text(text));
    Ok(())
}

pub const MESSAGES: &[&str] = &[
    "staff-ev-none",
    "staff-ev-unlimited",
    "staff-ev-counts",
    "staff-ev-needs",
    "staff-ev-needs-interpreters",
    "staff-ev-needs-childcare",
    "staff-ev-needs-access",
    "staff-ev-needs-none",
    "btn-staff-ev-export",
    "btn-staff-ev-message",
    "btn-staff-ev-move",
    "btn-staff-ev-cancel",
    "btn-staff-ev-close",
    "staff-ev-export-caption",
    "staff-ev-cancel-ask",
    "btn-staff-ev-cancel-yes",
    "btn-staff-ev-cancel-no",
    "staff-ev-cancelled",
    "staff-ev-not-yet",
    "staff-ev-closed",
    "staff-ev-closed-before",
    "staff-ev-moved",
    "staff-ev-message-sent",
];
