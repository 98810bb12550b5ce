//! The HTML report in a real browser (issue 15): the demo course's report loaded in headless
//! Chromium with the network disabled. No console errors, every chart's SVG laid out with a
//! non-zero size, and a screenshot that is not blank (kept under target/artifacts/).
//!
//! Skips with a notice when Chromium is missing, except under CI (`CI` set), where `.ci/run`
//! installs Debian's `chromium` first and a missing browser is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::support::lectern;

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

/// Headless Chromium on `page` with every network path closed: a proxy that refuses, and no
/// name resolves. `extra` adds `--screenshot=…` or `--dump-dom`.
fn run_chromium(browser: &Path, profile: &Path, page: &Path, extra: &[String]) -> (String, String) {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--hide-scrollbars",
            "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1280,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Console messages (`console.error`, script errors) and failed loads in Chromium's log.
fn page_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("net::ERR_") || l.contains("Refused to"))
        .collect()
}

/// Writes each chart's laid-out size into the page, for `--dump-dom` to carry out. Only the
/// test's copy gets it: the report itself has no script.
const MEASURE: &str = r#"<script>
const boxes = [...document.querySelectorAll('svg.chart')].map(s => {
  const r = s.getBoundingClientRect();
  return s.id + ' ' + Math.round(r.width) + ' ' + Math.round(r.height);
});
const pre = document.createElement('pre');
pre.id = 'chart-boxes';
pre.textContent = boxes.join('\n');
document.body.appendChild(pre);
</script>"#;

#[test]
fn the_demo_report_renders_offline_in_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but no chromium is installed (.ci/run installs Debian's `chromium`)"
        );
        eprintln!("note: the_demo_report_renders_offline_in_chromium skipped: no chromium in PATH");
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let page = home.path().join("report.html");
    lectern(home.path())
        .arg("--db")
        .arg(home.path().join("lectern.db"))
        .args(["report", lectern::services::DEMO_SLUG, "--html"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    // Self-contained: nothing that could fetch (the SVG namespace is a name, not a fetch).
    for needle in ["<script", "<link", " src=", " href=", "@import", "url("] {
        assert!(!html.contains(needle), "the report contains `{needle}`");
    }
    let chart_ids: Vec<&str> = html
        .match_indices(r#"<svg class="chart" id=""#)
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert!(chart_ids.len() >= 8, "charts: {chart_ids:?}");

    let artifacts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("report-demo.png");
    let _ = std::fs::remove_file(&shot);
    let profile = home.path().join("profile");
    let (_, log) = run_chromium(
        &browser,
        &profile,
        &page,
        &[format!("--screenshot={}", shot.display())],
    );
    assert!(
        page_errors(&log).is_empty(),
        "page errors: {:?}",
        page_errors(&log)
    );
    println!("report screenshot: {}", shot.display());
    eprintln!("report screenshot: {}", shot.display());

    // Not blank: a white page with a little text would pass a size check, so count pixels
    // that are clearly not background, and dark ones (text), and the two chart colours.
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let inked = pixels
        .iter()
        .filter(|p| p[..3].iter().any(|&c| c < 200))
        .count();
    let dark = pixels
        .iter()
        .filter(|p| p[..3].iter().all(|&c| c < 80))
        .count();
    let blue = pixels.iter().filter(|p| p[2] > 150 && p[0] < 100).count();
    assert!(
        inked * 100 > pixels.len() && dark > 1000 && blue > 1000,
        "the screenshot looks blank: {inked} inked, {dark} dark, {blue} blue of {}",
        pixels.len()
    );

    // Every chart laid out with a size, measured by a copy of the page with a script.
    let measured = home.path().join("measured.html");
    std::fs::write(
        &measured,
        html.replace("</body>", &format!("{MEASURE}</body>")),
    )
    .unwrap();
    let (dom, log) = run_chromium(&browser, &profile, &measured, &["--dump-dom".into()]);
    assert!(
        page_errors(&log).is_empty(),
        "page errors: {:?}",
        page_errors(&log)
    );
    let start = dom
        .find(r#"<pre id="chart-boxes">"#)
        .expect("the measuring script ran");
    let boxes = &dom[start + r#"<pre id="chart-boxes">"#.len()..];
    let boxes = &boxes[..boxes.find("</pre>").unwrap()];
    let measured: Vec<(&str, u32, u32)> = boxes
        .lines()
        .map(|l| {
            let mut f = l.split(' ');
            (
                f.next().unwrap(),
                f.next().unwrap().parse().unwrap(),
                f.next().unwrap().parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        measured.iter().map(|m| m.0).collect::<Vec<_>>(),
        chart_ids,
        "every chart is in the page"
    );
    for (id, w, h) in &measured {
        assert!(*w > 0 && *h > 0, "chart {id} is {w}×{h}");
    }
}
