//! What a finished flow hands over to: each [`Service`] an `end` step may name has its use case
//! here. Services that only change what is shown (matches, the under-16 answer) act in the
//! conversation; this is for what must be stored.

use super::app::App;
use super::refugee::conversation::Handover;
use super::refugee::ideas;
use super::turn::Turn;
use crate::flow::Service;
use crate::storage::StoreError;

pub async fn carry_out(app: &App, turn: &mut Turn<'_>, handover: &Handover) -> Result<(), StoreError> {
    match handover.service {
        Service::StoreIdea => ideas::store(app, turn, handover).await,
        Service::Announce => super::coordinator::draft::from_flow(app, turn, handover).await,
        Service::FixAnnouncement => super::coordinator::fix::from_flow(app, turn, handover).await,
        Service::MoveEvent => super::coordinator::organise::moved(app, turn, handover).await,
        Service::MessageEvent => super::coordinator::organise::message(app, turn, handover).await,
        Service::ReplyIdea => super::partner::relay::replied(app, turn, handover).await,
        Service::NoteIdea => super::partner::relay::noted(app, turn, handover).await,
        Service::AnswerIdea => super::refugee::replies::answered(app, turn, handover).await,
        Service::Story => super::partner::story::from_flow(app, turn, handover).await,
        Service::StoryName => super::refugee::stories::named(app, turn, handover).await,
        // The profile is written with every step (`refugee::profile`); matches were shown and
        // are recorded by `refugee::matches::record`; general information keeps nothing.
        Service::GeneralInfo | Service::Under16 | Service::SaveProfile | Service::ShowMatches => Ok(()),
    }
}
