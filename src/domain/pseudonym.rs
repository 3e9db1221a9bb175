//! Pseudonyms: what staff see instead of a person. Short random codes such as `R-7F3K`, from an
//! alphabet without letters that look alike (0/O, 1/I), with a prefix per kind of thing.

use std::hash::{BuildHasher, Hasher};

const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The kind of thing a pseudonym names; each has its own prefix, so an idea's code never
/// reveals its author's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A user (`R-`).
    User,
    /// An idea (`I-`).
    Idea,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::User => "R-",
            Kind::Idea => "I-",
        }
    }
}

/// A new random pseudonym of `len` characters after the prefix. `salt` only spreads codes made
/// in the same instant; the randomness comes from the process's hasher keys.
pub fn generate(kind: Kind, salt: u64, len: usize) -> String {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(salt);
    let mut bits = h.finish();
    let mut out = String::from(kind.prefix());
    for _ in 0..len {
        let i = (bits % ALPHABET.len() as u64) as usize;
        out.push(ALPHABET.get(i).map_or('X', |b| char::from(*b)));
        bits /= ALPHABET.len() as u64;
    }
    out
}

/// Whether `code` has the shape of a pseudonym of `kind` (used to parse what staff type).
pub fn is_valid(kind: Kind, code: &str) -> bool {
    code.strip_prefix(kind.prefix())
        .is_some_and(|rest| (3..=12).contains(&rest.len()) && rest.bytes().all(|b| ALPHABET.contains(&b)))
}
