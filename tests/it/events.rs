//! Workshops and salons on both backends, with a moved clock: seats taken under the lock (5
//! taps on 3 seats, 50 on 18), the waitlist's offers (a seat given up, accepted, declined,
//! lapsed), "still coming?", reminders around the spring clock change, calendar files parsed
//! back, every card edited when the seats change, check-in codes, needs added up for the
//! organiser, moving, cancelling and closing, and what refugees, another region's coordinator
//! and a revoked one can NOT do.

use crate::app::{on_each_backend, test_broadcast};
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use sifor::domain::Role;
use sifor::domain::announcement::Announcement;
use sifor::domain::clock::{Clock, ManualClock};
use sifor::domain::event::Need;
use sifor::domain::ics;
use sifor::domain::localtime::days_from_civil;
use sifor::domain::staff::Scope;
use sifor::services::app::{App, EventContext, UserRef};
use sifor::services::commands::Command;
use sifor::services::coordinator::announce::{self, Author};
use sifor::services::refugee::conversation::{Event as Input, Reply};
use sifor::services::refugee::view::{EventAction, OrganiseAction, Press, View};
use sifor::services::workers::broadcast::{Broadcaster, Delivery, Outbox, Step};
use sifor::storage::events::{self, Registration};
use sifor::storage::{Store, attendance, event_messages, staff};
use std::collections::HashSet;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

const TAGS: [&str; 14] = ["en", "ar", "de", "uk", "fa", "fa-AF", "ps", "ru", "tr", "ku", "ckb", "it", "sl", "fr"];

/// 2026-03-20 12:00 UTC: nine days before the clocks go forward.
pub fn t0() -> i64 {
    days_from_civil(2026, 3, 20) * 86_400 + 12 * 3_600
}

/// A Berlin salon on `starts` (Berlin time) with `capacity` seats, `reserved` of them kept back.
fn salon(starts: &str, capacity: u32, reserved: u32, now: i64) -> Announcement {
    let file = format!(
        r#"
kind = "salon"
regions = ["berlin"]
starts = "{starts}"
place = "Rathaus Neukölln, Karl-Marx-Straße 83"
capacity = {capacity}
reserved = {reserved}
[text.en]
title = "Salon: meet the job centre"
body = "An evening with the people who decide."
[text.ar]
title = "صالون: لقاء مع مركز العمل"
body = "أمسية مع أصحاب القرار."
"#
    );
    Announcement::from_file(&file, &TAGS, now).unwrap()
}

/// What the bot sent and edited, with every view whole.
#[derive(Default)]
pub struct Inbox {
    next: AtomicI64,
    pub sent: Mutex<Vec<(i64, i64, View)>>,
    pub edited: Mutex<Vec<(i64, i64, View)>>,
}

impl Outbox for Inbox {
    async fn send(&self, chat: i64, view: &View, _paid: bool) -> Delivery {
        let id = self.next.fetch_add(1, Ordering::SeqCst) + 1;
        self.sent.lock().unwrap().push((chat, id, view.clone()));
        Delivery::Sent(id)
    }

    async fn edit(&self, chat: i64, message: i64, view: &View) -> Delivery {
        self.edited.lock().unwrap().push((chat, message, view.clone()));
        Delivery::Sent(message)
    }
}

impl Inbox {
    pub fn texts_to(&self, chat: i64) -> Vec<String> {
        self.sent.lock().unwrap().iter().filter(|(c, _, _)| *c == chat).map(|(_, _, v)| text(v)).collect()
    }

    pub fn files_to(&self, chat: i64) -> Vec<String> {
        let sent = self.sent.lock().unwrap();
        sent.iter()
            .filter_map(|(c, _, v)| match v {
                View::Document { content, .. } if *c == chat => Some(content.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn last_edit_of(&self, chat: i64) -> Option<View> {
        self.edited.lock().unwrap().iter().rev().find(|(c, _, _)| *c == chat).map(|(_, _, v)| v.clone())
    }
}

pub fn text(v: &View) -> String {
    match v {
        View::Text(t) | View::Echo(t) | View::Keyboard { text: t, .. } => t.clone(),
        View::Document { caption, .. } => caption.clone(),
    }
}

pub fn labels(v: &View) -> Vec<String> {
    match v {
        View::Keyboard { options, nav, .. } => options.iter().chain(nav).map(|b| b.label.clone()).collect(),
        _ => vec![],
    }
}

pub fn all_text(r: &Reply) -> String {
    r.views.iter().map(text).collect::<Vec<_>>().join("\n---\n")
}

async fn press(app: &App, user: i64, action: EventAction, id: i64) -> Reply {
    let p = Press::Event { action, id };
    app.handle(UserRef { id: user, chat_id: user }, Input::Press(&p), app.now()).await.unwrap()
}

async fn organise(app: &App, user: i64, action: OrganiseAction, id: i64) -> Reply {
    let p = Press::Organise { action, id };
    app.handle(UserRef { id: user, chat_id: user }, Input::Press(&p), app.now()).await.unwrap()
}

async fn command(app: &App, user: i64, c: Command, args: Option<&str>) -> Reply {
    let ctx = EventContext { arguments: args, ..Default::default() };
    app.handle_with(UserRef { id: user, chat_id: user }, Input::Command(c), &ctx, app.now()).await.unwrap()
}

pub async fn command_of(app: &App, user: i64, c: Command) -> Reply {
    command(app, user, c, None).await
}

async fn registration(store: &Store, id: i64, user: i64) -> Option<Registration> {
    let mut tx = store.begin().await.unwrap();
    let r = events::registration(&mut tx, id, user).await.unwrap();
    tx.commit().await.unwrap();
    r
}

async fn status(store: &Store, id: i64, user: i64) -> &'static str {
    registration(store, id, user).await.map_or("none", |r| r.status.code())
}

async fn counts(store: &Store, id: i64) -> attendance::Counts {
    let mut tx = store.begin().await.unwrap();
    let c = attendance::counts(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    c
}

pub async fn drain<O: Outbox>(b: &Broadcaster<O>) {
    for _ in 0..200 {
        if b.try_deliver_next().await.unwrap() == Step::Idle && b.try_deliver_next().await.unwrap() == Step::Idle {
            return;
        }
    }
    panic!("the broadcaster never went idle");
}

struct World {
    app: Arc<App>,
    clock: ManualClock,
    inbox: Arc<Inbox>,
    b: Broadcaster<Inbox>,
    id: i64,
}

/// People 1..=n in Berlin (the odd ones reading Arabic from 101 on), a salon announced to them
/// and delivered.
async fn world(db: &TestDb, people: &[Person<'_>], a: Announcement) -> World {
    seed(&db.store, people).await;
    let clock = ManualClock::at(t0());
    let app = Arc::new(db.app().with_clock(Arc::new(clock.clone())));
    let inbox = Arc::new(Inbox::default());
    let b = Broadcaster::new(app.clone(), inbox.clone(), test_broadcast());
    let (id, _) = announce::publish(&db.store, &a, Author::Cli, t0()).await.unwrap();
    drain(&b).await;
    World { app, clock, inbox, b, id }
}

pub fn berliners(ids: std::ops::RangeInclusive<i64>) -> Vec<Person<'static>> {
    ids.map(|id| Person { id, ..BERLINER }).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simultaneous_taps_never_overbook_and_the_rest_wait_in_line() {
    on_each_backend(async |db: TestDb| {
        // 5 taps on 3 seats.
        let w = world(&db, &berliners(1..=5), salon("2026-04-02T18:00", 3, 0, t0())).await;
        let taps = (1..=5).map(|u| {
            let app = w.app.clone();
            tokio::spawn(async move { press(&app, u, EventAction::Come, w.id).await })
        });
        let replies: Vec<Reply> = futures_join(taps).await;
        let c = counts(&db.store, w.id).await;
        assert_eq!((c.registered, c.waiting), (3, 2));
        let seated: Vec<&Reply> =
            replies.iter().filter(|r| all_text(r).contains("You have a seat. Show this code")).collect();
        assert_eq!(seated.len(), 3);
        for r in &seated {
            assert!(
                r.views.iter().any(|v| matches!(v, View::Document { file_name, .. } if file_name.ends_with(".ics")))
            );
        }
        let mut places: Vec<String> = replies
            .iter()
            .filter_map(|r| all_text(r).lines().find(|l| l.contains("on the waitlist.")).map(str::to_string))
            .collect();
        places.sort();
        assert_eq!(places.len(), 2, "{replies:?}");
        assert!(
            places[0].contains("number 1 on the waitlist") && places[1].contains("number 2 on the waitlist"),
            "{places:?}"
        );

        // 50 taps on 20 seats with 2 reserved: 18 seats, 32 in line, 50 different codes.
        let w = world(&db, &berliners(201..=250), salon("2026-04-09T18:00", 20, 2, t0())).await;
        let taps = (201..=250).map(|u| {
            let app = w.app.clone();
            tokio::spawn(async move { press(&app, u, EventAction::Come, w.id).await })
        });
        futures_join(taps).await;
        let c = counts(&db.store, w.id).await;
        assert_eq!((c.registered, c.waiting, c.offered), (18, 32, 0));
        let mut codes = HashSet::new();
        for u in 201..=250 {
            let r = registration(&db.store, w.id, u).await.unwrap();
            assert_eq!(sifor::domain::event::parse_code(&r.code), Some(r.code.clone()));
            codes.insert(r.code);
        }
        assert_eq!(codes.len(), 50, "check-in codes are unique per event");
    })
    .await;
}

async fn futures_join<T: Send + 'static>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for t in tasks.collect::<Vec<_>>() {
        out.push(t.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_freed_seat_goes_to_the_first_in_line_and_moves_on_when_declined_or_left_unanswered() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db, &berliners(1..=4), salon("2026-04-02T18:00", 1, 0, t0())).await;
        for u in 1..=3 {
            press(&w.app, u, EventAction::Come, w.id).await;
        }
        assert_eq!(
            [status(&db.store, w.id, 1).await, status(&db.store, w.id, 2).await, status(&db.store, w.id, 3).await],
            ["registered", "waiting", "waiting"]
        );
        // 1 gives up the seat: 2 is offered it, for a day at most.
        let left = press(&w.app, 1, EventAction::Leave, w.id).await;
        assert!(all_text(&left).contains("your seat is free for someone else"), "{}", all_text(&left));
        let offer = registration(&db.store, w.id, 2).await.unwrap();
        assert_eq!(offer.status.code(), "offered");
        assert_eq!(offer.offer_until, Some(w.clock.now() + 86_400));
        drain(&w.b).await;
        let to_2 = w.inbox.texts_to(2);
        assert!(
            to_2.iter().any(|t| t.starts_with("🎟️ A seat is free for you: Salon: meet the job centre")),
            "{to_2:?}"
        );
        assert!(!w.inbox.texts_to(3).iter().any(|t| t.contains("A seat is free for you")), "only the first in line");
        // 2 takes it.
        let taken = press(&w.app, 2, EventAction::Accept, w.id).await;
        assert!(all_text(&taken).contains("You have a seat"), "{}", all_text(&taken));
        assert_eq!(status(&db.store, w.id, 2).await, "registered");
        // 2 leaves, 3 is offered and declines: nobody else waits, the seat is free again.
        press(&w.app, 2, EventAction::Leave, w.id).await;
        assert_eq!(status(&db.store, w.id, 3).await, "offered");
        let declined = press(&w.app, 3, EventAction::Decline, w.id).await;
        assert!(all_text(&declined).contains("the seat goes to the next person"), "{}", all_text(&declined));
        assert_eq!(status(&db.store, w.id, 3).await, "declined");
        // An offer answered twice, or a forged accept without an offer, changes nothing.
        let again = press(&w.app, 3, EventAction::Accept, w.id).await;
        assert!(all_text(&again).contains("This offer has ended."));
        assert_eq!(counts(&db.store, w.id).await.registered, 0);

        // 4 takes the seat, 1 comes back and waits; 4 leaves; 1 does not answer in time.
        press(&w.app, 4, EventAction::Come, w.id).await;
        press(&w.app, 1, EventAction::Come, w.id).await;
        assert_eq!(status(&db.store, w.id, 1).await, "waiting");
        press(&w.app, 4, EventAction::Leave, w.id).await;
        let deadline = registration(&db.store, w.id, 1).await.unwrap().offer_until.unwrap();
        w.clock.set(deadline - 1);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        assert_eq!(status(&db.store, w.id, 1).await, "offered", "not before the deadline");
        w.clock.set(deadline);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        assert_eq!(status(&db.store, w.id, 1).await, "lapsed");
        drain(&w.b).await;
        assert!(w.inbox.texts_to(1).iter().any(|t| t.starts_with("⌛ The seat for \"Salon: meet the job centre\"")));
        // A lapsed offer cannot be taken any more.
        let late = press(&w.app, 1, EventAction::Accept, w.id).await;
        assert!(all_text(&late).contains("This offer has ended."));
        assert_eq!(status(&db.store, w.id, 1).await, "lapsed");
    })
    .await;
}

#[test]
fn an_offer_near_the_start_waits_a_quarter_of_the_time_left() {
    let now = t0();
    assert_eq!(sifor::domain::event::offer_deadline(now, now + 8 * 3_600), now + 2 * 3_600);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn still_coming_asks_two_days_before_and_one_tap_frees_the_seat_for_the_next() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db, &berliners(1..=2), salon("2026-03-26T18:00", 1, 0, t0())).await;
        let starts = days_from_civil(2026, 3, 26) * 86_400 + 17 * 3_600;
        press(&w.app, 1, EventAction::Come, w.id).await;
        press(&w.app, 2, EventAction::Come, w.id).await;
        w.clock.set(starts - 49 * 3_600);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        drain(&w.b).await;
        assert!(!w.inbox.texts_to(1).iter().any(|t| t.contains("still coming")), "not before 48 hours");
        w.clock.set(starts - 48 * 3_600);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        w.b.plan_events(w.clock.now() + 20, true).await.unwrap();
        drain(&w.b).await;
        let asked: Vec<String> = w.inbox.texts_to(1).into_iter().filter(|t| t.contains("still coming")).collect();
        assert_eq!(asked.len(), 1, "asked once: {asked:?}");
        assert!(asked[0].starts_with("Are you still coming to \"Salon: meet the job centre\"?"), "{asked:?}");
        let freed = press(&w.app, 1, EventAction::Leave, w.id).await;
        assert!(all_text(&freed).contains("your seat is free"));
        assert_eq!(status(&db.store, w.id, 2).await, "offered");
        // The offer waits a day at most, and no longer than a quarter of the time left.
        let r = registration(&db.store, w.id, 2).await.unwrap();
        assert_eq!(r.offer_until, Some(w.clock.now() + 12 * 3_600));
    })
    .await;
}

/// What the organiser's 🗓️ Move does once the new time is typed (the flow is tested in Telegram).
async fn move_to(store: &Store, id: i64, starts: i64, now: i64) {
    let mut tx = store.begin().await.unwrap();
    let stored = sifor::storage::announcements::get(&mut tx, id).await.unwrap().unwrap();
    let mut moved = stored.content.clone();
    moved.starts = Some(starts);
    moved.expires = starts;
    sifor::storage::announcements::revise(&mut tx, id, &moved, false).await.unwrap();
    sifor::services::coordinator::organise::changed(&mut tx, id, false, now).await.unwrap();
    tx.commit().await.unwrap();
}

/// `sifor broadcast cancel ID`.
async fn cancel(store: &Store, id: i64, now: i64) {
    let mut tx = store.begin().await.unwrap();
    let cancel = sifor::services::refugee::view::BroadcastAction::CancelConfirm;
    sifor::services::coordinator::control::apply(&mut tx, id, cancel, Author::Cli, now).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_come_at_their_offsets_across_the_clock_change_and_never_after_a_move_or_cancel() {
    on_each_backend(async |db: TestDb| {
        let people = vec![Person { id: 1, ..BERLINER }, Person { id: 2, locale: "ar", ..BERLINER }];
        // Sunday 29 March 2026, 10:00 in Berlin: the clocks went forward at 02:00 that night, so
        // it is 08:00 UTC, and 24 hours before is Saturday 09:00 Berlin time (still winter time).
        let w = world(&db, &people, salon("2026-03-29T10:00", 10, 0, t0())).await;
        let starts = days_from_civil(2026, 3, 29) * 86_400 + 8 * 3_600;
        assert_eq!(w.app.now(), t0());
        press(&w.app, 1, EventAction::Come, w.id).await;
        press(&w.app, 2, EventAction::Come, w.id).await;
        let code = registration(&db.store, w.id, 1).await.unwrap().code;
        let reminders =
            |u: i64| w.inbox.texts_to(u).into_iter().filter(|t| t.starts_with("⏰") || t.contains("⏰")).count();

        w.clock.set(starts - 24 * 3_600 - 1);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        drain(&w.b).await;
        assert_eq!(reminders(1), 0, "not a second early");
        w.clock.set(starts - 24 * 3_600);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        drain(&w.b).await;
        let sent = w.inbox.texts_to(1);
        let first = sent.iter().find(|t| t.starts_with("⏰ Reminder")).expect("the 24-hour reminder");
        assert!(first.contains("Sunday, 29/3/2026, 10:00 (time in Germany)"), "local time after the change: {first}");
        assert!(first.contains(&format!("{} {}", &code[..4], &code[4..])), "the check-in code: {first}");
        assert_eq!(reminders(1), 1);
        // In Arabic, with the Arabic title.
        let ar = w.inbox.texts_to(2);
        let ar_reminder =
            ar.iter().find(|t| t.contains("صالون: لقاء مع مركز العمل") && t.contains('⏰')).expect("Arabic reminder");
        assert!(!ar_reminder.contains("Reminder"), "{ar_reminder}");
        // Planned again (another worker, a restart): still one.
        w.b.plan_events(w.clock.now() + 30, true).await.unwrap();
        drain(&w.b).await;
        assert_eq!(reminders(1), 1);

        // The event moves on: the 2-hour reminder written for the old start is never sent.
        w.clock.set(starts - 2 * 3_600);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        move_to(&db.store, w.id, starts + 7 * 86_400, w.clock.now()).await;
        drain(&w.b).await;
        assert_eq!(reminders(1), 1, "no reminder for the old time");
        let mut tx = db.store.begin().await.unwrap();
        let skipped = event_messages::counts(&mut tx, w.id, "remind-120").await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(skipped, [("skipped".to_string(), 2)]);
        assert!(w.inbox.texts_to(1).iter().any(|t| t.starts_with("🗓️ New time for \"Salon: meet the job centre\"")));

        // Cancelled: the reminder due for the new time is not sent either.
        let new_start = starts + 7 * 86_400;
        w.clock.set(new_start - 24 * 3_600);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        cancel(&db.store, w.id, w.clock.now()).await;
        drain(&w.b).await;
        assert_eq!(reminders(1), 1, "no reminder for a cancelled event");
        assert!(w.inbox.texts_to(1).iter().any(|t| t.starts_with("❌ \"Salon: meet the job centre\" is cancelled")));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_calendar_file_keeps_its_uid_raises_its_sequence_and_says_cancelled() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db, &berliners(1..=1), salon("2026-04-02T18:00", 0, 0, t0())).await;
        let seat = press(&w.app, 1, EventAction::Come, w.id).await;
        let first = seat
            .views
            .iter()
            .find_map(|v| match v {
                View::Document { content, .. } => Some(content.clone()),
                _ => None,
            })
            .expect("a calendar file with the seat");
        let first = ics::parse(&first).unwrap();
        assert_eq!(first.method.as_deref(), Some("PUBLISH"));
        assert_eq!(first.summary.as_deref(), Some("Salon: meet the job centre"));
        assert_eq!(first.dtstart_tzid.as_deref(), Some("Europe/Berlin"));
        assert_eq!(first.dtstart_local.as_deref(), Some("20260402T180000"));
        assert!(first.timezones.contains(&"Europe/Berlin".to_string()));
        assert_eq!(first.status.as_deref(), Some("CONFIRMED"));
        assert!(!first.has_organizer);
        assert_eq!(first.sequence, Some(0));

        // Moved: a new file, same UID, higher SEQUENCE, the new local time.
        move_to(&db.store, w.id, days_from_civil(2026, 4, 3) * 86_400 + 16 * 3_600, w.clock.now()).await;
        drain(&w.b).await;
        let files = w.inbox.files_to(1);
        assert_eq!(files.len(), 1, "one new file after the move");
        let second = ics::parse(&files[0]).unwrap();
        assert_eq!(second.uid, first.uid);
        assert_eq!(second.sequence, Some(1));
        assert_eq!(second.dtstart_local.as_deref(), Some("20260403T180000"));

        // Cancelled: the same UID, higher again, CANCELLED.
        cancel(&db.store, w.id, w.clock.now()).await;
        drain(&w.b).await;
        let files = w.inbox.files_to(1);
        let third = ics::parse(files.last().unwrap()).unwrap();
        assert_eq!(third.uid, first.uid);
        assert_eq!(third.sequence, Some(2));
        assert_eq!(third.status.as_deref(), Some("CANCELLED"));
        // Pressing the card of a cancelled event changes nothing.
        let r = press(&w.app, 1, EventAction::Leave, w.id).await;
        assert!(all_text(&r).contains("This event is cancelled."));
        assert_eq!(status(&db.store, w.id, 1).await, "registered");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_sent_card_is_edited_when_the_seats_change_each_with_its_readers_own_line() {
    on_each_backend(async |db: TestDb| {
        let mut people = berliners(1..=4);
        people.push(Person { id: 5, locale: "ar", ..BERLINER });
        let w = world(&db, &people, salon("2026-04-02T18:00", 2, 0, t0())).await;
        // The first card offers a seat, in English and in Arabic.
        let sent_card =
            |u: i64| w.inbox.sent.lock().unwrap().iter().find(|(c, _, _)| *c == u).map(|(_, _, v)| v.clone()).unwrap();
        assert!(text(&sent_card(1)).contains("🪑 Only 2 seats left."), "{}", text(&sent_card(1)));
        assert_eq!(labels(&sent_card(1))[..2], ["✅ I'll come".to_string(), "❌ Can't come".to_string()]);
        let l = &w.app.locales;
        assert_eq!(labels(&sent_card(5))[0], l.text("ar", "btn-ev-come", &[]));
        assert_ne!(labels(&sent_card(5))[0], "✅ I'll come");
        press(&w.app, 1, EventAction::Come, w.id).await;
        press(&w.app, 2, EventAction::Come, w.id).await;
        drain(&w.b).await;
        // The cards are revised at most once a minute (each edit shows the seats as they are
        // then), however often people tap meanwhile.
        let edits_of_3 = || w.inbox.edited.lock().unwrap().iter().filter(|(c, _, _)| *c == 3).count();
        assert_eq!(edits_of_3(), 1);
        for _ in 0..5 {
            press(&w.app, 2, EventAction::Leave, w.id).await;
            press(&w.app, 2, EventAction::Come, w.id).await;
        }
        drain(&w.b).await;
        assert_eq!(edits_of_3(), 1, "tapping on and off does not flood every reader with edits");
        w.clock.advance(sifor::storage::events::REVISE_EVERY);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        drain(&w.b).await;
        assert_eq!(edits_of_3(), 2);
        // Full: every card says so, except to those who have a seat, who see their code.
        for u in [3, 4] {
            let edit = w.inbox.last_edit_of(u).expect("the card edited");
            assert!(text(&edit).contains("🪑 Full: you can join the waitlist."), "{}", text(&edit));
            assert_eq!(labels(&edit)[0], "🕒 Join the waitlist");
        }
        let ar = w.inbox.last_edit_of(5).expect("the Arabic card edited");
        assert!(text(&ar).contains(&l.raw("ar", "ev-seats-full", &[]).unwrap()), "{}", text(&ar));
        let code = registration(&db.store, w.id, 1).await.unwrap().code;
        let mine = w.inbox.last_edit_of(1).expect("the card of a registered reader");
        assert!(text(&mine).contains(&format!(
            "✅ You have a seat. Your check-in code: {} {}",
            &code[..4],
            &code[4..]
        )));
        assert_eq!(labels(&mine)[..3], ["🙋 What I need to take part", "📅 Add to my calendar", "❌ Give up my seat"]);
        assert!(!text(&mine).contains("Full"));
    })
    .await;
}

pub async fn coordinator(store: &Store, user: i64, regions: &str) {
    let mut tx = store.begin().await.unwrap();
    let scope = Scope::parse(regions, "", None).unwrap();
    staff::grant(&mut tx, user, Role::Coordinator, &scope, "cli", t0()).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_organiser_sees_totals_checks_people_in_and_closes_and_others_cannot() {
    on_each_backend(async |db: TestDb| {
        let mut people = berliners(1..=4);
        people.push(Person { id: 90, ..BERLINER });
        people.push(Person { id: 91, country: "AT", region: "vienna", ..BERLINER });
        people.push(Person { id: 92, ..BERLINER });
        let w = world(&db, &people, salon("2026-04-02T18:00", 10, 2, t0())).await;
        coordinator(&db.store, 90, "berlin").await;
        coordinator(&db.store, 91, "vienna").await;
        coordinator(&db.store, 92, "berlin").await;
        for u in 1..=3 {
            press(&w.app, u, EventAction::Come, w.id).await;
        }
        // Needs, with a few taps: an interpreter into Dari for two, Ukrainian for one, childcare for two.
        let dari = w.app.locales.languages().iter().position(|l| l.tag == "fa-AF").unwrap() as u16;
        let uk = w.app.locales.languages().iter().position(|l| l.tag == "uk").unwrap() as u16;
        for (u, lang) in [(1, dari), (2, dari), (3, uk)] {
            press(&w.app, u, EventAction::Needs, w.id).await;
            press(&w.app, u, EventAction::Interpreters, w.id).await;
            press(&w.app, u, EventAction::Interpreter(Some(lang)), w.id).await;
        }
        for u in [1, 3] {
            let r = press(&w.app, u, EventAction::Toggle(Need::Childcare), w.id).await;
            assert!(labels(&r.views[0]).iter().any(|l| l == "☑️ Childcare"), "{:?}", r.views);
        }
        // Someone without a seat cannot state needs; a language index out of range changes nothing.
        let r = press(&w.app, 4, EventAction::Toggle(Need::Access), w.id).await;
        assert!(all_text(&r).contains("You have no seat for this event."));
        press(&w.app, 1, EventAction::Interpreter(Some(999)), w.id).await;

        let list = command(&w.app, 90, Command::Events, None).await;
        let overview = all_text(&list);
        assert!(
            overview.contains("Registered: 3 of 8 (+2 reserved) · waitlist: 0 · offers open: 0 · checked in: 0"),
            "{overview}"
        );
        assert!(overview.contains("Needs: interpreters: 2 دری, 1 Українська · childcare: 2"), "{overview}");
        assert!(!overview.contains("R-T1"), "totals only, no names");

        // The attendee list: pseudonyms, never Telegram ids.
        let export = organise(&w.app, 90, OrganiseAction::Export, w.id).await;
        let csv = export
            .views
            .iter()
            .find_map(|v| match v {
                View::Document { content, .. } => Some(content.clone()),
                _ => None,
            })
            .expect("a CSV");
        assert!(csv.starts_with("pseudonym,status,checked_in,interpreter,childcare,step_free_access\n"));
        assert!(csv.contains("R-T1,registered,,fa-AF,yes,"), "{csv}");
        assert_eq!(csv.lines().count(), 4);

        // Check-in: a wrong code is refused; the right one, in any case and spacing, lets in once.
        let code = registration(&db.store, w.id, 2).await.unwrap().code;
        let wrong = command(&w.app, 90, Command::CheckIn, Some("ABCD EFGH")).await;
        assert!(all_text(&wrong).contains("No seat with this code"), "{}", all_text(&wrong));
        let typed = format!("{}-{}", code[..4].to_lowercase(), &code[4..]);
        let ok = command(&w.app, 90, Command::CheckIn, Some(&typed)).await;
        assert!(
            all_text(&ok).contains("✅ Checked in for \"Salon: meet the job centre\". 1 of 3 are here."),
            "{}",
            all_text(&ok)
        );
        let twice = command(&w.app, 90, Command::CheckIn, Some(&code)).await;
        assert!(all_text(&twice).contains("checked in before"));
        let usage = command(&w.app, 90, Command::CheckIn, None).await;
        assert!(all_text(&usage).contains("Type /checkin and the code"));

        // A refugee, another region's coordinator and a revoked one can do none of it.
        let code3 = registration(&db.store, w.id, 3).await.unwrap().code;
        let refugee = command(&w.app, 4, Command::CheckIn, Some(&code3)).await;
        assert!(!all_text(&refugee).contains("Checked in"));
        let vienna = command(&w.app, 91, Command::CheckIn, Some(&code3)).await;
        assert!(all_text(&vienna).contains("No seat with this code"));
        assert!(all_text(&command(&w.app, 91, Command::Events, None).await).contains("You have no open events"));
        for (who, action) in
            [(4, OrganiseAction::Export), (91, OrganiseAction::Export), (91, OrganiseAction::CancelConfirm)]
        {
            let r = organise(&w.app, who, action, w.id).await;
            assert!(!r.views.iter().any(|v| matches!(v, View::Document { .. })), "{who} got a file");
            assert!(!all_text(&r).contains("Cancelled."), "{who} cancelled");
        }
        let mut tx = db.store.begin().await.unwrap();
        staff::revoke(&mut tx, 92).await.unwrap();
        tx.commit().await.unwrap();
        let revoked = organise(&w.app, 92, OrganiseAction::Export, w.id).await;
        assert!(!revoked.views.iter().any(|v| matches!(v, View::Document { .. })));
        let revoked = command(&w.app, 92, Command::CheckIn, Some(&code3)).await;
        assert!(!all_text(&revoked).contains("Checked in"));
        assert_eq!(counts(&db.store, w.id).await.checked_in, 1);
        // A refugee who never got the card cannot register by forging the button.
        let stranger = press(&w.app, 91, EventAction::Come, w.id + 1000).await;
        assert!(!all_text(&stranger).contains("You have a seat"));

        // Closing: not before the start; after it, with the attendance.
        let early = organise(&w.app, 90, OrganiseAction::Close, w.id).await;
        assert!(all_text(&early).contains("has not started yet"));
        w.clock.set(days_from_civil(2026, 4, 2) * 86_400 + 20 * 3_600);
        let closed = organise(&w.app, 90, OrganiseAction::Close, w.id).await;
        assert!(all_text(&closed).contains("Closed. 1 of 3 registered people checked in."), "{}", all_text(&closed));
        let mut tx = db.store.begin().await.unwrap();
        let ev = events::get(&mut tx, w.id).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert_eq!(ev.attended, Some(1));
        let again = organise(&w.app, 90, OrganiseAction::Close, w.id).await;
        assert!(all_text(&again).contains("closed before"));
    })
    .await;
}

async fn new_idea(db: &TestDb, user: i64, country: &str, region: &str, text: &str) -> (i64, String) {
    let mut tx = db.store.begin().await.unwrap();
    let new = sifor::storage::ideas::NewIdea {
        topic: "childcare",
        problem: "Kita places are missing",
        idea: text,
        beneficiaries: "families",
        may_contact: true,
        public_display: false,
        locale: "en",
        country: Some(country),
        region: Some(region),
        status: "received",
    };
    let id = sifor::storage::ideas::insert(&mut tx, user, &new, t0()).await.unwrap();
    let (stored, _) = sifor::storage::ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (id, stored.pseudonym.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_a_salon_tells_the_authors_of_the_ideas_discussed_there() {
    on_each_backend(async |db: TestDb| {
        let mut people = berliners(1..=3);
        people.push(Person { id: 90, ..BERLINER });
        people.push(Person { id: 91, country: "AT", region: "vienna", ..BERLINER });
        let w = world(&db, &people, salon("2026-04-02T18:00", 0, 0, t0())).await;
        coordinator(&db.store, 90, "berlin").await;
        coordinator(&db.store, 91, "vienna").await;
        let (berlin, berlin_name) = new_idea(&db, 2, "DE", "berlin", "A Kita next to the language school").await;
        let (vienna, _) = new_idea(&db, 3, "AT", "vienna", "Evening German courses").await;
        w.clock.set(days_from_civil(2026, 4, 2) * 86_400 + 20 * 3_600);
        let closed = organise(&w.app, 90, OrganiseAction::Close, w.id).await;
        let picker = closed.views.last().unwrap();
        assert!(text(picker).starts_with("Which ideas were discussed at this salon?"), "{}", all_text(&closed));
        assert_eq!(labels(picker), [format!("⬜ {berlin_name}: A Kita next to the language school")]);
        // Another region's coordinator, a refugee, and an idea outside the scope: nothing happens.
        for (who, idea) in [(91, berlin), (1, berlin), (90, vienna)] {
            let p = Press::Discussed { event: w.id, idea };
            let r = w.app.handle(UserRef { id: who, chat_id: who }, Input::Press(&p), w.app.now()).await.unwrap();
            assert!(!all_text(&r).contains("marked as discussed"), "{who} marked {idea}");
        }
        let p = Press::Discussed { event: w.id, idea: berlin };
        let r = w.app.handle(UserRef { id: 90, chat_id: 90 }, Input::Press(&p), w.app.now()).await.unwrap();
        assert!(all_text(&r).contains(&format!("{berlin_name}: marked as discussed")), "{}", all_text(&r));
        assert_eq!(labels(r.views.last().unwrap())[0], format!("☑️ {berlin_name}: A Kita next to the language school"));
        drain(&w.b).await;
        let told: Vec<String> =
            w.inbox.texts_to(2).into_iter().filter(|t| t.contains("discussed at the salon")).collect();
        assert_eq!(told.len(), 1, "{:?}", w.inbox.texts_to(2));
        assert!(told[0].contains("🏛️ It was discussed at the salon in Berlin on 2/4/2026."), "{}", told[0]);
        assert!(told[0].contains(&berlin_name));
        assert!(!w.inbox.texts_to(3).iter().any(|t| t.contains("discussed at the salon")));
        let mut tx = db.store.begin().await.unwrap();
        let (i, _) = sifor::storage::ideas::get(&mut tx, vienna).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert_eq!(i.status, "received");
    })
    .await;
}

pub fn button(r: &Reply, label: &str) -> Press {
    r.views
        .iter()
        .rev()
        .find_map(|v| match v {
            View::Keyboard { options, nav, .. } => {
                options.iter().chain(nav).find(|b| b.label == label).map(|b| b.press.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no button {label:?} in {}", all_text(r)))
}

pub async fn say(app: &App, user: i64, text: &str) -> Reply {
    app.handle(UserRef { id: user, chat_id: user }, Input::Text(text), app.now()).await.unwrap()
}

pub async fn tap(app: &App, user: i64, press: &Press) -> Reply {
    app.handle(UserRef { id: user, chat_id: user }, Input::Press(press), app.now()).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_organiser_moves_the_event_and_writes_to_the_registered_in_short_steps() {
    on_each_backend(async |db: TestDb| {
        let mut people = berliners(1..=3);
        people.push(Person { id: 90, ..BERLINER });
        people.push(Person { id: 92, ..BERLINER });
        let w = world(&db, &people, salon("2026-04-02T18:00", 1, 0, t0())).await;
        coordinator(&db.store, 90, "berlin").await;
        coordinator(&db.store, 92, "berlin").await;
        press(&w.app, 1, EventAction::Come, w.id).await;
        press(&w.app, 2, EventAction::Come, w.id).await;

        // A date that does not exist moves nothing.
        let asked = organise(&w.app, 90, OrganiseAction::Move, w.id).await;
        assert!(all_text(&asked).contains("The new date and time"), "{}", all_text(&asked));
        let summary = say(&w.app, 90, "31.2.2026 18:00").await;
        let r = tap(&w.app, 90, &button(&summary, "✅ Looks good")).await;
        assert!(all_text(&r).contains("does not exist or has passed"), "{}", all_text(&r));

        organise(&w.app, 90, OrganiseAction::Move, w.id).await;
        let summary = say(&w.app, 90, "5.4.2026 18:00").await;
        let r = tap(&w.app, 90, &button(&summary, "✅ Looks good")).await;
        assert!(
            all_text(&r).contains("Moved to 🗓️ Sunday, 5/4/2026, 18:00 (time in Germany). 2 people taking part"),
            "{}",
            all_text(&r)
        );
        drain(&w.b).await;
        assert!(w.inbox.texts_to(1).iter().any(|t| t.starts_with("🗓️ New time for \"Salon: meet the job centre\"")));
        assert!(w.inbox.texts_to(2).iter().any(|t| t.starts_with("🗓️ New time for")), "the waiting hear it too");
        let file = ics::parse(w.inbox.files_to(1).last().expect("a new calendar file")).unwrap();
        assert_eq!((file.dtstart_local.as_deref(), file.sequence), (Some("20260405T180000"), Some(1)));
        assert!(w.inbox.files_to(2).is_empty(), "no calendar file without a seat");
        let edited = w.inbox.last_edit_of(3).expect("the card of someone not registered is edited too");
        assert!(text(&edited).contains("Sunday, 5/4/2026, 18:00"), "{}", text(&edited));

        // A message to the registered: only those with a seat get it.
        organise(&w.app, 90, OrganiseAction::Message, w.id).await;
        let summary = say(&w.app, 90, "Please bring your residence permit.").await;
        let r = tap(&w.app, 90, &button(&summary, "✅ Looks good")).await;
        assert!(all_text(&r).contains("Your message is going out to 1 registered people."), "{}", all_text(&r));
        drain(&w.b).await;
        let to_1 = w.inbox.texts_to(1);
        assert!(
            to_1.iter().any(|t| t
                == "✉️ From the organisers of \"Salon: meet the job centre\":\n\nPlease bring your residence permit."),
            "{to_1:?}"
        );
        assert!(!w.inbox.texts_to(2).iter().any(|t| t.contains("residence permit")));

        // Revoked while writing: nothing is sent.
        organise(&w.app, 92, OrganiseAction::Message, w.id).await;
        let summary = say(&w.app, 92, "A message from someone revoked").await;
        let mut tx = db.store.begin().await.unwrap();
        staff::revoke(&mut tx, 92).await.unwrap();
        tx.commit().await.unwrap();
        tap(&w.app, 92, &button(&summary, "✅ Looks good")).await;
        drain(&w.b).await;
        assert!(!w.inbox.texts_to(1).iter().any(|t| t.contains("someone revoked")));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_and_needs_are_erased_a_month_after_the_start() {
    on_each_backend(async |db: TestDb| {
        let w = world(&db, &berliners(1..=1), salon("2026-04-02T18:00", 0, 0, t0())).await;
        press(&w.app, 1, EventAction::Come, w.id).await;
        press(&w.app, 1, EventAction::Toggle(Need::Access), w.id).await;
        assert_eq!(counts(&db.store, w.id).await.access, 1);
        let starts = days_from_civil(2026, 4, 2) * 86_400 + 16 * 3_600;
        let rules = sifor::config::Retention::default();
        sifor::storage::purge::run(&db.store, rules, starts + 29 * 86_400).await.unwrap();
        assert_eq!(counts(&db.store, w.id).await.access, 1, "kept for a month");
        sifor::storage::purge::run(&db.store, rules, starts + 31 * 86_400).await.unwrap();
        assert_eq!(registration(&db.store, w.id, 1).await, None, "registrations, codes and needs go");
        assert_eq!(counts(&db.store, w.id).await, attendance::Counts::default());
    })
    .await;
}
