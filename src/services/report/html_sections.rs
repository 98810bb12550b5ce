//! The report's sections, one per question an author asks: how do the scores spread, which
//! element do lessons miss, which module drags the course, which issues recur, did revising
//! help, where did the text come from, do better lessons keep learners. Each opens with the
//! answer in one sentence, then the chart, so nobody has to read a table to get it.

use super::svg::{self, Bar, esc};
use crate::domain::analytics::{BANDS, Figures, answers};
use crate::services::analytics::Analytics;

/// Rows a library-wide chart or table shows (the weakest ones); the CSV has them all.
const LIBRARY_ROWS: usize = 25;

pub(super) fn one(v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{v:.1}"))
}

pub(super) fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{:.0}%", v * 100.0))
}

pub(super) fn figure(chart: String, caption: &str) -> String {
    format!(
        "<figure><figcaption>{}</figcaption>{chart}</figure>\n",
        esc(caption)
    )
}

pub fn cards(f: &Figures) -> String {
    let card = |label: &str, value: String| {
        format!(
            "<div class=\"card\">{}<b>{}</b></div>",
            esc(label),
            esc(&value)
        )
    };
    format!(
        "<div class=\"cards\">{}{}{}{}{}</div>",
        card(
            "Lessons scored",
            format!("{} of {}", f.lessons, f.lessons_total)
        ),
        card("Didática mean", format!("{} / 100", one(f.didatica.mean))),
        card(
            "Passed (≥ 70)",
            format!("{} ({})", f.didatica.passed, pct(f.didatica.pass_rate))
        ),
        card("GPS mean", format!("{} / 30", one(f.gps.mean))),
        card("GPS valid", f.gps.valid.to_string()),
    )
}

pub fn scores(f: &Figures) -> String {
    let histogram: Vec<Bar> = f
        .didatica
        .histogram
        .iter()
        .enumerate()
        .map(|(i, &n)| Bar {
            label: if i == BANDS - 1 {
                "90–100".into()
            } else {
                format!("{}–{}", i * 10, i * 10 + 9)
            },
            value: n as f64,
            text: n.to_string(),
            flagged: i < 7,
        })
        .collect();
    let gps: Vec<Bar> = f
        .gps
        .distribution
        .iter()
        .enumerate()
        .map(|(i, &n)| Bar {
            label: format!("{} points", i * 10),
            value: n as f64,
            text: n.to_string(),
            flagged: i < 3,
        })
        .collect();
    format!(
        "<section id=\"scores\"><h2>How the scores spread</h2>\
         <p class=\"answer\">{}</p><div class=\"grid\">{}{}</div></section>\n",
        esc(&answers::scores(f)),
        figure(
            svg::columns(
                "chart-didatica",
                "Didática scores by 10-point band",
                &histogram,
                Some((7, "pass 70"))
            ),
            "Didática: lessons per 10-point band (dashed: the pass line at 70)"
        ),
        figure(
            svg::columns("chart-gps", "GPS points", &gps, None),
            "GPS: lessons at 0, 10, 20 and 30 points"
        )
    )
}

pub fn elements(f: &Figures) -> String {
    let bars: Vec<Bar> = f
        .elements
        .iter()
        .enumerate()
        .map(|(i, e)| Bar {
            label: e.element.replace('_', " "),
            value: e.mean_share.unwrap_or(0.0),
            text: pct(e.mean_share),
            flagged: i == 0 && e.mean_share.is_some(),
        })
        .collect();
    let parts: Vec<Bar> = f
        .gps
        .parts
        .iter()
        .map(|p| Bar {
            label: p.part.into(),
            value: p.share.unwrap_or(0.0),
            text: pct(p.share),
            flagged: false,
        })
        .collect();
    let answer = answers::weakest_element(f);
    format!(
        "<section id=\"elements\"><h2>Which teaching elements lessons miss</h2>\
         <p class=\"answer\">{}</p><div class=\"grid\">{}{}</div></section>\n",
        esc(&answer),
        figure(
            svg::rows(
                "chart-elements",
                "Didática elements, weakest first",
                &bars,
                1.0,
                None
            ),
            "The seven Didática elements, weakest first (average share of their points)"
        ),
        figure(
            svg::rows("chart-gps-parts", "GPS parts present", &parts, 1.0, None),
            "GPS parts: share of lessons that have each"
        )
    )
}

/// One row of the modules (course) or courses (library) chart and table.
struct Row {
    label: String,
    lessons: u64,
    pass_rate: Option<f64>,
    didatica: Option<f64>,
    gps: Option<f64>,
}

pub fn modules(a: &Analytics) -> String {
    let f = &a.figures;
    // A course: its modules in order. The library: its courses, weakest first.
    let (heading, rows): (&str, Vec<Row>) = match &f.course {
        Some(_) => (
            "Which module drags the course",
            f.modules
                .iter()
                .map(|m| Row {
                    label: m
                        .module
                        .map_or("no module".into(), |n| format!("Module {n}")),
                    lessons: m.lessons,
                    pass_rate: m.pass_rate,
                    didatica: m.didatica_mean,
                    gps: m.gps_mean,
                })
                .collect(),
        ),
        None => {
            let mut courses: Vec<_> = f.per_course.iter().collect();
            courses.sort_by(|x, y| {
                x.didatica_mean
                    .unwrap_or(f64::MAX)
                    .total_cmp(&y.didatica_mean.unwrap_or(f64::MAX))
            });
            (
                "Which courses drag the library",
                courses
                    .into_iter()
                    .take(LIBRARY_ROWS)
                    .map(|c| Row {
                        label: c.course.clone(),
                        lessons: c.lessons,
                        pass_rate: c.pass_rate,
                        didatica: c.didatica_mean,
                        gps: c.gps_mean,
                    })
                    .collect(),
            )
        }
    };
    let weakest = rows
        .iter()
        .filter_map(|r| r.didatica.map(|dl| (r, dl)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let bars: Vec<Bar> = rows
        .iter()
        .map(|r| Bar {
            label: r.label.clone(),
            value: r.didatica.unwrap_or(0.0),
            text: format!("{} · {}", one(r.didatica), pct(r.pass_rate)),
            flagged: weakest.is_some_and(|(w, _)| w.label == r.label),
        })
        .collect();
    let answer = match weakest {
        Some((r, dl)) => format!(
            "{} is the weakest: Didática {dl:.1} on average, {} of its lessons pass.",
            r.label,
            pct(r.pass_rate)
        ),
        None => "No scored lessons yet.".into(),
    };
    let mut table = String::from(
        "<table><thead><tr><th></th><th class=\"n\">lessons</th><th class=\"n\">passed</th>\
         <th class=\"n\">Didática</th><th class=\"n\">GPS</th></tr></thead><tbody>",
    );
    for r in &rows {
        table.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td></tr>",
            esc(&r.label),
            r.lessons,
            pct(r.pass_rate),
            one(r.didatica),
            one(r.gps)
        ));
    }
    table.push_str("</tbody></table>");
    let more = if f.course.is_none() && f.per_course.len() > LIBRARY_ROWS {
        format!(
            "<p class=\"note\">The {LIBRARY_ROWS} weakest of {} courses; `lectern report --csv` \
             writes them all.</p>",
            f.per_course.len()
        )
    } else {
        String::new()
    };
    format!(
        "<section id=\"modules\"><h2>{heading}</h2><p class=\"answer\">{}</p><div class=\"grid\">{}\
         <div>{table}{more}</div></div></section>\n",
        esc(&answer),
        figure(
            svg::rows(
                "chart-modules",
                "Average Didática per row",
                &bars,
                100.0,
                Some((70.0, "pass 70"))
            ),
            "Average Didática (bar) and pass rate (text); the weakest in the warning colour"
        )
    )
}

pub fn issue_codes(f: &Figures) -> String {
    let top: Vec<Bar> = f
        .issue_codes
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, (code, n))| Bar {
            label: code.clone(),
            value: *n as f64,
            text: format!("{n} lesson{}", if *n == 1 { "" } else { "s" }),
            flagged: i == 0,
        })
        .collect();
    let max = top.first().map_or(1.0, |b| b.value);
    let answer = answers::top_issue(f);
    format!(
        "<section id=\"issues\"><h2>Which issues recur</h2><p class=\"answer\">{}</p>{}</section>\n",
        esc(&answer),
        figure(
            svg::rows("chart-issues", "Most frequent issue codes", &top, max, None),
            "The ten most frequent issue codes, with the lessons each appears in"
        )
    )
}

pub fn trends(a: &Analytics) -> String {
    let f = &a.figures;
    let labels: Vec<String> = f.trend.iter().map(|t| format!("r{}", t.revision)).collect();
    let dl: Vec<f64> = f.trend.iter().map(|t| t.didatica_mean).collect();
    let gps: Vec<f64> = f.trend.iter().map(|t| t.gps_mean / 30.0 * 100.0).collect();
    let answer = answers::trend(f);
    format!(
        "<section id=\"trends\"><h2>Did revising help</h2><p class=\"answer\">{}</p>{}</section>\n",
        esc(&answer),
        figure(
            svg::lines(
                "chart-trend",
                "Average scores per revision step",
                &labels,
                &[("Didática (points)", dl), ("GPS (% of 30)", gps)],
                100.0
            ),
            "Average scores at each lesson's 1st, 2nd, 3rd … scored revision"
        )
    )
}

pub fn origin(f: &Figures) -> String {
    let bars: Vec<Bar> = f
        .origin
        .labelled()
        .iter()
        .map(|(label, n)| Bar {
            label: (*label).into(),
            value: *n as f64,
            text: n.to_string(),
            flagged: false,
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(1.0, f64::max);
    format!(
        "<section id=\"origin\"><h2>Where the text came from</h2>{}</section>\n",
        figure(
            svg::rows("chart-origin", "Lessons by origin", &bars, max, None),
            "Lessons by whose text they hold now"
        )
    )
}
