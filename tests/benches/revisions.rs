//! Revisions (issue 12): how much 1,000 saves of a 20 KB lesson, each changing one line, grow
//! the database (printed, not timed), opening the history of a lesson with 1,000 revisions,
//! and a word diff of a 5,000-line lesson.
//! Run: `cargo bench --bench revisions`.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use lectern::services::authoring::{NewCourseRequest, create_course, save_curriculum};
use lectern::services::authoring::{approve_curriculum, save_lesson};
use lectern::services::history::{self, line_diff, word_diff};
use lectern::storage::Store;

const SLUG: &str = "bench";
const CURRICULUM: &str = "title: Bench\nmodules:\n  - module_id: 1\n    module_title: M\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: L\n";

/// A lesson of about `bytes` bytes: numbered prose lines, so every line is distinct.
fn lesson(lines: usize) -> Vec<String> {
    let mut out = vec!["# 1.1 - Uma aula longa\n".to_string(), "\n".to_string()];
    for i in 0..lines {
        out.push(format!(
            "Linha {i}: o autor explica com calma um passo da planilha, com exemplo {}.\n",
            i * 7 % 13
        ));
    }
    out
}

/// Bytes of the database file after folding the WAL back into it.
fn db_bytes(db: &Path) -> u64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    std::fs::metadata(db).unwrap().len()
}

fn blob_bytes(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT sum(length(data)) FROM revision_blobs", [], |r| {
        r.get(0)
    })
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.db");
    let (mut store, _) = Store::open(&db).unwrap();
    let request = NewCourseRequest {
        slug: SLUG.into(),
        title: "Bench".into(),
        created_date: "2026-12-07".into(),
    };
    create_course(&mut store, &request).unwrap();
    save_curriculum(&mut store, SLUG, CURRICULUM).unwrap();
    approve_curriculum(&mut store, SLUG, "2026-12-07T00:00:00Z").unwrap();
    // ~20 KB: 260 lines of ~78 bytes.
    let mut lines = lesson(260);
    let size: usize = lines.iter().map(String::len).sum();
    save_lesson(&mut store, SLUG, "1.1", &lines.concat()).unwrap();
    let before = (db_bytes(&db), blob_bytes(&db));
    for save in 0..1000 {
        let at = 2 + (save * 37) % (lines.len() - 2);
        lines[at] = format!("Linha {at} reescrita na gravação {save}, com outra explicação.\n");
        save_lesson(&mut store, SLUG, "1.1", &lines.concat()).unwrap();
    }
    let after = (db_bytes(&db), blob_bytes(&db));
    eprintln!(
        "revisions bench: 1,000 saves of a {size}-byte lesson grew the database by {} bytes \
         ({:.2} MB; revision texts: {} bytes)",
        after.0 - before.0,
        (after.0 - before.0) as f64 / 1e6,
        after.1 - before.1
    );

    let mut group = c.benchmark_group("revisions");
    group.bench_function("history_of_1000_revisions", |b| {
        b.iter(|| history::history(&store, SLUG, Some("1.1")).unwrap().len());
    });
    group.bench_function("text_of_the_oldest_revision", |b| {
        b.iter(|| {
            history::revision_text(&store, SLUG, "1.1", "~1000")
                .unwrap()
                .1
                .len()
        });
    });
    let old = lesson(5000).concat();
    let mut changed = lesson(5000);
    for i in (10..5000).step_by(100) {
        changed[i] = format!("Linha {i}: trocada por uma frase nova, palavra por palavra.\n");
    }
    let new = changed.concat();
    group.bench_function("word_diff_5000_lines", |b| {
        b.iter(|| word_diff(&old, &new).lines.len());
    });
    group.bench_function("line_diff_5000_lines", |b| {
        b.iter(|| line_diff(&old, &new, "a", "b").added);
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
