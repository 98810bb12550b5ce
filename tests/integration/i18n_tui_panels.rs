//! Issue 18, phase 3: the messages, personas, conflicts and analytics screens in pt-BR —
//! snapshots at 80×24 of each screen and state (the English ones are the screens' own tests,
//! unchanged).

use std::path::Path;

use crossterm::event::KeyCode;
use lectern::domain::rubric::Rubric;
use lectern::i18n::{Lang, Texts};
use lectern::services::{self, OnExisting};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

const PT: Texts = Texts::new(Lang::PtBr);

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

/// [`snap`] with the clock's times and revision ids replaced: synced revisions carry the real
/// time.
fn snap_stable(name: &str, h: &Harness) {
    let time = regex::Regex::new(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d UTC").unwrap();
    let id =
        regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").unwrap();
    let screen = h.screen(80, 24);
    let screen = time.replace_all(&screen, "DD/MM/AAAA hh:mm:ss UTC");
    let screen = id.replace_all(&screen, "REVISION");
    insta::assert_snapshot!(format!("pt_{name}_80x24"), screen);
}

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

/// The messages fixture (an import with warnings) imported, its course open.
fn course_with_warnings() -> Harness {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui-messages/horta-com-avisos");
    let mut h = Harness::open_in(PT, false, |store| {
        let snapshot = services::read_course_folder(&fixture).unwrap();
        services::import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Update).unwrap();
    });
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    h
}

#[test]
fn pt_br_messages_screen() {
    let mut h = course_with_warnings();
    h.keys("m");
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    snap("messages", &h);
    // The second one is about curriculum.yaml, not a lesson: Enter says so, in Portuguese.
    h.keys("j");
    h.press(KeyCode::Enter);
    snap("messages_not_a_lesson", &h);
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    h.keys("?");
    snap("help_messages", &h);
    // A course with nothing to say.
    let mut h = Harness::open_in(PT, false, |store| {
        one_lesson_course(
            store,
            "vazio",
            "Vazio",
            "Uma lição",
            "# Uma lição\n\nTexto.\n",
        );
    });
    h.press(KeyCode::Enter).keys("m");
    snap("messages_none", &h);
}

fn two_personas(store: &mut lectern::storage::Store) {
    use lectern::domain::persona::Persona;
    use lectern::services::OnExistingPersona;
    for (slug, name) in [("ana-lima", "Ana Lima"), ("bruno_reis", "Bruno Reis")] {
        let persona = Persona {
            slug: slug.into(),
            display_name: name.into(),
            short_bio: Some(format!("{name} ensina planilhas")),
            ..Persona::default()
        };
        services::save_persona(store, &persona, OnExistingPersona::Refuse).unwrap();
    }
}

#[test]
fn pt_br_personas_screen() {
    // Browsing from the library; Enter there says how to pick, in Portuguese.
    let mut h = Harness::open_in(PT, true, two_personas);
    h.keys("P");
    assert!(matches!(h.app.screen(), Screen::Personas(_)));
    snap("personas_browse", &h);
    h.press(KeyCode::Enter);
    snap("personas_not_picking", &h);
    h.keys("?");
    snap("help_personas", &h);
    // Picking for a course, then assigning one.
    let mut h = Harness::open_in(PT, true, two_personas);
    h.press(KeyCode::Enter).keys("p");
    snap("personas_pick", &h);
    h.keys("j").press(KeyCode::Enter);
    snap("personas_assigned", &h);
    // No personas at all.
    let mut h = pt_demo();
    h.keys("P");
    snap("personas_none", &h);
}

/// The workbench as bruno's replica with one open conflict on lesson 1.1 of `seed-00000` (as
/// `tui_conflicts::in_conflict`, in Portuguese).
fn pt_in_conflict() -> (
    Harness,
    crate::sync_core_support::ServerSchema,
    crate::sync_core_support::Replica,
) {
    use crate::sync_core_support::{Replica, ServerSchema};
    use lectern::services::authoring::save_lesson_as;
    use lectern::storage::RevisionSource;
    let text =
        |first: &str| format!("# 1.1\n\n{first}\n\nmiddle line one\nmiddle line two\n\nend\n");
    let server = ServerSchema::new();
    let mut ana = Replica::new("ana");
    services::seed_synthetic(&mut ana.store, 1, 2).unwrap();
    server.sync(&mut ana.store);
    let h = Harness::open_in(PT, false, |store| {
        store.set_author("bruno");
        server.sync(store);
        let theirs = text("ana wrote this");
        save_lesson_as(
            &mut ana.store,
            "seed-00000",
            "1.1",
            &theirs,
            RevisionSource::Edited,
        )
        .unwrap();
        server.sync(&mut ana.store);
        let mine = text("bruno wrote that");
        save_lesson_as(store, "seed-00000", "1.1", &mine, RevisionSource::Edited).unwrap();
        assert_eq!(server.sync(store).open_conflicts, 1);
    });
    (h, server, ana)
}

#[test]
fn pt_br_conflicts_screen() {
    let (mut h, _server, _ana) = pt_in_conflict();
    h.keys("K");
    assert!(matches!(h.app.screen(), Screen::Conflicts(_)));
    snap_stable("conflicts", &h);
    h.keys("?");
    snap("help_conflicts", &h);
    h.press(KeyCode::Esc);
    // The merged text opens in the editor with the markers in Portuguese.
    h.press(KeyCode::Enter);
    let Screen::Editor(editor) = h.app.screen() else {
        panic!("Enter did not open the editor")
    };
    let text = editor.text();
    assert!(
        text.contains("<<<<<<< meu lado") && text.contains(">>>>>>> lado deles"),
        "{text}"
    );
    // The course's own conflicts (none left after keeping mine).
    let (mut h, _server, _ana) = pt_in_conflict();
    h.press(KeyCode::Enter).keys("K");
    snap_stable("conflicts_of_course", &h);
    h.keys("m");
    snap_stable("conflicts_none", &h);
}

#[test]
fn pt_br_analytics_of_the_library_every_section() {
    let mut h = pt_demo();
    h.keys("a");
    assert!(matches!(h.app.screen(), Screen::Analytics(_)));
    let names = [
        "scores", "elements", "courses", "issues", "trends", "origin", "outcomes",
    ];
    for name in names {
        snap(&format!("analytics_library_{name}"), &h);
        h.press(KeyCode::Tab);
    }
    h.keys("?");
    snap("help_analytics", &h);
}

#[test]
fn pt_br_analytics_of_a_course_modules_and_lessons() {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("a");
    assert!(matches!(h.app.screen(), Screen::Analytics(_)));
    snap("analytics_course_scores", &h);
    h.press(KeyCode::Tab).press(KeyCode::Tab);
    snap("analytics_course_modules", &h);
    h.press(KeyCode::BackTab)
        .press(KeyCode::BackTab)
        .press(KeyCode::BackTab);
    snap("analytics_course_lessons", &h);
}

/// The analytics screen drawn alone (no frame) at 80×24 in Portuguese.
fn analytics_text(screen: &lectern::tui::AnalyticsScreen) -> String {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let theme = lectern::tui::Theme::new(true).with_texts(PT);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| screen.render(f, f.area(), &theme))
        .unwrap();
    crate::tui_harness::text_of(terminal.backend().buffer())
}

/// Revised lessons and learner figures: the trend over two revisions, the outcomes with too
/// few lessons to correlate, and a course's lessons with completion and rating.
#[test]
fn pt_br_analytics_with_revisions_and_learner_figures() {
    use lectern::services::analytics::import_performance;
    use lectern::services::{DEMO_SLUG, Scope, load_analytics, seed_demo};
    use lectern::tui::{AnalyticsAction, AnalyticsScreen};
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::analytics::hand_made(dir.path());
    crate::analytics::revise_a2(&mut store);
    seed_demo(&mut store).unwrap();
    let csv = format!(
        "course,lesson id,views,completion rate,rating\n\
         {DEMO_SLUG},1.1,120,92%,4.8\n{DEMO_SLUG},1.2,110,81%,4.5\n{DEMO_SLUG},2.1,90,40%,3.9\n"
    );
    import_performance(&mut store, "demo.csv", csv.as_bytes(), false).unwrap();
    let loaded = |scope: Scope| {
        let (mut screen, _) = AnalyticsScreen::new(scope.clone());
        let data = load_analytics(&store, &scope).map_err(|e| e.to_string());
        screen.update(AnalyticsAction::Loaded(Box::new(data)));
        screen
    };
    let tab = |screen: &mut AnalyticsScreen, n: usize| {
        let keymap = lectern::tui::Keymap::defaults().unwrap();
        let key = crossterm::event::KeyEvent::from(KeyCode::Tab);
        for _ in 0..n {
            let action = screen.handle_key(&key, keymap.analytics()).unwrap();
            screen.update(action);
        }
    };
    let mut library = loaded(Scope::Library);
    tab(&mut library, 2);
    insta::assert_snapshot!(
        "pt_analytics_revised_courses_80x24",
        analytics_text(&library)
    );
    tab(&mut library, 2);
    insta::assert_snapshot!(
        "pt_analytics_revised_trends_80x24",
        analytics_text(&library)
    );
    tab(&mut library, 2);
    insta::assert_snapshot!(
        "pt_analytics_revised_outcomes_80x24",
        analytics_text(&library)
    );
    let mut course = loaded(Scope::Course(DEMO_SLUG.into()));
    tab(&mut course, 7);
    insta::assert_snapshot!(
        "pt_analytics_revised_lessons_80x24",
        analytics_text(&course)
    );
    // Not loaded yet, and a loader's error.
    let (mut waiting, _) = AnalyticsScreen::new(Scope::Library);
    insta::assert_snapshot!("pt_analytics_loading_80x24", analytics_text(&waiting));
    waiting.update(AnalyticsAction::Loaded(Box::new(Err(
        "disk I/O error".into()
    ))));
    let text = analytics_text(&waiting);
    assert!(
        text.contains("Não foi possível carregar os números: disk I/O error"),
        "{text}"
    );
}
