//! Staff grants (the scope beside `users.role`) and single-use invitations (stored as hashes).

use super::{StoreError, Tx};
use crate::domain::Role;
use crate::domain::staff::Scope;
use sqlx::Row;

/// A staff member as the roster shows them: a pseudonym, never a Telegram id or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: i64,
    pub chat_id: i64,
    pub pseudonym: String,
    pub role: Role,
    pub scope: Scope,
    pub granted_at: i64,
}

/// Gives the user a role with a scope, replacing any grant they had.
pub async fn grant(tx: &mut Tx, user_id: i64, role: Role, scope: &Scope, by: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
        .bind(role.as_str())
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO staff (user_id, regions, topics, organisation, granted_at, granted_by) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (user_id) DO UPDATE SET regions = excluded.regions, topics = excluded.topics, \
         organisation = excluded.organisation, granted_at = excluded.granted_at, granted_by = excluded.granted_by",
    )
    .bind(user_id)
    .bind(scope.regions_code())
    .bind(scope.topics_code())
    .bind(scope.organisation.as_deref())
    .bind(now)
    .bind(by)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes the user's staff role away; `false` if they had none.
pub async fn revoke(tx: &mut Tx, user_id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE users SET role = 'refugee' WHERE id = $1 AND role <> 'refugee'")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM staff WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    Ok(done.rows_affected() > 0)
}

const MEMBER: &str = "SELECT u.id AS id, u.chat_id AS chat_id, u.pseudonym AS pseudonym, u.role AS role, \
     s.regions AS regions, s.topics AS topics, s.organisation AS organisation, s.granted_at AS granted_at \
     FROM users u JOIN staff s ON s.user_id = u.id WHERE u.role <> 'refugee'";

fn member(r: &sqlx::any::AnyRow) -> Result<Member, sqlx::Error> {
    let regions: String = r.try_get("regions")?;
    let topics: String = r.try_get("topics")?;
    Ok(Member {
        user_id: r.try_get("id")?,
        chat_id: r.try_get("chat_id")?,
        pseudonym: r.try_get("pseudonym")?,
        role: Role::parse(&r.try_get::<String, _>("role")?).unwrap_or_default(),
        scope: Scope::from_stored(&regions, &topics, r.try_get("organisation")?),
        granted_at: r.try_get("granted_at")?,
    })
}

/// The user's grant, if they hold a staff role now.
pub async fn get(tx: &mut Tx, user_id: i64) -> Result<Option<Member>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("{MEMBER} AND u.id = $1"));
    let row = sqlx::query(sql).bind(user_id).fetch_optional(&mut **tx).await?;
    Ok(row.as_ref().map(member).transpose()?)
}

/// Everyone holding a staff role, by role and pseudonym.
pub async fn list(tx: &mut Tx) -> Result<Vec<Member>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("{MEMBER} ORDER BY u.role, u.pseudonym"));
    let rows = sqlx::query(sql).fetch_all(&mut **tx).await?;
    Ok(rows.iter().map(member).collect::<Result<_, _>>()?)
}

/// An invitation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub id: i64,
    pub role: Role,
    pub scope: Scope,
    pub created_by: String,
    pub expires_at: i64,
}

pub struct NewInvite<'a> {
    pub token_hash: &'a str,
    pub role: Role,
    pub scope: &'a Scope,
    pub created_by: &'a str,
    pub expires_at: i64,
}

pub async fn create_invite(tx: &mut Tx, invite: &NewInvite<'_>, now: i64) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO invites (token_hash, role, regions, topics, organisation, created_at, created_by, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(invite.token_hash)
    .bind(invite.role.as_str())
    .bind(invite.scope.regions_code())
    .bind(invite.scope.topics_code())
    .bind(invite.scope.organisation.as_deref())
    .bind(now)
    .bind(invite.created_by)
    .bind(invite.expires_at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

fn invite(r: &sqlx::any::AnyRow) -> Result<Invite, sqlx::Error> {
    let regions: String = r.try_get("regions")?;
    let topics: String = r.try_get("topics")?;
    Ok(Invite {
        id: r.try_get("id")?,
        role: Role::parse(&r.try_get::<String, _>("role")?).unwrap_or_default(),
        scope: Scope::from_stored(&regions, &topics, r.try_get("organisation")?),
        created_by: r.try_get("created_by")?,
        expires_at: r.try_get("expires_at")?,
    })
}

const OPEN: &str = "SELECT id, role, regions, topics, organisation, created_by, expires_at FROM invites \
     WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > $1";

/// The open invitation with this token hash (not used, not revoked, not expired at `now`).
pub async fn open_invite_by_hash(tx: &mut Tx, token_hash: &str, now: i64) -> Result<Option<Invite>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("{OPEN} AND token_hash = $2"));
    let row = sqlx::query(sql).bind(now).bind(token_hash).fetch_optional(&mut **tx).await?;
    Ok(row.as_ref().map(invite).transpose()?)
}

/// The open invitation with this id.
pub async fn open_invite(tx: &mut Tx, id: i64, now: i64) -> Result<Option<Invite>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("{OPEN} AND id = $2"));
    let row = sqlx::query(sql).bind(now).bind(id).fetch_optional(&mut **tx).await?;
    Ok(row.as_ref().map(invite).transpose()?)
}

/// Every open invitation, newest first.
pub async fn open_invites(tx: &mut Tx, now: i64) -> Result<Vec<Invite>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("{OPEN} ORDER BY id DESC"));
    let rows = sqlx::query(sql).bind(now).fetch_all(&mut **tx).await?;
    Ok(rows.iter().map(invite).collect::<Result<_, _>>()?)
}

/// Spends an open invitation; `false` when it was spent, revoked or expired meanwhile (two
/// people accepting the same link at once: only one gets it).
pub async fn spend(tx: &mut Tx, id: i64, by: &str, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE invites SET used_at = $1, used_by = $2 WHERE id = $3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(by)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes an open invitation; `false` if there was none with this id.
pub async fn revoke_invite(tx: &mut Tx, id: i64, now: i64) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE invites SET revoked_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Withdraws every open invitation made by `created_by` (a revoked or erased admin's links
/// must not grant anything); returns how many.
pub async fn withdraw_invites_by(tx: &mut Tx, created_by: &str, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE invites SET revoked_at = $1 WHERE created_by = $2 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(created_by)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Whether whoever made an invitation may still grant: the command line, or an admin now.
pub async fn maker_may_grant(tx: &mut Tx, created_by: &str) -> Result<bool, StoreError> {
    if created_by == "cli" {
        return Ok(true);
    }
    let row = sqlx::query("SELECT 1 AS ok FROM users WHERE pseudonym = $1 AND role = 'admin'")
        .bind(created_by)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.is_some())
}

/// Replaces an erased person's pseudonym in invitations and grants by `deleted`.
pub async fn forget(tx: &mut Tx, pseudonym: &str) -> Result<(), StoreError> {
    for (table, column) in [("invites", "created_by"), ("invites", "used_by"), ("staff", "granted_by")] {
        sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET {column} = 'deleted' WHERE {column} = $1")))
            .bind(pseudonym)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The invitations a person made (for their /mydata): id, role, regions, times; never a token.
pub async fn invites_by(tx: &mut Tx, created_by: &str) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, role, regions, created_at, expires_at, used_at, revoked_at FROM invites WHERE created_by = $1 ORDER BY id",
    )
    .bind(created_by)
    .fetch_all(&mut **tx)
    .await?;
    let names = ["id", "role", "regions", "created_at", "expires_at", "used_at", "revoked_at"].map(|c| (c, c));
    super::json_rows(&rows, &names)
}
