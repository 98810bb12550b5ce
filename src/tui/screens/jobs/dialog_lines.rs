//! The lines the jobs panel's dialogs share: the provider and model, the services' estimate
//! (tokens × the pricing table, time from measured runs), the options the provider ignores
//! and which texts a run replaces, in the theme's language. Read-only; must not do I/O.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Lang, Texts};
use crate::services::{CostEstimate, IgnoredOption};
use crate::tr;
use crate::tui::screens::jobs::EstimateAnswer;
use crate::tui::screens::jobs::model::Cost;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

/// The options this run's provider cannot use, named so none is dropped silently
/// (`services::ignored_option_list`).
pub(super) fn ignored_lines(
    options: &crate::services::GenerateOptions,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let t = theme.texts;
    crate::services::ignored_option_list(options)
        .into_iter()
        .map(|option| {
            let note = ignored_option(option, t);
            Line::styled(tr!(t, "tui-jobs-note", note = note), theme.score_warn)
        })
        .collect()
}

/// One ignored option; English is the service's sentence word for word.
fn ignored_option(option: IgnoredOption, t: Texts) -> String {
    match option {
        IgnoredOption::Instruction => t.get("tui-jobs-ignored-instruction"),
        IgnoredOption::Temperature(temperature) => {
            let text = temperature.to_string();
            let text = match t.lang() {
                Lang::En => text,
                _ => text.replace('.', ","),
            };
            tr!(t, "tui-jobs-ignored-temperature", temperature = text)
        }
        IgnoredOption::Model => t.get("tui-jobs-ignored-model"),
    }
}

pub(super) fn provider_line(provider: &str, model: &str, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    Line::from(vec![
        Span::styled(t.get("tui-jobs-provider"), theme.dim),
        Span::raw(provider.to_string()),
        Span::styled(t.get("tui-jobs-model"), theme.dim),
        Span::raw(crate::tui::text::sanitize::sanitized(model)),
    ])
}

/// The estimate's labels, padded to the language's longest one and a space (English: 9
/// columns, as before).
fn labels(t: Texts) -> impl Fn(&str) -> Span<'static> {
    let ids = [
        "tui-jobs-label-estimate",
        "tui-jobs-label-tokens",
        "tui-jobs-label-cost",
        "tui-jobs-label-time",
    ];
    let width = ids
        .map(|id| t.get(id).width())
        .into_iter()
        .max()
        .unwrap_or(8)
        + 1;
    move |id: &str| {
        let text = t.get(id);
        let pad = width.saturating_sub(text.width());
        Span::raw(format!("{text}{}", " ".repeat(pad)))
    }
}

/// The services' estimate as the dialog shows it: offline is "free, instant"; otherwise the
/// tokens of the prompts the run builds, their price from the pricing table ("unknown price"
/// for a model the table lacks, never a made-up figure) and the time from measured runs.
pub(super) fn estimate_lines(
    estimate: Option<&EstimateAnswer>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let t = theme.texts;
    let padded = labels(t);
    let label = |id: &str| padded(id).style(theme.dim);
    let e = match estimate {
        None => {
            return vec![Line::from(vec![
                label("tui-jobs-label-estimate"),
                Span::styled(t.get("tui-jobs-estimating"), theme.dim),
            ])];
        }
        Some(Err(why)) => {
            return vec![Line::from(vec![
                label("tui-jobs-label-estimate"),
                Span::styled(
                    tr!(t, "tui-jobs-no-estimate", reason = sanitized(why)),
                    theme.score_warn,
                ),
            ])];
        }
        Some(Ok(e)) => e,
    };
    if e.provider == crate::generation::ProviderKind::Offline {
        return vec![Line::from(vec![
            label("tui-jobs-label-cost"),
            Span::styled(t.get("tui-jobs-offline-cost"), theme.notice),
        ])];
    }
    let cost = match e.cost {
        CostEstimate::Usd { usd } => {
            let usd = Cost::Usd(usd).label_in(t);
            match e.max_attempts {
                0 | 1 => tr!(t, "tui-jobs-cost-table", usd = usd),
                n => tr!(t, "tui-jobs-cost-table-retries", usd = usd, n = n),
            }
        }
        CostEstimate::UnknownPrice => {
            tr!(t, "tui-jobs-unknown-price", model = sanitized(&e.model))
        }
        CostEstimate::Free => t.get("tui-jobs-cost-free"),
    };
    let time = match (e.seconds, e.tokens_per_second) {
        (Some(s), Some(rate)) if s < 90.0 => tr!(
            t,
            "tui-jobs-time-seconds",
            seconds = t.number(s, 0),
            rate = t.number(rate, 0)
        ),
        (Some(s), Some(rate)) => tr!(
            t,
            "tui-jobs-time-minutes",
            minutes = t.number(s / 60.0, 0),
            rate = t.number(rate, 0)
        ),
        _ => t.get("tui-jobs-no-time"),
    };
    vec![
        Line::from(vec![
            label("tui-jobs-label-tokens"),
            Span::raw(tr!(
                t,
                "tui-jobs-token-counts",
                input = e.input_tokens,
                output = e.output_tokens,
                requests = e.requests
            )),
        ]),
        Line::from(vec![
            label("tui-jobs-label-cost"),
            Span::styled(cost, theme.notice),
        ]),
        Line::from(vec![
            label("tui-jobs-label-time"),
            Span::styled(time, theme.dim),
        ]),
    ]
}

/// What a run would replace of a person's or an import's text, when it would.
pub(super) fn replaced_line(
    plan: &crate::tui::message::jobs::RunPlan,
    provider: &str,
    theme: &Theme,
) -> Option<Line<'static>> {
    let t = theme.texts;
    let r = &plan.replaced;
    let whose = match (r.person, r.imported) {
        (0, 0) => return None,
        (_, 0) => "person",
        (0, _) => "imported",
        _ => "both",
    };
    let n = r.person + r.imported;
    let text = if provider == "offline" {
        tr!(t, "tui-jobs-replaced-offline", n = n, whose = whose)
    } else {
        tr!(t, "tui-jobs-replaced", n = n, whose = whose)
    };
    Some(Line::styled(text, theme.score_warn))
}
