//! The library table copies unchanged rows from a cache of earlier frames; whatever the
//! frames before, a frame must equal the one a fresh screen in the same state draws (cells and
//! styles), including after a reload replaces the rows.

use lectern::domain::course::CourseStatus;
use lectern::storage::CourseSummary;
use lectern::tui::{LibraryAction, LibraryCommand, LibraryScreen, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn courses(count: usize, prefix: &str) -> Vec<CourseSummary> {
    (0..count)
        .map(|i| CourseSummary {
            slug: format!("curso-{i:04}"),
            title: format!("{prefix} {i:04} — planilhas"),
            status: CourseStatus::Draft,
            persona: (i % 3 == 0).then(|| "Ana".to_string()),
            lessons: 20,
            planned: 0,
            avg_gps: (i % 7 != 0).then_some(0.5 + (i % 5) as f64 / 10.0),
            avg_didatica: Some(0.6 + (i % 4) as f64 / 10.0),
            passed: (i % 11) as u32,
            warning: (i % 3) as u32,
            failed: (i % 5) as u32,
            draft: 0,
            updated_at: "2026-01-02T03:04:05Z".to_string(),
        })
        .collect()
}

fn loaded(courses: Vec<CourseSummary>) -> LibraryAction {
    LibraryAction::CoursesLoaded {
        offset: 0,
        result: Ok(courses),
        more: false,
    }
}

fn draw(screen: &LibraryScreen, (width, height): (u16, u16), theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| screen.render(f, f.area(), theme))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// A screen that has seen `actions` and never drawn a frame.
fn fresh(actions: &[LibraryAction]) -> LibraryScreen {
    let mut screen = LibraryScreen::new();
    for action in actions {
        screen.update(action.clone());
    }
    screen
}

#[test]
fn rows_copied_from_earlier_frames_equal_a_fresh_drawing_styles_included() {
    let theme = Theme::new(true);
    let moves = [
        LibraryCommand::Down,
        LibraryCommand::Down,
        LibraryCommand::PageDown,
        LibraryCommand::PageDown,
        LibraryCommand::PageDown,
        LibraryCommand::Up,
        LibraryCommand::CycleSort,
        LibraryCommand::Down,
        LibraryCommand::ReverseSort,
        LibraryCommand::Bottom,
        LibraryCommand::PageUp,
        LibraryCommand::Top,
    ];
    for size in [(80, 24), (120, 40)] {
        let mut actions = vec![loaded(courses(300, "Curso"))];
        let mut screen = fresh(&actions);
        draw(&screen, size, &theme);
        for command in moves {
            let action = LibraryAction::Command(command);
            screen.update(action.clone());
            actions.push(action);
            assert_eq!(
                draw(&screen, size, &theme),
                draw(&fresh(&actions), size, &theme),
                "after {command:?} at {size:?}"
            );
        }
    }
}

#[test]
fn a_reload_draws_the_new_rows_not_the_ones_drawn_before() {
    let theme = Theme::new(true);
    let size = (120, 40);
    let down = LibraryAction::Command(LibraryCommand::Down);
    let mut actions = vec![loaded(courses(50, "Antigo")), down.clone()];
    let mut screen = fresh(&actions);
    draw(&screen, size, &theme);
    for action in [loaded(courses(50, "Novo")), down] {
        screen.update(action.clone());
        actions.push(action);
    }
    let frame = draw(&screen, size, &theme);
    assert_eq!(frame, draw(&fresh(&actions), size, &theme));
    let text: String = frame.content.iter().map(|c| c.symbol()).collect();
    assert!(!text.contains("Antigo"), "a row of the old load was reused");
}

#[test]
fn a_theme_change_redraws_cached_rows() {
    let size = (80, 24);
    let actions = [loaded(courses(30, "Curso"))];
    let screen = fresh(&actions);
    draw(&screen, size, &Theme::new(true));
    let mono = Theme::new(false);
    assert_eq!(
        draw(&screen, size, &mono),
        draw(&fresh(&actions), size, &mono)
    );
}
