//! What `lectern generate` says before and after a run: the estimate for the configured
//! provider and model (skipped with `--yes` or `--json`), the options the provider cannot use
//! (always, on stderr), and the actual tokens and cost next to the estimate at the end.

use crate::generation::Usage;
use crate::i18n::Texts;
use crate::services::{self, CostEstimate, Estimate, GenerateOptions, IgnoredOption};
use crate::tr;

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
pub fn before(cmd: &Cmd, opts: &GenerateOptions, estimate: Option<&Estimate>, t: Texts) {
    for ignored in services::ignored_option_list(opts) {
        eprintln!(
            "lectern: {}",
            tr!(t, "note", note = ignored_option(&ignored, t))
        );
    }
    if cmd.yes || cmd.json {
        return;
    }
    if let Some(e) = estimate {
        outln!(
            "{}",
            tr!(t, "generate-estimate", estimate = e.describe_in(t))
        );
    }
}

/// An option the provider cannot use, in `t`'s language.
pub fn ignored_option(option: &IgnoredOption, t: Texts) -> String {
    match option {
        IgnoredOption::Instruction => t.get("ignored-instruction"),
        // As Rust writes the value (`0.9`), with the language's decimal mark.
        IgnoredOption::Temperature(temperature) => {
            let text = temperature.to_string();
            let text = match t.lang() {
                crate::i18n::Lang::En => text,
                crate::i18n::Lang::PtBr => text.replace('.', ","),
            };
            tr!(t, "ignored-temperature", temperature = text)
        }
        IgnoredOption::Model => t.get("ignored-model"),
    }
}

/// The options an estimate's provider cannot use, in `t`'s language.
pub fn ignored_options(e: &Estimate, t: Texts) -> Vec<String> {
    e.ignored.iter().map(|o| ignored_option(o, t)).collect()
}

/// `$0.0123` (`$0,0123` in pt-BR).
fn usd(t: Texts, usd: f64) -> String {
    format!("${}", t.number(usd, 4))
}

/// After the run: what it used next to what was estimated.
pub fn after(
    estimate: Option<&Estimate>,
    usage: Option<Usage>,
    cost: Option<f64>,
    t: Texts,
) -> String {
    let actual = match usage {
        Some(u) => tr!(
            t,
            "estimate-actual-tokens",
            input = u.input_tokens,
            output = u.output_tokens
        ),
        None => t.get("estimate-tokens-not-reported"),
    };
    let actual_cost = cost.map_or_else(|| t.get("cost-unknown"), |c| usd(t, c));
    let Some(e) = estimate else {
        return tr!(t, "estimate-actual", actual = actual, cost = actual_cost);
    };
    let estimated = match e.cost {
        CostEstimate::Free => t.get("estimate-free"),
        CostEstimate::Usd { usd: amount } => usd(t, amount),
        CostEstimate::UnknownPrice => t.get("estimate-unknown-price-short"),
    };
    tr!(
        t,
        "estimate-actual-and-estimated",
        actual = actual,
        cost = actual_cost,
        input = e.input_tokens,
        output = e.output_tokens,
        estimated = estimated
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generation::ProviderKind;
    use crate::i18n::Lang;

    const EN: Texts = Texts::new(Lang::En);

    /// The ignored options read in English as the service names them.
    #[test]
    fn english_ignored_options_read_as_the_service_names_them() {
        let mut cases = vec![
            Estimate::sample(ProviderKind::Openai, CostEstimate::Usd { usd: 0.012_345 }),
            Estimate::sample(ProviderKind::Anthropic, CostEstimate::UnknownPrice),
            Estimate::sample(ProviderKind::Openai, CostEstimate::Free),
            Estimate::sample(ProviderKind::Offline, CostEstimate::Free),
        ];
        let mut untimed = Estimate::sample(ProviderKind::Openai, CostEstimate::Usd { usd: 2.5 });
        (
            untimed.seconds,
            untimed.tokens_per_second,
            untimed.max_attempts,
        ) = (None, None, 1);
        cases.push(untimed);
        for e in &cases {
            assert_eq!(
                ignored_options(e, EN),
                e.ignored
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            );
        }
    }
}
