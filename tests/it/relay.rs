//! The pseudonymous relay between partners and authors, on both backends: only the claiming
//! organisation replies, a template arrives in the author's language, free text as written and
//! marked with its language, the author's answer reaches that organisation only, "no more
//! replies" holds, an author who allowed no answers gets none; notes stay with staff, a flag
//! hides; "seen by N"; ideas nobody took up go to the region's coordinators once (moved
//! clock); /delete leaves "withdrawn by the author". No Telegram id, name or user pseudonym in
//! any text either side sees, and forged presses do nothing.

use crate::app::{on_each_backend, test_broadcast};
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use crate::events::{Inbox, all_text, button, drain, labels, say, t0, tap, text};
use sifor::domain::Role;
use sifor::domain::clock::{Clock, ManualClock};
use sifor::domain::staff::Scope;
use sifor::services::app::App;
use sifor::services::commands::Command;
use sifor::services::refugee::conversation::Reply;
use sifor::services::refugee::view::{EngineAction, Press, ReviewAction};
use sifor::services::workers::broadcast::Broadcaster;
use sifor::storage::{Store, ideas, staff};
use std::sync::Arc;

struct World {
    app: Arc<App>,
    clock: ManualClock,
    inbox: Arc<Inbox>,
    b: Broadcaster<Inbox>,
}

async fn world(db: &TestDb, people: &[Person<'_>]) -> World {
    seed(&db.store, people).await;
    let clock = ManualClock::at(t0());
    let app = Arc::new(db.app().with_clock(Arc::new(clock.clone())));
    let inbox = Arc::new(Inbox::default());
    let b = Broadcaster::new(app.clone(), inbox.clone(), test_broadcast());
    World { app, clock, inbox, b }
}

async fn grant(store: &Store, user: i64, role: Role, regions: &str, topics: &str, org: Option<&str>) {
    let mut tx = store.begin().await.unwrap();
    staff::grant(&mut tx, user, role, &Scope::parse(regions, topics, org).unwrap(), "cli", t0()).await.unwrap();
    tx.commit().await.unwrap();
}

async fn idea(store: &Store, user: i64, region: (&str, &str), may_contact: bool, text: &str) -> (i64, String) {
    let mut tx = store.begin().await.unwrap();
    let new = ideas::NewIdea {
        topic: "childcare",
        problem: "Kita places are missing",
        idea: text,
        beneficiaries: "families",
        may_contact,
        public_display: false,
        locale: "ar",
        country: Some(region.0),
        region: Some(region.1),
        status: "received",
    };
    let id = ideas::insert(&mut tx, user, &new, t0()).await.unwrap();
    let (stored, _) = ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (id, stored.pseudonym.unwrap())
}

async fn review(app: &App, user: i64, action: ReviewAction, idea: i64) -> Reply {
    tap(app, user, &Press::Review { action, idea }).await
}

fn no_identity(texts: &[String], who: &[i64]) {
    for t in texts {
        for id in who {
            assert!(!t.contains(&format!("R-T{id}")), "a user pseudonym in {t:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_and_answers_go_between_the_claiming_organisation_and_the_author_only() {
    on_each_backend(async |db: TestDb| {
        let people = [
            Person { id: 1, locale: "ar", ..BERLINER },
            Person { id: 2, locale: "uk", ..BERLINER },
            Person { id: 50, ..BERLINER },
            Person { id: 51, ..BERLINER },
        ];
        let w = world(&db, &people).await;
        grant(&db.store, 50, Role::Partner, "berlin", "childcare", Some("Kita e.V.")).await;
        grant(&db.store, 51, Role::Partner, "berlin", "childcare", Some("Caritas")).await;
        let (a, a_name) = idea(&db.store, 1, ("DE", "berlin"), true, "A Kita next to the language school").await;
        let (b, _) = idea(&db.store, 2, ("DE", "berlin"), false, "Evening childcare").await;
        drain(&w.b).await;

        // Before claiming, nobody may reply; the other organisation cannot after the claim.
        let early = review(&w.app, 50, ReviewAction::Reply, a).await;
        assert!(all_text(&early).contains("Only the organisation that claimed"), "{}", all_text(&early));
        review(&w.app, 50, ReviewAction::Claim, a).await;
        let other = review(&w.app, 51, ReviewAction::Reply, a).await;
        assert!(all_text(&other).contains("Only the organisation that claimed"));
        let forged = review(&w.app, 51, ReviewAction::Template("meeting".into()), a).await;
        assert!(!all_text(&forged).contains("Sent to the author"));

        // A template: the author reads it in Arabic, under the organisation's name.
        let list = review(&w.app, 50, ReviewAction::Reply, a).await;
        assert!(
            all_text(&list).contains("2. Thank you. We will take your idea to our next meeting"),
            "{}",
            all_text(&list)
        );
        let sent = tap(&w.app, 50, &button(&list, "2")).await;
        assert!(all_text(&sent).contains(&format!("Sent to the author of {a_name}")));
        drain(&w.b).await;
        let l = &w.app.locales;
        let got = w.inbox.texts_to(1);
        let reply = got.iter().find(|t| t.contains("Kita e.V.")).expect("the reply reached the author");
        assert!(reply.contains(&l.raw("ar", "idea-reply-meeting", &[]).unwrap()), "{reply}");
        assert!(!reply.contains("next meeting"), "no English for an Arabic reader: {reply}");
        assert!(reply.contains(&a_name));

        // Free text, relayed as written and marked with its language.
        let write = review(&w.app, 50, ReviewAction::Reply, a).await;
        let asked = tap(&w.app, 50, &button(&write, "✍️ Write your own")).await;
        assert!(all_text(&asked).contains("Your reply."), "{}", all_text(&asked));
        let summary = say(&w.app, 50, "We would like to invite you to our parents' evening.").await;
        tap(&w.app, 50, &button(&summary, "✅ Looks good")).await;
        drain(&w.b).await;
        let got = w.inbox.texts_to(1);
        let own = got.iter().find(|t| t.contains("parents' evening")).expect("the free text arrived");
        let english =
            l.raw("ar", "idea-reply-written-in", &[("language", sifor::flow::Arg::Str("English".into()))]).unwrap();
        assert!(own.contains(&english), "marked with its language: {own}");

        // The author answers: only the claiming organisation hears it, under the idea's pseudonym.
        let answer_button = w
            .inbox
            .sent
            .lock()
            .unwrap()
            .iter()
            .rev()
            .find(|(c, _, v)| *c == 1 && text(v).contains("parents' evening"))
            .map(|(_, _, v)| v.clone())
            .unwrap();
        assert_eq!(labels(&answer_button), [l.text("ar", "btn-idea-answer", &[]), l.text("ar", "btn-idea-mute", &[])]);
        let asked = tap(&w.app, 1, &Press::IdeaAnswer(a)).await;
        assert!(!asked.views.is_empty());
        let summary = say(&w.app, 1, "شكرا، سأحضر مع ابنتي").await;
        let confirm = match summary.views.iter().rev().find_map(|v| match v {
            sifor::services::refugee::view::View::Keyboard { options, nav, .. } => options
                .iter()
                .chain(nav)
                .find(|b| matches!(b.press, Press::Engine { action: EngineAction::Confirm, .. }))
                .map(|b| b.press.clone()),
            _ => None,
        }) {
            Some(p) => p,
            None => panic!("no confirm in {}", all_text(&summary)),
        };
        let sent = tap(&w.app, 1, &confirm).await;
        assert!(all_text(&sent).contains("Kita e.V."), "{}", all_text(&sent));
        drain(&w.b).await;
        let to_partner = w.inbox.texts_to(50);
        let answer =
            to_partner.iter().find(|t| t.contains("شكرا، سأحضر مع ابنتي")).expect("the answer reached the partner");
        assert!(answer.starts_with(&format!("↩️ The author of {a_name} answers:")), "{answer}");
        assert!(!w.inbox.texts_to(51).iter().any(|t| t.contains("شكرا")), "not the other organisation");
        no_identity(&w.inbox.texts_to(1), &[50, 51]);
        no_identity(&to_partner, &[1]);
        assert!(!to_partner.iter().any(|t| t.contains("Telegram")));

        // Someone else's idea cannot be answered or muted.
        assert!(!all_text(&tap(&w.app, 2, &Press::IdeaAnswer(a)).await).contains("Your answer"));
        tap(&w.app, 2, &Press::IdeaMute(a)).await;
        // "No more replies": the partner is told, nothing more goes out.
        let muted = tap(&w.app, 1, &Press::IdeaMute(a)).await;
        assert!(all_text(&muted).contains(&a_name));
        let refused = review(&w.app, 50, ReviewAction::Reply, a).await;
        assert!(all_text(&refused).contains("asked for no more replies"), "{}", all_text(&refused));
        let before = w.inbox.texts_to(1).len();
        review(&w.app, 50, ReviewAction::Template("thanks".into()), a).await;
        drain(&w.b).await;
        assert_eq!(w.inbox.texts_to(1).len(), before);

        // An author who allowed no answers gets none.
        review(&w.app, 50, ReviewAction::Claim, b).await;
        let no = review(&w.app, 50, ReviewAction::Reply, b).await;
        assert!(all_text(&no).contains("only when its author allows answers"), "{}", all_text(&no));
        review(&w.app, 50, ReviewAction::Template("thanks".into()), b).await;
        drain(&w.b).await;
        assert!(!w.inbox.texts_to(2).iter().any(|t| t.contains("Kita e.V.")));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_stay_with_staff_flags_hide_and_the_author_sees_who_looked() {
    on_each_backend(async |db: TestDb| {
        let people = [Person { id: 1, ..BERLINER }, Person { id: 50, ..BERLINER }, Person { id: 51, ..BERLINER }];
        let w = world(&db, &people).await;
        grant(&db.store, 50, Role::Partner, "berlin", "childcare", Some("Kita e.V.")).await;
        grant(&db.store, 51, Role::Partner, "berlin", "childcare", Some("Caritas")).await;
        let (a, a_name) = idea(&db.store, 1, ("DE", "berlin"), true, "A Kita next to the language school").await;
        let (b, _) = idea(&db.store, 1, ("DE", "berlin"), true, "Buy cheap watches").await;
        let first = tap(&w.app, 50, &Press::Review { action: ReviewAction::Show, idea: a }).await;
        assert!(all_text(&first).contains(&a_name));
        tap(&w.app, 51, &Press::Review { action: ReviewAction::Show, idea: a }).await;
        let mine = crate::events::command_of(&w.app, 1, Command::MyIdeas).await;
        assert!(all_text(&mine).contains("Organisations that have seen it: 2"), "{}", all_text(&mine));

        // A note by one organisation shows to the other on the card, never to the author.
        let asked = review(&w.app, 51, ReviewAction::Note, a).await;
        assert!(all_text(&asked).contains("Your note."));
        let summary = say(&w.app, 51, "We run a Kita two streets away").await;
        tap(&w.app, 51, &button(&summary, "✅ Looks good")).await;
        let card = review(&w.app, 50, ReviewAction::Show, a).await;
        assert!(all_text(&card).contains("📝 Caritas:"), "{}", all_text(&card));
        drain(&w.b).await;
        assert!(!w.inbox.texts_to(1).iter().any(|t| t.contains("two streets")));
        let mine = crate::events::command_of(&w.app, 1, Command::MyIdeas).await;
        assert!(!all_text(&mine).contains("two streets"));

        // Only who decides on an idea hides it: not another organisation, then its claimer does.
        let other = review(&w.app, 51, ReviewAction::Flag, b).await;
        assert!(!all_text(&other).contains("is hidden"), "{}", all_text(&other));
        review(&w.app, 50, ReviewAction::Claim, b).await;
        let flagged = review(&w.app, 50, ReviewAction::Flag, b).await;
        assert!(all_text(&flagged).contains("is hidden from every queue"));
        for user in [50, 51] {
            let queue = crate::events::command_of(&w.app, user, Command::Review).await;
            assert!(!all_text(&queue).contains("cheap watches"), "{}", all_text(&queue));
        }
        // A partner cannot open the hidden idea by forging its button.
        let hidden = review(&w.app, 51, ReviewAction::Show, b).await;
        assert!(!all_text(&hidden).contains("cheap watches"), "{}", all_text(&hidden));
        // A refugee's forged review presses do nothing.
        for action in [ReviewAction::Note, ReviewAction::Flag, ReviewAction::Reply] {
            let r = review(&w.app, 1, action, a).await;
            assert!(!all_text(&r).contains("hidden") && !all_text(&r).contains("Your note"), "{}", all_text(&r));
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ideas_nobody_took_up_reach_the_regions_coordinators_once_and_erasure_leaves_a_tombstone() {
    on_each_backend(async |db: TestDb| {
        let people = [
            Person { id: 1, ..BERLINER },
            Person { id: 50, ..BERLINER },
            Person { id: 90, ..BERLINER },
            Person { id: 91, country: "AT", region: "vienna", ..BERLINER },
        ];
        let w = world(&db, &people).await;
        grant(&db.store, 50, Role::Partner, "berlin", "childcare", Some("Kita e.V.")).await;
        grant(&db.store, 90, Role::Coordinator, "berlin", "", None).await;
        grant(&db.store, 91, Role::Coordinator, "vienna", "", None).await;
        let (a, a_name) = idea(&db.store, 1, ("DE", "berlin"), true, "A Kita next to the language school").await;
        let escalated =
            |u: i64| w.inbox.texts_to(u).into_iter().filter(|t| t.contains("No organisation has taken up")).count();
        w.clock.set(t0() + 7 * 86_400 - 1);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        assert_eq!(escalated(90), 0, "not before seven days");
        w.clock.set(t0() + 7 * 86_400);
        w.b.plan_events(w.clock.now(), true).await.unwrap();
        w.b.plan_events(w.clock.now() + 60, true).await.unwrap();
        assert_eq!(escalated(90), 1, "once");
        let told = w.inbox.texts_to(90).into_iter().find(|t| t.contains("No organisation")).unwrap();
        assert!(told.contains(&a_name) && told.contains("Berlin") && told.contains("7 days"), "{told}");
        assert_eq!(escalated(91), 0, "not another region's coordinator");

        // The author erases their data: the partner sees "withdrawn by the author", no texts.
        review(&w.app, 50, ReviewAction::Claim, a).await;
        tap(&w.app, 1, &Press::Delete(true)).await;
        let card = review(&w.app, 50, ReviewAction::Show, a).await;
        assert!(all_text(&card).contains("Withdrawn by the author"), "{}", all_text(&card));
        assert!(!all_text(&card).contains("Kita next to"), "{}", all_text(&card));
        assert!(!labels(card.views.last().unwrap()).iter().any(|l| l.contains("Reply")));
        let mut tx = db.store.begin().await.unwrap();
        let (i, author) = ideas::get(&mut tx, a).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert_eq!((author, i.idea.as_str(), i.problem.as_str()), (None, "", ""));
        assert!(!db.dump().await.contains("Kita next to the language school"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statuses_set_earlier_are_told_together_and_only_by_who_decides_on_them() {
    on_each_backend(async |db: TestDb| {
        let people = [
            Person { id: 1, ..BERLINER },
            Person { id: 2, locale: "uk", ..BERLINER },
            Person { id: 50, ..BERLINER },
            Person { id: 51, ..BERLINER },
        ];
        let w = world(&db, &people).await;
        grant(&db.store, 50, Role::Partner, "berlin", "childcare", Some("Kita e.V.")).await;
        grant(&db.store, 51, Role::Partner, "berlin", "childcare", Some("Caritas")).await;
        let (a, a_name) = idea(&db.store, 1, ("DE", "berlin"), true, "A Kita next to the language school").await;
        let (b, b_name) = idea(&db.store, 2, ("DE", "berlin"), true, "Evening childcare").await;
        drain(&w.b).await;
        for i in [a, b] {
            review(&w.app, 50, ReviewAction::Claim, i).await;
            review(&w.app, 50, ReviewAction::Set("in_review".into()), i).await;
        }
        drain(&w.b).await;
        let told = |u: i64| w.inbox.texts_to(u).into_iter().filter(|t| t.contains("💡")).count();
        let (before_1, before_2) = (told(1), told(2));
        // Another organisation sees the ideas but decides on none of them: nothing to tell.
        let other = crate::events::command_of(&w.app, 51, Command::Review).await;
        assert!(!all_text(&other).contains("Tell the authors now"), "{}", all_text(&other));
        let forged = tap(&w.app, 51, &Press::ReviewPublishAll).await;
        assert!(all_text(&forged).contains("Statuses told to their authors: 0"), "{}", all_text(&forged));
        let refugee = tap(&w.app, 1, &Press::ReviewPublishAll).await;
        assert!(!all_text(&refugee).contains("Statuses told"));
        drain(&w.b).await;
        assert_eq!((told(1), told(2)), (before_1, before_2));

        let queue = crate::events::command_of(&w.app, 50, Command::Review).await;
        let all = button(&queue, "📣 Tell the authors now (2)");
        let done = tap(&w.app, 50, &all).await;
        assert!(all_text(&done).contains("Statuses told to their authors: 2"), "{}", all_text(&done));
        drain(&w.b).await;
        assert_eq!((told(1), told(2)), (before_1 + 1, before_2 + 1));
        assert!(w.inbox.texts_to(1).iter().any(|t| t.contains(&a_name)));
        assert!(w.inbox.texts_to(2).iter().any(|t| t.contains(&b_name)));
        let again = crate::events::command_of(&w.app, 50, Command::Review).await;
        assert!(!all_text(&again).contains("Tell the authors now"));
    })
    .await;
}
