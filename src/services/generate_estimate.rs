//! Honest estimates before a run, for the CLI and every dialog that starts one (approve,
//! `g`, `R`, `C`, `M`): tokens from the prompts the run would actually send, priced with the
//! pricing table for the configured provider and model; "unknown price" for a model the
//! table lacks (never a made-up figure); offline is free and instant. Time comes only from
//! the output speed measured on recent runs of the same model. Also names the options a
//! provider cannot use, so none is dropped silently.
//!
//! Token counts are an approximation, documented here and in docs/cli.md: one token per
//! [`CHARS_PER_TOKEN`] characters of prompt (the usual rule for BPE tokenizers on Latin-script
//! text), and for answers the lesson's word target × 1.6 tokens per word (`estimated_usage`),
//! a research report [`REPORT_TOKENS`], a curriculum its offline draft's size.

use serde::Serialize;

use crate::domain::curriculum::ParsedCurriculum;
use crate::generation::{
    CourseContext, LessonSpec, Pricing, ProviderKind, ReportKind, Usage, estimated_usage,
    with_instruction,
};
use crate::storage::{CourseRecord, Store};

use super::ServiceError;
use super::generate::{GenerateOptions, templates};

/// Characters of prompt per token (approximation, see the module comment).
pub const CHARS_PER_TOKEN: u64 = 4;
/// Output tokens expected of one research report (a report of about 1,200 words).
pub const REPORT_TOKENS: u64 = 2_000;

/// What a run is expected to cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CostEstimate {
    /// Offline drafts: no request is made.
    Free,
    Usd {
        usd: f64,
    },
    /// The model is not in the pricing table: no figure is given.
    UnknownPrice,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    pub provider: ProviderKind,
    pub model: String,
    /// Requests of one attempt each (a failing answer may take up to `max_attempts`).
    pub requests: u32,
    pub max_attempts: u32,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cost: CostEstimate,
    /// Output tokens per second measured on recent runs of this model.
    pub tokens_per_second: Option<f64>,
    /// `Some(0.0)` offline; `None` when nothing has been measured for the model.
    pub seconds: Option<f64>,
    /// Options this provider cannot use ("offline drafts ignore instructions").
    pub ignored: Vec<IgnoredOption>,
}

#[cfg(test)]
impl Estimate {
    /// A three-request estimate with timing and two ignored options, for the tests that word
    /// estimates (services and CLI).
    pub(crate) fn sample(provider: ProviderKind, cost: CostEstimate) -> Estimate {
        Estimate {
            provider,
            model: "gpt-x".into(),
            requests: 3,
            max_attempts: 2,
            input_tokens: 12_500,
            output_tokens: 4_801,
            cost,
            tokens_per_second: Some(41.6),
            seconds: Some(115.4),
            ignored: vec![IgnoredOption::Temperature(0.25), IgnoredOption::Model],
        }
    }
}

/// An option the run's provider cannot use. Said in English by `Display` (the JSON, the
/// workbench); front ends with a language of their own name it from the variant.
#[derive(Debug, Clone, PartialEq)]
pub enum IgnoredOption {
    /// `--instruction` (or the dialog's instruction) with the offline drafter.
    Instruction,
    /// A temperature other than the default, offline: the configured value.
    Temperature(f32),
    /// `--model` with the offline drafter.
    Model,
}

impl std::fmt::Display for IgnoredOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IgnoredOption::Instruction => {
                f.write_str("offline drafts ignore instructions (--instruction)")
            }
            IgnoredOption::Temperature(t) => {
                write!(f, "offline drafts have no temperature (configured {t})")
            }
            IgnoredOption::Model => f.write_str("offline drafts use no model (--model)"),
        }
    }
}

/// JSON keeps the sentence it always had.
impl Serialize for IgnoredOption {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `45 s`, `3 min`: the estimate's time as both languages write it.
pub fn duration_text(seconds: f64) -> String {
    if seconds < 90.0 {
        format!("{seconds:.0} s")
    } else {
        format!("{:.0} min", seconds / 60.0)
    }
}

/// Options `opts` sets that its provider cannot use, each named for the person.
pub fn ignored_options(opts: &GenerateOptions) -> Vec<String> {
    ignored_option_list(opts)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// [`ignored_options`] as values, for a front end that says them in its own language.
pub fn ignored_option_list(opts: &GenerateOptions) -> Vec<IgnoredOption> {
    let mut ignored = Vec::new();
    if opts.provider != ProviderKind::Offline {
        return ignored;
    }
    if opts
        .instruction
        .as_deref()
        .is_some_and(|i| !i.trim().is_empty())
    {
        ignored.push(IgnoredOption::Instruction);
    }
    let default_temperature = crate::config::GenerationConfig::default().temperature;
    if (opts.temperature - default_temperature).abs() > f32::EPSILON {
        ignored.push(IgnoredOption::Temperature(opts.temperature));
    }
    if opts.model.is_some() {
        ignored.push(IgnoredOption::Model);
    }
    ignored
}

/// Prices `requests` (prompt characters, expected output tokens) for `opts`.
fn estimate(
    store: &Store,
    opts: &GenerateOptions,
    requests: &[(usize, u64)],
) -> Result<Estimate, ServiceError> {
    let model = opts.model();
    let ignored = ignored_option_list(opts);
    let input_tokens = requests
        .iter()
        .map(|(chars, _)| (*chars as u64).div_ceil(CHARS_PER_TOKEN))
        .sum();
    let output_tokens: u64 = requests.iter().map(|(_, out)| out).sum();
    let offline = opts.provider == ProviderKind::Offline;
    let cost = if offline {
        CostEstimate::Free
    } else {
        let pricing = Pricing::load(opts.pricing_file.as_deref())
            .map_err(|e| ServiceError::refused(e.said()))?;
        let usage = Usage {
            input_tokens,
            output_tokens,
        };
        match pricing.cost(&model, Some(usage)) {
            Some(usd) => CostEstimate::Usd { usd },
            None => CostEstimate::UnknownPrice,
        }
    };
    let rate = match offline {
        true => None,
        false => store.read().measured_output_rate(&model)?,
    };
    let seconds = match offline {
        true => Some(0.0),
        false => rate.map(|r| output_tokens as f64 / r),
    };
    Ok(Estimate {
        provider: opts.provider,
        model,
        requests: requests.len() as u32,
        max_attempts: if offline { 1 } else { opts.max_attempts },
        input_tokens,
        output_tokens,
        cost,
        tokens_per_second: rate,
        seconds,
        ignored,
    })
}

fn spec_request(t: &crate::generation::PromptTemplates, spec: &LessonSpec) -> (usize, u64) {
    let chars = t.system(spec).chars().count() + t.lesson(spec, &[], 1).chars().count();
    (chars, estimated_usage(spec.word_target()).output_tokens)
}

/// The lessons `opts` selects, from the prompts the run would send.
pub fn estimate_lessons(store: &Store, opts: &GenerateOptions) -> Result<Estimate, ServiceError> {
    let plan = super::generate_plan::plan_lessons(
        &store.read(),
        &opts.slug,
        &opts.selection,
        opts.instruction.as_deref(),
    )?;
    let t = templates(opts)?;
    let requests: Vec<_> = plan.specs.iter().map(|s| spec_request(&t, s)).collect();
    estimate(store, opts, &requests)
}

/// Every lesson of `curriculum` (the approval checkpoint, before the lessons exist).
pub(super) fn estimate_curriculum_lessons(
    store: &Store,
    opts: &GenerateOptions,
    course: &CourseRecord,
    curriculum: &ParsedCurriculum,
) -> Result<(Estimate, Option<super::RenderedPrompt>), ServiceError> {
    let context: CourseContext = super::generate_plan::context_of(&store.read(), course)?;
    let t = templates(opts)?;
    let specs: Vec<LessonSpec> = curriculum
        .lessons()
        .map(|l| LessonSpec {
            course: context.clone(),
            lesson_id: l.lesson_id.clone(),
            title: l.title.clone().unwrap_or_default(),
            module_number: Some(l.module_number),
            module_title: None,
            objectives: l.learning_objectives.clone(),
            key_concepts: l.key_concepts.clone(),
            bloom_level: l.bloom_level.clone(),
            duration_minutes: l.duration_minutes,
            previous_title: None,
            next_title: None,
            instruction: None,
        })
        .collect();
    let requests: Vec<_> = specs.iter().map(|spec| spec_request(&t, spec)).collect();
    // What the first lesson will be sent with, persona included, for the approve dialog.
    let first = specs.first().map(|spec| super::RenderedPrompt {
        lesson_id: spec.lesson_id.clone(),
        system: t.system(spec),
        prompt: t.lesson(spec, &[], 1),
    });
    Ok((estimate(store, opts, &requests)?, first))
}

/// `generate --curriculum`: its prompt, and an answer the size of the outline's draft (else
/// `max_tokens`, the most it may cost).
pub fn estimate_curriculum(
    store: &Store,
    opts: &GenerateOptions,
) -> Result<Estimate, ServiceError> {
    let (prompt, draft) = super::generate_curriculum::curriculum_prompt_and_draft(store, opts)?;
    let prompt = with_instruction(prompt, opts.instruction.as_deref());
    let out = draft.map_or(u64::from(opts.max_tokens), |d| {
        (d.chars().count() as u64).div_ceil(CHARS_PER_TOKEN)
    });
    estimate(store, opts, &[(prompt.chars().count(), out)])
}

/// `generate --research`: its four prompts and [`REPORT_TOKENS`] per report.
pub fn estimate_research(store: &Store, opts: &GenerateOptions) -> Result<Estimate, ServiceError> {
    let requests: Vec<_> = super::generate_research::research_prompts(store, opts)?
        .into_iter()
        .map(|(_, p): (ReportKind, String)| {
            (
                p.chars().count(),
                REPORT_TOKENS.min(u64::from(opts.max_tokens)),
            )
        })
        .collect();
    estimate(store, opts, &requests)
}
