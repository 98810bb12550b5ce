//! The Analytics dashboard (issue 15) drawn to a `TestBackend`: every section of the library
//! and of the demo course at 80×24 and 120×40, and with `NO_COLOR` (no colour anywhere; the
//! current tab, pass/fail and the weakest row are said in symbols and words). Keys: `Tab`
//! moves between sections, `Enter` on an issue code asks for the Review screen filtered to it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use lectern::services::analytics::import_performance;
use lectern::services::{DEMO_SLUG, Scope, load_analytics, seed_demo};
use lectern::tui::{
    AnalyticsAction, AnalyticsOutcome, AnalyticsScreen, AnalyticsSection, Keymap, Theme,
};

use super::analytics::{hand_made, revise_a2};
use super::tui_harness::text_of;

/// The hand-made library (alpha 1.2 revised once) plus the demo course, with learner figures
/// for some of the demo's lessons.
fn library(dir: &std::path::Path) -> lectern::storage::Store {
    let mut store = hand_made(dir);
    revise_a2(&mut store);
    seed_demo(&mut store).unwrap();
    let csv = format!(
        "course,lesson id,views,completion rate,rating\n\
         {DEMO_SLUG},1.1,120,92%,4.8\n{DEMO_SLUG},1.2,110,81%,4.5\n{DEMO_SLUG},2.1,90,40%,3.9\n"
    );
    import_performance(&mut store, "demo.csv", csv.as_bytes(), false).unwrap();
    store
}

fn loaded(store: &lectern::storage::Store, scope: Scope) -> AnalyticsScreen {
    let (mut screen, load) = AnalyticsScreen::new(scope.clone());
    assert_eq!(load, AnalyticsOutcome::Load(scope.clone()));
    let data = load_analytics(store, &scope).map_err(|e| e.to_string());
    assert_eq!(screen.update(AnalyticsAction::Loaded(Box::new(data))), None);
    screen
}

fn press(screen: &mut AnalyticsScreen, code: KeyCode) -> Option<AnalyticsOutcome> {
    let keymap = Keymap::defaults().unwrap();
    let keys = keymap.analytics();
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    let action = screen.handle_key(&key, keys).expect("a bound key");
    screen.update(action)
}

fn draw(screen: &AnalyticsScreen, theme: &Theme, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| screen.render(f, f.area(), theme))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// Every section in `Tab` order, one drawing each, as one text.
fn all_sections(screen: &mut AnalyticsScreen, theme: &Theme, w: u16, h: u16) -> String {
    let first = screen.section();
    let mut out = String::new();
    loop {
        let buffer = draw(screen, theme, w, h);
        if !theme.syntax_color {
            assert_no_colour(&buffer);
        }
        out.push_str(&format!(
            "── {:?} ──\n{}\n",
            screen.section(),
            text_of(&buffer)
        ));
        press(screen, KeyCode::Tab);
        if screen.section() == first {
            return out;
        }
    }
}

fn assert_no_colour(buffer: &ratatui::buffer::Buffer) {
    for cell in buffer.content() {
        for c in [cell.fg, cell.bg] {
            assert!(
                matches!(c, Color::Reset),
                "a colour under NO_COLOR: {c:?} at {:?}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn library_dashboard_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let store = library(dir.path());
    for (w, h) in [(80, 24), (120, 40)] {
        let mut screen = loaded(&store, Scope::Library);
        let text = all_sections(&mut screen, &Theme::new(true), w, h);
        insta::assert_snapshot!(format!("analytics_library_{w}x{h}"), text);
    }
    let mut screen = loaded(&store, Scope::Library);
    let text = all_sections(&mut screen, &Theme::new(false), 80, 24);
    insta::assert_snapshot!("analytics_library_no_color_80x24", text);
}

#[test]
fn course_dashboard_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let store = library(dir.path());
    let scope = Scope::Course(DEMO_SLUG.into());
    for (w, h) in [(80, 24), (120, 40)] {
        let mut screen = loaded(&store, scope.clone());
        let text = all_sections(&mut screen, &Theme::new(true), w, h);
        insta::assert_snapshot!(format!("analytics_course_{w}x{h}"), text);
    }
    let mut screen = loaded(&store, scope);
    let text = all_sections(&mut screen, &Theme::new(false), 80, 24);
    insta::assert_snapshot!("analytics_course_no_color_80x24", text);
}

#[test]
fn keys_move_between_sections_and_open_the_review_of_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let store = library(dir.path());
    let mut screen = loaded(&store, Scope::Course(DEMO_SLUG.into()));
    assert_eq!(screen.section(), AnalyticsSection::Scores);
    press(&mut screen, KeyCode::BackTab);
    assert_eq!(screen.section(), AnalyticsSection::Lessons);
    press(&mut screen, KeyCode::Tab);
    for _ in 0..3 {
        press(&mut screen, KeyCode::Tab);
    }
    assert_eq!(screen.section(), AnalyticsSection::Issues);
    press(&mut screen, KeyCode::Down);
    let figures = lectern::services::figures(&store, &Scope::Course(DEMO_SLUG.into())).unwrap();
    assert_eq!(
        press(&mut screen, KeyCode::Enter),
        Some(AnalyticsOutcome::OpenReview {
            course: Some(DEMO_SLUG.into()),
            code: figures.issue_codes[1].0.clone()
        })
    );
    assert_eq!(
        press(&mut screen, KeyCode::Char('r')),
        Some(AnalyticsOutcome::Load(Scope::Course(DEMO_SLUG.into())))
    );
    // The lessons table opens a lesson.
    for _ in 0..4 {
        press(&mut screen, KeyCode::BackTab);
    }
    assert_eq!(screen.section(), AnalyticsSection::Lessons);
    press(&mut screen, KeyCode::Down);
    assert_eq!(
        press(&mut screen, KeyCode::Enter),
        Some(AnalyticsOutcome::OpenLesson {
            course: DEMO_SLUG.into(),
            lesson_id: "1.2".into()
        })
    );
}

#[test]
fn a_load_error_is_shown_not_swallowed() {
    let (mut screen, _) = AnalyticsScreen::new(Scope::Library);
    let text = text_of(&draw(&screen, &Theme::new(true), 80, 24));
    assert!(text.contains("Loading the figures"), "{text}");
    screen.update(AnalyticsAction::Loaded(Box::new(Err(
        "database is locked".into()
    ))));
    let text = text_of(&draw(&screen, &Theme::new(true), 80, 24));
    assert!(
        text.contains("Cannot load the figures: database is locked"),
        "{text}"
    );
}
