//! Workshops and salons: an announcement with a start that people register for. The rules
//! here are pure: how many seats the public may take, where a registration stands, the
//! deadline of an offered seat, when "still coming?" and the reminders are due, the check-in
//! code, and the needs people may state. Storage applies them under the event's lock.

/// How long before the start registered people are asked "Still coming?".
pub const STILL_COMING_BEFORE: i64 = 48 * 3_600;
/// The longest an offered seat waits for an answer.
pub const OFFER_MAX: i64 = 24 * 3_600;
/// How long an event is assumed to last when nothing says (for calendar files).
pub const DEFAULT_DURATION: i64 = 2 * 3_600;
/// Reminders before the start, in minutes, unless configured.
pub const DEFAULT_REMINDERS: [i64; 2] = [24 * 60, 2 * 60];
/// How long after the start registrations keep their needs (then only totals remain).
pub const NEEDS_KEPT_AFTER: i64 = 30 * 86_400;
/// The largest capacity an event file may give.
pub const CAPACITY_MAX: u32 = 10_000;

/// Capacity and the seats kept back by the organiser (for decision makers, speakers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Seats {
    /// 0: unlimited.
    pub capacity: u32,
    pub reserved: u32,
}

impl Seats {
    /// The seats the public may take; `None` when unlimited.
    pub fn public(self) -> Option<i64> {
        (self.capacity > 0).then(|| i64::from(self.capacity.saturating_sub(self.reserved)))
    }

    /// Problems with the numbers (a file's, a coordinator's).
    pub fn check(self) -> Result<(), String> {
        if self.capacity > CAPACITY_MAX {
            return Err(format!("`capacity` is more than {CAPACITY_MAX}"));
        }
        if self.reserved > 0 && self.reserved >= self.capacity {
            return Err("`reserved` must be less than `capacity`".into());
        }
        Ok(())
    }
}

/// What the card says about seats: it is edited for everyone only when this changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// No limit.
    Unlimited,
    /// More than [`FEW`] seats left.
    Open,
    /// Only this many left.
    Few(i64),
    /// No seat left: new people join the waitlist.
    Full,
}

/// From how many seats left the card counts them.
pub const FEW: i64 = 5;

impl Band {
    pub fn of(public: Option<i64>, taken: i64) -> Band {
        match public {
            None => Band::Unlimited,
            Some(seats) => match seats - taken {
                left if left <= 0 => Band::Full,
                left if left <= FEW => Band::Few(left),
                _ => Band::Open,
            },
        }
    }

    /// A stored band; anything unreadable counts as open.
    pub fn parse(code: &str) -> Band {
        match code {
            "unlimited" => Band::Unlimited,
            "full" => Band::Full,
            _ => match code.strip_prefix("few").and_then(|n| n.parse::<i64>().ok()) {
                Some(n) if (1..=FEW).contains(&n) => Band::Few(n),
                _ => Band::Open,
            },
        }
    }

    /// As stored beside the event.
    pub fn code(self) -> String {
        match self {
            Band::Unlimited => "unlimited".into(),
            Band::Open => "open".into(),
            Band::Few(n) => format!("few{n}"),
            Band::Full => "full".into(),
        }
    }
}

/// Where one person's registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Has a seat.
    Registered,
    /// In line for a seat.
    Waiting,
    /// A seat is held for them until the offer's deadline.
    Offered,
    /// Gave up their seat (or their place in line).
    Cancelled,
    /// Said no to an offered seat.
    Declined,
    /// Did not answer an offer in time.
    Lapsed,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Registered, Status::Waiting, Status::Offered, Status::Cancelled, Status::Declined, Status::Lapsed];

    pub fn code(self) -> &'static str {
        match self {
            Status::Registered => "registered",
            Status::Waiting => "waiting",
            Status::Offered => "offered",
            Status::Cancelled => "cancelled",
            Status::Declined => "declined",
            Status::Lapsed => "lapsed",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether this holds a seat (an offer holds one until it is answered or lapses).
    pub fn holds_seat(self) -> bool {
        matches!(self, Status::Registered | Status::Offered)
    }

    /// Whether the person is still taking part (has a seat, an offer or a place in line).
    pub fn is_active(self) -> bool {
        matches!(self, Status::Registered | Status::Waiting | Status::Offered)
    }
}

/// The deadline of a seat offered at `now` for an event at `starts`: a day at most, a quarter
/// of the time left at least (so several people can still be asked before a near event).
pub fn offer_deadline(now: i64, starts: i64) -> i64 {
    now + OFFER_MAX.min((starts - now).max(0) / 4)
}

/// Whether "Still coming?" is due at `now` for an event at `starts`.
pub fn still_coming_due(now: i64, starts: i64) -> bool {
    starts - STILL_COMING_BEFORE <= now && now < starts
}

/// The reminder due at `now` for someone registered at `registered_at`: the nearest offset
/// (minutes before `starts`) whose moment has come, if they registered before that moment
/// (someone who registers two hours before gets no "tomorrow" reminder).
pub fn reminder_due(offsets: &[i64], starts: i64, registered_at: i64, now: i64) -> Option<i64> {
    if now >= starts {
        return None;
    }
    offsets
        .iter()
        .copied()
        .filter(|m| *m > 0)
        .filter(|m| starts - m * 60 <= now && registered_at < starts - m * 60)
        .min()
}

/// What a message of an event was written for: the event and its start. A reminder whose
/// fingerprint no longer matches (the event moved) is not sent.
pub fn fingerprint(id: i64, starts: i64) -> String {
    format!("{id}@{starts}")
}

/// Letters and digits of check-in codes: no 0/O, 1/I/L, which people read for each other.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 8;

/// A check-in code from random bytes.
pub fn code_from(random: [u8; CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(CODE_ALPHABET.get(usize::from(*b) % CODE_ALPHABET.len()).copied().unwrap_or(b'A')))
        .collect()
}

/// A typed check-in code, normalized (any case, spaces and dashes ignored); `None` when it
/// cannot be one.
pub fn parse_code(typed: &str) -> Option<String> {
    if typed.len() > 64 {
        return None;
    }
    let code: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    let valid = code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then_some(code)
}

/// What someone needs to take part, stated with a few taps at registration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs {
    /// An interpreter into this language (a locale tag of the bot).
    pub interpreter: Option<String>,
    pub childcare: bool,
    pub access: bool,
}

/// One of the needs buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Childcare,
    Access,
}

impl Need {
    pub fn code(self) -> &'static str {
        match self {
            Need::Childcare => "c",
            Need::Access => "a",
        }
    }

    pub fn parse(code: &str) -> Option<Need> {
        match code {
            "c" => Some(Need::Childcare),
            "a" => Some(Need::Access),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_seats_leave_the_reserved_ones() {
        assert_eq!(Seats { capacity: 20, reserved: 2 }.public(), Some(18));
        assert_eq!(Seats { capacity: 0, reserved: 0 }.public(), None);
        assert!(Seats { capacity: 3, reserved: 3 }.check().is_err());
        assert!(Seats { capacity: 0, reserved: 1 }.check().is_err());
        assert!(Seats { capacity: 20, reserved: 2 }.check().is_ok());
    }

    #[test]
    fn an_offer_waits_a_day_at_most_and_a_quarter_of_the_time_left() {
        let now = 1_000_000;
        assert_eq!(offer_deadline(now, now + 10 * 86_400), now + 86_400);
        assert_eq!(offer_deadline(now, now + 8 * 3_600), now + 2 * 3_600);
        assert_eq!(offer_deadline(now, now - 5), now);
    }

    #[test]
    fn the_nearest_reminder_due_is_sent_to_those_registered_before_it() {
        let starts = 10 * 86_400;
        let offsets = [24 * 60, 2 * 60];
        assert_eq!(reminder_due(&offsets, starts, 0, starts - 25 * 3_600), None);
        assert_eq!(reminder_due(&offsets, starts, 0, starts - 24 * 3_600), Some(24 * 60));
        assert_eq!(reminder_due(&offsets, starts, 0, starts - 3_600), Some(120));
        assert_eq!(reminder_due(&offsets, starts, starts - 3 * 3_600, starts - 3 * 3_600 + 1), None);
        assert_eq!(reminder_due(&offsets, starts, starts - 3 * 3_600, starts - 3_600), Some(120));
        assert_eq!(reminder_due(&offsets, starts, 0, starts), None);
    }

    #[test]
    fn codes_have_no_look_alikes_and_parse_back() {
        let code = code_from([0, 1, 2, 3, 250, 251, 252, 255]);
        assert_eq!(code.len(), 8);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        assert_eq!(parse_code(&format!(" {}-{} ", &code[..4], code[4..].to_lowercase())), Some(code));
        assert_eq!(parse_code("ABCD0FGH"), None);
        assert_eq!(parse_code("ABC"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_typed_code_parses_or_not(s in "\\PC{0,80}") {
            if let Some(code) = parse_code(&s) {
                proptest::prop_assert_eq!(parse_code(&code), Some(code.clone()));
            }
        }

        #[test]
        fn any_code_from_bytes_is_valid(b in proptest::array::uniform8(0u8..)) {
            let code = code_from(b);
            proptest::prop_assert_eq!(parse_code(&code), Some(code));
        }
    }
}
