//! The users' data rights around the conversation: consent decisions made outside the flows
//! (/consent, /stop), the consent switches, and the /mydata export.

use super::conversation::{Screen, UserState};
use super::view::{Button, Press, View};
use crate::flow::{Answer, Arg, Value};
use crate::i18n::Locales;
use crate::storage::profile::{self, PURPOSES};
use crate::storage::{StoreError, Tx, audit, ideas, users};
use std::collections::BTreeMap;
use std::sync::Arc;

pub(super) fn consent_view(locales: &Locales, tag: &str, state: &UserState) -> View {
    let options = PURPOSES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let purpose = locales.raw(tag, &format!("purpose-{p}"), &[]).unwrap_or_default();
            let id = if consented(state, p) { "consent-on" } else { "consent-off" };
            Button {
                label: locales.text(tag, id, &[("purpose", Arg::Str(purpose.into()))]),
                press: Press::Consent { purpose: i as u16, on: !consented(state, p) },
            }
        })
        .collect();
    View::Keyboard { text: locales.text(tag, "consent-title", &[]), options, nav: Vec::new(), refresh: false }
}

/// Under the age of digital consent (16 in Germany, the strictest of our countries): sifor keeps
/// no profile and takes no ideas.
pub(super) fn is_minor(state: &UserState) -> bool {
    matches!(answer(state, "age_band").as_deref(), Some("under_14" | "14_15"))
}

pub(super) fn answer(state: &UserState, key: &str) -> Option<String> {
    state.session.as_ref().and_then(|s| s.value(key)).map(Value::as_plain)
}

pub(super) fn consented(state: &UserState, purpose: &str) -> bool {
    answer(state, &profile::consent_key(purpose)).as_deref() == Some("yes")
}

/// Records a consent decision made outside a flow (/consent, /stop) where the flows read it.
/// Withdrawing the profile consent also drops every profile answer and leaves the current flow
/// (its old buttons go stale): the user is back at the menu.
pub(super) fn set_consent_answer(state: &mut UserState, purpose: &str, granted: bool) {
    let withdraw_profile = purpose == "profile" && !granted;
    if withdraw_profile || state.session.is_none() {
        let mut consents: BTreeMap<Arc<str>, Answer> = BTreeMap::new();
        if let Some(s) = &state.session {
            consents.extend(
                s.answers.iter().filter(|(k, _)| profile::purpose_of(k).is_some()).map(|(k, a)| (k.clone(), a.clone())),
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
        profile::consent_key(purpose).into(),
        Answer { flow: Arc::from("consent"), step: Arc::from("consent"), value },
    );
}

/// Everything stored about one user, as one JSON document.
pub(super) async fn export(tx: &mut Tx, row: &users::User, state: &UserState) -> Result<serde_json::Value, StoreError> {
    let consents = profile::consents(tx, row.id).await?;
    let answers = profile::answers(tx, row.id).await?;
    let ideas = ideas::by_user(tx, row.id).await?;
    let audit = audit::about(tx, &row.pseudonym).await?;
    let matched = crate::storage::programmes::match_result(tx, row.id).await?;
    Ok(serde_json::json!({
        "pseudonym": row.pseudonym,
        "telegram_user_id": row.id,
        "chat_id": row.chat_id,
        "language": row.locale,
        "role": row.role,
        "announcements_stopped": row.muted,
        "unreachable_since": row.unreachable_since,
        "came_from": row.came_from,
        "created_at": row.created_at,
        "last_seen": row.last_seen,
        "consents": consents,
        "profile": answers,
        "conversation": state,
        "ideas": ideas,
        "last_match_result": matched,
        "audit_log": audit,
    }))
}
