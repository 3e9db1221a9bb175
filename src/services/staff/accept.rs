//! Accepting an invitation: `/start <token>` shows what is offered (role, places, organisation)
//! with Accept and Decline; Accept spends the token and grants the role in one transaction.
//! A token that is unknown, spent, expired or revoked gets the answer any other `/start` gets:
//! nothing tells a guesser whether a token ever existed.

use super::{places, role_name};
use crate::domain::staff;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::{Button, Press, View};
use crate::services::turn::Turn;
use crate::storage::{StoreError, audit, staff as store};

/// Offers the invitation behind a `/start` payload; `false` when the start should go on like
/// any other (not a token, or not an open invitation).
/// Someone who already holds a staff role is not offered another (accepting would replace,
/// even downgrade, their role): for them too the start goes on like any other.
pub async fn offer(app: &App, turn: &mut Turn<'_>, payload: &str) -> Result<bool, StoreError> {
    if !staff::is_token(payload) || turn.user.role.is_staff() {
        return Ok(false);
    }
    let hash = super::invite::token_hash(payload);
    let Some(invite) = store::open_invite_by_hash(&mut turn.tx, &hash, turn.now).await? else { return Ok(false) };
    let tag = turn.tag();
    let role = role_name(&app.locales, &tag, invite.role);
    let regions = places(&app.locales, &tag, &invite.scope);
    let mut args = vec![("role", Arg::Str(role.into())), ("regions", Arg::Str(regions.into()))];
    let id = match &invite.scope.organisation {
        Some(org) => {
            args.push(("organisation", Arg::Str(org.clone().into())));
            "staff-invite-offer-org"
        }
        None => "staff-invite-offer",
    };
    turn.state.pending_invite = Some(invite.id);
    turn.reply.views.push(View::Keyboard {
        text: app.locales.text(&tag, id, &args),
        options: vec![
            Button {
                label: app.locales.text(&tag, "btn-staff-accept", &[]),
                press: Press::Invite { accept: true, id: invite.id },
            },
            Button {
                label: app.locales.text(&tag, "btn-staff-decline", &[]),
                press: Press::Invite { accept: false, id: invite.id },
            },
        ],
        nav: Vec::new(),
        refresh: false,
    });
    Ok(true)
}

/// Accept or Decline was pressed on the card of invitation `id`; `false` when that is not the
/// invitation the user has open (an old or forged button), which the caller answers like any
/// stale press. Declining withdraws the invitation; accepting needs its maker to be allowed to
/// grant still (a revoked admin's links grant nothing) and the user not to be staff already.
pub async fn decide(app: &App, turn: &mut Turn<'_>, accept: bool, id: i64) -> Result<bool, StoreError> {
    if turn.state.pending_invite != Some(id) {
        return Ok(false);
    }
    turn.state.pending_invite = None;
    let tag = turn.tag();
    let say = |turn: &mut Turn<'_>, id: &str, args: &[(&str, Arg<'_>)]| {
        let text = app.locales.text(&tag, id, args);
        turn.reply.views.push(View::Text(text));
    };
    let who = turn.user.pseudonym.clone();
    if !accept {
        if store::revoke_invite(&mut turn.tx, id, turn.now).await? {
            audit::record(&mut turn.tx, turn.now, &who, "invite_withdrawn", None, Some(&format!("invite={id}")))
                .await?;
        }
        say(turn, "staff-declined", &[]);
        return Ok(true);
    }
    let mut invite = store::open_invite(&mut turn.tx, id, turn.now).await?;
    if let Some(i) = &invite
        && (turn.user.role.is_staff() || !store::maker_may_grant(&mut turn.tx, &i.created_by).await?)
    {
        invite = None;
    }
    let spent = match &invite {
        Some(_) => store::spend(&mut turn.tx, id, &who, turn.now).await?,
        None => false,
    };
    let Some(invite) = invite.filter(|_| spent) else {
        say(turn, "staff-invite-gone", &[]);
        return Ok(true);
    };
    store::grant(&mut turn.tx, turn.user.id, invite.role, &invite.scope, &invite.created_by, turn.now).await?;
    let detail = format!("invite={id} role={} regions={}", invite.role, invite.scope.regions_code());
    audit::record(&mut turn.tx, turn.now, &who, "invite_used", Some(&who), Some(&format!("invite={id}"))).await?;
    audit::record(&mut turn.tx, turn.now, &invite.created_by, "grant", Some(&who), Some(&detail)).await?;
    turn.user.role = invite.role;
    let role = role_name(&app.locales, &tag, invite.role);
    let regions = places(&app.locales, &tag, &invite.scope);
    say(turn, "staff-welcome", &[("role", Arg::Str(role.into())), ("regions", Arg::Str(regions.into()))]);
    Ok(true)
}

pub const MESSAGES: &[&str] = &[
    "staff-invite-offer",
    "staff-invite-offer-org",
    "btn-staff-accept",
    "btn-staff-decline",
    "staff-welcome",
    "staff-declined",
    "staff-invite-gone",
];
