//! Per-model token prices (`assets/pricing.toml`, dated, overridable from the config dir) and
//! the cost of a request from the usage the server reported. A model without a price has an
//! unknown cost: `None`, never 0, so nobody mistakes "unknown" for "free".

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::provider::Usage;
use crate::domain::lines::line_col;
use crate::domain::said::Said;
use crate::domain::suggest::with_suggestion;

/// Dollars per million tokens.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    pub input: f64,
    pub output: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    /// When the prices were last checked (ISO date).
    pub checked: String,
    #[serde(default)]
    pub models: BTreeMap<String, Price>,
}

#[derive(Debug, thiserror::Error)]
pub enum PricingError {
    #[error("cannot read price table {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}:{column}: {message}\n  fix the entry or remove it (prices are dollars \
         per million tokens, as in the shipped assets/pricing.toml)"
    )]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

impl PricingError {
    /// The error as data (`src/domain/said.rs`); the TOML parser's message is quoted.
    pub fn said(&self) -> Said {
        match self {
            PricingError::Read { path, source } => Said::new("err-cannot-read-prices")
                .with("path", path)
                .with("error", source),
            PricingError::Parse {
                path,
                line,
                column,
                message,
            } => Said::new("err-pricing-entry")
                .with("path", path)
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("message", message),
        }
    }
}

const BUILT_IN: &str = include_str!("../../assets/pricing.toml");

impl Pricing {
    /// The shipped table.
    pub fn built_in() -> Result<Pricing, PricingError> {
        Pricing::parse(BUILT_IN, "assets/pricing.toml")
    }

    /// Reads a price table; a malformed entry or a negative price is an error at its line.
    pub fn parse(text: &str, path: &str) -> Result<Pricing, PricingError> {
        let at = |offset: usize, message: String| {
            let (line, column) = line_col(text, offset);
            PricingError::Parse {
                path: path.to_string(),
                line,
                column,
                message,
            }
        };
        let pricing: Pricing = toml::from_str(text).map_err(|e| {
            at(
                e.span().map_or(0, |s| s.start),
                with_suggestion(e.message()),
            )
        })?;
        for (model, price) in &pricing.models {
            if !(price.input >= 0.0 && price.output >= 0.0) {
                let offset = text.find(model.as_str()).unwrap_or(0);
                return Err(at(
                    offset,
                    format!("model `{model}`: prices must be 0 or more dollars per million tokens"),
                ));
            }
        }
        Ok(pricing)
    }

    /// The shipped table with the entries of `override_file` (if it exists) on top.
    pub fn load(override_file: Option<&Path>) -> Result<Pricing, PricingError> {
        let mut pricing = Pricing::built_in()?;
        let Some(path) = override_file else {
            return Ok(pricing);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(pricing),
            Err(source) => {
                return Err(PricingError::Read {
                    path: path.display().to_string(),
                    source,
                });
            }
        };
        let user = Pricing::parse(&text, &path.display().to_string())?;
        pricing.checked = user.checked;
        pricing.models.extend(user.models);
        Ok(pricing)
    }

    /// The price of `model`: an exact entry, else the longest entry it extends with a dated
    /// suffix (`gpt-4o-mini-2024-07-18`, `claude-sonnet-4-5-20250929`).
    pub fn price(&self, model: &str) -> Option<Price> {
        if let Some(p) = self.models.get(model) {
            return Some(*p);
        }
        self.models
            .iter()
            .filter(|(name, _)| {
                model
                    .strip_prefix(name.as_str())
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .max_by_key(|(name, _)| name.len())
            .map(|(_, p)| *p)
    }

    /// Dollars for `usage` on `model`; `None` when the model or the usage is unknown.
    pub fn cost(&self, model: &str, usage: Option<Usage>) -> Option<f64> {
        let price = self.price(model)?;
        let usage = usage?;
        Some(
            (usage.input_tokens as f64 * price.input + usage.output_tokens as f64 * price.output)
                / 1_000_000.0,
        )
    }
}

/// Tokens of the system prompt, lesson template and rubric sent with every lesson request.
const PROMPT_TOKENS: u64 = 2_500;
/// Tokens per word of Portuguese prose (subword tokenizers split it finer than English).
const TOKENS_PER_WORD: f64 = 1.6;

/// The usage one attempt at a lesson of `word_target` words is expected to have, for cost
/// estimates before a run (the real cost comes from the usage the server reports).
pub fn estimated_usage(word_target: u32) -> Usage {
    Usage {
        input_tokens: PROMPT_TOKENS,
        output_tokens: (f64::from(word_target) * TOKENS_PER_WORD).ceil() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_table_covers_common_models() {
        let p = Pricing::built_in().unwrap();
        for model in [
            "gpt-4o-mini",
            "gpt-4o",
            "gpt-4.1",
            "gpt-4.1-mini",
            "claude-sonnet-4-5",
            "claude-haiku-4-5",
            "claude-opus-4-1",
        ] {
            assert!(p.price(model).is_some(), "{model}");
        }
        assert!(!p.checked.is_empty());
    }

    #[test]
    fn estimate_scales_with_length_and_prices_known_models_only() {
        let p = Pricing::built_in().unwrap();
        let short = p.cost("gpt-4o-mini", Some(estimated_usage(1_500))).unwrap();
        let long = p.cost("gpt-4o-mini", Some(estimated_usage(3_000))).unwrap();
        assert!(short > 0.0 && long > short, "{short} {long}");
        assert_eq!(p.cost("my-local-llama", Some(estimated_usage(1_500))), None);
    }

    #[test]
    fn cost_from_usage_and_unknown_is_none() {
        let p = Pricing::built_in().unwrap();
        let usage = Some(Usage {
            input_tokens: 1_000_000,
            output_tokens: 500_000,
        });
        let cost = p.cost("gpt-4o-mini", usage).unwrap();
        assert!((cost - 0.45).abs() < 1e-9, "{cost}");
        assert_eq!(p.cost("my-local-llama", usage), None);
        assert_eq!(p.cost("gpt-4o-mini", None), None);
    }

    #[test]
    fn dated_snapshots_use_their_family_price_not_a_shorter_one() {
        let p = Pricing::built_in().unwrap();
        assert_eq!(p.price("gpt-4o-mini-2024-07-18"), p.price("gpt-4o-mini"));
        assert_eq!(
            p.price("claude-sonnet-4-5-20250929"),
            p.price("claude-sonnet-4-5")
        );
        assert_eq!(p.price("gpt-4o-minix"), None);
    }

    #[test]
    fn override_file_adds_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pricing.toml");
        std::fs::write(
            &path,
            "checked = \"2027-01-01\"\n[models.\"llama3\"]\ninput = 0.0\noutput = 0.0\n",
        )
        .unwrap();
        let p = Pricing::load(Some(&path)).unwrap();
        assert_eq!(p.checked, "2027-01-01");
        assert!(p.price("llama3").is_some() && p.price("gpt-4o").is_some());
    }
}
