//! Each analytics question answered in one sentence, the same words in the report and the
//! dashboard: which element lessons miss, whether revising helped, whether better lessons keep
//! learners, which issue recurs.

use super::figures::Figures;

fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

/// "Lessons miss acao rapida most: they earn 38% of its 10 points on average."
pub fn weakest_element(f: &Figures) -> String {
    match f.elements.first() {
        Some(e) if e.mean_share.is_some() => format!(
            "Lessons miss {} most: they earn {} of its {} points on average.",
            e.element.replace('_', " "),
            pct(e.mean_share.unwrap_or(0.0)),
            e.max_points
        ),
        _ => "No lesson in scope has per-element points stored.".into(),
    }
}

/// How Didática moved from the first revision step to the last.
pub fn trend(f: &Figures) -> String {
    match (f.trend.first(), f.trend.last()) {
        (Some(first), Some(last)) if f.trend.len() > 1 => format!(
            "Didática averaged {:.1} at the first revision of {} lessons and {:.1} at revision {} \
             ({} revised that often): {}.",
            first.didatica_mean,
            first.lessons,
            last.didatica_mean,
            last.revision,
            if last.lessons == 1 {
                "1 lesson".to_string()
            } else {
                format!("{} lessons", last.lessons)
            },
            if last.didatica_mean > first.didatica_mean {
                "revising helped"
            } else if last.didatica_mean < first.didatica_mean {
                "revising has not helped yet"
            } else {
                "no change"
            }
        ),
        (Some(first), _) => format!(
            "Every lesson has a single scored revision so far (Didática {:.1}).",
            first.didatica_mean
        ),
        _ => "No scored revisions yet.".into(),
    }
}

/// The correlation of Didática with completion, in words, or why there is none.
pub fn outcomes(f: &Figures) -> String {
    let Some(p) = &f.performance else {
        return "No learner outcomes imported (lectern performance import FILE.csv).".into();
    };
    let c = &p.correlation;
    match (&c.note, c.didatica) {
        (Some(note), _) => note.clone(),
        (None, Some(r)) => format!(
            "Across {} lessons, Didática and completion correlate at r = {r:+.2} ({}).",
            c.n,
            strength(r)
        ),
        (None, None) => format!(
            "Completion or Didática never varies across {} lessons.",
            c.n
        ),
    }
}

/// Words for a coefficient's size.
pub fn strength(r: f64) -> &'static str {
    match r.abs() {
        a if a >= 0.5 => "strong",
        a if a >= 0.3 => "moderate",
        a if a >= 0.1 => "weak",
        _ => "none to speak of",
    }
}

/// The most frequent issue code.
pub fn top_issue(f: &Figures) -> String {
    match f.issue_codes.first() {
        Some((code, n)) => format!(
            "{code} is the most frequent issue: {n} lesson{} {} it.",
            if *n == 1 { "" } else { "s" },
            if *n == 1 { "has" } else { "have" }
        ),
        None => "No issues found in the lessons in scope.".into(),
    }
}

/// How many scored lessons fall below the pass line.
pub fn scores(f: &Figures) -> String {
    format!(
        "{} of {} scored lessons are below the Didática pass line of 70; {} have a valid GPS.",
        f.lessons - f.didatica.passed,
        f.lessons,
        f.gps.valid
    )
}
