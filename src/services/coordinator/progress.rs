//! The coordinator's progress message while an announcement goes out: counts from the ledger
//! (sent, left, blocked, failed), the time left at the configured rate, the state, and the
//! buttons that fit it (pause or resume, stop; cancel every copy once sent).

use crate::flow::Arg;
use crate::i18n::Locales;
use crate::services::refugee::view::{BroadcastAction, Button, Press, View};
use crate::storage::announcements::{State, Stored};
use crate::storage::deliveries::Counts;

pub fn view(locales: &Locales, tag: &str, a: &Stored, c: &Counts, rate: u32) -> View {
    let title = a.content.text_for(locales.chain(tag)).map(|(_, t)| t.title.clone()).unwrap_or_default();
    let left = c.pending + c.sending;
    let mut lines = vec![
        locales
            .raw(tag, "staff-ann-progress-title", &[("id", Arg::Num(a.id)), ("title", Arg::Str(title.into()))])
            .unwrap_or_default(),
        locales
            .raw(
                tag,
                "staff-ann-progress",
                &[
                    ("sent", Arg::Num(c.sent)),
                    ("total", Arg::Num(c.total())),
                    ("left", Arg::Num(left)),
                    ("blocked", Arg::Num(c.blocked)),
                    ("failed", Arg::Num(c.failed + c.unknown)),
                ],
            )
            .unwrap_or_default(),
    ];
    let state = match (a.state, a.paused_reason.as_deref()) {
        (State::Running, _) => {
            let minutes = (left + i64::from(rate.max(1)) * 60 - 1) / (i64::from(rate.max(1)) * 60);
            locales.raw(tag, "staff-ann-state-running", &[("minutes", Arg::Num(minutes.max(1)))])
        }
        (State::Paused, Some("canary")) => locales.raw(
            tag,
            "staff-ann-state-canary",
            &[
                ("bad", Arg::Num(c.blocked + c.failed + c.unknown)),
                ("judged", Arg::Num(c.sent + c.blocked + c.failed + c.unknown)),
            ],
        ),
        (State::Paused, Some("errors")) => locales.raw(tag, "staff-ann-state-errors", &[]),
        (State::Paused, _) => locales.raw(tag, "staff-ann-state-paused", &[]),
        (State::Aborted, _) => locales.raw(tag, "staff-ann-state-aborted", &[("left", Arg::Num(c.expired))]),
        (State::Done, _) => locales.raw(tag, "staff-ann-state-done", &[]),
        (State::Draft, _) => None,
    };
    lines.extend(state);
    if a.cancelled {
        lines.push(locales.raw(tag, "staff-ann-cancelled", &[]).unwrap_or_default());
    }
    let button =
        |id: &str, action| Button { label: locales.text(tag, id, &[]), press: Press::Broadcast { action, id: a.id } };
    let mut options = Vec::new();
    match a.state {
        State::Running => options.push(button("btn-staff-ann-pause", BroadcastAction::Pause)),
        State::Paused => options.push(button("btn-staff-ann-resume", BroadcastAction::Resume)),
        _ => {}
    }
    if matches!(a.state, State::Running | State::Paused) {
        options.push(button("btn-staff-ann-abort", BroadcastAction::Abort));
    }
    if !a.cancelled && c.sent > 0 {
        options.push(button("btn-staff-ann-fix", BroadcastAction::Fix));
        options.push(button("btn-staff-ann-cancel", BroadcastAction::Cancel));
    }
    View::Keyboard { text: locales.finish(tag, lines.join("\n")), options, nav: Vec::new(), refresh: false }
}
