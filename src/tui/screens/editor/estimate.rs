//! What the curriculum editor's approval checkpoint estimates cost for: the configured
//! generation options (provider, model, pricing table), as `g` does, or the provider's name
//! alone when the configuration is unusable. Pure; must not do I/O.

use crate::generation::ProviderKind;
use crate::i18n::Texts;
use crate::services::{CostEstimate, Estimate, GenerateOptions};
use crate::tr;
use crate::tui::message::authoring::RunOptions;

use super::EditorScreen;

impl EditorScreen {
    /// The generation provider the approval checkpoint names (the configured one).
    pub fn with_provider(mut self, provider: &str) -> EditorScreen {
        self.provider = provider.to_string();
        self
    }

    /// The configured options the approval checkpoint estimates with (`None`: unusable).
    pub fn with_options(mut self, options: Option<&GenerateOptions>) -> EditorScreen {
        self.options = options.map(|o| RunOptions(Box::new(o.clone())));
        self
    }
}

/// The approval checkpoint's estimate as one line (tokens · cost · time) in `t`'s language,
/// with the CLI's words (`estimate-…`); the English is the service's `Estimate::describe`.
pub(super) fn describe(e: &Estimate, t: Texts) -> String {
    if e.provider == ProviderKind::Offline {
        return t.get("estimate-offline");
    }
    let tokens = tr!(
        t,
        "estimate-tokens",
        input = e.input_tokens,
        output = e.output_tokens,
        requests = e.requests
    );
    let cost = match e.cost {
        CostEstimate::Usd { usd } => tr!(
            t,
            "estimate-usd",
            usd = format!("${}", t.number(usd, 4)),
            provider = e.provider.as_str(),
            model = e.model.as_str()
        ),
        CostEstimate::UnknownPrice => {
            tr!(t, "estimate-unknown-price", model = e.model.as_str())
        }
        CostEstimate::Free => t.get("estimate-free"),
    };
    let time = match (e.seconds, e.tokens_per_second) {
        (Some(s), Some(rate)) => tr!(
            t,
            "estimate-time",
            duration = crate::services::duration_text(s),
            rate = t.number(rate, 0)
        ),
        _ => tr!(t, "estimate-no-time", model = e.model.as_str()),
    };
    let retries = match e.max_attempts {
        0 | 1 => String::new(),
        n => format!(" {}", tr!(t, "estimate-retries", n = n)),
    };
    format!("{tokens} · {cost}{retries} · {time}")
}
