//! Snapshots of every TUI screen at 80×24 and 120×40 (ratatui `TestBackend` + insta), and the
//! guarantee that untrusted lesson text never reaches the terminal as escape sequences.
//! Symbols only in the snapshots; `styles_carry_meaning_with_symbols` checks colours.

use crossterm::event::KeyCode;
use lectern::tui::Theme;

use crate::tui_harness::{Harness, one_lesson_course, text_of};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

#[test]
fn empty_library() {
    snap_both("empty_library", &Harness::empty());
}

#[test]
fn demo_library() {
    snap_both("demo_library", &Harness::demo());
}

#[test]
fn course_with_failures() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("jjjj");
    snap_both("course_with_failures", &h);
    h.keys("f");
    snap_both("course_failing_only", &h);
}

#[test]
fn lesson_with_an_issue_highlighted() {
    let mut h = Harness::demo();
    // Library → course → lesson 2.3 (misses its Position section) → first issue.
    h.press(KeyCode::Enter)
        .keys("jjjjj")
        .press(KeyCode::Enter)
        .keys("]");
    snap_both("lesson_issue_highlighted", &h);
}

#[test]
fn help_overlay() {
    let mut h = Harness::demo();
    h.keys("?");
    snap_both("help_library", &h);
    insta::assert_snapshot!("help_library_60x20", h.screen(60, 20));
    h.press(KeyCode::Esc)
        .press(KeyCode::Enter)
        .keys("jjjjj")
        .press(KeyCode::Enter)
        .keys("?");
    snap_both("help_lesson", &h);
    insta::assert_snapshot!("help_lesson_60x20", h.screen(60, 20));
}

#[test]
fn help_overlay_scrolls_at_the_smallest_size() {
    let mut h = Harness::demo();
    h.resize(60, 20).press(KeyCode::Enter).keys("?");
    insta::assert_snapshot!("help_course_60x20", h.screen(60, 20));
    h.press(KeyCode::End);
    insta::assert_snapshot!("help_course_end_60x20", h.screen(60, 20));
    let at_end = h.screen(60, 20);
    h.keys("j").press(KeyCode::PageDown);
    assert_eq!(h.screen(60, 20), at_end, "scrolling stops at the last row");
    h.keys("k");
    assert!(h.screen(60, 20).contains("more ↑↓"));
    h.keys("g");
    assert!(h.screen(60, 20).contains("more ↓"));
    let wheel = crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::ScrollDown,
        column: 30,
        row: 10,
        modifiers: crossterm::event::KeyModifiers::NONE,
    };
    let event = crossterm::event::Event::Mouse(wheel);
    h.app.handle_event(lectern::tui::AppEvent::Terminal(event));
    assert!(
        h.screen(60, 20).contains("more ↑↓"),
        "the wheel scrolls it too"
    );
    h.press(KeyCode::Esc);
    assert!(!h.app.help_open());
}

#[test]
fn too_small_terminal() {
    let h = Harness::demo();
    insta::assert_snapshot!("too_small_59x20", h.screen(59, 20));
    insta::assert_snapshot!("too_small_80x19", h.screen(80, 19));
}

#[test]
fn library_filter_as_you_type() {
    let mut h = Harness::demo();
    h.keys("/planilhas");
    insta::assert_snapshot!("library_filtering_80x24", h.screen(80, 24));
    h.keys("zzz");
    insta::assert_snapshot!("library_filter_no_match_80x24", h.screen(80, 24));
}

/// A lesson whose text tries to retitle the window and clear the screen.
const HOSTILE: &str =
    "# Aula\n\n## 🎯 G - GOAL\n\nTitle \x1b]0;owned\x07 here.\n\nClear \x1b[2J now.\n";

fn hostile_course(store: &mut lectern::storage::Store) {
    one_lesson_course(
        store,
        "hostil",
        "Curso \x1b[31mhostil",
        "Aula \x07 um",
        HOSTILE,
    );
}

#[test]
fn escape_sequences_in_a_lesson_render_as_visible_placeholders() {
    let mut h = Harness::open(false, hostile_course);
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    let buffer = h.buffer(120, 40);
    let text = text_of(&buffer);
    assert!(text.contains("Title ␛]0;owned␇ here."), "{text}");
    assert!(text.contains("Clear ␛[2J now."), "{text}");
    assert!(text.contains("Curso ␛[31mhostil"), "{text}");
    for cell in buffer.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "control character in a cell: {:?}",
            cell.symbol()
        );
    }
    insta::assert_snapshot!("lesson_hostile_text_120x40", text);
}

#[test]
fn styles_carry_meaning_with_symbols() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter);
    let buffer = h.buffer(120, 40);
    let theme = Theme::new(true);
    // Lesson 2.2 scores 10/100: its Didática cell is drawn in the failure style, next to ✗.
    let text = text_of(&buffer);
    let row = text
        .lines()
        .position(|l| l.contains("2.2 Filtros"))
        .unwrap() as u16;
    let line = text.lines().nth(row as usize).unwrap();
    assert!(line.contains('✗'), "{line}");
    let col = (0..buffer.area.width)
        .find(|&x| buffer[(x, row)].symbol() == "1" && buffer[(x + 1, row)].symbol() == "0")
        .unwrap();
    assert_eq!(buffer[(col, row)].fg, theme.failure.fg.unwrap());
}

#[test]
fn no_color_draws_without_colour_and_keeps_the_symbols() {
    let mut h = Harness::demo();
    let keymap = lectern::tui::Keymap::defaults().unwrap();
    h.app = lectern::tui::App::new(keymap, Theme::new(false), "demo.db".into());
    let requests = h.app.start();
    h.answer(requests);
    h.press(KeyCode::Enter).keys("jjjj");
    let buffer = h.buffer(120, 40);
    let reset = ratatui::style::Color::Reset;
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == reset && c.bg == reset)
    );
    let text = text_of(&buffer);
    assert!(text.contains("✗ 2.2 Filtros"), "{text}");
    assert!(text.contains("✗ failed"), "{text}");
}
