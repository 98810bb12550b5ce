//! A stream wrapper that gives up when the server stops answering.
//!
//! It sits above TLS, where the PostgreSQL protocol is readable, and counts the answers owed:
//! the login and every `Query` or `Sync` the client sends end with one `ReadyForQuery` from the
//! server. While an answer is owed, some bytes must move (either way) within the timeout, or
//! reads fail with `TimedOut`; a connection that owes nothing (idle, or between syncs) never
//! times out. This is a client-side statement timeout that also works through a transaction
//! pooler, where `SET statement_timeout` would leak into other clients' sessions, and it
//! catches a stalled network or server mid-answer, which a server-side timeout cannot see.
//! Must not depend on anything above storage.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// The text of the `TimedOut` error, so the connection task's failure can be recognised.
pub const STALLED: &str = "the server sent nothing back in time";

pub struct StallGuard<S> {
    inner: S,
    timeout: Duration,
    /// `ReadyForQuery` messages still to come.
    owed: u32,
    sent: Framer,
    received: Framer,
    deadline: Pin<Box<Sleep>>,
}

impl<S> StallGuard<S> {
    pub fn new(inner: S, timeout: Duration) -> Self {
        StallGuard {
            inner,
            timeout,
            owed: 0,
            // The client's first message (the startup packet) has no type byte.
            sent: Framer::new(false),
            received: Framer::new(true),
            deadline: Box::pin(tokio::time::sleep(timeout)),
        }
    }

    /// Progress was made: the timeout starts again. Polling the timer registers this task with
    /// it, so a stalled peer still wakes the reader at the deadline.
    fn restart_clock(&mut self, cx: &mut Context<'_>) {
        let at = Instant::now() + self.timeout;
        self.deadline.as_mut().reset(at);
        let _ = self.deadline.as_mut().poll(cx);
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for StallGuard<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let this = &mut *self;
                let mut answered = 0;
                this.received.feed(&buf.filled()[before..], |kind| {
                    answered += u32::from(kind == b'Z');
                });
                this.owed = this.owed.saturating_sub(answered);
                if this.owed > 0 && buf.filled().len() > before {
                    this.restart_clock(cx);
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                if self.owed > 0 && self.deadline.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, STALLED)));
                }
                Poll::Pending
            }
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for StallGuard<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write(cx, data);
        if let Poll::Ready(Ok(n)) = result
            && n > 0
        {
            let this = &mut *self;
            let mut asked = 0;
            this.sent.feed(&data[..n], |kind| {
                // 0: the startup packet; Q: a simple query; S: the Sync ending an extended one.
                asked += u32::from(matches!(kind, 0 | b'Q' | b'S'));
            });
            this.owed += asked;
            if this.owed > 0 {
                this.restart_clock(cx);
            }
        }
        result
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Finds message boundaries in one direction of the protocol: a type byte (absent on the
/// startup packet) and a 4-byte big-endian length that counts itself but not the type.
/// Public so tests can cut a connection exactly between two messages.
pub struct Framer {
    typed: bool,
    header: [u8; 5],
    have: usize,
    body_left: usize,
}

impl Framer {
    /// `typed: false` for the client's side of a new connection (its startup packet has no
    /// type byte), `true` for the server's.
    pub fn new(typed: bool) -> Framer {
        Framer {
            typed,
            header: [0; 5],
            have: 0,
            body_left: 0,
        }
    }

    /// Reads `bytes` on from where the last call stopped; `on_message` gets each message's
    /// type byte (0 for the untyped startup packet) once its header is complete.
    pub fn feed(&mut self, bytes: &[u8], on_message: impl FnMut(u8)) {
        self.scan(bytes, on_message, |_| {});
    }

    /// Offsets in `bytes` just past each message that ends there.
    pub fn message_ends(&mut self, bytes: &[u8]) -> Vec<usize> {
        let mut ends = Vec::new();
        self.scan(bytes, |_| {}, |at| ends.push(at));
        ends
    }

    fn scan(
        &mut self,
        bytes: &[u8],
        mut on_message: impl FnMut(u8),
        mut on_end: impl FnMut(usize),
    ) {
        let mut at = 0;
        while at < bytes.len() {
            if self.body_left > 0 {
                let n = self.body_left.min(bytes.len() - at);
                self.body_left -= n;
                at += n;
                if self.body_left == 0 {
                    on_end(at);
                }
                continue;
            }
            let size = if self.typed { 5 } else { 4 };
            let n = (size - self.have).min(bytes.len() - at);
            self.header[self.have..self.have + n].copy_from_slice(&bytes[at..at + n]);
            self.have += n;
            at += n;
            if self.have == size {
                let len = &self.header[size - 4..size];
                let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
                self.body_left = len.saturating_sub(4);
                on_message(if self.typed { self.header[0] } else { 0 });
                self.have = 0;
                self.typed = true;
                if self.body_left == 0 {
                    on_end(at);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn msg(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut m = vec![kind];
        m.extend_from_slice(&(body.len() as u32 + 4).to_be_bytes());
        m.extend_from_slice(body);
        m
    }

    #[test]
    fn messages_are_found_across_any_split() {
        let mut stream = Vec::new();
        stream.extend(msg(b'T', b"rowdesc"));
        stream.extend(msg(b'D', &[7; 300]));
        stream.extend(msg(b'Z', b"I"));
        for chunk in [1, 2, 5, 7, 64, stream.len()] {
            let mut framer = Framer::new(true);
            let mut kinds = Vec::new();
            for piece in stream.chunks(chunk) {
                framer.feed(piece, |k| kinds.push(k));
            }
            assert_eq!(kinds, b"TDZ", "chunks of {chunk}");
        }
        let mut startup = Framer::new(false);
        let mut kinds = Vec::new();
        let mut first = 9u32.to_be_bytes().to_vec();
        first.extend_from_slice(b"abcde");
        first.extend(msg(b'Q', b"select 1\0"));
        startup.feed(&first, |k| kinds.push(k));
        assert_eq!(kinds, [0, b'Q']);
        let mut ends = Framer::new(true);
        assert_eq!(ends.message_ends(&stream[..10]), Vec::<usize>::new());
        let rest = ends.message_ends(&stream[10..]);
        let whole = Framer::new(true).message_ends(&stream);
        assert_eq!(rest.iter().map(|e| e + 10).collect::<Vec<_>>(), whole);
        assert_eq!(whole.len(), 3);
        assert_eq!(whole.last(), Some(&stream.len()));
    }

    #[tokio::test]
    async fn only_an_owed_answer_times_out() {
        let (near, mut far) = tokio::io::duplex(4096);
        let mut guard = StallGuard::new(near, Duration::from_millis(100));
        guard.sent = Framer::new(true);
        let mut buf = [0u8; 64];
        // Nothing asked: an idle read just waits (well past the timeout).
        let idle = tokio::time::timeout(Duration::from_millis(400), guard.read(&mut buf)).await;
        assert!(idle.is_err(), "an idle connection must not time out");
        // Two queries pipelined; the first answer alone leaves one owed.
        guard.write_all(&msg(b'Q', b"a\0")).await.unwrap();
        guard.write_all(&msg(b'Q', b"b\0")).await.unwrap();
        far.write_all(&msg(b'Z', b"I")).await.unwrap();
        assert_eq!(guard.read(&mut buf).await.unwrap(), 6);
        // The second answer starts, then the server goes silent mid-message.
        far.write_all(&msg(b'D', &[1; 20])[..10]).await.unwrap();
        assert_eq!(guard.read(&mut buf).await.unwrap(), 10);
        let err = guard.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test]
    async fn after_the_last_answer_the_connection_may_idle() {
        let (near, mut far) = tokio::io::duplex(4096);
        let mut guard = StallGuard::new(near, Duration::from_millis(100));
        guard.sent = Framer::new(true);
        let mut buf = [0u8; 64];
        guard.write_all(&msg(b'Q', b"a\0")).await.unwrap();
        far.write_all(&msg(b'Z', b"I")).await.unwrap();
        assert_eq!(guard.read(&mut buf).await.unwrap(), 6);
        let idle = tokio::time::timeout(Duration::from_millis(400), guard.read(&mut buf)).await;
        assert!(idle.is_err(), "nothing owed: no timeout");
    }
}
