-- Full-text search over course briefs too (the workbench's search covers "every lesson and
-- brief"). Same shape as the lesson index: external content over course_metadata, kept in sync
-- by triggers, diacritics folded, no token positions (search is "all these words").

CREATE VIRTUAL TABLE brief_fts USING fts5(
    brief_markdown,
    content = 'course_metadata', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', detail = 'column'
);
CREATE TRIGGER course_metadata_fts_insert AFTER INSERT ON course_metadata BEGIN
    INSERT INTO brief_fts(rowid, brief_markdown) VALUES (new.id, coalesce(new.brief_markdown, ''));
END;
CREATE TRIGGER course_metadata_fts_delete AFTER DELETE ON course_metadata BEGIN
    INSERT INTO brief_fts(brief_fts, rowid, brief_markdown)
    VALUES ('delete', old.id, coalesce(old.brief_markdown, ''));
END;
CREATE TRIGGER course_metadata_fts_update AFTER UPDATE OF brief_markdown ON course_metadata BEGIN
    INSERT INTO brief_fts(brief_fts, rowid, brief_markdown)
    VALUES ('delete', old.id, coalesce(old.brief_markdown, ''));
    INSERT INTO brief_fts(rowid, brief_markdown) VALUES (new.id, coalesce(new.brief_markdown, ''));
END;
-- Briefs stored before this migration.
INSERT INTO brief_fts(rowid, brief_markdown)
    SELECT id, coalesce(brief_markdown, '') FROM course_metadata;
