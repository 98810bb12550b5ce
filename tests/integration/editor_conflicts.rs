//! Issue 21 in the workbench: the editors save against the text they loaded. When another
//! writer stored a text meanwhile, the save stores nothing and a dialog offers keep mine
//! (stored on top, theirs in history), take theirs (mine kept in history) or a three-way
//! merge; the approval is bound to the curriculum its summary showed; an offered draft set
//! aside ("decide later") survives new typing.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::authoring::{self, DraftKey, NewCourseRequest};
use lectern::storage::{RevisionSource, Store, Target};
use lectern::tui::{ANALYSIS_PAUSE_TICKS, App, AppEvent, DRAFT_EVERY_TICKS, Keymap, Screen, Theme};

use crate::tui_harness::{Harness, one_lesson_course};

const TEXT: &str = "# 1.1 - Intro\n\nlinha um\nlinha dois\nlinha três\n";
const THEIRS: &str = "# 1.1 - Intro\n\nlinha um\nlinha dois\nlinha três, de outra janela\n";
const CURRICULUM: &str = include_str!("../fixtures/authoring/curriculum.yaml");

fn ticks(h: &mut Harness, n: u64) {
    for _ in 0..n {
        let requests = h.app.handle_event(AppEvent::Tick);
        h.answer(requests);
    }
}

fn editor_text(h: &Harness) -> String {
    match h.app.screen() {
        Screen::Editor(e) => e.text(),
        other => panic!("no editor open: {}", other.title()),
    }
}

fn stored(h: &Harness) -> String {
    authoring::load_lesson(&h.store, "curso", "1.1")
        .unwrap()
        .text
}

/// Every text in the lesson's history, oldest first.
fn history(h: &Harness) -> Vec<String> {
    let repo = h.store.read();
    let course = repo.require_course("curso").unwrap().id;
    let mut texts: Vec<String> = repo
        .revisions_of(course, &Target::Lesson("1.1".into()))
        .unwrap()
        .iter()
        .map(|r| repo.text_by_sha(&r.sha256).unwrap())
        .collect();
    texts.reverse();
    texts
}

/// The lesson editor open, "Minha " typed at the top, and another writer's text stored.
fn conflicted() -> (Harness, String) {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", TEXT)
    });
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Minha ");
    let mine = editor_text(&h);
    authoring::save_lesson_as(&mut h.store, "curso", "1.1", THEIRS, RevisionSource::CliSet)
        .unwrap();
    // The dialog names when the other text was stored: pinned for the snapshot.
    rusqlite::Connection::open(&h.path)
        .unwrap()
        .execute(
            "UPDATE revisions SET created_at = '2026-01-02T03:04:05Z'",
            [],
        )
        .unwrap();
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    (h, mine)
}

#[test]
fn a_stale_save_stores_nothing_and_asks() {
    let (h, _) = conflicted();
    assert_eq!(
        stored(&h),
        THEIRS,
        "the other writer's text is not overwritten"
    );
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("The stored text changed since you opened it (by cli-set"),
        "{screen}"
    );
    insta::assert_snapshot!("editor_conflict_dialog_80x24", screen);
}

#[test]
fn keep_mine_stores_on_top_and_theirs_stays_in_history() {
    let (mut h, mine) = conflicted();
    h.keys("k");
    assert_eq!(stored(&h), mine);
    assert!(
        history(&h).contains(&THEIRS.to_string()),
        "{:?}",
        history(&h)
    );
    assert!(matches!(h.app.screen(), Screen::Editor(e) if !e.is_dirty()));
}

#[test]
fn take_theirs_loads_the_stored_text_and_keeps_mine_in_history() {
    let (mut h, mine) = conflicted();
    h.keys("t");
    assert_eq!(editor_text(&h), THEIRS);
    assert_eq!(stored(&h), THEIRS, "theirs stays current");
    assert!(history(&h).contains(&mine), "mine kept: {:?}", history(&h));
    // The editor now starts from theirs: the next save is not a conflict.
    h.type_text("Depois ");
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(stored(&h), format!("Depois {THEIRS}"));
}

#[test]
fn a_merge_combines_edits_on_different_lines_and_marks_overlaps() {
    let (mut h, _) = conflicted();
    h.keys("m");
    let merged = "Minha # 1.1 - Intro\n\nlinha um\nlinha dois\nlinha três, de outra janela\n";
    assert_eq!(editor_text(&h), merged);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        stored(&h),
        merged,
        "saved on top of theirs, no second conflict"
    );

    // Both sides changed the same line: git-style markers, nothing stored until saved.
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", TEXT)
    });
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Minha ");
    let other = TEXT.replacen("# 1.1", "Sua # 1.1", 1);
    authoring::save_lesson_as(&mut h.store, "curso", "1.1", &other, RevisionSource::CliSet)
        .unwrap();
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL)
        .keys("m");
    let text = editor_text(&h);
    assert!(
        text.contains("<<<<<<< mine\nMinha # 1.1")
            && text.contains("=======\nSua # 1.1")
            && text.contains(">>>>>>> stored"),
        "{text}"
    );
    assert_eq!(stored(&h), other);
}

fn planilhas(store: &mut Store) {
    authoring::create_course(
        store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Planilhas do zero".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
    authoring::save_curriculum(store, "planilhas", CURRICULUM).unwrap();
}

#[test]
fn the_brief_and_curriculum_editors_check_their_base_too() {
    let mut h = Harness::open(false, planilhas);
    h.keys("e");
    h.type_text("x");
    let brief = authoring::load_brief(&h.store, "planilhas").unwrap().text;
    let theirs = format!("{brief}\nOutra janela.\n");
    authoring::save_brief(&mut h.store, "planilhas", &theirs).unwrap();
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        theirs
    );
    assert!(h.screen(100, 30).contains("The stored text changed"));

    let mut h = Harness::open(false, planilhas);
    h.press(KeyCode::Enter).keys("c");
    h.type_text("# nota\n");
    let theirs = format!("{CURRICULUM}# de outra janela\n");
    authoring::save_curriculum(&mut h.store, "planilhas", &theirs).unwrap();
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        authoring::load_curriculum(&h.store, "planilhas")
            .unwrap()
            .text,
        theirs
    );
    assert!(h.screen(100, 30).contains("The stored text changed"));
}

#[test]
fn an_approval_is_refused_when_the_curriculum_changed_since_its_summary() {
    let mut h = Harness::open(false, planilhas);
    h.press(KeyCode::Enter).keys("c");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    h.press(KeyCode::Tab).keys("A");
    // Another writer shortens the curriculum while the summary is open.
    let one_module: String = CURRICULUM.to_string() + "# changed\n";
    authoring::save_curriculum(&mut h.store, "planilhas", &one_module).unwrap();
    h.keys("yes").press(KeyCode::Enter);
    let id = h.store.read().require_course("planilhas").unwrap().id;
    assert!(
        h.store.read().lessons_of(id).unwrap().is_empty(),
        "nothing approved"
    );
    let screen = h.screen(160, 30);
    assert!(
        screen.contains("the curriculum changed since you opened this summary"),
        "{screen}"
    );
}

#[test]
fn decide_later_keeps_the_offered_draft_while_new_typing_drafts_beside_it() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", TEXT)
    });
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Rascunho A ");
    ticks(&mut h, DRAFT_EVERY_TICKS);
    let first = editor_text(&h);
    // A "crash", then the editor again: the draft is offered; Esc decides later.
    h.app = App::new(Keymap::defaults().unwrap(), Theme::new(true), "db".into());
    let start = h.app.start();
    h.answer(start);
    h.press(KeyCode::Enter).keys("e").press(KeyCode::Esc);
    h.type_text("Outro ");
    ticks(&mut h, DRAFT_EVERY_TICKS * 2);
    let key = DraftKey::lesson("curso", "1.1");
    let offered = authoring::load_draft(&h.store, &key).unwrap().unwrap();
    assert!(offered.kept, "the offered draft was set aside");
    assert_eq!(offered.text, first, "new typing did not write over it");
    // Saving the new text leaves the kept draft; it is offered again and can be restored.
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc);
    h.keys("e");
    assert!(matches!(h.app.screen(), Screen::Editor(e) if e.dialog().is_some()));
    h.keys("r");
    assert_eq!(editor_text(&h), first);
    let live = authoring::load_draft(&h.store, &key).unwrap().unwrap();
    assert!(!live.kept, "restored: it is the live draft again");
}
