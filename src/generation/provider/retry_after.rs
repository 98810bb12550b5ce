//! `Retry-After` headers read defensively: a server's number or date never panics the
//! process nor makes a run wait forever.

use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// `Retry-After` as seconds or an HTTP-date (a date in the past means now). Values too large
/// for a `Duration` (`1e30`) saturate instead of panicking; the retry policy then refuses to
/// wait that long and says so.
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0)
            .then(|| Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX));
    }
    let at =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let wait = at - time::OffsetDateTime::now_utc();
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            RETRY_AFTER,
            reqwest::header::HeaderValue::from_static(value),
        );
        h
    }

    #[test]
    fn huge_seconds_saturate_and_dates_are_read() {
        assert_eq!(retry_after(&header("1e30")), Some(Duration::MAX));
        assert_eq!(
            retry_after(&header("2.5")),
            Some(Duration::from_millis(2500))
        );
        assert_eq!(retry_after(&header("-1")), None);
        let past = retry_after(&header("Sun, 06 Nov 1994 08:49:37 GMT"));
        assert_eq!(past, Some(Duration::ZERO));
        let future = retry_after(&header("Fri, 01 Jan 2100 00:00:00 GMT")).unwrap();
        assert!(future > Duration::from_secs(365 * 24 * 3600));
    }
}
