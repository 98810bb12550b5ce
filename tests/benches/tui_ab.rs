//! The workbench's four cases at scale (issue 16) measured on the demo database and on large
//! libraries **alternately in one process**: demo, big, demo, big … so that what the shared
//! machine does to the clock falls on both sides alike, and the ratio means something where
//! two criterion runs minutes apart differ by ±20 %. The cases are those of `tui.rs` (120×40
//! `TestBackend`, the worker's answers served synchronously): launch to the first frame, a
//! library keystroke (`j`/`k`), opening the selected course (Enter … Esc), and a search
//! keystroke (`apply formul` ± `a`), with the words' plans kept from the keystroke before and
//! with every word planned anew. Prints medians and each library ÷ demo.
//! `LECTERN_BIG_DB` (and optionally `LECTERN_SCREENFUL_DB`) as for `tui.rs`; nothing is
//! measured when it is unset. Run: see docs/benchmarks.md, "Sixth pass".

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent};
use lectern::services::{self, OpenOptions};
use lectern::storage::Store;
use lectern::tui::{App, Screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "tui_support.rs"]
mod support;
use support::{drive, frame, launch, loaded, open_search, search_keystroke, terminal};

const ROUNDS: usize = 1_000;

const CASES: [&str; 5] = [
    "launch → first frame",
    "library keystroke → frame",
    "open a course → frame",
    "search keystroke, plans kept",
    "search keystroke, planned anew",
];

struct Side {
    name: String,
    db: PathBuf,
    /// The loaded library: `j`/`k`, and Enter/Esc on its selected course.
    library: App,
    library_store: Store,
    library_terminal: Terminal<TestBackend>,
    down: bool,
    search: App,
    search_store: Store,
    search_terminal: Terminal<TestBackend>,
    typed: bool,
    times: [Vec<Duration>; 5],
}

impl Side {
    fn new(name: &str, db: &Path) -> Side {
        let library = loaded(db);
        let mut library_terminal = terminal();
        frame(&library, &mut library_terminal);
        let (mut search_store, mut search) = launch(db);
        open_search(&mut search_store, &mut search);
        let mut search_terminal = terminal();
        frame(&search, &mut search_terminal);
        Side {
            name: name.to_string(),
            db: db.to_path_buf(),
            library,
            library_store: Store::open(db).unwrap().0,
            library_terminal,
            down: true,
            search,
            search_store,
            search_terminal,
            typed: false,
            times: Default::default(),
        }
    }

    fn round(&mut self, round: usize) {
        if round.is_multiple_of(2) {
            let began = Instant::now();
            let (_store, app) = launch(&self.db);
            let mut terminal = terminal();
            frame(&app, &mut terminal);
            self.times[0].push(began.elapsed());
        }

        let key = if self.down { 'j' } else { 'k' };
        self.down = !self.down;
        let began = Instant::now();
        self.library.handle_key(KeyEvent::from(KeyCode::Char(key)));
        frame(&self.library, &mut self.library_terminal);
        self.times[1].push(began.elapsed());

        let began = Instant::now();
        let requests = self.library.handle_key(KeyEvent::from(KeyCode::Enter));
        drive(&mut self.library_store, &mut self.library, requests);
        frame(&self.library, &mut self.library_terminal);
        assert!(matches!(self.library.screen(), Screen::Course(_)));
        self.library.handle_key(KeyEvent::from(KeyCode::Esc));
        self.times[2].push(began.elapsed());

        let anew = !round.is_multiple_of(2);
        if anew {
            self.search_store.forget_search_plans();
        }
        let began = Instant::now();
        search_keystroke(
            &mut self.search_store,
            &mut self.search,
            &mut self.search_terminal,
            &mut self.typed,
        );
        self.times[if anew { 4 } else { 3 }].push(began.elapsed());
    }

    fn medians(&mut self) -> [Duration; 5] {
        self.times.each_mut().map(|times| {
            times.sort();
            times[times.len() / 2]
        })
    }
}

fn main() {
    let Some(big) = std::env::var_os("LECTERN_BIG_DB") else {
        eprintln!("tui_ab: LECTERN_BIG_DB not set, nothing measured");
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
    for round in 0..50 {
        for side in &mut sides {
            side.round(round);
        }
    }
    for side in &mut sides {
        side.times.iter_mut().for_each(Vec::clear);
    }
    for round in 0..ROUNDS {
        for side in &mut sides {
            side.round(round);
        }
    }
    let medians: Vec<(String, [Duration; 5])> = sides
        .iter_mut()
        .map(|side| (side.name.clone(), side.medians()))
        .collect();
    let demo = medians[0].1;
    println!("medians of alternating rounds ({ROUNDS} per case; launch every other round):");
    for (case, name) in CASES.iter().enumerate() {
        let line: Vec<String> = medians
            .iter()
            .map(|(side, m)| {
                format!(
                    "{side} {:.1} µs ({:.2}×)",
                    m[case].as_secs_f64() * 1e6,
                    m[case].as_secs_f64() / demo[case].as_secs_f64()
                )
            })
            .collect();
        println!("  {name:<32} {}", line.join("   "));
    }
}
