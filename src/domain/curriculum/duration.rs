//! Durations as authors write them: `15`, `"5 min"`, `"1h30"`, `"1h 30min"`, `"1.5 hours"`,
//! `"2 horas"`, `"01:30"`. A bare number is minutes, except under a `duration_hours` key. Pure.

use regex::Regex;
use std::sync::LazyLock;

// A number and an optional unit; `h`-units make hours, anything else minutes.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d+(?:[.,]\d+)?)\s*(hours?|horas?|hrs?|h|minutes?|minutos?|mins?|m)?")
        .expect("literal pattern")
});
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,2}):(\d{2})\s*$").expect("literal pattern"));

/// Whole minutes in `text`; `bare_unit_hours` says what a number without a unit means.
pub fn parse_minutes(text: &str, bare_unit_hours: bool) -> Option<u32> {
    if let Some(caps) = CLOCK.captures(text) {
        let hours: u32 = caps[1].parse().ok()?;
        let minutes: u32 = caps[2].parse().ok()?;
        return Some(hours * 60 + minutes);
    }
    let mut total = 0.0f64;
    let mut found = false;
    let mut after_hours = false;
    for caps in PART.captures_iter(text) {
        let number: f64 = caps[1].replace(',', ".").parse().ok()?;
        let unit = caps.get(2).map(|u| u.as_str().to_lowercase());
        let hours = match unit.as_deref() {
            Some(u) if u.starts_with('h') => true,
            Some(_) => false,
            // `1h30`: the number after hours is minutes.
            None => !after_hours && bare_unit_hours,
        };
        total += if hours { number * 60.0 } else { number };
        after_hours = hours;
        found = true;
    }
    (found && total.is_finite() && total >= 0.0 && total < f64::from(u32::MAX))
        .then(|| total.round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_authors_write_durations() {
        assert_eq!(parse_minutes("15", false), Some(15));
        assert_eq!(parse_minutes("5 min", false), Some(5));
        assert_eq!(parse_minutes("1h30", false), Some(90));
        assert_eq!(parse_minutes("1h 30min", false), Some(90));
        assert_eq!(parse_minutes("1.5 hours", false), Some(90));
        assert_eq!(parse_minutes("2 horas", false), Some(120));
        assert_eq!(parse_minutes("45 minutos", false), Some(45));
        assert_eq!(parse_minutes("01:30", false), Some(90));
        assert_eq!(parse_minutes("3", true), Some(180));
        assert_eq!(parse_minutes("2,5h", false), Some(150));
        assert_eq!(parse_minutes("soon", false), None);
    }
}
