//! What the TUI benchmarks share: the 120×40 test terminal, answering a screen's requests the
//! way the storage worker would, and the search screen's keystroke (`apply formul` ± `a`).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lectern::storage::Store;
use lectern::tui::{App, AppEvent, Screen, StorageRequest, serve};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const SIZE: (u16, u16) = (120, 40);

pub fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap()
}

pub fn frame(app: &App, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|f| app.render(f)).unwrap();
}

/// Answers `requests` (and their follow-ups) the way the storage worker would.
pub fn drive(store: &mut Store, app: &mut App, requests: Vec<StorageRequest>) {
    let mut pending = requests;
    while let Some(request) = pending.pop() {
        let event = serve(store, request);
        pending.extend(app.handle_event(AppEvent::Storage(event)));
    }
}

/// Ctrl-f, then a query whose words are in every seeded lesson, searched and drawn.
pub fn open_search(store: &mut Store, app: &mut App) {
    let requests = app.handle_key(KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL));
    drive(store, app, requests);
    for c in "apply formul".chars() {
        app.handle_key(KeyEvent::from(KeyCode::Char(c)));
    }
    let requests = app.handle_event(AppEvent::Tick);
    drive(store, app, requests);
    match app.screen() {
        Screen::Search(search) => assert!(!search.results().is_empty(), "the query finds lessons"),
        other => panic!("Ctrl-f opens the search, not {}", other.title()),
    }
}

/// One search keystroke until drawn: types `a` or erases it (alternately, so the query stays
/// the same across iterations), and the search runs on the next tick as in the workbench.
pub fn search_keystroke(
    store: &mut Store,
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    typed: &mut bool,
) {
    let key = if *typed {
        KeyCode::Backspace
    } else {
        KeyCode::Char('a')
    };
    *typed = !*typed;
    let mut requests = app.handle_key(KeyEvent::from(key));
    requests.extend(app.handle_event(AppEvent::Tick));
    drive(store, app, requests);
    frame(app, terminal);
}
