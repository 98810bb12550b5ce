-- The library's per-course counts and averages (lessons, planned, GPS, Didática, passed /
-- warning / failed, last change) are read from this index alone: reading the lesson rows
-- meant stepping over each lesson's text to reach the score columns behind it. It has the
-- leading columns of course_lessons_validation, which it replaces (per-course status filters
-- use it the same way), so writing a lesson still updates the same number of indexes.
DROP INDEX course_lessons_validation;
CREATE INDEX course_lessons_summary ON course_lessons (
    content_piece_id, validation_status, gps_score, didatica_score, updated_at,
    (content_markdown IS NULL)
);
