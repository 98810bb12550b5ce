//! Authoring services (issue 6): new course from the template, brief/curriculum/lesson saves
//! as one transaction each, the approval checkpoint, drafts.

use lectern::services::authoring::{
    self, AuthoringError, DraftKey, NewCourseRequest, approval_summary, approve_curriculum,
    create_course, save_brief, save_curriculum, save_lesson,
};
use lectern::storage::{DraftKind, Store, Target};

const CURRICULUM: &str = include_str!("../fixtures/authoring/curriculum.yaml");
const MALFORMED: &str = include_str!("../fixtures/authoring/curriculum-malformed.yaml");

pub fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(&dir.path().join("lectern.db")).unwrap();
    (dir, store)
}

pub fn new_course(store: &mut Store, slug: &str) {
    create_course(
        store,
        &NewCourseRequest {
            slug: slug.into(),
            title: "Planilhas do zero".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
}

#[test]
fn new_course_gets_the_template_brief_and_a_first_version() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let brief = authoring::load_brief(&store, "planilhas").unwrap();
    assert!(brief.text.contains("course_slug: planilhas"));
    assert!(brief.text.contains("created_date: \"2026-11-30\""));
    assert!(brief.text.contains("## 8️⃣ CHECKLIST FINAL"));
    let course = store.read().require_course("planilhas").unwrap();
    let history = store
        .read()
        .revisions_of(course.id, &Target::Brief)
        .unwrap();
    assert_eq!(history.len(), 1);

    let err = create_course(
        &mut store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Outra".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap_err();
    assert!(
        err.is_bad_input() && err.to_string().contains("already exists"),
        "{err}"
    );
    let bad = create_course(
        &mut store,
        &NewCourseRequest {
            slug: "Não Pode".into(),
            title: "x".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap_err();
    assert!(bad.to_string().contains("`nao-pode`"), "{bad}");
    assert_eq!(
        authoring::suggest_free_slug(&store, "Planilhas!").unwrap(),
        "planilhas-2"
    );
}

#[test]
fn saving_the_brief_stores_text_fields_version_and_drops_the_draft() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let text = authoring::load_brief(&store, "planilhas")
        .unwrap()
        .text
        .replace("Planilhas do zero", "Planilhas sem susto");
    let key = DraftKey::brief("planilhas");
    authoring::save_draft(&mut store, &key, &text, None).unwrap();
    let saved = save_brief(&mut store, "planilhas", &text).unwrap();
    assert_eq!(saved.version, 2);
    assert_eq!(saved.completeness.sections.len(), 8);
    let course = store.read().require_course("planilhas").unwrap();
    assert_eq!(course.title, "Planilhas sem susto");
    let meta = store.read().metadata(course.id).unwrap().unwrap();
    assert_eq!(meta.brief_markdown.as_deref(), Some(text.as_str()));
    assert_eq!(meta.brief_fields["title"], "Planilhas sem susto");
    assert!(authoring::load_draft(&store, &key).unwrap().is_none());
}

#[test]
fn a_failing_save_stores_nothing_partial() {
    let (dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let before = authoring::load_brief(&store, "planilhas").unwrap().text;
    let key = DraftKey::brief("planilhas");
    authoring::save_draft(&mut store, &key, "rascunho", None).unwrap();
    // The version insert (the last write but one) fails: metadata, title and draft removal
    // written before it in the same transaction must all roll back.
    let conn = rusqlite::Connection::open(dir.path().join("lectern.db")).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fail_versions BEFORE INSERT ON revisions
         BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
    )
    .unwrap();
    let text = before.replace("Planilhas do zero", "Título novo e longo");
    let err = save_brief(&mut store, "planilhas", &text).unwrap_err();
    assert!(matches!(err, AuthoringError::Store(_)), "{err}");
    let course = store.read().require_course("planilhas").unwrap();
    assert_eq!(course.title, "Planilhas do zero");
    assert_eq!(
        authoring::load_brief(&store, "planilhas").unwrap().text,
        before
    );
    assert!(authoring::load_draft(&store, &key).unwrap().is_some());
    let lesson_err = save_curriculum(&mut store, "planilhas", CURRICULUM).unwrap_err();
    assert!(matches!(lesson_err, AuthoringError::Store(_)));
    assert!(
        store
            .read()
            .metadata(course.id)
            .unwrap()
            .unwrap()
            .curriculum_yaml
            .is_none()
    );
}

#[test]
fn malformed_curriculum_is_refused_with_line_and_column() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let err = save_curriculum(&mut store, "planilhas", MALFORMED).unwrap_err();
    let AuthoringError::Refused(refusal) = &err else {
        panic!("{err}")
    };
    assert_eq!(refusal.line, 7);
    assert!(
        refusal.hint.starts_with("quote the value"),
        "{}",
        refusal.hint
    );
    assert!(
        authoring::load_curriculum(&store, "planilhas")
            .unwrap()
            .text
            .is_empty()
    );
}

#[test]
fn approval_creates_planned_lessons_and_a_changed_curriculum_needs_a_new_one() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let saved = save_curriculum(&mut store, "planilhas", CURRICULUM).unwrap();
    assert_eq!((saved.modules, saved.lessons), (2, 3));
    let summary = approval_summary(&store, "planilhas", "openai").unwrap();
    assert_eq!(summary.lesson_count, 3);
    assert_eq!(summary.total_minutes, 75);
    assert_eq!(summary.to_create, 3);
    // Priced from the prompts of the three lessons (tests/integration/estimates.rs checks
    // the arithmetic); no measured run yet, so no time.
    assert_eq!(summary.estimate.requests, 3);
    assert!(matches!(
        summary.estimate.cost,
        lectern::services::CostEstimate::Usd { usd } if usd > 0.0
    ));
    assert_eq!(summary.estimate.seconds, None);
    let offline = approval_summary(&store, "planilhas", "offline").unwrap();
    assert_eq!(offline.estimate.cost, lectern::services::CostEstimate::Free);
    assert_eq!(offline.estimate.seconds, Some(0.0));

    let approved = approve_curriculum(&mut store, "planilhas", "2026-11-30T10:00:00Z").unwrap();
    assert_eq!(approved.created, ["1.1", "1.2", "2.1"]);
    let course = store.read().require_course("planilhas").unwrap();
    let lessons = store.read().lessons_of(course.id).unwrap();
    assert!(lessons.iter().all(|l| l.record.content_markdown.is_none()));
    assert_eq!(
        store
            .read()
            .curriculum_approved_at(course.id)
            .unwrap()
            .as_deref(),
        Some("2026-11-30T10:00:00Z")
    );
    // Approving again creates nothing twice.
    let again = approve_curriculum(&mut store, "planilhas", "2026-11-30T11:00:00Z").unwrap();
    assert!(again.created.is_empty());
    let changed = CURRICULUM.replace("Na prática", "Mãos à obra");
    assert!(
        save_curriculum(&mut store, "planilhas", &changed)
            .unwrap()
            .approval_cleared
    );
    assert!(
        store
            .read()
            .curriculum_approved_at(course.id)
            .unwrap()
            .is_none()
    );
}

#[test]
fn saving_a_lesson_scores_it_and_keeps_a_version() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    save_curriculum(&mut store, "planilhas", CURRICULUM).unwrap();
    approve_curriculum(&mut store, "planilhas", "2026-11-30T10:00:00Z").unwrap();
    let text = "# 1.1 - Células\n\n## 🎯 G - GOAL\nVocê vai somar.\n";
    let saved = save_lesson(&mut store, "planilhas", "1.1", text).unwrap();
    let course = store.read().require_course("planilhas").unwrap();
    let lesson = store.read().lessons_of(course.id).unwrap().remove(0);
    assert_eq!(lesson.record.content_markdown.as_deref(), Some(text));
    let score = lesson.record.score.unwrap();
    assert_eq!(score.gps_points, saved.score.gps.score);
    assert_eq!(score.validation_status, saved.score.status);
    let history = store
        .read()
        .revisions_of(course.id, &Target::Lesson("1.1".into()))
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(saved.revision.as_deref(), Some(history[0].id.as_str()));
    assert_eq!(history[0].source, "edited");
    assert!(
        save_lesson(&mut store, "planilhas", "9.9", text)
            .unwrap_err()
            .is_bad_input()
    );
    assert!(
        save_lesson(&mut store, "planilhas", "1.1", "  \n")
            .unwrap_err()
            .is_bad_input()
    );
}

#[test]
fn drafts_upsert_list_with_age_and_discard() {
    let (_dir, mut store) = new_store();
    new_course(&mut store, "planilhas");
    let brief = DraftKey::brief("planilhas");
    let lesson = DraftKey::lesson("planilhas", "1.1");
    authoring::save_draft(&mut store, &brief, "um", Some(&"a".repeat(64))).unwrap();
    authoring::save_draft(&mut store, &brief, "dois", None).unwrap();
    authoring::save_draft(&mut store, &lesson, "aula", None).unwrap();
    let drafts = authoring::list_drafts(&store).unwrap();
    assert_eq!(drafts.len(), 2);
    let b = drafts.iter().find(|d| d.kind == DraftKind::Brief).unwrap();
    assert_eq!((b.text.as_str(), b.lesson_id.as_deref()), ("dois", None));
    assert!(b.age_seconds >= 0 && b.age_seconds < 60);
    let l = drafts.iter().find(|d| d.kind == DraftKind::Lesson).unwrap();
    assert_eq!(l.lesson_id.as_deref(), Some("1.1"));
    assert!(authoring::discard_draft(&mut store, &brief).unwrap());
    assert!(!authoring::discard_draft(&mut store, &brief).unwrap());
    assert_eq!(authoring::list_drafts(&store).unwrap().len(), 1);
    let d = authoring::diff_summary("a\nb\nc\n", "a\nB\nc\nd\n");
    assert_eq!((d.added, d.removed), (2, 1));
}
