-- Staff: the scope of each grant (the role itself is users.role), single-use invitations stored
-- as hashes, and which command menu each chat was last given.

-- Nobody could be granted a role before this: a role set by hand without a scope is undone.
UPDATE users SET role = 'refugee' WHERE role <> 'refugee';

CREATE TABLE staff (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    regions TEXT NOT NULL,              -- comma list of region or country codes
    topics TEXT NOT NULL,               -- comma list of idea topics; empty: every topic
    organisation TEXT,
    granted_at BIGINT NOT NULL,
    granted_by TEXT NOT NULL            -- the admin's pseudonym, or 'cli'
);

CREATE TABLE invites (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,    -- SHA-256 of the token; the token itself is never stored
    role TEXT NOT NULL,
    regions TEXT NOT NULL,
    topics TEXT NOT NULL,
    organisation TEXT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by TEXT,                       -- the pseudonym of who accepted it
    revoked_at BIGINT
);

-- The role whose command menu the chat has now ('refugee': the menu of everyone).
ALTER TABLE users ADD COLUMN menu TEXT NOT NULL DEFAULT 'refugee';
