-- Ideas outlive their author's erasure as a tombstone ("withdrawn by the author": texts erased,
-- no link to anyone), so `user_id` becomes nullable (ON DELETE SET NULL).
-- Beside it: which organisations have seen an idea (the author's "seen by N"), partners'
-- internal notes (never shown to the author), the pseudonymous relay between a partner and the
-- author (written before it is sent, sent by the workers), flags, and the escalation of ideas
-- nobody acknowledged.
ALTER TABLE ideas ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE ideas DROP CONSTRAINT IF EXISTS ideas_user_id_fkey;
ALTER TABLE ideas ADD CONSTRAINT ideas_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE ideas ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE ideas ADD COLUMN replies_muted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN flagged TEXT;
ALTER TABLE ideas ADD COLUMN flagged_by TEXT;
ALTER TABLE ideas ADD COLUMN escalated_at BIGINT;
CREATE INDEX ideas_unacknowledged ON ideas (claimed_at, escalated_at, created_at);

CREATE TABLE idea_views (
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, organisation)
);

CREATE TABLE idea_notes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    author TEXT NOT NULL,                -- the staff member's pseudonym ('deleted' once erased)
    organisation TEXT,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX idea_notes_idea ON idea_notes (idea_id);

CREATE TABLE idea_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
