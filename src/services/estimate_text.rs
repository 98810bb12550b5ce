//! An estimate as the one line both front ends show (tokens · cost · time), in the reader's
//! language from the message files (`estimate-…` in `cli.ftl`); English is what the dialogs
//! and the CLI always printed.

use crate::generation::ProviderKind;
use crate::i18n::Texts;
use crate::tr;

use super::generate_estimate::duration_text;
use super::{CostEstimate, Estimate};

impl Estimate {
    /// One line for a dialog or the CLI, in English.
    pub fn describe(&self) -> String {
        self.describe_in(Texts::default())
    }

    /// One line for a dialog or the CLI, in `t`'s language.
    pub fn describe_in(&self, t: Texts) -> String {
        if self.provider == ProviderKind::Offline {
            return t.get("estimate-offline");
        }
        let tokens = tr!(
            t,
            "estimate-tokens",
            input = self.input_tokens,
            output = self.output_tokens,
            requests = self.requests
        );
        let cost = match self.cost {
            CostEstimate::Usd { usd } => tr!(
                t,
                "estimate-usd",
                usd = format!("${}", t.number(usd, 4)),
                provider = self.provider.as_str(),
                model = self.model.as_str()
            ),
            CostEstimate::UnknownPrice => {
                tr!(t, "estimate-unknown-price", model = self.model.as_str())
            }
            CostEstimate::Free => t.get("estimate-free"),
        };
        let time = match (self.seconds, self.tokens_per_second) {
            (Some(s), Some(rate)) => tr!(
                t,
                "estimate-time",
                duration = duration_text(s),
                rate = t.number(rate, 0)
            ),
            _ => tr!(t, "estimate-no-time", model = self.model.as_str()),
        };
        let retries = match self.max_attempts {
            0 | 1 => String::new(),
            n => format!(" {}", tr!(t, "estimate-retries", n = n)),
        };
        format!("{tokens} · {cost}{retries} · {time}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const EN: Texts = Texts::new(Lang::En);

    /// The English line is word for word what the dialogs and the CLI printed before the
    /// message files; pt-BR writes its numbers its own way.
    #[test]
    fn estimates_read_as_before_in_english_and_in_portuguese_style() {
        let mut untimed = Estimate::sample(ProviderKind::Openai, CostEstimate::Usd { usd: 2.5 });
        (
            untimed.seconds,
            untimed.tokens_per_second,
            untimed.max_attempts,
        ) = (None, None, 1);
        let timed = "≈2 min at 42 tokens/s measured";
        let tokens = "≈12500 tokens in + ≈4801 out over 3 request(s)";
        let retries = "(up to 2× if answers are refused)";
        let cases = [
            (
                Estimate::sample(ProviderKind::Openai, CostEstimate::Usd { usd: 0.012_345 }),
                format!("{tokens} · ≈$0.0123 with openai gpt-x {retries} · {timed}"),
            ),
            (
                Estimate::sample(ProviderKind::Anthropic, CostEstimate::UnknownPrice),
                format!(
                    "{tokens} · unknown price: gpt-x is not in the pricing table {retries} · {timed}"
                ),
            ),
            (
                Estimate::sample(ProviderKind::Openai, CostEstimate::Free),
                format!("{tokens} · free {retries} · {timed}"),
            ),
            (
                Estimate::sample(ProviderKind::Offline, CostEstimate::Free),
                "offline: free, instant".to_string(),
            ),
            (
                untimed,
                format!(
                    "{tokens} · ≈$2.5000 with openai gpt-x · no time estimate (no measured run of gpt-x yet)"
                ),
            ),
        ];
        for (e, english) in &cases {
            assert_eq!(e.describe_in(EN), *english);
            assert_eq!(e.describe(), *english);
        }
        let pt = cases[0].0.describe_in(Texts::new(Lang::PtBr));
        assert!(
            pt.starts_with(
                "≈12.500 tokens de entrada + ≈4.801 de saída em 3 requisições · ≈$0,0123 com"
            ),
            "{pt}"
        );
    }
}
