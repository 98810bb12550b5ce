-- Lectern local store, version 1: the CreatorOS design schema (creatoros-reference §9.1)
-- with two deliberate differences documented in docs/schema.md:
--   * lessons are unique per (course, lesson_id), not per (course, module, lesson), because real
--     courses ship two files numbered 2.1 and both must be kept;
--   * each lesson stores the sha256 of its original bytes and the rubric its scores came from.
-- Timestamps are ISO-8601 UTC text; JSON columns hold valid JSON (checked).

CREATE TABLE minds (
    id             INTEGER PRIMARY KEY,
    slug           TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    short_bio      TEXT,
    voice_profile  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(voice_profile)),
    system_prompt  TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE content_pieces (
    id                    INTEGER PRIMARY KEY,
    piece_slug            TEXT NOT NULL UNIQUE CHECK (length(piece_slug) BETWEEN 1 AND 120),
    content_type          TEXT NOT NULL DEFAULT 'course',
    title                 TEXT NOT NULL,
    subtitle              TEXT,
    persona_mind_id       INTEGER REFERENCES minds(id) ON DELETE SET NULL,
    keywords              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
    status                TEXT NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'published', 'archived')),
    voice_fidelity_score  REAL CHECK (voice_fidelity_score BETWEEN 0 AND 1),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX content_pieces_persona ON content_pieces(persona_mind_id);

CREATE TABLE course_metadata (
    id                      INTEGER PRIMARY KEY,
    content_piece_id        INTEGER NOT NULL UNIQUE REFERENCES content_pieces(id) ON DELETE CASCADE,
    brief_markdown          TEXT,
    brief_file_name         TEXT,
    brief_fields            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(brief_fields)),
    icp                     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(icp)),
    learning_objectives     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(learning_objectives)),
    voice                   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(voice)),
    format                  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(format)),
    commercial              TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(commercial)),
    context                 TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
    curriculum              TEXT CHECK (curriculum IS NULL OR json_valid(curriculum)),
    curriculum_yaml         TEXT,
    curriculum_approved_at  TEXT,
    outline_markdown        TEXT,
    pedagogical_framework   TEXT NOT NULL DEFAULT 'GPS + Didática Lendária',
    total_modules           INTEGER NOT NULL DEFAULT 0 CHECK (total_modules >= 0),
    total_lessons           INTEGER NOT NULL DEFAULT 0 CHECK (total_lessons >= 0),
    total_duration_minutes  INTEGER CHECK (total_duration_minutes >= 0),
    course_type             TEXT CHECK (course_type IN ('technical', 'conceptual', 'mixed')),
    tool_name               TEXT,
    knowledge_level         TEXT,
    rubric                  TEXT NOT NULL DEFAULT 'creatoros',
    source_path             TEXT,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE course_lessons (
    id                           INTEGER PRIMARY KEY,
    content_piece_id             INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    module_number                INTEGER,
    lesson_number                INTEGER,
    lesson_id                    TEXT NOT NULL,
    sort_order                   INTEGER NOT NULL DEFAULT 0,
    title                        TEXT NOT NULL,
    slug                         TEXT,
    content_markdown             TEXT,          -- NULL for a planned lesson with no content yet
    word_count                   INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
    gps_valid                    INTEGER CHECK (gps_valid IN (0, 1)),
    gps_score                    REAL CHECK (gps_score BETWEEN 0 AND 1),
    didatica_score               REAL CHECK (didatica_score BETWEEN 0 AND 1),
    score_details                TEXT CHECK (score_details IS NULL OR json_valid(score_details)),
    bloom_level                  TEXT,
    learning_objectives          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(learning_objectives)),
    key_concepts                 TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_concepts)),
    duration_minutes             INTEGER CHECK (duration_minutes >= 0),
    status                       TEXT NOT NULL DEFAULT 'draft'
                                 CHECK (status IN ('draft', 'reviewed', 'published', 'archived')),
    validation_status            TEXT CHECK (validation_status IN ('passed', 'warning', 'failed')),
    validation_issues            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(validation_issues)),
    rubric                       TEXT,
    content_sha256               TEXT CHECK (content_sha256 IS NULL OR length(content_sha256) = 64),
    source_encoding              TEXT,
    generation_provider          TEXT,
    generation_model             TEXT,
    generation_duration_seconds  REAL,
    generation_cost_usd          REAL,
    tokens_input                 INTEGER,
    tokens_output                INTEGER,
    retry_count                  INTEGER NOT NULL DEFAULT 0,
    file_path                    TEXT,
    created_at                   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at                   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (content_piece_id, lesson_id)
);
CREATE INDEX course_lessons_order ON course_lessons(content_piece_id, sort_order);
CREATE INDEX course_lessons_validation ON course_lessons(content_piece_id, validation_status);

CREATE TABLE market_research (
    id                    INTEGER PRIMARY KEY,
    content_piece_id      INTEGER NOT NULL UNIQUE REFERENCES content_pieces(id) ON DELETE CASCADE,
    market_analysis       TEXT,
    content_gaps          TEXT,
    differentiation       TEXT,
    sources               TEXT,
    research_summary      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(research_summary)),
    competitors_analyzed  INTEGER NOT NULL DEFAULT 0,
    pricing_analysis      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(pricing_analysis)),
    positioning           TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE content_performance (
    id                   INTEGER PRIMARY KEY,
    content_piece_id     INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    lesson_row_id        INTEGER REFERENCES course_lessons(id) ON DELETE CASCADE,
    period_start         TEXT,
    period_end           TEXT,
    views                INTEGER NOT NULL DEFAULT 0,
    unique_visitors      INTEGER NOT NULL DEFAULT 0,
    avg_time_seconds     REAL,
    completion_rate      REAL CHECK (completion_rate BETWEEN 0 AND 1),
    engagement_rate      REAL CHECK (engagement_rate BETWEEN 0 AND 1),
    conversion_rate      REAL CHECK (conversion_rate BETWEEN 0 AND 1),
    search_impressions   INTEGER,
    search_clicks        INTEGER,
    search_position      REAL,
    learnings            TEXT,
    recorded_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX content_performance_piece ON content_performance(content_piece_id);

CREATE TABLE course_versions (
    id                 INTEGER PRIMARY KEY,
    content_piece_id   INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    version_number     INTEGER NOT NULL CHECK (version_number >= 1),
    metadata_snapshot  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata_snapshot)),
    lessons_snapshot   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(lessons_snapshot)),
    changed_by         TEXT,
    change_summary     TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (content_piece_id, version_number)
);

-- Full-text search. External-content FTS5 tables mirror the lesson and course rows; triggers
-- keep them in sync so no code path can forget to. unicode61 with diacritics removed lets
-- "aula introducao" find "Aula: Introdução". Lessons are indexed with detail = 'column' (no
-- token positions): it makes importing a third faster, and search only needs "all these words".
CREATE VIRTUAL TABLE lesson_fts USING fts5(
    title, content_markdown,
    content = 'course_lessons', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', detail = 'column'
);
CREATE TRIGGER course_lessons_fts_insert AFTER INSERT ON course_lessons BEGIN
    INSERT INTO lesson_fts(rowid, title, content_markdown)
    VALUES (new.id, new.title, coalesce(new.content_markdown, ''));
END;
CREATE TRIGGER course_lessons_fts_delete AFTER DELETE ON course_lessons BEGIN
    INSERT INTO lesson_fts(lesson_fts, rowid, title, content_markdown)
    VALUES ('delete', old.id, old.title, coalesce(old.content_markdown, ''));
END;
CREATE TRIGGER course_lessons_fts_update AFTER UPDATE OF title, content_markdown ON course_lessons BEGIN
    INSERT INTO lesson_fts(lesson_fts, rowid, title, content_markdown)
    VALUES ('delete', old.id, old.title, coalesce(old.content_markdown, ''));
    INSERT INTO lesson_fts(rowid, title, content_markdown)
    VALUES (new.id, new.title, coalesce(new.content_markdown, ''));
END;

CREATE VIRTUAL TABLE course_fts USING fts5(
    title, keywords,
    content = 'content_pieces', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER content_pieces_fts_insert AFTER INSERT ON content_pieces BEGIN
    INSERT INTO course_fts(rowid, title, keywords) VALUES (new.id, new.title, new.keywords);
END;
CREATE TRIGGER content_pieces_fts_delete AFTER DELETE ON content_pieces BEGIN
    INSERT INTO course_fts(course_fts, rowid, title, keywords)
    VALUES ('delete', old.id, old.title, old.keywords);
END;
CREATE TRIGGER content_pieces_fts_update AFTER UPDATE OF title, keywords ON content_pieces BEGIN
    INSERT INTO course_fts(course_fts, rowid, title, keywords)
    VALUES ('delete', old.id, old.title, old.keywords);
    INSERT INTO course_fts(rowid, title, keywords) VALUES (new.id, new.title, new.keywords);
END;
