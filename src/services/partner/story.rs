//! `/story`: partners and coordinators tell a success story in a few short steps (the `story`
//! flow), see it as readers will, and publish or discard it. A story made from an idea (🌟 on
//! its review card, only when its author allowed answers) is published only once its author
//! answered, in their language, with the exact text: approve anonymously, with a first name,
//! or decline. `sifor stories import` stores stories from a file the same way.

use super::review::reviewer;
use crate::domain::Role;
use crate::domain::announcement::{Text, check_link, check_text};
use crate::domain::story::{Credit, Kind, Story, is_first_name};
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::refugee::conversation::{Conversation, Handover};
use crate::services::refugee::ideas::forget_answers_of;
use crate::services::refugee::stories::card;
use crate::services::refugee::view::{Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::ideas::Idea;
use crate::storage::{StoreError, audit, idea_relay, ideas, staff, stories};

/// The organisation a story is told by when the staff member's scope names none.
pub const PROJECT: &str = "SiforREF";

/// Who may tell stories: partners, coordinators and admins.
fn may_tell(role: Role) -> bool {
    matches!(role, Role::Partner | Role::Coordinator | Role::Admin)
}

/// `/story`, or 🌟 on a review card (`idea`): the short steps.
pub async fn begin(app: &App, turn: &mut Turn<'_>, idea: Option<&Idea>) -> Result<bool, StoreError> {
    let Some(flow) = app.flows.handing_over_to(Service::Story).map(|f| f.id.clone()) else { return Ok(false) };
    if !may_tell(turn.user.role) {
        return Ok(false);
    }
    if let Some(i) = idea {
        let Some(r) = reviewer(turn).await? else { return Ok(false) };
        if !(r.sees(i) && r.decides(i) && may_become_story(i)) {
            return Ok(false);
        }
        // Its author said no once: nobody asks again.
        if stories::declined_for(&mut turn.tx, i.id).await? {
            let text = app.locales.text(&turn.tag(), "staff-story-declined-before", &[]);
            turn.reply.views.push(View::Text(text));
            return Ok(true);
        }
    }
    turn.state.idea_at_hand = idea.map(|i| i.id);
    let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
    conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
    Ok(true)
}

/// An idea can become a story when its author can be asked.
pub fn may_become_story(i: &Idea) -> bool {
    i.may_contact && i.withdrawn_at.is_none() && i.flagged.is_none()
}

/// The flow ended: the story is stored as a draft and shown with ✅ Publish / 🗑 Discard.
pub async fn from_flow(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let tag = turn.tag();
    let idea_id = turn.state.idea_at_hand.take();
    let stale = |turn: &mut Turn<'_>| {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
        Ok(())
    };
    let member = staff::get(&mut turn.tx, turn.user.id).await?;
    let scope = match (turn.user.role, member) {
        (Role::Admin, m) => m.map(|m| m.scope),
        (role, Some(m)) if may_tell(role) => Some(m.scope),
        _ => return stale(turn),
    };
    let idea = match idea_id {
        Some(id) => match (reviewer(turn).await?, ideas::get(&mut turn.tx, id).await?) {
            (Some(r), Some((i, _))) if r.sees(&i) && r.decides(&i) && may_become_story(&i) => Some(i),
            _ => return stale(turn),
        },
        None => None,
    };
    let get =
        |k: &str| handover.answers.iter().find(|(key, _)| key == k).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    let text = Text {
        title: get("story_title").unwrap_or_default().into(),
        body: get("story_body").unwrap_or_default().into(),
    };
    let credit = if get("story_credit") == Some("first_name") { Credit::FirstName } else { Credit::Anonymous };
    let first_name = get("story_first_name").filter(|_| credit == Credit::FirstName).map(str::to_string);
    let link = get("story_link").filter(|l| check_link(l).is_ok()).map(str::to_string);
    if check_text(&text).is_err() || first_name.as_deref().is_some_and(|n| !is_first_name(n)) {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "story-name-invalid", &[])));
        return Ok(());
    }
    // Where it happened: the idea's place, else the first place of the teller's scope.
    let first_place = scope.as_ref().and_then(|s| s.regions.first().cloned());
    let (country, region) = match &idea {
        Some(i) => (i.country.clone(), i.region.clone()),
        None => match first_place {
            Some(p) if p.len() == 2 => (Some(p), None),
            Some(r) => (country_of(&r), Some(r)),
            None => (None, None),
        },
    };
    let story = Story {
        kind: get("story_kind").and_then(Kind::parse).unwrap_or(Kind::Measure),
        country,
        region,
        sector: get("story_sector").map(str::to_string),
        goals: Vec::new(),
        texts: [(tag.clone(), text)].into_iter().collect(),
        link,
        organisation: scope.and_then(|s| s.organisation).unwrap_or_else(|| PROJECT.into()),
        // Made from an idea: its author decides (anonymous until they answer).
        credit: if idea.is_some() { Credit::Anonymous } else { credit },
        first_name: if idea.is_some() { None } else { first_name },
    };
    let author = turn.user.pseudonym.clone();
    let id = stories::insert(&mut turn.tx, &story, &author, idea.as_ref().map(|i| i.id), false, turn.now).await?;
    let Some(stored) = stories::get(&mut turn.tx, id).await? else { return Ok(()) };
    turn.reply.views.push(card(app, &tag, &stored));
    let button = |label: &str, publish| Button {
        label: app.locales.text(&tag, label, &[]),
        press: Press::StoryPublish { id, publish },
    };
    let ask = if idea.is_some() { "staff-story-preview-idea" } else { "staff-story-preview" };
    turn.reply.views.push(View::Keyboard {
        text: app.locales.text(&tag, ask, &[]),
        options: vec![button("btn-staff-story-publish", true), button("btn-staff-story-discard", false)],
        nav: vec![],
        refresh: false,
    });
    Ok(())
}

fn country_of(region: &str) -> Option<String> {
    crate::domain::codes::COUNTRIES
        .iter()
        .find(|c| crate::domain::codes::regions(c).contains(&region))
        .map(|c| (*c).to_string())
}

/// ✅ Publish / 🗑 Discard under a draft: only its teller (or an admin), only once.
pub async fn publish(app: &App, turn: &mut Turn<'_>, id: i64, publish: bool) -> Result<bool, StoreError> {
    let Some(s) = stories::get(&mut turn.tx, id).await? else { return Ok(false) };
    let mine = s.author == turn.user.pseudonym && may_tell(turn.user.role);
    if !(mine || turn.user.role == Role::Admin) || s.state != "draft" {
        return Ok(false);
    }
    let tag = turn.tag();
    let actor = turn.user.pseudonym.clone();
    if !publish {
        stories::set_state(&mut turn.tx, id, "withdrawn", turn.now).await?;
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-story-discarded", &[])));
        return Ok(true);
    }
    stories::set_state(&mut turn.tx, id, "published", turn.now).await?;
    audit::record(&mut turn.tx, turn.now, &actor, "story_published", Some(&format!("S{id}")), None).await?;
    let done = match s.idea {
        Some(idea) => {
            // Its author is asked through the relay's queue, in their language.
            let m = idea_relay::NewMessage {
                to_author: true,
                organisation: Some(&s.story.organisation),
                sender: Some(&actor),
                recipient: None,
                template: Some(STORY_CONSENT),
                body: Some(&id.to_string()),
                language: None,
            };
            idea_relay::enqueue(&mut turn.tx, idea, &m, turn.now).await?;
            "staff-story-asked"
        }
        None => "staff-story-published",
    };
    turn.reply.views.push(View::Text(app.locales.text(&tag, done, &[("id", Arg::Num(id))])));
    Ok(true)
}

/// The relay's template for asking an author about a story made from their idea.
pub const STORY_CONSENT: &str = "story_consent";

pub const MESSAGES: &[&str] = &[
    "staff-story-preview",
    "staff-story-preview-idea",
    "btn-staff-story-publish",
    "btn-staff-story-discard",
    "staff-story-discarded",
    "staff-story-asked",
    "staff-story-published",
    "btn-staff-review-story",
    "staff-story-declined-before",
];
