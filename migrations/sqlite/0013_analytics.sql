-- Lectern local store: learner outcomes per lesson and the analytics' running sums (issue 15).
--
-- `content_performance` (CreatorOS §9.1) keeps every design column; a row already names its
-- course (`content_piece_id`) and, for a lesson's figures, the lesson (`lesson_row_id`). What
-- a course platform exports per lesson and the design lacked: how many learners completed it,
-- their average rating, and where the row came from (file and line). `lectern performance
-- import` keeps one row per lesson (the unique index below): importing a lesson again replaces
-- its row.
ALTER TABLE content_performance ADD COLUMN completions INTEGER CHECK (completions >= 0);
ALTER TABLE content_performance ADD COLUMN avg_rating REAL CHECK (avg_rating >= 0);
ALTER TABLE content_performance ADD COLUMN source TEXT;
CREATE UNIQUE INDEX content_performance_lesson ON content_performance(lesson_row_id)
    WHERE lesson_row_id IS NOT NULL;

-- The dashboard, `lectern stats` and the report read sums, never the lessons: summing
-- 200,000 lesson rows took seconds (each row's element points sit in score_details, behind
-- its text), the sums of 40,000 modules take milliseconds. Triggers keep them in the same
-- transaction as every lesson write (insert, update, delete, a course's cascade), so they are
-- never stale; storage/analytics.rs can also recompute them from the lessons (a test compares
-- both).
--
-- One row per course and module (`module` -1: lessons without one). Every column is a count or
-- a sum of integer points: GPS 0–30 (and lessons at 0/10/20/30), Didática 0–100 (passed ≥ 70,
-- ten bands, 90–100 in the last), element points and GPS parts over lessons whose details are
-- stored (`detailed`), and lessons per origin.
CREATE TABLE analytics_sums (
    course_id INTEGER NOT NULL,
    module INTEGER NOT NULL,
    lessons INTEGER NOT NULL DEFAULT 0,
    scored INTEGER NOT NULL DEFAULT 0,
    gps_points INTEGER NOT NULL DEFAULT 0,
    gps_valid INTEGER NOT NULL DEFAULT 0,
    gps_0 INTEGER NOT NULL DEFAULT 0,
    gps_10 INTEGER NOT NULL DEFAULT 0,
    gps_20 INTEGER NOT NULL DEFAULT 0,
    gps_30 INTEGER NOT NULL DEFAULT 0,
    dl_points INTEGER NOT NULL DEFAULT 0,
    passed INTEGER NOT NULL DEFAULT 0,
    band_0 INTEGER NOT NULL DEFAULT 0,
    band_1 INTEGER NOT NULL DEFAULT 0,
    band_2 INTEGER NOT NULL DEFAULT 0,
    band_3 INTEGER NOT NULL DEFAULT 0,
    band_4 INTEGER NOT NULL DEFAULT 0,
    band_5 INTEGER NOT NULL DEFAULT 0,
    band_6 INTEGER NOT NULL DEFAULT 0,
    band_7 INTEGER NOT NULL DEFAULT 0,
    band_8 INTEGER NOT NULL DEFAULT 0,
    band_9 INTEGER NOT NULL DEFAULT 0,
    detailed INTEGER NOT NULL DEFAULT 0,
    el_hook_emocional INTEGER NOT NULL DEFAULT 0,
    el_conceitos_primordiais INTEGER NOT NULL DEFAULT 0,
    el_link_transicao INTEGER NOT NULL DEFAULT 0,
    el_pergunta_reflexiva INTEGER NOT NULL DEFAULT 0,
    el_analogias_diagramas INTEGER NOT NULL DEFAULT 0,
    el_revisao_estruturada INTEGER NOT NULL DEFAULT 0,
    el_acao_rapida INTEGER NOT NULL DEFAULT 0,
    has_goal INTEGER NOT NULL DEFAULT 0,
    has_position INTEGER NOT NULL DEFAULT 0,
    has_steps INTEGER NOT NULL DEFAULT 0,
    origin_imported INTEGER NOT NULL DEFAULT 0,
    origin_person INTEGER NOT NULL DEFAULT 0,
    origin_generated INTEGER NOT NULL DEFAULT 0,
    origin_offline INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id, module)
) WITHOUT ROWID;

-- Lessons per issue code (each lesson counted once per code).
CREATE TABLE analytics_codes (
    course_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    lessons INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id, code)
) WITHOUT ROWID;

-- Scored lesson revisions per step of their history (step k: each lesson's k-th scored
-- revision). Revisions are append-only, so only inserts count.
CREATE TABLE analytics_trend (
    course_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    lessons INTEGER NOT NULL DEFAULT 0,
    gps_points INTEGER NOT NULL DEFAULT 0,
    dl_points INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id, step)
) WITHOUT ROWID;

CREATE TRIGGER analytics_lessons_insert AFTER INSERT ON course_lessons BEGIN
    INSERT INTO analytics_sums (course_id, module, lessons, scored, gps_points, gps_valid, gps_0, gps_10, gps_20, gps_30, dl_points, passed, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9, detailed, el_hook_emocional, el_conceitos_primordiais, el_link_transicao, el_pergunta_reflexiva, el_analogias_diagramas, el_revisao_estruturada, el_acao_rapida, has_goal, has_position, has_steps, origin_imported, origin_person, origin_generated, origin_offline)
    VALUES (new.content_piece_id, coalesce(new.module_number, -1),
        1,
        (new.didatica_score IS NOT NULL),
        coalesce(CAST(round(new.gps_score * 30) AS INTEGER), 0),
        coalesce(new.gps_valid, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 0, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 1, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 2, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 3, 0),
        coalesce(CAST(round(new.didatica_score * 100) AS INTEGER), 0),
        coalesce(round(new.didatica_score * 100) >= 70, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 0, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 1, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 2, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 3, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 4, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 5, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 6, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 7, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 8, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 9, 0),
        (json_extract(new.score_details, '$.didatica.element_scores.hook_emocional') IS NOT NULL),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.hook_emocional'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.conceitos_primordiais'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.link_transicao'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.pergunta_reflexiva'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.analogias_diagramas'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.revisao_estruturada'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.acao_rapida'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_goal'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_position'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_steps'), 0),
        coalesce(new.origin = 'imported', 0),
        coalesce(new.origin = 'person', 0),
        coalesce(new.origin = 'generated', 0),
        coalesce(new.origin = 'offline-draft', 0))
    ON CONFLICT (course_id, module) DO UPDATE SET
        lessons = lessons + excluded.lessons,
        scored = scored + excluded.scored,
        gps_points = gps_points + excluded.gps_points,
        gps_valid = gps_valid + excluded.gps_valid,
        gps_0 = gps_0 + excluded.gps_0,
        gps_10 = gps_10 + excluded.gps_10,
        gps_20 = gps_20 + excluded.gps_20,
        gps_30 = gps_30 + excluded.gps_30,
        dl_points = dl_points + excluded.dl_points,
        passed = passed + excluded.passed,
        band_0 = band_0 + excluded.band_0,
        band_1 = band_1 + excluded.band_1,
        band_2 = band_2 + excluded.band_2,
        band_3 = band_3 + excluded.band_3,
        band_4 = band_4 + excluded.band_4,
        band_5 = band_5 + excluded.band_5,
        band_6 = band_6 + excluded.band_6,
        band_7 = band_7 + excluded.band_7,
        band_8 = band_8 + excluded.band_8,
        band_9 = band_9 + excluded.band_9,
        detailed = detailed + excluded.detailed,
        el_hook_emocional = el_hook_emocional + excluded.el_hook_emocional,
        el_conceitos_primordiais = el_conceitos_primordiais + excluded.el_conceitos_primordiais,
        el_link_transicao = el_link_transicao + excluded.el_link_transicao,
        el_pergunta_reflexiva = el_pergunta_reflexiva + excluded.el_pergunta_reflexiva,
        el_analogias_diagramas = el_analogias_diagramas + excluded.el_analogias_diagramas,
        el_revisao_estruturada = el_revisao_estruturada + excluded.el_revisao_estruturada,
        el_acao_rapida = el_acao_rapida + excluded.el_acao_rapida,
        has_goal = has_goal + excluded.has_goal,
        has_position = has_position + excluded.has_position,
        has_steps = has_steps + excluded.has_steps,
        origin_imported = origin_imported + excluded.origin_imported,
        origin_person = origin_person + excluded.origin_person,
        origin_generated = origin_generated + excluded.origin_generated,
        origin_offline = origin_offline + excluded.origin_offline;
    INSERT INTO analytics_codes (course_id, code, lessons)
    SELECT DISTINCT new.content_piece_id, value ->> '$.code', 1 FROM json_each(new.validation_issues)
    WHERE value ->> '$.code' IS NOT NULL
    ON CONFLICT (course_id, code) DO UPDATE SET lessons = lessons + 1;
END;

CREATE TRIGGER analytics_lessons_delete AFTER DELETE ON course_lessons BEGIN
    INSERT INTO analytics_sums (course_id, module, lessons, scored, gps_points, gps_valid, gps_0, gps_10, gps_20, gps_30, dl_points, passed, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9, detailed, el_hook_emocional, el_conceitos_primordiais, el_link_transicao, el_pergunta_reflexiva, el_analogias_diagramas, el_revisao_estruturada, el_acao_rapida, has_goal, has_position, has_steps, origin_imported, origin_person, origin_generated, origin_offline)
    VALUES (old.content_piece_id, coalesce(old.module_number, -1),
        -(1),
        -((old.didatica_score IS NOT NULL)),
        -(coalesce(CAST(round(old.gps_score * 30) AS INTEGER), 0)),
        -(coalesce(old.gps_valid, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 0, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 1, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 2, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 3, 0)),
        -(coalesce(CAST(round(old.didatica_score * 100) AS INTEGER), 0)),
        -(coalesce(round(old.didatica_score * 100) >= 70, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 0, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 1, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 2, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 3, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 4, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 5, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 6, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 7, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 8, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 9, 0)),
        -((json_extract(old.score_details, '$.didatica.element_scores.hook_emocional') IS NOT NULL)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.hook_emocional'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.conceitos_primordiais'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.link_transicao'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.pergunta_reflexiva'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.analogias_diagramas'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.revisao_estruturada'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.acao_rapida'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_goal'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_position'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_steps'), 0)),
        -(coalesce(old.origin = 'imported', 0)),
        -(coalesce(old.origin = 'person', 0)),
        -(coalesce(old.origin = 'generated', 0)),
        -(coalesce(old.origin = 'offline-draft', 0)))
    ON CONFLICT (course_id, module) DO UPDATE SET
        lessons = lessons + excluded.lessons,
        scored = scored + excluded.scored,
        gps_points = gps_points + excluded.gps_points,
        gps_valid = gps_valid + excluded.gps_valid,
        gps_0 = gps_0 + excluded.gps_0,
        gps_10 = gps_10 + excluded.gps_10,
        gps_20 = gps_20 + excluded.gps_20,
        gps_30 = gps_30 + excluded.gps_30,
        dl_points = dl_points + excluded.dl_points,
        passed = passed + excluded.passed,
        band_0 = band_0 + excluded.band_0,
        band_1 = band_1 + excluded.band_1,
        band_2 = band_2 + excluded.band_2,
        band_3 = band_3 + excluded.band_3,
        band_4 = band_4 + excluded.band_4,
        band_5 = band_5 + excluded.band_5,
        band_6 = band_6 + excluded.band_6,
        band_7 = band_7 + excluded.band_7,
        band_8 = band_8 + excluded.band_8,
        band_9 = band_9 + excluded.band_9,
        detailed = detailed + excluded.detailed,
        el_hook_emocional = el_hook_emocional + excluded.el_hook_emocional,
        el_conceitos_primordiais = el_conceitos_primordiais + excluded.el_conceitos_primordiais,
        el_link_transicao = el_link_transicao + excluded.el_link_transicao,
        el_pergunta_reflexiva = el_pergunta_reflexiva + excluded.el_pergunta_reflexiva,
        el_analogias_diagramas = el_analogias_diagramas + excluded.el_analogias_diagramas,
        el_revisao_estruturada = el_revisao_estruturada + excluded.el_revisao_estruturada,
        el_acao_rapida = el_acao_rapida + excluded.el_acao_rapida,
        has_goal = has_goal + excluded.has_goal,
        has_position = has_position + excluded.has_position,
        has_steps = has_steps + excluded.has_steps,
        origin_imported = origin_imported + excluded.origin_imported,
        origin_person = origin_person + excluded.origin_person,
        origin_generated = origin_generated + excluded.origin_generated,
        origin_offline = origin_offline + excluded.origin_offline;
    UPDATE analytics_codes SET lessons = lessons - 1
    WHERE course_id = old.content_piece_id AND code IN (
        SELECT value ->> '$.code' FROM json_each(old.validation_issues));
END;

CREATE TRIGGER analytics_lessons_update AFTER UPDATE OF content_piece_id, module_number,
    gps_score, didatica_score, gps_valid, origin, score_details ON course_lessons BEGIN
    INSERT INTO analytics_sums (course_id, module, lessons, scored, gps_points, gps_valid, gps_0, gps_10, gps_20, gps_30, dl_points, passed, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9, detailed, el_hook_emocional, el_conceitos_primordiais, el_link_transicao, el_pergunta_reflexiva, el_analogias_diagramas, el_revisao_estruturada, el_acao_rapida, has_goal, has_position, has_steps, origin_imported, origin_person, origin_generated, origin_offline)
    VALUES (old.content_piece_id, coalesce(old.module_number, -1),
        -(1),
        -((old.didatica_score IS NOT NULL)),
        -(coalesce(CAST(round(old.gps_score * 30) AS INTEGER), 0)),
        -(coalesce(old.gps_valid, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 0, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 1, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 2, 0)),
        -(coalesce(CAST(round(old.gps_score * 3) AS INTEGER) = 3, 0)),
        -(coalesce(CAST(round(old.didatica_score * 100) AS INTEGER), 0)),
        -(coalesce(round(old.didatica_score * 100) >= 70, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 0, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 1, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 2, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 3, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 4, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 5, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 6, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 7, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 8, 0)),
        -(coalesce(min(9, CAST(round(old.didatica_score * 100) AS INTEGER) / 10) = 9, 0)),
        -((json_extract(old.score_details, '$.didatica.element_scores.hook_emocional') IS NOT NULL)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.hook_emocional'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.conceitos_primordiais'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.link_transicao'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.pergunta_reflexiva'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.analogias_diagramas'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.revisao_estruturada'), 0)),
        -(coalesce(json_extract(old.score_details, '$.didatica.element_scores.acao_rapida'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_goal'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_position'), 0)),
        -(coalesce(json_extract(old.score_details, '$.gps.has_steps'), 0)),
        -(coalesce(old.origin = 'imported', 0)),
        -(coalesce(old.origin = 'person', 0)),
        -(coalesce(old.origin = 'generated', 0)),
        -(coalesce(old.origin = 'offline-draft', 0)))
    ON CONFLICT (course_id, module) DO UPDATE SET
        lessons = lessons + excluded.lessons,
        scored = scored + excluded.scored,
        gps_points = gps_points + excluded.gps_points,
        gps_valid = gps_valid + excluded.gps_valid,
        gps_0 = gps_0 + excluded.gps_0,
        gps_10 = gps_10 + excluded.gps_10,
        gps_20 = gps_20 + excluded.gps_20,
        gps_30 = gps_30 + excluded.gps_30,
        dl_points = dl_points + excluded.dl_points,
        passed = passed + excluded.passed,
        band_0 = band_0 + excluded.band_0,
        band_1 = band_1 + excluded.band_1,
        band_2 = band_2 + excluded.band_2,
        band_3 = band_3 + excluded.band_3,
        band_4 = band_4 + excluded.band_4,
        band_5 = band_5 + excluded.band_5,
        band_6 = band_6 + excluded.band_6,
        band_7 = band_7 + excluded.band_7,
        band_8 = band_8 + excluded.band_8,
        band_9 = band_9 + excluded.band_9,
        detailed = detailed + excluded.detailed,
        el_hook_emocional = el_hook_emocional + excluded.el_hook_emocional,
        el_conceitos_primordiais = el_conceitos_primordiais + excluded.el_conceitos_primordiais,
        el_link_transicao = el_link_transicao + excluded.el_link_transicao,
        el_pergunta_reflexiva = el_pergunta_reflexiva + excluded.el_pergunta_reflexiva,
        el_analogias_diagramas = el_analogias_diagramas + excluded.el_analogias_diagramas,
        el_revisao_estruturada = el_revisao_estruturada + excluded.el_revisao_estruturada,
        el_acao_rapida = el_acao_rapida + excluded.el_acao_rapida,
        has_goal = has_goal + excluded.has_goal,
        has_position = has_position + excluded.has_position,
        has_steps = has_steps + excluded.has_steps,
        origin_imported = origin_imported + excluded.origin_imported,
        origin_person = origin_person + excluded.origin_person,
        origin_generated = origin_generated + excluded.origin_generated,
        origin_offline = origin_offline + excluded.origin_offline;
    INSERT INTO analytics_sums (course_id, module, lessons, scored, gps_points, gps_valid, gps_0, gps_10, gps_20, gps_30, dl_points, passed, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9, detailed, el_hook_emocional, el_conceitos_primordiais, el_link_transicao, el_pergunta_reflexiva, el_analogias_diagramas, el_revisao_estruturada, el_acao_rapida, has_goal, has_position, has_steps, origin_imported, origin_person, origin_generated, origin_offline)
    VALUES (new.content_piece_id, coalesce(new.module_number, -1),
        1,
        (new.didatica_score IS NOT NULL),
        coalesce(CAST(round(new.gps_score * 30) AS INTEGER), 0),
        coalesce(new.gps_valid, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 0, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 1, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 2, 0),
        coalesce(CAST(round(new.gps_score * 3) AS INTEGER) = 3, 0),
        coalesce(CAST(round(new.didatica_score * 100) AS INTEGER), 0),
        coalesce(round(new.didatica_score * 100) >= 70, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 0, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 1, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 2, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 3, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 4, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 5, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 6, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 7, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 8, 0),
        coalesce(min(9, CAST(round(new.didatica_score * 100) AS INTEGER) / 10) = 9, 0),
        (json_extract(new.score_details, '$.didatica.element_scores.hook_emocional') IS NOT NULL),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.hook_emocional'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.conceitos_primordiais'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.link_transicao'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.pergunta_reflexiva'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.analogias_diagramas'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.revisao_estruturada'), 0),
        coalesce(json_extract(new.score_details, '$.didatica.element_scores.acao_rapida'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_goal'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_position'), 0),
        coalesce(json_extract(new.score_details, '$.gps.has_steps'), 0),
        coalesce(new.origin = 'imported', 0),
        coalesce(new.origin = 'person', 0),
        coalesce(new.origin = 'generated', 0),
        coalesce(new.origin = 'offline-draft', 0))
    ON CONFLICT (course_id, module) DO UPDATE SET
        lessons = lessons + excluded.lessons,
        scored = scored + excluded.scored,
        gps_points = gps_points + excluded.gps_points,
        gps_valid = gps_valid + excluded.gps_valid,
        gps_0 = gps_0 + excluded.gps_0,
        gps_10 = gps_10 + excluded.gps_10,
        gps_20 = gps_20 + excluded.gps_20,
        gps_30 = gps_30 + excluded.gps_30,
        dl_points = dl_points + excluded.dl_points,
        passed = passed + excluded.passed,
        band_0 = band_0 + excluded.band_0,
        band_1 = band_1 + excluded.band_1,
        band_2 = band_2 + excluded.band_2,
        band_3 = band_3 + excluded.band_3,
        band_4 = band_4 + excluded.band_4,
        band_5 = band_5 + excluded.band_5,
        band_6 = band_6 + excluded.band_6,
        band_7 = band_7 + excluded.band_7,
        band_8 = band_8 + excluded.band_8,
        band_9 = band_9 + excluded.band_9,
        detailed = detailed + excluded.detailed,
        el_hook_emocional = el_hook_emocional + excluded.el_hook_emocional,
        el_conceitos_primordiais = el_conceitos_primordiais + excluded.el_conceitos_primordiais,
        el_link_transicao = el_link_transicao + excluded.el_link_transicao,
        el_pergunta_reflexiva = el_pergunta_reflexiva + excluded.el_pergunta_reflexiva,
        el_analogias_diagramas = el_analogias_diagramas + excluded.el_analogias_diagramas,
        el_revisao_estruturada = el_revisao_estruturada + excluded.el_revisao_estruturada,
        el_acao_rapida = el_acao_rapida + excluded.el_acao_rapida,
        has_goal = has_goal + excluded.has_goal,
        has_position = has_position + excluded.has_position,
        has_steps = has_steps + excluded.has_steps,
        origin_imported = origin_imported + excluded.origin_imported,
        origin_person = origin_person + excluded.origin_person,
        origin_generated = origin_generated + excluded.origin_generated,
        origin_offline = origin_offline + excluded.origin_offline;
END;

CREATE TRIGGER analytics_codes_update AFTER UPDATE OF content_piece_id, validation_issues
    ON course_lessons BEGIN
    UPDATE analytics_codes SET lessons = lessons - 1
    WHERE course_id = old.content_piece_id AND code IN (
        SELECT value ->> '$.code' FROM json_each(old.validation_issues));
    INSERT INTO analytics_codes (course_id, code, lessons)
    SELECT DISTINCT new.content_piece_id, value ->> '$.code', 1 FROM json_each(new.validation_issues)
    WHERE value ->> '$.code' IS NOT NULL
    ON CONFLICT (course_id, code) DO UPDATE SET lessons = lessons + 1;
END;

CREATE TRIGGER analytics_courses_delete AFTER DELETE ON content_pieces BEGIN
    DELETE FROM analytics_sums WHERE course_id = old.id;
    DELETE FROM analytics_codes WHERE course_id = old.id;
    DELETE FROM analytics_trend WHERE course_id = old.id;
END;

CREATE TRIGGER analytics_revisions_insert AFTER INSERT ON revisions
WHEN new.didatica_score IS NOT NULL AND new.target >= 'lesson/' AND new.target < 'lesson0' BEGIN
    INSERT INTO analytics_trend (course_id, step, lessons, gps_points, dl_points)
    VALUES (new.content_piece_id,
        (SELECT count(*) FROM revisions WHERE content_piece_id = new.content_piece_id
            AND target = new.target AND didatica_score IS NOT NULL),
        1, coalesce(CAST(round(new.gps_score * 30) AS INTEGER), 0),
        CAST(round(new.didatica_score * 100) AS INTEGER))
    ON CONFLICT (course_id, step) DO UPDATE SET
        lessons = lessons + 1,
        gps_points = gps_points + excluded.gps_points,
        dl_points = dl_points + excluded.dl_points;
END;

-- What the store holds already.
INSERT INTO analytics_sums (course_id, module, lessons, scored, gps_points, gps_valid, gps_0, gps_10, gps_20, gps_30, dl_points, passed, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9, detailed, el_hook_emocional, el_conceitos_primordiais, el_link_transicao, el_pergunta_reflexiva, el_analogias_diagramas, el_revisao_estruturada, el_acao_rapida, has_goal, has_position, has_steps, origin_imported, origin_person, origin_generated, origin_offline)
SELECT l.content_piece_id, coalesce(l.module_number, -1),
    count(*),
    sum((l.didatica_score IS NOT NULL)),
    sum(coalesce(CAST(round(l.gps_score * 30) AS INTEGER), 0)),
    sum(coalesce(l.gps_valid, 0)),
    sum(coalesce(CAST(round(l.gps_score * 3) AS INTEGER) = 0, 0)),
    sum(coalesce(CAST(round(l.gps_score * 3) AS INTEGER) = 1, 0)),
    sum(coalesce(CAST(round(l.gps_score * 3) AS INTEGER) = 2, 0)),
    sum(coalesce(CAST(round(l.gps_score * 3) AS INTEGER) = 3, 0)),
    sum(coalesce(CAST(round(l.didatica_score * 100) AS INTEGER), 0)),
    sum(coalesce(round(l.didatica_score * 100) >= 70, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 0, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 1, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 2, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 3, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 4, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 5, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 6, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 7, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 8, 0)),
    sum(coalesce(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = 9, 0)),
    sum((json_extract(l.score_details, '$.didatica.element_scores.hook_emocional') IS NOT NULL)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.hook_emocional'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.conceitos_primordiais'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.link_transicao'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.pergunta_reflexiva'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.analogias_diagramas'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.revisao_estruturada'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.didatica.element_scores.acao_rapida'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.gps.has_goal'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.gps.has_position'), 0)),
    sum(coalesce(json_extract(l.score_details, '$.gps.has_steps'), 0)),
    sum(coalesce(l.origin = 'imported', 0)),
    sum(coalesce(l.origin = 'person', 0)),
    sum(coalesce(l.origin = 'generated', 0)),
    sum(coalesce(l.origin = 'offline-draft', 0))
FROM course_lessons l GROUP BY 1, 2;
INSERT INTO analytics_codes (course_id, code, lessons)
SELECT l.content_piece_id, j.value ->> '$.code' AS code, count(DISTINCT l.id)
FROM course_lessons l, json_each(l.validation_issues) j
WHERE code IS NOT NULL GROUP BY 1, 2;
INSERT INTO analytics_trend (course_id, step, lessons, gps_points, dl_points)
SELECT course_id, step, count(*), total(CAST(round(gps * 30) AS INTEGER)),
    total(CAST(round(dl * 100) AS INTEGER)) FROM (
    SELECT content_piece_id AS course_id, gps_score AS gps, didatica_score AS dl,
        row_number() OVER (PARTITION BY content_piece_id, target ORDER BY seq) AS step
    FROM revisions
    WHERE target >= 'lesson/' AND target < 'lesson0' AND didatica_score IS NOT NULL)
GROUP BY 1, 2;
