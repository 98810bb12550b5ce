//! Numbers and dates in each language's style: `41.8` / `41,8`, `12500` / `12.500`,
//! `2026-12-07 14:05` / `07/12/2026 14:05`. Fluent selects plurals on the number itself; these
//! only write it. Pure.

use std::borrow::Cow;

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use super::Lang;

/// `x` with exactly `digits` decimals.
pub(super) fn decimal_number(x: f64, digits: usize) -> FluentNumber {
    FluentNumber::new(
        x,
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        },
    )
}

/// The bundles' formatter for English: numbers as Rust prints them (today's output), with the
/// requested decimals.
pub(super) fn format_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number_text(n, Lang::En)),
        _ => None,
    }
}

/// The bundles' formatter for pt-BR: decimal comma, `.` between thousands.
pub(super) fn format_pt_br<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number_text(n, Lang::PtBr)),
        _ => None,
    }
}

pub(super) fn number_text(n: &FluentNumber, lang: Lang) -> String {
    let o = &n.options;
    let mut text = match o.maximum_fraction_digits {
        Some(max) => format!("{:.*}", max, n.value),
        None => n.value.to_string(),
    };
    if o.maximum_fraction_digits.is_some() && text.contains('.') {
        // Trailing zeros beyond the minimum go, like Intl.NumberFormat.
        let min = o.minimum_fraction_digits.unwrap_or(0);
        while text.ends_with('0') && text.len() - text.find('.').unwrap_or(0) - 1 > min {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if let Some(min) = o.minimum_fraction_digits.filter(|m| *m > 0) {
        let have = text.find('.').map_or(0, |dot| text.len() - dot - 1);
        if have == 0 && !text.contains('.') {
            text.push('.');
        }
        text.push_str(&"0".repeat(min.saturating_sub(have)));
    }
    match lang {
        Lang::En => text,
        Lang::PtBr => {
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
            let mut out = String::from(sign);
            out.push_str(&group(digits, o.use_grouping));
            if !frac.is_empty() {
                out.push(',');
                out.push_str(frac);
            }
            out
        }
    }
}

/// `12500` → `12.500` (CLDR's pt: groups from four digits on).
fn group(digits: &str, grouping: bool) -> String {
    if !grouping || digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// `2026-12-07T14:05:09…` (or with a space): kept in English, `07/12/2026 14:05:09` in pt-BR
/// (the time part as long as it was given). Anything else is returned unchanged.
pub(super) fn timestamp(iso: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(iso);
    }
    let b = iso.as_bytes();
    let is_date = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !is_date {
        return Cow::Borrowed(iso);
    }
    let (date, rest) = iso.split_at(10);
    let (y, m, d) = (&date[..4], &date[5..7], &date[8..10]);
    let time = rest.strip_prefix(['T', ' ']).unwrap_or(rest);
    // Stored times are UTC (`…Z`), some with fractions of a second (synced revisions): whole
    // seconds, and the zone said in words.
    let (time, utc) = match time.strip_suffix('Z') {
        Some(t) => (t, true),
        None => (time, false),
    };
    let time = time.split('.').next().unwrap_or(time);
    match (time.is_empty(), utc) {
        (true, _) => Cow::Owned(format!("{d}/{m}/{y}")),
        (false, true) => Cow::Owned(format!("{d}/{m}/{y} {time} UTC")),
        (false, false) => Cow::Owned(format!("{d}/{m}/{y} {time}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(x: f64) -> FluentNumber {
        FluentNumber::new(x, FluentNumberOptions::default())
    }

    #[test]
    fn decimal_comma_and_thousands_in_pt_br_only() {
        assert_eq!(number_text(&decimal_number(41.75, 1), Lang::En), "41.8");
        assert_eq!(number_text(&decimal_number(41.75, 1), Lang::PtBr), "41,8");
        assert_eq!(number_text(&decimal_number(3.0, 1), Lang::PtBr), "3,0");
        assert_eq!(number_text(&decimal_number(-0.5, 2), Lang::PtBr), "-0,50");
        assert_eq!(number_text(&plain(12500.0), Lang::En), "12500");
        assert_eq!(number_text(&plain(12500.0), Lang::PtBr), "12.500");
        assert_eq!(number_text(&plain(1234567.0), Lang::PtBr), "1.234.567");
        assert_eq!(number_text(&plain(999.0), Lang::PtBr), "999");
        assert_eq!(number_text(&plain(2.5), Lang::PtBr), "2,5");
        assert_eq!(number_text(&plain(7.0), Lang::En), "7");
    }

    #[test]
    fn timestamps_in_the_local_style() {
        assert_eq!(
            timestamp("2026-12-07T14:05:09", Lang::En),
            "2026-12-07T14:05:09"
        );
        assert_eq!(
            timestamp("2026-12-07T14:05:09", Lang::PtBr),
            "07/12/2026 14:05:09"
        );
        assert_eq!(
            timestamp("2026-12-07 14:05", Lang::PtBr),
            "07/12/2026 14:05"
        );
        assert_eq!(timestamp("2026-12-07", Lang::PtBr), "07/12/2026");
        assert_eq!(
            timestamp("2026-12-07T17:47:30.247Z", Lang::PtBr),
            "07/12/2026 17:47:30 UTC"
        );
        assert_eq!(
            timestamp("2026-12-07T17:47:30Z", Lang::PtBr),
            "07/12/2026 17:47:30 UTC"
        );
        assert_eq!(
            timestamp("2026-12-07T17:47:30.247Z", Lang::En),
            "2026-12-07T17:47:30.247Z"
        );
        assert_eq!(timestamp("yesterday", Lang::PtBr), "yesterday");
    }
}
