//! /help: how to answer, and the commands the user's role may use with their descriptions,
//! read from the command table.

use crate::services::app::App;
use crate::services::commands;
use crate::services::refugee::view::View;
use crate::services::turn::Turn;

pub fn show(app: &App, turn: &mut Turn<'_>) {
    let tag = turn.tag();
    let mut lines = vec![app.locales.raw(&tag, "help-intro", &[]).unwrap_or_default()];
    for spec in commands::for_role(turn.user.role) {
        let description = app.locales.raw(&tag, &spec.command.description_id(), &[]).unwrap_or_default();
        lines.push(format!("/{} – {description}", spec.name));
    }
    turn.reply.views.push(View::Text(app.locales.finish(&tag, lines.join("\n"))));
}

pub const MESSAGES: &[&str] = &["help-intro"];
