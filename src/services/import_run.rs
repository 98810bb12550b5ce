//! Importing many courses at once: reading, parsing, scoring and encoding the next courses
//! run on a pool of planning threads while the calling thread stores the current one.
//!
//! Why: storing (SQLite, full-text indexing) can only use one core, and reading + scoring a
//! course takes about a third of the time storing it does; overlapping the two is the
//! difference between waiting for both and waiting for the slower one. Courses are still
//! stored one transaction each, in the order given, and only a few planned courses per
//! planning thread wait at once (`ordered_pool`), so memory does not grow with the folder.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;

use serde::Serialize;

use crate::domain::rubric::Rubric;
use crate::domain::said::Said;
use crate::i18n::{Lang, Texts};
use crate::storage::{
    AUTOCHECKPOINT_PAGES, Checkpointer, CourseTexts, EncodedLessons, SeenTexts, SourceFileRecord,
    Store,
};

use super::course_messages::record_refusal;
use super::folder::{FolderSnapshot, read_course_folder};
use super::import::{CourseImport, OnExisting, describe_plan, encode_plan, store_encoded};
use super::import_plan::{CoursePlan, ImportRefusal, plan_course};
use super::ordered_pool::{default_jobs, for_each_ordered};
use super::said::said_of;
use super::source_files::source_manifest;

/// One course to import.
pub enum ImportSource {
    /// A course folder on disk, read on the planning thread.
    Folder(PathBuf),
    /// A course already in memory (e.g. from a CreatorOS database), with a label for reports.
    Snapshot {
        label: String,
        snapshot: FolderSnapshot,
    },
}

impl ImportSource {
    fn label(&self) -> String {
        match self {
            ImportSource::Folder(dir) => dir.display().to_string(),
            ImportSource::Snapshot { label, .. } => label.clone(),
        }
    }
}

/// A course that was not imported, and why: `error` names the course's folder (or label) and,
/// where there is one, file:line:column, so it reads on its own.
#[derive(Debug, Clone, Serialize)]
pub struct Refused {
    pub path: String,
    /// In English, as logged and in `--json`.
    pub error: String,
    /// `error` as data, for the front ends to say in the reader's language (`None`: quoted
    /// as written).
    #[serde(skip)]
    pub said: Option<Said>,
}

impl Refused {
    /// The reason in `t`'s language.
    pub fn error_in(&self, t: Texts) -> String {
        match &self.said {
            Some(said) if t.lang() != Lang::En => t.said(said),
            _ => self.error.clone(),
        }
    }
}

/// Why a planned course cannot be stored: English and, for our errors, as data.
struct Why {
    error: String,
    said: Option<Said>,
}

impl Why {
    fn of(e: &(dyn std::error::Error + 'static)) -> Why {
        Why {
            error: e.to_string(),
            said: said_of(e),
        }
    }

    /// `LABEL: error`, for errors that do not name the folder themselves.
    fn at(label: &str, e: &(dyn std::error::Error + 'static)) -> Why {
        Why {
            error: format!("{label}: {e}"),
            said: said_of(e).map(|s| Said::new("err-at").with("label", label).with("error", s)),
        }
    }
}

/// What an import run did, course by course in the order given.
#[derive(Debug, Default, Serialize)]
pub struct ImportRun {
    pub dry_run: bool,
    pub courses: Vec<CourseImport>,
    pub refused: Vec<Refused>,
}

/// Options of one import run.
#[derive(Debug, Clone, Copy)]
pub struct ImportOptions {
    pub rubric: Rubric,
    pub on_existing: OnExisting,
    /// Read, parse and score, report, write nothing.
    pub dry_run: bool,
}

/// A course made ready to store on the planning thread.
struct Planned {
    label: String,
    result: Result<Ready, Why>,
    /// The folder and why its course was refused, to keep the refusal with a stored course.
    refusal: Option<(FolderSnapshot, ImportRefusal)>,
}

/// A course ready to store: the plan, its lessons encoded, its texts prepared for their
/// revisions (not for a dry run), its source files.
type Ready = (
    CoursePlan,
    EncodedLessons,
    CourseTexts,
    Vec<SourceFileRecord>,
);

fn plan_source(source: ImportSource, options: ImportOptions, seen: &SeenTexts) -> Planned {
    let rubric = options.rubric;
    let label = source.label();
    let snapshot = match source {
        ImportSource::Folder(dir) => read_course_folder(&dir).map_err(|e| Why::of(&e)),
        ImportSource::Snapshot { snapshot, .. } => Ok(snapshot),
    };
    let mut refusal = None;
    let result = snapshot.and_then(|snapshot| {
        let mut plan = match plan_course(&snapshot, rubric) {
            Ok(plan) => plan,
            Err(r) => {
                let why = Why::at(&label, &r);
                refusal = Some((snapshot, r));
                return Err(why);
            }
        };
        // The folder's bytes are not needed past here: freed before encoding, so a planned
        // course waiting to be stored holds its texts once.
        let sources = source_manifest(&snapshot);
        drop(snapshot);
        let (lessons, texts) = if options.dry_run {
            let lessons = EncodedLessons::encode(std::mem::take(&mut plan.lessons));
            (lessons.map_err(|e| Why::of(&e))?, CourseTexts::default())
        } else {
            encode_plan(&mut plan, seen).map_err(|e| Why::of(&e))?
        };
        Ok((plan, lessons, texts, sources))
    });
    Planned {
        label,
        result,
        refusal,
    }
}

/// Imports every source, one transaction per course; a refused course does not stop the
/// others. Planning runs on one thread per core, ahead of storing.
pub fn import_sources(
    store: &mut Store,
    sources: Vec<ImportSource>,
    options: ImportOptions,
) -> ImportRun {
    import_sources_with_jobs(store, sources, options, default_jobs())
}

/// [`import_sources`] with `jobs` planning threads (at least one; the calling thread stores).
/// The result is the same whatever the number.
pub fn import_sources_with_jobs(
    store: &mut Store,
    sources: Vec<ImportSource>,
    options: ImportOptions,
    jobs: usize,
) -> ImportRun {
    let mut courses = Vec::new();
    let mut run = import_sources_streaming(store, sources, options, jobs, |c| courses.push(c));
    run.courses = courses;
    run
}

/// [`import_sources_with_jobs`] handing each course's result to `on_course` as soon as it is
/// stored, in input order, instead of keeping it: the returned run's `courses` is empty. A
/// caller that prints as it goes holds no course's warnings after printing them, so memory
/// does not grow with the number of courses.
pub fn import_sources_streaming(
    store: &mut Store,
    sources: Vec<ImportSource>,
    options: ImportOptions,
    jobs: usize,
    mut on_course: impl FnMut(CourseImport),
) -> ImportRun {
    let mut run = ImportRun {
        dry_run: options.dry_run,
        ..ImportRun::default()
    };
    let (log_tx, log_rx) = mpsc::channel::<i64>();
    let stop_checkpointer = log_tx.clone();
    let checkpointer = background_checkpointer(store, options.dry_run, log_tx);
    let seen = SeenTexts::default();
    thread::scope(|scope| {
        // Declared first so it is dropped last, even when storing panics: the checkpointer
        // must hear the stop or the scope would wait for it forever.
        let _stop = StopOnDrop(stop_checkpointer);
        if let Some(checkpointer) = checkpointer {
            scope.spawn(move || checkpoint_when_log_grows(&checkpointer, &log_rx));
        }
        for_each_ordered(
            sources,
            jobs.max(1),
            |source| plan_source(source, options, &seen),
            |planned| {
                match store_planned(store, planned, options) {
                    Ok(course) => on_course(course),
                    Err(refused) => run.refused.push(refused),
                }
                ControlFlow::Continue(())
            },
        );
        if let Err(e) = store.report_log_size(None) {
            tracing::warn!("automatic checkpoints not turned back on: {e}");
        }
    });
    run
}

/// Stores one planned course, or records why it was refused.
fn store_planned(
    store: &mut Store,
    planned: Planned,
    options: ImportOptions,
) -> Result<CourseImport, Refused> {
    let refuse = |why: Why| Refused {
        path: planned.label.clone(),
        error: why.error,
        said: why.said,
    };
    let (plan, mut lessons, texts, sources) = match planned.result {
        Ok(ready) => ready,
        Err(why) => {
            tracing::info!(source = %planned.label, "import refused: {}", why.error);
            if let (Some((snapshot, why)), false) = (&planned.refusal, options.dry_run)
                && let Err(e) = record_refusal(store, snapshot, why)
            {
                tracing::info!(source = %planned.label, "refusal not kept: {e}");
            }
            return Err(refuse(why));
        }
    };
    if options.dry_run {
        return Ok(describe_plan(&plan, lessons.lessons()));
    }
    match store_encoded(
        store,
        plan,
        &mut lessons,
        &texts,
        options.on_existing,
        &sources,
    ) {
        Ok(done) => {
            log_import(&planned.label, &done);
            Ok(done)
        }
        // Storage errors do not know the folder; reading and planning ones name it.
        Err(e) => {
            tracing::info!(source = %planned.label, "import refused: {e}");
            Err(refuse(Why::at(&planned.label, &e)))
        }
    }
}

/// One info line per stored course and one per warning, so `lectern.log` keeps what the
/// terminal showed.
fn log_import(label: &str, done: &CourseImport) {
    tracing::info!(
        source = %label,
        course = %done.slug,
        outcome = ?done.outcome,
        lessons = done.lessons,
        planned = done.planned,
        warnings = done.warnings.len(),
        "imported"
    );
    for w in &done.warnings {
        let line = w
            .issue
            .line_start
            .map(|l| format!(":{l}"))
            .unwrap_or_default();
        tracing::info!(course = %done.slug, code = %w.issue.code, "{}{line}: {}", w.file, w.issue.message);
    }
}

/// Sent to the checkpointer when the run is over (log sizes are never negative).
const STOP: i64 = -1;

/// Tells the checkpointer to stop when the run ends, however it ends.
struct StopOnDrop(mpsc::Sender<i64>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        // A checkpointer that already stopped has nothing more to hear.
        let _ = self.0.send(STOP);
    }
}

/// A second connection that checkpoints while this run writes, told the log's size by this
/// connection after each commit; `None` (this connection keeps checkpointing by itself) when
/// it cannot be opened.
fn background_checkpointer(
    store: &mut Store,
    dry_run: bool,
    log_size: mpsc::Sender<i64>,
) -> Option<Checkpointer> {
    if dry_run {
        return None;
    }
    let opened = store
        .checkpointer()
        .and_then(|c| store.report_log_size(Some(log_size)).map(|()| c));
    match opened {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::warn!("import checkpoints stay in the writing thread: {e}");
            None
        }
    }
}

/// Checkpoints whenever the log has passed SQLite's usual threshold, as the writer's own
/// automatic checkpoint would have, but on this thread. What is left in the log at the end is
/// checkpointed later as usual (next threshold, or when the database is closed).
fn checkpoint_when_log_grows(checkpointer: &Checkpointer, log_pages: &mpsc::Receiver<i64>) {
    while let Ok(mut pages) = log_pages.recv() {
        if pages == STOP {
            return;
        }
        // Only the latest size matters; a stop among them ends the loop.
        while let Ok(newer) = log_pages.try_recv() {
            if newer == STOP {
                return;
            }
            pages = newer;
        }
        if pages < AUTOCHECKPOINT_PAGES {
            continue;
        }
        if let Err(e) = checkpointer.checkpoint() {
            tracing::warn!("checkpoint during import failed: {e}");
        }
    }
}
