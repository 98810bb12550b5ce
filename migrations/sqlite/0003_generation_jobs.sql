-- Lectern local store, version 3: generation jobs, so an interrupted run (crash, kill -9,
-- Ctrl-C) can be resumed without generating any lesson twice or skipping one (the reference
-- never wrote per-lesson checkpoints, spec §7.4 Q-32).
--
-- A job lists its lessons as items. An item becomes `done` in the same transaction that
-- stores the lesson's new content, so after a crash every item is either stored-and-done or
-- still pending. API keys are never stored: `settings` holds provider options only.

CREATE TABLE generation_jobs (
    id                 INTEGER PRIMARY KEY,
    content_piece_id   INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL DEFAULT 'lessons'
                       CHECK (kind IN ('lessons', 'curriculum', 'research')),
    status             TEXT NOT NULL DEFAULT 'running'
                       CHECK (status IN ('running', 'cancelled', 'finished')),
    provider           TEXT NOT NULL,
    model              TEXT NOT NULL,
    settings           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    -- sha256 of the curriculum when the job was planned; resume refuses if it changed.
    curriculum_sha256  TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at        TEXT
);
CREATE INDEX generation_jobs_piece ON generation_jobs(content_piece_id, status);

CREATE TABLE generation_job_items (
    id           INTEGER PRIMARY KEY,
    job_id       INTEGER NOT NULL REFERENCES generation_jobs(id) ON DELETE CASCADE,
    lesson_id    TEXT NOT NULL,
    position     INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    -- Every attempt's scores, failing codes and usage (JSON array), kept even when discarded.
    attempts     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attempts)),
    error        TEXT,
    cost_usd     REAL,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (job_id, lesson_id)
);
