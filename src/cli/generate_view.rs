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

use super::output::{Paint, document, shown};

pub struct Progress {
    json: bool,
    bar: Option<ProgressBar>,
    paint: Paint,
    /// Lessons whose last attempt was rejected (empty, filtered, cut), not scored.
    rejected: HashSet<String>,
}

impl Progress {
    pub fn new(json: bool, opts: &GenerateOptions, lessons: &[String]) -> Progress {
        let paint = Paint::stdout();
        let bar = (!json && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(lessons.len() as u64);
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} [{bar:30}] {pos}/{len} lessons {elapsed} {msg}",
            ) {
                bar.set_style(style.progress_chars("█▉░"));
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        let progress = Progress {
            json,
            bar,
            paint,
            rejected: HashSet::new(),
        };
        if !json {
            progress.line(&format!(
                "generating {} lesson(s) of {} with {} ({})",
                lessons.len(),
                shown(&opts.slug),
                opts.provider.as_str(),
                shown(&opts.model())
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
            "note: closed interrupted generation job {} of {}; this run replaces it (--resume no longer applies to it)",
            ids.join(", "),
            shown(slug)
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
        let p = self.paint;
        match event {
            JobEvent::Started { lesson_id, attempt } if *attempt > 1 => {
                let why = if self.rejected.remove(lesson_id) {
                    "gave an unusable answer"
                } else {
                    "failed the rubric"
                };
                self.line(&format!(
                    "  {} {why}; regenerating (attempt {attempt})",
                    shown(lesson_id)
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
                    "  {} attempt {attempt}: {}",
                    shown(lesson_id),
                    shown(message)
                ));
            }
            JobEvent::Started { lesson_id, .. } => {
                self.message(&format!("{} started", shown(lesson_id)))
            }
            JobEvent::Chunk { lesson_id, .. } => {
                self.message(&format!("{} streaming", shown(lesson_id)))
            }
            JobEvent::Retried {
                lesson_id,
                retry,
                class,
                message,
                delay_ms,
                ..
            } => self.line(&format!(
                "  {} retry {retry} in {:.1} s after a {} error: {}",
                shown(lesson_id),
                *delay_ms as f64 / 1000.0,
                class.as_str(),
                shown(message)
            )),
            JobEvent::AttemptScored { .. } => {}
            JobEvent::LessonFinished { outcome } => {
                self.inc();
                let status = match outcome.score.status {
                    ValidationStatus::Passed => p.good("✓ passed "),
                    ValidationStatus::Warning => p.warn("✓ warning"),
                    ValidationStatus::Failed => p.bad("✗ failed "),
                };
                self.line(&format!(
                    "{status} {:<6} GPS {:>2}/30  DL {:>3}/100  {} attempt(s)  {}  {:.1} s",
                    shown(&outcome.lesson_id),
                    outcome.score.gps.score,
                    outcome.score.didatica.score,
                    outcome.attempts.len(),
                    cost(outcome.cost_usd),
                    outcome.duration_seconds
                ));
            }
            JobEvent::Failed {
                lesson_id, message, ..
            } => {
                self.inc();
                self.line(&format!(
                    "{} {:<6} {}",
                    p.bad("✗ error  "),
                    shown(lesson_id),
                    shown(message)
                ));
            }
            JobEvent::Cancelled { lesson_id } => {
                self.line(&format!("{} {}", p.dim("- cancelled"), shown(lesson_id)));
            }
            JobEvent::Finished { .. } => {}
        }
        Ok(())
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
        if let Some(t) = totals {
            outln!(
                "{} lesson(s): {} generated ({} passing), {} failed, {} cancelled · {} · {} in, {} out tokens · {:.1} s",
                t.lessons,
                t.finished,
                t.passed,
                t.failed,
                t.cancelled,
                cost(t.cost_usd),
                t.usage.input_tokens,
                t.usage.output_tokens,
                t.duration_seconds
            );
        }
        if interrupted || totals.is_some_and(|t| t.cancelled > 0) {
            outln!(
                "interrupted: finished lessons are saved; run `lectern generate {slug} --resume` to continue"
            );
        }
        Ok(())
    }
}

fn cost(usd: Option<f64>) -> String {
    usd.map_or_else(|| "cost unknown".to_string(), |c| format!("${c:.4}"))
}

pub fn print_prompts(prompts: &[RenderedPrompt], json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for p in prompts {
        if json {
            writeln!(out, "{}", serde_json::to_string(p)?)?;
        } else {
            writeln!(
                out,
                "===== lesson {} · system =====\n{}",
                shown(&p.lesson_id),
                document(&p.system, false)
            )?;
            writeln!(
                out,
                "===== lesson {} · prompt =====\n{}",
                shown(&p.lesson_id),
                document(&p.prompt, false)
            )?;
        }
    }
    if prompts.is_empty() && !json {
        writeln!(
            out,
            "no lessons to generate (use --lesson ID, --failed or --missing)"
        )?;
    }
    Ok(())
}
