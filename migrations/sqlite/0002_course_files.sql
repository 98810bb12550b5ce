-- Lectern local store, version 2: where a course's non-lesson files came from.
--
-- Lessons already keep their file_path, sha256 and encoding in course_lessons. The brief, the
-- curriculum, the outline and the research reports are stored as text in course_metadata and
-- market_research, which loses their file names (`research/01-market-analysis.md`,
-- `curriculum.yml`), byte-order marks and original hashes. This table keeps them so an export
-- can write every file back under its own name, byte for byte, and `lectern check` can compare
-- a folder by hash. Rows are replaced as a whole on every import of the course.

CREATE TABLE course_files (
    id                INTEGER PRIMARY KEY,
    content_piece_id  INTEGER NOT NULL REFERENCES content_pieces(id) ON DELETE CASCADE,
    role              TEXT NOT NULL CHECK (role IN ('brief', 'curriculum', 'outline', 'research')),
    -- For research: the market_research column (market_analysis, content_gaps, differentiation,
    -- sources) or `summary` when the text is kept in research_summary under the file name.
    slot              TEXT,
    file_path         TEXT NOT NULL,
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    source_encoding   TEXT NOT NULL,
    UNIQUE (content_piece_id, file_path)
);
CREATE INDEX course_files_piece ON course_files(content_piece_id);
