//! Pure domain types and rules: the codes the flows and programmes share, consent per purpose,
//! the age gate, roles, pseudonyms, the programme catalogue's rows and matching profiles against
//! it, idea statuses, announcements and their audiences, local time in the project's regions, and the clock
//! every time-dependent rule takes. No I/O, no Telegram, no database.

pub mod age;
pub mod announcement;
pub mod audience;
pub mod clock;
pub mod codes;
pub mod consent;
pub mod event;
pub mod ics;
pub mod idea;
pub mod localtime;
pub mod matching;
pub mod programme;
pub mod pseudonym;
pub mod role;
pub mod staff;
pub mod story;

pub use matching::{Filter, Match, Outcome, Profile, Reason, rank};
pub use programme::{Childcare, Cost, FieldError, Programme};
pub use role::{Audience, Role};
