-- Success stories, told by an organisation in one or more languages, with the credit the person
-- it is about chose. A story made from an idea waits for its author's answer (`consent`); only
-- a published story whose credit is not `none` and whose consent is given or not needed is
-- shown anywhere (the bot, the feed, the page).
CREATE TABLE stories (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,                  -- founder | pilot | measure
    country TEXT,
    region TEXT,
    sector TEXT,
    content TEXT NOT NULL,               -- JSON: texts per language, goals, link, organisation
    organisation TEXT NOT NULL,
    author TEXT NOT NULL,                -- the staff member's pseudonym, or 'cli'
    idea_id BIGINT REFERENCES ideas (id) ON DELETE SET NULL,
    credit TEXT NOT NULL,                -- anonymous | first_name | none
    first_name TEXT,
    consent TEXT NOT NULL,               -- not_needed | asked | approved | declined
    state TEXT NOT NULL,                 -- draft | published | withdrawn
    created_at BIGINT NOT NULL,
    published_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX stories_shown ON stories (state, consent, credit, published_at);
CREATE INDEX stories_idea ON stories (idea_id);

-- Whether the author of an idea agreed that its texts may be shown publicly (the feed, the
-- page, the dossier) once a status is published; off unless they said yes.
ALTER TABLE ideas ADD COLUMN public_display BIGINT NOT NULL DEFAULT 0;
