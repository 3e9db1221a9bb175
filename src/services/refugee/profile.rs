//! What one step writes besides the session: consent decisions with their policy version, and
//! the profile answers, which are kept only with the profile consent (and never for people
//! under 16). Written as the difference between the state before and after the event.

use super::consent::{answer, is_minor};
use super::conversation::UserState;
use crate::domain::consent::{self, PURPOSES};
use crate::flow::{Registry, Service, Value};
use crate::services::app::App;
use crate::services::turn::Turn;
use crate::storage::{self, StoreError, audit, programmes, users};
use std::collections::BTreeMap;

pub async fn persist(app: &App, turn: &mut Turn<'_>, before: &UserState) -> Result<(), StoreError> {
    let (tx, row, after, now) = (&mut turn.tx, &turn.user, &turn.state, turn.now);
    if after.locale != before.locale
        && let Some(locale) = &after.locale
    {
        users::set_locale(tx, row.id, locale).await?;
    }
    let locale = after.locale.clone().unwrap_or_default();
    for purpose in PURPOSES {
        let key = consent::consent_key(purpose);
        let old = answer(before, &key);
        let new = answer(after, &key);
        if new.is_some() && new != old {
            let granted = new.as_deref() == Some("yes") && !is_minor(after);
            if *purpose == "announcements" {
                users::set_muted(tx, row.id, !granted).await?;
            }
            // Without the ideas consent, stored ideas keep no texts (partners see "withdrawn").
            if *purpose == "ideas" && !granted {
                storage::stories::forget_author(tx, row.id, now).await?;
                storage::idea_relay::withdraw(tx, row.id, now).await?;
            }
            let policy = &app.rules.policy_version;
            storage::profile::set_consent(tx, row.id, purpose, granted, policy, &locale, now).await?;
            let detail = format!("{purpose}={}", if granted { "yes" } else { "no" });
            audit::record(tx, now, &row.pseudonym, "consent", Some(&row.pseudonym), Some(&detail)).await?;
        }
    }
    let old = kept(&app.flows, before);
    let new = kept(&app.flows, after);
    for (key, (value, flow)) in &new {
        if old.get(key) != Some(&(value.clone(), flow.clone())) {
            storage::profile::upsert_answer(tx, row.id, key, value, flow, now).await?;
        }
    }
    if new.is_empty() && !old.is_empty() {
        storage::profile::delete_answers(tx, row.id).await?;
        programmes::delete_match_result(tx, row.id).await?;
        storage::ideas::forget_places(tx, row.id).await?;
    } else {
        for key in old.keys().filter(|k| !new.contains_key(*k)) {
            storage::profile::delete_answer(tx, row.id, key).await?;
        }
    }
    Ok(())
}

/// The answers kept as the profile: with the profile consent, everything but consents and the
/// texts of the flow that stores ideas.
fn kept(flows: &Registry, state: &UserState) -> BTreeMap<String, (String, String)> {
    if answer(state, &consent::consent_key("profile")).as_deref() != Some("yes") || is_minor(state) {
        return BTreeMap::new();
    }
    let Some(session) = &state.session else { return BTreeMap::new() };
    session
        .answers
        .iter()
        .filter(|(key, a)| consent::purpose_of(key).is_none() && is_profile_flow(flows, &a.flow))
        .filter(|(_, a)| a.value != Value::Skipped)
        .map(|(key, a)| (key.to_string(), (a.value.as_plain(), a.flow.to_string())))
        .collect()
}

fn is_profile_flow(flows: &Registry, flow: &str) -> bool {
    // Ideas, an author's answer, a story's first name and staff work are not a profile.
    let not_profile = [Service::StoreIdea, Service::AnswerIdea, Service::StoryName];
    flows.get(flow).is_some_and(|f| !not_profile.iter().any(|s| f.hands_over_to(*s)) && !f.is_staff_only())
}
