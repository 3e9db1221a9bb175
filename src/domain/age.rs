//! The age gate: below the age of digital consent (16 in Germany, the strictest of the project's
//! countries) sifor keeps no profile and takes no ideas; such users get general information only.

use super::codes;

/// The age of digital consent sifor applies everywhere.
pub const DIGITAL_CONSENT_AGE: u8 = 16;

/// Whether an age band (a flow's `age_band` answer) lies wholly below the age of digital consent.
/// Unknown bands are not taken as minors: the flows only offer known ones.
pub fn is_minor(age_band: &str) -> bool {
    codes::age_band(age_band).is_some_and(|(_, oldest)| oldest < DIGITAL_CONSENT_AGE)
}
