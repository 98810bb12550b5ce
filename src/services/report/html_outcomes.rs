//! The report's last sections: learner outcomes beside the scores (correlations, a scatter)
//! and a course's lesson table with a sparkline of each lesson's Didática over its revisions.

use super::html_sections::{figure, one, pct};
use super::svg::{self, esc};
use crate::domain::analytics::answers;
use crate::services::analytics::Analytics;

pub fn outcomes(a: &Analytics) -> String {
    let Some(p) = &a.figures.performance else {
        return "<section id=\"outcomes\"><h2>Do better lessons keep learners</h2>\
                <p class=\"note\">No learner outcomes imported (see <code>lectern performance \
                import</code>).</p></section>\n"
            .into();
    };
    let c = &p.correlation;
    let answer = answers::outcomes(&a.figures);
    let mut bars = vec![(
        "Didática".to_string(),
        c.didatica,
        c.didatica.map_or("–".into(), |r| format!("{r:+.2}")),
    )];
    bars.extend(c.elements.iter().map(|e| {
        (
            e.element.replace('_', " "),
            e.r,
            e.r.map_or("–".into(), |r| format!("{r:+.2}")),
        )
    }));
    let points: Vec<(f64, f64)> = a
        .lessons
        .iter()
        .filter_map(|l| Some((f64::from(l.didatica?), l.completion? * 100.0)))
        .collect();
    let scatter = if a.lessons.is_empty() {
        String::new()
    } else {
        figure(
            svg::scatter(
                "chart-scatter",
                "Didática against completion, one dot per lesson",
                &points,
                (100.0, "Didática (points)"),
                (100.0, "completion (%)"),
            ),
            "Didática against completion, one dot per lesson",
        )
    };
    format!(
        "<section id=\"outcomes\"><h2>Do better lessons keep learners</h2>\
         <p class=\"answer\">{}</p><p>{} lessons with figures · {} views · mean completion {} · \
         mean rating {}</p><div class=\"grid\">{}{scatter}</div></section>\n",
        esc(&answer),
        p.lessons,
        p.views,
        pct(p.completion_rate_mean),
        one(p.rating_mean),
        figure(
            svg::diverging("chart-correlation", "Correlation with completion", &bars),
            &format!("Pearson r with completion rate (n = {})", c.n)
        ),
    )
}

pub fn lessons(a: &Analytics) -> String {
    if a.lessons.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section id=\"lessons\"><h2>Lessons</h2><table><thead><tr><th>lesson</th><th>title</th>\
         <th class=\"n\">GPS</th><th class=\"n\">Didática</th><th>status</th><th>revisions</th>\
         <th class=\"n\">completion</th><th class=\"n\">rating</th></tr></thead><tbody>",
    );
    for l in &a.lessons {
        let status = l.status.as_deref().unwrap_or("planned");
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td{}>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&l.lesson_id),
            esc(&l.title),
            l.gps.map_or("–".into(), |v| v.to_string()),
            l.didatica.map_or("–".into(), |v| v.to_string()),
            if status == "failed" {
                " class=\"failed\""
            } else {
                ""
            },
            esc(status),
            if l.history.is_empty() {
                String::new()
            } else {
                svg::sparkline(&l.history)
            },
            pct(l.completion),
            one(l.rating),
        ));
    }
    out.push_str("</tbody></table></section>\n");
    out
}
