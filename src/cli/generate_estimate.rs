//! What `lectern generate` says before and after a run: the estimate for the configured
//! provider and model (skipped with `--yes` or `--json`), the options the provider cannot use
//! (always, on stderr), and the actual tokens and cost next to the estimate at the end.

use crate::generation::Usage;
use crate::services::{self, CostEstimate, Estimate, GenerateOptions};

use super::Context;
use super::generate::Cmd;

/// Which run the estimate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Lessons,
    Curriculum,
    Research,
}

/// The run's estimate; `None` when it cannot be built (the run reports the same problem).
pub fn estimate(run: Run, opts: &GenerateOptions, ctx: &Context) -> Option<Estimate> {
    let estimate = match run {
        Run::Lessons => services::estimate_lessons(&ctx.store, opts),
        Run::Curriculum => services::estimate_curriculum(&ctx.store, opts),
        Run::Research => services::estimate_research(&ctx.store, opts),
    };
    estimate.ok()
}

/// Before the run: the options the provider ignores (stderr, always) and the estimate
/// (stdout, unless `--yes` or `--json`).
pub fn before(cmd: &Cmd, opts: &GenerateOptions, estimate: Option<&Estimate>) {
    for ignored in services::ignored_options(opts) {
        eprintln!("lectern: note: {ignored}");
    }
    if cmd.yes || cmd.json {
        return;
    }
    if let Some(e) = estimate {
        outln!("estimate: {}", e.describe());
    }
}

/// After the run: what it used next to what was estimated.
pub fn after(estimate: Option<&Estimate>, usage: Option<Usage>, cost: Option<f64>) -> String {
    let actual = match usage {
        Some(u) => format!("{} tokens in + {} out", u.input_tokens, u.output_tokens),
        None => "tokens not reported".to_string(),
    };
    let actual_cost = cost.map_or("cost unknown".to_string(), |c| format!("${c:.4}"));
    let Some(e) = estimate else {
        return format!("actual: {actual}, {actual_cost}");
    };
    let estimated_cost = match e.cost {
        CostEstimate::Free => "free".to_string(),
        CostEstimate::Usd { usd } => format!("${usd:.4}"),
        CostEstimate::UnknownPrice => "unknown price".to_string(),
    };
    format!(
        "actual: {actual}, {actual_cost} · estimated: ≈{} in + ≈{} out, {estimated_cost}",
        e.input_tokens, e.output_tokens
    )
}
