//! Authors told of their ideas' published statuses, by the broadcaster's step (the same outbox
//! and pacing as announcements): a published status stays due (`ideas::claim_notices`) until it
//! was sent or the author cannot receive it.

use super::broadcast::{Broadcaster, Delivery, Outbox};
use crate::services::refugee::view::View;
use crate::storage::{StoreError, ideas};
use std::time::Duration;

impl<O: Outbox> Broadcaster<O> {
    /// Tells authors the published status of their ideas, each in their language. A message
    /// that fails stays due and is tried again after the lease (a second message about the same
    /// status is better than none); one the author cannot receive (blocked) is done.
    pub(super) async fn notify_authors(&self, due: Vec<ideas::Due>, claimed: i64) -> Result<(), StoreError> {
        let mut done = Vec::new();
        for d in due {
            let Some(status) = d.idea.published_status.clone() else { continue };
            let tag = self.reader_tag(d.locale.as_deref());
            let Some(text) = crate::services::partner::publish::status_message(&self.app, &tag, &d.idea, &status)
            else {
                done.push((d.idea.id, status));
                continue;
            };
            self.pacer.wait(d.chat_id).await;
            match self.outbox.send(d.chat_id, &View::Text(text), false).await {
                Delivery::Sent(_) | Delivery::Blocked => done.push((d.idea.id, status)),
                // The rest waits for its claim to lapse (nothing more goes out meanwhile).
                Delivery::RetryAfter(secs) => {
                    self.pacer.pause_until(tokio::time::Instant::now() + Duration::from_secs(secs.clamp(1, 3_600)));
                    break;
                }
                Delivery::Failed(_) => {}
            }
        }
        let mut tx = self.app.store.begin().await?;
        for (id, status) in done {
            ideas::notified(&mut tx, id, &status, claimed).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
