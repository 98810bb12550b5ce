//! A socket wrapper that gives up when the server stops answering.
//!
//! Once bytes have gone out, the next bytes in must arrive within the timeout, or reads fail
//! with `TimedOut`. An idle connection (nothing asked) never times out. This is a client-side
//! statement timeout that also works through a transaction pooler, where `SET
//! statement_timeout` would leak into other clients' sessions, and it catches a stalled
//! network that a server-side timeout cannot see. Must not depend on anything above storage.

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
    /// Set while an answer is owed: bytes went out and none came back since.
    waiting: bool,
    deadline: Pin<Box<Sleep>>,
}

impl<S> StallGuard<S> {
    pub fn new(inner: S, timeout: Duration) -> Self {
        StallGuard {
            inner,
            timeout,
            waiting: false,
            deadline: Box::pin(tokio::time::sleep(timeout)),
        }
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
                if buf.filled().len() > before {
                    self.waiting = false;
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                if self.waiting && self.deadline.as_mut().poll(cx).is_ready() {
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
            && !self.waiting
        {
            self.waiting = true;
            let deadline = Instant::now() + self.timeout;
            self.deadline.as_mut().reset(deadline);
            // Registers this task with the timer now: the reader may already be parked on
            // the socket alone, and a stalled server would never wake it.
            let _ = self.deadline.as_mut().poll(cx);
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn a_silent_peer_times_out_only_after_a_request() {
        let (near, mut far) = tokio::io::duplex(64);
        let mut guard = StallGuard::new(near, Duration::from_millis(100));
        let mut byte = [0u8; 1];
        // Nothing asked: an idle read just waits (well past the timeout).
        let idle = tokio::time::timeout(Duration::from_millis(500), guard.read(&mut byte)).await;
        assert!(idle.is_err(), "an idle connection must not time out");
        guard.write_all(b"Q").await.unwrap();
        far.write_all(b"Z").await.unwrap();
        assert_eq!(guard.read(&mut byte).await.unwrap(), 1);
        guard.write_all(b"Q").await.unwrap();
        let err = guard.read(&mut byte).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        let mut sink = [0u8; 8];
        assert_eq!(far.read(&mut sink).await.unwrap(), 2);
    }
}
