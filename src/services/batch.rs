//! Group commit: the events of different users that wait for the database at the same moment
//! share one transaction.
//!
//! An event joins the queue of its lane (users are spread over the lanes by id; SQLite has one
//! lane, as it has one writer). Whoever holds the lane's lock is its writer: it takes every event
//! queued at that moment (at most [`MAX_BATCH`]), runs them one after another in one
//! transaction, commits once, and only then hands each event its reply, so nothing is shown
//! before it is stored. Events that arrive meanwhile queue up for the next writer, which is the
//! first of their own callers to get the lock: no task of its own. At most 256 updates are
//! handled at a time (`telegram::SHARDS`), so an event waits behind at most four batches.
//!
//! A waiting event holds only what the user sent (its text or press and a few ids), never a
//! conversation state: the state is read and the use case runs inside the writer, one event at
//! a time per lane.
//!
//! When one event of a batch fails (a database error, a session written by another instance, a
//! panic), the transaction is rolled back; that event runs again alone in its own transaction
//! (a panic is passed on to it instead) and the others are written again as a batch. When a
//! commit fails, its outcome is unknown (it may have reached the database): its events are not
//! run again, each gets the error.

use super::app::{App, EventContext, UserRef};
use super::commands::Command;
use super::refugee::conversation::{Event, Reply};
use super::refugee::view::Press;
use crate::storage::{Backend, StoreError};
use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use tokio::sync::oneshot;

/// Events per transaction at most: a bigger batch would make its first event wait for all the
/// others' work before its reply.
pub const MAX_BATCH: usize = 64;

/// Lanes on PostgreSQL: batches of different lanes run at the same time on their own
/// connections (the pool has 16).
const POSTGRES_LANES: usize = 4;

/// What became of a queued event.
pub(crate) enum Outcome {
    /// Stored and committed with its batch.
    Done(Result<Reply, StoreError>),
    /// Its batch failed: run it again alone.
    Alone,
    /// It panicked in the writer; the panic goes on in the event's own task.
    Panicked(Box<dyn Any + Send>),
}

/// What the user sent, owned, so that another caller's task can run it.
#[derive(Debug, Clone)]
enum Sent {
    Text(String),
    Press(Press),
    Command(Command),
    Unsupported,
    UnknownCommand,
    StalePress,
}

impl Sent {
    fn of(event: Event<'_>) -> Sent {
        match event {
            Event::Text(t) => Sent::Text(t.to_string()),
            Event::Press(p) => Sent::Press(p.clone()),
            Event::Command(c) => Sent::Command(c),
            Event::Unsupported => Sent::Unsupported,
            Event::UnknownCommand => Sent::UnknownCommand,
            Event::StalePress => Sent::StalePress,
        }
    }

    fn event(&self) -> Event<'_> {
        match self {
            Sent::Text(t) => Event::Text(t),
            Sent::Press(p) => Event::Press(p),
            Sent::Command(c) => Event::Command(*c),
            Sent::Unsupported => Event::Unsupported,
            Sent::UnknownCommand => Event::UnknownCommand,
            Sent::StalePress => Event::StalePress,
        }
    }
}

/// One queued event.
struct Job {
    user: UserRef,
    sent: Sent,
    hint: Option<String>,
    payload: Option<String>,
    arguments: Option<String>,
    now: i64,
    done: oneshot::Sender<Outcome>,
}

impl Job {
    fn ctx(&self) -> EventContext<'_> {
        EventContext {
            language_hint: self.hint.as_deref(),
            start_payload: self.payload.as_deref(),
            arguments: self.arguments.as_deref(),
        }
    }
}

struct Lane {
    queue: Mutex<Vec<Job>>,
    writer: tokio::sync::Mutex<()>,
}

/// The lanes of one app.
pub(crate) struct Batcher {
    lanes: Vec<Lane>,
    batches: AtomicU64,
    events: AtomicU64,
}

impl Batcher {
    pub(crate) fn new(backend: Backend) -> Batcher {
        let n = match backend {
            Backend::Sqlite => 1,
            Backend::Postgres => POSTGRES_LANES,
        };
        let lanes = (0..n).map(|_| Lane { queue: Mutex::new(Vec::new()), writer: Default::default() }).collect();
        Batcher { lanes, batches: AtomicU64::new(0), events: AtomicU64::new(0) }
    }

    /// Batches committed, and the events in them.
    pub(crate) fn committed(&self) -> (u64, u64) {
        (self.batches.load(Ordering::Relaxed), self.events.load(Ordering::Relaxed))
    }

    /// Queues the event and waits for its outcome, writing a batch (its own and others') when
    /// the lane's lock comes to it first.
    pub(crate) async fn submit(
        &self,
        app: &App,
        user: UserRef,
        event: Event<'_>,
        ctx: &EventContext<'_>,
        now: i64,
    ) -> Outcome {
        let lane = &self.lanes[user.id.rem_euclid(self.lanes.len() as i64) as usize];
        let (done, mut outcome) = oneshot::channel();
        let job = Job {
            user,
            sent: Sent::of(event),
            hint: ctx.language_hint.map(str::to_string),
            payload: ctx.start_payload.map(str::to_string),
            arguments: ctx.arguments.map(str::to_string),
            now,
            done,
        };
        lane.queue.lock().unwrap_or_else(|e| e.into_inner()).push(job);
        loop {
            tokio::select! {
                biased;
                // A writer that took this event was stopped half-way (it may have been
                // committing): the event is not run again.
                result = &mut outcome => return result.unwrap_or(Outcome::Done(Err(StoreError::Interrupted))),
                writer = lane.writer.lock() => {
                    match outcome.try_recv() {
                        Ok(result) => return result,
                        Err(oneshot::error::TryRecvError::Closed) => return Outcome::Done(Err(StoreError::Interrupted)),
                        Err(oneshot::error::TryRecvError::Empty) => {}
                    }
                    let jobs = {
                        let mut queue = lane.queue.lock().unwrap_or_else(|e| e.into_inner());
                        let n = queue.len().min(MAX_BATCH);
                        queue.drain(..n).collect::<Vec<_>>()
                    };
                    let (batches, events) = write(app, jobs).await;
                    self.batches.fetch_add(batches, Ordering::Relaxed);
                    self.events.fetch_add(events, Ordering::Relaxed);
                    drop(writer);
                }
            }
        }
    }
}

/// Writes the jobs as batches and hands out their outcomes after each commit. When one job
/// fails, the transaction is rolled back; that job runs again alone (or its panic goes back to
/// it) and the others are written again as a batch without it, so a failing event costs the
/// others one more run, not a transaction each. Returns the batches committed and their events.
async fn write(app: &App, mut jobs: Vec<Job>) -> (u64, u64) {
    let mut committed = (0, 0);
    // Callers that went away (the bot stopping) have nobody to show a reply to; their updates
    // were not confirmed to Telegram and come again.
    loop {
        jobs.retain(|j| !j.done.is_closed());
        if jobs.is_empty() {
            break;
        }
        match attempt(app, &jobs).await {
            Attempt::Committed(replies) => {
                committed = (committed.0 + 1, committed.1 + jobs.len() as u64);
                for (job, reply) in jobs.drain(..).zip(replies) {
                    let _ = job.done.send(Outcome::Done(Ok(reply)));
                }
            }
            Attempt::Failed { at, panic } => {
                let job = jobs.remove(at);
                let _ = job.done.send(panic.map_or(Outcome::Alone, Outcome::Panicked));
            }
            // Nothing was written, and the cause is not one event's (the database, a lock
            // held elsewhere): each tries alone rather than the batch again and again.
            Attempt::RolledBack => {
                for job in jobs.drain(..) {
                    let _ = job.done.send(Outcome::Alone);
                }
            }
            // The commit may have reached the database: running the events again could store
            // an answer twice, so each gets the error (and its user the apology).
            Attempt::Unknown => {
                for job in jobs.drain(..) {
                    let _ = job.done.send(Outcome::Done(Err(StoreError::Interrupted)));
                }
            }
        }
    }
    committed
}

enum Attempt {
    Committed(Vec<Reply>),
    Failed { at: usize, panic: Option<Box<dyn Any + Send>> },
    RolledBack,
    Unknown,
}

/// One transaction for all the jobs.
async fn attempt(app: &App, jobs: &[Job]) -> Attempt {
    // Before the transaction: a changed catalogue is read on a connection of its own.
    let Ok(catalogue) = app.current_catalogue().await else { return Attempt::RolledBack };
    let Ok(mut tx) = app.store.begin().await else { return Attempt::RolledBack };
    let mut replies = Vec::with_capacity(jobs.len());
    for (at, job) in jobs.iter().enumerate() {
        let ctx = job.ctx();
        let step = app.step(tx, job.user, job.sent.event(), &ctx, job.now, &catalogue);
        match CatchUnwind(Box::pin(step)).await {
            Ok((back, Ok(reply))) => {
                tx = back;
                replies.push(reply);
            }
            // The transaction is dropped (rolled back) with everything of this batch.
            Ok((_, Err(e))) if one_events(&e) => return Attempt::Failed { at, panic: None },
            Ok((_, Err(_))) => return Attempt::RolledBack,
            Err(panic) => return Attempt::Failed { at, panic: Some(panic) },
        }
    }
    match tx.commit().await {
        Ok(()) => Attempt::Committed(replies),
        Err(_) => Attempt::Unknown,
    }
}

/// Whether an error is the event's own (its session written elsewhere, its stored state, a
/// constraint) rather than the database's or another transaction's (a connection, a lock
/// timeout, a deadlock), which would meet the next batch too.
fn one_events(e: &StoreError) -> bool {
    match e {
        StoreError::Conflict | StoreError::Corrupt(_) => true,
        StoreError::Db(sqlx::Error::Database(_)) => !e.is_retryable(),
        _ => false,
    }
}

/// A future whose panic becomes an error, so that one event's bug cannot take the others of
/// its batch with it.
struct CatchUnwind<F>(Pin<Box<F>>);

impl<F: Future> Future for CatchUnwind<F> {
    type Output = Result<F::Output, Box<dyn Any + Send>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = &mut self.get_mut().0;
        match std::panic::catch_unwind(AssertUnwindSafe(|| inner.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(v)) => Poll::Ready(Ok(v)),
            Err(panic) => Poll::Ready(Err(panic)),
        }
    }
}
