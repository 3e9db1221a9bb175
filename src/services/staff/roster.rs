//! /staff for admins: who holds a staff role (pseudonyms, roles, places, organisations), how
//! many invitations are open, the last audit entries; buttons to invite a coordinator, partner
//! or admin (role → places → a link valid 72 hours) and to revoke someone (with a confirm step).
//! Every step checks that the presser is an admin now; for anyone else a press is an old button.

use super::{GRANTABLE, invite, places, role_name, scope_choices};
use crate::domain::clock::utc_text;
use crate::domain::staff::Scope;
use crate::domain::{Role, pseudonym};
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::conversation::MenuChange;
use crate::services::refugee::view::{Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::{StoreError, audit, staff as store, users};

/// Staff actions from the audit log shown under the roster (never refugees' entries).
const AUDIT_SHOWN: i64 = 8;

/// Revoke buttons shown at most.
const REVOKE_BUTTONS: usize = 40;

fn is_admin(turn: &Turn<'_>) -> bool {
    turn.user.role == Role::Admin
}

fn keyboard(text: String, options: Vec<Button>) -> View {
    View::Keyboard { text, options, nav: Vec::new(), refresh: false }
}

/// The roster; `false` if the user is not an admin.
pub async fn show(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    if !is_admin(turn) {
        return Ok(false);
    }
    let (tag, l) = (turn.tag(), &app.locales);
    let members = store::list(&mut turn.tx).await?;
    let open = store::open_invites(&mut turn.tx, turn.now).await?;
    let staff_only = audit::Filter { staff_only: true, ..Default::default() };
    let entries = audit::recent(&mut turn.tx, staff_only, AUDIT_SHOWN).await?;
    let mut lines =
        vec![l.raw(&tag, "staff-roster-title", &[("count", Arg::Num(members.len() as i64))]).unwrap_or_default()];
    if members.is_empty() {
        lines.push(l.raw(&tag, "staff-roster-empty", &[]).unwrap_or_default());
    }
    for m in &members {
        let mut parts = vec![m.pseudonym.clone(), role_name(l, &tag, m.role), places(l, &tag, &m.scope)];
        parts.extend(m.scope.organisation.clone());
        lines.push(l.join(&tag, "part-separator", &parts));
    }
    lines.push(l.raw(&tag, "staff-invites-open", &[("count", Arg::Num(open.len() as i64))]).unwrap_or_default());
    if !entries.is_empty() {
        lines.push(l.raw(&tag, "staff-audit-title", &[]).unwrap_or_default());
        for e in &entries {
            let parts = [utc_text(e.at), e.actor.clone(), e.action.clone(), e.subject.clone().unwrap_or_default()];
            lines.push(l.join(&tag, "part-separator", &parts));
        }
    }
    let mut options: Vec<Button> = GRANTABLE
        .iter()
        .enumerate()
        .map(|(i, r)| Button {
            label: l.text(&tag, "btn-staff-invite", &[("role", Arg::Str(role_name(l, &tag, *r).into()))]),
            press: Press::StaffInvite(i as u8),
        })
        .collect();
    // Telegram refuses keyboards of about 100 buttons; the rest are revoked with `sifor staff`.
    for m in members.iter().filter(|m| m.user_id != turn.user.id).take(REVOKE_BUTTONS) {
        options.push(Button {
            label: l.text(&tag, "btn-staff-revoke", &[("pseudonym", Arg::Str(m.pseudonym.clone().into()))]),
            press: Press::StaffRevoke(m.pseudonym.clone()),
        });
    }
    turn.reply.views.push(keyboard(l.finish(&tag, lines.join("\n")), options));
    Ok(true)
}

/// Invite step 1: the places the new grant covers (admins cover every country: their link
/// comes at once).
pub async fn choose_scope(app: &App, turn: &mut Turn<'_>, role: u8) -> Result<bool, StoreError> {
    let Some(r) = GRANTABLE.get(usize::from(role)).copied().filter(|_| is_admin(turn)) else { return Ok(false) };
    if r == Role::Admin {
        let scope = Scope {
            regions: crate::domain::codes::COUNTRIES.iter().map(|c| c.to_string()).collect(),
            ..Scope::default()
        };
        invite_with(app, turn, r, scope).await?;
        return Ok(true);
    }
    let (tag, l) = (turn.tag(), &app.locales);
    let options = scope_choices()
        .iter()
        .enumerate()
        .map(|(i, code)| Button {
            label: super::place_name(l, &tag, code),
            press: Press::StaffInviteScope { role, scope: i as u16 },
        })
        .collect();
    let text = l.text(&tag, "staff-invite-which-region", &[("role", Arg::Str(role_name(l, &tag, r).into()))]);
    turn.reply.views.push(keyboard(text, options));
    Ok(true)
}

/// Invite step 2: the invitation is made and its link shown (once; only its hash is kept).
pub async fn make_invite(app: &App, turn: &mut Turn<'_>, role: u8, scope: u16) -> Result<bool, StoreError> {
    let choices = scope_choices();
    let (Some(r), Some(code)) = (GRANTABLE.get(usize::from(role)), choices.get(usize::from(scope))) else {
        return Ok(false);
    };
    if !is_admin(turn) || *r == Role::Admin {
        return Ok(false);
    }
    let scope = Scope { regions: vec![code.to_string()], topics: Vec::new(), organisation: None };
    invite_with(app, turn, *r, scope).await?;
    Ok(true)
}

async fn invite_with(app: &App, turn: &mut Turn<'_>, role: Role, scope: Scope) -> Result<(), StoreError> {
    let by = turn.user.pseudonym.clone();
    let made = invite::create(&mut turn.tx, role, &scope, &by, invite::DEFAULT_VALID_SECS, turn.now).await?;
    let username = app.bot_username().unwrap_or_else(|| "<bot>".into());
    let args = [
        ("hours", Arg::Num(invite::DEFAULT_VALID_SECS / 3_600)),
        ("link", Arg::Str(invite::link(&username, &made.token).into())),
    ];
    turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "staff-invite-link", &args)));
    Ok(())
}

/// Revoke step 1: confirm.
pub async fn ask_revoke(app: &App, turn: &mut Turn<'_>, who: &str) -> Result<bool, StoreError> {
    if !is_admin(turn) || !pseudonym::is_valid(pseudonym::Kind::User, who) {
        return Ok(false);
    }
    let (tag, l) = (turn.tag(), &app.locales);
    let who_arg = ("pseudonym", Arg::Str(who.to_string().into()));
    let member = match users::by_pseudonym(&mut turn.tx, who).await? {
        Some(u) => store::get(&mut turn.tx, u.id).await?,
        None => None,
    };
    let Some(member) = member.filter(|m| m.user_id != turn.user.id) else {
        turn.reply.views.push(View::Text(l.text(&tag, "staff-revoke-gone", &[who_arg])));
        return Ok(true);
    };
    let text =
        l.text(&tag, "staff-revoke-confirm", &[("role", Arg::Str(role_name(l, &tag, member.role).into())), who_arg]);
    let options = vec![
        Button { label: l.text(&tag, "btn-staff-revoke-yes", &[]), press: Press::StaffRevokeConfirm(who.to_string()) },
        Button { label: l.text(&tag, "btn-staff-cancel", &[]), press: Press::StaffRoster },
    ];
    turn.reply.views.push(keyboard(text, options));
    Ok(true)
}

/// Revoke step 2: the role is taken away at once, audited, and their chat's staff menu removed.
pub async fn revoke(app: &App, turn: &mut Turn<'_>, who: &str) -> Result<bool, StoreError> {
    if !is_admin(turn) || !pseudonym::is_valid(pseudonym::Kind::User, who) {
        return Ok(false);
    }
    let tag = turn.tag();
    let who_arg = ("pseudonym", Arg::Str(who.to_string().into()));
    let target = users::by_pseudonym(&mut turn.tx, who).await?.filter(|u| u.id != turn.user.id);
    let revoked = match &target {
        Some(u) => store::revoke(&mut turn.tx, u.id).await?,
        None => false,
    };
    let Some(target) = target.filter(|_| revoked) else {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-revoke-gone", &[who_arg])));
        return Ok(true);
    };
    let by = turn.user.pseudonym.clone();
    let withdrawn = store::withdraw_invites_by(&mut turn.tx, who, turn.now).await?;
    let detail = format!("role={} invites_withdrawn={withdrawn}", target.role);
    audit::record(&mut turn.tx, turn.now, &by, "revoke", Some(who), Some(&detail)).await?;
    let locale = target.locale.clone().unwrap_or_else(|| crate::i18n::REFERENCE.into());
    turn.reply.menus.push(MenuChange { user_id: target.id, chat_id: target.chat_id, role: Role::Refugee, locale });
    turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-revoked", &[who_arg])));
    Ok(true)
}

pub const MESSAGES: &[&str] = &[
    "staff-roster-title",
    "staff-roster-empty",
    "staff-invites-open",
    "staff-audit-title",
    "btn-staff-invite",
    "btn-staff-revoke",
    "staff-invite-which-region",
    "staff-invite-link",
    "staff-revoke-confirm",
    "btn-staff-revoke-yes",
    "btn-staff-cancel",
    "staff-revoked",
    "staff-revoke-gone",
];
