-- Lectern local store: revisions (issue 12). Every change of a text — a lesson, the brief, the
-- curriculum, a research report, the course's status — appends one row here in the same
-- transaction as the change, so nothing an author writes is ever lost. Rows are never updated
-- or deleted (no ON DELETE CASCADE: a course with history cannot be dropped by accident).
--
-- Texts live in `revision_blobs`, content-addressed by sha256 (identical text stored once),
-- deflated, and usually as a line delta against the parent revision's text, with a full text
-- every few dozen revisions so rebuilding one stays cheap.

CREATE TABLE revision_blobs (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    -- NULL: `data` is the whole text; otherwise a delta against this blob's text.
    base_sha256  TEXT REFERENCES revision_blobs(sha256),
    depth        INTEGER NOT NULL DEFAULT 0 CHECK (depth >= 0),
    size         INTEGER NOT NULL CHECK (size >= 0),
    data         BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE revisions (
    seq               INTEGER PRIMARY KEY,
    -- UUIDv7: globally unique (sync exchanges revisions), time-ordered.
    id                TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    content_piece_id  INTEGER NOT NULL REFERENCES content_pieces(id),
    -- `lesson/<lesson_id>`, `brief`, `curriculum`, `research/<name>`, `status`.
    target            TEXT NOT NULL,
    parent_id         TEXT REFERENCES revisions(id),
    created_at        TEXT NOT NULL,
    source            TEXT NOT NULL CHECK (source IN ('imported', 'reimported', 'edited',
                          'cli-set', 'external-editor', 'generated', 'restored', 'undo',
                          'migrated', 'synced', 'merged')),
    provider          TEXT,
    model             TEXT,
    author            TEXT NOT NULL,
    -- Whose text this is: a person's, an import's, a real model's, or an offline draft.
    origin            TEXT NOT NULL CHECK (origin IN ('person', 'imported', 'generated',
                          'offline-draft', 'empty')),
    gps_score         REAL,
    didatica_score    REAL,
    sha256            TEXT NOT NULL REFERENCES revision_blobs(sha256),
    -- Groups the revisions of one user action (a bulk regeneration, an undo…).
    action_id         TEXT NOT NULL,
    -- For source `undo`: the action it took back.
    undoes_action     TEXT,
    lines_added       INTEGER NOT NULL DEFAULT 0,
    lines_removed     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX revisions_target ON revisions(content_piece_id, target, seq);
CREATE INDEX revisions_action ON revisions(content_piece_id, action_id);

-- Whose text a lesson holds now (the head revision's origin), so counts need no join.
ALTER TABLE course_lessons ADD COLUMN origin TEXT
    CHECK (origin IS NULL OR origin IN ('person', 'imported', 'generated', 'offline-draft', 'empty'));

-- The library's counts read the summary index alone (migration 0008); drafts are counted
-- apart, so the index carries the origin too.
DROP INDEX course_lessons_summary;
CREATE INDEX course_lessons_summary ON course_lessons (
    content_piece_id, validation_status, gps_score, didatica_score, updated_at,
    (content_markdown IS NULL), origin
);

-- The Rust side of this migration (storage/revisions_legacy.rs) turns course_versions
-- snapshots and today's texts into revisions, then deletes this row, in one transaction.
CREATE TABLE revision_backfill (pending INTEGER NOT NULL);
INSERT INTO revision_backfill VALUES (1);
