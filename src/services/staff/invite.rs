//! Making an invitation: a random single-use token for a role and scope. Only the token's
//! SHA-256 hash is stored; the token goes into the deep link once and nowhere else.

use crate::domain::Role;
use crate::domain::staff::{self, Scope};
use crate::storage::{StoreError, Tx, audit, staff as store};
use sha2::{Digest, Sha256};

/// How long an invitation made in Telegram stays valid.
pub const DEFAULT_VALID_SECS: i64 = 72 * 3_600;

/// The hash an invitation token is stored and looked up by.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random token (24 bytes from the operating system).
pub fn new_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 24];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| StoreError::Corrupt(format!("no random bytes for an invitation: {e}")))?;
    Ok(staff::token_from_bytes(&bytes))
}

/// The deep link that opens the bot with the token.
pub fn link(bot_username: &str, token: &str) -> String {
    format!("https://t.me/{bot_username}?start={token}")
}

pub struct Made {
    pub id: i64,
    pub token: String,
    pub expires_at: i64,
}

/// Creates an invitation and audits it (who made it, the role and regions; never the token).
pub async fn create(
    tx: &mut Tx,
    role: Role,
    scope: &Scope,
    by: &str,
    valid_secs: i64,
    now: i64,
) -> Result<Made, StoreError> {
    let token = new_token()?;
    let expires_at = now + valid_secs;
    let hash = token_hash(&token);
    let new = store::NewInvite { token_hash: &hash, role, scope, created_by: by, expires_at };
    let id = store::create_invite(tx, &new, now).await?;
    let detail = format!("invite={id} role={role} regions={}", scope.regions_code());
    audit::record(tx, now, by, "invite_created", None, Some(&detail)).await?;
    Ok(Made { id, token, expires_at })
}
