//! Issue 20, daily use in the workbench: `Esc` on the library does not quit (`q`/`Q` do, and
//! ask first when text is unsaved), the editors' keys people expect (`Ctrl-z`, `Ctrl-y`,
//! `Ctrl-Shift-z`, `Ctrl-j`, `F1`, `Ctrl-a`), messages that win over the database path, the
//! empty course's hint, and the lesson's advice read whole at 60×20, 80×24 and 120×40.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::authoring::{self, NewCourseRequest};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

const TEXT: &str = "# 1.1 - Intro\n\nlinha um\n";

fn lesson_course() -> Harness {
    Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", TEXT)
    })
}

fn editor_text(h: &Harness) -> String {
    match h.app.screen() {
        Screen::Editor(e) => e.text(),
        other => panic!("no editor open: {}", other.title()),
    }
}

#[test]
fn esc_on_the_library_does_not_quit_and_q_does() {
    let mut h = lesson_course();
    h.press(KeyCode::Esc).press(KeyCode::Esc);
    assert!(!h.app.should_quit());
    assert!(
        !h.screen(80, 24).contains("Esc back"),
        "no back hint on the library"
    );
    h.keys("q");
    assert!(h.app.should_quit());
}

#[test]
fn quitting_with_unsaved_text_asks_first() {
    let mut h = lesson_course();
    h.press(KeyCode::Enter).keys("e").type_text("x");
    // In the editor's text `Q` types; with the panel focused it is the global key.
    h.press_with(KeyCode::Char('Q'), KeyModifiers::SHIFT);
    assert!(!h.app.should_quit());
    h.press(KeyCode::Tab)
        .press_with(KeyCode::Char('Q'), KeyModifiers::SHIFT);
    assert!(!h.app.should_quit(), "asked first");
    let screen = h.screen(100, 24);
    assert!(screen.contains("1 editor with unsaved text"), "{screen}");
    h.keys("n");
    assert!(!h.app.should_quit());
    h.press_with(KeyCode::Char('Q'), KeyModifiers::SHIFT)
        .keys("y");
    assert!(h.app.should_quit());
}

#[test]
fn editor_undo_redo_and_ctrl_j() {
    let mut h = lesson_course();
    h.press(KeyCode::Enter).keys("e");
    h.type_text("ab");
    let typed = editor_text(&h);
    h.press_with(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_ne!(editor_text(&h), typed, "Ctrl-z undoes");
    h.press_with(KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert_eq!(editor_text(&h), typed, "Ctrl-y redoes");
    h.press_with(KeyCode::Char('z'), KeyModifiers::CONTROL);
    h.press_with(
        KeyCode::Char('Z'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(editor_text(&h), typed, "Ctrl-Shift-z redoes");
    // Ctrl-j is a new line (text sent with bare LFs keeps every line).
    h.type_text("um");
    h.press_with(KeyCode::Char('j'), KeyModifiers::CONTROL);
    h.type_text("dois");
    assert!(
        editor_text(&h).starts_with("abum\ndois# 1.1"),
        "{}",
        editor_text(&h)
    );
}

#[test]
fn f1_opens_the_editors_help_and_question_mark_types() {
    let mut h = lesson_course();
    h.press(KeyCode::Enter).keys("e");
    assert!(h.screen(80, 24).contains("F1 help"), "the footer names F1");
    h.type_text("?");
    assert!(editor_text(&h).starts_with('?'));
    h.press(KeyCode::F(1));
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("Ctrl-z") && screen.contains("undo"),
        "{screen}"
    );
    assert!(screen.contains("Ctrl-j"), "{screen}");
}

#[test]
fn ctrl_a_approves_from_the_curriculum_text() {
    let mut h = Harness::open(false, |s| {
        crate::tui_harness::planned_course(s);
    });
    h.press(KeyCode::Enter).keys("c");
    h.press_with(KeyCode::Char('a'), KeyModifiers::CONTROL);
    assert!(
        matches!(h.app.screen(), Screen::Editor(e) if e.dialog().is_some()),
        "the approval checkpoint opened"
    );
    assert!(!editor_text(&h).contains('a') || !editor_text(&h).starts_with('a'));
}

#[test]
fn a_message_takes_the_whole_status_line() {
    let mut h = lesson_course();
    // `u` with nothing to undo says so in the status line.
    h.keys("u");
    let screen = h.screen(80, 24);
    let last = screen.lines().last().unwrap().to_string();
    assert!(!last.contains("demo.db"), "the path gave way: {last}");
    h.press(KeyCode::Down);
}

#[test]
fn the_empty_course_says_what_to_do() {
    let mut h = Harness::open(false, |s| {
        authoring::create_course(
            s,
            &NewCourseRequest {
                slug: "vazio".into(),
                title: "Vazio".into(),
                created_date: "2026-11-30".into(),
            },
        )
        .unwrap();
    });
    h.press(KeyCode::Enter);
    let screen = h.screen(120, 40);
    assert!(screen.contains("c write the curriculum"), "{screen}");
    assert!(screen.contains("i import a folder"), "{screen}");
}

const LONG_HINT_LESSON: &str =
    "# 1.1 - Uma aula sem quase nada\n\n## 🎯 G - GOAL\n\nTexto curto.\n";

#[test]
fn the_lesson_advice_is_whole_at_every_size() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Uma aula", LONG_HINT_LESSON)
    });
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    for (w, rows) in [(60, 20), (80, 24), (120, 40)] {
        h.resize(w, rows);
        let screen = h.screen(w, rows);
        insta::assert_snapshot!(format!("lesson_advice_{w}x{rows}"), screen);
    }
}

#[test]
fn the_palette_hides_loose_matches_and_ranks_the_best_first() {
    let mut h = lesson_course();
    h.keys(":");
    let all = h.app.palette().unwrap().matches().len();
    h.type_text("sear");
    let matches = h.app.palette().unwrap().matches();
    assert!(
        matches.len() * 4 < all,
        "sear matched {} of {all}: {matches:?}",
        matches.len()
    );
    assert!(matches[0].starts_with("search"), "{matches:?}");
}

#[test]
fn slash_again_selects_the_old_filter_so_typing_replaces_it() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "formulas", "Fórmulas", "Intro", TEXT);
        one_lesson_course(s, "todo", "Todo dia", "Intro", TEXT);
    });
    h.keys("/").type_text("form").press(KeyCode::Enter);
    h.keys("/").type_text("todo").press(KeyCode::Enter);
    let lib = match h.app.screen() {
        Screen::Library(l) => l,
        _ => unreachable!(),
    };
    assert_eq!(lib.filter(), "todo");
    assert_eq!(lib.visible_slugs(), vec!["todo".to_string()]);
}

#[test]
fn the_archived_view_shows_archived_courses_and_d_unarchives() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "ativo", "Ativo", "Intro", TEXT);
        one_lesson_course(s, "velho", "Velho", "Intro", TEXT);
        lectern::services::archive_course(s, "velho").unwrap();
    });
    let slugs = |h: &Harness| match h.app.screen() {
        Screen::Library(l) => l.visible_slugs(),
        _ => unreachable!(),
    };
    assert_eq!(slugs(&h), vec!["ativo".to_string()]);
    h.keys("A");
    assert_eq!(slugs(&h), vec!["velho".to_string()]);
    insta::assert_snapshot!("library_archived_view_80x24", h.screen(80, 24));
    h.keys("d");
    assert!(slugs(&h).is_empty(), "back among the others");
    h.keys("A");
    assert_eq!(slugs(&h), vec!["ativo".to_string(), "velho".to_string()]);
    let status = h.store.read().require_course("velho").unwrap().status;
    assert_eq!(status.as_str(), "draft", "the status it had before");
}

#[test]
fn cli_archive_and_unarchive() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    crate::support::lectern(home)
        .args(["archive", "demo-nonexistent"])
        .assert()
        .failure();
    let out = crate::support::lectern(home)
        .args(["list"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    let slug = listed
        .lines()
        .find_map(|l| l.split_whitespace().next().filter(|w| w.contains('-')))
        .unwrap_or_else(|| panic!("a demo course in {listed}"))
        .to_string();
    crate::support::lectern(home)
        .args(["archive", &slug])
        .assert()
        .success()
        .stdout(predicates::str::contains("archived"));
    let out = crate::support::lectern(home)
        .args(["list"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&slug));
    crate::support::lectern(home)
        .args(["unarchive", &slug])
        .assert()
        .success()
        .stdout(predicates::str::contains("back in the library"));
    let out = crate::support::lectern(home)
        .args(["list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&slug));
}

#[test]
fn a_planned_lesson_and_a_new_curriculum_start_from_skeletons() {
    let mut h = Harness::open(false, |s| {
        authoring::create_course(
            s,
            &NewCourseRequest {
                slug: "planilhas".into(),
                title: "Planilhas".into(),
                created_date: "2026-11-30".into(),
            },
        )
        .unwrap();
    });
    h.press(KeyCode::Enter).keys("c");
    let text = editor_text(&h);
    assert!(text.starts_with("# Curriculum skeleton"), "{text}");
    assert!(text.contains("modules:"), "{text}");
    assert!(matches!(h.app.screen(), Screen::Editor(e) if !e.is_dirty()));
    // Leaving unchanged stores nothing.
    h.press(KeyCode::Esc);
    assert!(
        authoring::load_curriculum(&h.store, "planilhas")
            .unwrap()
            .text
            .is_empty()
    );

    let mut h = Harness::open(false, |s| {
        crate::tui_harness::planned_course(s);
        authoring::approve_curriculum(s, "planilhas", "2026-11-30T10:00:00Z").unwrap();
    });
    h.press(KeyCode::Enter).keys("e");
    let text = editor_text(&h);
    assert!(text.starts_with("# 1.1 - Células e fórmulas"), "{text}");
    assert!(text.contains("**Bloom Level:** Remember"), "{text}");
    assert!(text.contains("## 🛤️ S - STEPS"), "{text}");
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let stored = authoring::load_lesson(&h.store, "planilhas", "1.1")
        .unwrap()
        .text;
    assert_eq!(stored, text, "saving keeps the skeleton as the lesson");
}

#[test]
fn an_unknown_bloom_level_shows_in_the_curriculum_editor_with_its_line() {
    let curriculum =
        include_str!("../fixtures/authoring/curriculum.yaml").replacen("Remember", "CreateA", 1);
    let mut h = Harness::open(false, move |s| {
        authoring::create_course(
            s,
            &NewCourseRequest {
                slug: "planilhas".into(),
                title: "Planilhas".into(),
                created_date: "2026-11-30".into(),
            },
        )
        .unwrap();
        authoring::save_curriculum(s, "planilhas", &curriculum).unwrap();
    });
    h.press(KeyCode::Enter).keys("c");
    for _ in 0..lectern::tui::ANALYSIS_PAUSE_TICKS {
        h.tick();
    }
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("6: Lesson 1.1 has an unknown Bloom level"),
        "{screen}"
    );
}

#[test]
fn ctrl_r_replaces_the_next_match_or_all_with_a_count() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", "gato e gato\noutro gato\n")
    });
    h.press(KeyCode::Enter).keys("e");
    h.press_with(KeyCode::Char('r'), KeyModifiers::CONTROL);
    h.type_text("gato").press(KeyCode::Tab).type_text("cão");
    assert!(h.screen(100, 24).contains("Find: gato"), "the prompt shows");
    h.press(KeyCode::Enter);
    assert_eq!(editor_text(&h), "cão e gato\noutro gato\n");
    assert!(h.screen(100, 24).contains("replaced 1 · 2 left"));
    h.press_with(KeyCode::Char('a'), KeyModifiers::CONTROL);
    assert_eq!(editor_text(&h), "cão e cão\noutro cão\n");
    assert!(h.screen(100, 24).contains("replaced 2"));
    h.press(KeyCode::Esc);
    // Ctrl-z takes the replacement back; the editor is dirty until saved.
    h.press_with(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_ne!(editor_text(&h), "cão e cão\noutro cão\n");
    assert!(matches!(h.app.screen(), Screen::Editor(e) if e.is_dirty()));
}

#[test]
fn library_titles_keep_their_room_at_every_size() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(
            s,
            "agentes",
            "Agentes de IA para pequenas empresas",
            "I",
            TEXT,
        );
        one_lesson_course(
            s,
            "google",
            "Google Planilhas do zero ao avançado",
            "I",
            TEXT,
        );
    });
    for (w, rows) in [(60, 20), (80, 24), (120, 40)] {
        h.resize(w, rows);
        let screen = h.screen(w, rows);
        assert!(screen.contains("Agentes de IA para"), "{screen}");
        insta::assert_snapshot!(format!("library_long_titles_{w}x{rows}"), screen);
    }
}

#[test]
fn where_is_my_data_from_the_palette() {
    let mut h = lesson_course();
    h.keys(":").type_text("where data").press(KeyCode::Enter);
    let screen = h.screen(100, 24);
    assert!(screen.contains("your data: ~/lectern/demo.db"), "{screen}");
}
