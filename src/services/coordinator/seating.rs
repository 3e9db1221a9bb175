//! What an event card says beyond the announcement, for one reader: the seats left (in bands,
//! so every sent card is edited only when the band changes), the reader's own registration
//! (seat and check-in code, place in line, a seat offered until when), and the buttons that go
//! with it. Past the start, or closed, the card keeps its text and loses its buttons.

use crate::domain::announcement::Announcement;
use crate::domain::event::{Band, Status};
use crate::flow::Arg;
use crate::i18n::Locales;
use crate::services::refugee::view::{Button, EventAction, Press};
use crate::storage::events::Registration;

#[derive(Debug, Clone)]
pub struct Seating<'a> {
    pub band: Band,
    pub mine: Option<&'a Registration>,
    /// The reader's place in line, when waiting.
    pub in_line: Option<i64>,
    /// Started, or closed: no more buttons.
    pub over: bool,
}

impl Seating<'_> {
    pub fn lines(&self, locales: &Locales, tag: &str, a: &Announcement) -> Vec<String> {
        let raw = |id: &str, args: &[(&str, Arg)]| locales.raw(tag, id, args).unwrap_or_default();
        let mut lines = Vec::new();
        if self.over {
            lines.push(raw("ev-over", &[]));
            return lines;
        }
        let mine = self.mine.filter(|r| r.status.is_active());
        match self.band {
            Band::Unlimited => {}
            Band::Open => lines.push(raw("ev-seats-open", &[])),
            Band::Few(n) => lines.push(raw("ev-seats-few", &[("count", Arg::Num(n))])),
            // Someone with a seat or an offer does not need to hear it is full.
            Band::Full if mine.is_some_and(|r| r.status.holds_seat()) => {}
            Band::Full => lines.push(raw("ev-seats-full", &[])),
        }
        match mine {
            Some(r) if r.status == Status::Registered => {
                lines.push(raw("ev-mine-registered", &[("code", Arg::Str(spaced(&r.code).into()))]));
            }
            Some(r) if r.status == Status::Waiting => {
                lines.push(raw("ev-mine-waiting", &[("place", Arg::Num(self.in_line.unwrap_or(1)))]));
            }
            Some(r) if r.status == Status::Offered => {
                let until = r.offer_until.map(|t| super::card::moment(locales, tag, a, t)).unwrap_or_default();
                lines.push(raw("ev-mine-offered", &[("deadline", Arg::Str(until.into()))]));
            }
            _ => {}
        }
        lines
    }

    pub fn buttons(&self, locales: &Locales, tag: &str, id: i64) -> Vec<Button> {
        if self.over {
            return Vec::new();
        }
        let button = |label: &str, action: EventAction| Button {
            label: locales.text(tag, label, &[]),
            press: Press::Event { action, id },
        };
        match self.mine.map(|r| r.status).filter(|s| s.is_active()) {
            Some(Status::Registered) => vec![
                button("btn-ev-needs", EventAction::Needs),
                button("btn-ev-calendar", EventAction::Calendar),
                button("btn-ev-cancel", EventAction::Leave),
            ],
            Some(Status::Waiting) => vec![button("btn-ev-leave", EventAction::Leave)],
            Some(_) => {
                vec![button("btn-ev-accept", EventAction::Accept), button("btn-ev-decline", EventAction::Decline)]
            }
            None if self.band == Band::Full => {
                vec![button("btn-ev-join", EventAction::Come), button("btn-ev-cant", EventAction::CantCome)]
            }
            None => vec![button("btn-ev-come", EventAction::Come), button("btn-ev-cant", EventAction::CantCome)],
        }
    }
}

/// A check-in code as people read it out: `K7M2 PQ9X`.
pub fn spaced(code: &str) -> String {
    let (a, b) = code.split_at_checked(4).unwrap_or((code, ""));
    format!("{a} {b}").trim().to_string()
}
