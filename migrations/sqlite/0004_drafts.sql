-- Lectern local store: unsaved editor text (issue 6), so a crash or `kill -9` loses nothing.
--
-- One row per (course, kind, lesson): the brief and the curriculum use lesson_id '' because
-- NULLs never collide in a UNIQUE constraint. A row is written every few seconds while an
-- editor is dirty and removed when the text is saved or discarded. `base_sha256` is the hash
-- of the saved text the draft started from, so a restore offer can tell whether the saved text
-- moved on meanwhile.

CREATE TABLE drafts (
    id                INTEGER PRIMARY KEY,
    content_piece_id  INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('brief', 'curriculum', 'lesson')),
    lesson_id         TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL,
    base_sha256       TEXT CHECK (base_sha256 IS NULL OR length(base_sha256) = 64),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (content_piece_id, kind, lesson_id)
);
