//! Work on every core, results in input order, memory bounded: `for_each_ordered` runs a
//! function over items on `threads` worker threads and hands each result to the caller's
//! thread in the order the items came, with at most `2 × threads` items started and not yet
//! taken.
//!
//! Why a window: reading and scoring a course is fast next to printing or storing it, so
//! unbounded workers would pile up finished courses and memory would grow with the folder.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

/// Threads to use when the person did not say: one per core the process may use.
pub fn default_jobs() -> usize {
    thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

struct State<T, R> {
    items: std::iter::Enumerate<std::vec::IntoIter<T>>,
    /// Items handed to workers so far.
    started: usize,
    /// Results taken by the caller so far.
    taken: usize,
    done: BTreeMap<usize, R>,
    /// Set when the caller stops early or a thread panicked: everyone winds down.
    stop: bool,
}

struct Shared<T, R> {
    state: Mutex<State<T, R>>,
    changed: Condvar,
}

impl<T, R> Shared<T, R> {
    fn lock(&self) -> MutexGuard<'_, State<T, R>> {
        // A panicking thread never leaves the state half-changed (it holds the lock only for
        // plain field updates), so a poisoned lock is still consistent.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State<T, R>>) -> MutexGuard<'a, State<T, R>> {
        self.changed
            .wait(guard)
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Stops everyone when the thread holding it unwinds, so no thread waits forever for a
/// result or a free slot that will never come; the scope then passes the panic on.
struct StopOnPanic<'a, T, R>(&'a Shared<T, R>);

impl<T, R> Drop for StopOnPanic<'_, T, R> {
    fn drop(&mut self) {
        if thread::panicking() {
            self.0.lock().stop = true;
            self.0.changed.notify_all();
        }
    }
}

/// Calls `work` on every item (on `threads` worker threads; on this thread between the calls
/// to `take` when `threads` is 0) and `take` on each result in input order, on this thread.
/// `take` returning `Break` stops the run: items not started are dropped.
pub fn for_each_ordered<T, R>(
    items: Vec<T>,
    threads: usize,
    work: impl Fn(T) -> R + Sync,
    mut take: impl FnMut(R) -> ControlFlow<()>,
) where
    T: Send,
    R: Send,
{
    if threads == 0 {
        for item in items {
            if take(work(item)).is_break() {
                return;
            }
        }
        return;
    }
    let count = items.len();
    let window = 2 * threads;
    let shared = Shared {
        state: Mutex::new(State {
            items: items.into_iter().enumerate(),
            started: 0,
            taken: 0,
            done: BTreeMap::new(),
            stop: false,
        }),
        changed: Condvar::new(),
    };
    thread::scope(|scope| {
        for _ in 0..threads.min(count) {
            scope.spawn(|| worker(&shared, window, &work));
        }
        let _guard = StopOnPanic(&shared);
        for index in 0..count {
            let mut state = shared.lock();
            let result = loop {
                if let Some(result) = state.done.remove(&index) {
                    break Some(result);
                }
                if state.stop {
                    break None;
                }
                state = shared.wait(state);
            };
            drop(state);
            let Some(result) = result else { break };
            if take(result).is_break() {
                break;
            }
            // Counted as taken only once handled, so the window bounds what is in memory.
            shared.lock().taken = index + 1;
            shared.changed.notify_all();
        }
        // Whatever ended the loop, workers still waiting for a slot must leave.
        shared.lock().stop = true;
        shared.changed.notify_all();
    });
}

fn worker<T, R>(shared: &Shared<T, R>, window: usize, work: &(impl Fn(T) -> R + Sync)) {
    let _guard = StopOnPanic(shared);
    loop {
        let mut state = shared.lock();
        while !state.stop && state.started >= state.taken + window {
            state = shared.wait(state);
        }
        if state.stop {
            return;
        }
        let Some((index, item)) = state.items.next() else {
            return;
        };
        state.started += 1;
        drop(state);
        let result = work(item);
        shared.lock().done.insert(index, result);
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_come_in_input_order_with_a_bounded_window() {
        for threads in [0, 1, 2, 4] {
            let in_flight = AtomicUsize::new(0);
            let most = AtomicUsize::new(0);
            let mut seen = Vec::new();
            for_each_ordered(
                (0..200u64).collect(),
                threads,
                |n| {
                    let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    // Items finish out of order, so the order must be restored.
                    std::thread::sleep(std::time::Duration::from_micros((200 - n) % 7 * 50));
                    n * 2
                },
                |r| {
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    seen.push(r);
                    ControlFlow::Continue(())
                },
            );
            assert_eq!(seen, (0..200).map(|n| n * 2).collect::<Vec<_>>());
            // Started but not yet taken never exceeds the window (2 × threads, or 1 alone).
            assert!(
                most.load(Ordering::SeqCst) <= (2 * threads).max(1),
                "threads {threads}"
            );
        }
    }

    #[test]
    fn a_break_stops_the_run() {
        let mut seen = 0;
        for_each_ordered(
            (0..1000).collect(),
            3,
            |n: i32| n,
            |_| {
                seen += 1;
                if seen == 5 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert_eq!(seen, 5);
    }

    #[test]
    fn a_panicking_worker_is_passed_on_instead_of_hanging() {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            for_each_ordered(
                (0..100).collect(),
                2,
                |n: i32| {
                    assert!(n != 3, "item 3 cannot be worked");
                    n
                },
                |_| ControlFlow::Continue(()),
            );
        }));
        assert!(outcome.is_err());
    }
}
