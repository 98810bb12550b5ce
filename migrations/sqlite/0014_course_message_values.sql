-- Lectern local store: a course message keeps the values of its text (issue 18), so `show` and
-- the workbench's messages screen can say it in the reader's language, as lesson issues are.
-- A JSON object by placeable name (`{"path": "lessons/1.md", "detail": "…"}`); NULL for a
-- message stored before this migration or without values, which is shown as it was stored.

ALTER TABLE course_messages ADD COLUMN args TEXT CHECK (args IS NULL OR json_valid(args));
