//! Full-text search at scale: `Repo::search` (what `lectern search` and the workbench's
//! `Ctrl-f` run, process start excluded) on `LECTERN_BIG_DB` — a 200,000-lesson library made
//! with `lectern dev seed --courses 10000 --lessons 20` — and on a fresh demo database for
//! comparison. Two two-word queries: one whose words are in every seeded lesson, one that
//! matches a single course. Skipped (with a notice) when `LECTERN_BIG_DB` is unset.
//! Run: see docs/benchmarks.md, "`lectern search` on 200,000 lessons".

#![allow(clippy::unwrap_used)]

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use lectern::services::{self, OpenOptions};
use lectern::storage::Store;

const QUERIES: &[(&str, &str)] = &[
    ("every_lesson", "apply formula"),
    ("one_course", "course 07777"),
    ("accented", "formulas celulas"),
    // One word in every seeded lesson, one in a single course's 20.
    ("common_and_rare", "formula 7777"),
];

fn bench_db(c: &mut Criterion, name: &str, db: &Path) {
    let (store, _) = Store::open(db).unwrap();
    let mut group = c.benchmark_group(format!("search_{name}"));
    for (label, query) in QUERIES {
        group.bench_function(*label, |b| {
            b.iter(|| store.read().search(query, 50).unwrap());
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    services::open_library(&demo, OpenOptions { seed_demo: true }).unwrap();
    bench_db(c, "demo", &demo);
    match std::env::var_os("LECTERN_BIG_DB") {
        Some(big) => bench_db(c, "big", Path::new(&big)),
        None => eprintln!("LECTERN_BIG_DB is unset: the 200,000-lesson case is skipped"),
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = search
}
criterion_main!(benches);
