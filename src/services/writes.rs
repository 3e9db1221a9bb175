//! What one user step writes besides the session: the hand-overs of finished flows (an idea is
//! stored), consent decisions with their policy version, and the profile answers, which are kept
//! only with the profile consent (and never for people under 16).

use super::app::App;
use super::conversation::{Handover, UserState};
use super::rights;
use crate::flow::{StepKind, Value};
use crate::storage::profile::{self, PURPOSES};
use crate::storage::{StoreError, Tx, audit, ideas, programmes, users};
use std::collections::BTreeMap;

impl App {
    /// What a finished flow hands over: an idea is stored (and its texts leave the session).
    pub(super) async fn carry_out(
        &self,
        tx: &mut Tx,
        row: &users::User,
        state: &mut UserState,
        handover: &Handover,
        now: i64,
    ) -> Result<(), StoreError> {
        if handover.service != "store_idea" {
            return Ok(());
        }
        // Without the ideas consent (withdrawn on the way, or a minor) nothing is kept.
        if !rights::consented(state, "ideas") || rights::is_minor(state) {
            if let Some(session) = &mut state.session {
                session.answers.retain(|key, a| *a.flow != *handover.flow || profile::purpose_of(key).is_some());
            }
            return Ok(());
        }
        let get = |k: &str| handover.answers.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str()).unwrap_or("");
        let locale = state.locale.clone().unwrap_or_default();
        let idea = ideas::NewIdea {
            topic: get("topic"),
            problem: get("problem"),
            idea: get("idea"),
            beneficiaries: get("beneficiaries"),
            may_contact: get("may_contact") == "yes",
            locale: &locale,
        };
        let id = ideas::insert(tx, row.id, &idea, now).await?;
        audit::record(tx, now, &row.pseudonym, "idea_submitted", Some(&row.pseudonym), Some(&format!("idea={id}")))
            .await?;
        if let Some(session) = &mut state.session {
            session.answers.retain(|key, a| *a.flow != *handover.flow || profile::purpose_of(key).is_some());
        }
        Ok(())
    }

    /// Writes what changed between two states: consents, and the profile answers (kept only
    /// with the profile consent).
    pub(super) async fn persist(
        &self,
        tx: &mut Tx,
        row: &users::User,
        before: &UserState,
        after: &UserState,
        now: i64,
    ) -> Result<(), StoreError> {
        if after.locale != before.locale
            && let Some(locale) = &after.locale
        {
            users::set_locale(tx, row.id, locale).await?;
        }
        let locale = after.locale.clone().unwrap_or_default();
        for purpose in PURPOSES {
            let key = profile::consent_key(purpose);
            let old = rights::answer(before, &key);
            let new = rights::answer(after, &key);
            if new.is_some() && new != old {
                let granted = new.as_deref() == Some("yes") && !rights::is_minor(after);
                if *purpose == "announcements" {
                    users::set_muted(tx, row.id, !granted).await?;
                }
                profile::set_consent(tx, row.id, purpose, granted, &self.settings.policy_version, &locale, now).await?;
                let detail = format!("{purpose}={}", if granted { "yes" } else { "no" });
                audit::record(tx, now, &row.pseudonym, "consent", Some(&row.pseudonym), Some(&detail)).await?;
            }
        }
        let old = self.profile(before);
        let new = self.profile(after);
        for (key, (value, flow)) in &new {
            if old.get(key) != Some(&(value.clone(), flow.clone())) {
                profile::upsert_answer(tx, row.id, key, value, flow, now).await?;
            }
        }
        if new.is_empty() && !old.is_empty() {
            profile::delete_answers(tx, row.id).await?;
            programmes::delete_match_result(tx, row.id).await?;
        } else {
            for key in old.keys().filter(|k| !new.contains_key(*k)) {
                profile::delete_answer(tx, row.id, key).await?;
            }
        }
        Ok(())
    }

    /// The answers kept as the profile: with the profile consent, everything but consents and
    /// the texts of flows that hand their answers to another service (ideas).
    fn profile(&self, state: &UserState) -> BTreeMap<String, (String, String)> {
        if rights::answer(state, &profile::consent_key("profile")).as_deref() != Some("yes") || rights::is_minor(state)
        {
            return BTreeMap::new();
        }
        let Some(session) = &state.session else { return BTreeMap::new() };
        session
            .answers
            .iter()
            .filter(|(key, a)| profile::purpose_of(key).is_none() && self.is_profile_flow(&a.flow))
            .filter(|(_, a)| a.value != Value::Skipped)
            .map(|(key, a)| (key.to_string(), (a.value.as_plain(), a.flow.to_string())))
            .collect()
    }

    fn is_profile_flow(&self, flow: &str) -> bool {
        self.flows.get(flow).is_some_and(|f| {
            !f.steps.iter().any(|s| matches!(&s.kind, StepKind::End { service, .. } if service == "store_idea"))
        })
    }
}
