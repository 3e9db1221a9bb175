-- sifor's first schema (SQLite). Same intent and version as postgres/0001_init.sql.
-- Only BIGINT and TEXT columns: times are Unix seconds, flags 0/1 (the portable subset of sqlx Any).

CREATE TABLE users (
    id BIGINT PRIMARY KEY,              -- Telegram user id
    chat_id BIGINT NOT NULL,
    pseudonym TEXT NOT NULL UNIQUE,     -- e.g. R-7F3K; the only name partners ever see
    locale TEXT,                        -- the language the user chose
    role TEXT NOT NULL DEFAULT 'user',  -- user | coordinator | partner | admin
    muted BIGINT NOT NULL DEFAULT 0,    -- /stop: no announcements
    unreachable_since BIGINT,           -- blocked the bot or deactivated
    came_from TEXT,                     -- deep-link payload of /start
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL
);
CREATE INDEX users_created_at ON users (created_at);

-- One row per purpose (profile, announcements, ideas): the latest decision.
CREATE TABLE consents (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    granted BIGINT NOT NULL,
    policy_version TEXT NOT NULL,
    locale TEXT NOT NULL,
    decided_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, purpose)
);

CREATE TABLE sessions (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    flow TEXT,
    content_hash TEXT,
    step TEXT,
    nonce BIGINT,
    state TEXT NOT NULL,                -- JSON: history, answers in progress, screen
    version BIGINT NOT NULL,            -- optimistic concurrency: every write adds one
    updated_at BIGINT NOT NULL
);
CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- The profile: answers kept for matching, only with the profile consent.
CREATE TABLE answers (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    flow TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE ideas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    problem TEXT NOT NULL,
    idea TEXT NOT NULL,
    beneficiaries TEXT NOT NULL,
    may_contact BIGINT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    created_at BIGINT NOT NULL
);
CREATE INDEX ideas_user_id ON ideas (user_id);

-- Who did what to whom: pseudonyms, ids and counts, never what a user wrote.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT
);
CREATE INDEX audit_log_subject ON audit_log (subject);
CREATE INDEX audit_log_actor ON audit_log (actor);
