//! Issue 14, the workbench part, through `App` and the real `SyncWorker` (its own thread,
//! runtime and connection to the database file) against the real PostgreSQL: the sync-now
//! key pushes a local edit another home then receives; the poll notices and pulls another
//! home's edit by itself, and the open lesson shows it (the `data_version` refresh); the
//! status line says `0↓` after a poll and `offline` when the server cannot be reached; and
//! the conflict badges in the library and the course tree (snapshots at 80×24 and 120×40).

use std::time::{Duration, Instant};

use crossterm::event::KeyCode;
use lectern::services::authoring::save_lesson_as;
use lectern::services::seed_synthetic;
use lectern::storage::sync::connect::SyncTarget;
use lectern::storage::{RevisionSource, Store};
use lectern::tui::{App, AppEvent, Keymap, Screen, SyncEvent, SyncSettings, SyncWorker, Theme};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use crate::sync_core_support::{Replica, ServerSchema};
use crate::tui_conflicts::in_conflict;
use crate::tui_harness::Harness;

const SLUG: &str = "seed-00000";

fn lesson_text(first: &str) -> String {
    format!("# 1.1\n\n{first}\n\nmiddle line one\nmiddle line two\n\nend\n")
}

/// The harness's app as `lectern` starts it when `[sync]` is configured.
fn with_sync(h: &mut Harness) {
    let blank = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_sync_status(true);
    let start = h.app.start();
    h.answer(start);
}

fn settings(server: &ServerSchema, poll: Duration) -> SyncSettings {
    let mut target = SyncTarget::from_url(&server.url, None).unwrap();
    target.schema = server.name.clone();
    SyncSettings {
        target,
        author: Some("bruno".into()),
        poll,
    }
}

/// Feeds the worker's events to the app (answering what it asks) until `until` holds for
/// one; panics with what arrived when nothing matching came within a minute (a failure
/// report, not a timing assertion: any speed passes).
fn events_until(
    h: &mut Harness,
    rx: &mut UnboundedReceiver<AppEvent>,
    until: impl Fn(&SyncEvent) -> bool,
) -> Vec<SyncEvent> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    loop {
        match rx.try_recv() {
            Ok(AppEvent::Sync(event)) => {
                let done = until(&event);
                seen.push(event.clone());
                let requests = h.app.handle_event(AppEvent::Sync(event));
                h.answer(requests);
                if done {
                    return seen;
                }
            }
            Ok(_) => {}
            Err(_) if Instant::now() > deadline => panic!("no such sync event; got {seen:?}"),
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// Two homes on one server: ana's library, pulled by bruno's workbench database.
fn two_homes() -> (ServerSchema, Replica, Harness) {
    let server = ServerSchema::new();
    let mut ana = Replica::new("ana");
    seed_synthetic(&mut ana.store, 1, 2).unwrap();
    save_lesson_as(
        &mut ana.store,
        SLUG,
        "1.1",
        &lesson_text("first"),
        RevisionSource::Edited,
    )
    .unwrap();
    server.sync(&mut ana.store);
    let mut h = Harness::open(false, |store| {
        store.set_author("bruno");
        server.sync(store);
    });
    // The harness pins every timestamp after set-up, which queues changes: sent too.
    server.sync(&mut h.store);
    with_sync(&mut h);
    (server, ana, h)
}

#[test]
fn the_poll_pulls_another_home_s_edit_and_the_open_lesson_shows_it() {
    let (server, mut ana, mut h) = two_homes();
    // Bruno reads lesson 1.1; a few ticks set the `data_version` the refresh compares with.
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    for _ in 0..8 {
        h.tick();
    }
    let (tx, mut rx) = unbounded_channel();
    let worker = SyncWorker::spawn(&h.path, settings(&server, Duration::from_secs(1)), tx).unwrap();
    events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Polled(0)));
    let line = h.app.sync_line().unwrap().to_string();
    assert!(line.starts_with("⇅ 0↑ 0↓"), "{line}");

    save_lesson_as(
        &mut ana.store,
        SLUG,
        "1.1",
        &lesson_text("ana wrote this later"),
        RevisionSource::Edited,
    )
    .unwrap();
    server.sync(&mut ana.store);
    let seen = events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Pulled(_)));
    assert!(
        seen.iter()
            .any(|e| matches!(e, SyncEvent::Polled(n) if *n > 0)),
        "the poll saw news before pulling: {seen:?}"
    );
    drop(worker);
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.contains("pulled") && note.contains(SLUG), "{note}");
    assert!(
        h.screen(120, 40).contains("ana wrote this later"),
        "the open lesson reloaded after the pull:\n{}",
        h.screen(120, 40)
    );
}

#[test]
fn the_sync_now_key_pushes_a_local_edit_in_the_background() {
    let (server, mut ana, mut h) = two_homes();
    let (tx, mut rx) = unbounded_channel();
    // A long poll: only the key can push here.
    let worker =
        SyncWorker::spawn(&h.path, settings(&server, Duration::from_secs(3600)), tx).unwrap();
    events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Polled(_)));
    for _ in 0..8 {
        h.tick();
    }
    // Written by another connection (as the editor's save would be, through the worker):
    // the tick's `data_version` look refreshes the line.
    let mine = lesson_text("bruno's workbench edit");
    let (mut other, _) = Store::open(&h.path).unwrap();
    save_lesson_as(&mut other, SLUG, "1.1", &mine, RevisionSource::Edited).unwrap();
    for _ in 0..8 {
        h.tick();
    }
    let line = h.app.sync_line().unwrap().to_string();
    assert!(
        !line.starts_with("⇅ 0↑"),
        "the edit waits to be pushed: {line}"
    );

    h.keys("Y");
    assert!(h.app.take_sync_now(), "the key asks the runtime for a sync");
    assert!(!h.app.take_sync_now(), "once");
    assert!(h.app.sync_line().unwrap().starts_with("⇅ syncing…"));
    h.keys("Y");
    assert!(!h.app.take_sync_now(), "not twice while one runs");
    worker.sync_now();
    let seen = events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Polled(0)));
    assert!(
        matches!(seen.first(), Some(SyncEvent::Started { .. })),
        "{seen:?}"
    );
    assert!(
        seen.iter()
            .any(|e| matches!(e, SyncEvent::Synced(s) if s.summary.starts_with("↑ 1 revision"))),
        "{seen:?}"
    );
    drop(worker);
    let line = h.app.sync_line().unwrap();
    assert!(line.starts_with("⇅ 0↑ 0↓ · synced just now"), "{line}");
    assert!(h.app.notification().unwrap().starts_with("synced: ↑ 1"));
    server.sync(&mut ana.store);
    assert_eq!(ana.lesson_text(SLUG, "1.1").as_deref(), Some(mine.as_str()));
}

#[test]
fn an_unreachable_server_shows_offline_and_the_key_explains_the_failure() {
    let (server, _ana, mut h) = two_homes();
    let mut settings = settings(&server, Duration::from_secs(3600));
    // Nothing listens on port 1 of loopback.
    settings.target.port = 1;
    let (tx, mut rx) = unbounded_channel();
    let worker = SyncWorker::spawn(&h.path, settings, tx).unwrap();
    events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Offline(_)));
    let line = h.app.sync_line().unwrap();
    assert!(line.starts_with("⇅ offline · 0↑"), "{line}");
    h.keys("Y");
    assert!(h.app.take_sync_now());
    worker.sync_now();
    events_until(&mut h, &mut rx, |e| matches!(e, SyncEvent::Failed(_)));
    let note = h.app.notification().unwrap();
    assert!(note.contains("127.0.0.1:1"), "names host and port: {note}");
    assert!(!h.app.sync_line().unwrap().contains("syncing"));
}

#[test]
fn without_sync_configured_the_key_says_how_and_nothing_runs() {
    let mut h = Harness::demo();
    h.keys("Y");
    assert!(!h.app.take_sync_now());
    let note = h.app.notification().unwrap();
    assert!(note.contains("sync is not configured") && note.contains("LECTERN_SYNC_URL"));
    assert_eq!(h.app.sync_line(), None);
}

#[test]
fn conflicted_courses_and_lessons_carry_a_badge() {
    let (mut h, _server, _ana) = in_conflict();
    let library = h.screen(120, 40);
    assert!(library.contains("⇅!1 "), "{library}");
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("conflict_badge_library_{w}x{r}"), h.screen(w, r));
    }
    h.press(KeyCode::Enter);
    let course = h.screen(120, 40);
    assert!(course.contains("⇅! 1 sync conflict · K"), "{course}");
    assert!(course.contains("⇅! 1.1"), "the lesson's badge: {course}");
    assert!(
        !course.contains("⇅! 1.2"),
        "only the conflicted lesson: {course}"
    );
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("conflict_badge_course_{w}x{r}"), h.screen(w, r));
    }
    // Keep mine: the badges go with the conflict.
    h.keys("K").keys("m").press(KeyCode::Esc);
    assert!(!h.screen(120, 40).contains("⇅!"));
    h.press(KeyCode::Esc);
    assert!(!h.screen(120, 40).contains("⇅!"));
}
