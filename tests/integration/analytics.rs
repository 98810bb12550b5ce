//! Analytics figures (issue 15) on a small hand-made library in a real SQLite file: every
//! figure the dashboard, `stats` and the report show, with the expected numbers worked out by
//! hand in the comments.

use lectern::domain::course::{CourseStatus, LessonStatus, ValidationStatus};
use lectern::domain::issue::{Issue, Severity};
use lectern::services::{Scope, figures};
use lectern::storage::{
    CourseId, LessonRecord, NewCourse, RevisionMeta, RevisionSource, ScoreRecord, Store,
};
use serde_json::json;

pub struct Lesson {
    pub id: &'static str,
    pub module: u32,
    /// GPS points, Didática points, the seven element points, (goal, position, steps).
    pub score: Option<(u32, u32, [u32; 7], [bool; 3])>,
    pub codes: &'static [&'static str],
}

fn issue(code: &str) -> Issue {
    Issue {
        code: code.into(),
        severity: Severity::Warning,
        element: "x".into(),
        message: "hand-made".into(),
        hint: "none".into(),
        line_start: Some(1),
        line_end: Some(1),
        args: Default::default(),
    }
}

pub fn record(l: &Lesson, order: u32, text_version: u32) -> LessonRecord {
    let score = l.score.map(|(gps, dl, e, parts)| ScoreRecord {
        rubric: "creatoros".into(),
        gps_valid: gps == 30,
        gps_points: gps,
        didatica_points: dl,
        validation_status: if dl >= 70 && gps == 30 {
            ValidationStatus::Passed
        } else {
            ValidationStatus::Failed
        },
        issues: l.codes.iter().map(|c| issue(c)).collect(),
        details: json!({
            "gps": {"score": gps, "has_goal": parts[0], "has_position": parts[1], "has_steps": parts[2]},
            "didatica": {"score": dl, "element_scores": {
                "hook_emocional": e[0], "conceitos_primordiais": e[1], "link_transicao": e[2],
                "pergunta_reflexiva": e[3], "analogias_diagramas": e[4],
                "revisao_estruturada": e[5], "acao_rapida": e[6]}}
        }),
    });
    LessonRecord {
        lesson_id: l.id.into(),
        module_number: Some(l.module),
        lesson_number: Some(order + 1),
        sort_order: order,
        title: format!("Lesson {}", l.id),
        slug: None,
        word_count: 10,
        content_markdown: score
            .as_ref()
            .map(|_| format!("# Lesson {} (version {text_version})\n", l.id)),
        bloom_level: None,
        learning_objectives: Vec::new(),
        key_concepts: Vec::new(),
        duration_minutes: None,
        status: LessonStatus::Draft,
        file_path: None,
        content_sha256: None,
        source_encoding: None,
        score,
    }
}

pub fn add_course(store: &mut Store, slug: &str, lessons: &[Lesson]) -> CourseId {
    store
        .write(|repo| -> Result<CourseId, lectern::storage::StoreError> {
            let id = repo.create_course(&NewCourse {
                slug: slug.into(),
                title: format!("Course {slug}"),
                subtitle: None,
                keywords: Vec::new(),
                status: CourseStatus::Draft,
            })?;
            let records: Vec<LessonRecord> = lessons
                .iter()
                .enumerate()
                .map(|(i, l)| record(l, i as u32, 1))
                .collect();
            repo.upsert_lessons(id, &records)?;
            let targets = repo.course_targets(id)?;
            repo.record_revisions(id, &targets, &RevisionMeta::new(RevisionSource::Imported))?;
            Ok(id)
        })
        .unwrap()
}

pub const A2: Lesson = Lesson {
    id: "1.2",
    module: 1,
    score: Some((20, 55, [5, 10, 5, 10, 15, 5, 5], [true, false, true])),
    codes: &["GPS-P-MISSING", "DL-BELOW-THRESHOLD"],
};

/// alpha: module 1 = a1 (GPS 30, DL 90), a2 (20, 55); module 2 = a3 (30, 72), a4 planned.
/// beta: module 1 = b1 (GPS 10, DL 100).
pub fn hand_made(dir: &std::path::Path) -> Store {
    let (mut store, _) = Store::open(&dir.join("lectern.db")).unwrap();
    add_course(
        &mut store,
        "alpha",
        &[
            Lesson {
                id: "1.1",
                module: 1,
                score: Some((30, 90, [15, 20, 10, 15, 20, 5, 5], [true, true, true])),
                codes: &[],
            },
            A2,
            Lesson {
                id: "2.1",
                module: 2,
                score: Some((30, 72, [10, 12, 5, 15, 15, 10, 5], [true, true, true])),
                codes: &["DL-LINK-FEW"],
            },
            Lesson {
                id: "2.2",
                module: 2,
                score: None,
                codes: &[],
            },
        ],
    );
    add_course(
        &mut store,
        "beta",
        &[Lesson {
            id: "1.1",
            module: 1,
            score: Some((10, 100, [15, 20, 10, 15, 20, 10, 10], [true, false, false])),
            codes: &["GPS-P-MISSING"],
        }],
    );
    store
}

/// An author rewrites alpha 1.2: GPS 20 → 30, Didática 55 → 75, still few links.
pub fn revise_a2(store: &mut Store) {
    store
        .write(|repo| -> Result<(), lectern::storage::StoreError> {
            let course = repo.course_by_slug("alpha")?.unwrap().id;
            let revised = Lesson {
                score: Some((30, 75, [10, 15, 5, 15, 15, 10, 5], [true, true, true])),
                codes: &["DL-LINK-FEW"],
                ..A2
            };
            repo.upsert_lessons(course, &[record(&revised, 1, 2)])?;
            let targets = repo.course_targets(course)?;
            repo.record_revisions(course, &targets, &RevisionMeta::new(RevisionSource::Edited))?;
            Ok(())
        })
        .unwrap();
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn library_figures_of_a_hand_made_library() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made(dir.path());
    let f = figures(&store, &Scope::Library).unwrap();
    assert_eq!((f.courses, f.lessons, f.lessons_total), (2, 4, 5));
    // GPS (30 + 20 + 30 + 10) / 4 = 22.5; valid: the two at 30.
    assert!(close(f.gps.mean, 22.5), "{:?}", f.gps.mean);
    assert_eq!(f.gps.valid, 2);
    assert_eq!(f.gps.distribution, [0, 1, 1, 2]);
    // Didática (90 + 55 + 72 + 100) / 4 = 79.25; 90, 72 and 100 pass.
    assert!(close(f.didatica.mean, 79.25));
    assert_eq!(f.didatica.passed, 3);
    assert!(close(f.didatica.pass_rate, 0.75));
    assert_eq!(f.didatica.histogram, [0, 0, 0, 0, 0, 1, 0, 1, 0, 2]);
    // Element means: hook 45/4 = 11.25 of 15 = 0.75; concepts 62/4 = 15.5 of 20 = 0.775;
    // link 30/4 of 10 = 0.75; question 55/4 of 15 = 0.9167; analogies 70/4 of 20 = 0.875;
    // review 30/4 of 10 = 0.75; action 25/4 of 10 = 0.625. Weakest first, ties in spec order.
    let order: Vec<&str> = f.elements.iter().map(|e| e.element).collect();
    assert_eq!(
        order,
        [
            "acao_rapida",
            "hook_emocional",
            "link_transicao",
            "revisao_estruturada",
            "conceitos_primordiais",
            "analogias_diagramas",
            "pergunta_reflexiva"
        ]
    );
    assert!(close(f.elements[0].mean_share, 0.625));
    assert!(close(f.elements[0].mean_points, 6.25));
    assert!(close(f.elements[4].mean_share, 0.775));
    assert!(close(f.elements[6].mean_share, 55.0 / 4.0 / 15.0));
    // GPS parts among the 4 scored: goal 4, position 2, steps 3.
    let parts: Vec<(&str, Option<f64>)> = f.gps.parts.iter().map(|p| (p.part, p.share)).collect();
    assert_eq!(
        parts,
        [
            ("goal", Some(1.0)),
            ("position", Some(0.5)),
            ("steps", Some(0.75))
        ]
    );
    assert_eq!(
        f.issue_codes,
        [
            ("GPS-P-MISSING".to_string(), 2),
            ("DL-BELOW-THRESHOLD".to_string(), 1),
            ("DL-LINK-FEW".to_string(), 1)
        ]
    );
    // Modules: alpha 1 = 2 lessons, 1 passed, DL (90 + 55) / 2, GPS 25; alpha 2 = 2 lessons
    // (one planned), 1 scored and passed; beta 1 = 1 lesson.
    let m: Vec<_> = f
        .modules
        .iter()
        .map(|m| (m.course.as_str(), m.module, m.lessons, m.scored, m.passed))
        .collect();
    assert_eq!(
        m,
        [
            ("alpha", Some(1), 2, 2, 1),
            ("alpha", Some(2), 2, 1, 1),
            ("beta", Some(1), 1, 1, 1)
        ]
    );
    assert!(close(f.modules[0].didatica_mean, 72.5));
    assert!(close(f.modules[0].gps_mean, 25.0));
    assert!(close(f.modules[0].pass_rate, 0.5));
    assert_eq!(f.per_course.len(), 2);
    assert!(close(f.per_course[0].didatica_mean, 217.0 / 3.0));
    assert_eq!((f.per_course[0].lessons, f.per_course[0].passed), (4, 2));
    // One scored revision per lesson so far.
    assert_eq!(f.trend.len(), 1);
    assert_eq!(f.trend[0].lessons, 4);
    assert!((f.trend[0].didatica_mean - 79.25).abs() < 1e-9);
    assert_eq!(
        (f.origin.imported, f.origin.unknown, f.origin.written),
        (4, 1, 0)
    );
    assert!(f.performance.is_none());
}

#[test]
fn course_scope_and_trend_after_a_revision() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    revise_a2(&mut store);
    let f = figures(&store, &Scope::Course("alpha".into())).unwrap();
    assert_eq!(f.course.as_deref(), Some("alpha"));
    assert_eq!((f.courses, f.lessons, f.lessons_total), (1, 3, 4));
    // Now (90 + 75 + 72) / 3 = 79; all three pass.
    assert!(close(f.didatica.mean, 79.0));
    assert_eq!(f.didatica.passed, 3);
    // Step 1: the first revisions of 3 lessons (90, 55, 72 → 72.33; GPS 30, 20, 30 → 26.67);
    // step 2: only 1.2's rewrite (75, GPS 30).
    let steps: Vec<(u32, u64)> = f.trend.iter().map(|t| (t.revision, t.lessons)).collect();
    assert_eq!(steps, [(1, 3), (2, 1)]);
    assert!((f.trend[0].didatica_mean - 217.0 / 3.0).abs() < 1e-9);
    assert!((f.trend[0].gps_mean - 80.0 / 3.0).abs() < 1e-9);
    assert!((f.trend[1].didatica_mean - 75.0).abs() < 1e-9);
    // The rewrite is a person's text now.
    assert_eq!(
        (f.origin.imported, f.origin.written, f.origin.unknown),
        (2, 1, 1)
    );
    // The rewrite fixed GPS and Didática but not the links: DL-LINK-FEW in 1.2 and 2.1.
    assert_eq!(f.issue_codes, [("DL-LINK-FEW".to_string(), 2)]);
    let a = lectern::services::load_analytics(&store, &Scope::Course("alpha".into())).unwrap();
    assert_eq!(a.title, "Course alpha");
    let rows: Vec<(&str, Option<u32>, &[u32])> = a
        .lessons
        .iter()
        .map(|l| (l.lesson_id.as_str(), l.didatica, l.history.as_slice()))
        .collect();
    assert_eq!(
        rows,
        [
            ("1.1", Some(90), &[90][..]),
            ("1.2", Some(75), &[55, 75][..]),
            ("2.1", Some(72), &[72][..]),
            ("2.2", None, &[][..])
        ]
    );
}

#[test]
fn an_unknown_course_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made(dir.path());
    let err = figures(&store, &Scope::Course("gamma".into())).unwrap_err();
    assert!(err.to_string().contains("gamma"), "{err}");
}

/// The sums the triggers keep (inserts, an update, a deleted lesson, issue codes changing)
/// equal the same sums recomputed from the lessons and revisions.
#[test]
fn maintained_sums_equal_a_recount() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    revise_a2(&mut store);
    store
        .write(|repo| -> Result<(), lectern::storage::StoreError> {
            let beta = repo.course_by_slug("alpha")?.unwrap().id;
            assert_eq!(repo.delete_lessons_except(beta, &["1.1", "1.2", "2.2"])?, 1);
            Ok(())
        })
        .unwrap();
    let repo = store.read();
    for course in [
        None,
        Some(repo.course_by_slug("alpha").unwrap().unwrap().id),
    ] {
        assert_eq!(
            repo.analytics_groups(course).unwrap(),
            repo.analytics_groups_scan(course).unwrap()
        );
        let sorted = |mut v: Vec<(String, u64)>| {
            v.sort();
            v
        };
        assert_eq!(
            sorted(repo.analytics_issue_codes(course).unwrap()),
            sorted(repo.analytics_issue_codes_scan(course).unwrap())
        );
        assert_eq!(
            repo.analytics_trend(course).unwrap(),
            repo.analytics_trend_scan(course).unwrap()
        );
    }
    // alpha lost 2.1 (DL-LINK-FEW): only the rewritten 1.2 has the code now.
    let f = figures(&store, &Scope::Course("alpha".into())).unwrap();
    assert_eq!(f.issue_codes, [("DL-LINK-FEW".to_string(), 1)]);
    assert_eq!((f.lessons, f.lessons_total), (2, 3));
}
