//! Pacing for broadcasts, in one place: a global cap (messages per second over every broadcast
//! of this process), at most one message per second to one chat, and a pause for everyone when
//! Telegram answers 429 (`retry_after`). Replies to users' own actions do not pass here: they
//! go out at once, in their own lane.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// The share of the configured rate the pacer keeps to.
const HEADROOM: f64 = 0.985;

/// Per chat: one message a second.
const PER_CHAT: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub struct Pacer {
    interval: Duration,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    /// The earliest time the next message may go.
    next: Instant,
    /// Nothing goes before this (a 429).
    paused_until: Instant,
    /// When each chat was last given a slot.
    chats: HashMap<i64, Instant>,
}

impl Pacer {
    /// A pacer for `rate` messages a second (at least 1), kept 1.5 % under it: a few
    /// milliseconds of delay on a busy machine would otherwise bunch two sends into one second
    /// of Telegram's window and cost a 429.
    pub fn new(rate: u32) -> Pacer {
        let now = Instant::now();
        Pacer {
            interval: Duration::from_secs_f64(1.0 / (f64::from(rate.max(1)) * HEADROOM)),
            state: Mutex::new(State { next: now, paused_until: now, chats: HashMap::new() }),
        }
    }

    /// Reserves the next slot for a message to `chat` as of `now`: the time it may be sent.
    pub fn reserve(&self, chat: i64, now: Instant) -> Instant {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut slot = now.max(s.next).max(s.paused_until);
        if let Some(last) = s.chats.get(&chat) {
            slot = slot.max(*last + PER_CHAT);
        }
        s.next = slot + self.interval;
        if s.chats.len() >= 4_096 {
            s.chats.retain(|_, last| *last + PER_CHAT > now);
        }
        s.chats.insert(chat, slot);
        slot
    }

    /// Holds every message back until `until` (Telegram asked to wait).
    pub fn pause_until(&self, until: Instant) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.paused_until = s.paused_until.max(until);
        s.next = s.next.max(until);
    }

    /// Whether Telegram asked to wait and the wait is not over.
    pub fn is_paused(&self) -> bool {
        self.paused_until() > Instant::now()
    }

    fn paused_until(&self) -> Instant {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).paused_until
    }

    /// Waits for a slot for `chat`; a pause that began while waiting is waited out too.
    pub async fn wait(&self, chat: i64) {
        loop {
            let slot = self.reserve(chat, Instant::now());
            tokio::time::sleep_until(slot).await;
            if self.paused_until() <= Instant::now() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_keep_the_global_rate_and_one_a_second_per_chat() {
        let p = Pacer::new(10);
        let t0 = Instant::now();
        let slots: Vec<Instant> = (0..5).map(|i| p.reserve(i, t0)).collect();
        for pair in slots.windows(2) {
            assert_eq!(pair[1] - pair[0], Duration::from_secs_f64(0.1 / HEADROOM));
        }
        // A second message to chat 0 waits a second after its first.
        let again = p.reserve(0, t0);
        assert_eq!(again - slots[0], Duration::from_secs(1));
    }

    #[test]
    fn a_pause_holds_everything_back() {
        let p = Pacer::new(30);
        let t0 = Instant::now();
        p.pause_until(t0 + Duration::from_secs(5));
        assert_eq!(p.reserve(1, t0), t0 + Duration::from_secs(5));
    }
}
