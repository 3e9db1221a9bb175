//! Every message id the program uses itself (besides the ids the flow files name): the views',
//! the conversation's, the use cases', the command descriptions, and the ids built at run time
//! from codes (the terminal chat adds its own in `cli`). `sifor check` and the tests hold the locales against this list in both
//! directions: each of these ids exists, and each id of the reference locale is used.

use super::refugee::{consent, conversation, data_rights, help, matches, view};
use super::{app, commands};
use std::collections::BTreeSet;

/// The ids with the variables the program passes (empty where it passes none or where the
/// flows' own checks cover them).
pub fn used() -> BTreeSet<String> {
    let fixed = [
        view::MESSAGES,
        conversation::MESSAGES,
        app::MESSAGES,
        data_rights::MESSAGES,
        help::MESSAGES,
        matches::MESSAGES,
        super::refugee::announcements::MESSAGES,
        super::refugee::myideas::MESSAGES,
        super::refugee::rsvp::MESSAGES,
        super::workers::events::MESSAGES,
        super::workers::relay::MESSAGES,
        super::partner::relay::MESSAGES,
        super::refugee::replies::MESSAGES,
        super::refugee::stories::MESSAGES,
        super::partner::story::MESSAGES,
        super::partner::review::MESSAGES,
        super::partner::publish::MESSAGES,
        super::partner::export::MESSAGES,
    ];
    let engine = crate::flow::engine::MESSAGES.iter().map(|(id, _)| id.to_string());
    fixed
        .iter()
        .flat_map(|list| list.iter().map(|id| id.to_string()))
        .chain(engine)
        .chain(super::partner::relay::TEMPLATES.iter().map(|t| format!("idea-reply-{t}")))
        .chain(consent::message_ids())
        .chain(commands::message_ids())
        .chain(matches::code_message_ids())
        .chain(super::staff::message_ids())
        .chain(super::coordinator::message_ids())
        .collect()
}
