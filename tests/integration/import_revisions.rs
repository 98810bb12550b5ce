//! An import records its revisions from texts prepared on the planning threads
//! (`Repo::record_prepared_revisions`, no read-back of what it wrote). The result must be the
//! one `Repo::record_revisions` gives after the same writes: same revisions in the same order,
//! same blobs, same lesson origins and analytics sums — on a first import, on a re-import that
//! changes, adds and repeats texts, and when a text was deflated for another course only.

use lectern::domain::course::{CourseStatus, LessonStatus, ValidationStatus};
use lectern::storage::{
    CourseId, CourseTexts, EncodedLessons, LessonRecord, MetadataRecord, NewCourse, ResearchRecord,
    RevisionMeta, RevisionSource, ScoreRecord, SeenTexts, Store, StoreError,
};
use serde_json::json;

fn lesson(id: &str, text: Option<&str>, points: u32) -> LessonRecord {
    LessonRecord {
        lesson_id: id.to_string(),
        module_number: Some(1),
        lesson_number: None,
        sort_order: id.len() as u32 + points,
        title: format!("Aula {id}"),
        slug: None,
        content_markdown: text.map(str::to_string),
        word_count: 3,
        bloom_level: None,
        learning_objectives: vec!["obj".into()],
        key_concepts: Vec::new(),
        duration_minutes: None,
        status: LessonStatus::Draft,
        file_path: None,
        content_sha256: None,
        source_encoding: None,
        score: text.map(|_| ScoreRecord {
            rubric: "creatoros".into(),
            gps_valid: points > 10,
            gps_points: points.min(30),
            didatica_points: points,
            validation_status: ValidationStatus::Warning,
            issues: Vec::new(),
            details: json!({ "gps": { "has_goal": true }, "didatica": { "element_scores": {
                "hook_emocional": 5 } } }),
        }),
    }
}

/// One import's writes: the course's metadata, lessons and research.
struct Step {
    brief: Option<&'static str>,
    lessons: Vec<LessonRecord>,
    research: Option<ResearchRecord>,
}

fn steps() -> Vec<Step> {
    let research = ResearchRecord {
        market_analysis: Some("mercado\n".into()),
        research_summary: json!({ "extra.md": "mais\numa linha\n", "n": 3 }),
        ..ResearchRecord::default()
    };
    vec![
        Step {
            brief: Some("# Curso\n\nbriefing\n"),
            lessons: vec![
                lesson("1.1", Some("# A\n\num\ndois\n"), 20),
                lesson("1.2", Some("# B\n\ntrês\n"), 80),
                lesson("1.3", None, 0),
                lesson("1.4", Some(""), 0),
            ],
            research: Some(research),
        },
        Step {
            brief: Some("# Curso\n\nbriefing novo\n"),
            lessons: vec![
                lesson("1.1", Some("# A\n\num\ndois\n"), 20),
                lesson("1.2", Some("# B\n\ntrês\nquatro\n"), 90),
                lesson("1.3", Some("# C\n\nagora tem texto\n"), 40),
                lesson("1.5", Some("# A\n\num\ndois\n"), 60),
            ],
            research: None,
        },
        Step {
            brief: None,
            lessons: vec![lesson("1.2", Some(""), 0), lesson("1.3", None, 0)],
            research: None,
        },
    ]
}

fn metadata(step: &Step) -> MetadataRecord {
    MetadataRecord {
        brief_markdown: step.brief.map(str::to_string),
        curriculum_yaml: Some("modules: []\n".into()),
        ..MetadataRecord::default()
    }
}

/// Writes `step` into course `slug` (created on the first step) and records its revisions,
/// the prepared way when `seen` is given, the usual way otherwise.
fn import(store: &mut Store, slug: &str, step: &Step, seen: Option<&SeenTexts>) -> CourseId {
    store
        .write(|repo| -> Result<CourseId, StoreError> {
            let (id, source) = match repo.course_by_slug(slug)? {
                Some(c) => (c.id, RevisionSource::Reimported),
                None => {
                    let course = NewCourse {
                        slug: slug.into(),
                        title: "Curso".into(),
                        subtitle: None,
                        keywords: Vec::new(),
                        status: CourseStatus::Draft,
                    };
                    (repo.create_course(&course)?, RevisionSource::Imported)
                }
            };
            let meta = RevisionMeta::new(source);
            let metadata = metadata(step);
            let targets = |repo: &lectern::storage::Repo<'_>| -> Result<_, StoreError> {
                repo.upsert_metadata(id, &metadata)?;
                if let Some(r) = &step.research {
                    repo.upsert_research(id, r)?;
                }
                repo.course_targets(id)
            };
            match seen {
                None => {
                    repo.upsert_lessons(id, &step.lessons)?;
                    let targets = targets(repo)?;
                    repo.record_revisions(id, &targets, &meta)?;
                }
                Some(seen) => {
                    let mut lessons = EncodedLessons::encode(step.lessons.clone())?;
                    lessons.prepare_texts(seen);
                    let texts = CourseTexts::prepare(
                        metadata.brief_markdown.as_deref(),
                        metadata.curriculum_yaml.as_deref(),
                        step.research.as_ref(),
                        seen,
                    );
                    let heads = repo.revision_heads(id)?;
                    lessons.set_origins(&heads, &meta);
                    repo.upsert_encoded_lessons(id, &lessons)?;
                    let targets = targets(repo)?;
                    repo.record_prepared_revisions(id, &targets, &meta, &heads, &lessons, &texts)?;
                }
            }
            Ok(id)
        })
        .unwrap()
}

/// Everything the two ways must agree on, as text.
fn state(store: &Store) -> Vec<String> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let queries = [
        "SELECT content_piece_id, target, parent_id IS NULL, source, origin, gps_score,
            didatica_score, sha256, lines_added, lines_removed FROM revisions ORDER BY seq",
        "SELECT sha256, base_sha256, depth, size, hex(data) FROM revision_blobs ORDER BY sha256",
        "SELECT content_piece_id, lesson_id, origin, content_markdown FROM course_lessons
            ORDER BY content_piece_id, lesson_id",
        "SELECT * FROM analytics_sums ORDER BY course_id, module",
        "SELECT * FROM analytics_trend ORDER BY course_id, step",
    ];
    let mut out = Vec::new();
    for sql in queries {
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        for row in rows {
            out.push(row.unwrap().join(" | "));
        }
    }
    out
}

#[test]
fn prepared_revisions_are_the_ones_record_revisions_makes() {
    let dir = tempfile::tempdir().unwrap();
    let mut usual = Store::open(&dir.path().join("usual.db")).unwrap().0;
    let mut prepared = Store::open(&dir.path().join("prepared.db")).unwrap().0;
    // One run's texts are shared by its courses: the second course's copy of a text is not
    // deflated again, and its blob comes from the first course's write.
    let seen = SeenTexts::default();
    for step in steps() {
        import(&mut usual, "um", &step, None);
        import(&mut prepared, "um", &step, Some(&seen));
        import(&mut usual, "dois", &step, None);
        import(&mut prepared, "dois", &step, Some(&seen));
        assert_eq!(state(&usual), state(&prepared));
    }
    let state = state(&prepared);
    // The scenario did what it is meant to: first texts, replaced ones, emptied ones.
    assert!(
        state
            .iter()
            .any(|r| r.contains("\"reimported\"") && r.contains("Integer(0)"))
    );
    assert!(
        state
            .iter()
            .any(|r| r.contains("lesson/1.2") && r.contains("\"empty\""))
    );
    assert!(
        state
            .iter()
            .any(|r| r.contains("Text(\"1.5\") | Text(\"imported\")"))
    );
}

#[test]
fn a_text_first_seen_by_a_course_stored_later_is_still_stored() {
    // The planning threads race: a later course may claim a text first, and an earlier
    // course then carries no blob for it; storing the earlier course must still write it.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("race.db")).unwrap().0;
    let seen = SeenTexts::default();
    let step = &steps()[0];
    let mut later = EncodedLessons::encode(step.lessons.clone()).unwrap();
    later.prepare_texts(&seen);
    import(&mut store, "primeiro", step, Some(&seen));
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT r.target FROM revisions r
             LEFT JOIN revision_blobs b ON b.sha256 = r.sha256 WHERE b.sha256 IS NULL",
        )
        .unwrap();
    let missing: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(missing.is_empty(), "revisions without a blob: {missing:?}");
    let course = store
        .write(|repo| repo.course_by_slug("primeiro"))
        .unwrap()
        .unwrap();
    let text = store
        .write(|repo| {
            let head = repo
                .head_revision(course.id, &lectern::storage::Target::Lesson("1.1".into()))?
                .unwrap();
            repo.text_by_sha(&head.sha256)
        })
        .unwrap();
    assert_eq!(text, "# A\n\num\ndois\n");
}
