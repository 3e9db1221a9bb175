//! Answering an event card: "✅ I'll come" takes a seat (under the event's lock, so 50 taps at
//! once never overbook) or a place at the end of the line; a seat given up goes to the first in
//! line as an offer; an offer is taken or declined; needs are stated with a few taps; the
//! calendar file comes with the seat. Only someone the card was sent to (or who registered) can
//! answer it: a forged press naming another event does nothing.

use crate::domain::event::{self, Band, Need, Needs, Status};
use crate::domain::ics;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::coordinator::card::{self, Seating};
use crate::services::refugee::view::{Button, EventAction, Press, View};
use crate::services::turn::Turn;
use crate::storage::announcements::{self, Stored};
use crate::storage::events::{self, Event, Registration};
use crate::storage::{StoreError, Tx, deliveries};

pub async fn press(app: &App, turn: &mut Turn<'_>, action: EventAction, id: i64) -> Result<bool, StoreError> {
    // The event's lock first: a move or a cancel changes the announcement under it.
    let Some(ev) = events::lock(&mut turn.tx, id).await? else { return Ok(false) };
    let Some(stored) = announcements::get(&mut turn.tx, id).await? else { return Ok(false) };
    let Some(starts) = stored.content.starts else { return Ok(false) };
    let mine = events::registration(&mut turn.tx, id, turn.user.id).await?;
    if mine.is_none() && !deliveries::was_sent(&mut turn.tx, id, turn.user.id).await? {
        return Ok(false);
    }
    let (tag, now, user) = (turn.tag(), turn.now, turn.user.id);
    let say = |turn: &mut Turn<'_>, id: &str, args: &[(&str, Arg)]| {
        turn.reply.views.push(View::Text(app.locales.text(&tag, id, args)));
    };
    if stored.cancelled || ev.cancelled_at.is_some() || ev.closed_at.is_some() || now >= starts {
        let view = reader_card(app, &mut turn.tx, &tag, &stored, &ev, mine.as_ref(), now).await?;
        turn.reply.views.push(refreshed(view));
        say(turn, if stored.cancelled || ev.cancelled_at.is_some() { "ev-is-cancelled" } else { "ev-is-over" }, &[]);
        return Ok(true);
    }
    let active = mine.as_ref().filter(|r| r.status.is_active());
    match action {
        EventAction::Come => {
            let code = new_code()?;
            let r = events::join(&mut turn.tx, &ev, user, &code, now).await?;
            events::settle(&mut turn.tx, &ev, starts, now).await?;
            show_card(app, turn, &stored, id, Some(&r)).await?;
            if active.is_none() {
                match r.status {
                    Status::Registered => seated(app, turn, &stored, &ev, &r),
                    _ => {
                        let place = events::place_in_line(&mut turn.tx, &r).await?;
                        say(turn, "ev-waiting", &[("place", Arg::Num(place))]);
                    }
                }
            }
        }
        EventAction::CantCome | EventAction::Leave => match active {
            Some(r) => {
                events::set_status(&mut turn.tx, r, &[r.status], Status::Cancelled, now).await?;
                events::settle(&mut turn.tx, &ev, starts, now).await?;
                show_card(app, turn, &stored, id, None).await?;
                say(turn, if r.status == Status::Waiting { "ev-left-line" } else { "ev-left" }, &[]);
            }
            None => say(turn, "ev-noted", &[]),
        },
        EventAction::Accept => match active.filter(|r| r.status == Status::Offered && r.offer_until > Some(now)) {
            Some(r) => {
                events::set_status(&mut turn.tx, r, &[Status::Offered], Status::Registered, now).await?;
                events::settle(&mut turn.tx, &ev, starts, now).await?;
                let r = events::registration(&mut turn.tx, id, user).await?;
                show_card(app, turn, &stored, id, r.as_ref()).await?;
                if let Some(r) = &r {
                    seated(app, turn, &stored, &ev, r);
                }
            }
            None => say(turn, "ev-offer-gone", &[]),
        },
        EventAction::Decline => match active.filter(|r| r.status == Status::Offered) {
            Some(r) => {
                events::set_status(&mut turn.tx, r, &[Status::Offered], Status::Declined, now).await?;
                events::settle(&mut turn.tx, &ev, starts, now).await?;
                show_card(app, turn, &stored, id, None).await?;
                say(turn, "ev-declined", &[]);
            }
            None => say(turn, "ev-offer-gone", &[]),
        },
        EventAction::StillComing => match active.filter(|r| r.status == Status::Registered) {
            Some(_) => say(turn, "ev-still-thanks", &[]),
            None => say(turn, "ev-no-seat", &[]),
        },
        EventAction::Calendar => match active.filter(|r| r.status == Status::Registered) {
            Some(_) => {
                let file = calendar(app, &tag, &stored, &ev, now);
                turn.reply.views.push(file);
            }
            None => say(turn, "ev-no-seat", &[]),
        },
        EventAction::Needs
        | EventAction::Toggle(_)
        | EventAction::Interpreters
        | EventAction::Interpreter(_)
        | EventAction::NeedsDone => {
            let Some(r) = active.filter(|r| r.status == Status::Registered) else {
                say(turn, "ev-no-seat", &[]);
                return Ok(true);
            };
            needs(app, turn, id, r, action).await?;
        }
    }
    Ok(true)
}

/// The reader's card as it stands now, in place of the pressed message.
async fn show_card(
    app: &App,
    turn: &mut Turn<'_>,
    stored: &Stored,
    id: i64,
    mine: Option<&Registration>,
) -> Result<(), StoreError> {
    let tag = turn.tag();
    let Some(ev) = events::get(&mut turn.tx, id).await? else { return Ok(()) };
    let view = reader_card(app, &mut turn.tx, &tag, stored, &ev, mine, turn.now).await?;
    turn.reply.views.push(refreshed(view));
    Ok(())
}

fn refreshed(view: View) -> View {
    match view {
        View::Keyboard { text, options, nav, .. } => View::Keyboard { text, options, nav, refresh: true },
        other => other,
    }
}

/// An event's card for one reader: the seats, their registration and its buttons.
pub async fn reader_card(
    app: &App,
    tx: &mut Tx,
    tag: &str,
    stored: &Stored,
    ev: &Event,
    mine: Option<&Registration>,
    now: i64,
) -> Result<View, StoreError> {
    let in_line = match mine {
        Some(r) if r.status == Status::Waiting => Some(events::place_in_line(tx, r).await?),
        _ => None,
    };
    let over = ev.closed_at.is_some() || stored.content.starts.is_none_or(|s| now >= s);
    let seating = Seating { band: Band::parse(&ev.band), mine, in_line, over };
    let cancelled = stored.cancelled || ev.cancelled_at.is_some();
    Ok(card::card_with(&app.locales, tag, stored.id, &stored.content, cancelled, Some(&seating)))
}

/// A seat taken: the code, the calendar file, and the question about needs.
fn seated(app: &App, turn: &mut Turn<'_>, stored: &Stored, ev: &Event, r: &Registration) {
    let tag = turn.tag();
    let code = Arg::Str(crate::services::coordinator::seating::spaced(&r.code).into());
    turn.reply.views.push(View::Text(app.locales.text(&tag, "ev-registered", &[("code", code)])));
    turn.reply.views.push(calendar(app, &tag, stored, ev, turn.now));
    turn.reply.views.push(needs_view(app, &tag, stored.id, &r.needs, false));
}

/// The calendar file of an event in the reader's language.
pub fn calendar(app: &App, tag: &str, stored: &Stored, ev: &Event, now: i64) -> View {
    let a = &stored.content;
    let text = a.text_for(app.locales.chain(tag)).map(|(_, t)| t.clone()).unwrap_or_else(|| {
        crate::domain::announcement::Text {
            title: app.locales.text(tag, &format!("ann-kind-{}", a.kind.code()), &[]),
            body: String::new(),
        }
    });
    let host = app.bot_username().unwrap_or_else(|| "sifor".into());
    let uid = ics::uid(stored.id, &host);
    let file = ics::render(&ics::Event {
        uid: &uid,
        sequence: ev.sequence,
        stamp: now,
        starts: a.starts.unwrap_or(now),
        duration_secs: event::DEFAULT_DURATION,
        zone: a.zone,
        title: &text.title,
        description: &text.body,
        location: a.place.as_deref(),
        url: a.link.as_deref(),
        cancelled: stored.cancelled || ev.cancelled_at.is_some(),
    });
    let caption = app.locales.text(tag, "ev-calendar-caption", &[("title", Arg::Str(text.title.clone().into()))]);
    View::Document { file_name: format!("event-{}.ics", stored.id), caption, content: file }
}

/// The needs keyboard: an interpreter's language, childcare, step-free access, done.
fn needs_view(app: &App, tag: &str, id: i64, needs: &Needs, refresh: bool) -> View {
    let l = &app.locales;
    let language = match &needs.interpreter {
        Some(t) => l.language(t).map_or(t.clone(), |x| x.name.clone()),
        None => l.text(tag, "ev-needs-no-interpreter", &[]),
    };
    let tick = |on: bool| if on { "☑️" } else { "⬜" };
    let press = |action| Press::Event { action, id };
    let options = vec![
        Button {
            label: l.text(tag, "btn-ev-interpreter", &[("language", Arg::Str(language.into()))]),
            press: press(EventAction::Interpreters),
        },
        Button {
            label: format!("{} {}", tick(needs.childcare), l.text(tag, "btn-ev-childcare", &[])),
            press: press(EventAction::Toggle(Need::Childcare)),
        },
        Button {
            label: format!("{} {}", tick(needs.access), l.text(tag, "btn-ev-access", &[])),
            press: press(EventAction::Toggle(Need::Access)),
        },
    ];
    let nav = vec![Button { label: l.text(tag, "btn-ev-needs-done", &[]), press: press(EventAction::NeedsDone) }];
    View::Keyboard { text: l.text(tag, "ev-needs-ask", &[]), options, nav, refresh }
}

async fn needs(
    app: &App,
    turn: &mut Turn<'_>,
    id: i64,
    r: &Registration,
    action: EventAction,
) -> Result<(), StoreError> {
    let tag = turn.tag();
    let mut needs = r.needs.clone();
    match action {
        EventAction::Needs => {
            turn.reply.views.push(needs_view(app, &tag, id, &needs, false));
            return Ok(());
        }
        EventAction::Interpreters => {
            let press = |action| Press::Event { action, id };
            let options = app
                .locales
                .languages()
                .iter()
                .enumerate()
                .map(|(i, lang)| Button {
                    label: lang.name.clone(),
                    press: press(EventAction::Interpreter(u16::try_from(i).ok())),
                })
                .collect();
            let label = app.locales.text(&tag, "btn-ev-no-interpreter", &[]);
            let nav = vec![Button { label, press: press(EventAction::Interpreter(None)) }];
            let text = app.locales.text(&tag, "ev-needs-interpreter-ask", &[]);
            turn.reply.views.push(View::Keyboard { text, options, nav, refresh: true });
            return Ok(());
        }
        EventAction::Toggle(Need::Childcare) => needs.childcare = !needs.childcare,
        EventAction::Toggle(Need::Access) => needs.access = !needs.access,
        EventAction::Interpreter(Some(n)) => {
            let Some(lang) = app.locales.languages().get(usize::from(n)) else {
                turn.reply.views.push(needs_view(app, &tag, id, &needs, true));
                return Ok(());
            };
            needs.interpreter = Some(lang.tag.clone());
        }
        EventAction::Interpreter(None) => needs.interpreter = None,
        _ => {
            turn.reply.views.push(View::Text(app.locales.text(&tag, "ev-needs-saved", &[])));
            return Ok(());
        }
    }
    events::set_needs(&mut turn.tx, r, &needs, turn.now).await?;
    turn.reply.views.push(needs_view(app, &tag, id, &needs, true));
    Ok(())
}

/// A new check-in code (unique per event by the store's constraint; a clash among 31⁸ codes
/// fails the tap, which the person simply repeats).
fn new_code() -> Result<String, StoreError> {
    let mut bytes = [0u8; event::CODE_LEN];
    getrandom::getrandom(&mut bytes).map_err(|e| StoreError::Corrupt(format!("no random bytes for a code: {e}")))?;
    Ok(event::code_from(bytes))
}

pub const MESSAGES: &[&str] = &[
    "ev-is-cancelled",
    "ev-is-over",
    "ev-waiting",
    "ev-left",
    "ev-left-line",
    "ev-noted",
    "ev-offer-gone",
    "ev-declined",
    "ev-still-thanks",
    "ev-no-seat",
    "ev-registered",
    "ev-calendar-caption",
    "ev-needs-ask",
    "ev-needs-no-interpreter",
    "ev-needs-interpreter-ask",
    "ev-needs-saved",
    "btn-ev-interpreter",
    "btn-ev-childcare",
    "btn-ev-access",
    "btn-ev-no-interpreter",
    "btn-ev-needs-done",
];
