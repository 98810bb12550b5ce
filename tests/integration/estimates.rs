//! Honest estimates: the approval checkpoint's cost is the estimated tokens × the pricing
//! table's price for the configured model; a model the table lacks has an unknown price (no
//! figure); offline is free and instant; time comes only from measured runs of the model.

use lectern::generation::{Pricing, ProviderKind};
use lectern::services::authoring::approval_summary_with;
use lectern::services::{
    CostEstimate, DEMO_SLUG, GenerateOptions, LessonSelection, OpenOptions, estimate_lessons,
    open_library,
};

use super::support::lectern;

fn demo() -> (tempfile::TempDir, lectern::storage::Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) =
        open_library(&dir.path().join("e.db"), OpenOptions { seed_demo: true }).unwrap();
    (dir, store)
}

fn options(provider: ProviderKind, model: Option<&str>) -> GenerateOptions {
    let mut o = GenerateOptions::offline();
    o.slug = DEMO_SLUG.into();
    o.provider = provider;
    o.model = model.map(str::to_string);
    o
}

#[test]
fn the_approval_cost_is_the_estimated_tokens_times_the_table_price() {
    let (_dir, store) = demo();
    let opts = options(ProviderKind::Openai, Some("gpt-4o-mini"));
    let summary = approval_summary_with(&store, DEMO_SLUG, &opts).unwrap();
    let e = &summary.estimate;
    assert_eq!(e.requests as usize, summary.lesson_count);
    assert!(e.input_tokens > 500 * u64::from(e.requests), "{e:?}");
    let price = Pricing::built_in().unwrap().price("gpt-4o-mini").unwrap();
    let expected =
        (e.input_tokens as f64 * price.input + e.output_tokens as f64 * price.output) / 1e6;
    let CostEstimate::Usd { usd } = e.cost else {
        panic!("{e:?}")
    };
    assert!((usd - expected).abs() < 1e-12, "{usd} vs {expected}");
    // A more expensive model in the table costs more for the same tokens.
    let dearer = approval_summary_with(
        &store,
        DEMO_SLUG,
        &options(ProviderKind::Openai, Some("gpt-4o")),
    )
    .unwrap();
    assert!(matches!(dearer.estimate.cost, CostEstimate::Usd { usd: d } if d > usd));
    assert!(
        e.describe().contains("no time estimate"),
        "{}",
        e.describe()
    );
}

#[test]
fn a_model_not_in_the_table_has_an_unknown_price_and_offline_is_free() {
    let (_dir, store) = demo();
    let local = options(ProviderKind::Openai, Some("my-local-llama"));
    let summary = approval_summary_with(&store, DEMO_SLUG, &local).unwrap();
    assert_eq!(summary.estimate.cost, CostEstimate::UnknownPrice);
    let line = summary.estimate.describe();
    assert!(
        line.contains("unknown price") && !line.contains('$'),
        "{line}"
    );

    let offline =
        approval_summary_with(&store, DEMO_SLUG, &options(ProviderKind::Offline, None)).unwrap();
    assert_eq!(offline.estimate.cost, CostEstimate::Free);
    assert_eq!(offline.estimate.seconds, Some(0.0));
    assert_eq!(offline.estimate.describe(), "offline: free, instant");
}

#[test]
fn time_comes_from_the_measured_speed_of_the_same_model() {
    let (dir, store) = demo();
    let mut opts = options(ProviderKind::Openai, Some("gpt-4o-mini"));
    opts.selection = LessonSelection {
        lesson_ids: vec!["1.1".into()],
        ..LessonSelection::default()
    };
    assert_eq!(estimate_lessons(&store, &opts).unwrap().seconds, None);
    // Two measured lessons: 3,000 tokens in 30 s = 100 tokens/s.
    let conn = rusqlite::Connection::open(dir.path().join("e.db")).unwrap();
    conn.execute_batch(
        "UPDATE course_lessons SET generation_model = 'gpt-4o-mini', tokens_output = 1000,
            generation_duration_seconds = 10 WHERE lesson_id = '1.1';
         UPDATE course_lessons SET generation_model = 'gpt-4o-mini', tokens_output = 2000,
            generation_duration_seconds = 20 WHERE lesson_id = '1.2';
         UPDATE course_lessons SET generation_model = 'gpt-4o', tokens_output = 10,
            generation_duration_seconds = 100 WHERE lesson_id = '1.3';",
    )
    .unwrap();
    let e = estimate_lessons(&store, &opts).unwrap();
    assert_eq!(e.tokens_per_second, Some(100.0));
    assert_eq!(e.seconds, Some(e.output_tokens as f64 / 100.0));
    assert!(
        e.describe().contains("100 tokens/s measured"),
        "{}",
        e.describe()
    );
}

#[test]
fn lectern_generate_prints_the_estimate_unless_yes_and_the_actuals_after() {
    let dir = tempfile::tempdir().unwrap();
    lectern(dir.path())
        .args(["generate", DEMO_SLUG])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "estimate: offline: free, instant",
        ))
        .stdout(predicates::str::contains(
            "actual: 0 tokens in + 0 out, $0.0000 · estimated:",
        ));
    let fresh = tempfile::tempdir().unwrap();
    lectern(fresh.path())
        .args(["generate", DEMO_SLUG, "--yes"])
        .assert()
        .success()
        .stdout(predicates::str::contains("estimate:").not());
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn a_running_model_job_has_spent_nothing_yet_but_is_not_free() {
    let job = |provider| lectern::tui::JobProgress {
        key: lectern::tui::JobKey(1),
        job: None,
        slug: DEMO_SLUG.into(),
        course_title: "Planilhas".into(),
        provider,
        model: "gpt-4o-mini".into(),
        instruction: None,
        state: lectern::tui::JobState::Running,
        lessons: Vec::new(),
        document: None,
        estimate: None,
        spent: None,
    };
    assert_eq!(job(ProviderKind::Openai).total_cost().label(), "$0.0000");
    assert_eq!(job(ProviderKind::Offline).total_cost().label(), "free");
}
