//! Staff grants and invitations: what a coordinator, partner or admin may see and do.
//!
//! A grant has a role and a [`Scope`]: the regions it covers (a region code from the flows such
//! as `berlin`, or a country code such as `DE` for every region of that country), for partners
//! the idea topics, and the organisation's name. Invitations are single-use tokens; only a hash
//! of the token is ever stored, so a database leak cannot be turned into a grant.

use super::Role;
use super::codes;

/// The topics of ideas (the ideas flow's topic options).
pub const TOPICS: &[&str] = &["jobs", "training", "language", "recognition", "business", "childcare", "other"];

/// Longest organisation name kept.
pub const ORGANISATION_MAX: usize = 80;

/// What a grant covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Region codes, or country codes meaning every region of that country.
    pub regions: Vec<String>,
    /// Idea topics (partners); empty means every topic.
    pub topics: Vec<String>,
    pub organisation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScopeError {
    #[error("unknown region or country `{0}` (regions: {1}; or a country: DE, AT, IT, SI)")]
    Region(String, String),
    #[error("a grant needs at least one region or country")]
    NoRegion,
    #[error("unknown topic `{0}` (topics: {1})")]
    Topic(String, String),
    #[error("the organisation's name must be 1 to {ORGANISATION_MAX} characters, without line breaks")]
    Organisation,
    #[error("a refugee role needs no invitation")]
    Role,
}

fn all_regions() -> impl Iterator<Item = &'static str> {
    codes::COUNTRIES.iter().flat_map(|c| codes::regions(c).iter().copied())
}

impl Scope {
    /// A scope from the codes an operator typed (comma lists, spaces ignored).
    pub fn parse(regions: &str, topics: &str, organisation: Option<&str>) -> Result<Scope, ScopeError> {
        let list = |s: &str| -> Vec<String> {
            s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
        };
        let regions = list(regions);
        if regions.is_empty() {
            return Err(ScopeError::NoRegion);
        }
        for r in &regions {
            if !codes::COUNTRIES.contains(&r.as_str()) && !all_regions().any(|x| x == r) {
                return Err(ScopeError::Region(r.clone(), all_regions().collect::<Vec<_>>().join(", ")));
            }
        }
        let topics = list(topics);
        for t in &topics {
            if !TOPICS.contains(&t.as_str()) {
                return Err(ScopeError::Topic(t.clone(), TOPICS.join(", ")));
            }
        }
        let organisation = match organisation.map(str::trim) {
            None | Some("") => None,
            Some(o) if o.chars().count() <= ORGANISATION_MAX && !o.chars().any(char::is_control) => Some(o.to_string()),
            Some(_) => return Err(ScopeError::Organisation),
        };
        Ok(Scope { regions, topics, organisation })
    }

    /// Whether a place (country and region codes of a profile or an idea) lies in the scope.
    pub fn covers_place(&self, country: Option<&str>, region: Option<&str>) -> bool {
        self.regions.iter().any(|r| Some(r.as_str()) == region || Some(r.as_str()) == country)
    }

    /// Whether an idea topic lies in the scope (every topic when none are listed).
    pub fn covers_topic(&self, topic: &str) -> bool {
        self.topics.is_empty() || self.topics.iter().any(|t| t == topic)
    }

    /// The regions as stored: a comma list.
    pub fn regions_code(&self) -> String {
        self.regions.join(",")
    }

    pub fn topics_code(&self) -> String {
        self.topics.join(",")
    }

    /// A scope read back from storage; codes no longer known are dropped (never widened).
    pub fn from_stored(regions: &str, topics: &str, organisation: Option<String>) -> Scope {
        let keep = |s: &str, ok: &dyn Fn(&str) -> bool| -> Vec<String> {
            s.split(',').filter(|x| !x.is_empty() && ok(x)).map(str::to_string).collect()
        };
        Scope {
            regions: keep(regions, &|r| codes::COUNTRIES.contains(&r) || all_regions().any(|x| x == r)),
            topics: keep(topics, &|t| TOPICS.contains(&t)),
            organisation,
        }
    }
}

/// A staff role that can be granted (not `refugee`).
pub fn grantable(role: Role) -> Result<Role, ScopeError> {
    if role == Role::Refugee { Err(ScopeError::Role) } else { Ok(role) }
}

/// The prefix of invitation tokens in `/start` payloads. Payloads with it are never stored as
/// "where the user came from", whether the token is valid or not.
pub const TOKEN_PREFIX: &str = "inv_";

/// Whether a `/start` payload has the shape of an invitation token.
pub fn is_token(payload: &str) -> bool {
    payload.strip_prefix(TOKEN_PREFIX).is_some_and(|rest| {
        rest.len() == 32 && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// A token from 24 random bytes: the prefix and 32 URL-safe characters (a valid deep-link
/// payload, 36 characters).
pub fn token_from_bytes(bytes: &[u8; 24]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::from(TOKEN_PREFIX);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b));
        for shift in [18, 12, 6, 0] {
            out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
        }
    }
    out
}

/// A duration as an operator writes it: `72h`, `3d`, `90m`; between 10 minutes and 30 days.
pub fn parse_duration(text: &str) -> Option<i64> {
    let text = text.trim();
    let unit = text.chars().last()?;
    let number: i64 = text.get(..text.len() - unit.len_utf8())?.parse().ok()?;
    let secs = match unit {
        'm' => number.checked_mul(60)?,
        'h' => number.checked_mul(3_600)?,
        'd' => number.checked_mul(86_400)?,
        _ => return None,
    };
    (600..=30 * 86_400).contains(&secs).then_some(secs)
}
