//! Consent per purpose: what a user agrees to separately (a profile for matching, announcements,
//! sending ideas), and the answer keys the flows store these decisions under.

/// The purposes a user consents to separately, in the order of the /consent switches.
pub const PURPOSES: &[&str] = &["profile", "announcements", "ideas"];

/// The answer key a flow stores a purpose's consent under (`consent_profile`, ...).
pub fn consent_key(purpose: &str) -> String {
    format!("consent_{purpose}")
}

/// The purpose behind an answer key, if it is a consent key.
pub fn purpose_of(key: &str) -> Option<&'static str> {
    PURPOSES.iter().copied().find(|p| key.strip_prefix("consent_") == Some(*p))
}
