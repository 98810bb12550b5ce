//! The lines the jobs panel's dialogs share: the provider and model, the services' estimate
//! (tokens × the pricing table, time from measured runs), the options the provider ignores
//! and which texts a run replaces. Read-only; must not do I/O.

use ratatui::text::{Line, Span};

use crate::services::CostEstimate;
use crate::tui::screens::jobs::EstimateAnswer;
use crate::tui::screens::jobs::model::Cost;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

/// The options this run's provider cannot use, named so none is dropped silently
/// (`services::ignored_options`).
pub(super) fn ignored_lines(
    options: &crate::services::GenerateOptions,
    theme: &Theme,
) -> Vec<Line<'static>> {
    crate::services::ignored_options(options)
        .into_iter()
        .map(|note| Line::styled(format!("Note: {note}"), theme.score_warn))
        .collect()
}

pub(super) fn provider_line(provider: &str, model: &str, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled("Provider ", theme.dim),
        Span::raw(provider.to_string()),
        Span::styled(" · model ", theme.dim),
        Span::raw(crate::tui::text::sanitize::sanitized(model)),
    ])
}

/// The services' estimate as the dialog shows it: offline is "free, instant"; otherwise the
/// tokens of the prompts the run builds, their price from the pricing table ("unknown price"
/// for a model the table lacks, never a made-up figure) and the time from measured runs.
pub(super) fn estimate_lines(
    estimate: Option<&EstimateAnswer>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let label = |what: &str| Span::styled(format!("{what:<9}"), theme.dim);
    let e = match estimate {
        None => {
            return vec![Line::from(vec![
                label("Estimate"),
                Span::styled("counting the prompts' tokens…", theme.dim),
            ])];
        }
        Some(Err(why)) => {
            return vec![Line::from(vec![
                label("Estimate"),
                Span::styled(format!("none: {}", sanitized(why)), theme.score_warn),
            ])];
        }
        Some(Ok(e)) => e,
    };
    if e.provider == crate::generation::ProviderKind::Offline {
        return vec![Line::from(vec![
            label("Cost"),
            Span::styled("free, instant (offline drafts, no network)", theme.notice),
        ])];
    }
    let cost = match e.cost {
        CostEstimate::Usd { usd } => {
            let usd = Cost::Usd(usd).label();
            match e.max_attempts {
                0 | 1 => format!("~{usd} (pricing table)"),
                n => format!("~{usd} (pricing table; up to ×{n} if answers are refused)"),
            }
        }
        CostEstimate::UnknownPrice => {
            format!(
                "unknown price: {} is not in the pricing table",
                sanitized(&e.model)
            )
        }
        CostEstimate::Free => "free".to_string(),
    };
    let time = match (e.seconds, e.tokens_per_second) {
        (Some(s), Some(rate)) if s < 90.0 => format!("~{s:.0} s at {rate:.0} tokens/s measured"),
        (Some(s), Some(rate)) => format!("~{:.0} min at {rate:.0} tokens/s measured", s / 60.0),
        _ => "no estimate yet (no measured run of this model)".to_string(),
    };
    vec![
        Line::from(vec![
            label("Tokens"),
            Span::raw(format!(
                "~{} in + ~{} out, {} request{}",
                e.input_tokens,
                e.output_tokens,
                e.requests,
                if e.requests == 1 { "" } else { "s" }
            )),
        ]),
        Line::from(vec![label("Cost"), Span::styled(cost, theme.notice)]),
        Line::from(vec![label("Time"), Span::styled(time, theme.dim)]),
    ]
}

/// What a run would replace of a person's or an import's text, when it would.
pub(super) fn replaced_line(
    plan: &crate::tui::message::jobs::RunPlan,
    provider: &str,
    theme: &Theme,
) -> Option<Line<'static>> {
    plan.replaced
        .sentence(provider == "offline")
        .map(|text| Line::styled(text, theme.score_warn))
}
