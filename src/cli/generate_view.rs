//! What `lectern generate` shows: a progress bar on a terminal (stderr), one line per lesson
//! outcome, a summary; or, with `--json`, one JSON object per event on stdout.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::domain::course::ValidationStatus;
use crate::generation::{ErrorClass, JobEvent, JobTotals};
use crate::services::{GenerateOptions, RenderedPrompt};
use crate::storage::JobId;

use crate::i18n::Texts;
use crate::tr;

use super::output::{Paint, document, shown};

pub struct Progress {
    json: bool,
    bar: Option<ProgressBar>,
    paint: Paint,
    texts: Texts,
    /// Lessons whose last attempt was rejected (empty, filtered, cut), not scored.
    rejected: HashSet<String>,
}

impl Progress {
    pub fn new(json: bool, opts: &GenerateOptions, lessons: &[String], t: Texts) -> Progress {
        let paint = Paint::stdout();
        let bar = (!json && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(lessons.len() as u64);
            let template = format!(
                "{{spinner}} [{{bar:30}}] {{pos}}/{{len}} {} {{elapsed}} {{msg}}",
                t.get("generate-bar-lessons")
            );
            if let Ok(style) = ProgressStyle::with_template(&template) {
                bar.set_style(style.progress_chars("█▉░"));
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        let progress = Progress {
            json,
            bar,
            paint,
            texts: t,
            rejected: HashSet::new(),
        };
        if !json {
            progress.line(&tr!(
                t,
                "generate-start",
                n = lessons.len(),
                slug = shown(&opts.slug).into_owned(),
                provider = opts.provider.as_str(),
                model = shown(&opts.model()).into_owned()
            ));
        }
        progress
    }

    /// Says which interrupted jobs this run closed (stderr, so `--json` stays events only).
    pub fn superseded(&self, jobs: &[JobId], slug: &str) {
        if jobs.is_empty() {
            return;
        }
        let ids: Vec<String> = jobs.iter().map(|j| j.0.to_string()).collect();
        eprintln!(
            "{}",
            tr!(
                self.texts,
                "generate-superseded",
                jobs = ids.join(", "),
                slug = shown(slug).into_owned()
            )
        );
    }

    /// Lines quote lesson ids and server messages; their parts are sanitised by the callers
    /// (`shown`), so the colours painted here stay.
    fn line(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.println(text),
            None => outln!("{text}"),
        }
    }

    pub fn show(&mut self, event: &JobEvent) -> anyhow::Result<()> {
        if self.json {
            let value = match event {
                // The full text and rubric details are in the database; the line stays short.
                JobEvent::LessonFinished { outcome } => json!({
                    "event": "lesson_finished",
                    "lesson_id": outcome.lesson_id,
                    "status": outcome.score.status,
                    "gps_valid": outcome.score.gps.valid,
                    "gps_points": outcome.score.gps.score,
                    "didatica_points": outcome.score.didatica.score,
                    "word_count": outcome.score.word_count,
                    "chosen_attempt": outcome.chosen_attempt,
                    "attempts": outcome.attempts,
                    "usage": outcome.usage,
                    "cost_usd": outcome.cost_usd,
                    "retry_count": outcome.retry_count,
                    "duration_seconds": outcome.duration_seconds,
                }),
                other => serde_json::to_value(other)?,
            };
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", serde_json::to_string(&value)?)?;
            return Ok(());
        }
        let (p, t) = (self.paint, self.texts);
        match event {
            JobEvent::Started { lesson_id, attempt } if *attempt > 1 => {
                let why = if self.rejected.remove(lesson_id) {
                    "unusable"
                } else {
                    "rubric"
                };
                self.line(&format!(
                    "  {}",
                    tr!(
                        t,
                        "generate-regenerating",
                        id = shown(lesson_id).into_owned(),
                        why = why,
                        attempt = *attempt
                    )
                ));
            }
            // An unusable answer (delay 0, bad response): the next attempt follows at once.
            JobEvent::Retried {
                lesson_id,
                attempt,
                class: ErrorClass::BadResponse,
                message,
                delay_ms: 0,
                ..
            } => {
                self.rejected.insert(lesson_id.clone());
                self.line(&format!(
                    "  {}",
                    tr!(
                        t,
                        "generate-attempt-unusable",
                        id = shown(lesson_id).into_owned(),
                        attempt = *attempt,
                        message = shown(message).into_owned()
                    )
                ));
            }
            JobEvent::Started { lesson_id, .. } => self.message(&tr!(
                t,
                "generate-lesson-started",
                id = shown(lesson_id).into_owned()
            )),
            JobEvent::Chunk { lesson_id, .. } => self.message(&tr!(
                t,
                "generate-lesson-streaming",
                id = shown(lesson_id).into_owned()
            )),
            JobEvent::Retried {
                lesson_id,
                retry,
                class,
                message,
                delay_ms,
                ..
            } => self.line(&format!(
                "  {}",
                tr!(
                    t,
                    "generate-retry",
                    id = shown(lesson_id).into_owned(),
                    retry = *retry,
                    seconds = t.number(*delay_ms as f64 / 1000.0, 1),
                    class = class.as_str(),
                    message = shown(message).into_owned()
                )
            )),
            JobEvent::AttemptScored { .. } => {}
            JobEvent::LessonFinished { outcome } => {
                self.inc();
                let status = match outcome.score.status {
                    ValidationStatus::Passed => p.good(&self.label("generate-passed")),
                    ValidationStatus::Warning => p.warn(&self.label("generate-warning")),
                    ValidationStatus::Failed => p.bad(&self.label("generate-failed")),
                };
                let row = tr!(
                    t,
                    "generate-lesson-row",
                    id = format!("{:<6}", shown(&outcome.lesson_id)),
                    gps = format!("{:>2}", outcome.score.gps.score),
                    dl = format!("{:>3}", outcome.score.didatica.score),
                    attempts = outcome.attempts.len(),
                    cost = cost(outcome.cost_usd, t),
                    seconds = t.number(outcome.duration_seconds, 1)
                );
                self.line(&format!("{status} {row}"));
            }
            JobEvent::Failed {
                lesson_id, message, ..
            } => {
                self.inc();
                self.line(&format!(
                    "{} {:<6} {}",
                    p.bad(&self.label("generate-error")),
                    shown(lesson_id),
                    shown(message)
                ));
            }
            JobEvent::Cancelled { lesson_id } => {
                self.line(&format!(
                    "{} {}",
                    p.dim(&t.get("generate-cancelled")),
                    shown(lesson_id)
                ));
            }
            JobEvent::Finished { .. } => {}
        }
        Ok(())
    }

    /// An outcome word padded to the widest of the four in this language, so the lesson ids
    /// after them line up (`✓ passed `, `✓ warning`, `✗ failed `, `✗ error  ` in English).
    fn label(&self, id: &str) -> String {
        let t = self.texts;
        let width = [
            "generate-passed",
            "generate-warning",
            "generate-failed",
            "generate-error",
        ]
        .iter()
        .map(|w| t.get(w).chars().count())
        .max()
        .unwrap_or(0);
        format!("{:<width$}", t.get(id))
    }

    fn message(&self, text: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(text.to_string());
        }
    }

    fn inc(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    pub fn finish(
        &self,
        totals: Option<&JobTotals>,
        interrupted: bool,
        slug: &str,
    ) -> anyhow::Result<()> {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.json {
            return Ok(());
        }
        let tx = self.texts;
        if let Some(t) = totals {
            outln!(
                "{}",
                tr!(
                    tx,
                    "generate-totals",
                    lessons = t.lessons,
                    finished = t.finished,
                    passed = t.passed,
                    failed = t.failed,
                    cancelled = t.cancelled,
                    cost = cost(t.cost_usd, tx),
                    input = t.usage.input_tokens,
                    output = t.usage.output_tokens,
                    seconds = tx.number(t.duration_seconds, 1)
                )
            );
        }
        if interrupted || totals.is_some_and(|t| t.cancelled > 0) {
            outln!("{}", tr!(tx, "generate-interrupted", slug = slug));
        }
        Ok(())
    }
}

fn cost(usd: Option<f64>, t: Texts) -> String {
    usd.map_or_else(|| t.get("cost-unknown"), |c| format!("${}", t.number(c, 4)))
}

pub fn print_prompts(prompts: &[RenderedPrompt], json: bool, t: Texts) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for p in prompts {
        if json {
            writeln!(out, "{}", serde_json::to_string(p)?)?;
        } else {
            let id = shown(&p.lesson_id).into_owned();
            writeln!(
                out,
                "{}\n{}",
                tr!(t, "generate-prompt-system", id = id.as_str()),
                document(&p.system, false)
            )?;
            writeln!(
                out,
                "{}\n{}",
                tr!(t, "generate-prompt-prompt", id = id.as_str()),
                document(&p.prompt, false)
            )?;
        }
    }
    if prompts.is_empty() && !json {
        writeln!(out, "{}", tr!(t, "generate-no-lessons"))?;
    }
    Ok(())
}
