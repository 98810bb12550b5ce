//! The storage worker's heavier answers: opening one lesson, the review list, archiving,
//! importing a folder and completing a directory path. Run on the worker thread only, never
//! on the draw loop. Goes through `storage`/`services`; must not depend on screens.

use std::path::{Path, PathBuf};

use crate::domain::rubric::Rubric;
use crate::i18n::Texts;
use crate::services::say;
use crate::services::{self, OnExisting};
use crate::storage::Store;
use crate::tr;

use crate::tui::message::effect::{LessonTarget, OpenLesson};
use crate::tui::message::event::StorageEvent;
use crate::tui::message::jobs::{DocumentKind, EstimateKind, EstimateRequest};
use crate::tui::message::messages::MessageRow;

/// Completions beyond this are not useful in a prompt.
const MAX_COMPLETIONS: usize = 50;

pub fn load_lesson(
    store: &Store,
    t: Texts,
    slug: &str,
    lesson_id: &str,
    at: LessonTarget,
) -> StorageEvent {
    let result = services::course_detail(store, slug)
        .map_err(|e| say(t, &e))
        .and_then(|detail| {
            let lesson = detail
                .lessons
                .into_iter()
                .find(|l| l.record.lesson_id == lesson_id)
                .ok_or_else(|| tr!(t, "tui-app-no-such-lesson", slug = slug, lesson = lesson_id))?;
            Ok(Box::new(OpenLesson {
                course_slug: detail.course.slug,
                course_title: detail.course.title,
                lesson,
                at,
            }))
        });
    StorageEvent::LessonLoaded(result)
}

pub fn load_review(
    store: &Store,
    t: Texts,
    scope: Option<String>,
    code: Option<String>,
) -> StorageEvent {
    let repo = store.read();
    let result = match &code {
        Some(code) => repo.review_lessons_with_code(scope.as_deref(), code),
        None => repo.review_lessons(scope.as_deref()),
    };
    StorageEvent::ReviewLoaded {
        result: result.map_err(|e| say(t, &e)),
        scope,
        code,
    }
}

/// Sets the course's status to archived: it leaves the library list, nothing is deleted.
pub fn archive(store: &mut Store, t: Texts, slug: String) -> StorageEvent {
    let result = services::archive_course(store, &slug)
        .map(|_| ())
        .map_err(|e| say(t, &e));
    StorageEvent::CourseArchived { slug, result }
}

/// Brings an archived course back (the library's Archived view).
pub fn unarchive(store: &mut Store, t: Texts, slug: String) -> StorageEvent {
    let result = services::unarchive_course(store, &slug)
        .map(|status| status.map(|s| s.as_str().to_string()))
        .map_err(|e| say(t, &e));
    StorageEvent::CourseUnarchived { slug, result }
}

/// Imports every course folder under `path` (updating courses already there, which keeps
/// the replaced text as a version); reports each course or the first refusal.
pub fn import(store: &mut Store, t: Texts, path: &Path) -> StorageEvent {
    let dirs = match services::course_folders(path) {
        Ok(dirs) if dirs.is_empty() => {
            return StorageEvent::FolderImported {
                result: Err(tr!(
                    t,
                    "tui-app-import-no-course",
                    path = path.display().to_string()
                )),
                reimported: Vec::new(),
                warned: Vec::new(),
            };
        }
        Ok(dirs) => dirs,
        Err(e) => {
            return StorageEvent::FolderImported {
                result: Err(say(t, &e)),
                reimported: Vec::new(),
                warned: Vec::new(),
            };
        }
    };
    let options = services::ImportOptions {
        rubric: Rubric::default(),
        on_existing: OnExisting::Update,
        dry_run: false,
    };
    let sources = dirs
        .into_iter()
        .map(services::ImportSource::Folder)
        .collect();
    let run = services::import_sources(store, sources, options);
    let reimported = run
        .courses
        .iter()
        .filter(|c| matches!(c.outcome, services::ImportOutcome::Updated))
        .map(|c| c.slug.clone())
        .collect();
    let warned = run
        .courses
        .iter()
        .filter(|c| !c.warnings.is_empty())
        .map(|c| c.slug.clone())
        .collect();
    let refused: Vec<String> = run.refused.iter().map(|r| r.error_in(t)).collect();
    let result = match (run.courses.is_empty(), refused.first()) {
        (true, Some(first)) => Err(first.clone()),
        (_, first) => {
            let mut text = import_summary(t, &run.courses);
            if let Some(first) = first {
                let n = refused.len();
                let also = tr!(
                    t,
                    "tui-app-import-also-refused",
                    n = n,
                    first = first.as_str()
                );
                text.push_str(&also);
            }
            Ok(text)
        }
    };
    StorageEvent::FolderImported {
        result,
        reimported,
        warned,
    }
}

/// One course as before (`imported x (12 lessons, 16 warnings)`); several as totals, so the
/// line stays short whatever the folder holds (each course's messages are on `m`).
fn import_summary(t: Texts, courses: &[services::CourseImport]) -> String {
    let warnings: usize = courses.iter().map(|c| c.warnings.len()).sum();
    match courses {
        [one] => tr!(
            t,
            "tui-app-imported-one",
            slug = one.slug.as_str(),
            lessons = one.lessons,
            warnings = warnings
        ),
        _ => {
            let lessons: usize = courses.iter().map(|c| c.lessons).sum();
            let warned = courses.iter().filter(|c| !c.warnings.is_empty()).count();
            tr!(
                t,
                "tui-app-imported-many",
                courses = courses.len(),
                lessons = lessons,
                warnings = warnings,
                warned = warned
            )
        }
    }
}

/// The course's stored messages, each with where it points and the lesson `Enter` opens.
pub fn load_messages(store: &Store, t: Texts, slug: String) -> StorageEvent {
    let result = services::course_detail(store, &slug)
        .and_then(|detail| {
            let messages = services::course_messages(store, &slug)?;
            Ok(messages
                .into_iter()
                .map(|message| MessageRow {
                    location: services::message_location(&message),
                    lesson: services::message_lesson(&detail.lessons, &message),
                    message,
                })
                .collect())
        })
        .map_err(|e| say(t, &e));
    StorageEvent::MessagesLoaded { slug, result }
}

/// Directories whose path starts with `input` (only the typed directory is listed, so this
/// stays quick whatever the disk holds). Hidden ones only when the typed name starts with `.`.
pub fn complete_path(input: String) -> StorageEvent {
    let expanded = expand_home(&input);
    let (dir, prefix) = match expanded.rfind('/') {
        Some(i) => (expanded[..=i].to_string(), expanded[i + 1..].to_string()),
        None => (String::new(), expanded.clone()),
    };
    let shown_dir = match input.rfind('/') {
        Some(i) => input[..=i].to_string(),
        None => String::new(),
    };
    let listing = if dir.is_empty() {
        PathBuf::from(".")
    } else {
        PathBuf::from(&dir)
    };
    let mut candidates: Vec<String> = std::fs::read_dir(&listing)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| name.starts_with(&prefix))
                .filter(|name| !name.starts_with('.') || prefix.starts_with('.'))
                .map(|name| format!("{shown_dir}{name}/"))
                .collect()
        })
        .unwrap_or_default();
    candidates.sort();
    candidates.truncate(MAX_COMPLETIONS);
    StorageEvent::PathCompleted { input, candidates }
}

/// `~/x` → `$HOME/x`, the way a shell would read it.
pub fn expand_home(input: &str) -> String {
    match (input.strip_prefix('~'), std::env::var("HOME")) {
        (Some(rest), Ok(home)) if rest.is_empty() || rest.starts_with('/') => {
            format!("{home}{rest}")
        }
        _ => input.to_string(),
    }
}

/// Recorded jobs the `J` panel lists (a screenful; the CLI's `--json` has them all).
pub const RECENT_JOBS: u32 = 20;

/// A dialog's estimate, from the same services `lectern generate` prints before a run.
pub fn estimate(store: &Store, t: Texts, request: EstimateRequest) -> StorageEvent {
    let options = &request.options;
    let result = match request.kind {
        EstimateKind::Lessons => services::estimate_lessons(store, options),
        EstimateKind::Document(DocumentKind::Curriculum) => {
            services::estimate_curriculum(store, options)
        }
        EstimateKind::Document(DocumentKind::Research) => {
            services::estimate_research(store, options)
        }
    };
    StorageEvent::Estimated {
        slug: options.slug.clone(),
        kind: request.kind,
        result: result.map(Box::new).map_err(|e| say(t, &e)),
    }
}
