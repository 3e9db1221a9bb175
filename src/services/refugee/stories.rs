//! "🌟 Success stories": what worked for others, from the user's region and goals first, three
//! at a time, each with "More like this" and the organisation's link. Only stories that may be
//! shown at all ([`crate::storage::stories::SHOWN`]) ever appear. The person a story made from
//! their idea is about answers here too: approve anonymously, with a first name, or decline.

use super::conversation::{Conversation, Handover};
use super::ideas::forget_answers_of;
use super::view::{Button, Press, View};
use crate::domain::story::{Credit, is_first_name};
use crate::flow::{Arg, Service};
use crate::services::app::App;
use crate::services::coordinator::card::is_own;
use crate::services::turn::Turn;
use crate::storage::stories::{self, Stored};
use crate::storage::{StoreError, announcements, ideas};

/// Stories on one page.
const PAGE: i64 = 3;

/// A page of stories, the user's region and goals first.
pub async fn show(app: &App, turn: &mut Turn<'_>, page: u16) -> Result<(), StoreError> {
    let tag = turn.tag();
    let me = announcements::recipient(&mut turn.tx, turn.user.id).await?;
    let offset = i64::from(page) * PAGE;
    let list = stories::shown(&mut turn.tx, me.region.as_deref(), &me.goals, offset, PAGE + 1).await?;
    if list.is_empty() {
        let id = if page == 0 { "stories-none" } else { "stories-no-more" };
        turn.reply.views.push(View::Text(app.locales.text(&tag, id, &[])));
        return Ok(());
    }
    let more = list.len() as i64 > PAGE;
    for s in list.iter().take(PAGE as usize) {
        turn.reply.views.push(card(app, &tag, s));
    }
    if more {
        let label = app.locales.text(&tag, "btn-stories-more", &[]);
        let text = app.locales.text(&tag, "stories-more", &[]);
        let options = vec![Button { label, press: Press::Stories(page.saturating_add(1)) }];
        turn.reply.views.push(View::Keyboard { text, options, nav: vec![], refresh: false });
    }
    Ok(())
}

/// "More like this": stories of the same kind or sector.
pub async fn like(app: &App, turn: &mut Turn<'_>, id: i64) -> Result<bool, StoreError> {
    let tag = turn.tag();
    let Some(story) = stories::get(&mut turn.tx, id).await? else { return Ok(false) };
    let list = stories::like(&mut turn.tx, &story, PAGE).await?;
    if list.is_empty() {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "stories-no-more", &[])));
    }
    for s in &list {
        turn.reply.views.push(card(app, &tag, s));
    }
    Ok(true)
}

/// One story for a reader of `tag`: its kind, the text in their language (or marked), who it is
/// about (as they chose) and who tells it.
pub fn card(app: &App, tag: &str, s: &Stored) -> View {
    let l = &app.locales;
    let story = &s.story;
    let mut lines = vec![l.raw(tag, &format!("story-kind-{}", story.kind.code()), &[]).unwrap_or_default()];
    // Where and in which field: shown to readers, and so to the person asked about it too.
    let mut about = Vec::new();
    if let Some(place) = story.region.as_deref().or(story.country.as_deref()) {
        about.push(format!("📍 {}", crate::services::staff::place_name(l, tag, place)));
    }
    if let Some(sector) = &story.sector {
        let id = if sector == "care_health" { "opt-sector-care".to_string() } else { format!("opt-sector-{sector}") };
        about.extend(l.raw(tag, &id, &[]));
    }
    if !about.is_empty() {
        lines.push(l.join(tag, "part-separator", &about));
    }
    if let Some((text_tag, text)) = story.text_for(l.chain(tag)) {
        if !is_own(l, tag, text_tag) {
            let language = l.language(text_tag).map_or(text_tag.to_string(), |x| x.name.clone());
            lines.push(l.raw(tag, "ann-written-in", &[("language", Arg::Str(language.into()))]).unwrap_or_default());
        }
        let foreign = l.is_rtl(tag) != l.is_rtl(text_tag);
        let isolate = |t: &str| {
            if foreign && !t.is_empty() {
                format!("{}{t}{}", crate::i18n::rtl::FSI, crate::i18n::rtl::PDI)
            } else {
                t.to_string()
            }
        };
        lines.push(isolate(&text.title));
        lines.push(String::new());
        lines.extend(text.body.lines().map(isolate));
    }
    lines.push(String::new());
    let org = Arg::Str(story.organisation.clone().into());
    let credit = match (story.credit, &story.first_name) {
        (Credit::FirstName, Some(name)) => {
            l.raw(tag, "story-told-about", &[("name", Arg::Str(name.clone().into())), ("organisation", org)])
        }
        _ => l.raw(tag, "story-told-by", &[("organisation", org)]),
    };
    lines.push(credit.unwrap_or_default());
    let mut options = Vec::new();
    if let Some(link) = &story.link {
        options.push(Button { label: l.text(tag, "btn-ann-link", &[]), press: Press::Link(link.clone()) });
    }
    let nav = vec![Button { label: l.text(tag, "btn-story-like", &[]), press: Press::StoryLike(s.id) }];
    View::Keyboard { text: l.finish(tag, lines.join("\n")), options, nav, refresh: false }
}

/// The author of the idea a story was made from answers. A first name is asked for in a short
/// flow; nothing is shown before the answer, and "decline" takes the story out for good.
pub async fn consent(app: &App, turn: &mut Turn<'_>, id: i64, answer: u8) -> Result<bool, StoreError> {
    let Some(story) = stories::get(&mut turn.tx, id).await? else { return Ok(false) };
    let author = match story.idea {
        Some(idea) => ideas::get(&mut turn.tx, idea).await?.and_then(|(_, a)| a),
        None => None,
    };
    if author != Some(turn.user.id) || story.consent != "asked" {
        return Ok(false);
    }
    let tag = turn.tag();
    match answer {
        2 => {
            let Some(flow) = app.flows.handing_over_to(Service::StoryName).map(|f| f.id.clone()) else {
                return Ok(false);
            };
            turn.state.idea_at_hand = Some(id);
            let conversation = Conversation { flows: &app.flows, locales: &app.locales, catalogue: turn.catalogue };
            conversation.start_flow(&mut turn.state, &flow, &mut turn.reply);
        }
        1 => {
            stories::answer(&mut turn.tx, id, true, Credit::Anonymous, None, turn.now).await?;
            turn.reply.views.push(View::Text(app.locales.text(&tag, "story-approved", &[])));
        }
        _ => {
            stories::answer(&mut turn.tx, id, false, Credit::None, None, turn.now).await?;
            turn.reply.views.push(View::Text(app.locales.text(&tag, "story-declined", &[])));
        }
    }
    Ok(true)
}

/// The `story_name` flow ended: approved with the first name given.
pub async fn named(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let tag = turn.tag();
    let name = handover.answers.iter().find(|(k, _)| k == "story_first_name").map_or("", |(_, v)| v.trim());
    let story = match turn.state.idea_at_hand.take() {
        Some(id) => stories::get(&mut turn.tx, id).await?,
        None => None,
    };
    let author = match story.as_ref().and_then(|s| s.idea) {
        Some(idea) => ideas::get(&mut turn.tx, idea).await?.and_then(|(_, a)| a),
        None => None,
    };
    let Some(story) = story.filter(|s| author == Some(turn.user.id) && s.consent == "asked") else {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
        return Ok(());
    };
    if !is_first_name(name) {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "story-name-invalid", &[])));
        return Ok(());
    }
    stories::answer(&mut turn.tx, story.id, true, Credit::FirstName, Some(name), turn.now).await?;
    turn.reply.views.push(View::Text(app.locales.text(&tag, "story-approved", &[])));
    Ok(())
}

pub const MESSAGES: &[&str] = &[
    "btn-stories",
    "btn-stories-more",
    "btn-story-like",
    "stories-none",
    "stories-no-more",
    "stories-more",
    "story-kind-founder",
    "story-kind-pilot",
    "story-kind-measure",
    "story-told-by",
    "story-told-about",
    "story-approved",
    "story-declined",
    "story-name-invalid",
];
