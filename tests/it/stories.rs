//! Success stories on both backends: a partner tells one made from an idea in short steps; it
//! shows nowhere until its author answers in their own language (with a first name: only that;
//! declined: never); a story from a file with --publish shows at once, without it not at all;
//! the user's region comes first; "More like this"; erasure takes the author's story back; and
//! forged presses (someone else's consent, another teller's draft) do nothing.

use crate::app::{on_each_backend, test_broadcast};
use crate::broadcast::{BERLINER, Person, seed};
use crate::db::TestDb;
use crate::events::{Inbox, all_text, button, drain, labels, say, t0, tap, text};
use sifor::domain::Role;
use sifor::domain::clock::ManualClock;
use sifor::domain::staff::Scope;
use sifor::services::app::App;
use sifor::services::refugee::conversation::Reply;
use sifor::services::refugee::view::{Press, ReviewAction};
use sifor::services::workers::broadcast::Broadcaster;
use sifor::storage::{Store, ideas, staff, stories};
use std::sync::Arc;

async fn grant(store: &Store, user: i64, role: Role, regions: &str, org: Option<&str>) {
    let mut tx = store.begin().await.unwrap();
    staff::grant(&mut tx, user, role, &Scope::parse(regions, "", org).unwrap(), "cli", t0()).await.unwrap();
    tx.commit().await.unwrap();
}

async fn idea(store: &Store, user: i64, may_contact: bool) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let new = ideas::NewIdea {
        topic: "business",
        problem: "No place to cook for a catering business",
        idea: "A shared kitchen for new caterers",
        beneficiaries: "founders",
        may_contact,
        public_display: false,
        locale: "ar",
        country: Some("DE"),
        region: Some("berlin"),
        status: "received",
    };
    let id = ideas::insert(&mut tx, user, &new, t0()).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// The partner's short steps for a story made from `idea`, up to the preview.
async fn tell(app: &App, partner: i64, idea: i64, title: &str) -> Reply {
    tap(app, partner, &Press::Review { action: ReviewAction::Claim, idea }).await;
    let kinds = tap(app, partner, &Press::Review { action: ReviewAction::Story, idea }).await;
    tap(app, partner, &button(&kinds, "🌟 A founder's story")).await;
    say(app, partner, title).await;
    let sector = say(app, partner, "Two neighbours now cook for three offices every day.").await;
    let link = tap(app, partner, &button(&sector, "⏭️ Skip")).await;
    let credit = tap(app, partner, &button(&link, "⏭️ Skip")).await;
    let summary = tap(app, partner, &button(&credit, "Without a name")).await;
    tap(app, partner, &button(&summary, "✅ Looks good")).await
}

async fn page(app: &App, user: i64) -> String {
    all_text(&tap(app, user, &Press::Stories(0)).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_story_from_an_idea_shows_only_with_its_authors_yes_and_as_they_chose() {
    on_each_backend(async |db: TestDb| {
        let people = [
            Person { id: 1, locale: "ar", ..BERLINER },
            Person { id: 2, ..BERLINER },
            Person { id: 50, ..BERLINER },
            Person { id: 51, ..BERLINER },
        ];
        seed(&db.store, &people).await;
        let clock = ManualClock::at(t0());
        let app = Arc::new(db.app().with_clock(Arc::new(clock.clone())));
        let inbox = Arc::new(Inbox::default());
        let b = Broadcaster::new(app.clone(), inbox.clone(), test_broadcast());
        grant(&db.store, 50, Role::Partner, "berlin", Some("Kita e.V.")).await;
        grant(&db.store, 51, Role::Partner, "berlin", Some("Caritas")).await;
        let a = idea(&db.store, 1, true).await;

        let preview = tell(&app, 50, a, "A shared kitchen in Neukölln").await;
        assert!(all_text(&preview).contains("A shared kitchen in Neukölln"), "{}", all_text(&preview));
        assert!(all_text(&preview).contains("its author is asked first"));
        // Another organisation cannot publish the draft; the teller can.
        let publish = button(&preview, "✅ Publish");
        let forged = tap(&app, 51, &publish).await;
        assert!(!all_text(&forged).contains("Published"));
        let done = tap(&app, 50, &publish).await;
        assert!(all_text(&done).contains("they are being asked now"), "{}", all_text(&done));
        assert!(page(&app, 2).await.contains("no success stories yet"), "nothing before the author's answer");

        // The author is asked in Arabic, with the story as it would be shown.
        drain(&b).await;
        let asked = inbox
            .sent
            .lock()
            .unwrap()
            .iter()
            .find(|(c, _, v)| *c == 1 && text(v).contains("A shared kitchen"))
            .map(|(_, _, v)| v.clone())
            .expect("the author was asked");
        let l = &app.locales;
        assert!(text(&asked).contains("Kita e.V."));
        assert_eq!(
            labels(&asked),
            [
                l.text("ar", "btn-story-approve-anonymous", &[]),
                l.text("ar", "btn-story-approve-name", &[]),
                l.text("ar", "btn-story-decline", &[])
            ]
        );
        let story = match stories::get(&mut db.store.begin().await.unwrap(), 1).await.unwrap() {
            Some(s) => s.id,
            None => panic!("no story stored"),
        };
        // Someone else cannot answer for the author.
        tap(&app, 2, &Press::StoryConsent { id: story, answer: 1 }).await;
        assert!(page(&app, 2).await.contains("no success stories yet"));
        // With a first name: only that name shows.
        tap(&app, 1, &Press::StoryConsent { id: story, answer: 2 }).await;
        let named = say(&app, 1, "Amina").await;
        assert!(all_text(&named).contains(&l.text("ar", "story-approved", &[])), "{}", all_text(&named));
        let shown = page(&app, 2).await;
        assert!(
            shown.contains("A shared kitchen in Neukölln") && shown.contains("— Amina, told by Kita e.V."),
            "{shown}"
        );
        // The author's /mydata holds the story about their idea and their answer.
        let data = crate::events::command_of(&app, 1, sifor::services::commands::Command::MyData).await;
        let json = data
            .views
            .iter()
            .find_map(|v| match v {
                sifor::services::refugee::view::View::Document { content, .. } => Some(content.clone()),
                _ => None,
            })
            .expect("the /mydata file");
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        let about = &json["stories_about_your_ideas"][0];
        assert_eq!(
            (about["consent"].as_str(), about["first_name"].as_str()),
            (Some("approved"), Some("Amina")),
            "{json}"
        );
        assert!(!shown.contains("R-T1"));

        // A second story the author declines is never shown; an answer given twice changes nothing.
        let b2 = idea(&db.store, 1, true).await;
        let preview = tell(&app, 50, b2, "Another kitchen").await;
        tap(&app, 50, &button(&preview, "✅ Publish")).await;
        drain(&b).await;
        let second = 2;
        tap(&app, 1, &Press::StoryConsent { id: second, answer: 0 }).await;
        tap(&app, 1, &Press::StoryConsent { id: second, answer: 1 }).await;
        assert!(!page(&app, 2).await.contains("Another kitchen"));
        // Said no once: nobody asks again about that idea.
        let again = tap(&app, 50, &Press::Review { action: ReviewAction::Story, idea: b2 }).await;
        assert!(all_text(&again).contains("they are not asked again"), "{}", all_text(&again));

        // An idea whose author allowed no answers cannot become a story.
        let c = idea(&db.store, 1, false).await;
        tap(&app, 50, &Press::Review { action: ReviewAction::Claim, idea: c }).await;
        let card = tap(&app, 50, &Press::Review { action: ReviewAction::Show, idea: c }).await;
        assert!(!labels(card.views.last().unwrap()).iter().any(|x| x.contains("Success story")));
        let forged = tap(&app, 50, &Press::Review { action: ReviewAction::Story, idea: c }).await;
        assert!(!all_text(&forged).contains("What kind of story"));

        // The author withdraws the ideas consent: their story goes with it, text and all.
        let ideas_switch = sifor::domain::consent::PURPOSES.iter().position(|p| *p == "ideas").unwrap() as u16;
        tap(&app, 1, &Press::Consent { purpose: ideas_switch, on: true }).await;
        tap(&app, 1, &Press::Consent { purpose: ideas_switch, on: false }).await;
        assert!(!page(&app, 2).await.contains("A shared kitchen"));
        assert!(!db.dump().await.contains("A shared kitchen in Neukölln"));
    })
    .await;
}

fn story_file(region: &str, title: &str, credit: &str) -> String {
    format!(
        "kind = \"pilot\"\ncountry = \"{}\"\nregion = \"{region}\"\nsector = \"hospitality\"\norganisation = \"Caritas\"\n\
         credit = \"{credit}\"\nlink = \"https://example.org/pilot\"\n[text.en]\ntitle = \"{title}\"\nbody = \"It worked.\"\n",
        if region == "vienna" { "AT" } else { "DE" }
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stories_from_a_file_show_when_published_the_users_region_first() {
    on_each_backend(async |db: TestDb| {
        seed(&db.store, &[Person { id: 2, ..BERLINER }]).await;
        let app = db.app();
        let dir = tempfile::tempdir().unwrap();
        let import = |name: &str, body: String, publish: bool| {
            let path = dir.path().join(name);
            std::fs::write(&path, body).unwrap();
            let path = path.to_string_lossy().to_string();
            let mut args = vec!["stories", "import", path.as_str()];
            if publish {
                args.push("--publish");
            }
            let (code, out) = db.sifor(&args);
            assert_eq!(code, 0, "{out}");
            out
        };
        import("vienna.toml", story_file("vienna", "A pilot in Vienna", "anonymous"), true);
        let out = import("berlin.toml", story_file("berlin", "A pilot in Berlin", "anonymous"), true);
        assert!(out.trim_end().ends_with('2'), "the id last: {out}");
        import("draft.toml", story_file("berlin", "A draft in Berlin", "anonymous"), false);
        import("none.toml", story_file("berlin", "Not to be published", "none"), true);
        let (code, out) = db.sifor(&["stories", "import", "/nonexistent.toml"]);
        assert_ne!(code, 0, "{out}");
        // Taken down for good from the server: shown nowhere, its text gone.
        import("gone.toml", story_file("berlin", "A pilot to take down", "anonymous"), true);
        assert!(page(&app, 2).await.contains("A pilot to take down"));
        let (code, out) = db.sifor(&["stories", "withdraw", "5"]);
        assert_eq!(code, 0, "{out}");
        assert!(!page(&app, 2).await.contains("A pilot to take down"));
        assert!(!db.dump().await.contains("A pilot to take down"));
        assert_ne!(db.sifor(&["stories", "withdraw", "5"]).0, 0, "not twice");

        let shown = page(&app, 2).await;
        let berlin = shown.find("A pilot in Berlin").expect("the Berlin story");
        let vienna = shown.find("A pilot in Vienna").expect("the Vienna story");
        assert!(berlin < vienna, "the user's region first: {shown}");
        assert!(!shown.contains("A draft in Berlin") && !shown.contains("Not to be published"), "{shown}");
        assert!(shown.contains("Told by Caritas"));
        let first = tap(&app, 2, &Press::Stories(0)).await;
        assert_eq!(labels(&first.views[0]), ["🔗 More information", "🔎 More like this"]);
        // "More like this" under the Berlin story: the Vienna one (same kind and sector).
        let like = tap(&app, 2, &Press::StoryLike(2)).await;
        assert!(all_text(&like).contains("A pilot in Vienna"), "{}", all_text(&like));
        // The menu offers them.
        let start = crate::events::command_of(&app, 2, sifor::services::commands::Command::Menu).await;
        assert!(
            start.views.iter().any(|v| labels(v).contains(&"🌟 Success stories".to_string())),
            "{}",
            all_text(&start)
        );
    })
    .await;
}
