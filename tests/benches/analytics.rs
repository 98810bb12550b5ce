//! Analytics at scale (issue 15), on `LECTERN_BIG_DB` (`lectern dev seed --courses 10000
//! --lessons 20`: 200,000 lessons; skipped when unset) and on a fresh demo database:
//! (a) opening the dashboard — the figures loaded (`services::load_analytics`), handed to the
//! screen and its first frame drawn; (b) re-rendering a loaded dashboard (120×40); (c) the
//! figures as `stats --json` builds them (load + serialise); (d) the HTML report (load +
//! render), with its size printed. Run: see docs/benchmarks.md, "Analytics".

#![allow(clippy::unwrap_used)]

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use lectern::services::report::render_html;
use lectern::services::{self, OpenOptions, Scope, figures, load_analytics};
use lectern::storage::Store;
use lectern::tui::{AnalyticsAction, AnalyticsScreen, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZE: (u16, u16) = (120, 40);

fn open_dashboard(
    store: &Store,
    scope: &Scope,
    terminal: &mut Terminal<TestBackend>,
) -> AnalyticsScreen {
    let (mut screen, _) = AnalyticsScreen::new(scope.clone());
    let data = load_analytics(store, scope).map_err(|e| e.to_string());
    screen.update(AnalyticsAction::Loaded(Box::new(data)));
    let theme = Theme::new(true);
    terminal
        .draw(|f| screen.render(f, f.area(), &theme))
        .unwrap();
    screen
}

fn bench_db(c: &mut Criterion, name: &str, db: &Path, course: &str) {
    let (store, _) = Store::open(db).unwrap();
    let mut group = c.benchmark_group(format!("analytics_{name}"));
    let theme = Theme::new(true);
    for (label, scope) in [
        ("library", Scope::Library),
        ("course", Scope::Course(course.to_string())),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
        group.bench_function(format!("dashboard_open_{label}"), |b| {
            b.iter(|| open_dashboard(&store, &scope, &mut terminal))
        });
        let screen = open_dashboard(&store, &scope, &mut terminal);
        group.bench_function(format!("dashboard_render_{label}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| screen.render(f, f.area(), &theme))
                    .unwrap();
            })
        });
        group.bench_function(format!("stats_json_{label}"), |b| {
            b.iter(|| {
                serde_json::to_string(&figures(&store, &scope).unwrap())
                    .unwrap()
                    .len()
            })
        });
        group.bench_function(format!("report_html_{label}"), |b| {
            b.iter(|| {
                let a = load_analytics(&store, &scope).unwrap();
                render_html(&a, "2026-12-07T00:00:00Z").len()
            })
        });
        let a = load_analytics(&store, &scope).unwrap();
        let html = render_html(&a, "2026-12-07T00:00:00Z");
        let json = serde_json::to_string_pretty(&a.figures).unwrap();
        println!(
            "analytics_{name} {label}: report {} bytes ({:.2} MB), stats --json {} bytes",
            html.len(),
            html.len() as f64 / 1_048_576.0,
            json.len()
        );
    }
    group.finish();
}

fn analytics(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    services::open_library(&demo, OpenOptions { seed_demo: true }).unwrap();
    bench_db(c, "demo", &demo, services::DEMO_SLUG);
    match std::env::var_os("LECTERN_BIG_DB") {
        Some(big) => bench_db(c, "big", Path::new(&big), "seed-05000"),
        None => eprintln!("note: LECTERN_BIG_DB unset: the 200,000-lesson library is skipped"),
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = analytics
}
criterion_main!(benches);
