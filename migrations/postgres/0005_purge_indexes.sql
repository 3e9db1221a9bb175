-- The retention purge walks idle users by (last_seen, id) and unconsented ones by
-- (created_at, id), a page at a time, instead of scanning the whole table in one transaction.
CREATE INDEX users_last_seen_id ON users (last_seen, id);
CREATE INDEX users_created_at_id ON users (created_at, id);
DROP INDEX users_created_at;
