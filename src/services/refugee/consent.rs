//! Consent per purpose outside the flows: the /consent switches, /stop (no more announcements),
//! and the rules every use case reads: whether a purpose is consented to and whether the user is
//! below the age of digital consent. The flows store these decisions as answers (`consent_*`).

use super::conversation::{Screen, UserState};
use super::view::{Button, Press, View};
use crate::domain::{age, consent};
use crate::flow::{Answer, Arg, Value};
use crate::services::app::App;
use crate::services::turn::Turn;
use std::collections::BTreeMap;
use std::sync::Arc;

pub fn show(app: &App, turn: &mut Turn<'_>) {
    let view = switches(app, &turn.tag(), &turn.state);
    turn.reply.views.push(view);
}

/// A switch was pressed: set the purpose to the wanted state (a second tap or an old keyboard
/// changes nothing unexpected). Minors cannot switch anything on.
pub fn set(app: &App, turn: &mut Turn<'_>, purpose: usize, on: bool) {
    let tag = turn.tag();
    if let Some(purpose) = consent::PURPOSES.get(purpose) {
        let state = &mut turn.state;
        let msg = if on && is_minor(state) {
            "onb-too-young"
        } else if on == consented(state, purpose) {
            if on { "consent-given" } else { "consent-withdrawn" }
        } else {
            set_answer(state, purpose, on);
            match (on, *purpose) {
                (true, _) => "consent-given",
                (false, "profile") => "consent-withdrawn-profile",
                (false, _) => "consent-withdrawn",
            }
        };
        turn.reply.views.push(View::Text(app.locales.text(&tag, msg, &[])));
    }
    let view = switches(app, &tag, &turn.state);
    turn.reply.views.push(view);
}

/// /stop: no more announcements, the same as switching that purpose off.
pub fn stop(app: &App, turn: &mut Turn<'_>) {
    set_answer(&mut turn.state, "announcements", false);
    turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "stop-done", &[])));
}

fn switches(app: &App, tag: &str, state: &UserState) -> View {
    let locales = &app.locales;
    let options = consent::PURPOSES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let purpose = locales.raw(tag, &purpose_id(p), &[]).unwrap_or_default();
            let id = if consented(state, p) { "consent-on" } else { "consent-off" };
            Button {
                label: locales.text(tag, id, &[("purpose", Arg::Str(purpose.into()))]),
                press: Press::Consent { purpose: i as u16, on: !consented(state, p) },
            }
        })
        .collect();
    View::Keyboard { text: locales.text(tag, "consent-title", &[]), options, nav: Vec::new(), refresh: false }
}

/// The message id naming a purpose on its switch.
pub fn purpose_id(purpose: &str) -> String {
    format!("purpose-{purpose}")
}

/// Below the age of digital consent: sifor keeps no profile and takes no ideas.
pub fn is_minor(state: &UserState) -> bool {
    answer(state, "age_band").is_some_and(|band| age::is_minor(&band))
}

pub fn answer(state: &UserState, key: &str) -> Option<String> {
    state.session.as_ref().and_then(|s| s.value(key)).map(Value::as_plain)
}

pub fn consented(state: &UserState, purpose: &str) -> bool {
    answer(state, &consent::consent_key(purpose)).as_deref() == Some("yes")
}

/// Records a consent decision made outside a flow (/consent, /stop) where the flows read it.
/// Withdrawing the profile consent also drops every profile answer and leaves the current flow
/// (its old buttons go stale): the user is back at the menu.
pub fn set_answer(state: &mut UserState, purpose: &str, granted: bool) {
    let withdraw_profile = purpose == "profile" && !granted;
    if withdraw_profile || state.session.is_none() {
        let mut consents: BTreeMap<Arc<str>, Answer> = BTreeMap::new();
        if let Some(s) = &state.session {
            consents.extend(
                s.answers.iter().filter(|(k, _)| consent::purpose_of(k).is_some()).map(|(k, a)| (k.clone(), a.clone())),
            );
        }
        let nonce = state.session.as_ref().map_or(state.seed, |s| crate::flow::engine::next_nonce(s.nonce));
        state.session = Some(crate::flow::Session {
            flow: "".into(),
            hash: "".into(),
            nonce,
            step: "".into(),
            history: Vec::new(),
            answers: consents,
            invalid: 0,
            resume_to: None,
            pending: Vec::new(),
        });
        if withdraw_profile {
            state.screen = Screen::Menu;
        }
    }
    let Some(session) = &mut state.session else { return };
    let value = Value::One(if granted { "yes" } else { "no" }.into());
    session.answers.insert(
        consent::consent_key(purpose).into(),
        Answer { flow: Arc::from("consent"), step: Arc::from("consent"), value },
    );
}

/// Message ids of the consent screens, including one name per purpose.
pub fn message_ids() -> Vec<String> {
    let fixed = [
        "consent-title",
        "consent-on",
        "consent-off",
        "consent-given",
        "consent-withdrawn",
        "consent-withdrawn-profile",
        "stop-done",
    ];
    fixed.iter().map(|s| s.to_string()).chain(consent::PURPOSES.iter().map(|p| purpose_id(p))).collect()
}
