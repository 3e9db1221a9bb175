//! What coordinators do: write an announcement (`/announce`, [`draft`]; `sifor announce`),
//! publish it to an audience with a ledger ([`announce`]), the card every recipient reads
//! ([`card`]), and control of a running broadcast ([`control`], [`progress`], [`fix`]). Delivery itself is
//! a worker ([`crate::services::workers::broadcast`]).

pub mod announce;
pub mod card;
pub mod checkin;
pub mod control;
pub mod discussed;
pub mod dossier;
pub mod draft;
pub mod fix;
pub mod organise;
pub mod progress;
pub mod seating;

use crate::domain::announcement::Kind;

/// Every message id of the card, the "why" answer and the coordinator's views, including the
/// ones built from codes.
pub fn message_ids() -> impl Iterator<Item = String> {
    let fixed = [
        "ann-cancelled",
        "ann-when",
        "ann-date",
        "ann-place",
        "ann-written-in",
        "btn-ann-link",
        "btn-ann-why",
        "btn-ann-stop",
        "ann-why",
        "ann-why-region",
        "ann-why-country",
        "ann-why-language",
        "ann-why-goal",
        "ann-why-source",
        "ann-why-everyone",
        "staff-ann-reach",
        "staff-ann-progress-title",
        "staff-ann-progress",
        "staff-ann-state-running",
        "staff-ann-state-canary",
        "staff-ann-state-paused",
        "staff-ann-state-errors",
        "staff-ann-too-long",
        "staff-ann-state-aborted",
        "staff-ann-state-done",
        "staff-ann-cancelled",
        "btn-staff-ann-pause",
        "btn-staff-ann-resume",
        "btn-staff-ann-abort",
        "btn-staff-ann-cancel",
        "btn-staff-ann-fix",
        "ev-moment",
        "ev-over",
        "ev-seats-open",
        "ev-seats-few",
        "ev-seats-full",
        "ev-mine-registered",
        "ev-mine-waiting",
        "ev-mine-offered",
        "btn-ev-needs",
        "btn-ev-calendar",
        "btn-ev-cancel",
        "btn-ev-leave",
        "btn-ev-accept",
        "btn-ev-decline",
        "btn-ev-join",
        "btn-ev-come",
        "btn-ev-cant",
    ];
    let kinds = Kind::ALL.into_iter().map(|k| format!("ann-kind-{}", k.code()));
    let weekdays = (1..=7).map(|d| format!("ann-weekday-{d}"));
    fixed
        .into_iter()
        .chain(control::MESSAGES.iter().copied())
        .chain(draft::MESSAGES.iter().copied())
        .chain(fix::MESSAGES.iter().copied())
        .chain(organise::MESSAGES.iter().copied())
        .chain(checkin::MESSAGES.iter().copied())
        .chain(discussed::MESSAGES.iter().copied())
        .chain(dossier::MESSAGES.iter().copied())
        .map(str::to_string)
        .chain(kinds)
        .chain(weekdays)
}
