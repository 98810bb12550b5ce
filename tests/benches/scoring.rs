//! Scores every lesson of `$LECTERN_CORPUS` with both rubrics and reports lessons/s and MB/s.
//! Run: `LECTERN_CORPUS=/work/shared/corpus cargo bench --bench scoring`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::domain::text::decode;

fn lessons(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            lessons(&path, out);
        } else if path.extension().is_some_and(|e| e == "md")
            && path.components().any(|c| c.as_os_str() == "lessons")
            && let Ok(bytes) = std::fs::read(&path)
        {
            out.push(decode(&bytes).text);
        }
    }
}

fn bench(c: &mut Criterion) {
    let Some(corpus) = std::env::var_os("LECTERN_CORPUS") else {
        eprintln!("scoring bench skipped: LECTERN_CORPUS is not set");
        return;
    };
    let mut texts = Vec::new();
    lessons(Path::new(&corpus), &mut texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    let n = texts.len();
    eprintln!("scoring bench: {n} lessons, {bytes} bytes");
    let mut group = c.benchmark_group("scoring");
    group.throughput(Throughput::Bytes(bytes as u64));
    for rubric in [Rubric::Creatoros, Rubric::Strict] {
        group.bench_function(format!("corpus/{rubric}"), |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(score_lesson(black_box(t), rubric));
                }
            })
        });
        // A plain summary in the units docs/benchmarks.md uses.
        let rounds = 20;
        let start = Instant::now();
        for _ in 0..rounds {
            for t in &texts {
                black_box(score_lesson(black_box(t), rubric));
            }
        }
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "{rubric}: {:.0} lessons/s, {:.1} MB/s",
            (n * rounds) as f64 / secs,
            (bytes * rounds) as f64 / secs / 1e6
        );
    }
    group.finish();
    // Linearity: one 10 MB lesson made of the lazy patterns' worst cases.
    let unit = "## 🎯 G 🤔 pause pense: como você [ por que ### x\n##";
    let huge = unit.repeat(10 * 1024 * 1024 / unit.len());
    for rubric in [Rubric::Creatoros, Rubric::Strict] {
        let start = Instant::now();
        black_box(score_lesson(&huge, rubric));
        eprintln!(
            "{rubric}: 10 MB adversarial lesson in {:.0} ms",
            start.elapsed().as_secs_f64() * 1e3
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
