//! /myrole: a staff member's role, places and organisation, and their own pseudonym (what
//! others see of them in the audit log).

use super::{places, role_name};
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::{StoreError, staff as store};

pub async fn show(app: &App, turn: &mut Turn<'_>) -> Result<(), StoreError> {
    let tag = turn.tag();
    let Some(member) = store::get(&mut turn.tx, turn.user.id).await? else {
        // The role was taken away since the command table let this through: nothing to show.
        turn.reply.views.push(View::Text(app.locales.text(&tag, "chat-unknown-command", &[])));
        return Ok(());
    };
    let mut args = vec![
        ("role", Arg::Str(role_name(&app.locales, &tag, member.role).into())),
        ("regions", Arg::Str(places(&app.locales, &tag, &member.scope).into())),
        ("pseudonym", Arg::Str(member.pseudonym.clone().into())),
    ];
    let id = match &member.scope.organisation {
        Some(org) => {
            args.push(("organisation", Arg::Str(org.clone().into())));
            "staff-myrole-org"
        }
        None => "staff-myrole",
    };
    turn.reply.views.push(View::Text(app.locales.text(&tag, id, &args)));
    Ok(())
}

pub const MESSAGES: &[&str] = &["staff-myrole", "staff-myrole-org"];
