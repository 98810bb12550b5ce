//! `lectern stats --json` on the real corpus against figures computed here from
//! `reference-scores.jsonl`, and `lectern performance import` end to end (issue 15).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::analytics::hand_made;
use super::support::{corpus_dir, lectern};
use lectern::services::analytics::{PerformanceImportError, import_performance};
use lectern::services::{Scope, figures};

const ELEMENTS: [&str; 7] = [
    "hook_emocional",
    "conceitos_primordiais",
    "link_transicao",
    "pergunta_reflexiva",
    "analogias_diagramas",
    "revisao_estruturada",
    "acao_rapida",
];

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap()
}

#[test]
fn stats_json_on_the_corpus_agrees_with_the_reference_scores() {
    let Some(corpus) = corpus_dir("stats_json_on_the_corpus_agrees_with_the_reference_scores")
    else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("lectern.db");
    lectern(home.path())
        .args(["--no-demo", "--db"])
        .arg(&db)
        .arg("import")
        .arg(&corpus)
        .assert()
        .success();
    let stats = json_of(
        &lectern(home.path())
            .arg("--db")
            .arg(&db)
            .args(["stats", "--json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    );

    // The reference scored every lesson it could decode; the ones it could not (decode_error,
    // no scores) Lectern scores after decoding them as Windows-1252 (scoring_parity checks
    // that decoding), so for those few the expected scores are the stored ones.
    let reference: Vec<Value> = std::fs::read_to_string(corpus.join("reference-scores.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let undecoded: Vec<&Value> = reference.iter().filter(|r| r["gps"].is_null()).collect();
    let mut scored: Vec<(u64, bool, u64, [u64; 7])> = reference
        .iter()
        .filter(|r| !r["gps"].is_null())
        .map(|r| {
            let e = &r["didatica"]["element_scores"];
            (
                r["gps"]["score"].as_u64().unwrap(),
                r["gps"]["valid"].as_bool().unwrap(),
                r["didatica"]["score"].as_u64().unwrap(),
                ELEMENTS.map(|k| e[k].as_u64().unwrap()),
            )
        })
        .collect();
    let courses: BTreeSet<&str> = undecoded
        .iter()
        .map(|r| r["course"].as_str().unwrap())
        .collect();
    for course in courses {
        let shown = json_of(
            &lectern(home.path())
                .arg("--db")
                .arg(&db)
                .args(["show", course, "--json"])
                .assert()
                .success()
                .get_output()
                .stdout,
        );
        let by_sha: BTreeMap<&str, &Value> = shown["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| Some((l["content_sha256"].as_str()?, l)))
            .collect();
        for r in undecoded.iter().filter(|r| r["course"] == course) {
            let lesson = by_sha[r["sha256"].as_str().unwrap()];
            let s = &lesson["score"];
            let e = &s["details"]["didatica"]["element_scores"];
            scored.push((
                s["gps_points"].as_u64().unwrap(),
                s["gps_valid"].as_bool().unwrap(),
                s["didatica_points"].as_u64().unwrap(),
                ELEMENTS.map(|k| e[k].as_u64().unwrap()),
            ));
        }
    }
    let n = scored.len() as f64;
    let course_count = reference
        .iter()
        .map(|r| r["course"].as_str().unwrap())
        .collect::<BTreeSet<_>>()
        .len();
    assert_eq!(stats["courses"].as_u64(), Some(course_count as u64));
    assert_eq!(stats["lessons"].as_u64(), Some(reference.len() as u64));
    let gps_mean = scored.iter().map(|s| s.0 as f64).sum::<f64>() / n;
    let dl_mean = scored.iter().map(|s| s.2 as f64).sum::<f64>() / n;
    let near = |got: &Value, want: f64| (got.as_f64().unwrap() - want).abs() < 1e-9;
    assert!(
        near(&stats["gps"]["mean"], gps_mean),
        "{} vs {gps_mean}",
        stats["gps"]["mean"]
    );
    assert!(near(&stats["didatica"]["mean"], dl_mean));
    let valid = scored.iter().filter(|s| s.1).count() as u64;
    let passed = scored.iter().filter(|s| s.2 >= 70).count() as u64;
    assert_eq!(stats["gps"]["valid"].as_u64(), Some(valid));
    assert_eq!(stats["didatica"]["passed"].as_u64(), Some(passed));
    let mut histogram = [0u64; 10];
    let mut levels = [0u64; 4];
    for s in &scored {
        histogram[(s.2 as usize / 10).min(9)] += 1;
        levels[(s.0 as usize / 10).min(3)] += 1;
    }
    assert_eq!(stats["didatica"]["histogram"], serde_json::json!(histogram));
    assert_eq!(stats["gps"]["distribution"], serde_json::json!(levels));
    let maxima = [15.0, 20.0, 10.0, 15.0, 20.0, 10.0, 10.0];
    for element in stats["elements"].as_array().unwrap() {
        let name = element["element"].as_str().unwrap();
        let i = ELEMENTS.iter().position(|e| *e == name).unwrap();
        let share = scored.iter().map(|s| s.3[i] as f64).sum::<f64>() / n / maxima[i];
        assert!(near(&element["mean_share"], share), "{name}");
    }
    let shares: Vec<f64> = stats["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["mean_share"].as_f64().unwrap())
        .collect();
    assert!(
        shares.windows(2).all(|w| w[0] <= w[1]),
        "weakest first: {shares:?}"
    );
    // Stable keys (docs/cli.md).
    for key in [
        "course",
        "courses",
        "lessons",
        "lessons_total",
        "gps",
        "didatica",
        "elements",
        "issue_codes",
        "per_course",
        "modules",
        "trend",
        "origin",
    ] {
        assert!(stats.get(key).is_some(), "missing key {key}");
    }
    assert!(stats.get("performance").is_none());
}

const GOOD: &str = "course,lesson id,title,views,completions,rating,avg time\n\
                    alpha,1.1,,200,150,4.5,5:30\n\
                    alpha,1.2,,100,40,3.9,240\n\
                    ,,Lesson 2.1,80,,4.0,\n";

#[test]
fn performance_import_stores_each_lesson_and_computes_rates() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    let done = import_performance(&mut store, "good.csv", GOOD.as_bytes(), false).unwrap();
    assert_eq!(done.lessons, 3);
    assert!(done.unmatched.is_empty());
    let f = figures(&store, &Scope::Library).unwrap();
    let p = f.performance.unwrap();
    // Completion 150/200 = 0.75 and 40/100 = 0.4 (2.1 has no completions): mean 0.575.
    assert_eq!((p.lessons, p.views), (3, 380));
    assert!((p.completion_rate_mean.unwrap() - 0.575).abs() < 1e-9);
    assert!((p.rating_mean.unwrap() - 12.4 / 3.0).abs() < 1e-9);
    // (330 + 240) / 2 seconds.
    assert!((p.avg_time_seconds_mean.unwrap() - 285.0).abs() < 1e-9);
    assert_eq!(p.correlation.n, 2);
    assert!(!p.correlation.enough_data);
    assert_eq!(p.correlation.didatica, None);
    assert!(p.correlation.note.unwrap().contains("not enough data"));
}

#[test]
fn performance_import_reads_portuguese_headers_and_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    let csv = "Curso;Aula;Visualizações;Taxa de conclusão (%);Nota média;Tempo médio\n\
               alpha;1.1;1.200;85%;4,5;1:00\n\
               beta;1.1;300;0,5;3;\n";
    let done = import_performance(&mut store, "pt.csv", csv.as_bytes(), false).unwrap();
    assert_eq!(done.lessons, 2);
    let a = lectern::services::load_analytics(&store, &Scope::Course("alpha".into())).unwrap();
    let l = &a.lessons[0];
    assert_eq!(l.views, Some(1200));
    assert_eq!(l.completion, Some(0.85));
    assert_eq!(l.rating, Some(4.5));
}

#[test]
fn performance_import_lists_unmatched_rows_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    let csv = "course,lesson,views\nalpha,1.1,10\nalpha,9.9,5\n,,7\nnope,1.1,3\n";
    let err = import_performance(&mut store, "u.csv", csv.as_bytes(), false).unwrap_err();
    // Line 4 names no lesson at all: that is a malformed row, reported before matching.
    assert!(
        matches!(err, PerformanceImportError::Row { line: 4, .. }),
        "{err}"
    );
    let csv = "course,lesson,views\nalpha,1.1,10\nalpha,9.9,5\nnope,1.1,3\n";
    let err = import_performance(&mut store, "u.csv", csv.as_bytes(), false).unwrap_err();
    let PerformanceImportError::Unmatched { rows, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 4]);
    assert!(err.to_string().contains("line 3: `alpha/9.9`"), "{err}");
    assert_eq!(store.read().performance_rows().unwrap(), 0);
    // Asked to, it imports the rest and still lists them.
    let done = import_performance(&mut store, "u.csv", csv.as_bytes(), true).unwrap();
    assert_eq!((done.lessons, done.unmatched.len()), (1, 2));
    assert_eq!(store.read().performance_rows().unwrap(), 1);
}

#[test]
fn a_malformed_row_names_line_and_column_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    let csv = "course,lesson,views,completion rate\nalpha,1.1,10,50%\nalpha,1.2,lots,20%\n";
    let err = import_performance(&mut store, "bad.csv", csv.as_bytes(), false).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("bad.csv: line 3, column 3 `views`: `lots` is not a number"),
        "{text}"
    );
    assert_eq!(store.read().performance_rows().unwrap(), 0);
    // Through the CLI: exit 2, the same message, nothing stored.
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bad.csv");
    std::fs::write(&file, csv).unwrap();
    let out = lectern(home.path())
        .arg("--db")
        .arg(dir.path().join("lectern.db"))
        .args(["performance", "import"])
        .arg(&file)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("line 3, column 3 `views`"), "{stderr}");
    assert_eq!(store.read().performance_rows().unwrap(), 0);
}

#[test]
fn re_importing_replaces_a_lessons_figures() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = hand_made(dir.path());
    import_performance(&mut store, "a.csv", GOOD.as_bytes(), false).unwrap();
    let again = "course,lesson id,views,completion rate\nalpha,1.1,999,10%\n";
    import_performance(&mut store, "b.csv", again.as_bytes(), false).unwrap();
    assert_eq!(store.read().performance_rows().unwrap(), 3);
    let a = lectern::services::load_analytics(&store, &Scope::Course("alpha".into())).unwrap();
    let l = &a.lessons[0];
    assert_eq!(
        (l.views, l.completion, l.rating),
        (Some(999), Some(0.1), None)
    );
}
