//! The review, search, command palette and library actions as a state machine: keys →
//! actions → state, storage answered by the same `serve` the worker thread uses, on a temp
//! database, so an archive really changes the stored course.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::domain::course::CourseStatus;
use lectern::tui::{LibraryDialog, ReviewRow, Screen};

use crate::tui_harness::{Harness, draw};

fn lesson(h: &Harness) -> &lectern::tui::LessonScreen {
    match h.app.screen() {
        Screen::Lesson(l) => l,
        other => panic!("expected the lesson screen, got {}", other.title()),
    }
}

fn review(h: &Harness) -> &lectern::tui::ReviewScreen {
    match h.app.screen() {
        Screen::Review(r) => r,
        other => panic!("expected the review screen, got {}", other.title()),
    }
}

fn search(h: &Harness) -> &lectern::tui::SearchScreen {
    match h.app.screen() {
        Screen::Search(s) => s,
        other => panic!("expected the search screen, got {}", other.title()),
    }
}

fn library(h: &Harness) -> &lectern::tui::LibraryScreen {
    match h.app.screen() {
        Screen::Library(l) => l,
        other => panic!("expected the library, got {}", other.title()),
    }
}

#[test]
fn course_review_groups_by_code_and_opens_the_lesson_at_the_issue() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("v");
    let r = review(&h);
    assert!(r.is_loaded());
    assert_eq!(r.scope(), Some("planilhas-sem-medo"));
    let groups = r.group_counts();
    assert!(!groups.is_empty());
    let gps = groups.iter().find(|(code, _)| *code == "GPS-P-MISSING");
    assert_eq!(gps.map(|(_, n)| *n), Some(1), "{groups:?}");

    // Collapsed at first; find the GPS group, expand it, open its lesson.
    let index = groups
        .iter()
        .position(|(c, _)| *c == "GPS-P-MISSING")
        .unwrap();
    for _ in 0..index {
        h.keys("j");
    }
    assert_eq!(review(&h).selected_row(), Some(ReviewRow::Group(index)));
    h.press(KeyCode::Enter);
    assert_eq!(
        review(&h).selected_row(),
        Some(ReviewRow::Group(index)),
        "expanded in place"
    );
    h.keys("j");
    assert_eq!(review(&h).selected_row(), Some(ReviewRow::Hit(index, 0)));
    h.press(KeyCode::Enter);
    let l = lesson(&h);
    assert_eq!(l.lesson_id(), "2.3");
    assert_eq!(l.selected_issue_code(), Some("GPS-P-MISSING"));
    assert_eq!(l.highlighted_lines(), Some((19, 19)));
    assert_eq!(l.scroll(), 15);

    h.keys("q");
    assert!(
        matches!(h.app.screen(), Screen::Review(_)),
        "back to the review"
    );
    h.keys("e");
    let expanded = review(&h).group_counts().len();
    assert!(expanded > 0);
    assert_eq!(
        draw(&h.app, 80, 24),
        draw(&h.app, 80, 24),
        "render is idempotent"
    );
}

#[test]
fn library_review_covers_every_course() {
    let mut h = Harness::demo();
    h.keys("R");
    let r = review(&h);
    assert_eq!(r.scope(), None);
    assert!(r.group_counts().iter().any(|(c, _)| *c == "GPS-P-MISSING"));
}

#[test]
fn search_asks_for_a_page_then_more_as_the_selection_nears_its_end() {
    // 4 × 20 seeded lessons, every one with "apply formula": more than a page of hits.
    let mut h = Harness::open(false, |store| {
        lectern::services::seed_synthetic(store, 4, 20).unwrap();
    });
    let page = lectern::tui::SEARCH_PAGE as usize;
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    h.type_text("apply formula").tick();
    assert_eq!(search(&h).results().len(), page, "one page asked for first");
    assert!(search(&h).may_have_more());
    assert!(h.screen(120, 40).contains(&format!("{page}+ results")));

    // Down to ten rows from the end: the rest is asked for and the selection stays put.
    for _ in 0..page - 11 {
        h.press(KeyCode::Down);
    }
    assert_eq!(
        search(&h).results().len(),
        page,
        "not yet within a page of the end"
    );
    h.press(KeyCode::Down);
    let s = search(&h);
    assert_eq!(
        s.results().len(),
        80,
        "every hit once the rest was asked for"
    );
    assert_eq!(s.selected(), page - 10);
    assert!(!s.may_have_more());
    assert!(h.screen(120, 40).contains("80 results"));

    // A new query starts again from one page (now sized to the list drawn), at the top.
    h.press_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.type_text("apply").tick();
    let first = search(&h).first_page() as usize;
    assert!(first < page, "the list was drawn: a screenful and one more");
    assert_eq!(search(&h).results().len(), first);
    assert_eq!(search(&h).selected(), 0);
}

#[test]
fn search_is_debounced_to_the_tick_and_opens_the_lesson_at_the_match() {
    let mut h = Harness::demo();
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(matches!(h.app.screen(), Screen::Search(_)));
    h.type_text("gráfico");
    assert!(search(&h).is_searching(), "nothing sent before the tick");
    assert!(search(&h).results().is_empty());
    h.tick();
    let s = search(&h);
    assert!(!s.is_searching());
    assert!(!s.results().is_empty(), "the demo mentions gráficos");
    let first = s.results()[0].clone();
    assert!(first.snippet.iter().any(|(_, matched)| *matched));

    // Letters type into the query, even q: the global keys do not fire here.
    h.type_text("q");
    assert_eq!(search(&h).query(), "gráficoq");
    h.press(KeyCode::Backspace).tick();

    h.press(KeyCode::Enter);
    match (&first.lesson_id, h.app.screen()) {
        (Some(id), Screen::Lesson(l)) => {
            assert_eq!(l.lesson_id(), id);
            let (line, _) = l
                .highlighted_lines()
                .expect("the match line is highlighted");
            assert!(line >= 1);
        }
        (None, Screen::Course(_)) => {}
        (_, other) => panic!("unexpected screen {}", other.title()),
    }
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Search(_)));
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Library(_)));
}

#[test]
fn palette_finds_an_action_by_fuzzy_name_and_runs_it() {
    let mut h = Harness::demo();
    h.keys(":");
    let all = h.app.palette().unwrap().matches().len();
    assert!(all > 10, "library and global actions: {all}");
    h.type_text("revw all");
    let matches = h.app.palette().unwrap().matches();
    assert_eq!(
        matches.first().copied(),
        Some("review failing lessons of all courses")
    );
    h.press(KeyCode::Enter);
    assert!(h.app.palette().is_none());
    assert_eq!(review(&h).scope(), None);

    // `:search` is the search screen.
    h.keys(":").type_text("search").press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Search(_)));
    // Esc closes the palette without running anything.
    h.press(KeyCode::Esc).keys(":").press(KeyCode::Esc);
    assert!(h.app.palette().is_none());
}

#[test]
fn archive_asks_first_and_really_archives_through_the_worker() {
    let mut h = Harness::demo();
    let status = |h: &Harness| {
        h.store
            .read()
            .course_by_slug("planilhas-sem-medo")
            .unwrap()
            .unwrap()
            .status
    };
    h.keys("d");
    assert!(matches!(
        library(&h).dialog(),
        Some(LibraryDialog::Archive { slug, .. }) if slug == "planilhas-sem-medo"
    ));
    h.keys("n");
    assert!(library(&h).dialog().is_none());
    assert_ne!(
        status(&h),
        CourseStatus::Archived,
        "cancel keeps the course"
    );

    h.keys("d").press(KeyCode::Esc);
    assert!(library(&h).dialog().is_none());
    assert!(!h.app.should_quit(), "Esc closed the dialog, not the app");

    h.keys("dy");
    assert_eq!(status(&h), CourseStatus::Archived);
    assert_eq!(
        library(&h).visible_count(),
        0,
        "the library reloaded without it"
    );
    assert!(
        h.app
            .notification()
            .unwrap()
            .starts_with("archived planilhas-sem-medo")
    );
}

#[test]
fn import_prompt_completes_directories_and_imports_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("my-course");
    for file in lectern::services::demo_snapshot().files {
        let path = course.join(&file.rel_path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, file.bytes).unwrap();
    }
    std::fs::create_dir(dir.path().join("my-other")).unwrap();
    let mut h = Harness::empty();
    h.keys("i");
    assert!(matches!(
        library(&h).dialog(),
        Some(LibraryDialog::Import(_))
    ));
    let base = format!("{}/my-", dir.path().display());
    h.type_text(&base).press(KeyCode::Tab);
    let Some(LibraryDialog::Import(p)) = library(&h).dialog() else {
        panic!("prompt closed")
    };
    assert_eq!(p.candidates.len(), 2, "{p:?}");
    h.type_text("c").press(KeyCode::Tab);
    let Some(LibraryDialog::Import(p)) = library(&h).dialog() else {
        panic!("prompt closed")
    };
    assert_eq!(p.input, format!("{}/my-course/", dir.path().display()));
    h.press(KeyCode::Enter);
    assert!(library(&h).dialog().is_none());
    assert_eq!(
        library(&h).visible_count(),
        1,
        "library reloaded with the course"
    );
    let note = h.app.notification().unwrap();
    assert!(note.starts_with("imported planilhas-sem-medo ("), "{note}");

    h.keys("i")
        .type_text("/nonexistent/nowhere")
        .press(KeyCode::Enter);
    assert!(h.app.notification().unwrap().starts_with("import refused"));
}

#[test]
fn lesson_highlighting_arrives_off_the_draw_loop_and_is_cached() {
    use lectern::tui::{AppEvent, StorageRequest, serve};
    let mut h = Harness::demo();
    h.press(KeyCode::Enter);
    // Press Enter on the first lesson by hand to see the request before it is answered.
    let requests = h
        .app
        .handle_key(crossterm::event::KeyEvent::from(KeyCode::Enter));
    assert!(matches!(
        requests.as_slice(),
        [StorageRequest::Highlight { .. }]
    ));
    assert!(!lesson(&h).is_highlighted(), "plain text until it arrives");
    let plain = draw(&h.app, 120, 40);
    for request in requests {
        let event = serve(&mut h.store, request);
        let more = h.app.handle_event(AppEvent::Storage(event));
        assert!(more.is_empty());
    }
    assert!(lesson(&h).is_highlighted());
    let coloured = draw(&h.app, 120, 40);
    assert_eq!(
        crate::tui_harness::text_of(&plain),
        crate::tui_harness::text_of(&coloured),
        "highlighting changes styles, never text"
    );
    // The one theme mapping (`Theme::syntax`) colours the kinds it knows, e.g. headings.
    let heading = lectern::tui::Theme::new(true)
        .syntax(lectern::tui::SyntaxKind::Heading)
        .fg
        .unwrap();
    let coloured_as =
        |b: &ratatui::buffer::Buffer| b.content().iter().filter(|c| c.fg == heading).count();
    assert!(coloured_as(&coloured) > coloured_as(&plain));

    h.keys("q");
    let again = h
        .app
        .handle_key(crossterm::event::KeyEvent::from(KeyCode::Enter));
    assert!(again.is_empty(), "second opening is served from the cache");
    assert!(lesson(&h).is_highlighted());
}

#[test]
fn the_library_loads_its_first_page_then_the_rest_behind_it() {
    use lectern::tui::{AppEvent, StorageRequest, serve};
    let mut h = Harness::open(false, |store| {
        lectern::services::seed_synthetic(store, 2150, 1).unwrap();
    });
    assert_eq!(library(&h).visible_count(), 2150, "every page arrived");
    // By hand: the first answer is one page and asks for the next.
    let event = serve(&mut h.store, StorageRequest::LoadCourses);
    let next = h.app.handle_event(AppEvent::Storage(event));
    assert_eq!(library(&h).visible_count(), 40);
    assert!(
        matches!(
            &next[..],
            [StorageRequest::LoadMoreCourses { offset: 40, .. }]
        ),
        "{next:?}"
    );
    let event = serve(&mut h.store, next[0].clone());
    let next = h.app.handle_event(AppEvent::Storage(event));
    assert_eq!(library(&h).visible_count(), 2040);
    assert!(
        matches!(
            &next[..],
            [StorageRequest::LoadMoreCourses { offset: 2040, .. }]
        ),
        "{next:?}"
    );
    h.answer(next);
    assert_eq!(library(&h).visible_count(), 2150);
    assert_eq!(library(&h).selected_slug(), Some("seed-00000"));
}

/// Issue 21, item 5: the next page starts after the last course shown, so a course another
/// process adds in front of it between two pages does not push one course onto both pages.
#[test]
fn a_course_added_between_two_pages_shows_no_course_twice() {
    use lectern::tui::{AppEvent, StorageRequest, serve};
    let mut h = Harness::open(false, |store| {
        lectern::services::seed_synthetic(store, 60, 1).unwrap();
    });
    let event = serve(&mut h.store, StorageRequest::LoadCourses);
    let next = h.app.handle_event(AppEvent::Storage(event));
    assert_eq!(library(&h).visible_count(), 40);
    // Another writer adds a course that sorts before everything on the first page.
    crate::tui_harness::one_lesson_course(
        &mut h.store,
        "aaa-first",
        "AAA first of all",
        "Intro",
        "# 1.1 - Intro\n\nTexto.\n",
    );
    h.answer(next);
    let slugs = library(&h).visible_slugs();
    let mut unique = slugs.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), slugs.len(), "a course shown twice: {slugs:?}");
    assert_eq!(slugs.len(), 60, "every course of the first load once");
}
