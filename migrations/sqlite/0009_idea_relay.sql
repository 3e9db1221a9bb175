-- Ideas outlive their author's erasure as a tombstone ("withdrawn by the author": texts erased,
-- no link to anyone), so the ideas table is rebuilt with `user_id` nullable (ON DELETE SET NULL).
-- Beside it: which organisations have seen an idea (the author's "seen by N"), partners'
-- internal notes (never shown to the author), the pseudonymous relay between a partner and the
-- author (written before it is sent, sent by the workers), flags, and the escalation of ideas
-- nobody acknowledged.
CREATE TABLE ideas_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    topic TEXT NOT NULL,
    problem TEXT NOT NULL,
    idea TEXT NOT NULL,
    beneficiaries TEXT NOT NULL,
    may_contact BIGINT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    created_at BIGINT NOT NULL,
    pseudonym TEXT,
    country TEXT,
    region TEXT,
    claimed_by TEXT,
    claimed_org TEXT,
    claimed_at BIGINT,
    reason TEXT,
    status_at BIGINT,
    published_status TEXT,
    published_at BIGINT,
    published_reason TEXT,
    notified_status TEXT,
    notify_claimed_at BIGINT,
    discussed_event BIGINT,
    discussed_at BIGINT,
    discussed_region TEXT,
    withdrawn_at BIGINT,
    replies_muted BIGINT NOT NULL DEFAULT 0,
    flagged TEXT,
    flagged_by TEXT,
    escalated_at BIGINT
);
INSERT INTO ideas_rebuilt (id, user_id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at,
    pseudonym, country, region, claimed_by, claimed_org, claimed_at, reason, status_at, published_status,
    published_at, published_reason, notified_status, notify_claimed_at, discussed_event, discussed_at, discussed_region)
SELECT id, user_id, topic, problem, idea, beneficiaries, may_contact, locale, status, created_at,
    pseudonym, country, region, claimed_by, claimed_org, claimed_at, reason, status_at, published_status,
    published_at, published_reason, notified_status, notify_claimed_at, discussed_event, discussed_at, discussed_region
FROM ideas;
-- Ids of ideas deleted before (with their authors) are never given out again: old buttons
-- name them.
UPDATE sqlite_sequence SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE name IN ('ideas', 'ideas_rebuilt'))
WHERE name = 'ideas_rebuilt';
DROP TABLE ideas;
ALTER TABLE ideas_rebuilt RENAME TO ideas;
CREATE INDEX ideas_user_id ON ideas (user_id);
CREATE UNIQUE INDEX ideas_pseudonym ON ideas (pseudonym);
CREATE INDEX ideas_place ON ideas (country, region, topic);
CREATE INDEX ideas_unacknowledged ON ideas (claimed_at, escalated_at, created_at);

CREATE TABLE idea_views (
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, organisation)
);

CREATE TABLE idea_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    author TEXT NOT NULL,                -- the staff member's pseudonym ('deleted' once erased)
    organisation TEXT,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX idea_notes_idea ON idea_notes (idea_id);

CREATE TABLE idea_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    direction TEXT NOT NULL,             -- to_author | to_partner
    organisation TEXT,                   -- the organisation that answers (never a person's name)
    sender TEXT,                         -- the staff member's pseudonym (to_author), for the audit
    recipient TEXT,                      -- the claiming staff member's pseudonym (to_partner)
    template TEXT,                       -- a reply template's id: read in the author's language
    body TEXT,                           -- free text, relayed as written
    language TEXT,                       -- the language the free text was written in
    status TEXT NOT NULL,                -- pending | sending | sent | failed | skipped | unknown
    claimed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX idea_messages_due ON idea_messages (status, claimed_at);
CREATE INDEX idea_messages_idea ON idea_messages (idea_id);
