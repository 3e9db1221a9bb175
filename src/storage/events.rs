//! Events (workshops and salons) as stored: seats, the calendar file's sequence, what the card
//! says about seats, and one registration per person with its place in line (the row id), its
//! check-in code and the needs stated. Every change of seats runs under [`lock`]; [`settle`]
//! then offers freed seats to the first in line and notes when the card must change.
//! The messages an event sends one person live in [`super::event_messages`].

use super::{StoreError, Tx, announcements, event_messages};
use crate::domain::event::{self, Band, Needs, Seats, Status};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub seats: Seats,
    pub sequence: i64,
    pub band: String,
    pub bumped_at: i64,
    pub dirty: bool,
    pub cancelled_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub attended: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: i64,
    pub event: i64,
    pub user_id: i64,
    pub status: Status,
    pub code: String,
    pub offer_until: Option<i64>,
    pub seated_at: Option<i64>,
    pub still_asked: bool,
    pub checked_in_at: Option<i64>,
    pub needs: Needs,
}

const EVENT_COLUMNS: &str =
    "announcement_id, capacity, reserved, sequence, band, bumped_at, dirty, cancelled_at, closed_at, attended";
pub(super) const COLUMNS: &str = "id, announcement_id, user_id, status, code, offer_until, seated_at, still_asked, \
    checked_in_at, interpreter, childcare, access";

fn event_row(r: &sqlx::any::AnyRow) -> Result<Event, StoreError> {
    let number = |c: &str| -> Result<u32, StoreError> { Ok(u32::try_from(r.try_get::<i64, _>(c)?).unwrap_or(0)) };
    Ok(Event {
        id: r.try_get("announcement_id")?,
        seats: Seats { capacity: number("capacity")?, reserved: number("reserved")? },
        sequence: r.try_get("sequence")?,
        band: r.try_get("band")?,
        bumped_at: r.try_get("bumped_at")?,
        dirty: r.try_get::<i64, _>("dirty")? != 0,
        cancelled_at: r.try_get("cancelled_at")?,
        closed_at: r.try_get("closed_at")?,
        attended: r.try_get("attended")?,
    })
}

pub(super) fn row(r: &sqlx::any::AnyRow) -> Result<Registration, StoreError> {
    let id: i64 = r.try_get("id")?;
    let status: String = r.try_get("status")?;
    Ok(Registration {
        id,
        event: r.try_get("announcement_id")?,
        user_id: r.try_get("user_id")?,
        status: Status::parse(&status).ok_or_else(|| StoreError::Corrupt(format!("registration {id} status")))?,
        code: r.try_get("code")?,
        offer_until: r.try_get("offer_until")?,
        seated_at: r.try_get("seated_at")?,
        still_asked: r.try_get::<i64, _>("still_asked")? != 0,
        checked_in_at: r.try_get("checked_in_at")?,
        needs: Needs {
            interpreter: r.try_get("interpreter")?,
            childcare: r.try_get::<i64, _>("childcare")? != 0,
            access: r.try_get::<i64, _>("access")? != 0,
        },
    })
}

/// Makes announcement `id` an event people register for.
pub async fn create(tx: &mut Tx, id: i64, seats: Seats) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO events (announcement_id, capacity, reserved, band) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(i64::from(seats.capacity))
        .bind(i64::from(seats.reserved))
        .bind(Band::of(seats.public(), 0).code())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Event>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {EVENT_COLUMNS} FROM events WHERE announcement_id = $1"));
    sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?.as_ref().map(event_row).transpose()
}

/// The event, locked until the transaction ends: seats are counted and taken under this lock
/// (PostgreSQL: the row lock; SQLite: the write lock every transaction takes at BEGIN).
pub async fn lock(tx: &mut Tx, id: i64) -> Result<Option<Event>, StoreError> {
    let lock = if tx.backend_name() == "PostgreSQL" { " FOR UPDATE" } else { "" };
    let sql = sqlx::AssertSqlSafe(format!("SELECT {EVENT_COLUMNS} FROM events WHERE announcement_id = $1{lock}"));
    sqlx::query(sql).bind(id).fetch_optional(&mut **tx).await?.as_ref().map(event_row).transpose()
}

/// Events not cancelled or closed whose start is after `since`: id and start, soonest first.
pub async fn open(tx: &mut Tx, since: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT e.announcement_id AS id, a.starts_at AS starts FROM events e \
         JOIN announcements a ON a.id = e.announcement_id \
         WHERE e.cancelled_at IS NULL AND e.closed_at IS NULL AND a.starts_at > $1 ORDER BY a.starts_at, a.id",
    )
    .bind(since)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("starts")?))).collect()
}

pub async fn registration(tx: &mut Tx, id: i64, user: i64) -> Result<Option<Registration>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM registrations WHERE announcement_id = $1 AND user_id = $2"));
    sqlx::query(sql).bind(id).bind(user).fetch_optional(&mut **tx).await?.as_ref().map(row).transpose()
}

/// The registrations of some of an event's recipients (a batch of the broadcaster's).
pub async fn registrations_of(tx: &mut Tx, id: i64, users: &[i64]) -> Result<Vec<Registration>, StoreError> {
    let mut out = Vec::new();
    for chunk in users.chunks(500) {
        let list = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect::<Vec<_>>().join(", ");
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM registrations WHERE announcement_id = $1 AND user_id IN ({list})"
        ));
        let mut q = sqlx::query(sql).bind(id);
        for u in chunk {
            q = q.bind(*u);
        }
        for r in q.fetch_all(&mut **tx).await? {
            out.push(row(&r)?);
        }
    }
    Ok(out)
}

/// The registrations of an event with one of `statuses`, in line order.
pub async fn with_status(tx: &mut Tx, id: i64, statuses: &[Status]) -> Result<Vec<Registration>, StoreError> {
    let list = statuses.iter().map(|s| format!("'{}'", s.code())).collect::<Vec<_>>().join(", ");
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM registrations WHERE announcement_id = $1 AND status IN ({list}) ORDER BY id"
    ));
    let rows = sqlx::query(sql).bind(id).fetch_all(&mut **tx).await?;
    rows.iter().map(row).collect()
}

/// Seats held (registered, or offered and not yet answered).
pub async fn taken(tx: &mut Tx, id: i64) -> Result<i64, StoreError> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM registrations WHERE announcement_id = $1 AND status IN ('registered', 'offered')",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(r.try_get("n")?)
}

/// Someone's place in the waitlist (1 for the first).
pub async fn place_in_line(tx: &mut Tx, r: &Registration) -> Result<i64, StoreError> {
    let n = sqlx::query(
        "SELECT COUNT(*) AS n FROM registrations WHERE announcement_id = $1 AND status = 'waiting' AND id <= $2",
    )
    .bind(r.event)
    .bind(r.id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(n.try_get("n")?)
}

/// Registers `user` for the locked event `ev`: a seat when one is free, else a place at the end
/// of the line. Someone already taking part keeps what they have; someone who left before
/// comes back as a new registration (at the end of the line, with a new code).
pub async fn join(tx: &mut Tx, ev: &Event, user: i64, code: &str, now: i64) -> Result<Registration, StoreError> {
    if let Some(r) = registration(tx, ev.id, user).await?
        && r.status.is_active()
    {
        return Ok(r);
    }
    sqlx::query("DELETE FROM registrations WHERE announcement_id = $1 AND user_id = $2")
        .bind(ev.id)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    let free = ev.seats.public().is_none_or(|seats| seats > 0) && {
        let taken = taken(tx, ev.id).await?;
        ev.seats.public().is_none_or(|seats| taken < seats)
    };
    // Nobody jumps the line: with people waiting, a seat freed goes to them (by `settle`).
    let waiting = !with_status(tx, ev.id, &[Status::Waiting]).await?.is_empty();
    let status = if free && !waiting { Status::Registered } else { Status::Waiting };
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO registrations (announcement_id, user_id, status, code, seated_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING {COLUMNS}"
    ));
    let seated = (status == Status::Registered).then_some(now);
    let r = sqlx::query(sql)
        .bind(ev.id)
        .bind(user)
        .bind(status.code())
        .bind(code)
        .bind(seated)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
    row(&r)
}

/// Moves a registration to `to` if it is in one of `from`; whether it was.
pub async fn set_status(
    tx: &mut Tx,
    r: &Registration,
    from: &[Status],
    to: Status,
    now: i64,
) -> Result<bool, StoreError> {
    if !from.contains(&r.status) {
        return Ok(false);
    }
    let seated = if to == Status::Registered { Some(now) } else { r.seated_at };
    // Someone who no longer takes part keeps no needs.
    let done = sqlx::query(
        "UPDATE registrations SET status = $1, seated_at = $2, offer_until = NULL, updated_at = $3, \
         interpreter = CASE WHEN $1 IN ('registered', 'waiting', 'offered') THEN interpreter ELSE NULL END, \
         childcare = CASE WHEN $1 IN ('registered', 'waiting', 'offered') THEN childcare ELSE 0 END, \
         access = CASE WHEN $1 IN ('registered', 'waiting', 'offered') THEN access ELSE 0 END \
         WHERE id = $4 AND status = $5",
    )
    .bind(to.code())
    .bind(seated)
    .bind(now)
    .bind(r.id)
    .bind(r.status.code())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A seat offered again with a new deadline (the event moved).
pub async fn reoffer(tx: &mut Tx, r: &Registration, until: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE registrations SET offer_until = $1, updated_at = $2 WHERE id = $3 AND status = 'offered'")
        .bind(until)
        .bind(now)
        .bind(r.id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// After seats changed on the locked event `ev` (starting at `starts`): the first in line are
/// offered the seats free now, each with a deadline and an offer message; when what the card
/// says about seats changed, every sent card is revised. The users offered a seat.
pub async fn settle(tx: &mut Tx, ev: &Event, starts: i64, now: i64) -> Result<Vec<i64>, StoreError> {
    let mut offered = Vec::new();
    let deadline = event::offer_deadline(now, starts);
    if let Some(seats) = ev.seats.public()
        && ev.cancelled_at.is_none()
        && deadline > now
    {
        let free = seats - taken(tx, ev.id).await?;
        let line = with_status(tx, ev.id, &[Status::Waiting]).await?;
        for r in line.into_iter().take(usize::try_from(free.max(0)).unwrap_or(0)) {
            sqlx::query("UPDATE registrations SET status = 'offered', offer_until = $1, updated_at = $2 WHERE id = $3")
                .bind(deadline)
                .bind(now)
                .bind(r.id)
                .execute(&mut **tx)
                .await?;
            let fingerprint = format!("{}#{}", event::fingerprint(ev.id, starts), deadline);
            event_messages::enqueue(tx, ev.id, r.user_id, "offer", &fingerprint, None, now).await?;
            offered.push(r.user_id);
        }
    }
    let band = Band::of(ev.seats.public(), taken(tx, ev.id).await?).code();
    if band != ev.band || ev.dirty {
        sqlx::query("UPDATE events SET band = $1, dirty = 1 WHERE announcement_id = $2")
            .bind(&band)
            .bind(ev.id)
            .execute(&mut **tx)
            .await?;
        revise_cards(tx, ev.id, ev.bumped_at, now).await?;
    }
    Ok(offered)
}

/// Every sent card is revised at most once every [`REVISE_EVERY`] seconds for its seats, so
/// taps near the last seats (or someone tapping on and off) never flood Telegram with edits:
/// a change in between is marked and revised by a later call (the workers' planning).
pub const REVISE_EVERY: i64 = 60;

pub async fn revise_cards(tx: &mut Tx, id: i64, bumped_at: i64, now: i64) -> Result<bool, StoreError> {
    if now - bumped_at < REVISE_EVERY {
        return Ok(false);
    }
    sqlx::query("UPDATE events SET bumped_at = $1, dirty = 0 WHERE announcement_id = $2")
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    announcements::bump(tx, id).await?;
    Ok(true)
}

/// Offers of event `id` whose deadline passed by `now`: they lapse (the caller settles the event).
pub async fn lapse_offers(tx: &mut Tx, id: i64, now: i64) -> Result<Vec<Registration>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM registrations WHERE announcement_id = $1 AND status = 'offered' AND offer_until <= $2 \
         ORDER BY id"
    ));
    let due: Vec<Registration> =
        sqlx::query(sql).bind(id).bind(now).fetch_all(&mut **tx).await?.iter().map(row).collect::<Result<_, _>>()?;
    for r in &due {
        set_status(tx, r, &[Status::Offered], Status::Lapsed, now).await?;
    }
    Ok(due)
}

pub async fn set_needs(tx: &mut Tx, r: &Registration, needs: &Needs, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE registrations SET interpreter = $1, childcare = $2, access = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(needs.interpreter.as_deref())
    .bind(i64::from(needs.childcare))
    .bind(i64::from(needs.access))
    .bind(now)
    .bind(r.id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn set_still_asked(tx: &mut Tx, registration: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE registrations SET still_asked = 1 WHERE id = $1").bind(registration).execute(&mut **tx).await?;
    Ok(())
}

/// A change people must hear about (a move, a cancel): the calendar file's SEQUENCE goes up; a
/// move asks "still coming?" again.
pub async fn changed(tx: &mut Tx, id: i64, cancelled_at: Option<i64>) -> Result<(), StoreError> {
    sqlx::query("UPDATE events SET sequence = sequence + 1, cancelled_at = COALESCE($1, cancelled_at) WHERE announcement_id = $2")
        .bind(cancelled_at)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE registrations SET still_asked = 0 WHERE announcement_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Checks in the registration with `code` among `events`: the registration, and whether it was
/// checked in before. Only people with a seat are let in.
pub async fn check_in(
    tx: &mut Tx,
    events: &[i64],
    code: &str,
    now: i64,
) -> Result<Option<(Registration, bool)>, StoreError> {
    if events.is_empty() {
        return Ok(None);
    }
    let list = events.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM registrations WHERE code = $1 AND status = 'registered' \
         AND announcement_id IN ({list}) ORDER BY id LIMIT 1"
    ));
    let Some(r) = sqlx::query(sql).bind(code).fetch_optional(&mut **tx).await?.as_ref().map(row).transpose()? else {
        return Ok(None);
    };
    let before = r.checked_in_at.is_some();
    if !before {
        sqlx::query("UPDATE registrations SET checked_in_at = $1 WHERE id = $2")
            .bind(now)
            .bind(r.id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(Some((r, before)))
}

/// Closes an event with its attendance (the people checked in); `false` when closed already.
pub async fn close(tx: &mut Tx, id: i64, now: i64) -> Result<Option<i64>, StoreError> {
    let n =
        sqlx::query("SELECT COUNT(*) AS n FROM registrations WHERE announcement_id = $1 AND checked_in_at IS NOT NULL")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?
            .try_get::<i64, _>("n")?;
    let done =
        sqlx::query("UPDATE events SET closed_at = $1, attended = $2 WHERE announcement_id = $3 AND closed_at IS NULL")
            .bind(now)
            .bind(n)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    Ok((done.rows_affected() > 0).then_some(n))
}
