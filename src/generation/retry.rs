//! When and how long to wait before repeating a failed request: exponential backoff with
//! jitter on rate limits, server errors, dropped streams and timeouts, honouring the server's
//! `Retry-After`. `max_retries = 0` means one try only.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use super::provider::ProviderError;

/// A server asking for more than this is treated as "give up for now" rather than obeyed.
const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(120);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_retries: u32,
    /// Wait before the first retry; doubled for each further one.
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1-based) after `err`, or `None` when the error is
    /// not worth retrying or the retries are used up.
    pub fn next_delay(&self, retry: u32, err: &ProviderError) -> Option<Duration> {
        if retry > self.max_retries || !err.class.is_retryable() {
            return None;
        }
        if let Some(after) = err.retry_after {
            return (after <= LONGEST_RETRY_AFTER).then_some(after);
        }
        let exp = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)))
            .min(self.max_delay);
        // Jitter in [50 %, 100 %] spreads concurrent lessons that failed together.
        let fraction = 0.5 + (random_u64() % 1000) as f64 / 2000.0;
        Some(exp.mul_f64(fraction))
    }
}

/// The error an attempt fails with when no retry follows: a server asking to wait longer
/// than lectern waits says so, instead of failing with its status alone.
pub fn give_up(err: ProviderError) -> ProviderError {
    match err.retry_after {
        Some(after) if after > LONGEST_RETRY_AFTER && err.class.is_retryable() => {
            let asked = if after == Duration::MAX {
                "longer than any clock can count".to_string()
            } else {
                format!("{} s", after.as_secs())
            };
            ProviderError {
                message: format!(
                    "{}; the server asked to wait {asked} (Retry-After), more than the {} s \
                     lectern waits: try again later",
                    err.message,
                    LONGEST_RETRY_AFTER.as_secs()
                ),
                ..err
            }
        }
        _ => err,
    }
}

/// Randomness without a crate: std seeds each `RandomState` from the OS.
fn random_u64() -> u64 {
    RandomState::new().build_hasher().finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generation::provider::ErrorClass;

    fn err(class: ErrorClass) -> ProviderError {
        ProviderError::new(class, "x")
    }

    #[test]
    fn backoff_grows_with_jitter_and_stops_at_max_retries() {
        let p = RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(300),
        };
        let d1 = p.next_delay(1, &err(ErrorClass::Server)).unwrap();
        assert!((50..=100).contains(&d1.as_millis()), "{d1:?}");
        let d2 = p.next_delay(2, &err(ErrorClass::Timeout)).unwrap();
        assert!((100..=200).contains(&d2.as_millis()), "{d2:?}");
        let d3 = p.next_delay(3, &err(ErrorClass::Network)).unwrap();
        assert!((150..=300).contains(&d3.as_millis()), "capped: {d3:?}");
        assert_eq!(p.next_delay(4, &err(ErrorClass::Server)), None);
    }

    #[test]
    fn a_wait_beyond_the_longest_fails_the_attempt_with_the_reason() {
        let mut e = err(ErrorClass::RateLimit);
        e.retry_after = Some(Duration::MAX);
        assert_eq!(RetryPolicy::default().next_delay(1, &e), None);
        let failed = give_up(e);
        assert!(failed.message.contains("Retry-After"), "{}", failed.message);
        assert!(failed.message.contains("120 s"), "{}", failed.message);
    }

    #[test]
    fn auth_and_bad_response_are_not_retried_and_zero_means_no_retry() {
        let p = RetryPolicy::default();
        assert_eq!(p.next_delay(1, &err(ErrorClass::Auth)), None);
        assert_eq!(p.next_delay(1, &err(ErrorClass::BadResponse)), None);
        let none = RetryPolicy {
            max_retries: 0,
            ..p
        };
        assert_eq!(none.next_delay(1, &err(ErrorClass::RateLimit)), None);
    }

    #[test]
    fn retry_after_is_honoured_unless_absurd() {
        let p = RetryPolicy::default();
        let mut e = err(ErrorClass::RateLimit);
        e.retry_after = Some(Duration::from_secs(2));
        assert_eq!(p.next_delay(1, &e), Some(Duration::from_secs(2)));
        e.retry_after = Some(Duration::from_secs(3600));
        assert_eq!(p.next_delay(1, &e), None);
    }
}
