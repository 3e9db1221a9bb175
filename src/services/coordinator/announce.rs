//! Publishing an announcement: who it reaches (the audience after the exclusions), the preview
//! ("reaches 612 people: Arabic 214, …"), and the ledger written in the same transaction as
//! the announcement, so the workers can deliver it and a crash loses nobody.
//!
//! The canary: the coordinator's own chat and about 2 % of the audience are sent first; the
//! worker looks at how those went before sending on (see [`crate::services::workers::broadcast`]).

use crate::domain::announcement::Announcement;
use crate::flow::Arg;
use crate::i18n::Locales;
use crate::storage::announcements::{self, State};
use crate::storage::{Store, StoreError, Tx, audit, deliveries};

/// One recipient in this many is in the canary.
pub const CANARY_EVERY: i64 = 50;
/// The smallest canary (or the whole audience, when smaller).
pub const CANARY_MIN: usize = 5;

/// Who an announcement reaches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// User ids, ascending.
    pub recipients: Vec<i64>,
    /// Recipients per locale tag, most first (users without a locale under the reference).
    pub by_locale: Vec<(String, i64)>,
}

impl Plan {
    pub fn total(&self) -> usize {
        self.recipients.len()
    }
}

/// The audience of `a` now.
pub async fn plan(tx: &mut Tx, a: &Announcement) -> Result<Plan, StoreError> {
    let mut plan = Plan::default();
    let mut counts: std::collections::BTreeMap<String, i64> = Default::default();
    for (id, r) in announcements::candidates(tx).await? {
        if a.audience.reasons(&r).is_some() {
            plan.recipients.push(id);
            *counts.entry(r.locale.unwrap_or_else(|| crate::i18n::REFERENCE.into())).or_default() += 1;
        }
    }
    plan.by_locale = counts.into_iter().collect();
    plan.by_locale.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(plan)
}

/// Whether a recipient is in the canary of announcement `id` (a spread that does not depend
/// on the order of sign-up).
pub fn in_canary(id: i64, user: i64) -> bool {
    // SplitMix64's finaliser: no pattern in the ids (every 20th user, say) carries over.
    let mut z = (user as u64) ^ (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    z.is_multiple_of(CANARY_EVERY as u64)
}

/// Who publishes: a coordinator (their user id, chat and pseudonym) or the operator's CLI.
#[derive(Debug, Clone, Copy)]
pub enum Author<'a> {
    Staff { user_id: i64, chat_id: i64, pseudonym: &'a str },
    Cli,
}

/// Stores the announcement as a draft (to be confirmed in Telegram); its id.
pub async fn draft(tx: &mut Tx, a: &Announcement, author: Author<'_>, now: i64) -> Result<i64, StoreError> {
    let (name, chat) = match author {
        Author::Staff { chat_id, pseudonym, .. } => (pseudonym, Some(chat_id)),
        Author::Cli => ("cli", None),
    };
    announcements::insert(tx, a, name, chat, State::Draft, now).await
}

/// Starts the broadcast of a stored announcement: writes the ledger for the audience of now
/// (the author's own chat first, in the canary) and sets it running. `None` when it was not a
/// draft any more (sent or discarded already).
pub async fn start(tx: &mut Tx, id: i64, author: Author<'_>, now: i64) -> Result<Option<usize>, StoreError> {
    let Some(stored) = announcements::get(tx, id).await? else { return Ok(None) };
    if stored.state != State::Draft || stored.content.expires <= now {
        return Ok(None);
    }
    // A coordinator's scope may have changed since the draft: it must still cover the audience.
    if let Author::Staff { user_id, .. } = author {
        let scope = crate::storage::staff::get(tx, user_id).await?.map(|m| m.scope);
        if scope.is_none_or(|s| stored.content.audience.clone().within(&s).is_err()) {
            return Ok(None);
        }
    }
    let plan = plan(tx, &stored.content).await?;
    let mut rows: Vec<(i64, bool)> = plan.recipients.iter().map(|u| (*u, in_canary(id, *u))).collect();
    // A small audience still gets a canary of a few.
    let mut short = CANARY_MIN.saturating_sub(rows.iter().filter(|(_, c)| *c).count());
    for row in rows.iter_mut().filter(|(_, c)| !*c) {
        if short == 0 {
            break;
        }
        row.1 = true;
        short -= 1;
    }
    let actor = match author {
        Author::Staff { user_id, pseudonym, .. } => {
            match rows.iter_mut().find(|(u, _)| *u == user_id) {
                Some(row) => row.1 = true,
                None => rows.push((user_id, true)),
            }
            pseudonym
        }
        Author::Cli => "cli",
    };
    deliveries::insert(tx, id, &rows, now).await?;
    if stored.content.is_event() {
        crate::storage::events::create(tx, id, stored.content.seats.unwrap_or_default()).await?;
    }
    announcements::transition(tx, id, &[State::Draft], State::Running, None, now).await?;
    let detail = format!("recipients={}", plan.total());
    audit::record(tx, now, actor, "announce", Some(&format!("A{id}")), Some(&detail)).await?;
    Ok(Some(rows.len()))
}

/// Stores and starts an announcement in one go (`sifor announce`); its id and the number of rows.
pub async fn publish(
    store: &Store,
    a: &Announcement,
    author: Author<'_>,
    now: i64,
) -> Result<(i64, usize), StoreError> {
    let mut tx = store.begin().await?;
    let id = draft(&mut tx, a, author, now).await?;
    let rows = start(&mut tx, id, author, now).await?.unwrap_or(0);
    tx.commit().await?;
    Ok((id, rows))
}

/// "Reaches 612 people (العربية 214, Українська 140, …)" in the staff member's language.
pub fn reach_text(locales: &Locales, tag: &str, plan: &Plan) -> String {
    let languages: Vec<String> = plan
        .by_locale
        .iter()
        .map(|(l, n)| format!("{} {n}", locales.language(l).map_or(l.as_str(), |x| x.name.as_str())))
        .collect();
    let list = locales.join(tag, "list-separator", &languages);
    locales.text(
        tag,
        "staff-ann-reach",
        &[("count", Arg::Num(plan.total() as i64)), ("languages", Arg::Str(list.into()))],
    )
}

/// The languages of the audience that get the card with a text in another language.
pub fn untranslated<'a>(locales: &Locales, a: &Announcement, plan: &'a Plan) -> Vec<&'a str> {
    plan.by_locale
        .iter()
        .map(|(l, _)| l.as_str())
        .filter(|l| a.text_for(locales.chain(l)).is_none_or(|(t, _)| !super::card::is_own(locales, l, t)))
        .collect()
}
