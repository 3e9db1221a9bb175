//! The buttons under an announcement: "🔕 No more announcements" (the same as /stop) and "Why
//! do I get this?", which names the reader's answers that put them in the audience. A reader
//! only ever learns about an announcement they were sent.

use super::view::View;
use crate::services::app::App;
use crate::services::coordinator::card;
use crate::services::turn::Turn;
use crate::storage::{StoreError, announcements, deliveries};

pub async fn why(app: &App, turn: &mut Turn<'_>, id: i64) -> Result<(), StoreError> {
    let tag = turn.tag();
    let sent = deliveries::was_sent(&mut turn.tx, id, turn.user.id).await?;
    let stored = if sent { announcements::get(&mut turn.tx, id).await? } else { None };
    let text = match stored {
        Some(stored) => {
            let reader = announcements::recipient(&mut turn.tx, turn.user.id).await?;
            card::why(&app.locales, &tag, &stored.content, &reader)
        }
        None => app.locales.text(&tag, "ann-why-gone", &[]),
    };
    turn.reply.views.push(View::Text(text));
    Ok(())
}

pub const MESSAGES: &[&str] = &["ann-why-gone"];
