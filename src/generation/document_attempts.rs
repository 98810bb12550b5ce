//! A course-level document asked for until its answer passes a check: each refused answer's
//! error is fed back in the next prompt, up to `max_attempts` answers (a curriculum that does
//! not parse, a research report without its required title heading). Every attempt's usage,
//! time and refusal is returned for the job's record. Emits nothing and stores nothing.

use std::fmt::Display;
use std::time::Instant;

use serde::Serialize;

use super::document::{DocumentSettings, complete_document};
use super::provider::{Provider, ProviderError, Usage};

/// One answer (or failed request) as the job records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocAttempt {
    pub attempt: u32,
    pub usage: Option<Usage>,
    /// Wall time of the request, retries included.
    pub seconds: f64,
    pub retries: u32,
    /// Why the answer was refused, or the provider's error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// An accepted answer and every attempt it took.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedDocument {
    pub text: String,
    pub attempts: Vec<DocAttempt>,
}

/// Why no answer was accepted; carries the attempts made, which were paid for.
#[derive(Debug)]
pub enum DocumentFailure<E> {
    Provider(ProviderError, Vec<DocAttempt>),
    /// The last answer's refusal after `max_attempts` answers.
    Refused(E, Vec<DocAttempt>),
}

impl<E> DocumentFailure<E> {
    pub fn attempts(&self) -> &[DocAttempt] {
        match self {
            DocumentFailure::Provider(_, a) | DocumentFailure::Refused(_, a) => a,
        }
    }
}

/// The prompt with the author's instruction, when there is one.
pub fn with_instruction(prompt: String, instruction: Option<&str>) -> String {
    match instruction.map(str::trim).filter(|i| !i.is_empty()) {
        Some(i) => format!("{prompt}\n\nAUTHOR'S INSTRUCTION FOR THIS RUN\n{i}\n"),
        None => prompt,
    }
}

/// What the next prompt says about the refused answer of attempt `attempt`.
pub fn refusal_feedback(attempt: u32, error: &str) -> String {
    format!(
        "\n\nYOUR PREVIOUS ANSWER (attempt {attempt}) WAS REFUSED\n{error}\nAnswer again with the whole document, fixing this.\n"
    )
}

/// Asks for `prompt` until `check` accepts the answer or `max_attempts` answers were refused.
pub async fn complete_checked<E: Display>(
    provider: &dyn Provider,
    prompt: &str,
    settings: &DocumentSettings,
    max_attempts: u32,
    check: impl Fn(&str) -> Result<(), E>,
) -> Result<CheckedDocument, DocumentFailure<E>> {
    let mut attempts = Vec::new();
    let mut feedback = String::new();
    for attempt in 1..=max_attempts.max(1) {
        let started = Instant::now();
        let asked =
            complete_document(provider, format!("{prompt}{feedback}"), settings, &|_| {}).await;
        let seconds = started.elapsed().as_secs_f64();
        let (completion, retries) = match asked {
            Ok(done) => done,
            Err(err) => {
                attempts.push(DocAttempt {
                    attempt,
                    usage: None,
                    seconds,
                    retries: 0,
                    error: Some(err.to_string()),
                });
                return Err(DocumentFailure::Provider(err, attempts));
            }
        };
        let verdict = check(&completion.text);
        attempts.push(DocAttempt {
            attempt,
            usage: completion.usage,
            seconds,
            retries,
            error: verdict.as_ref().err().map(ToString::to_string),
        });
        match verdict {
            Ok(()) => {
                return Ok(CheckedDocument {
                    text: completion.text,
                    attempts,
                });
            }
            Err(e) if attempt == max_attempts.max(1) => {
                return Err(DocumentFailure::Refused(e, attempts));
            }
            Err(e) => feedback = refusal_feedback(attempt, &e.to_string()),
        }
    }
    unreachable!("the loop returns on its last attempt")
}

/// The one structural rule the research prompt sets: the report opens with a `# ` heading.
pub fn report_problem(text: &str) -> Result<(), String> {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.trim_start().starts_with("# ") {
        Ok(())
    } else {
        Err(
            "the report lacks its required title section: it must open with a `# ` heading \
             (found `"
                .to_string()
                + &first.chars().take(60).collect::<String>()
                + "`)",
        )
    }
}

/// Total usage of `attempts`; `None` when any answer came without usage.
pub fn total_usage(attempts: &[DocAttempt]) -> Option<Usage> {
    let mut total = Usage::default();
    for a in attempts
        .iter()
        .filter(|a| a.error.is_none() || a.usage.is_some())
    {
        total.add(a.usage?);
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_needs_its_title_heading_and_the_feedback_names_the_error() {
        assert!(report_problem("\n# Mercado\n\ntexto").is_ok());
        let err = report_problem("Mercado sem título").unwrap_err();
        assert!(
            err.contains("`# ` heading") && err.contains("Mercado sem"),
            "{err}"
        );
        let fb = refusal_feedback(1, &err);
        assert!(fb.contains("attempt 1") && fb.contains(&err));
        assert_eq!(with_instruction("p".into(), Some("  ")), "p");
        assert!(with_instruction("p".into(), Some("mais Excel")).ends_with("mais Excel\n"));
    }
}
