//! A push cut at every point where the client waits for the server, then retried: for each
//! N, a fresh server schema and replica, a sync dropped (connection and all) at its N-th wait,
//! then a full sync — every revision on the server exactly once, the log without repeats, the
//! replica's heads equal to the server's, its outbox empty. Runs until a sync finishes before
//! its cut. (Each wait is a round trip: a query's answer, a COMMIT's acknowledgement…, so the
//! cuts fall on the message boundaries of the push, including between the server's COMMIT and
//! the local acknowledgement.)

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use lectern::services::seed_synthetic;
use lectern::services::sync::sync;

use super::sync_core_support::{Replica, ServerSchema, connect_plain};

/// Polls `inner` until it has waited `waits` times, then gives up (drops it): `None`.
struct CutAfter<F> {
    inner: Pin<Box<F>>,
    waits: usize,
}

impl<F: Future> Future for CutAfter<F> {
    type Output = Option<F::Output>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.waits == 0 {
            return Poll::Ready(None);
        }
        match self.inner.as_mut().poll(cx) {
            Poll::Ready(out) => Poll::Ready(Some(out)),
            Poll::Pending => {
                self.waits -= 1;
                Poll::Pending
            }
        }
    }
}

#[test]
fn a_push_cut_at_every_wait_then_retried_applies_everything_exactly_once() {
    let mut finished = false;
    let mut cuts = 0;
    for waits in 1..400 {
        let server = ServerSchema::new();
        let mut a = Replica::new("ana");
        seed_synthetic(&mut a.store, 1, 2).unwrap();
        let opts = server.options();
        let done = server.runtime.block_on(async {
            let mut client = connect_plain(&server.url).await;
            let run = CutAfter {
                inner: Box::pin(sync(&mut a.store, &mut client, &opts)),
                waits,
            };
            run.await.is_some()
        });
        server.sync(&mut a.store);
        let dup = server.scalar_i64(
            "SELECT count(*) - count(DISTINCT key) FROM {s}.sync_log WHERE kind = 'revision'",
        );
        assert_eq!(
            dup, 0,
            "cut after {waits} waits: a revision was logged twice"
        );
        assert_eq!(
            a.revision_ids(),
            server.revision_ids(),
            "cut after {waits} waits"
        );
        assert_eq!(a.heads(), server.heads(), "cut after {waits} waits");
        assert_eq!(a.store.read().sync_pending().unwrap(), 0);
        if done {
            finished = true;
            break;
        }
        cuts += 1;
    }
    eprintln!("sync cut at {cuts} points before it finished");
    assert!(finished, "the sync never finished within 400 waits");
    assert!(cuts > 5, "only {cuts} cut points: the test proved little");
}
