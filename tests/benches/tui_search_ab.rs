//! The search keystroke on the demo database and on a large library, measured alternately in
//! one process (issue 16): demo, big, demo, big … so that what the shared machine does to the
//! clock falls on both sides alike, and the ratio means something where two criterion runs
//! minutes apart differ by ±20 %. Each side: `apply formul` ± `a` until drawn (120×40), as in
//! `tui.rs`, with the words' plans kept from the keystroke before and with every word planned
//! anew. Prints medians and big ÷ demo. `LECTERN_BIG_DB` (and optionally
//! `LECTERN_SCREENFUL_DB`) as for `tui.rs`; skipped with a notice when unset.
//! Run: see docs/benchmarks.md, "search keystroke, alternating".

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use lectern::services::{self, OpenOptions};
use lectern::storage::Store;
use lectern::tui::{App, AppEvent, Keymap, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "tui_support.rs"]
mod support;
use support::{drive, frame, open_search, search_keystroke, terminal};

const ROUNDS: usize = 2_000;

struct Side {
    name: String,
    store: Store,
    app: App,
    terminal: Terminal<TestBackend>,
    typed: bool,
    kept: Vec<Duration>,
    anew: Vec<Duration>,
}

impl Side {
    fn new(name: &str, db: &Path) -> Side {
        let (mut store, _) = Store::open(db).unwrap();
        let mut app = App::new(Keymap::defaults().unwrap(), Theme::new(true), name.into());
        let start = app.start();
        drive(&mut store, &mut app, start);
        let requests = app.handle_event(AppEvent::Tick);
        drive(&mut store, &mut app, requests);
        open_search(&mut store, &mut app);
        let mut terminal = terminal();
        frame(&app, &mut terminal);
        Side {
            name: name.to_string(),
            store,
            app,
            terminal,
            typed: false,
            kept: Vec::with_capacity(ROUNDS),
            anew: Vec::with_capacity(ROUNDS),
        }
    }

    fn keystroke(&mut self, anew: bool) {
        if anew {
            self.store.forget_search_plans();
        }
        let began = Instant::now();
        search_keystroke(
            &mut self.store,
            &mut self.app,
            &mut self.terminal,
            &mut self.typed,
        );
        let took = began.elapsed();
        if anew {
            self.anew.push(took);
        } else {
            self.kept.push(took);
        }
    }
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let Some(big) = std::env::var_os("LECTERN_BIG_DB") else {
        eprintln!("tui_search_ab: LECTERN_BIG_DB not set, nothing measured");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    services::open_library(&demo, OpenOptions { seed_demo: true }).unwrap();
    let mut sides = vec![Side::new("demo", &demo)];
    if let Some(screenful) = std::env::var_os("LECTERN_SCREENFUL_DB") {
        sides.push(Side::new("screenful", Path::new(&screenful)));
    }
    sides.push(Side::new("big", Path::new(&big)));
    // Warm up, then alternate sides on every keystroke, kept and anew in turn.
    for _ in 0..100 {
        for side in &mut sides {
            side.keystroke(false);
        }
    }
    for side in &mut sides {
        side.kept.clear();
    }
    for round in 0..ROUNDS * 2 {
        for side in &mut sides {
            side.keystroke(round % 2 == 1);
        }
    }
    let demo_kept = median(&mut sides[0].kept);
    let demo_anew = median(&mut sides[0].anew);
    println!("search keystroke → frame, median of {ROUNDS} alternating keystrokes per case:");
    for side in &mut sides {
        let kept = median(&mut side.kept);
        let anew = median(&mut side.anew);
        println!(
            "  {:<10} plans kept {:>8.1} µs ({:.2}× demo)   planned anew {:>8.1} µs ({:.2}× demo)",
            side.name,
            kept.as_secs_f64() * 1e6,
            kept.as_secs_f64() / demo_kept.as_secs_f64(),
            anew.as_secs_f64() * 1e6,
            anew.as_secs_f64() / demo_anew.as_secs_f64(),
        );
    }
}
