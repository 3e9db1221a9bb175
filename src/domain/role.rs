//! Who may do what. Everyone is a refugee user of the bot; staff roles (coordinator, partner,
//! admin) come with a scope and are granted by invitation. A user holds at most one staff role.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Role {
    /// Everyone: the question flows, matches, ideas and data rights.
    #[default]
    Refugee,
    /// Project staff and city offices: announcements and events.
    Coordinator,
    /// NGOs, chambers, job centres: idea review and programme entries.
    Partner,
    /// Invites and revokes staff.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Refugee, Role::Coordinator, Role::Partner, Role::Admin];

    /// The code stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Refugee => "refugee",
            Role::Coordinator => "coordinator",
            Role::Partner => "partner",
            Role::Admin => "admin",
        }
    }

    /// The role of a stored code; `None` for anything else.
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// Whether a holder of this role may use what is open to `needed`. Everyone may use what
    /// refugees use; an admin may also use what coordinators and partners use.
    pub fn allows(self, needed: Role) -> bool {
        match needed {
            Role::Refugee => true,
            Role::Admin => self == Role::Admin,
            other => self == other || self == Role::Admin,
        }
    }

    pub fn is_staff(self) -> bool {
        self != Role::Refugee
    }
}

/// Who a command or action is open to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    Everyone,
    /// Every staff role.
    Staff,
    /// Holders of this role (and admins, see [`Role::allows`]).
    Role(Role),
}

impl Audience {
    pub fn includes(self, role: Role) -> bool {
        match self {
            Audience::Everyone => true,
            Audience::Staff => role.is_staff(),
            Audience::Role(needed) => role.allows(needed),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
