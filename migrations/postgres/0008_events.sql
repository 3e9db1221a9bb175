-- Workshops and salons: an announcement with a start becomes an event people register for.
-- Seats are taken under the event row's lock (SQLite: the write lock of BEGIN IMMEDIATE;
-- PostgreSQL: SELECT ... FOR UPDATE), so simultaneous taps never overbook.

CREATE TABLE events (
    announcement_id BIGINT PRIMARY KEY REFERENCES announcements (id) ON DELETE CASCADE,
    capacity BIGINT NOT NULL DEFAULT 0,  -- 0: unlimited
    reserved BIGINT NOT NULL DEFAULT 0,  -- seats the organiser keeps back
    sequence BIGINT NOT NULL DEFAULT 0,  -- the calendar file's SEQUENCE: raised by a move or a cancel
    band TEXT NOT NULL DEFAULT '',       -- what the card says about seats now (the card is edited when it changes)
    bumped_at BIGINT NOT NULL DEFAULT 0, -- when every sent card was last revised for the seats
    dirty BIGINT NOT NULL DEFAULT 0,     -- the band changed since (revised at most once a minute)
    cancelled_at BIGINT,
    closed_at BIGINT,
    attended BIGINT,                     -- counted when closed
    outcome TEXT                         -- what the organiser wrote when closing (for the authors of ideas discussed)
);

CREATE TABLE registrations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- the order of the waitlist
    announcement_id BIGINT NOT NULL REFERENCES events (announcement_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL,                -- registered | waiting | offered | cancelled | declined | lapsed
    code TEXT NOT NULL,                  -- the check-in code (8 characters, no look-alikes)
    offer_until BIGINT,                  -- an offer's deadline
    seated_at BIGINT,                    -- when they got their seat (reminders before it are not sent)
    still_asked BIGINT NOT NULL DEFAULT 0,
    checked_in_at BIGINT,
    interpreter TEXT,                    -- needs: a language tag
    childcare BIGINT NOT NULL DEFAULT 0,
    access BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (announcement_id, user_id),
    UNIQUE (announcement_id, code)
);
CREATE INDEX registrations_line ON registrations (announcement_id, status, id);
CREATE INDEX registrations_user ON registrations (user_id);
CREATE INDEX registrations_offers ON registrations (status, offer_until);

-- Messages of an event to one person (an offer, "still coming?", a reminder, a change, the
-- calendar file): written before they are sent, sent by the broadcaster through the pacing, each
-- at most once per kind and fingerprint (the start it was written for).
CREATE TABLE event_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    announcement_id BIGINT NOT NULL REFERENCES events (announcement_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                  -- offer | still | remind-<minutes> | moved | cancelled | calendar | message
    fingerprint TEXT NOT NULL,           -- the event id and start it was written for
    body TEXT,                           -- a coordinator's message to the registered
    status TEXT NOT NULL,                -- pending | sending | sent | skipped | failed
    claimed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (announcement_id, user_id, kind, fingerprint)
);
CREATE INDEX event_messages_due ON event_messages (status, claimed_at);
CREATE INDEX event_messages_user ON event_messages (user_id);

-- Ideas discussed at a salon: the event, its start and region, for the author's message.
ALTER TABLE ideas ADD COLUMN discussed_event BIGINT;
ALTER TABLE ideas ADD COLUMN discussed_at BIGINT;
ALTER TABLE ideas ADD COLUMN discussed_region TEXT;
