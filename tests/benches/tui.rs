//! The TUI at scale: (a) launch to first frame — open the store, load the library through
//! the same `serve` the storage worker runs, draw the first frame into a `TestBackend`; and
//! (b) keystroke to frame — move the library selection and draw. Measured on a fresh demo
//! database, on `LECTERN_SCREENFUL_DB` (100 courses) and on `LECTERN_BIG_DB` (10,000 × 20),
//! both made with `lectern dev seed` (each skipped when unset). And (c) a 1 MB bracketed
//! paste into the lesson editor until its frame is drawn, and the next keystroke's frame;
//! (d) the history of a lesson with 1,000 revisions until drawn, and a 5,000-line word diff
//! until its first screen is drawn. And (e) what the workbench's look for other processes'
//! writes costs on each poll (`PRAGMA data_version` served and answered, nothing changed)
//! against the library reload it replaces pressing `r` for. And (f) on each library, opening
//! the selected course and a search keystroke (`apply formul` ± `a`), each until drawn; the
//! keystroke also with every word's search plan made anew.
//! Run: see docs/benchmarks.md, "TUI at scale".

#![allow(clippy::unwrap_used)]

use std::path::Path;

use criterion::BatchSize;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use lectern::services::authoring::save_lesson;
use lectern::services::{self, OpenOptions};
use lectern::storage::Store;
use lectern::tui::{App, AppEvent, Keymap, Screen, StorageRequest, Theme, serve};

#[path = "tui_support.rs"]
mod support;
use support::{drive, frame, launch, loaded, open_search, search_keystroke, terminal};

fn bench_db(c: &mut Criterion, name: &str, db: &Path) {
    let mut group = c.benchmark_group(format!("tui_{name}"));
    group.bench_function("launch_to_first_frame", |b| {
        b.iter(|| {
            let (_store, app) = launch(db);
            let mut terminal = terminal();
            frame(&app, &mut terminal);
        })
    });
    let mut app = loaded(db);
    let mut terminal = terminal();
    frame(&app, &mut terminal);
    let mut down = true;
    group.bench_function("keystroke_to_frame", |b| {
        b.iter(|| {
            // Alternate j/k so the selection stays in the same place across iterations.
            let key = if down {
                KeyCode::Char('j')
            } else {
                KeyCode::Char('k')
            };
            down = !down;
            app.handle_key(KeyEvent::from(key));
            frame(&app, &mut terminal);
        })
    });
    let (mut store, _) = Store::open(db).unwrap();
    let requests = app.handle_key(KeyEvent::from(KeyCode::Enter));
    drive(&mut store, &mut app, requests);
    assert!(
        matches!(app.screen(), Screen::Course(_)),
        "Enter opens the course"
    );
    app.handle_key(KeyEvent::from(KeyCode::Esc));
    group.bench_function("open_course_to_frame", |b| {
        b.iter(|| {
            // Enter on the selected course, its lessons loaded as the worker would, drawn;
            // Esc back to the library (not timed apart: it only drops the course screen).
            let requests = app.handle_key(KeyEvent::from(KeyCode::Enter));
            drive(&mut store, &mut app, requests);
            frame(&app, &mut terminal);
            app.handle_key(KeyEvent::from(KeyCode::Esc));
        })
    });
    open_search(&mut store, &mut app);
    let mut typed = false;
    group.bench_function("search_keystroke_to_frame", |b| {
        b.iter(|| search_keystroke(&mut store, &mut app, &mut terminal, &mut typed))
    });
    // The same keystrokes with every word planned anew (no plan kept from the keystroke
    // before, as after a write): the bound of a keystroke that adds a new word.
    group.bench_function("search_keystroke_planned_anew_to_frame", |b| {
        b.iter(|| {
            store.forget_search_plans();
            search_keystroke(&mut store, &mut app, &mut terminal, &mut typed)
        })
    });
    group.finish();
}

/// The demo's first lesson in its editor: Library → Enter → Enter → `e`.
fn lesson_editor(store: &mut Store) -> App {
    let keymap = Keymap::defaults().unwrap();
    let mut app = App::new(keymap, Theme::new(true), "bench".into());
    let start = app.start();
    drive(store, &mut app, start);
    for key in [KeyCode::Enter, KeyCode::Enter, KeyCode::Char('e')] {
        let requests = app.handle_key(KeyEvent::from(key));
        drive(store, &mut app, requests);
    }
    assert!(matches!(app.screen(), Screen::Editor(_)), "editor open");
    app
}

/// 1 MB of lesson-like lines with CRLF breaks, as a chat window's clipboard holds them.
fn megabyte_paste() -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 1024 * 1024 {
        text.push_str(&format!(
            "Linha {n}: um parágrafo colado de uma janela de chat, com **ênfase**.\r\n"
        ));
        n += 1;
    }
    text
}

fn bench_paste(c: &mut Criterion, db: &Path) {
    let mut group = c.benchmark_group("tui_paste");
    let (mut store, _) = Store::open(db).unwrap();
    let pasted = megabyte_paste();
    let mut terminal = terminal();
    group.sample_size(10);
    group.bench_function("paste_1mb_to_frame", |b| {
        b.iter_batched(
            || (lesson_editor(&mut store), pasted.clone()),
            |(mut app, text)| {
                app.handle_event(AppEvent::Terminal(Event::Paste(text)));
                frame(&app, &mut terminal);
                app
            },
            BatchSize::PerIteration,
        )
    });
    let mut app = lesson_editor(&mut store);
    app.handle_event(AppEvent::Terminal(Event::Paste(pasted)));
    frame(&app, &mut terminal);
    let mut typed = true;
    group.sample_size(100);
    group.bench_function("keystroke_after_paste_to_frame", |b| {
        b.iter(|| {
            // Type and erase in turn so the text stays the same size across iterations.
            let key = if typed {
                KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE)
            } else {
                KeyEvent::from(KeyCode::Backspace)
            };
            typed = !typed;
            app.handle_key(key);
            frame(&app, &mut terminal);
        })
    });
    group.finish();
}

/// The demo's lesson 1.1 as `lines` numbered lines, those for which `changed` holds rewritten.
fn numbered(lines: usize, changed: impl Fn(usize) -> bool) -> String {
    let mut text = String::from("# 1.1 - Uma aula longa\n\n");
    for i in 0..lines {
        if changed(i) {
            text.push_str(&format!("Linha {i}: texto reescrito pela autora.\n"));
        } else {
            text.push_str(&format!(
                "Linha {i}: o autor explica com calma um passo da planilha.\n"
            ));
        }
    }
    text
}

/// Lesson 1.1 of the demo saved 1,000 times (one line changed each time), then as 5,000
/// lines and again with 50 of them changed. Measured: `H` on the course until the history is
/// drawn, and `Enter` until the first screen of the word diff is drawn (the worker's part
/// served synchronously, as in the tests).
fn bench_history(c: &mut Criterion, db: &Path) {
    let (mut store, _) = Store::open(db).unwrap();
    let slug = "planilhas-sem-medo";
    for edit in 0..1000 {
        let text = numbered(200, |i| i == edit % 200);
        save_lesson(&mut store, slug, "1.1", &text).unwrap();
    }
    save_lesson(&mut store, slug, "1.1", &numbered(5000, |_| false)).unwrap();
    save_lesson(&mut store, slug, "1.1", &numbered(5000, |i| i % 100 == 7)).unwrap();
    let keymap = Keymap::defaults().unwrap();
    let mut app = App::new(keymap, Theme::new(true), "bench".into());
    let start = app.start();
    drive(&mut store, &mut app, start);
    let requests = app.handle_key(KeyEvent::from(KeyCode::Enter));
    drive(&mut store, &mut app, requests);
    let history_key = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::SHIFT);
    let mut terminal = terminal();
    let mut group = c.benchmark_group("tui_history");
    group.bench_function("history_1000_revisions_to_frame", |b| {
        b.iter(|| {
            let requests = app.handle_key(history_key);
            drive(&mut store, &mut app, requests);
            frame(&app, &mut terminal);
            app.handle_key(KeyEvent::from(KeyCode::Esc));
        })
    });
    let requests = app.handle_key(history_key);
    drive(&mut store, &mut app, requests);
    assert!(matches!(app.screen(), Screen::History(_)), "history open");
    group.sample_size(10);
    group.bench_function("word_diff_5000_lines_first_screen", |b| {
        b.iter(|| {
            let requests = app.handle_key(KeyEvent::from(KeyCode::Enter));
            drive(&mut store, &mut app, requests);
            frame(&app, &mut terminal);
            // Esc closes the diff; the next Enter asks for it again.
            app.handle_key(KeyEvent::from(KeyCode::Esc));
        })
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    services::open_library(&demo, OpenOptions { seed_demo: true }).unwrap();
    bench_db(c, "demo", &demo);
    bench_paste(c, &demo);
    bench_history(c, &demo);
    bench_refresh(c, &demo);
    // A screenful (100 courses) against 10,000: the same frame, so any difference is what
    // the library's size costs. Both made with `lectern dev seed`.
    for (name, var) in [
        ("screenful", "LECTERN_SCREENFUL_DB"),
        ("big", "LECTERN_BIG_DB"),
    ] {
        match std::env::var_os(var) {
            Some(db) => bench_db(c, name, Path::new(&db)),
            None => eprintln!("tui bench: {var} not set, {name} library skipped"),
        }
    }
}

/// (e) The poll on the tick when nothing changed, and the reload a change triggers.
fn bench_refresh(c: &mut Criterion, db: &Path) {
    let (mut store, mut app) = launch(db);
    let first = serve(&mut store, StorageRequest::DataVersion);
    app.handle_event(AppEvent::Storage(first));
    c.bench_function("tui_poll_data_version", |b| {
        b.iter(|| {
            let event = serve(&mut store, StorageRequest::DataVersion);
            let more = app.handle_event(AppEvent::Storage(event));
            assert!(more.is_empty(), "nothing changed, nothing reloaded");
        })
    });
    c.bench_function("tui_reload_library", |b| {
        b.iter(|| {
            let event = serve(&mut store, StorageRequest::LoadCourses);
            app.handle_event(AppEvent::Storage(event))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
