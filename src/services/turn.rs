//! One event's working set: the open transaction, the user's row and conversation state, the
//! catalogue read for this event, the time, and the reply being built. Use cases take a
//! `&mut Turn` and add to it; the shell in [`super::app`] commits it.

use super::refugee::conversation::{Reply, UserState};
use crate::domain::Programme;
use crate::storage::{Tx, users};
use std::sync::Arc;

pub struct Turn<'c> {
    pub tx: Tx,
    pub user: users::User,
    pub state: UserState,
    pub catalogue: &'c Arc<Vec<Programme>>,
    pub now: i64,
    pub reply: Reply,
    /// The user erased themselves: nothing of them is written back.
    pub deleted: bool,
    /// The payload of a `/start` deep link (a source, or an invitation token).
    pub start_payload: Option<String>,
    /// What followed the command (`/checkin K7M2 PQ9X`).
    pub arguments: Option<String>,
}

impl<'c> Turn<'c> {
    pub fn new(tx: Tx, user: users::User, state: UserState, catalogue: &'c Arc<Vec<Programme>>, now: i64) -> Self {
        Turn {
            tx,
            user,
            state,
            catalogue,
            now,
            reply: Reply::default(),
            deleted: false,
            start_payload: None,
            arguments: None,
        }
    }

    /// The user's language (the reference locale until they chose one).
    pub fn tag(&self) -> String {
        self.state.locale.clone().unwrap_or_else(|| crate::i18n::REFERENCE.into())
    }
}
