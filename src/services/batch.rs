//! Group commit: the events of different users that wait for the database at the same moment
//! share one transaction.
//!
//! An event joins the queue of its lane (users are spread over the lanes by id; SQLite has one
//! lane, as it has one writer). Whoever holds the lane's lock is its writer: it takes every event
//! queued at that moment (at most [`MAX_BATCH`]), runs them one after another in one
//! transaction, commits once, and only then hands each event its reply, so nothing is shown
//! before it is stored. Events that arrive meanwhile queue up for the next writer, which is the
//! first of their own callers to get the lock: no task of its own, no event waits behind more
//! than one batch in front of its own.
//!
//! A waiting event holds only what the user sent (its text or press and a few ids), never a
//! conversation state: the state is read and the use case runs inside the writer, one event at
//! a time per lane.
//!
//! When one event of a batch fails (a database error, a session written by another instance, a
//! panic), the transaction is rolled back and every event of the batch runs again alone in its
//! own transaction, as before group commit; a panic is passed on to the event that caused it.

use super::app::{App, EventContext, UserRef};
use super::commands::Command;
use super::refugee::conversation::{Event, Reply};
use super::refugee::view::Press;
use crate::storage::Backend;
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
    Done(Result<Reply, crate::storage::StoreError>),
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
                result = &mut outcome => return result.unwrap_or(Outcome::Alone),
                writer = lane.writer.lock() => {
                    match outcome.try_recv() {
                        Ok(result) => return result,
                        // A writer that took this event was stopped half-way: nothing of its
                        // batch was committed.
                        Err(oneshot::error::TryRecvError::Closed) => return Outcome::Alone,
                        Err(oneshot::error::TryRecvError::Empty) => {}
                    }
                    let jobs = {
                        let mut queue = lane.queue.lock().unwrap_or_else(|e| e.into_inner());
                        let n = queue.len().min(MAX_BATCH);
                        queue.drain(..n).collect::<Vec<_>>()
                    };
                    let n = jobs.len() as u64;
                    if n > 0 && write(app, jobs).await {
                        self.batches.fetch_add(1, Ordering::Relaxed);
                        self.events.fetch_add(n, Ordering::Relaxed);
                    }
                    drop(writer);
                }
            }
        }
    }
}

/// Runs the jobs in one transaction and hands out their outcomes after the commit; false when
/// the batch failed and its events run again alone.
async fn write(app: &App, jobs: Vec<Job>) -> bool {
    // Before the transaction: a changed catalogue is read on a connection of its own.
    let catalogue = match app.current_catalogue().await {
        Ok(c) => c,
        Err(_) => return alone(jobs, None),
    };
    let mut tx = match app.store.begin().await {
        Ok(tx) => tx,
        Err(_) => return alone(jobs, None),
    };
    let mut replies = Vec::with_capacity(jobs.len());
    for (i, job) in jobs.iter().enumerate() {
        let ctx = job.ctx();
        let step = app.step(tx, job.user, job.sent.event(), &ctx, job.now, &catalogue);
        match CatchUnwind(Box::pin(step)).await {
            Ok((back, Ok(reply))) => {
                tx = back;
                replies.push(reply);
            }
            // The transaction is dropped (rolled back) with everything of this batch.
            Ok((_, Err(_))) => return alone(jobs, None),
            Err(panic) => return alone(jobs, Some((i, panic))),
        }
    }
    if tx.commit().await.is_err() {
        return alone(jobs, None);
    }
    for (job, reply) in jobs.into_iter().zip(replies) {
        let _ = job.done.send(Outcome::Done(Ok(reply)));
    }
    true
}

/// The batch failed: each event runs again alone, except one that panicked.
fn alone(jobs: Vec<Job>, panicked: Option<(usize, Box<dyn Any + Send>)>) -> bool {
    let mut panicked = panicked;
    for (i, job) in jobs.into_iter().enumerate() {
        let outcome = match panicked.take_if(|(at, _)| *at == i) {
            Some((_, payload)) => Outcome::Panicked(payload),
            None => Outcome::Alone,
        };
        let _ = job.done.send(outcome);
    }
    false
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
