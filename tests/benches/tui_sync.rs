//! The workbench's keystroke-to-frame time while its sync worker syncs, against idle (issue
//! 14: "the workbench's frame time is unchanged while a sync runs"). Replica A holds a
//! library of 100 courses × 20 lessons; replica B (the workbench's database) pulled it. Idle:
//! `j`/`k` on B's library and the frame drawn (`TestBackend`, 120×40). Busy: the same while
//! B's real `SyncWorker` (its thread, runtime, connection) syncs back to back — each round
//! pulling the 100 lessons a writer thread rewrites on A and pushes meanwhile.
//! Both medians come from one run, so the ratio is what the load did not blur.
//! Run: `LECTERN_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench tui_sync`.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lectern::services::authoring::save_lesson_as;
use lectern::services::seed_synthetic;
use lectern::services::sync::{SyncOptions, sync};
use lectern::storage::sync::connect::SyncTarget;
use lectern::storage::sync::init_server;
use lectern::storage::{RevisionSource, Store};
use lectern::tui::{App, AppEvent, Keymap, SyncEvent, SyncSettings, SyncWorker, Theme, serve};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tokio_postgres::NoTls;

const COURSES: usize = 100;
const LESSONS: usize = 20;
/// Keystrokes timed for each median, at least, over at least this long.
const KEYS: usize = 3000;
const WINDOW: Duration = Duration::from_secs(5);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn sync_once(store: &mut Store, url: &str, schema: &str) {
    let opts = SyncOptions {
        schema: schema.to_string(),
        ..SyncOptions::new("loopback")
    };
    runtime().block_on(async {
        let (mut client, conn) = tokio_postgres::connect(url, NoTls).await.unwrap();
        tokio::spawn(async move {
            let _ = conn.await;
        });
        sync(store, &mut client, &opts).await.unwrap();
    });
}

/// B's workbench with its whole library loaded, as after the background pages arrive.
fn loaded(db: &Path) -> App {
    let (mut store, _) = Store::open(db).unwrap();
    let mut app = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let mut pending = app.start();
    while let Some(request) = pending.pop() {
        let event = serve(&mut store, request);
        pending.extend(app.handle_event(AppEvent::Storage(event)));
    }
    app
}

/// One keystroke (alternating `j`/`k`, so the selection stays put) and its frame.
fn keystroke(app: &mut App, terminal: &mut Terminal<TestBackend>, down: &mut bool) {
    let key = if *down { 'j' } else { 'k' };
    *down = !*down;
    app.handle_key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
    terminal.draw(|f| app.render(f)).unwrap();
}

/// The median of at least [`KEYS`] keystrokes spread over at least [`WINDOW`], so a busy
/// measurement spans several syncs.
fn median_keystroke(app: &mut App, terminal: &mut Terminal<TestBackend>) -> Duration {
    let mut down = true;
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < KEYS || started.elapsed() < WINDOW {
        let t = Instant::now();
        keystroke(app, terminal, &mut down);
        times.push(t.elapsed());
        // A person types a few keys a second at most; here, hundreds, with pauses so the
        // window covers the syncs rather than the keystrokes alone.
        std::thread::sleep(Duration::from_micros(500));
    }
    times.sort();
    times[times.len() / 2]
}

/// Rewrites 100 lessons on A and pushes them, round after round, until `stop`.
fn writer(a: &Path, url: String, schema: String, stop: Arc<AtomicBool>) {
    let (mut store, _) = Store::open(a).unwrap();
    store.set_author("ana");
    let mut round = 0;
    while !stop.load(Ordering::Relaxed) {
        round += 1;
        for n in 0..COURSES {
            let slug = format!("seed-{n:05}");
            let text = format!("# 1.1\n\nRound {round}: lesson of course {n} rewritten.\n");
            save_lesson_as(&mut store, &slug, "1.1", &text, RevisionSource::Edited).unwrap();
        }
        sync_once(&mut store, &url, &schema);
    }
}

fn bench(c: &mut Criterion) {
    let Ok(url) = std::env::var("LECTERN_TEST_PG_URL") else {
        eprintln!("LECTERN_TEST_PG_URL is not set: the workbench sync benchmark needs PostgreSQL");
        return;
    };
    let url = if url.contains("sslmode=") {
        url
    } else {
        format!(
            "{url}{}sslmode=disable",
            if url.contains('?') { '&' } else { '?' }
        )
    };
    let schema = format!("bench_{}", uuid::Uuid::now_v7().simple());
    runtime().block_on(async {
        let (mut client, conn) = tokio_postgres::connect(&url, NoTls).await.unwrap();
        tokio::spawn(async move {
            let _ = conn.await;
        });
        init_server(&mut client, &schema).await.unwrap();
    });
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    {
        let (mut store, _) = Store::open(&a).unwrap();
        seed_synthetic(&mut store, COURSES, LESSONS).unwrap();
        sync_once(&mut store, &url, &schema);
        let (mut store, _) = Store::open(&b).unwrap();
        sync_once(&mut store, &url, &schema);
    }
    let mut app = loaded(&b);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();

    let mut down = true;
    let mut group = c.benchmark_group("tui_sync");
    group.bench_function("keystroke_to_frame_idle", |bench| {
        bench.iter(|| keystroke(&mut app, &mut terminal, &mut down))
    });
    let idle = median_keystroke(&mut app, &mut terminal);

    // Busy: A's writer and B's sync worker syncing back to back.
    let stop = Arc::new(AtomicBool::new(false));
    let synced = Arc::new(AtomicU64::new(0));
    let pulled = Arc::new(AtomicU64::new(0));
    let write = {
        let (a, url, schema, stop) = (a.clone(), url.clone(), schema.clone(), stop.clone());
        std::thread::spawn(move || writer(&a, url, schema, stop))
    };
    let mut target = SyncTarget::from_url(&url, None).unwrap();
    target.schema = schema.clone();
    let settings = SyncSettings {
        target,
        author: Some("bruno".into()),
        poll: Duration::from_secs(3600),
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let worker = SyncWorker::spawn(&b, settings, tx).unwrap();
    let drive = {
        let (stop, synced, pulled) = (stop.clone(), synced.clone(), pulled.clone());
        std::thread::spawn(move || {
            worker.sync_now();
            while !stop.load(Ordering::Relaxed) {
                match rx.try_recv() {
                    Ok(AppEvent::Sync(SyncEvent::Synced(s))) => {
                        synced.fetch_add(1, Ordering::Relaxed);
                        pulled.fetch_add(s.pulled, Ordering::Relaxed);
                        worker.sync_now();
                    }
                    Ok(AppEvent::Sync(SyncEvent::Failed(e))) => panic!("sync failed: {e}"),
                    Ok(_) => {}
                    Err(_) => std::thread::sleep(Duration::from_millis(1)),
                }
            }
            drop(worker);
        })
    };
    // Let the first rounds start before timing.
    while pulled.load(Ordering::Relaxed) == 0 {
        std::thread::sleep(Duration::from_millis(50));
    }
    group.bench_function("keystroke_to_frame_while_syncing", |bench| {
        bench.iter(|| keystroke(&mut app, &mut terminal, &mut down))
    });
    let (before, pulled_before) = (
        synced.load(Ordering::Relaxed),
        pulled.load(Ordering::Relaxed),
    );
    let busy = median_keystroke(&mut app, &mut terminal);
    let during = synced.load(Ordering::Relaxed) - before;
    let pulled_during = pulled.load(Ordering::Relaxed) - pulled_before;
    group.finish();
    stop.store(true, Ordering::Relaxed);
    drive.join().unwrap();
    write.join().unwrap();
    eprintln!(
        "keystroke to frame, median of {KEYS}: idle {idle:.1?}, while syncing {busy:.1?} \
         (ratio {:.2}; {during} syncs pulling {pulled_during} revisions finished during the busy \
         median's keystrokes; {} syncs and {} revisions pulled in all)",
        busy.as_secs_f64() / idle.as_secs_f64(),
        synced.load(Ordering::Relaxed),
        pulled.load(Ordering::Relaxed),
    );
    runtime().block_on(async {
        let (client, conn) = tokio_postgres::connect(&url, NoTls).await.unwrap();
        tokio::spawn(async move {
            let _ = conn.await;
        });
        client
            .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
            .await
            .unwrap();
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
