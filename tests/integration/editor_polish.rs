//! Editor polish (issue 6) through `App`: syntect colouring after the typing pause, gutter
//! markers that follow the text, Bloom progression findings in the curriculum editor, the
//! Ctrl-f search prompt, and drafts written on focus loss and on Ctrl-c.

use crossterm::event::{Event, KeyCode, KeyModifiers};
use lectern::services::authoring::{self, DraftKey, NewCourseRequest};
use lectern::storage::Store;
use lectern::tui::{ANALYSIS_PAUSE_TICKS, AppEvent, Screen, Theme};
use ratatui::style::Color;

use crate::tui_harness::{Harness, text_of};

const JUMPY: &str = include_str!("../fixtures/authoring/curriculum_bloom_jump.yaml");

/// The empty course `planilhas` (no curriculum, no lessons) the editor tests open.
pub fn course(store: &mut Store) {
    authoring::create_course(
        store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Planilhas do zero".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
}

fn ticks(h: &mut Harness, n: u64) {
    for _ in 0..n {
        let requests = h.app.handle_event(AppEvent::Tick);
        h.answer(requests);
    }
}

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

/// The screen position of the first occurrence of `needle` (column in cells).
fn find(buffer: &ratatui::buffer::Buffer, needle: &str) -> (u16, u16) {
    let text = text_of(buffer);
    for (y, line) in text.lines().enumerate() {
        if let Some(byte) = line.find(needle) {
            let x = unicode_width::UnicodeWidthStr::width(&line[..byte]);
            return (x as u16, y as u16);
        }
    }
    panic!("{needle:?} not on screen:\n{text}");
}

#[test]
fn markdown_is_coloured_after_the_pause_and_typing_keeps_lines_coloured() {
    let mut h = Harness::open(false, course);
    h.keys("e");
    let heading = Theme::new(true).syntax(lectern::tui::SyntaxKind::Heading);
    // Before the first analysis answers, nothing is coloured.
    let (x, y) = find(&h.buffer(120, 40), "# 📋 Course Brief");
    assert_eq!(h.buffer(120, 40)[(x, y)].fg, Color::Reset);
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    let buffer = h.buffer(120, 40);
    assert_eq!(buffer[(x, y)].fg, heading.fg.unwrap(), "heading coloured");
    // A new line at the top moves the heading down; its colour follows it at once.
    h.press(KeyCode::Enter);
    let (x2, y2) = find(&h.buffer(120, 40), "# 📋 Course Brief");
    assert_eq!(y2, y + 1);
    assert_eq!(h.buffer(120, 40)[(x2, y2)].fg, heading.fg.unwrap());
}

#[test]
fn curriculum_editor_lists_bloom_jumps_with_gutter_markers() {
    let mut h = Harness::open(false, |s| {
        course(s);
        authoring::save_curriculum(s, "planilhas", JUMPY).unwrap();
    });
    h.press(KeyCode::Enter).keys("c");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("Bloom jump remember → evaluate"),
        "{screen}"
    );
    snap_both("curriculum_editor_bloom_jump", &h);
    let key = Theme::new(true).syntax(lectern::tui::SyntaxKind::Key);
    let (x, y) = find(&h.buffer(120, 40), "modules:");
    assert_eq!(
        h.buffer(120, 40)[(x, y)].fg,
        key.fg.unwrap(),
        "YAML key coloured"
    );
    // Two lines typed above the jump: its marker moves with it before any new analysis.
    let marked = |h: &Harness| {
        text_of(&h.buffer(120, 40))
            .lines()
            .position(|l| l.contains("│!") && l.contains("lesson_id: \"1.2\""))
    };
    let before = marked(&h).unwrap();
    h.press(KeyCode::End)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter);
    assert_eq!(marked(&h), Some(before + 2));
}

#[test]
fn ctrl_f_finds_text_and_esc_closes_the_prompt() {
    let mut h = Harness::open(false, course);
    h.keys("e");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    h.keys("checklist");
    let screen = h.screen(120, 40);
    assert!(screen.contains("Search: checklist"), "{screen}");
    let Screen::Editor(editor) = h.app.screen() else {
        panic!("editor closed")
    };
    assert_eq!(editor.search_query(), Some("checklist"));
    assert!(!editor.is_dirty(), "searching does not type");
    h.press(KeyCode::Esc);
    let Screen::Editor(editor) = h.app.screen() else {
        panic!("Esc closes the prompt, not the editor")
    };
    assert_eq!(editor.search_query(), None);
}

#[test]
fn focus_loss_and_ctrl_c_write_the_draft_at_once() {
    let mut h = Harness::open(false, course);
    h.keys("e").keys("Primeira ");
    let draft = |h: &Harness| {
        authoring::load_draft(&h.store, &DraftKey::brief("planilhas"))
            .unwrap()
            .map(|d| d.text)
    };
    assert_eq!(draft(&h), None, "no tick yet");
    let requests = h.app.handle_event(AppEvent::Terminal(Event::FocusLost));
    h.answer(requests);
    assert!(draft(&h).unwrap().starts_with("Primeira "));

    h.keys("Segunda ");
    h.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(h.app.should_quit());
    assert!(draft(&h).unwrap().starts_with("Primeira Segunda "));
}
