//! Snapshots at 80×24 and 120×40 of the review (course and library), search results, the
//! command palette, the archive question and the import prompt.

use crossterm::event::{KeyCode, KeyModifiers};

use crate::tui_harness::Harness;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

#[test]
fn review_grouped_for_a_course_and_the_library() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("v").press(KeyCode::Enter);
    snap_both("review_course_grouped", &h);
    let mut h = Harness::demo();
    h.keys("R").keys("e");
    snap_both("review_library_expanded", &h);
}

#[test]
fn search_results() {
    let mut h = Harness::demo();
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL)
        .type_text("gráfico")
        .tick();
    snap_both("search_results", &h);
}

#[test]
fn command_palette() {
    let mut h = Harness::demo();
    h.keys(":");
    snap_both("palette_library", &h);
    h.type_text("rev");
    snap_both("palette_filtered", &h);
}

#[test]
fn archive_confirm_dialog() {
    let mut h = Harness::demo();
    h.keys("d");
    snap_both("archive_confirm", &h);
}

#[test]
fn import_prompt() {
    let mut h = Harness::demo();
    h.keys("i").type_text("~/courses/planilhas");
    snap_both("import_prompt", &h);
}
