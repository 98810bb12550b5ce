-- Lectern local store: learner outcomes per lesson and the analytics' reads (issue 15).
--
-- `content_performance` (CreatorOS §9.1) keeps every design column; a row already names its
-- course (`content_piece_id`) and, for a lesson's figures, the lesson (`lesson_row_id`). What
-- a course platform exports per lesson and the design lacked: how many learners completed it,
-- their average rating, and where the row came from (file and line), so a report can say
-- which import it rests on. `lectern performance import` keeps one row per lesson (the unique
-- index below): importing a lesson again replaces its row.
ALTER TABLE content_performance ADD COLUMN completions INTEGER CHECK (completions >= 0);
ALTER TABLE content_performance ADD COLUMN avg_rating REAL CHECK (avg_rating >= 0);
ALTER TABLE content_performance ADD COLUMN source TEXT;
CREATE UNIQUE INDEX content_performance_lesson ON content_performance(lesson_row_id)
    WHERE lesson_row_id IS NOT NULL;

-- The analytics sum per course and module (storage/analytics.rs) from this index alone: the
-- scores, the origin, and the element points and GPS parts as expressions over score_details,
-- which sits behind the lesson's text in the row (reading it from the table would step over
-- every lesson's text). The expressions must be spelled exactly as in the queries.
CREATE INDEX course_lessons_analytics ON course_lessons (
    content_piece_id, module_number, gps_score, didatica_score, gps_valid, origin,
    json_extract(score_details, '$.didatica.element_scores.hook_emocional'),
    json_extract(score_details, '$.didatica.element_scores.conceitos_primordiais'),
    json_extract(score_details, '$.didatica.element_scores.link_transicao'),
    json_extract(score_details, '$.didatica.element_scores.pergunta_reflexiva'),
    json_extract(score_details, '$.didatica.element_scores.analogias_diagramas'),
    json_extract(score_details, '$.didatica.element_scores.revisao_estruturada'),
    json_extract(score_details, '$.didatica.element_scores.acao_rapida'),
    json_extract(score_details, '$.gps.has_goal'),
    json_extract(score_details, '$.gps.has_position'),
    json_extract(score_details, '$.gps.has_steps')
);

-- Trends read every lesson revision's scores in order per lesson (a window over target, seq).
-- revisions_target already orders them; carrying the two scores lets the read skip the wide
-- revision rows. It replaces revisions_target (same leading columns), so a revision still
-- updates the same number of indexes.
DROP INDEX revisions_target;
CREATE INDEX revisions_target ON revisions (content_piece_id, target, seq, gps_score, didatica_score);
