//! Pure domain types and rules: the programme catalogue's rows and matching profiles against
//! it. No I/O, no Telegram, no database.

pub mod codes;
pub mod matching;
pub mod programme;

pub use matching::{Filter, Match, Outcome, Profile, Reason, rank};
pub use programme::{FieldError, Programme};
