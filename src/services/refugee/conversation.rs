//! One user's conversation around the flows: the language picker, the main menu, the flows
//! themselves, and what happens when a flow ends. The terminal chat and the Telegram adapter
//! both drive it with [`Event`]s and show the [`View`]s it returns.

use super::matches::{self, MatchSummary};
pub use super::state::{Screen, UserState};
use super::view::{self, Button, Press, View};
use crate::domain::Programme;
use crate::flow::{self, Completion, Effect, Input, Registry, Service, Transition};
use crate::i18n::Locales;
pub use crate::services::commands::Command;

/// The flow every new user starts with.
pub const FIRST_FLOW: &str = "onboarding";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    Text(&'a str),
    Press(&'a Press),
    Command(Command),
    /// A sticker, photo, voice note, file, location, ... sent where text or a button was expected.
    Unsupported,
    /// A `/command` the bot does not know (or one the user's role may not use).
    UnknownCommand,
    /// A button press whose data is not ours or names nothing that exists (an old keyboard of
    /// an earlier version, or a forged press): answered like an old button.
    StalePress,
}

/// Something a finished flow hands over to; the caller carries it out (storage, matching).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub flow: String,
    pub service: Service,
    pub answers: Vec<(String, String)>,
}

/// The result of one event: what to show, and what finished flows hand over.
#[derive(Debug, Default)]
pub struct Reply {
    pub views: Vec<View>,
    pub handovers: Vec<Handover>,
    /// Set when a finished flow showed matches: what the unmet-needs report keeps.
    pub matched: Option<MatchSummary>,
    /// Chats whose command menu must change (a staff role granted or revoked).
    pub menus: Vec<MenuChange>,
}

/// A chat's command menu to set: the commands of `role`, described in `locale`. The adapter
/// notes it as done ([`crate::services::app::App::menu_done`]) only once Telegram took it, so a
/// failed call is tried again with the user's next event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuChange {
    pub user_id: i64,
    pub chat_id: i64,
    pub role: crate::domain::Role,
    pub locale: String,
}

pub struct Conversation<'a> {
    pub flows: &'a Registry,
    pub locales: &'a Locales,
    pub catalogue: &'a [Programme],
}

impl Conversation<'_> {
    /// Handles one event and updates `state`.
    pub fn handle(&self, state: &mut UserState, event: Event<'_>) -> Reply {
        let mut reply = Reply::default();
        match event {
            Event::Command(Command::Language) => self.show_languages(state, &mut reply),
            Event::Command(Command::Menu) => self.show_menu(state, &mut reply),
            Event::Command(Command::Start) => match (&state.locale, &state.session) {
                (None, _) => self.show_languages(state, &mut reply),
                (Some(_), None) => self.start_flow(state, FIRST_FLOW, &mut reply),
                (Some(_), Some(_)) => self.show_current(state, &mut reply),
            },
            // A web button opens in Telegram itself; a terminal has printed the address.
            Event::Press(Press::Link(_)) => {}
            Event::Command(Command::Programmes) => self.show_matches(state, 0, &mut reply),
            Event::Press(Press::More(page)) => self.show_matches(state, usize::from(*page), &mut reply),
            Event::Press(Press::Flow(id)) => self.start_flow(state, id, &mut reply),
            Event::StalePress => {
                let tag = self.tag(state);
                reply.views.push(View::Text(self.locales.text(&tag, "stale-button", &[])));
                self.show_current(state, &mut reply);
            }
            Event::UnknownCommand => {
                let tag = self.tag(state);
                reply.views.push(View::Text(self.locales.text(&tag, "chat-unknown-command", &[])));
                self.show_current(state, &mut reply);
            }
            Event::Press(Press::LanguageList) => self.show_languages(state, &mut reply),
            Event::Press(Press::Language(i)) => self.pick_language(state, usize::from(*i), &mut reply),
            Event::Press(Press::Menu(i)) => self.pick_menu(state, usize::from(*i), &mut reply),
            Event::Text(text) if state.screen == Screen::Language => match flow::digits::parse_number(text) {
                Some(n) if n >= 1 => self.pick_language(state, (n - 1) as usize, &mut reply),
                _ => self.invalid_choice(state, &mut reply),
            },
            Event::Text(text) if state.screen == Screen::Menu => match flow::digits::parse_number(text) {
                Some(n) if n >= 1 => self.pick_menu(state, (n - 1) as usize, &mut reply),
                _ => self.invalid_choice(state, &mut reply),
            },
            Event::Unsupported if state.screen != Screen::Flow => {
                let tag = self.tag(state);
                reply.views.push(View::Text(self.locales.text(&tag, "hint-not-text", &[])));
                self.show_current(state, &mut reply);
            }
            Event::Press(Press::Engine { flow, step, nonce, action }) => {
                let input = Input::Press { flow, step, nonce: *nonce, action: *action };
                self.engine(state, input, &mut reply);
            }
            Event::Text(text) => self.engine(state, Input::Text(text), &mut reply),
            Event::Unsupported => self.engine(state, Input::Unsupported, &mut reply),
            Event::Command(Command::Back) => self.engine(state, Input::Back, &mut reply),
            Event::Command(Command::Skip) => self.engine(state, Input::Skip, &mut reply),
            Event::Command(Command::Why) => self.engine(state, Input::Why, &mut reply),
            Event::Command(Command::Restart) => self.restart(state, &mut reply),
            // Every other command and button belongs to a use case of the app (data rights, staff,
            // announcements, ideas), which runs before this; here they only show where the user is.
            Event::Command(_) | Event::Press(_) => self.show_current(state, &mut reply),
        }
        reply
    }

    fn tag(&self, state: &UserState) -> String {
        state.locale.clone().unwrap_or_else(|| crate::i18n::REFERENCE.to_string())
    }

    fn invalid_choice(&self, state: &mut UserState, reply: &mut Reply) {
        let tag = self.tag(state);
        reply.views.push(View::Text(self.locales.text(&tag, "hint-choice", &[])));
        self.show_current(state, reply);
    }

    /// Runs the engine on the session's flow; without a session, the first flow starts.
    fn engine(&self, state: &mut UserState, input: Input<'_>, reply: &mut Reply) {
        let Some(session) = state.session.take() else {
            if state.locale.is_none() {
                return self.show_languages(state, reply);
            }
            return self.start_flow(state, FIRST_FLOW, reply);
        };
        let Some(flow) = self.flows.get(&session.flow) else {
            // The flow was removed from the content: the user goes back to the menu.
            state.session = Some(session);
            return self.show_menu(state, reply);
        };
        state.screen = Screen::Flow;
        let t = flow::advance_owned(flow, session, input);
        self.apply(state, t, reply);
    }

    /// /restart: the questions of an unfinished flow start again; anywhere else (the menu, a
    /// finished flow, the under-16 answer) the onboarding starts again, so a mis-tapped answer
    /// can always be corrected.
    fn restart(&self, state: &mut UserState, reply: &mut Reply) {
        let unfinished = state.screen == Screen::Flow
            && state.session.as_ref().is_some_and(|s| self.flows.get(&s.flow).is_some_and(|f| !s.finished(f)))
            && !super::consent::is_minor(state);
        if unfinished {
            self.engine(state, Input::Restart, reply)
        } else if state.locale.is_none() {
            self.show_languages(state, reply)
        } else {
            let tag = self.tag(state);
            reply.views.push(View::Text(self.locales.text(&tag, "restart-done", &[])));
            self.start_flow(state, FIRST_FLOW, reply)
        }
    }

    /// Leaving an idea before it was sent drops its texts: drafts are not kept. The flow's old
    /// buttons go stale with it.
    fn leave_unfinished_idea(&self, state: &mut UserState) {
        let Some(session) = &mut state.session else { return };
        let Some(flow) = self.flows.get(&session.flow) else { return };
        if !flow.hands_over_to(Service::StoreIdea) || session.finished(flow) {
            return;
        }
        session.answers.retain(|key, a| *a.flow != *flow.id || crate::domain::consent::purpose_of(key).is_some());
        session.flow = "".into();
        session.step = "".into();
        session.history.clear();
        session.pending.clear();
        session.resume_to = None;
        session.nonce = flow::engine::next_nonce(session.nonce);
    }

    pub fn start_flow(&self, state: &mut UserState, id: &str, reply: &mut Reply) {
        let Some(flow) = self.flows.get(id) else {
            return self.show_menu(state, reply);
        };
        self.leave_unfinished_idea(state);
        state.seed = flow::engine::next_nonce(state.seed);
        state.screen = Screen::Flow;
        let t = flow::start(flow, state.session.as_ref(), state.seed);
        self.apply(state, t, reply);
    }

    fn apply(&self, state: &mut UserState, t: Transition<'_>, reply: &mut Reply) {
        let tag = self.tag(state);
        reply.views.extend(view::render(self.locales, &tag, &t.effects));
        state.session = Some(t.session);
        let mut next = None;
        let mut idle = false;
        for effect in &t.effects {
            match effect {
                Effect::Completed(done) => {
                    reply.handovers.push(handover(done));
                    if done.service == Service::Under16 {
                        self.offer_age_correction(&tag, reply);
                    }
                    if done.service == Service::ShowMatches {
                        let answers = matches::answers(state.session.as_ref());
                        let (views, summary) =
                            matches::show(self.locales, &tag, self.catalogue, &answers, 0, self.idea_flow());
                        reply.views.extend(views);
                        reply.matched = Some(summary);
                    }
                    next = done.then.map(str::to_string);
                    idle = next.is_none();
                }
                Effect::Idle => idle = true,
                _ => {}
            }
        }
        if let Some(id) = next {
            self.start_flow(state, &id, reply);
        } else if idle {
            self.show_menu(state, reply);
        }
    }

    /// The flow that collects ideas (the one handing over to `store_idea`).
    fn idea_flow(&self) -> Option<&str> {
        self.flows.handing_over_to(Service::StoreIdea).map(|f| f.id.as_str())
    }

    /// The under-16 answer gets a button back to the age question ("I tapped the wrong age");
    /// the menu follows it.
    fn offer_age_correction(&self, tag: &str, reply: &mut Reply) {
        let options =
            vec![Button { label: self.locales.text(tag, "btn-wrong-age", &[]), press: Press::Flow(FIRST_FLOW.into()) }];
        let text = match reply.views.pop() {
            Some(View::Text(text)) => text,
            other => {
                reply.views.extend(other);
                self.locales.text(tag, "onb-too-young", &[])
            }
        };
        reply.views.push(View::Keyboard { text, options, nav: Vec::new(), refresh: false });
    }

    /// A page of the matches for the answers given so far (or how to get some).
    fn show_matches(&self, state: &mut UserState, page: usize, reply: &mut Reply) {
        let tag = self.tag(state);
        let answers = matches::answers(state.session.as_ref());
        if !answers.contains_key("country") {
            reply.views.push(View::Text(self.locales.text(&tag, "matches-none-yet", &[])));
            return self.show_menu(state, reply);
        }
        let (views, _) = matches::show(self.locales, &tag, self.catalogue, &answers, page, self.idea_flow());
        reply.views.extend(views);
    }

    /// Shows the question, menu or language list the user is at.
    pub fn show_current(&self, state: &mut UserState, reply: &mut Reply) {
        match state.screen {
            Screen::Language => self.show_languages(state, reply),
            Screen::Menu => self.show_menu(state, reply),
            Screen::Flow => {
                let flow = state.session.as_ref().and_then(|s| self.flows.get(&s.flow).map(|f| (f, s)));
                match flow {
                    Some((flow, session)) if !session.finished(flow) => {
                        let t = flow::engine::show(flow, session);
                        let tag = self.tag(state);
                        reply.views.extend(view::render(self.locales, &tag, &t.effects));
                        state.session = Some(t.session);
                    }
                    _ => self.show_menu(state, reply),
                }
            }
        }
    }

    /// The language list, each language in its own name; the language Telegram suggests (if
    /// supported) comes first and the title is in it.
    fn show_languages(&self, state: &mut UserState, reply: &mut Reply) {
        let tag = state.locale.clone().or_else(|| state.hint.clone()).unwrap_or_else(|| crate::i18n::REFERENCE.into());
        let mut options: Vec<Button> = self
            .locales
            .languages()
            .iter()
            .enumerate()
            .map(|(i, l)| Button { label: l.name.clone(), press: Press::Language(i as u16) })
            .collect();
        if let Some(at) = state.hint.as_ref().and_then(|h| self.locales.languages().iter().position(|l| l.tag == *h)) {
            let suggested = options.remove(at);
            options.insert(0, suggested);
        }
        state.screen = Screen::Language;
        reply.views.push(View::Keyboard {
            text: self.locales.text(&tag, "language-title", &[]),
            options,
            nav: Vec::new(),
            refresh: false,
        });
    }

    fn pick_language(&self, state: &mut UserState, i: usize, reply: &mut Reply) {
        let Some(lang) = self.locales.languages().get(i) else {
            return self.invalid_choice(state, reply);
        };
        let first_time = state.locale.is_none();
        state.locale = Some(lang.tag.clone());
        if first_time || state.session.is_none() {
            return self.start_flow(state, FIRST_FLOW, reply);
        }
        reply.views.push(View::Text(self.locales.text(&lang.tag, "language-changed", &[])));
        state.screen = Screen::Flow;
        self.show_current(state, reply);
    }

    /// The menu's entries: the menu flows, then the language list.
    fn show_menu(&self, state: &mut UserState, reply: &mut Reply) {
        self.leave_unfinished_idea(state);
        let tag = self.tag(state);
        state.screen = Screen::Menu;
        let mut options: Vec<Button> = self
            .flows
            .menu()
            .enumerate()
            .map(|(i, f)| Button { label: self.locales.text(&tag, &f.title, &[]), press: Press::Menu(i as u16) })
            .collect();
        options.push(Button {
            label: self.locales.text(&tag, "btn-language", &[]),
            press: Press::Menu(options.len() as u16),
        });
        // Success stories come from the database: a button of their own, not a numbered entry.
        let nav = vec![Button { label: self.locales.text(&tag, "btn-stories", &[]), press: Press::Stories(0) }];
        reply.views.push(View::Keyboard {
            text: self.locales.text(&tag, "menu-title", &[]),
            options,
            nav,
            refresh: false,
        });
    }

    fn pick_menu(&self, state: &mut UserState, i: usize, reply: &mut Reply) {
        let flows: Vec<String> = self.flows.menu().map(|f| f.id.clone()).collect();
        match flows.get(i) {
            Some(id) => self.start_flow(state, id, reply),
            None if i == flows.len() => self.show_languages(state, reply),
            None => self.invalid_choice(state, reply),
        }
    }
}

fn handover(done: &Completion<'_>) -> Handover {
    Handover {
        flow: done.flow.id.clone(),
        service: done.service,
        answers: done.answers.iter().map(|(k, v)| (k.to_string(), v.as_plain())).collect(),
    }
}

/// Message ids the conversation uses on top of the flows' and the views'.
pub const MESSAGES: &[&str] = &[
    "hint-not-text",
    "hint-choice",
    "language-title",
    "language-changed",
    "menu-title",
    "btn-language",
    "btn-wrong-age",
    "onb-too-young",
    "restart-done",
    "stale-button",
    "chat-unknown-command",
];
