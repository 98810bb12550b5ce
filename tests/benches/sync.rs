//! Sync (issue 14) against the loopback PostgreSQL (`LECTERN_TEST_PG_URL`): the first push of
//! a 10,000-lesson library (`dev seed --courses 500 --lessons 20`) and its first pull into an
//! empty replica (timed once each, printed), a sync moving 100 changed lessons (push on one
//! replica, pull on the other; median of 5, printed), then criterion for a sync with nothing
//! to do and for the workbench's poll.
//! Run: `LECTERN_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench sync`.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use lectern::services::authoring::save_lesson_as;
use lectern::services::seed_synthetic;
use lectern::services::sync::{SyncOptions, sync};
use lectern::storage::sync::{init_server, poll_server};
use lectern::storage::{RevisionSource, Store};
use tokio_postgres::{Client, NoTls};

const COURSES: usize = 500;
const LESSONS: usize = 20;

async fn connect(url: &str) -> Client {
    let (client, conn) = tokio_postgres::connect(url, NoTls).await.unwrap();
    tokio::spawn(async move {
        let _ = conn.await;
    });
    client
}

fn store(dir: &tempfile::TempDir, name: &str) -> Store {
    let (mut store, _) = Store::open(&dir.path().join(name)).unwrap();
    store.set_author(name);
    store
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn bench(c: &mut Criterion) {
    let Ok(url) = std::env::var("LECTERN_TEST_PG_URL") else {
        eprintln!("LECTERN_TEST_PG_URL is not set: the sync benchmark needs a PostgreSQL");
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let schema = format!("bench_{}", uuid::Uuid::now_v7().simple());
    let opts = SyncOptions {
        schema: schema.clone(),
        ..SyncOptions::new("loopback")
    };
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b) = (store(&dir, "a.db"), store(&dir, "b.db"));
    let started = Instant::now();
    seed_synthetic(&mut a, COURSES, LESSONS).unwrap();
    eprintln!(
        "seeded {COURSES} × {LESSONS} lessons in {:.1?}",
        started.elapsed()
    );
    let mut client = rt.block_on(connect(&url));
    rt.block_on(init_server(&mut client, &schema)).unwrap();

    let t = Instant::now();
    let up = rt.block_on(sync(&mut a, &mut client, &opts)).unwrap();
    eprintln!("first push: {:.2?} ({})", t.elapsed(), up.summary());
    let t = Instant::now();
    let down = rt.block_on(sync(&mut b, &mut client, &opts)).unwrap();
    eprintln!("first pull: {:.2?} ({})", t.elapsed(), down.summary());

    let (mut pushes, mut pulls) = (Vec::new(), Vec::new());
    for round in 0..5 {
        for n in 0..100 {
            let slug = format!("seed-{:05}", n * 5);
            let text = format!("# 1.1\n\nRound {round}: lesson {n} rewritten.\n");
            save_lesson_as(&mut a, &slug, "1.1", &text, RevisionSource::Edited).unwrap();
        }
        let t = Instant::now();
        rt.block_on(sync(&mut a, &mut client, &opts)).unwrap();
        pushes.push(t.elapsed());
        let t = Instant::now();
        let r = rt.block_on(sync(&mut b, &mut client, &opts)).unwrap();
        pulls.push(t.elapsed());
        assert_eq!(r.pulled_revisions, 100);
    }
    eprintln!(
        "100 changed lessons: push {:.1?}, pull {:.1?} (median of 5)",
        median(pushes),
        median(pulls)
    );

    c.bench_function("sync with nothing to do", |bench| {
        bench.iter(|| rt.block_on(sync(&mut a, &mut client, &opts)).unwrap())
    });
    c.bench_function("poll (SELECT seq FROM sync_head)", |bench| {
        bench.iter(|| rt.block_on(poll_server(&mut client, &schema)).unwrap())
    });
    rt.block_on(client.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")))
        .unwrap();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
