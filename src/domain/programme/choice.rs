//! The one-of columns of a programme: whether it offers childcare and what it costs. Each value
//! has one code, used in catalogue files, in stored programmes (serde) and in error messages.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Whether the programme provides childcare while people take part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Childcare {
    Yes,
    No,
    /// The provider did not say; the default of an empty cell.
    #[default]
    Unknown,
}

impl Childcare {
    /// Every value, in the order error messages list them.
    pub const ALL: [Childcare; 3] = [Childcare::Yes, Childcare::No, Childcare::Unknown];

    /// The code in catalogue files: `yes`, `no` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Childcare::Yes => "yes",
            Childcare::No => "no",
            Childcare::Unknown => "unknown",
        }
    }

    /// The value of a code, if it is one.
    pub fn parse(code: &str) -> Option<Childcare> {
        Childcare::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

/// What taking part costs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cost {
    Free,
    Fee,
    /// Depends on the person or the course; the default of an empty cell.
    #[default]
    Varies,
}

impl Cost {
    /// Every value, in the order error messages list them.
    pub const ALL: [Cost; 3] = [Cost::Free, Cost::Fee, Cost::Varies];

    /// The code in catalogue files: `free`, `fee` or `varies`.
    pub fn as_str(self) -> &'static str {
        match self {
            Cost::Free => "free",
            Cost::Fee => "fee",
            Cost::Varies => "varies",
        }
    }

    /// The value of a code, if it is one.
    pub fn parse(code: &str) -> Option<Cost> {
        Cost::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl fmt::Display for Childcare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Cost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
