//! "Saved" and "not for me" on a programme card: counted per programme, nothing per person.

use super::view::View;
use crate::services::app::App;
use crate::services::turn::Turn;
use crate::storage::{StoreError, programmes};

pub async fn record(app: &App, turn: &mut Turn<'_>, programme: &str, saved: bool) -> Result<(), StoreError> {
    // A forged press may name any id: only programmes in the catalogue are counted.
    if turn.catalogue.iter().any(|p| p.id == programme) {
        programmes::feedback(&mut turn.tx, programme, if saved { "saved" } else { "not_relevant" }).await?;
    }
    let msg = if saved { "feedback-saved" } else { "feedback-not-relevant" };
    turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), msg, &[])));
    Ok(())
}
