-- Ideas reach the partners whose scope covers them: each idea gets a pseudonym of its own
-- (I-XXXX; older ideas get one when the app opens), the author's place at the time (only
-- with the profile consent), and what partners did with it: who claimed it for which
-- organisation, the status set (and its reason), the status published to the author and when,
-- and the status their last message was about (a worker sends each published change).
ALTER TABLE ideas ADD COLUMN pseudonym TEXT;
ALTER TABLE ideas ADD COLUMN country TEXT;
ALTER TABLE ideas ADD COLUMN region TEXT;
ALTER TABLE ideas ADD COLUMN claimed_by TEXT;
ALTER TABLE ideas ADD COLUMN claimed_org TEXT;
ALTER TABLE ideas ADD COLUMN claimed_at BIGINT;
ALTER TABLE ideas ADD COLUMN reason TEXT;
ALTER TABLE ideas ADD COLUMN status_at BIGINT;
ALTER TABLE ideas ADD COLUMN published_status TEXT;
ALTER TABLE ideas ADD COLUMN published_at BIGINT;
ALTER TABLE ideas ADD COLUMN published_reason TEXT;
ALTER TABLE ideas ADD COLUMN notified_status TEXT;
ALTER TABLE ideas ADD COLUMN notify_claimed_at BIGINT;
UPDATE ideas SET status = 'received' WHERE status = 'new';
UPDATE ideas SET published_status = status, notified_status = status;
CREATE UNIQUE INDEX ideas_pseudonym ON ideas (pseudonym);
CREATE INDEX ideas_place ON ideas (country, region, topic);
