-- Announcements and their delivery ledger: one row per recipient, written before anything is
-- sent, so a broadcast resumes after a crash and every sent copy can be edited later.

CREATE TABLE announcements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,                 -- workshop | salon | info
    content TEXT NOT NULL,              -- JSON: texts per language, time, place, link, audience
    author TEXT NOT NULL,               -- the coordinator's pseudonym, or 'cli'
    author_chat BIGINT,                 -- where progress is shown (none from the CLI)
    state TEXT NOT NULL,                -- running | paused | aborted | done
    paused_reason TEXT,                 -- coordinator | canary
    canary_checked BIGINT NOT NULL DEFAULT 0,
    revision BIGINT NOT NULL DEFAULT 0, -- raised by every fix or cancel; sent copies catch up
    cancelled BIGINT NOT NULL DEFAULT 0,
    progress_message BIGINT,            -- the coordinator's progress message
    progress_at BIGINT NOT NULL DEFAULT 0,
    starts_at BIGINT,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX announcements_state ON announcements (state);

CREATE TABLE deliveries (
    announcement_id BIGINT NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL,               -- pending | sending | sent | blocked | failed | expired | unknown
    canary BIGINT NOT NULL DEFAULT 0,
    message_id BIGINT,                  -- the sent copy (to edit it later)
    reason TEXT,                        -- why it failed or expired (a kind, never a text)
    revision BIGINT NOT NULL DEFAULT 0, -- the announcement revision the sent copy shows
    claimed_at BIGINT,                  -- when a worker took it (sending, or editing a sent copy)
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (announcement_id, user_id)
);
CREATE INDEX deliveries_status ON deliveries (announcement_id, status, canary);
CREATE INDEX deliveries_user ON deliveries (user_id);
CREATE INDEX deliveries_sending ON deliveries (status, claimed_at);
