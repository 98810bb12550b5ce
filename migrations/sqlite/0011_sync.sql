-- Lectern local store: optional sync to PostgreSQL (issue 14).
--
-- Nothing here costs anything until `lectern sync` runs once: the triggers record changes only
-- while `sync_state.mode` is 1 (set, with every existing row and revision queued, by the first
-- sync). Mode 2 marks a pull being applied, whose writes must not be queued back.
-- Drafts, generation jobs and messages are local-only and have no triggers.

CREATE TABLE sync_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    -- UUIDv7, made by the first sync (a copy of an unsynced file then gets its own).
    replica_id         TEXT,
    -- 0 off, 1 recording changes, 2 applying a pull.
    mode               INTEGER NOT NULL DEFAULT 0 CHECK (mode IN (0, 1, 2)),
    -- Last server log sequence applied here.
    pull_cursor        INTEGER NOT NULL DEFAULT 0,
    -- Highest mutation id the server acknowledged for this replica id.
    acked_mutation_id  INTEGER NOT NULL DEFAULT 0,
    last_sync_at       TEXT,
    server             TEXT
);
INSERT INTO sync_state (id) VALUES (1);

-- Local changes not yet acknowledged by the server, in the order they were made. `key` is the
-- revision id (kind `revision`), a row's natural key as a JSON array (kind `row`), or a
-- conflict id (kind `resolve`). `payload` is filled when a row change is frozen for a push
-- (its fields' old and new values), so a retried push sends exactly what the first one did.
CREATE TABLE sync_outbox (
    mutation_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('revision', 'row', 'resolve')),
    key          TEXT NOT NULL,
    payload      TEXT CHECK (payload IS NULL OR json_valid(payload))
);

-- Each synced row's fields as last queued or pulled: the base a field-by-field merge needs.
CREATE TABLE sync_shadow (
    key     TEXT PRIMARY KEY,
    fields  TEXT NOT NULL CHECK (json_valid(fields))
) WITHOUT ROWID;

-- Conflicts the server recorded: a text both sides changed with overlapping edits, or one
-- field changed both ways. Both revisions (or values) are kept until a person resolves it.
CREATE TABLE sync_conflicts (
    id            TEXT PRIMARY KEY,
    course        TEXT NOT NULL,
    target        TEXT NOT NULL,
    base_id       TEXT,
    mine_id       TEXT,
    theirs_id     TEXT,
    mine_value    TEXT,
    theirs_value  TEXT,
    mine_author   TEXT,
    theirs_author TEXT,
    mine_at       TEXT,
    theirs_at     TEXT,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    created_at    TEXT NOT NULL,
    resolved_by   TEXT,
    resolved_at   TEXT
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_open ON sync_conflicts(state, course, target);

-- The second parent of a merged revision (source `merged`).
ALTER TABLE revisions ADD COLUMN merge_parent_id TEXT;

CREATE TRIGGER sync_revisions_insert AFTER INSERT ON revisions
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) VALUES ('revision', new.id);
END;

CREATE TRIGGER sync_minds_insert AFTER INSERT ON minds
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('minds', new.slug));
END;
CREATE TRIGGER sync_minds_update AFTER UPDATE ON minds
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('minds', old.slug)
        WHERE old.slug IS NOT new.slug;
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('minds', new.slug));
END;
CREATE TRIGGER sync_minds_delete AFTER DELETE ON minds
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('minds', old.slug));
END;

CREATE TRIGGER sync_courses_insert AFTER INSERT ON content_pieces
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('course', new.piece_slug));
END;
CREATE TRIGGER sync_courses_update AFTER UPDATE ON content_pieces
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('course', old.piece_slug)
        WHERE old.piece_slug IS NOT new.piece_slug;
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('course', new.piece_slug));
END;
CREATE TRIGGER sync_courses_delete AFTER DELETE ON content_pieces
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) VALUES ('row', json_array('course', old.piece_slug));
END;

CREATE TRIGGER sync_metadata_insert AFTER INSERT ON course_metadata
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('metadata', piece_slug)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_metadata_update AFTER UPDATE ON course_metadata
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('metadata', piece_slug)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_metadata_delete AFTER DELETE ON course_metadata
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('metadata', piece_slug)
        FROM content_pieces WHERE id = old.content_piece_id;
END;

CREATE TRIGGER sync_research_insert AFTER INSERT ON market_research
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('research', piece_slug)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_research_update AFTER UPDATE ON market_research
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('research', piece_slug)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_research_delete AFTER DELETE ON market_research
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('research', piece_slug)
        FROM content_pieces WHERE id = old.content_piece_id;
END;

CREATE TRIGGER sync_lessons_insert AFTER INSERT ON course_lessons
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('lesson', piece_slug, new.lesson_id)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_lessons_update AFTER UPDATE ON course_lessons
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('lesson', piece_slug, old.lesson_id)
        FROM content_pieces WHERE id = old.content_piece_id AND old.lesson_id IS NOT new.lesson_id;
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('lesson', piece_slug, new.lesson_id)
        FROM content_pieces WHERE id = new.content_piece_id;
END;
CREATE TRIGGER sync_lessons_delete AFTER DELETE ON course_lessons
WHEN (SELECT mode FROM sync_state) = 1 BEGIN
    INSERT INTO sync_outbox (kind, key) SELECT 'row', json_array('lesson', piece_slug, old.lesson_id)
        FROM content_pieces WHERE id = old.content_piece_id;
END;
