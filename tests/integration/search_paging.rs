//! The search screen's first page is what its list had room for when last drawn, and one
//! more (to know whether more match): a keystroke makes no snippet that nobody sees (each
//! costs microseconds at 200,000 lessons), and scrolling still brings every hit, snippets and
//! all (issue 16).

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::tui::{SEARCH_PAGE, Screen, SearchScreen};

use crate::tui_harness::Harness;

fn search(h: &Harness) -> &SearchScreen {
    match h.app.screen() {
        Screen::Search(s) => s,
        other => panic!("expected the search screen, got {}", other.title()),
    }
}

/// 4 × 20 seeded lessons, every one with "apply formula", and the search screen open.
fn seeded() -> Harness {
    let mut h = Harness::open(false, |store| {
        lectern::services::seed_synthetic(store, 4, 20).unwrap();
    });
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    h
}

#[test]
fn the_first_page_follows_the_height_of_the_list() {
    let mut h = seeded();
    h.screen(120, 40);
    h.type_text("apply formula").tick();
    let short = search(&h).results().len();
    assert!(short > 10 && short < SEARCH_PAGE as usize, "{short} hits");
    let titles: Vec<String> = search(&h)
        .results()
        .iter()
        .map(|r| r.title.clone())
        .collect();
    let frame = h.screen(120, 40);
    assert!(frame.contains(&format!("{short}+ results")));
    assert!(
        frame.contains(&titles[short - 2]),
        "all but the last hit fetched are drawn"
    );
    assert!(
        !frame.contains(&titles[short - 1]),
        "one hit more than fits is fetched (no snippet made for nobody), to know more match"
    );

    // Twenty lines more hold ten more two-line results.
    h.screen(120, 60);
    h.type_text("s").tick();
    assert_eq!(search(&h).query(), "apply formulas");
    h.press(KeyCode::Backspace).tick();
    assert_eq!(search(&h).results().len(), short + 10);
}

#[test]
fn scrolling_past_the_first_page_brings_the_rest_with_their_snippets() {
    let mut h = seeded();
    h.screen(120, 40);
    h.type_text("apply formula").tick();
    let first = search(&h).results().len();
    assert!(first < 80);
    while search(&h).results().len() == first {
        h.press(KeyCode::Down);
        assert!(
            search(&h).selected() < first,
            "more asked for before the end"
        );
    }
    let s = search(&h);
    assert_eq!(s.results().len(), (2 * first).min(80));
    assert!(
        s.results()
            .iter()
            .all(|row| row.snippet.iter().any(|(_, matched)| *matched)),
        "every hit, first page or later, has its snippet with the match marked"
    );
    // Down to the very last hit (more arrive on the way): drawn with its snippet.
    while search(&h).selected() + 1 < search(&h).results().len() {
        h.press(KeyCode::Down);
    }
    assert_eq!(search(&h).results().len(), 80);
    let last = search(&h).results().last().unwrap().clone();
    let frame = h.screen(120, 40);
    assert!(frame.contains(&last.title), "{frame}");
    let words: String = last.snippet.iter().map(|(t, _)| t.as_str()).collect();
    let start: String = words.trim().chars().take(30).collect();
    assert!(frame.contains(&start), "{start:?} in\n{frame}");
}

#[test]
fn a_window_made_taller_fills_with_more_hits_on_the_next_tick() {
    let mut h = seeded();
    h.screen(120, 30);
    h.type_text("apply formula").tick();
    let short = search(&h).results().len();

    // Twenty lines more hold ten more results: drawn once, then asked for on the tick.
    h.screen(120, 50);
    assert_eq!(
        search(&h).results().len(),
        short,
        "nothing asked for while drawing"
    );
    h.tick();
    let s = search(&h);
    assert_eq!(s.results().len(), short + 10);
    assert_eq!(s.selected(), 0, "the selection stays where it was");
    let last = s.results()[short + 8].title.clone();
    assert!(h.screen(120, 50).contains(&last), "the new rows are drawn");

    // Nothing more to ask for at the same size.
    h.tick();
    assert_eq!(search(&h).results().len(), short + 10);
}
