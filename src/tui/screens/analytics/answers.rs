//! Each section's one-sentence answer in the screen's language. English is the domain's own
//! sentence (`domain::analytics::answers`, shared with the HTML report), so it reads exactly
//! as before; another language words the same figures from the message files.

use crate::domain::analytics::{Figures, MIN_CORRELATION_LESSONS, answers};
use crate::i18n::{Lang, Texts, decimal};
use crate::tr;

/// `38%`: a share (0–1) as a whole percentage, the same in both languages.
fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

/// A coefficient with its sign and two decimals in `t`'s style (`+0.42`, `+0,42`).
pub(super) fn signed(t: Texts, r: f64) -> String {
    let sign = if r.is_sign_negative() { "-" } else { "+" };
    format!("{sign}{}", t.number(r.abs(), 2))
}

pub(super) fn scores(t: Texts, f: &Figures) -> String {
    if t.lang() == Lang::En {
        return answers::scores(f);
    }
    tr!(
        t,
        "tui-analytics-answer-scores",
        below = f.lessons - f.didatica.passed,
        lessons = f.lessons,
        valid = f.gps.valid
    )
}

pub(super) fn weakest_element(t: Texts, f: &Figures) -> String {
    if t.lang() == Lang::En {
        return answers::weakest_element(f);
    }
    match f.elements.first() {
        Some(e) if e.mean_share.is_some() => tr!(
            t,
            "tui-analytics-answer-weakest-element",
            element = e.element.replace('_', " "),
            share = pct(e.mean_share.unwrap_or(0.0)),
            points = e.max_points
        ),
        _ => t.get("tui-analytics-answer-no-elements"),
    }
}

pub(super) fn trend(t: Texts, f: &Figures) -> String {
    if t.lang() == Lang::En {
        return answers::trend(f);
    }
    match (f.trend.first(), f.trend.last()) {
        (Some(first), Some(last)) if f.trend.len() > 1 => {
            let verdict = if last.didatica_mean > first.didatica_mean {
                t.get("tui-analytics-trend-helped")
            } else if last.didatica_mean < first.didatica_mean {
                t.get("tui-analytics-trend-not-yet")
            } else {
                t.get("tui-analytics-trend-no-change")
            };
            tr!(
                t,
                "tui-analytics-answer-trend",
                first = decimal(first.didatica_mean, 1),
                lessons = first.lessons,
                last = decimal(last.didatica_mean, 1),
                revision = last.revision,
                revised = last.lessons,
                verdict = verdict
            )
        }
        (Some(first), _) => tr!(
            t,
            "tui-analytics-answer-single-revision",
            didatica = decimal(first.didatica_mean, 1)
        ),
        _ => t.get("tui-analytics-answer-no-revisions"),
    }
}

pub(super) fn outcomes(t: Texts, f: &Figures) -> String {
    if t.lang() == Lang::En {
        return answers::outcomes(f);
    }
    let Some(p) = &f.performance else {
        return t.get("tui-analytics-answer-no-outcomes");
    };
    let c = &p.correlation;
    match (&c.note, c.didatica) {
        (Some(_), _) => tr!(
            t,
            "tui-analytics-answer-not-enough",
            n = c.n,
            needed = MIN_CORRELATION_LESSONS
        ),
        (None, Some(r)) => tr!(
            t,
            "tui-analytics-answer-correlation",
            n = c.n,
            r = signed(t, r),
            strength = t.get(match r.abs() {
                a if a >= 0.5 => "tui-analytics-strength-strong",
                a if a >= 0.3 => "tui-analytics-strength-moderate",
                a if a >= 0.1 => "tui-analytics-strength-weak",
                _ => "tui-analytics-strength-none",
            })
        ),
        (None, None) => tr!(t, "tui-analytics-answer-never-varies", n = c.n),
    }
}

pub(super) fn top_issue(t: Texts, f: &Figures) -> String {
    if t.lang() == Lang::En {
        return answers::top_issue(f);
    }
    match f.issue_codes.first() {
        Some((code, n)) => tr!(
            t,
            "tui-analytics-answer-top-issue",
            code = code.clone(),
            n = *n
        ),
        None => t.get("tui-analytics-answer-no-issues"),
    }
}
