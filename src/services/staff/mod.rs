//! What staff do as staff: accept an invitation ([`accept`]), see their role ([`myrole`]), and
//! for admins the roster with invitations and revocations ([`roster`], [`invite`]). Every press
//! checks the presser's role from the database when it runs: callback data is never trusted.

pub mod accept;
pub mod invite;
pub mod myrole;
pub mod roster;

use crate::domain::staff::Scope;
use crate::domain::{Role, codes};
use crate::flow::Arg;
use crate::i18n::Locales;

/// The roles an admin can invite, in the order of the invite buttons.
pub const GRANTABLE: [Role; 3] = [Role::Coordinator, Role::Partner, Role::Admin];

/// What an invitation made in Telegram may cover: each country as a whole, then each region.
pub fn scope_choices() -> Vec<&'static str> {
    let regions = codes::COUNTRIES.iter().flat_map(|c| codes::regions(c).iter().copied());
    codes::COUNTRIES.iter().copied().chain(regions).collect()
}

/// The role's name in a sentence.
pub fn role_name(locales: &Locales, tag: &str, role: Role) -> String {
    locales.raw(tag, &format!("staff-role-{}", role.as_str()), &[]).unwrap_or_default()
}

/// One scope code as staff read it: a region's name, or "all of Germany".
pub fn place_name(locales: &Locales, tag: &str, code: &str) -> String {
    if codes::COUNTRIES.contains(&code) {
        let country = locales.raw(tag, &format!("opt-country-{}", code.to_lowercase()), &[]).unwrap_or_default();
        return locales.raw(tag, "staff-scope-country", &[("country", Arg::Str(country.into()))]).unwrap_or_default();
    }
    locales.raw(tag, &format!("opt-region-{}", code.replace('_', "-")), &[]).unwrap_or_else(|| code.to_string())
}

/// The places of a scope as one list.
pub fn places(locales: &Locales, tag: &str, scope: &Scope) -> String {
    let names: Vec<String> = scope.regions.iter().map(|r| place_name(locales, tag, r)).collect();
    locales.join(tag, "list-separator", &names)
}

/// The message ids the staff use cases build from codes, besides their fixed ones.
pub fn message_ids() -> Vec<String> {
    let roles = GRANTABLE.iter().map(|r| format!("staff-role-{}", r.as_str()));
    let countries = codes::COUNTRIES.iter().map(|c| format!("opt-country-{}", c.to_lowercase()));
    let fixed =
        [accept::MESSAGES, myrole::MESSAGES, roster::MESSAGES, &["staff-scope-country", "cmd-staff", "cmd-myrole"][..]];
    roles.chain(countries).chain(fixed.iter().flat_map(|l| l.iter().map(|s| s.to_string()))).collect()
}
