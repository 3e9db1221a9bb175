//! What is stored of a user's conversation between messages: their language, the flow session,
//! the screen they are on, and an invitation they opened. Read back totally: a state that does
//! not parse (a damaged or hand-edited row) gives a fresh one instead of locking the user out.

use crate::flow::Session;
use crate::storage::{sessions, users};
use serde::{Deserialize, Serialize};

/// What a user sees and where they are; stored between messages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserState {
    /// The chosen language; none until the user picked one.
    pub locale: Option<String>,
    pub session: Option<Session>,
    pub screen: Screen,
    /// Feeds the nonce of the next flow.
    pub seed: u32,
    /// The supported language Telegram's `language_code` points to: pre-selected in the
    /// language list, never stored.
    #[serde(skip)]
    pub hint: Option<String>,
    /// The staff invitation the user opened with its link and has not answered yet (its id;
    /// the token itself is never kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_invite: Option<i64>,
    /// Coordinators: the announcement whose text the `announce_fix` flow corrects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixing: Option<i64>,
    /// Coordinators: the event the `event_move` or `event_message` flow is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organising: Option<i64>,
    /// The idea a reply, a note or an author's answer being written is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idea_at_hand: Option<i64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    /// The language list is open.
    #[default]
    Language,
    /// The main menu is open.
    Menu,
    /// A question of the session's flow waits.
    Flow,
}

impl UserState {
    /// Reads a stored state; `None` when it is not readable (a hand-edited or damaged row),
    /// and the user starts again from a fresh state instead of being locked out.
    pub fn parse(json: &str) -> Option<UserState> {
        match serde_json::from_str(json) {
            Ok(state) => Some(state),
            Err(_) => {
                tracing::warn!("a stored session was unreadable; the user starts from a fresh state");
                None
            }
        }
    }

    /// The state of a user without a readable session: their language if they chose one, the
    /// menu or the language list.
    pub(crate) fn fresh(row: &users::User, now: i64) -> UserState {
        UserState {
            screen: if row.locale.is_some() { Screen::Menu } else { Screen::Language },
            locale: row.locale.clone(),
            seed: random_seed(row.id, now),
            ..UserState::default()
        }
    }

    pub(crate) fn to_json(&self) -> String {
        // A state is plain strings, numbers and maps: serialising it cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub(crate) fn position(&self) -> sessions::Position {
        let s = self.session.as_ref();
        sessions::Position {
            flow: s.map(|s| s.flow.to_string()),
            content_hash: s.map(|s| s.hash.to_string()),
            step: s.map(|s| s.step.to_string()),
            nonce: s.map(|s| i64::from(s.nonce)),
        }
    }
}

/// A nonce seed for a new user's first flow.
fn random_seed(user: i64, now: i64) -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(user);
    h.write_i64(now);
    h.finish() as u32
}
