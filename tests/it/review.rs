//! Partners review ideas through the real run loop, on both backends: a Berlin/jobs partner sees
//! Berlin/jobs ideas and nothing else, under the idea's own pseudonym; the first organisation to
//! claim answers it and the other sees who did; a status needing a reason cannot be set without
//! one; an unpublished status reaches nobody; a published one reaches the author in their own
//! language (Arabic, Ukrainian), and /myideas shows it. Refugees, partners of another
//! organisation and revoked partners can NOT claim, set or publish, whatever they send.

use crate::app::{STALE, TestApp, on_each_backend};
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use sifor::domain::Role;
use sifor::domain::staff::Scope;
use sifor::storage::{ideas, staff};
use std::collections::HashMap;

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

async fn idea(
    db: &TestDb,
    user: i64,
    topic: &str,
    country: Option<&str>,
    region: Option<&str>,
    text: &str,
) -> (i64, String) {
    let mut tx = db.store.begin().await.unwrap();
    let new = ideas::NewIdea {
        topic,
        problem: "Kita places are missing",
        idea: text,
        beneficiaries: "families",
        may_contact: true,
        public_display: false,
        locale: "ar",
        country,
        region,
        status: "received",
    };
    let id = ideas::insert(&mut tx, user, &new, now()).await.unwrap();
    let (stored, _) = ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (id, stored.pseudonym.unwrap())
}

async fn staff_member(t: &TestApp, user: i64, role: Role, regions: &str, topics: &str, org: Option<&str>) {
    t.send_text(user, "/start");
    t.press(user, "English").await;
    t.sees(user, "How old are you?").await;
    let mut tx = t.db.store.begin().await.unwrap();
    staff::grant(&mut tx, user, role, &Scope::parse(regions, topics, org).unwrap(), "cli", now()).await.unwrap();
    tx.commit().await.unwrap();
}

async fn status_of(t: &TestApp, id: i64) -> (String, Option<String>) {
    let mut tx = t.db.store.begin().await.unwrap();
    let (i, _) = ideas::get(&mut tx, id).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    (i.status, i.published_status)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partners_review_their_scope_claim_set_and_publish_and_authors_hear_in_their_language() {
    on_each_backend(async |db: TestDb| {
        let p = BERLINER;
        seed(
            &db.store,
            &[
                Person { id: 1, locale: "ar", ..p },
                Person { id: 2, locale: "uk", ..p },
                Person { id: 3, country: "AT", region: "vienna", ..p },
            ],
        )
        .await;
        let (a, a_code) = idea(&db, 1, "jobs", Some("DE"), Some("berlin"), "A job fair for women in Neukölln").await;
        let (b, _) = idea(&db, 2, "childcare", Some("DE"), Some("berlin"), "Childcare during language courses").await;
        let (_, c_code) = idea(&db, 3, "jobs", Some("AT"), Some("vienna"), "Mentors in Vienna").await;
        let (d, d_code) = idea(&db, 1, "jobs", None, None, "An idea without a place").await;
        // A lease of a second, so that a status message that did not go out is tried again soon.
        let broadcast = sifor::config::Broadcast { lease_secs: 1, ..crate::app::test_broadcast() };
        let t = TestApp::on(db).broadcast(broadcast).start().await;
        staff_member(&t, 900, Role::Partner, "berlin", "jobs", Some("IQ Netzwerk")).await;
        staff_member(&t, 901, Role::Partner, "berlin", "jobs", Some("Caritas")).await;
        staff_member(&t, 902, Role::Coordinator, "berlin", "", None).await;
        let mut stale: HashMap<i64, usize> = HashMap::new();
        let mut forged = async |user: i64, data: String| {
            t.press_data(user, 1, &data);
            let n = stale.entry(user).or_default();
            *n += 1;
            t.sees_times(user, STALE, *n).await;
        };

        // The Berlin/jobs partner sees the Berlin/jobs idea only, under the idea's pseudonym.
        t.send_text(900, "/review");
        let card = t.saw(900, "A job fair for women").await;
        assert!(
            card.text.contains(&a_code) && card.text.contains("Berlin") && card.text.contains("written in العربية"),
            "{}",
            card.text
        );
        // The author's words as a quote, line by line.
        assert!(card.text.contains("▍ \u{2068}A job fair for women in Neukölln\u{2069}"), "{}", card.text);
        assert!(!card.text.contains("R-T1"), "never the author's pseudonym: {}", card.text);
        t.saw(900, "Open ideas in your area: 1").await;
        for other in ["Childcare during", "Mentors in Vienna", "without a place", &c_code, &d_code] {
            assert!(
                t.fake.seen(900).iter().all(|m| !m.text.contains(other)),
                "{other} shown to the Berlin/jobs partner"
            );
        }
        // Refugees have no /review, and their forged presses do nothing.
        t.send_text(1, "/review");
        t.sees_times(1, &t.text("ar", "chat-unknown-command"), 1).await;
        forged(3, format!("Qc{a}")).await;
        forged(3, format!("Qp{a}")).await;
        // Nor does a partner reach the idea without a place.
        forged(901, format!("Qv{d}")).await;

        // The first organisation claims it; the second sees who did and cannot decide on it.
        t.press_on(900, &card, "🙋 I'll take it");
        t.saw(900, "You took the idea for IQ Netzwerk").await;
        t.send_text(901, "/review");
        let theirs = t.saw(901, "A job fair for women").await;
        assert!(theirs.text.contains("🙋 Taken by IQ Netzwerk"), "{}", theirs.text);
        assert!(
            !theirs.labels().contains(&"🙋 I'll take it") && !theirs.labels().contains(&"📝 Status"),
            "{:?}",
            theirs.labels()
        );
        t.press_data(901, theirs.id, &format!("Qc{a}"));
        t.saw(901, "Another organisation took this idea first: IQ Netzwerk.").await;
        forged(901, format!("Qs{a}")).await;
        forged(901, format!("Qt{a}.forwarded")).await;
        assert_eq!(status_of(&t, a).await, ("received".into(), Some("received".into())));

        // "Not taken up" needs a reason: choosing it asks for one, a forged press sets nothing.
        let card = t.saw(900, "🙋 Taken by IQ Netzwerk").await;
        t.press_on(900, &card, "📝 Status");
        let picker = t.saw(900, "What is the status of").await;
        t.press_on(900, &picker, "🚫 Not taken up");
        let reasons = t.saw(900, "Why is").await;
        assert_eq!(status_of(&t, a).await.0, "received", "no status without a reason");
        t.press_on(900, &reasons, "There is no money for it at the moment.");
        t.saw(900, "Status set. The author has not been told yet.").await;
        t.fake.settle().await;
        assert_eq!(status_of(&t, a).await, ("not_taken_up".into(), Some("received".into())));
        assert!(
            t.fake.seen(1).iter().all(|m| !m.text.contains(&a_code)),
            "nothing reaches the author before publishing"
        );

        // Published: the author reads it in Arabic, with the reason, even when the first try
        // does not go through.
        t.fake.fail("sendMessage", Some(1), crate::fake_telegram::Fault::RetryAfter(1), 1);
        let card = t.with_button(900, "📣 Tell the author").await;
        t.press_on(900, &card, "📣 Tell the author");
        t.saw(900, "is told, in their language").await;
        let told = t.saw(1, &a_code).await;
        assert!(told.text.contains(&t.raw("ar", "idea-status-not-taken-up")), "{}", told.text);
        assert!(told.text.contains(&t.raw("ar", "idea-reason-no-funding")), "{}", told.text);
        t.fake.settle().await;
        assert_eq!(t.fake.seen(1).iter().filter(|m| m.text.contains(&a_code)).count(), 1, "told once");
        assert_eq!(status_of(&t, a).await, ("not_taken_up".into(), Some("not_taken_up".into())));
        t.send_text(1, "/myideas");
        // (Only /myideas lists the idea without a place, which no partner was shown.)
        let mine = t.saw(1, &d_code).await;
        assert!(
            mine.text.contains(&a_code) && mine.text.contains(&t.raw("ar", "idea-status-not-taken-up")),
            "{}",
            mine.text
        );
        assert!(mine.text.contains(&t.raw("ar", "idea-status-received")), "{}", mine.text);

        // Another reason for the same status: the author is told again; /myideas shows the
        // reason they were told until then.
        t.press_data(900, 1, &format!("Qr{a}.not_taken_up.not_feasible"));
        t.sees_times(900, "Status set. The author has not been told yet.", 2).await;
        t.send_text(1, "/myideas");
        t.sees_times(1, &t.raw("ar", "idea-reason-no-funding"), 3).await;
        assert!(t.fake.seen(1).iter().all(|m| !m.text.contains(&t.raw("ar", "idea-reason-not-feasible"))));
        t.press_data(900, 1, &format!("Qp{a}"));
        t.saw(1, &t.raw("ar", "idea-reason-not-feasible")).await;
        t.press_data(900, 1, &format!("Qp{a}"));
        t.saw(900, "Nothing new to tell the author").await;

        // The coordinator of Berlin decides on the childcare idea; its author reads Ukrainian.
        t.send_text(902, "/review");
        // Coordinators also see the idea without a place, which no partner's scope covers.
        let queue = t.saw(902, "Open ideas in your area: 2").await;
        assert!(
            queue.text.contains("📥 Received 2 · 🚫 Not taken up 1"),
            "the closed idea counts, but is not open: {}",
            queue.text
        );
        t.press_data(902, 1, &format!("Qv{d}"));
        let placeless = t.saw(902, "An idea without a place").await;
        assert!(placeless.text.contains("region not given"), "{}", placeless.text);
        // A closing status set but not told keeps the idea in the queue.
        t.press_data(902, 1, &format!("Qt{b}.taken_up"));
        t.saw(902, "Status set.").await;
        t.send_text(902, "/review");
        t.sees_times(902, "Open ideas in your area: 2", 2).await;
        t.press_data(902, 1, &format!("Qt{b}.forwarded"));
        t.sees_times(902, "Status set.", 2).await;
        t.press_data(902, 1, &format!("Qp{b}"));
        let told = t.saw(2, &t.raw("uk", "idea-status-forwarded")).await;
        assert!(told.text.contains(&t.raw("uk", "idea-status-forwarded-means")), "{}", told.text);

        // A revoked partner's buttons go inert.
        let mut tx = t.db.store.begin().await.unwrap();
        staff::revoke(&mut tx, 900).await.unwrap();
        tx.commit().await.unwrap();
        forged(900, format!("Qs{a}")).await;
        forged(900, format!("Qp{a}")).await;
        let (_, audit) = t.db.sifor(&["audit", "--since", "1d"]);
        for action in ["idea_claimed", "idea_status_set", "idea_status_published"] {
            assert!(audit.contains(action), "{action} in {audit}");
        }
        assert!(!audit.contains("A job fair"), "no texts in the audit log");
    })
    .await;
}
