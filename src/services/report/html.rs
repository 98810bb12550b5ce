//! The report page: a header with the headline numbers, then one section per question
//! (`html_sections`). Self-contained: one inline style sheet, inline SVG, no script, no
//! external resource of any kind, so it opens offline and prints as it reads.

use super::html_outcomes;
use super::html_sections as sections;
use super::svg::esc;
use crate::services::analytics::Analytics;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
  margin: 2rem auto; max-width: 1180px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #cfd3dc; padding-bottom: .2rem; margin-top: 2rem; }
.sub { color: #555d6e; margin: 0 0 1rem; }
.answer { font-weight: 600; margin: .4rem 0 .8rem; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; }
.card { border: 1px solid #cfd3dc; border-radius: 6px; padding: .45rem .9rem; min-width: 8rem; }
.card b { display: block; font-size: 1.35rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 1rem 2rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin: .2rem 0 .3rem; }
svg.chart { max-width: 100%; height: auto; }
svg .bar { fill: #3b6fb6; }
svg .bar.flagged { fill: #c8553d; }
svg .axis { stroke: #555; stroke-width: 1; }
svg .gridline { stroke: #e1e4ea; stroke-width: 1; }
svg .marker { stroke: #1d2330; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .label, svg .value, svg .marker-label { font-size: 11px; fill: #333a48; }
svg polyline.line { fill: none; stroke-width: 2; }
svg .s0 { stroke: #3b6fb6; fill: #3b6fb6; }
svg .s1 { stroke: #c8553d; fill: #c8553d; }
svg polyline.s0, svg polyline.s1 { fill: none; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { padding: .2rem .55rem; border-bottom: 1px solid #e3e5ea; text-align: left; vertical-align: middle; }
th { font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.failed { color: #a63a24; font-weight: 600; }
.note { color: #555d6e; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; }
  .grid { display: block; }
  figure, table, .cards { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  svg .bar { fill: #6b7280; }
  svg .bar.flagged { fill: #111; }
  svg .s0 { stroke: #111; fill: #111; }
  svg .s1 { stroke: #777; fill: #777; }
}
"#;

/// The whole page for `a`; `generated_at` is printed in the header (passed in: no clock here).
pub fn render_html(a: &Analytics, generated_at: &str) -> String {
    let f = &a.figures;
    let title = format!("Lectern analytics — {}", a.title);
    let mut body = String::new();
    body.push_str(&format!(
        "<header><h1>{}</h1><p class=\"sub\">{} · generated {}</p>{}</header>\n",
        esc(&title),
        esc(&match &f.course {
            Some(slug) => format!("course {slug}"),
            None => format!("{} courses", f.courses),
        }),
        esc(generated_at),
        sections::cards(f)
    ));
    body.push_str(&sections::scores(f));
    body.push_str(&sections::elements(f));
    body.push_str(&sections::modules(a));
    body.push_str(&sections::issue_codes(f));
    body.push_str(&sections::trends(a));
    body.push_str(&sections::origin(f));
    body.push_str(&html_outcomes::outcomes(a));
    body.push_str(&html_outcomes::lessons(a));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&title)
    )
}
