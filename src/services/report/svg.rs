//! Inline SVG charts for the HTML report: columns, horizontal bars (plain and diverging),
//! lines, a scatter and sparklines. Text stays text (selectable, printable); colours come
//! from the page's CSS classes, so the print style can turn them into greys.
//!
//! Every chart is an `<svg class="chart">` with a `<title>`, a viewBox and explicit width and
//! height, so it has a size before any style applies.

use std::fmt::Write as _;

/// XML/HTML text escaping (also used for attribute values).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 text.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// One bar: its label, its value on the chart's scale, the text printed beside it, and
/// whether it is the one to look at (drawn in the warning style).
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    pub flagged: bool,
}

fn open(out: &mut String, id: &str, title: &str, w: u32, h: u32) {
    let _ = write!(
        out,
        r#"<svg class="chart" id="{id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-t"><title id="{id}-t">{}</title>"#,
        esc(title)
    );
}

fn class(flagged: bool) -> &'static str {
    if flagged { "bar flagged" } else { "bar" }
}

/// Vertical columns (a histogram): labels under the columns, counts above them. `marker`
/// draws a dashed line at the left edge of column `index` with a label (the pass line).
pub fn columns(id: &str, title: &str, bars: &[Bar], marker: Option<(usize, &str)>) -> String {
    let (w, h, top, bottom, left) = (560u32, 220u32, 24.0, 30.0, 10.0);
    let plot_h = f64::from(h) - top - bottom;
    let slot = (f64::from(w) - 2.0 * left) / bars.len().max(1) as f64;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max).max(1.0);
    let mut out = String::new();
    open(&mut out, id, title, w, h);
    let base = top + plot_h;
    let _ = write!(
        out,
        r#"<line class="axis" x1="{left}" y1="{base}" x2="{}" y2="{base}"/>"#,
        f64::from(w) - left
    );
    for (i, b) in bars.iter().enumerate() {
        let bh = (b.value / max * plot_h).max(if b.value > 0.0 { 1.0 } else { 0.0 });
        let x = left + i as f64 * slot + slot * 0.1;
        let cx = left + (i as f64 + 0.5) * slot;
        let _ = write!(
            out,
            r#"<rect class="{}" x="{x:.1}" y="{:.1}" width="{:.1}" height="{bh:.1}"><title>{}: {}</title></rect><text class="value" x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text><text class="label" x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            class(b.flagged),
            base - bh,
            slot * 0.8,
            esc(&b.label),
            esc(&b.text),
            base - bh - 4.0,
            esc(&b.text),
            base + 16.0,
            esc(&b.label),
        );
    }
    if let Some((index, label)) = marker {
        let x = left + index as f64 * slot;
        let _ = write!(
            out,
            r#"<line class="marker" x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{base}"/><text class="marker-label" x="{:.1}" y="{}">{}</text>"#,
            top - 8.0,
            x + 4.0,
            top - 10.0 + 8.0,
            esc(label)
        );
    }
    out.push_str("</svg>");
    out
}

/// Horizontal bars on a 0…`max` scale, one row each; `marker` is a dashed line at a value
/// (the pass line) with its label.
pub fn rows(id: &str, title: &str, bars: &[Bar], max: f64, marker: Option<(f64, &str)>) -> String {
    let (w, label_w, text_w, row_h, top) = (560.0, 190.0, 70.0, 22.0, 18.0);
    let plot_w = w - label_w - text_w;
    let h = top + row_h * bars.len().max(1) as f64 + 8.0;
    let max = if max > 0.0 { max } else { 1.0 };
    let mut out = String::new();
    open(&mut out, id, title, w as u32, h as u32);
    for (i, b) in bars.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let bw =
            (b.value.clamp(0.0, max) / max * plot_w).max(if b.value > 0.0 { 1.0 } else { 0.0 });
        let _ = write!(
            out,
            r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="end">{}</text><rect class="{}" x="{label_w}" y="{:.1}" width="{bw:.1}" height="{:.1}"><title>{}: {}</title></rect><text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
            label_w - 6.0,
            y + row_h * 0.68,
            esc(&truncate(&b.label, 28)),
            class(b.flagged),
            y + 3.0,
            row_h - 6.0,
            esc(&b.label),
            esc(&b.text),
            label_w + bw + 4.0,
            y + row_h * 0.68,
            esc(&b.text),
        );
    }
    let _ = write!(
        out,
        r#"<line class="axis" x1="{label_w}" y1="{}" x2="{label_w}" y2="{:.1}"/>"#,
        top - 4.0,
        h - 6.0
    );
    if let Some((value, label)) = marker {
        let x = label_w + value.clamp(0.0, max) / max * plot_w;
        let _ = write!(
            out,
            r#"<line class="marker" x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{:.1}"/><text class="marker-label" x="{:.1}" y="12">{}</text>"#,
            top - 4.0,
            h - 6.0,
            x + 3.0,
            esc(label)
        );
    }
    out.push_str("</svg>");
    out
}

/// Horizontal bars on −1…1 around a centre line (correlation coefficients); a bar without a
/// value is left out and its text says why.
pub fn diverging(id: &str, title: &str, bars: &[(String, Option<f64>, String)]) -> String {
    let (w, label_w, text_w, row_h, top) = (560.0, 190.0, 70.0, 22.0, 18.0);
    let half = (w - label_w - text_w) / 2.0;
    let centre = label_w + half;
    let h = top + row_h * bars.len().max(1) as f64 + 8.0;
    let mut out = String::new();
    open(&mut out, id, title, w as u32, h as u32);
    for (i, (label, value, text)) in bars.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let _ = write!(
            out,
            r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            label_w - 6.0,
            y + row_h * 0.68,
            esc(label)
        );
        if let Some(v) = value {
            let bw = v.clamp(-1.0, 1.0).abs() * half;
            let x = if *v < 0.0 { centre - bw } else { centre };
            let _ = write!(
                out,
                r#"<rect class="{}" x="{x:.1}" y="{:.1}" width="{bw:.1}" height="{:.1}"/>"#,
                class(*v < 0.0),
                y + 3.0,
                row_h - 6.0
            );
        }
        let _ = write!(
            out,
            r#"<text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
            centre + half + 4.0,
            y + row_h * 0.68,
            esc(text)
        );
    }
    let _ = write!(
        out,
        r#"<line class="axis" x1="{centre}" y1="{}" x2="{centre}" y2="{:.1}"/><text class="label" x="{label_w}" y="12">−1</text><text class="label" x="{centre}" y="12" text-anchor="middle">0</text><text class="label" x="{:.1}" y="12" text-anchor="end">+1</text>"#,
        top - 4.0,
        h - 6.0,
        centre + half
    );
    out.push_str("</svg>");
    out
}

/// Lines over steps (`x_labels`), each series on a 0…`y_max` scale, with a legend.
pub fn lines(
    id: &str,
    title: &str,
    x_labels: &[String],
    series: &[(&str, Vec<f64>)],
    y_max: f64,
) -> String {
    let (w, h, left, right, top, bottom) = (560.0, 220.0, 36.0, 12.0, 28.0, 28.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let n = x_labels.len().max(1);
    let x_at = |i: usize| {
        if n == 1 {
            left + plot_w / 2.0
        } else {
            left + i as f64 / (n - 1) as f64 * plot_w
        }
    };
    let y_at = |v: f64| top + plot_h - v.clamp(0.0, y_max) / y_max * plot_h;
    let mut out = String::new();
    open(&mut out, id, title, w as u32, h as u32);
    for tick in [0.0, 0.5, 1.0] {
        let y = y_at(tick * y_max);
        let _ = write!(
            out,
            r#"<line class="gridline" x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/><text class="label" x="{:.1}" y="{:.1}" text-anchor="end">{:.0}</text>"#,
            w - right,
            left - 4.0,
            y + 4.0,
            tick * y_max
        );
    }
    // At most ~12 step labels, so long histories stay readable.
    let every = n.div_ceil(12);
    for (i, label) in x_labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(
            out,
            r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            x_at(i),
            h - 8.0,
            esc(label)
        );
    }
    for (k, (name, values)) in series.iter().enumerate() {
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x_at(i), y_at(*v)))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="line s{k}" fill="none" points="{}"/>"#,
            points.join(" ")
        );
        for p in &points {
            let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = write!(out, r#"<circle class="dot s{k}" cx="{x}" cy="{y}" r="3"/>"#);
        }
        let lx = left + 8.0 + k as f64 * 200.0;
        let _ = write!(
            out,
            r#"<rect class="key s{k}" x="{lx:.1}" y="8" width="12" height="4"/><text class="label" x="{:.1}" y="14">{}</text>"#,
            lx + 16.0,
            esc(name)
        );
    }
    out.push_str("</svg>");
    out
}

/// Points on 0…`x_max` × 0…`y_max` with axis names (Didática against completion).
pub fn scatter(
    id: &str,
    title: &str,
    points: &[(f64, f64)],
    (x_max, x_name): (f64, &str),
    (y_max, y_name): (f64, &str),
) -> String {
    let (w, h, left, right, top, bottom) = (560.0, 260.0, 44.0, 12.0, 12.0, 36.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let mut out = String::new();
    open(&mut out, id, title, w as u32, h as u32);
    let base = top + plot_h;
    let _ = write!(
        out,
        r#"<line class="axis" x1="{left}" y1="{base}" x2="{:.1}" y2="{base}"/><line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{base}"/><text class="label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text><text class="label" x="12" y="{:.1}" transform="rotate(-90 12 {:.1})" text-anchor="middle">{}</text>"#,
        w - right,
        left + plot_w / 2.0,
        h - 6.0,
        esc(x_name),
        top + plot_h / 2.0,
        top + plot_h / 2.0,
        esc(y_name)
    );
    for (x, y) in points {
        let _ = write!(
            out,
            r#"<circle class="dot s0" cx="{:.1}" cy="{:.1}" r="3"/>"#,
            left + x.clamp(0.0, x_max) / x_max * plot_w,
            base - y.clamp(0.0, y_max) / y_max * plot_h
        );
    }
    out.push_str("</svg>");
    out
}

/// A small inline line (a lesson's Didática over its revisions, 0–100).
pub fn sparkline(values: &[u32]) -> String {
    let (w, h) = (90.0, 18.0);
    let mut out = format!(
        r#"<svg class="spark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"><title>{}</title>"#,
        esc(&values
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" → "))
    );
    let n = values.len();
    let points: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = if n <= 1 {
                w / 2.0
            } else {
                2.0 + i as f64 / (n - 1) as f64 * (w - 4.0)
            };
            let y = h - 2.0 - f64::from((*v).min(100)) / 100.0 * (h - 4.0);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let _ = write!(
        out,
        r#"<polyline class="line s0" fill="none" points="{}"/>"#,
        points.join(" ")
    );
    if let Some(last) = points.last() {
        let (x, y) = last.split_once(',').unwrap_or(("0", "0"));
        let _ = write!(out, r#"<circle class="dot s0" cx="{x}" cy="{y}" r="2"/>"#);
    }
    out.push_str("</svg>");
    out
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: format!("{value}"),
            flagged: false,
        }
    }

    #[test]
    fn charts_escape_text_and_have_a_size() {
        let svg = columns(
            "h",
            "A < B & C",
            &[bar("0–9", 3.0), bar("<x>", 0.0)],
            Some((1, "70")),
        );
        assert!(svg.starts_with(r#"<svg class="chart" id="h""#));
        assert!(svg.contains("A &lt; B &amp; C"));
        assert!(svg.contains("&lt;x&gt;"));
        assert!(svg.contains(r#"width="560" height="220""#));
        assert!(svg.ends_with("</svg>"));
        let svg = rows("r", "t", &[], 1.0, None);
        assert!(svg.contains(r#"height="48""#), "{svg}");
    }

    #[test]
    fn columns_scale_to_the_largest() {
        let svg = columns("h", "t", &[bar("a", 4.0), bar("b", 2.0)], None);
        // Plot height 166: the largest column fills it, the other is half.
        assert!(svg.contains(r#"height="166.0""#), "{svg}");
        assert!(svg.contains(r#"height="83.0""#), "{svg}");
    }
}
