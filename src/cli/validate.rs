//! `lectern validate TARGET`: score lessons with a rubric, for people, scripts and CI.
//!
//! TARGET is a lesson `.md`, a course folder, a folder of course folders, or the slug of a
//! course in the database (whose stored scores are then updated in one transaction).

use std::io::{BufWriter, StdoutLock, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::config::Config;
use crate::domain::course::ValidationStatus;
use crate::domain::rubric::Rubric;
use crate::i18n::Texts;
use crate::services::{self, CourseValidation, LessonValidation, ValidateOptions};
use crate::tr;

use super::Context;
use super::context::GlobalArgs;
use super::output::{Exit, Paint, shown, status_word};

#[derive(Debug, Args)]
pub struct Cmd {
    /// A lesson file, a course folder, a folder of course folders, or a course slug.
    target: String,
    /// Rubric to score with (default: the config's `scoring.rubric`, else creatoros).
    #[arg(long, value_parser = parse_rubric)]
    rubric: Option<Rubric>,
    /// Print JSON Lines: one object per lesson, then a `{"summary": …}` line.
    #[arg(long)]
    json: bool,
    /// Exit 1 when a lesson has fewer GPS points than this (0–30).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=30))]
    min_gps: Option<u32>,
    /// Exit 1 when a lesson has fewer Didática points than this (0–100).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    min_didatica: Option<u32>,
    /// Exit 1 when a lesson's status is this bad or worse.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Threads reading and scoring a folder of courses (default: one per core). Output is the
    /// same whatever the number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jobs: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Failed,
    Warning,
}

/// The rubric's own error, so a pt-BR parse error can word it (`parse_errors`).
fn parse_rubric(s: &str) -> Result<Rubric, crate::domain::rubric::UnknownRubric> {
    s.parse()
}

pub fn run(cmd: Cmd, global: &GlobalArgs) -> anyhow::Result<Exit> {
    let paths = global.paths()?;
    let rubric = match cmd.rubric {
        Some(r) => r,
        None => Config::load(&paths.config)?.scoring.rubric,
    };
    let mut printer = Printer::new(&cmd, rubric, global.texts());
    let path = PathBuf::from(&cmd.target);
    if path.is_file() {
        let bytes = std::fs::read(&path)?;
        let (course, rel) = lesson_location(&path);
        let course = services::validate_file(&course, &rel, &bytes, rubric);
        printer.take(prepare(&cmd, course)?)?;
    } else if path.is_dir() {
        let options = ValidateOptions {
            rubric,
            sha256: cmd.json,
            jobs: cmd.jobs.map_or_else(services::default_jobs, |n| n as usize),
        };
        // Each course is encoded where it was scored, printed as soon as it and those before
        // it are, then dropped.
        let mut failure = None;
        services::validate_folders_then(
            services::course_folders(&path)?,
            options,
            |course| prepare(&cmd, course.map_err(anyhow::Error::from)?),
            |prepared| match prepared.and_then(|p| printer.take(p)) {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => {
                    failure = Some(e);
                    ControlFlow::Break(())
                }
            },
        );
        if let Some(e) = failure {
            return Err(e);
        }
    } else if looks_like_path(&cmd.target) {
        anyhow::bail!(tr!(
            global.texts(),
            "validate-no-target",
            target = cmd.target.as_str()
        ));
    } else {
        let mut ctx = Context::open(global)?;
        let course = services::validate_stored(&mut ctx.store, &cmd.target, rubric)?;
        printer.take(prepare(&cmd, course)?)?;
    }
    let short = printer.finish()?;
    Ok(if short > 0 {
        Exit::CheckFailed
    } else {
        Exit::Ok
    })
}

/// The counts the last line needs.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    lessons: usize,
    passed: usize,
    warning: usize,
    failed: usize,
    /// Lessons below the command's thresholds.
    short: usize,
}

impl Tally {
    fn of(cmd: &Cmd, course: &CourseValidation) -> Tally {
        let mut tally = Tally {
            lessons: course.lessons.len(),
            ..Tally::default()
        };
        for lesson in &course.lessons {
            match lesson.status {
                ValidationStatus::Passed => tally.passed += 1,
                ValidationStatus::Warning => tally.warning += 1,
                ValidationStatus::Failed => tally.failed += 1,
            }
            tally.short += usize::from(falls_short(cmd, lesson));
        }
        tally
    }

    fn add(&mut self, other: Tally) {
        self.lessons += other.lessons;
        self.passed += other.passed;
        self.warning += other.warning;
        self.failed += other.failed;
        self.short += other.short;
    }
}

/// A course made ready to print: counted, and with `--json` already encoded. Made on the
/// thread that scored the course, so only writing is left to the printing thread.
struct Prepared {
    tally: Tally,
    output: Output,
}

enum Output {
    Json {
        /// One JSON line per lesson, each ending in `\n`.
        lines: Vec<u8>,
        /// The course's entry in the summary line: the report without its lessons, keys sorted
        /// as a `serde_json::Value` prints them.
        summary: String,
    },
    Human(CourseValidation),
}

fn prepare(cmd: &Cmd, mut course: CourseValidation) -> anyhow::Result<Prepared> {
    let tally = Tally::of(cmd, &course);
    if !cmd.json {
        let output = Output::Human(course);
        return Ok(Prepared { tally, output });
    }
    let mut lines = Vec::with_capacity(course.lessons.len() * 4096);
    for lesson in &course.lessons {
        serde_json::to_writer(&mut lines, lesson)?;
        lines.push(b'\n');
    }
    course.lessons = Vec::new();
    let summary = serde_json::to_value(&course)?.to_string();
    let output = Output::Json { lines, summary };
    Ok(Prepared { tally, output })
}

/// Prints courses as they come and keeps only what the last line needs: counts, and each
/// course's report without its lessons.
struct Printer {
    rubric: Rubric,
    /// JSON Lines go through one buffered lock: thousands of lines, one write per buffer.
    json: Option<BufWriter<StdoutLock<'static>>>,
    paint: Paint,
    texts: Texts,
    tally: Tally,
    /// Each course's report for the JSON summary, already encoded (compact text is a fraction
    /// of the structs, and nothing is copied again at the end, the run's peak).
    courses: Vec<String>,
}

impl Printer {
    fn new(cmd: &Cmd, rubric: Rubric, texts: Texts) -> Printer {
        Printer {
            rubric,
            json: cmd
                .json
                .then(|| BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())),
            paint: Paint::stdout(),
            texts,
            tally: Tally::default(),
            courses: Vec::new(),
        }
    }

    fn take(&mut self, prepared: Prepared) -> anyhow::Result<()> {
        self.tally.add(prepared.tally);
        match prepared.output {
            Output::Json { lines, summary } => {
                if let Some(out) = &mut self.json {
                    out.write_all(&lines)?;
                }
                self.courses.push(summary);
            }
            Output::Human(course) => print_human(&course, self.paint, self.texts),
        }
        Ok(())
    }

    /// Prints the last line (the JSON summary, or the count of lessons below thresholds) and
    /// returns that count.
    fn finish(mut self) -> anyhow::Result<usize> {
        let Tally {
            lessons,
            passed,
            warning,
            failed,
            short,
        } = self.tally;
        match self.json.take() {
            Some(mut out) => {
                write!(
                    out,
                    "{{\"summary\":{{\"below_threshold\":{short},\"courses\":[{}],\
                     \"failed\":{failed},\"lessons\":{lessons},\"passed\":{passed},\
                     \"rubric\":{},\"warning\":{warning}}}}}",
                    self.courses.join(","),
                    serde_json::to_string(&self.rubric)?,
                )?;
                out.write_all(b"\n")?;
                out.flush()?;
            }
            None if short > 0 => outln!(
                "{}",
                tr!(self.texts, "validate-below-thresholds", n = short)
            ),
            None => {}
        }
        Ok(short)
    }
}

fn looks_like_path(target: &str) -> bool {
    target.contains('/')
        || target.contains('\\')
        || target.ends_with(".md")
        || target.starts_with('.')
}

/// Course name and path relative to the course folder: the folder holding `lessons/`.
fn lesson_location(path: &Path) -> (String, String) {
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let course_dir = abs
        .ancestors()
        .skip(1)
        .find(|a| a.file_name().is_some_and(|n| n == "lessons"))
        .and_then(Path::parent);
    if let Some(course_dir) = course_dir {
        let rel = abs.strip_prefix(course_dir).unwrap_or(&abs);
        let name = course_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        return (
            name.unwrap_or_default(),
            rel.to_string_lossy().replace('\\', "/"),
        );
    }
    let course = abs
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let file = abs.file_name().map(|n| n.to_string_lossy().into_owned());
    (course.unwrap_or_default(), file.unwrap_or_default())
}

fn falls_short(cmd: &Cmd, l: &LessonValidation) -> bool {
    cmd.min_gps.is_some_and(|min| l.gps.score < min)
        || cmd.min_didatica.is_some_and(|min| l.didatica.score < min)
        || match cmd.fail_on {
            Some(FailOn::Failed) => l.status == ValidationStatus::Failed,
            Some(FailOn::Warning) => l.status != ValidationStatus::Passed,
            None => false,
        }
}

fn print_human(course: &CourseValidation, paint: Paint, t: Texts) {
    outln!("{}", paint.bold(&course.course));
    // Prefixed by the course: on a terminal stderr lines land apart from their course.
    for w in &course.warnings {
        let at = w
            .issue
            .line_start
            .map(|l| format!(":{l}"))
            .unwrap_or_default();
        eprintln!(
            "  {}",
            tr!(
                t,
                "validate-warning",
                course = shown(&course.course),
                file = format!("{}{at}", shown(&w.file)),
                message = shown(&t.issue_message(&w.issue)),
            )
        );
    }
    for l in &course.lessons {
        let status = status_word(t, paint, l.status, false);
        let gps_mark = if l.gps.valid { "✓" } else { "✗" };
        let id = if l.lesson_id.is_empty() {
            "-"
        } else {
            &l.lesson_id
        };
        outln!(
            "  {:<8} GPS {:>2}/30 {gps_mark}  DL {:>3}/100  {status}  {}",
            shown(id),
            l.gps.score,
            l.didatica.score,
            shown(&l.path)
        );
        let mut issues: Vec<_> = l.issues.iter().collect();
        issues.sort_by_key(|i| i.severity);
        for issue in issues.iter().take(2) {
            let at = issue
                .line_start
                .map(|n| format!("{} ", tr!(t, "at-line", line = n)))
                .unwrap_or_default();
            outln!(
                "           {} {at}{}",
                paint.dim(&issue.code),
                shown(&t.issue_message(issue))
            );
        }
    }
    let p = &course.report.pedagogical;
    let gate = if p.passed {
        paint.good(&tr!(t, "gate-pass"))
    } else {
        paint.bad(&tr!(t, "gate-fail"))
    };
    outln!(
        "  {}",
        tr!(
            t,
            "validate-summary",
            lessons = p.total_lessons,
            gps_passed = p.gps_passed,
            gps_pct = crate::i18n::decimal(p.gps_pass_rate * 100.0, 0),
            dl_passed = p.dl_passed,
            dl_pct = crate::i18n::decimal(p.dl_pass_rate * 100.0, 0),
            avg = p.avg_dl_score,
            gate = gate,
        )
    );
    for issue in &course.report.issues {
        outln!(
            "  {} {}",
            paint.dim(&issue.code),
            shown(&t.issue_message(issue))
        );
    }
    outln!();
}
