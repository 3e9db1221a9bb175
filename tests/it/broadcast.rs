//! Announcements and the broadcast ledger, on both backends: the audience (each filter, each
//! exclusion), the card in English, Arabic and a locale without a translation, a coordinator's
//! /announce in Telegram with its preview and scope (and what refugees, other coordinators and
//! revoked ones can NOT do), 2,000 recipients with blocks, a 429 and failures, pause, resume,
//! abort, fixing and cancelling every sent copy, the buttons under a card, and the worker's
//! rules as of a moved clock (interrupted rows become `unknown`, late rows `expired`, a bad
//! canary pauses). The kill -9 and two-worker tests run the built binary.

use crate::app::{STALE, TestApp, on_each_backend, test_broadcast};
use crate::db::TestDb;
use crate::fake_telegram::{FakeTelegram, Fault};
use sifor::domain::Role;
use sifor::domain::announcement::{Announcement, Audience};
use sifor::domain::clock::{Clock, ManualClock};
use sifor::domain::staff::Scope;
use sifor::services::coordinator::announce::{self, Author};
use sifor::services::coordinator::{card, control};
use sifor::services::refugee::view::{BroadcastAction, View};
use sifor::services::workers::broadcast::{Broadcaster, Delivery, Outbox, Step};
use sifor::storage::announcements::{self as stored, State};
use sifor::storage::deliveries::{self, Counts};
use sifor::storage::{Store, staff};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One seeded user.
#[derive(Clone, Copy)]
pub struct Person<'a> {
    pub id: i64,
    pub locale: &'a str,
    pub country: &'a str,
    pub region: &'a str,
    pub goals: &'a str,
    pub age: &'a str,
    pub consent: bool,
    pub muted: bool,
    pub unreachable: bool,
    pub came_from: Option<&'a str>,
}

pub const BERLINER: Person<'static> = Person {
    id: 0,
    locale: "en",
    country: "DE",
    region: "berlin",
    goals: "job",
    age: "25_35",
    consent: true,
    muted: false,
    unreachable: false,
    came_from: None,
};

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// Writes users with their consent and profile answers straight into the store.
pub async fn seed(store: &Store, people: &[Person<'_>]) {
    let t = now();
    let mut tx = store.begin().await.unwrap();
    for p in people {
        sqlx::query(
            "INSERT INTO users (id, chat_id, pseudonym, locale, muted, unreachable_since, came_from, created_at, last_seen) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        )
        .bind(p.id)
        .bind(p.id)
        .bind(format!("R-T{}", p.id))
        .bind(p.locale)
        .bind(i64::from(p.muted))
        .bind(p.unreachable.then_some(t))
        .bind(p.came_from)
        .bind(t)
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO consents (user_id, purpose, granted, policy_version, locale, decided_at) VALUES ($1, 'announcements', $2, '2026-11', $3, $4)",
        )
        .bind(p.id)
        .bind(i64::from(p.consent))
        .bind(p.locale)
        .bind(t)
        .execute(&mut *tx)
        .await
        .unwrap();
        for (key, value) in [("country", p.country), ("region", p.region), ("goals", p.goals), ("age_band", p.age)] {
            if value.is_empty() {
                continue;
            }
            sqlx::query(
                "INSERT INTO answers (user_id, key, value, flow, updated_at) VALUES ($1, $2, $3, 'onboarding', $4)",
            )
            .bind(p.id)
            .bind(key)
            .bind(value)
            .bind(t)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
}

fn announcement(audience: Audience) -> Announcement {
    let file = r#"
kind = "workshop"
starts = "2030-12-05T18:00"
place = "Nachbarschaftshaus, Berlin-Neukölln"
link = "https://example.org/workshop"
[text.en]
title = "Workshop: your own business in Berlin"
body = "Three hours with founders who started here."
[text.ar]
title = "ورشة عمل: مشروعك الخاص في برلين"
body = "ثلاث ساعات مع مؤسسين بدأوا هنا."
"#;
    let tags = ["en", "ar", "de", "uk", "fa", "fa-AF", "ps", "ru", "tr", "ku", "ckb", "it", "sl", "fr"];
    let mut a = Announcement::from_file(file, &tags, now()).unwrap();
    a.audience = audience;
    a
}

async fn recipients(store: &Store, audience: Audience) -> Vec<i64> {
    let mut tx = store.begin().await.unwrap();
    let plan = announce::plan(&mut tx, &announcement(audience)).await.unwrap();
    tx.commit().await.unwrap();
    plan.recipients
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audience_is_exactly_the_users_its_filters_and_the_exclusions_leave() {
    on_each_backend(async |db: TestDb| {
        let p = BERLINER;
        seed(
            &db.store,
            &[
                Person { id: 1, ..p },
                Person { id: 2, locale: "ar", goals: "job,language", ..p },
                Person { id: 3, locale: "fa-AF", region: "other_de", goals: "own_business", ..p },
                Person { id: 4, country: "AT", region: "vienna", ..p },
                Person { id: 5, came_from: Some("caritas"), goals: "training", ..p },
                // Exclusions: no consent, muted (/stop), unreachable, under 16, no age given.
                Person { id: 6, consent: false, ..p },
                Person { id: 7, muted: true, ..p },
                Person { id: 8, unreachable: true, ..p },
                Person { id: 9, age: "14_15", ..p },
                Person { id: 10, age: "", ..p },
            ],
        )
        .await;
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let store = &db.store;
        assert_eq!(
            recipients(store, Audience { countries: s(&["DE", "AT"]), ..Default::default() }).await,
            [1, 2, 3, 4, 5]
        );
        assert_eq!(recipients(store, Audience { regions: s(&["berlin"]), ..Default::default() }).await, [1, 2, 5]);
        // A region listed narrows its country; another country stays whole.
        let mixed = Audience { countries: s(&["DE", "AT"]), regions: s(&["berlin"]), ..Default::default() };
        assert_eq!(recipients(store, mixed).await, [1, 2, 4, 5]);
        let languages = Audience { countries: s(&["DE"]), languages: s(&["ar", "fa"]), ..Default::default() };
        assert_eq!(recipients(store, languages).await, [2, 3]);
        let goals = Audience { countries: s(&["DE"]), goals: s(&["language", "own_business"]), ..Default::default() };
        assert_eq!(recipients(store, goals).await, [2, 3]);
        let source = Audience { countries: s(&["DE"]), sources: s(&["caritas"]), ..Default::default() };
        assert_eq!(recipients(store, source).await, [5]);
        // The preview's counts per language.
        let mut tx = store.begin().await.unwrap();
        let plan = announce::plan(&mut tx, &announcement(Audience { countries: s(&["DE"]), ..Default::default() }))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(plan.by_locale, [("en".to_string(), 2), ("ar".to_string(), 1), ("fa-AF".to_string(), 1)]);
        let app = db.app();
        let reach = announce::reach_text(&app.locales, "en", &plan);
        assert_eq!(reach, "Reaches 4 people (English 2, العربية 1, دری 1).");
    })
    .await;
}

#[test]
fn the_card_reads_right_in_english_arabic_and_a_locale_without_a_text() {
    let (_, locales) = crate::support::content();
    let locales = &locales;
    let a = announcement(Audience { regions: vec!["berlin".into()], ..Default::default() });
    let text = |tag: &str| match card::card(locales, tag, 7, &a, false) {
        View::Keyboard { text, options, nav, .. } => {
            let labels: Vec<String> = options.iter().chain(&nav).map(|b| b.label.clone()).collect();
            (text, labels)
        }
        other => panic!("{other:?}"),
    };
    let (en, buttons) = text("en");
    assert_eq!(
        en,
        "🛠️ Workshop\n🗓️ Thursday, 5/12/2030, 18:00 (time in Germany)\n📍 Nachbarschaftshaus, Berlin-Neukölln\n\n\
         Workshop: your own business in Berlin\n\nThree hours with founders who started here."
    );
    assert_eq!(buttons, ["🔗 More information", "❓ Why do I get this?", "🔕 No more announcements"]);

    let (ar, buttons) = text("ar");
    assert!(ar.starts_with('\u{200F}') || ar.starts_with('🛠'), "{ar:?}");
    assert!(ar.contains("ورشة عمل: مشروعك الخاص في برلين"), "the Arabic text: {ar}");
    assert!(!ar.contains("Workshop: your own business"), "no English text for Arabic readers");
    // Latin names and times sit inside isolates, so they do not turn the line around.
    assert!(ar.contains("\u{2068}18:00\u{2069}"), "{ar:?}");
    assert!(ar.contains("\u{2068}Nachbarschaftshaus, Berlin-Neukölln\u{2069}"), "{ar:?}");
    for line in ar.lines().filter(|l| !l.is_empty()) {
        let first = line.chars().next().unwrap();
        assert!(first == '\u{200F}' || sifor::i18n::rtl::is_rtl_letter(first), "line starts RTL: {line:?}");
    }
    assert_eq!(buttons[2], locales.text("ar", "btn-ann-stop", &[]));

    // Ukrainian readers get the card in Ukrainian and the English text, marked.
    let (uk, buttons) = text("uk");
    let marked = locales.text("uk", "ann-written-in", &[("language", sifor::flow::Arg::Str("English".into()))]);
    assert!(uk.contains(&marked), "{uk}");
    assert!(uk.contains(&locales.text("uk", "ann-kind-workshop", &[])), "{uk}");
    assert!(uk.contains("Workshop: your own business in Berlin"), "{uk}");
    assert_eq!(buttons[1], locales.text("uk", "btn-ann-why", &[]));
    assert_ne!(buttons[1], "❓ Why do I get this?");
    // Dari readers take a Persian text as their own; with only English and Arabic they are told.
    let (dari, _) = text("fa-AF");
    assert!(dari.contains("English"), "{dari}");
}

/// What a recording outbox saw and how it answers.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<(i64, String)>>,
    edited: Mutex<Vec<(i64, i64, String)>>,
    answers: Mutex<HashMap<i64, Delivery>>,
}

impl Outbox for Recorder {
    async fn send(&self, chat: i64, view: &View, _paid: bool) -> Delivery {
        let text = match view {
            View::Keyboard { text, .. } | View::Text(text) => text.clone(),
            _ => String::new(),
        };
        let answer = self.answers.lock().unwrap().get(&chat).cloned();
        match answer {
            Some(a) => a,
            None => {
                let mut sent = self.sent.lock().unwrap();
                sent.push((chat, text));
                Delivery::Sent(sent.len() as i64)
            }
        }
    }

    async fn edit(&self, chat: i64, message: i64, view: &View) -> Delivery {
        let text = match view {
            View::Keyboard { text, .. } | View::Text(text) => text.clone(),
            _ => String::new(),
        };
        self.edited.lock().unwrap().push((chat, message, text));
        Delivery::Sent(message)
    }
}

async fn counts(store: &Store, id: i64) -> Counts {
    let mut tx = store.begin().await.unwrap();
    let c = deliveries::counts(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    c
}

async fn state(store: &Store, id: i64) -> (State, Option<String>) {
    let mut tx = store.begin().await.unwrap();
    let a = stored::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (a.state, a.paused_reason)
}

async fn run_until_idle<O: Outbox>(b: &Broadcaster<O>) {
    for _ in 0..1_000 {
        if b.try_deliver_next().await.unwrap() == Step::Idle {
            // Between phases a step may only judge the canary or finish; one more settles it.
            if b.try_deliver_next().await.unwrap() == Step::Idle {
                return;
            }
        }
    }
    panic!("the broadcaster never went idle");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupted_rows_become_unknown_late_rows_expire_and_a_bad_canary_pauses() {
    on_each_backend(async |db: TestDb| {
        let people: Vec<Person> = (1..=120).map(|id| Person { id, ..BERLINER }).collect();
        seed(&db.store, &people).await;
        let t0 = now();
        let clock = ManualClock::at(t0);
        let app = Arc::new(db.app().with_clock(Arc::new(clock.clone())));
        let outbox = Arc::new(Recorder::default());
        let b = Broadcaster::new(app.clone(), outbox.clone(), test_broadcast());
        let everyone = Audience { countries: vec!["DE".into()], ..Default::default() };

        // A worker died with rows claimed: after the lease they are `unknown`, never sent again.
        let (first, rows) =
            announce::publish(&db.store, &announcement(everyone.clone()), Author::Cli, t0).await.unwrap();
        assert_eq!(rows, 120);
        let mut tx = db.store.begin().await.unwrap();
        // (The canary is taken as passed here; a cut-off canary row counts as bad, below.)
        stored::set_canary_checked(&mut tx, first).await.unwrap();
        let claimed = deliveries::claim(&mut tx, first, false, 10, t0).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(claimed.len(), 10);
        b.try_deliver_next().await.unwrap();
        assert_eq!(counts(&db.store, first).await.unknown, 0, "within the lease the claimed rows wait");
        clock.advance(61);
        run_until_idle(&b).await;
        let c = counts(&db.store, first).await;
        assert_eq!((c.unknown, c.sent, c.pending, c.sending), (10, 110, 0, 0));
        assert_eq!(outbox.sent.lock().unwrap().len(), 110);
        assert_eq!(state(&db.store, first).await.0, State::Done);

        // Rows not sent before the start expire.
        let mut late = announcement(everyone.clone());
        late.expires = clock.now() + 3_600;
        let (second, _) = announce::publish(&db.store, &late, Author::Cli, clock.now()).await.unwrap();
        let mut tx = db.store.begin().await.unwrap();
        control::apply(&mut tx, second, BroadcastAction::Pause, Author::Cli, clock.now()).await.unwrap();
        tx.commit().await.unwrap();
        clock.advance(3_601);
        let mut tx = db.store.begin().await.unwrap();
        control::apply(&mut tx, second, BroadcastAction::Resume, Author::Cli, clock.now()).await.unwrap();
        tx.commit().await.unwrap();
        run_until_idle(&b).await;
        let c = counts(&db.store, second).await;
        assert_eq!((c.expired, c.sent), (120, 0), "nothing goes out after the expiry");

        // A canary with many blocks pauses the broadcast before the rest is sent.
        let before = outbox.sent.lock().unwrap().len();
        {
            let mut answers = outbox.answers.lock().unwrap();
            for id in 1..=120 {
                if id % 10 != 0 {
                    answers.insert(id, Delivery::Blocked);
                }
            }
        }
        let (third, _) = announce::publish(&db.store, &announcement(everyone), Author::Cli, clock.now()).await.unwrap();
        run_until_idle(&b).await;
        assert_eq!(state(&db.store, third).await, (State::Paused, Some("canary".into())));
        let c = counts(&db.store, third).await;
        let canary = (1..=120).filter(|u| announce::in_canary(third, *u)).count().max(announce::CANARY_MIN);
        assert_eq!((c.sent + c.blocked) as usize, canary, "only the canary went out");
        assert_eq!(outbox.sent.lock().unwrap().len() - before, c.sent as usize);
        // The coordinator looks and goes on: the rest goes out.
        let mut tx = db.store.begin().await.unwrap();
        control::apply(&mut tx, third, BroadcastAction::Resume, Author::Cli, clock.now()).await.unwrap();
        tx.commit().await.unwrap();
        run_until_idle(&b).await;
        let c = counts(&db.store, third).await;
        assert_eq!((c.sent, c.blocked, c.pending), (12, 108, 0));
        assert_eq!(state(&db.store, third).await.0, State::Done);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pause_before_the_canary_keeps_it_and_a_burst_of_failures_pauses() {
    on_each_backend(async |db: TestDb| {
        let people: Vec<Person> = (1..=120).map(|id| Person { id, ..BERLINER }).collect();
        seed(&db.store, &people).await;
        let t0 = now();
        let app = Arc::new(db.app());
        let outbox = Arc::new(Recorder::default());
        // Batches of 10, so that a burst of failures leaves most of the ledger.
        let b =
            Broadcaster::new(app.clone(), outbox.clone(), sifor::config::Broadcast { rate: 20, ..test_broadcast() });
        let everyone = Audience { countries: vec!["DE".into()], ..Default::default() };
        {
            let mut answers = outbox.answers.lock().unwrap();
            for id in (1..=120).filter(|id| id % 10 != 0) {
                answers.insert(id, Delivery::Blocked);
            }
        }
        // Paused and resumed by the coordinator before the canary was judged: still judged.
        let (first, _) = announce::publish(&db.store, &announcement(everyone.clone()), Author::Cli, t0).await.unwrap();
        for action in [BroadcastAction::Pause, BroadcastAction::Resume] {
            let mut tx = db.store.begin().await.unwrap();
            control::apply(&mut tx, first, action, Author::Cli, t0).await.unwrap();
            tx.commit().await.unwrap();
        }
        run_until_idle(&b).await;
        assert_eq!(state(&db.store, first).await, (State::Paused, Some("canary".into())));
        let mut tx = db.store.begin().await.unwrap();
        control::apply(&mut tx, first, BroadcastAction::Abort, Author::Cli, t0).await.unwrap();
        tx.commit().await.unwrap();

        // Telegram fails for everyone after a good canary: the broadcast pauses, it does not
        // burn through its ledger.
        outbox.answers.lock().unwrap().clear();
        let (second, _) = announce::publish(&db.store, &announcement(everyone), Author::Cli, t0).await.unwrap();
        assert!(matches!(b.try_deliver_next().await.unwrap(), Step::Worked(_)), "the canary goes out");
        assert_eq!(b.try_deliver_next().await.unwrap(), Step::Worked(0), "and is judged");
        let c = counts(&db.store, second).await;
        assert!(c.sent >= 5 && c.pending > 0, "{c:?}");
        assert_eq!(state(&db.store, second).await.0, State::Running, "the canary passed; the rest is not sent yet");
        {
            let mut answers = outbox.answers.lock().unwrap();
            for id in 1..=120 {
                answers.insert(id, Delivery::Failed("network"));
            }
        }
        run_until_idle(&b).await;
        assert_eq!(state(&db.store, second).await, (State::Paused, Some("errors".into())));
        let c = counts(&db.store, second).await;
        assert!(c.pending > 0, "most of the ledger is kept for later: {c:?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_author_purged_as_a_user_without_consent_leaves_no_trace_on_announcements() {
    on_each_backend(async |db: TestDb| {
        seed(&db.store, &[Person { id: 1, ..BERLINER }]).await;
        let t0 = now();
        // A coordinator who never gave consent as a user, then was revoked.
        let mut tx = db.store.begin().await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, chat_id, pseudonym, role, created_at, last_seen) VALUES (900, 900, 'R-COORD', 'refugee', $1, $1)",
        )
        .bind(t0 - 30 * 86_400)
        .execute(&mut *tx)
        .await
        .unwrap();
        let author = Author::Staff { user_id: 900, chat_id: 900, pseudonym: "R-COORD" };
        let a = announcement(Audience { regions: vec!["berlin".into()], ..Default::default() });
        let id = announce::draft(&mut tx, &a, author, t0).await.unwrap();
        tx.commit().await.unwrap();
        sifor::storage::purge::run(&db.store, sifor::config::Retention::default(), t0).await.unwrap();
        let mut tx = db.store.begin().await.unwrap();
        let stored = stored::get(&mut tx, id).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert_eq!((stored.author.as_str(), stored.author_chat), ("deleted", None));
        assert!(!db.dump().await.contains("R-COORD"), "the pseudonym is gone everywhere");
    })
    .await;
}

/// A coordinator of `regions` with a chosen language (English).
async fn coordinator(t: &TestApp, user: i64, regions: &str) {
    t.send_text(user, "/start");
    t.press(user, "English").await;
    t.sees(user, "How old are you?").await;
    let mut tx = t.db.store.begin().await.unwrap();
    let scope = Scope::parse(regions, "", None).unwrap();
    staff::grant(&mut tx, user, Role::Coordinator, &scope, "cli", now()).await.unwrap();
    tx.commit().await.unwrap();
}

async fn latest_announcement(store: &Store) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let id = stored::recent(&mut tx, 1).await.unwrap()[0].id;
    tx.commit().await.unwrap();
    id
}

async fn wait_state(store: &Store, id: i64, want: State) {
    for _ in 0..600 {
        if state(store, id).await.0 == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("broadcast {id} never reached {want:?}: {:?}, {:?}", state(store, id).await, counts(store, id).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_announces_in_telegram_to_their_scope_only_and_others_cannot_touch_it() {
    on_each_backend(async |db: TestDb| {
        let p = BERLINER;
        seed(
            &db.store,
            &[
                Person { id: 1, ..p },
                Person { id: 2, locale: "ar", ..p },
                Person { id: 3, locale: "uk", goals: "own_business", ..p },
                Person { id: 4, country: "AT", region: "vienna", ..p },
            ],
        )
        .await;
        let t = TestApp::start(db).await;
        coordinator(&t, 900, "berlin").await;
        coordinator(&t, 901, "vienna").await;
        // Refugees do not have the command.
        t.send_text(1, "/announce");
        t.sees_times(1, "I do not know this command.", 1).await;

        t.send_text(900, "/announce");
        t.press(900, "🛠️ Workshop").await;
        t.sees(900, "The title, in one line").await;
        t.send_text(900, "Workshop: your own business");
        t.sees(900, "The text: what, for whom").await;
        t.send_text(900, "Three hours with founders & friends.");
        t.sees(900, "When does it start?").await;
        t.send_text(900, "3.12.2031 18:00");
        t.sees(900, "Where?").await;
        t.send_text(900, "Nachbarschaftshaus");
        t.sees(900, "How many seats?").await;
        t.send_text(900, "20");
        t.sees(900, "A web link for more information").await;
        t.press(900, "⏭️ Skip").await;
        t.sees(900, "Who should get it?").await;
        t.press(900, "💼 A job").await;
        t.press(900, "✅ Done").await;
        t.press(900, "✅ Looks good").await;
        t.saw(900, "👀 As readers of English will see it:").await;
        t.fake.wait_for(900, "the preview", |seen| seen.iter().any(|m| m.text.starts_with("Reaches 2 people"))).await;
        let preview = t.fake.seen(900).into_iter().find(|m| m.text.starts_with("Reaches 2 people")).unwrap();
        assert!(preview.text.starts_with("Reaches 2 people (العربية 1, English 1)."), "{}", preview.text);
        // The main menu comes after the preview, not between it and its card.
        t.sees(900, "What would you like to do?").await;
        assert!(
            preview.text.contains("Without your own text in their language, readers of العربية get"),
            "{}",
            preview.text
        );
        let id = latest_announcement(&t.db.store).await;
        assert_eq!(state(&t.db.store, id).await.0, State::Draft);
        assert_eq!(counts(&t.db.store, id).await.total(), 0, "nothing is written to the ledger before Send");
        // The Arabic card, on request.
        t.press_on(900, &preview, "👀 العربية");
        let arabic = t.sees(900, "👀 As readers of العربية will see it:").await;
        assert!(arabic.text.contains(&t.text("ar", "ann-kind-workshop")), "{}", arabic.text);
        assert!(arabic.text.contains("Three hours with founders"), "{}", arabic.text);

        // Another coordinator, a refugee and a forged press cannot send, pause or preview it.
        let mut stale: HashMap<i64, usize> = HashMap::new();
        for (user, data) in
            [(901, format!("Bs{id}")), (1, format!("Bs{id}")), (1, format!("Bv1.{id}")), (901, format!("Bd{id}"))]
        {
            t.press_data(user, 1, &data);
            let n = stale.entry(user).or_default();
            *n += 1;
            t.sees_times(user, STALE, *n).await;
        }
        assert_eq!(state(&t.db.store, id).await.0, State::Draft);

        t.press_on(900, &preview, "✅ Send to 2");
        t.saw(900, "✅ Sending to 3 people").await;
        wait_state(&t.db.store, id, State::Done).await;
        // The Berliners with a job goal got it, in their language; Vienna and the founder did not.
        let card1 = t.saw(1, "Workshop: your own business").await;
        assert!(card1.text.contains("🗓️ Wednesday, 3/12/2031, 18:00 (time in Germany)"), "{}", card1.text);
        // A workshop with a start is an event with the seats given in the flow.
        assert!(card1.text.contains("🪑 Seats are free."), "{}", card1.text);
        assert_eq!(card1.labels()[..2], ["✅ I'll come", "❌ Can't come"]);
        let mut tx = t.db.store.begin().await.unwrap();
        let event = sifor::storage::events::get(&mut tx, id).await.unwrap().expect("an event");
        tx.commit().await.unwrap();
        assert_eq!(event.seats.capacity, 20);
        assert!(card1.text.contains("founders & friends"));
        let card2 = t.saw(2, &t.text("ar", "ann-kind-workshop")).await;
        assert!(card2.text.contains(&t.text("ar", "ann-weekday-3")), "{}", card2.text);
        assert!(t.fake.seen(3).iter().all(|m| !m.text.contains("Workshop")));
        assert!(t.fake.seen(4).iter().all(|m| !m.text.contains("Workshop")));
        // The coordinator's own copy came first, then the progress message.
        t.saw(900, "📣 A").await;
        t.fake.wait_for(900, "the final progress", |seen| seen.iter().any(|m| m.text.contains("✅ Done."))).await;
        let c = counts(&t.db.store, id).await;
        assert_eq!((c.sent, c.total()), (3, 3));

        // A typo: "✏️ Fix the text" on the progress message, the new text, every copy edited.
        let progress = t.saw(900, "✅ Done.").await;
        t.press_on(900, &progress, "✏️ Fix the text");
        t.sees(900, "The corrected title").await;
        t.send_text(900, "Workshop: your own business, fixed");
        t.sees(900, "The text: what, for whom").await;
        t.send_text(900, "Three hours with founders and friends.");
        t.press(900, "✅ Looks good").await;
        t.saw(900, "✏️ Corrected. The 3 copies already sent are being edited").await;
        for user in [1, 2] {
            let what = format!("user {user}'s copy edited");
            t.fake.wait_for(user, &what, |seen| seen.iter().any(|m| m.text.contains("your own business, fixed"))).await;
            let copies = t.fake.seen(user).iter().filter(|m| m.text.contains("Workshop: your own business")).count();
            assert_eq!(copies, 1, "user {user}: the copy was edited, not sent again");
            assert!(t.fake.seen(user).iter().all(|m| !m.text.contains("founders & friends")), "user {user}");
        }
        // Another coordinator cannot open the fix.
        t.press_data(901, 1, &format!("Bf{id}"));
        t.sees_times(901, STALE, 3).await;

        // A revoked coordinator's buttons go inert.
        let mut tx = t.db.store.begin().await.unwrap();
        staff::revoke(&mut tx, 900).await.unwrap();
        tx.commit().await.unwrap();
        t.press_data(900, 1, &format!("By{id}"));
        t.sees_times(900, STALE, 1).await;
        let mut tx = t.db.store.begin().await.unwrap();
        assert!(!stored::get(&mut tx, id).await.unwrap().unwrap().cancelled);
        tx.commit().await.unwrap();
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_buttons_under_a_card_explain_and_stop_announcements() {
    on_each_backend(async |db: TestDb| {
        seed(&db.store, &[Person { id: 1, ..BERLINER }, Person { id: 2, ..BERLINER }]).await;
        let t = TestApp::start(db).await;
        let berlin = Audience { regions: vec!["berlin".into()], goals: vec!["job".into()], ..Default::default() };
        let (id, _) = announce::publish(&t.db.store, &announcement(berlin.clone()), Author::Cli, now()).await.unwrap();
        let card = t.sees(1, "Workshop: your own business").await;
        assert_eq!(card.data.last().unwrap(), &[format!("Aw{id}"), "As".to_string()]);
        assert_eq!(card.data[0], [format!("Ey{id}")], "a workshop with a start takes registrations");
        t.press(1, "❓ Why do I get this?").await;
        let why = t.sees(1, "You get this because").await;
        assert!(why.text.contains("you live in Berlin"), "{}", why.text);
        assert!(why.text.contains("you are looking for: 💼 A job"), "{}", why.text);
        // Asking about an announcement one was not sent reveals nothing.
        t.press_data(1, 1, &format!("Aw{}", id + 1));
        t.sees_times(1, "This announcement is no longer here.", 1).await;

        // The card's own button, pressed after other messages came.
        t.press_data(1, card.id, "As");
        t.sees(1, &t.text("en", "stop-done")).await;
        t.fake.settle().await;
        assert_eq!(t.stored_user(1, "muted").await.as_deref(), Some("1"));
        let (next, rows) = announce::publish(&t.db.store, &announcement(berlin), Author::Cli, now()).await.unwrap();
        assert_eq!(rows, 1, "only the user who did not stop gets the next one");
        wait_state(&t.db.store, next, State::Done).await;
        t.sees_times(2, "Workshop: your own business", 2).await;
        t.fake.settle().await;
        assert_eq!(t.fake.seen(1).iter().filter(|m| m.text.contains("Workshop: your own")).count(), 1);

        // /mydata tells which announcements went to the user, by id and status only.
        t.send_text(1, "/mydata");
        let export = t.fake.wait_for(1, "the export", |seen| seen.iter().any(|m| m.document.is_some())).await;
        let (_, content) = export.iter().find_map(|m| m.document.clone()).unwrap();
        let data: serde_json::Value = serde_json::from_str(&content).unwrap();
        assert_eq!(data["announcements_received"][0]["announcement"], serde_json::json!(id));
        assert_eq!(data["announcements_received"][0]["status"], "sent");
        assert!(!content.contains("Workshop: your own business"), "no texts of announcements in the export");

        // The ledger follows the user on /delete.
        let rows = |store: Store, user: i64| async move {
            sqlx::query("SELECT COUNT(*) AS n FROM deliveries WHERE user_id = $1")
                .bind(user)
                .fetch_one(store.pool())
                .await
                .map(|r| sqlx::Row::get::<i64, _>(&r, "n"))
                .unwrap()
        };
        assert_eq!(rows(t.db.store.clone(), 2).await, 2);
        t.send_text(2, "/delete");
        t.press(2, &t.text("en", "delete-yes")).await;
        t.sees(2, &t.text("en", "delete-done")).await;
        assert_eq!(rows(t.db.store.clone(), 2).await, 0);
        assert_eq!(rows(t.db.store.clone(), 1).await, 1);
    })
    .await;
}

/// Chats that got the announcement's card, with how often.
fn cards(fake: &FakeTelegram, users: impl Iterator<Item = i64>) -> HashMap<i64, usize> {
    users.map(|u| (u, fake.seen(u).iter().filter(|m| m.text.contains("Workshop: your own business")).count())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_recipients_with_blocks_a_429_and_failures_each_get_one_message() {
    on_each_backend(async |db: TestDb| {
        const N: i64 = 2_000;
        let people: Vec<Person> = (1..=N).map(|id| Person { id, ..BERLINER }).collect();
        seed(&db.store, &people).await;
        let t = TestApp::start(db).await;
        let blocked: Vec<i64> = (1..=N).filter(|u| u % 20 == 7).collect();
        let failing: Vec<i64> = (1..=N).filter(|u| u % 100 == 13).collect();
        for u in &blocked {
            t.fake.fail("sendMessage", Some(*u), Fault::Blocked, 1);
        }
        for u in &failing {
            t.fake.fail("sendMessage", Some(*u), Fault::ServerError, 1);
        }
        // Telegram asks to wait once, in the middle.
        t.fake.fail("sendMessage", Some(1_001), Fault::RetryAfter(1), 1);
        let everyone = Audience { countries: vec!["DE".into()], ..Default::default() };
        let (id, rows) = announce::publish(&t.db.store, &announcement(everyone), Author::Cli, now()).await.unwrap();
        assert_eq!(rows, N as usize);
        wait_state(&t.db.store, id, State::Done).await;
        let c = counts(&t.db.store, id).await;
        assert_eq!((c.sent, c.blocked, c.failed, c.unknown), (N - 100 - 20, 100, 20, 0));
        let got = cards(&t.fake, 1..=N);
        for u in 1..=N {
            let want = usize::from(!blocked.contains(&u) && !failing.contains(&u));
            assert_eq!(got[&u], want, "user {u}");
        }
        // The throttled request went again, once.
        let to_1001 = t.fake.requests("sendMessage").iter().filter(|b| b["chat_id"].as_i64() == Some(1_001)).count();
        assert_eq!(to_1001, 2);
        // Blocked users are unreachable now; the ledger holds ids and statuses only.
        assert!(t.stored_user(7, "unreachable_since").await.is_some());
        assert!(t.stored_user(8, "unreachable_since").await.is_none());
    })
    .await;
}

fn sifor(db: &TestDb, args: &[&str]) -> (i32, String) {
    db.sifor(args)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sifor_announce_previews_confirms_and_prints_the_id_last() {
    on_each_backend(async |db: TestDb| {
        let p = BERLINER;
        seed(&db.store, &[Person { id: 1, ..p }, Person { id: 2, locale: "ar", ..p }, Person { id: 3, locale: "uk", ..p }])
            .await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("workshop.toml");
        std::fs::write(
            &file,
            "kind = \"workshop\"\ncountries = [\"de\"]\nregions = [\"berlin\"]\nstarts = \"2031-12-04T18:00\"\n\
             place = \"Nachbarschaftshaus\"\n[text.en]\ntitle = \"Workshop: your own business in Berlin\"\nbody = \"Three hours.\"\n",
        )
        .unwrap();
        let path = file.to_str().unwrap();
        let (code, out) = db.sifor(&["announce", path, "--dry-run"]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("Reaches 3 people (العربية 1, English 1, Українська 1)."), "{out}");
        assert!(out.contains("--- العربية (ar) ---") && out.contains("--- Українська (uk) ---"), "{out}");
        assert!(out.contains("🗓️ Thursday, 4/12/2031, 18:00 (time in Germany)"), "{out}");
        assert!(out.trim_end().ends_with("dry run: nothing was stored or sent"), "{out}");
        let mut tx = db.store.begin().await.unwrap();
        assert!(stored::recent(&mut tx, 1).await.unwrap().is_empty(), "a dry run stores nothing");
        tx.commit().await.unwrap();
        // Without a terminal to ask, only --yes sends.
        let (code, out) = db.sifor(&["announce", path]);
        assert_eq!(code, 1, "{out}");
        let (code, out) = db.sifor(&["announce", path, "--yes"]);
        assert_eq!(code, 0, "{out}");
        let id: i64 = out.trim_end().lines().last().unwrap().parse().expect("the id is the last line");
        assert_eq!(counts(&db.store, id).await.pending, 3);
        let (_, status) = db.sifor(&["broadcast", "status", &id.to_string()]);
        assert!(status.contains(&format!("A{id} running")) && status.contains("0/3 sent"), "{status}");
        // A bad file: every problem, nothing stored.
        std::fs::write(&file, "kind = \"party\"\ncountries = [\"fr\"]\nstarts = \"tomorrow\"\n").unwrap();
        let (code, out) = db.sifor(&["announce", path, "--yes"]);
        assert_eq!(code, 2, "{out}");
        for problem in ["kind `party`", "unknown country `FR`", "`starts = \"tomorrow\"` is not a time", "at least one text"] {
            assert!(out.contains(problem), "{problem} in {out}");
        }
        // A card that would be too long for Telegram in some language is refused.
        let long = format!("kind = \"info\"\n[text.en]\ntitle = \"Long\"\nbody = \"{}\"\n", "🙂".repeat(2_100));
        std::fs::write(&file, long).unwrap();
        let (code, out) = db.sifor(&["announce", path, "--yes"]);
        assert_eq!(code, 2, "{out}");
        assert!(out.contains("longer than Telegram allows"), "{out}");
        let (code, out) = db.sifor(&["broadcast", "pause", "999"]);
        assert_eq!(code, 2, "{out}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pause_resume_abort_then_fix_and_cancel_every_sent_copy_while_users_chat() {
    on_each_backend(async |db: TestDb| {
        const N: i64 = 300;
        let people: Vec<Person> = (1..=N).map(|id| Person { id, ..BERLINER }).collect();
        seed(&db.store, &people).await;
        let slow = sifor::config::Broadcast { rate: 60, ..test_broadcast() };
        let t = TestApp::on(db).broadcast(slow).start().await;
        let everyone = Audience { countries: vec!["DE".into()], ..Default::default() };
        let (id, _) = announce::publish(&t.db.store, &announcement(everyone), Author::Cli, now()).await.unwrap();
        let ids = id.to_string();
        // A user pressing buttons during the broadcast is answered while it is still going.
        t.fake.wait_calls("sendMessage", 30).await;
        t.send_text(5_000, "/start");
        t.press(5_000, "English").await;
        t.sees(5_000, "How old are you?").await;
        assert!(counts(&t.db.store, id).await.pending > 0, "the reply did not wait for the broadcast");

        let (code, out) = sifor(&t.db, &["broadcast", "pause", &ids]);
        assert_eq!((code, out.trim()), (0, format!("A{id}: paused").as_str()));
        // The batch claimed before the pause is still sent (about half a second of sending).
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        let paused_at = t.fake.count("sendMessage");
        tokio::time::sleep(Duration::from_millis(1_500)).await;
        assert_eq!(t.fake.count("sendMessage"), paused_at, "nothing goes out while paused");
        let (code, out) = sifor(&t.db, &["broadcast", "status", &ids, "--json"]);
        assert_eq!(code, 0, "{out}");
        let status: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(status["state"], "paused");
        let c = counts(&t.db.store, id).await;
        assert_eq!(status["counts"]["sent"].as_i64(), Some(c.sent));
        assert_eq!(status["counts"]["pending"].as_i64(), Some(c.pending));

        sifor(&t.db, &["broadcast", "resume", &ids]);
        t.fake.wait_calls("sendMessage", paused_at + 60).await;
        let (code, _) = sifor(&t.db, &["broadcast", "abort", &ids]);
        assert_eq!(code, 0);
        wait_state(&t.db.store, id, State::Aborted).await;
        tokio::time::sleep(Duration::from_millis(1_500)).await;
        let c = counts(&t.db.store, id).await;
        assert_eq!((c.pending, c.sending, c.sent + c.expired), (0, 0, N), "{c:?}");
        assert!(c.sent > 60 && c.sent < N, "{c:?}");
        let got = cards(&t.fake, 1..=N);
        assert_eq!(got.values().filter(|n| **n == 1).count() as i64, c.sent);
        assert!(got.values().all(|n| *n <= 1));

        // A typo fixed: every sent copy is edited to the new text.
        let dir = tempfile::tempdir().unwrap();
        let fixed = dir.path().join("fix.toml");
        std::fs::write(
            &fixed,
            "kind = \"workshop\"\nplace = \"Nachbarschaftshaus, Berlin-Neukölln, Raum 2\"\n[text.en]\ntitle = \"Workshop: your own business in Berlin!\"\nbody = \"Four hours.\"\n",
        )
        .unwrap();
        let (code, out) = sifor(&t.db, &["broadcast", "fix", &ids, fixed.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
        let edited = |fake: &FakeTelegram, needle: &str| {
            (1..=N).filter(|u| fake.seen(*u).iter().any(|m| m.text.contains(needle))).count() as i64
        };
        for _ in 0..200 {
            if edited(&t.fake, "Four hours.") == c.sent {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(edited(&t.fake, "Four hours."), c.sent);
        assert_eq!(edited(&t.fake, "Raum 2"), c.sent);
        let (code, _) = sifor(&t.db, &["broadcast", "cancel", &ids]);
        assert_eq!(code, 0);
        for _ in 0..200 {
            if edited(&t.fake, "❌ Cancelled") == c.sent {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(edited(&t.fake, "❌ Cancelled"), c.sent);
        assert_eq!(cards(&t.fake, 1..=N).values().filter(|n| **n == 1).count() as i64, c.sent, "edited, not sent again");
        let (_, out) = sifor(&t.db, &["broadcast", "status", &ids]);
        assert!(out.contains("aborted") && out.contains("cancelled"), "{out}");
        let (_, audit) = sifor(&t.db, &["audit", "--since", "1d"]);
        for action in ["announce", "broadcast_pause", "broadcast_resume", "broadcast_abort", "broadcast_fix", "broadcast_cancel"] {
            assert!(audit.contains(action), "{action} in {audit}");
        }
    })
    .await;
}
