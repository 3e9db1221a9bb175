//! `/checkin K7M2 PQ9X`: a coordinator lets someone in by the code on their card, among all the
//! open events they may organise (any case, spaces or dashes; once per registration).

use super::organise::mine;
use crate::domain::event;
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;
use crate::storage::{StoreError, announcements, attendance, events};

/// `/checkin CODE`: among the open events the user may organise.
pub async fn check_in(app: &App, turn: &mut Turn<'_>) -> Result<bool, StoreError> {
    let tag = turn.tag();
    let Some(code) = turn.arguments.as_deref().and_then(event::parse_code) else {
        turn.reply.views.push(View::Text(app.locales.text(&tag, "staff-ev-checkin-usage", &[])));
        return Ok(true);
    };
    let ids: Vec<i64> = mine(turn, usize::MAX).await?.iter().map(|s| s.id).collect();
    let text = match events::check_in(&mut turn.tx, &ids, &code, turn.now).await? {
        Some((r, before)) => {
            let stored = announcements::get(&mut turn.tx, r.event).await?;
            let title = stored
                .as_ref()
                .and_then(|s| s.content.text_for(app.locales.chain(&tag)).map(|(_, t)| t.title.clone()))
                .unwrap_or_default();
            let c = attendance::counts(&mut turn.tx, r.event).await?;
            let args = [
                ("title", Arg::Str(title.into())),
                ("checked", Arg::Num(c.checked_in)),
                ("registered", Arg::Num(c.registered)),
            ];
            let id = if before { "staff-ev-checked-in-before" } else { "staff-ev-checked-in" };
            app.locales.text(&tag, id, &args)
        }
        None => app.locales.text(&tag, "staff-ev-checkin-unknown", &[]),
    };
    turn.reply.views.push(View::Text(text));
    Ok(true)
}

pub const MESSAGES: &[&str] =
    &["staff-ev-checkin-usage", "staff-ev-checked-in", "staff-ev-checked-in-before", "staff-ev-checkin-unknown"];
