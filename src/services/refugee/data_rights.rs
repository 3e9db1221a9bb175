//! The data rights: /privacy explains in plain words, /mydata sends everything stored as one
//! JSON file, /delete erases the user and everything linked after a confirm button.

use super::conversation::UserState;
use super::view::{Button, Press, View};
use crate::flow::Arg;
use crate::services::app::App;
use crate::services::turn::Turn;
use crate::storage::{StoreError, Tx, audit, ideas, profile, users};

pub fn privacy(app: &App, turn: &mut Turn<'_>) {
    let days = app.rules.retention.session_idle_secs / 86_400;
    let text = app.locales.text(&turn.tag(), "privacy-text", &[("days", Arg::Num(days))]);
    turn.reply.views.push(View::Text(text));
}

pub async fn export(app: &App, turn: &mut Turn<'_>) -> Result<(), StoreError> {
    let document = everything(&mut turn.tx, &turn.user, &turn.state).await?;
    let content = serde_json::to_string_pretty(&document)
        .map_err(|e| StoreError::Corrupt(format!("the export could not be written: {e}")))?;
    turn.reply.views.push(View::Document {
        file_name: format!("sifor-{}.json", turn.user.pseudonym),
        caption: app.locales.text(&turn.tag(), "mydata-caption", &[]),
        content,
    });
    let who = turn.user.pseudonym.clone();
    audit::record(&mut turn.tx, turn.now, &who, "export", Some(&who), None).await
}

pub fn ask_delete(app: &App, turn: &mut Turn<'_>) {
    let tag = turn.tag();
    turn.reply.views.push(View::Keyboard {
        text: app.locales.text(&tag, "delete-confirm", &[]),
        options: vec![
            Button { label: app.locales.text(&tag, "delete-yes", &[]), press: Press::Delete(true) },
            Button { label: app.locales.text(&tag, "delete-no", &[]), press: Press::Delete(false) },
        ],
        nav: Vec::new(),
        refresh: false,
    });
}

/// Erases the user. A staff member's open invitations are withdrawn first (links made by
/// someone who is gone grant nothing); the record of staff actions stays, pseudonym-less.
pub async fn delete(app: &App, turn: &mut Turn<'_>) -> Result<(), StoreError> {
    let who = turn.user.pseudonym.clone();
    if turn.user.role.is_staff() {
        let withdrawn = crate::storage::staff::withdraw_invites_by(&mut turn.tx, &who, turn.now).await?;
        let detail = format!("role={} invites_withdrawn={withdrawn}", turn.user.role);
        audit::record(&mut turn.tx, turn.now, "system", "revoke", Some(&who), Some(&detail)).await?;
    }
    audit::forget(&mut turn.tx, &who).await?;
    crate::storage::staff::forget(&mut turn.tx, &who).await?;
    crate::storage::announcements::forget(&mut turn.tx, &who).await?;
    crate::storage::ideas::forget_claimer(&mut turn.tx, &who).await?;
    // The ideas stay with partners as "withdrawn by the author": texts and replies erased.
    crate::storage::stories::forget_author(&mut turn.tx, turn.user.id, turn.now).await?;
    crate::storage::idea_relay::withdraw(&mut turn.tx, turn.user.id, turn.now).await?;
    users::delete(&mut turn.tx, turn.user.id).await?;
    audit::record(&mut turn.tx, turn.now, "system", "user_deleted", None, None).await?;
    turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "delete-done", &[])));
    turn.deleted = true;
    Ok(())
}

pub fn keep(app: &App, turn: &mut Turn<'_>) {
    turn.reply.views.push(View::Text(app.locales.text(&turn.tag(), "delete-cancelled", &[])));
}

/// Everything stored about one user, as one JSON document.
async fn everything(tx: &mut Tx, row: &users::User, state: &UserState) -> Result<serde_json::Value, StoreError> {
    let consents = profile::consents(tx, row.id).await?;
    let answers = profile::answers(tx, row.id).await?;
    let ideas = ideas::by_user(tx, row.id).await?;
    let audit = audit::about(tx, &row.pseudonym).await?;
    let matched = crate::storage::programmes::match_result(tx, row.id).await?;
    let staff = crate::storage::staff::get(tx, row.id).await?.map(|m| {
        serde_json::json!({
            "role": m.role.as_str(),
            "regions": m.scope.regions,
            "topics": m.scope.topics,
            "organisation": m.scope.organisation,
            "granted_at": m.granted_at,
        })
    });
    let invitations = crate::storage::staff::invites_by(tx, &row.pseudonym).await?;
    let received = crate::storage::deliveries::of_user(tx, row.id).await?;
    let registrations = crate::storage::attendance::of_user(tx, row.id).await?;
    let stories = crate::storage::stories::of_author(tx, row.id).await?;
    let mut relayed = Vec::new();
    for i in &ideas {
        for (m, status) in crate::storage::idea_relay::messages(tx, i.id).await? {
            relayed.push(serde_json::json!({
                "idea": i.pseudonym,
                "direction": if m.to_author { "to_you" } else { "from_you" },
                "organisation": m.organisation,
                "template": m.template,
                "text": m.body,
                "language": m.language,
                "status": status,
                "created_at": m.created_at,
            }));
        }
    }
    let authored = crate::storage::announcements::by_author(tx, &row.pseudonym).await?;
    Ok(serde_json::json!({
        "pseudonym": row.pseudonym,
        "telegram_user_id": row.id,
        "chat_id": row.chat_id,
        "language": row.locale,
        "role": row.role.as_str(),
        "announcements_stopped": row.muted,
        "unreachable_since": row.unreachable_since,
        "came_from": row.came_from,
        "created_at": row.created_at,
        "last_seen": row.last_seen,
        "consents": consents,
        "profile": answers,
        "conversation": state,
        "ideas": ideas,
        "idea_messages": relayed,
        "stories_about_your_ideas": stories,
        "event_registrations": registrations,
        "last_match_result": matched,
        "audit_log": audit,
        "staff_role": staff,
        "invitations_made": invitations,
        "announcements_received": received,
        "announcements_written": authored,
    }))
}

pub const MESSAGES: &[&str] =
    &["privacy-text", "mydata-caption", "delete-confirm", "delete-yes", "delete-no", "delete-done", "delete-cancelled"];
