//! `/announce` in Telegram: the coordinator answers short steps of the `announce` flow (kind,
//! title, text, time, place, link, goals; Back at every step, a summary with change), and its
//! end hands over here. The answers become a draft for the coordinator's whole scope; the
//! preview shows the card in their language, how many people it reaches per language, which
//! languages get it without their own text, a button per language to see that card, and Send.
//! Nothing is sent before Send. The texts then leave the session.

use super::announce::{self, Author};
use super::card;
use crate::domain::Role;
use crate::domain::announcement::{self, Announcement, Audience, Kind, Text};
use crate::domain::localtime::Local;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::conversation::Handover;
use crate::services::refugee::ideas::forget_answers_of;
use crate::services::refugee::view::{BroadcastAction, Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::{StoreError, announcements, staff};

/// How many languages get their own preview button.
const PREVIEW_LANGUAGES: usize = 6;

/// Whether the user may write announcements now.
pub fn may_announce(role: Role) -> bool {
    role.allows(Role::Coordinator)
}

/// The `announce` flow ended: make the draft and show its preview.
pub async fn from_flow(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    forget_answers_of(&mut turn.state, &handover.flow);
    let tag = turn.tag();
    let scope = match staff::get(&mut turn.tx, turn.user.id).await? {
        Some(member) if may_announce(turn.user.role) => member.scope,
        // The role was taken away while writing: nothing is kept.
        _ => {
            turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
            return Ok(());
        }
    };
    let get =
        |k: &str| handover.answers.iter().find(|(key, _)| key == k).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    let goals = get("ann_goals").map(|g| g.split(',').map(str::to_string).collect()).unwrap_or_default();
    let audience = match (Audience { goals, ..Default::default() }).within(&scope) {
        Ok(a) => a,
        Err(_) => {
            turn.reply.views.push(View::Text(app.locales.text(&tag, "stale-button", &[])));
            return Ok(());
        }
    };
    let zone = audience.zone();
    let starts = match get("ann_starts") {
        None => None,
        Some(text) => match Local::parse(text).and_then(|l| zone.to_utc(l)) {
            Some(t) if t > turn.now => Some(t),
            _ => {
                let text = app.locales.text(&tag, "staff-ann-bad-time", &[]);
                turn.reply.views.push(View::Text(text));
                return Ok(());
            }
        },
    };
    let link = get("ann_link").filter(|l| announcement::check_link(l).is_ok()).map(str::to_string);
    let text = Text {
        title: get("ann_title").unwrap_or_default().to_string(),
        body: get("ann_body").unwrap_or_default().to_string(),
    };
    let a = Announcement {
        kind: get("kind").and_then(Kind::parse).unwrap_or(Kind::Info),
        texts: [(tag.clone(), text)].into_iter().collect(),
        starts,
        zone,
        place: get("ann_place").map(str::to_string),
        link,
        audience,
        expires: starts.unwrap_or(turn.now + announcement::DEFAULT_EXPIRY_SECS),
        seats: get("ann_seats")
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| *n > 0)
            .map(|capacity| crate::domain::event::Seats { capacity, reserved: 0 }),
        // Only announcement files put an event on the public page (`public = true`).
        public: false,
    };
    if let Some(language) = card::too_long(&app.locales, &a) {
        let name = app.locales.language(&language).map_or(language.clone(), |l| l.name.clone());
        let text = app.locales.text(&tag, "staff-ann-too-long", &[("language", Arg::Str(name.into()))]);
        turn.reply.views.push(View::Text(text));
        return Ok(());
    }
    let pseudonym = turn.user.pseudonym.clone();
    let author = Author::Staff { user_id: turn.user.id, chat_id: turn.user.chat_id, pseudonym: &pseudonym };
    let id = announce::draft(&mut turn.tx, &a, author, turn.now).await?;
    show_preview(app, turn, id, &a).await
}

/// The preview of draft `id`: the card in the coordinator's language, the reach, and the buttons.
async fn show_preview(app: &App, turn: &mut Turn<'_>, id: i64, a: &Announcement) -> Result<(), StoreError> {
    let tag = turn.tag();
    let locales = &app.locales;
    let plan = announce::plan(&mut turn.tx, a).await?;
    // The preview goes before the main menu the finished flow showed.
    let menu = turn.reply.views.iter().position(
        |v| matches!(v, View::Keyboard { options, .. } if options.iter().any(|b| matches!(b.press, Press::Menu(_)))),
    );
    let menu = menu.map(|at| turn.reply.views.split_off(at)).unwrap_or_default();
    turn.reply.views.push(preview_card(app, &tag, &tag, id, a));
    let mut lines = vec![announce::reach_text(locales, &tag, &plan)];
    let untranslated: Vec<String> = announce::untranslated(locales, a, &plan)
        .iter()
        .map(|l| locales.language(l).map_or(l.to_string(), |x| x.name.clone()))
        .collect();
    if !untranslated.is_empty() {
        let list = locales.join(&tag, "list-separator", &untranslated);
        lines.push(locales.text(&tag, "staff-ann-untranslated", &[("languages", Arg::Str(list.into()))]));
    }
    let mut options = vec![Button {
        label: locales.text(&tag, "btn-staff-ann-send", &[("count", Arg::Num(plan.total() as i64))]),
        press: Press::Broadcast { action: BroadcastAction::Send, id },
    }];
    for (l, _) in plan.by_locale.iter().filter(|(l, _)| *l != tag).take(PREVIEW_LANGUAGES) {
        if let Some(i) = locales.languages().iter().position(|x| x.tag == *l) {
            let name = &locales.languages()[i].name;
            options.push(Button {
                label: locales.text(&tag, "btn-staff-ann-preview", &[("language", Arg::Str(name.as_str().into()))]),
                press: Press::BroadcastPreview { id, lang: i as u16 },
            });
        }
    }
    let nav = vec![Button {
        label: locales.text(&tag, "btn-staff-ann-discard", &[]),
        press: Press::Broadcast { action: BroadcastAction::Discard, id },
    }];
    turn.reply.views.push(View::Keyboard {
        text: locales.finish(&tag, lines.join("\n\n")),
        options,
        nav,
        refresh: false,
    });
    turn.reply.views.extend(menu);
    Ok(())
}

/// The card as readers of `reader` will see it, under a line naming the language.
fn preview_card(app: &App, tag: &str, reader: &str, id: i64, a: &Announcement) -> View {
    let name = app.locales.language(reader).map_or(reader.to_string(), |l| l.name.clone());
    let head = app.locales.text(tag, "staff-ann-preview-head", &[("language", Arg::Str(name.into()))]);
    let View::Keyboard { text: card, options, .. } = card::card(&app.locales, reader, id, a, false) else {
        return View::Text(head);
    };
    // The link button as readers get it; the others only work on a sent card.
    View::Keyboard { text: format!("{head}\n\n{card}"), options, nav: Vec::new(), refresh: false }
}

/// "👀 العربية": the draft's card in the n-th language; `false` when the presser may not see it.
pub async fn preview_in(app: &App, turn: &mut Turn<'_>, id: i64, lang: u16) -> Result<bool, StoreError> {
    let Some(reader) = app.locales.languages().get(usize::from(lang)).map(|l| l.tag.clone()) else { return Ok(false) };
    let Some(stored) = announcements::get(&mut turn.tx, id).await? else { return Ok(false) };
    let allowed =
        turn.user.role == Role::Admin || (may_announce(turn.user.role) && stored.author == turn.user.pseudonym);
    if !allowed {
        return Ok(false);
    }
    let view = preview_card(app, &turn.tag(), &reader, id, &stored.content);
    turn.reply.views.push(view);
    Ok(true)
}

pub const MESSAGES: &[&str] = &[
    "staff-ann-bad-time",
    "staff-ann-untranslated",
    "btn-staff-ann-send",
    "btn-staff-ann-preview",
    "btn-staff-ann-discard",
    "staff-ann-preview-head",
];
