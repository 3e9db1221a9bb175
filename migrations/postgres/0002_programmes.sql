-- The programme catalogue, feedback counts per programme, and each user's latest match result
-- (for the unmet-needs report). Same intent and version as sqlite/0002_programmes.sql.

CREATE TABLE programmes (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    sample BIGINT NOT NULL,
    data TEXT NOT NULL,                 -- the programme as JSON
    updated_at BIGINT NOT NULL
);

-- Counts only: who pressed is not kept.
CREATE TABLE programme_feedback (
    programme_id TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- saved | not_relevant
    count BIGINT NOT NULL,
    PRIMARY KEY (programme_id, kind)
);

CREATE TABLE match_results (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    goals TEXT NOT NULL,                -- goal codes, `,`-separated
    matches BIGINT NOT NULL,
    top_filter TEXT,                    -- the hard filter that excluded most programmes
    at BIGINT NOT NULL
);
