-- Lectern local store: the warnings and errors an import, a validate of a stored course or a
-- check said about a course, kept so an author can read them again later (issue 13).
--
-- Rows are replaced as a whole per `source` each time that action runs on the course (an
-- import replaces every source: the text they judged is gone). `seq` keeps the order the
-- action reported them in.

CREATE TABLE course_messages (
    id                INTEGER PRIMARY KEY,
    content_piece_id  INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    source            TEXT NOT NULL CHECK (source IN ('import', 'validate', 'check')),
    seq               INTEGER NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    code              TEXT NOT NULL,
    file              TEXT NOT NULL,
    line              INTEGER,
    col               INTEGER,
    message           TEXT NOT NULL,
    hint              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX course_messages_piece ON course_messages(content_piece_id, source, seq);

-- Full-text search over research too: the four reports and every text kept in
-- research_summary under its file name (`.md` reports, `.txt` notes). One row per text, kept in
-- step with market_research by triggers, so every writer (import, generation) is covered.
CREATE VIRTUAL TABLE research_fts USING fts5(
    content_piece_id UNINDEXED, name UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2', detail = 'column'
);
INSERT INTO research_fts(research_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER market_research_fts_insert AFTER INSERT ON market_research BEGIN
    INSERT INTO research_fts(content_piece_id, name, body)
    SELECT new.content_piece_id, name, body FROM (
        SELECT 'market_analysis' AS name, new.market_analysis AS body
        UNION ALL SELECT 'content_gaps', new.content_gaps
        UNION ALL SELECT 'differentiation', new.differentiation
        UNION ALL SELECT 'sources', new.sources
        UNION ALL SELECT key, value FROM json_each(new.research_summary) WHERE type = 'text'
    ) WHERE body IS NOT NULL;
END;
CREATE TRIGGER market_research_fts_delete AFTER DELETE ON market_research BEGIN
    DELETE FROM research_fts WHERE content_piece_id = old.content_piece_id;
END;
CREATE TRIGGER market_research_fts_update AFTER UPDATE ON market_research BEGIN
    DELETE FROM research_fts WHERE content_piece_id = old.content_piece_id;
    INSERT INTO research_fts(content_piece_id, name, body)
    SELECT new.content_piece_id, name, body FROM (
        SELECT 'market_analysis' AS name, new.market_analysis AS body
        UNION ALL SELECT 'content_gaps', new.content_gaps
        UNION ALL SELECT 'differentiation', new.differentiation
        UNION ALL SELECT 'sources', new.sources
        UNION ALL SELECT key, value FROM json_each(new.research_summary) WHERE type = 'text'
    ) WHERE body IS NOT NULL;
END;
-- Research stored before this migration.
INSERT INTO research_fts(content_piece_id, name, body)
    SELECT content_piece_id, name, body FROM (
        SELECT content_piece_id, 'market_analysis' AS name, market_analysis AS body
            FROM market_research
        UNION ALL SELECT content_piece_id, 'content_gaps', content_gaps FROM market_research
        UNION ALL SELECT content_piece_id, 'differentiation', differentiation FROM market_research
        UNION ALL SELECT content_piece_id, 'sources', sources FROM market_research
        UNION ALL SELECT m.content_piece_id, j.key, j.value
            FROM market_research m, json_each(m.research_summary) j WHERE j.type = 'text'
    ) WHERE body IS NOT NULL;
