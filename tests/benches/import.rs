//! Imports the whole corpus (parse + match + score + persist, one transaction per course)
//! into a fresh file database per iteration; reports lessons/s. Folders are read into memory
//! once before timing, so disk reads of the corpus are not measured.
//! Run: `LECTERN_CORPUS=/work/shared/corpus cargo bench --bench import`.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use lectern::domain::rubric::Rubric;
use lectern::services::{self, ImportOptions, ImportSource, OnExisting};
use lectern::storage::Store;

fn bench(c: &mut Criterion) {
    let Some(corpus) = std::env::var_os("LECTERN_CORPUS") else {
        eprintln!("import bench skipped: LECTERN_CORPUS is not set");
        return;
    };
    let snapshots: Vec<_> = services::course_folders(Path::new(&corpus))
        .unwrap()
        .iter()
        .map(|dir| services::read_course_folder(dir).unwrap())
        .collect();
    let lessons = snapshots
        .iter()
        .map(|s| s.under("lessons/").count())
        .sum::<usize>();
    eprintln!(
        "import bench: {} courses, {lessons} lesson files",
        snapshots.len()
    );
    let options = ImportOptions {
        rubric: Rubric::Creatoros,
        on_existing: OnExisting::Update,
        dry_run: false,
    };
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(lessons as u64));
    group.sample_size(20);
    group.bench_function("corpus_into_fresh_file_db", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let store = Store::open(&dir.path().join("bench.db")).unwrap().0;
                let sources: Vec<ImportSource> = snapshots
                    .iter()
                    .map(|s| ImportSource::Snapshot {
                        label: s.name.clone(),
                        snapshot: s.clone(),
                    })
                    .collect();
                (dir, store, sources)
            },
            |(dir, mut store, sources)| {
                // What `lectern import` runs: planning on a second thread, one course ahead.
                let run = services::import_sources(&mut store, sources, options);
                assert!(run.refused.is_empty(), "{:?}", run.refused);
                (dir, store)
            },
            BatchSize::PerIteration,
        );
    });
    // The same work without the database, to tell parsing/scoring cost from storage cost.
    group.bench_function("corpus_plan_only", |b| {
        b.iter(|| {
            for snapshot in &snapshots {
                std::hint::black_box(services::plan_course(snapshot, Rubric::Creatoros).unwrap());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
