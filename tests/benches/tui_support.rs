//! What the TUI benchmarks share: the 120×40 test terminal, the workbench launched on a
//! database, answering a screen's requests the way the storage worker would, and the search
//! screen's keystroke (`apply formul` ± `a`).

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lectern::storage::Store;
use lectern::tui::{App, AppEvent, Keymap, Screen, StorageRequest, Theme, serve};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const SIZE: (u16, u16) = (120, 40);

/// Everything between starting the workbench and its first frame, minus the terminal itself.
pub fn launch(db: &Path) -> (Store, App) {
    let (store, app, _) = launch_with_rest(db);
    (store, app)
}

/// [`launch`], plus the start's other requests (conflict marks, sync state), unanswered.
pub fn launch_with_rest(db: &Path) -> (Store, App, Vec<StorageRequest>) {
    let (mut store, _) = Store::open(db).unwrap();
    let keymap = Keymap::defaults().unwrap();
    let mut app = App::new(keymap, Theme::new(true), db.display().to_string());
    let mut pending = app.start();
    // The library's first page is what the first frame shows; later pages and the other
    // start requests are answered after it. (Taking the last request instead answered the
    // conflict marks once the start asked for them too, and timed an empty library.)
    let first = pending
        .iter()
        .position(|r| matches!(r, StorageRequest::LoadCourses))
        .expect("the start loads the library");
    let event = serve(&mut store, pending.remove(first));
    pending.extend(app.handle_event(AppEvent::Storage(event)));
    (store, app, pending)
}

/// The whole library loaded, as after the background pages arrive.
pub fn loaded(db: &Path) -> App {
    let (mut store, mut app, mut pending) = launch_with_rest(db);
    // Follow-up page requests, answered until none is left.
    loop {
        let requests = app.handle_event(AppEvent::Tick);
        pending.extend(requests);
        let Some(request) = pending.pop() else { break };
        let event = serve(&mut store, request);
        pending.extend(app.handle_event(AppEvent::Storage(event)));
    }
    app
}

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
