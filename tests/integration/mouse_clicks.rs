//! Left clicks as state changes, with no terminal. Each click lands on text found in the
//! drawn frame, so these fail if the click mapping and the render disagree about where a row
//! is; each screen also gets clicks that hit no row and must change nothing.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::tui::{CoursePane, LessonPane, ReviewRow, Screen};

use crate::tui_harness::Harness;

fn course(h: &Harness) -> (String, CoursePane) {
    match h.app.screen() {
        Screen::Course(c) => (c.selected_lesson().unwrap().lesson_id.clone(), c.focus()),
        other => panic!("expected the course screen, got {}", other.title()),
    }
}

#[test]
fn a_click_in_the_curriculum_selects_the_lesson_and_panes_take_focus() {
    let mut h = Harness::demo();
    h.resize(80, 24).press(KeyCode::Enter);
    assert_eq!(course(&h), ("1.1".into(), CoursePane::Tree));

    h.click_on(80, 24, "2.3 Gráficos");
    assert_eq!(course(&h), ("2.3".into(), CoursePane::Tree));

    // Header, a module heading, the empty tree below the last lesson: nothing moves.
    h.click((10, 2)).click_on(80, 24, "2 · Planilhas no dia");
    let (_, below) = h.find(80, 24, "2.4 Tabelas");
    h.click((10, below + 2));
    assert_eq!(course(&h), ("2.3".into(), CoursePane::Tree));

    // The summary pane takes focus; a click back in the tree selects and focuses it.
    h.click((70, 12));
    assert_eq!(course(&h), ("2.3".into(), CoursePane::Summary));
    h.click_on(80, 24, "1.2 Fórmulas");
    assert_eq!(course(&h), ("1.2".into(), CoursePane::Tree));

    // Geometry follows the terminal's size.
    h.resize(120, 40).click_on(120, 40, "2.2 Filtros");
    assert_eq!(course(&h), ("2.2".into(), CoursePane::Tree));
}

fn review_row(h: &Harness) -> Option<ReviewRow> {
    match h.app.screen() {
        Screen::Review(r) => r.selected_row(),
        other => panic!("expected the review screen, got {}", other.title()),
    }
}

#[test]
fn a_click_in_the_review_selects_the_row() {
    let mut h = Harness::demo();
    h.resize(80, 24).keys("R").keys("e");
    assert_eq!(review_row(&h), Some(ReviewRow::Group(0)));

    h.click_on(80, 24, "2.3 Gráficos");
    assert_eq!(review_row(&h), Some(ReviewRow::Hit(1, 0)));
    h.click_on(80, 24, "GPS-P-NO-EMPATHY");
    assert_eq!(review_row(&h), Some(ReviewRow::Group(3)));

    // The summary line, the top border, the empty list below the rows.
    h.click((5, 1)).click((5, 2)).click((5, 15));
    assert_eq!(review_row(&h), Some(ReviewRow::Group(3)));
}

fn search_selected(h: &Harness) -> usize {
    match h.app.screen() {
        Screen::Search(s) => s.selected(),
        other => panic!("expected the search screen, got {}", other.title()),
    }
}

#[test]
fn a_click_on_either_line_of_a_search_result_selects_it() {
    let mut h = Harness::demo();
    h.resize(80, 24)
        .press_with(KeyCode::Char('f'), KeyModifiers::CONTROL)
        .type_text("gráfico")
        .tick();
    assert_eq!(search_selected(&h), 0);

    h.click_on(80, 24, "…Criar um gráfico");
    assert_eq!(
        search_selected(&h),
        1,
        "the snippet line of the second result"
    );
    h.click_on(80, 24, "Gráficos que contam uma história  planilhas");
    assert_eq!(search_selected(&h), 0, "the title line of the first result");

    // The query field and the empty space below the results.
    h.click_on(80, 24, "2 results").click((10, 12));
    assert_eq!(search_selected(&h), 0);
}

fn lesson(h: &Harness) -> &lectern::tui::LessonScreen {
    match h.app.screen() {
        Screen::Lesson(l) => l,
        other => panic!("expected the lesson screen, got {}", other.title()),
    }
}

#[test]
fn a_click_on_an_issue_selects_it_and_a_click_in_the_text_only_focuses_it() {
    let mut h = Harness::demo();
    h.resize(80, 24)
        .press(KeyCode::Enter)
        .keys("jjjjj")
        .press(KeyCode::Enter)
        .keys("]");
    let before = (lesson(&h).scroll(), lesson(&h).highlighted_lines());
    assert_eq!(lesson(&h).selected_issue(), 0);

    h.click_on(80, 24, "DL-LINK-FEW");
    assert_eq!(lesson(&h).selected_issue(), 1);
    assert_eq!(lesson(&h).focus(), LessonPane::Issues);

    // Below the last issue, and the Didática box above the list: nothing changes.
    let (column, row) = h.find(80, 24, "DL-LINK-FEW");
    h.click((column, row + 1)).click_on(80, 24, "Conceitos");
    assert_eq!(lesson(&h).selected_issue(), 1);
    assert_eq!(lesson(&h).focus(), LessonPane::Issues);

    // A text line focuses the text and moves neither the text nor the highlight.
    h.click_on(80, 24, "### Etapa 1");
    assert_eq!(lesson(&h).focus(), LessonPane::Text);
    assert_eq!(
        (lesson(&h).scroll(), lesson(&h).highlighted_lines()),
        before
    );
    assert_eq!(lesson(&h).selected_issue(), 1);
}

#[test]
fn clicks_do_not_reach_a_screen_under_the_help() {
    let mut h = Harness::demo();
    h.resize(120, 40).press(KeyCode::Enter);
    let target = h.find(120, 40, "2.3 Gráficos");
    h.keys("?").click(target);
    assert!(h.app.help_open());
    h.press(KeyCode::Esc);
    assert_eq!(course(&h).0, "1.1");
}

fn library_selection(h: &Harness) -> Option<String> {
    match h.app.screen() {
        Screen::Library(l) => l.selected_slug().map(str::to_string),
        other => panic!("expected the library, got {}", other.title()),
    }
}

#[test]
fn a_click_on_a_library_row_selects_it_with_or_without_the_filter_line_never_under_a_dialog() {
    let mut h = Harness::open(false, |store| {
        lectern::services::seed_synthetic(store, 30, 1).unwrap();
    });
    h.resize(120, 40);
    assert_eq!(library_selection(&h).as_deref(), Some("seed-00000"));

    h.click_on(120, 40, "seed-00007");
    assert_eq!(library_selection(&h).as_deref(), Some("seed-00007"));

    // The header line and the border select nothing.
    h.click_on(120, 40, "Title").click((0, 5));
    assert_eq!(library_selection(&h).as_deref(), Some("seed-00007"));

    // With the filter line shown the rows move down one line; clicks follow them.
    h.keys("/").keys("0001").press(KeyCode::Enter);
    h.click_on(120, 40, "seed-00012");
    assert_eq!(library_selection(&h).as_deref(), Some("seed-00012"));

    // Under the new-course dialog a click does not move the selection below it.
    h.press(KeyCode::Esc).keys("n");
    let (column, row) = h.find(120, 40, "seed-00003");
    h.click((column, row));
    assert_eq!(library_selection(&h).as_deref(), Some("seed-00012"));
}
