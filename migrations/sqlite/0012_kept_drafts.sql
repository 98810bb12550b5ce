-- Lectern local store: a draft offered on open and set aside ("decide later") is kept until the
-- author restores or discards it, while new typing drafts beside it (issue 21, item 3).
--
-- `kept` = 0 is the editor's live draft (upserted while typing, removed on save); `kept` = 1
-- is a draft set aside from an offer. At most one of each per (course, kind, lesson), so the
-- UNIQUE constraint gains the column; SQLite cannot alter a constraint, hence the rebuild.

CREATE TABLE drafts_new (
    id                INTEGER PRIMARY KEY,
    content_piece_id  INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('brief', 'curriculum', 'lesson')),
    lesson_id         TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL,
    base_sha256       TEXT CHECK (base_sha256 IS NULL OR length(base_sha256) = 64),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    kept              INTEGER NOT NULL DEFAULT 0 CHECK (kept IN (0, 1)),
    UNIQUE (content_piece_id, kind, lesson_id, kept)
);

INSERT INTO drafts_new (id, content_piece_id, kind, lesson_id, text, base_sha256, updated_at)
    SELECT id, content_piece_id, kind, lesson_id, text, base_sha256, updated_at FROM drafts;

DROP TABLE drafts;
ALTER TABLE drafts_new RENAME TO drafts;
