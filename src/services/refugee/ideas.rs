//! An idea for a better programme: stored when its flow ends (with the ideas consent, never for
//! people under 16); its texts then leave the session, so no draft is kept anywhere else.

use super::consent::{answer, consented, is_minor};
use super::conversation::{Handover, UserState};
use crate::domain::consent;
use crate::services::app::App;
use crate::services::turn::Turn;
use crate::storage::{StoreError, audit, ideas};

pub async fn store(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    if consented(&turn.state, "ideas") && !is_minor(&turn.state) {
        let get = |k: &str| handover.answers.iter().find(|(key, _)| key == k).map_or("", |(_, v)| v.as_str());
        let locale = turn.state.locale.clone().unwrap_or_default();
        // Where the idea lies, for the partners of that place: only from a profile the author
        // allowed; else "region not given".
        let place = |key: &str| consented(&turn.state, "profile").then(|| answer(&turn.state, key)).flatten();
        let (country, region) = (place("country"), place("region"));
        let idea = ideas::NewIdea {
            topic: get("topic"),
            problem: get("problem"),
            idea: get("idea"),
            beneficiaries: get("beneficiaries"),
            may_contact: get("may_contact") == "yes",
            public_display: get("public_display") == "yes",
            locale: &locale,
            country: country.as_deref(),
            region: region.as_deref(),
            status: app.flows.statuses().first(),
        };
        ideas::insert(&mut turn.tx, turn.user.id, &idea, turn.now).await?;
        // The author's own record (shown by /mydata); no idea id beside their pseudonym, so the
        // log cannot link an idea to its author.
        let who = turn.user.pseudonym.clone();
        audit::record(&mut turn.tx, turn.now, &who, "idea_submitted", Some(&who), None).await?;
    }
    // Kept or not (consent withdrawn on the way, or a minor), the texts leave the session.
    forget_answers_of(&mut turn.state, &handover.flow);
    Ok(())
}

/// Drops a flow's answers from the session, except consent decisions.
pub fn forget_answers_of(state: &mut UserState, flow: &str) {
    if let Some(session) = &mut state.session {
        session.answers.retain(|key, a| *a.flow != *flow || consent::purpose_of(key).is_some());
    }
}
