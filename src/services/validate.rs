//! `validate`: score lessons from files or from the database, and judge the course.
//!
//! Files are scored as they are on disk (decoded, never modified). A course in the database
//! is re-scored from its stored text and the new scores are saved in one transaction.

use serde::Serialize;

use crate::domain::bloom::BloomLevel;
use crate::domain::checks::{CourseReport, CurriculumFacts, LessonSummary, check_course};
use crate::domain::course::ValidationStatus;
use crate::domain::curriculum::{ParsedCurriculum, parse_curriculum};
use crate::domain::issue::Issue;
use crate::domain::rubric::{DidaticaResult, GpsResult, LessonScore, Rubric, score_lesson};
use crate::domain::text;
use crate::storage::{MessageSource, MetadataRecord, Store};

use super::ServiceError;
use super::course_read::{decode_warn, read_lessons_hashed};
use super::folder::{FolderSnapshot, read_lessons_and_curriculum};
use super::import_plan::{ImportWarning, score_record};
use super::ordered_pool::for_each_ordered;

/// One scored lesson; serialises with the keys of CreatorOS `reference-scores.jsonl` plus
/// `lesson_id`, `status`, `rubric` and `issues`.
#[derive(Debug, Clone, Serialize)]
pub struct LessonValidation {
    pub course: String,
    pub path: String,
    pub lesson_id: String,
    pub sha256: Option<String>,
    pub word_count: usize,
    /// Set when the file was not UTF-8 (it was then read as Windows-1252 and scored).
    pub decode_error: Option<String>,
    pub gps: GpsResult,
    pub didatica: DidaticaResult,
    pub status: ValidationStatus,
    pub rubric: Rubric,
    pub issues: Vec<Issue>,
}

/// All lessons of one course plus the course-level checks.
#[derive(Debug, Clone, Serialize)]
pub struct CourseValidation {
    pub course: String,
    #[serde(skip)]
    pub lessons: Vec<LessonValidation>,
    pub report: CourseReport,
    /// Problems reading the folder (encodings, curriculum), with file names.
    pub warnings: Vec<ImportWarning>,
}

impl LessonValidation {
    fn new(course: &str, path: &str, lesson_id: &str, score: LessonScore) -> LessonValidation {
        LessonValidation {
            course: course.to_string(),
            path: path.to_string(),
            lesson_id: lesson_id.to_string(),
            sha256: None,
            word_count: score.word_count,
            decode_error: None,
            gps: score.gps,
            didatica: score.didatica,
            status: score.status,
            rubric: score.rubric,
            issues: score.issues,
        }
    }
}

/// How to validate folders.
#[derive(Debug, Clone, Copy)]
pub struct ValidateOptions {
    pub rubric: Rubric,
    /// Compute each file's sha256 (only JSON output shows it).
    pub sha256: bool,
    /// Threads reading and scoring courses; 1 scores them on the calling thread.
    pub jobs: usize,
}

/// Reads and scores every course folder on `options.jobs` threads and hands each course (or
/// the error reading it) to `each` in the order of `dirs`, on this thread. At most a few
/// courses per thread are held at once, so memory does not grow with the number of folders.
pub fn validate_folders(
    dirs: Vec<std::path::PathBuf>,
    options: ValidateOptions,
    each: impl FnMut(Result<CourseValidation, ServiceError>) -> std::ops::ControlFlow<()>,
) {
    validate_folders_then(dirs, options, |course| course, each);
}

/// [`validate_folders`] with a step `then` run on the thread that scored each course, before
/// `each` gets its result in order: what turns a course into output (JSON encoding, counting)
/// then runs on every core, and the course is freed on the thread that allocated it.
pub fn validate_folders_then<R: Send>(
    dirs: Vec<std::path::PathBuf>,
    options: ValidateOptions,
    then: impl Fn(Result<CourseValidation, ServiceError>) -> R + Sync,
    each: impl FnMut(R) -> std::ops::ControlFlow<()>,
) {
    let work = |dir: std::path::PathBuf| {
        then(
            read_lessons_and_curriculum(&dir)
                .map(|snapshot| validate_snapshot_with(&snapshot, options.rubric, options.sha256)),
        )
    };
    let threads = if options.jobs <= 1 { 0 } else { options.jobs };
    for_each_ordered(dirs, threads, work, each);
}

/// Scores every lesson file of a course folder snapshot.
pub fn validate_snapshot(snapshot: &FolderSnapshot, rubric: Rubric) -> CourseValidation {
    validate_snapshot_with(snapshot, rubric, true)
}

fn validate_snapshot_with(
    snapshot: &FolderSnapshot,
    rubric: Rubric,
    sha256: bool,
) -> CourseValidation {
    let mut warnings = Vec::new();
    let read = read_lessons_hashed(snapshot, &mut warnings, sha256);
    let lessons = read
        .in_order()
        .map(|(id, _, lesson)| {
            let score = score_lesson(&lesson.decoded.text, rubric);
            let mut v = LessonValidation::new(&snapshot.name, &lesson.file.path, id, score);
            v.sha256 = sha256.then(|| lesson.sha256.clone());
            v.decode_error = lesson.decoded.decode_error.as_ref().map(|e| e.to_string());
            v
        })
        .collect();
    let facts = snapshot
        .file("curriculum.yaml")
        .or_else(|| snapshot.file("curriculum.yml"))
        .and_then(|f| {
            let text = decode_warn(&f.rel_path, &f.bytes, &mut warnings).text;
            match parse_curriculum(&text) {
                Ok(c) => Some(curriculum_facts(&c)),
                Err(e) => {
                    warnings.push(curriculum_error(&f.rel_path, &e));
                    None
                }
            }
        })
        .unwrap_or_default();
    finish(snapshot.name.clone(), lessons, &facts, warnings)
}

/// Scores one lesson file given its bytes; `course` and `path` name it in the output.
pub fn validate_file(course: &str, path: &str, bytes: &[u8], rubric: Rubric) -> CourseValidation {
    let decoded = text::decode(bytes);
    let id = crate::domain::numbering::file_name_number(path.rsplit('/').next().unwrap_or(path))
        .map(|(m, l)| crate::domain::numbering::lesson_id(m, l))
        .unwrap_or_default();
    let mut v = LessonValidation::new(course, path, &id, score_lesson(&decoded.text, rubric));
    v.sha256 = Some(text::sha256_hex(bytes));
    v.decode_error = decoded.decode_error.as_ref().map(|e| e.to_string());
    finish(
        course.to_string(),
        vec![v],
        &CurriculumFacts::default(),
        Vec::new(),
    )
}

/// Re-scores a stored course with `rubric` and saves the scores in one transaction.
pub fn validate_stored(
    store: &mut Store,
    slug: &str,
    rubric: Rubric,
) -> Result<CourseValidation, ServiceError> {
    let (course, rows, meta) = {
        let repo = store.read();
        let course = repo.require_course(slug)?;
        (
            course.clone(),
            repo.lessons_of(course.id)?,
            repo.metadata(course.id)?,
        )
    };
    let mut lessons = Vec::new();
    let mut updates = Vec::new();
    for row in &rows {
        let Some(text) = &row.record.content_markdown else {
            continue;
        };
        let score = score_lesson(text, rubric);
        updates.push((row.row_id, text.as_str(), score_record(&score)));
        let path = row
            .record
            .file_path
            .clone()
            .unwrap_or_else(|| row.record.lesson_id.clone());
        let mut v = LessonValidation::new(slug, &path, &row.record.lesson_id, score);
        v.sha256 = row.record.content_sha256.clone();
        lessons.push(v);
    }
    let facts = stored_curriculum_facts(meta.as_ref());
    store.write(|repo| -> Result<CourseValidation, ServiceError> {
        // Scored outside the transaction; another writer may have saved a lesson since.
        // Scores are written only onto the text they were computed from: a lesson whose
        // text changed is scored again here, from what is stored now.
        for (i, (row_id, scored_text, record)) in updates.iter().enumerate() {
            match repo.lesson_text_of_row(*row_id)? {
                Some(now) if now == *scored_text => repo.update_scores(*row_id, Some(record))?,
                Some(now) => {
                    let score = score_lesson(&now, rubric);
                    repo.update_scores(*row_id, Some(&score_record(&score)))?;
                    let v = &mut lessons[i];
                    let mut fresh = LessonValidation::new(slug, &v.path, &v.lesson_id, score);
                    fresh.sha256 = Some(text::sha256_hex(now.as_bytes()));
                    *v = fresh;
                }
                None => {}
            }
        }
        let done = finish(course.slug.clone(), lessons, &facts, Vec::new());
        let messages = super::course_messages::course_report_messages(&done.report.issues);
        repo.replace_course_messages(course.id, MessageSource::Validate, &messages)?;
        Ok(done)
    })
}

fn finish(
    course: String,
    lessons: Vec<LessonValidation>,
    facts: &CurriculumFacts,
    warnings: Vec<ImportWarning>,
) -> CourseValidation {
    let summaries: Vec<LessonSummary> = lessons
        .iter()
        .map(|l| LessonSummary {
            name: if l.lesson_id.is_empty() {
                l.path.clone()
            } else {
                l.lesson_id.clone()
            },
            word_count: l.word_count,
            gps_valid: l.gps.valid,
            dl_score: l.didatica.score,
            dl_passed: l.didatica.passed,
        })
        .collect();
    let report = check_course(&summaries, facts);
    CourseValidation {
        course,
        lessons,
        report,
        warnings,
    }
}

/// The facts of a stored course's curriculum; none when it has no (parseable) curriculum.
pub fn stored_curriculum_facts(meta: Option<&MetadataRecord>) -> CurriculumFacts {
    meta.and_then(|m| m.curriculum_yaml.as_deref())
        .and_then(|yaml| parse_curriculum(yaml).ok())
        .map(|c| curriculum_facts(&c))
        .unwrap_or_default()
}

pub fn curriculum_facts(c: &ParsedCurriculum) -> CurriculumFacts {
    let minutes: u32 = c.lessons().filter_map(|l| l.duration_minutes).sum();
    CurriculumFacts {
        expected_lessons: Some(c.lessons().count()),
        total_minutes: (minutes > 0).then_some(f64::from(minutes)),
        bloom_modules: c
            .modules
            .iter()
            .map(|m| {
                m.lessons
                    .iter()
                    .map(|l| l.bloom_level.as_deref().and_then(BloomLevel::parse))
                    .collect()
            })
            .collect(),
    }
}

fn curriculum_error(file: &str, e: &crate::domain::curriculum::CurriculumError) -> ImportWarning {
    ImportWarning {
        file: file.to_string(),
        issue: Issue {
            code: "COURSE-CURRICULUM-INVALID".into(),
            severity: crate::domain::issue::Severity::Warning,
            element: "curriculum".into(),
            message: format!("{file}:{}:{}: {}", e.line, e.column, e.message),
            hint: e.hint.clone(),
            line_start: Some(e.line),
            line_end: Some(e.line),
            args: e.issue_args(file),
        },
    }
}
