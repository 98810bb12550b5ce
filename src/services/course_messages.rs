//! A course's stored messages: what its last import, validate and check said, so an author
//! can read them again later (`lectern show`, the workbench's messages screen).

use crate::storage::{CourseMessage, LessonRow, MessageSource, Store};

use crate::domain::issue::{Issue, Severity, args};

use super::ServiceError;
use super::check::{CheckReport, DifferenceKind};
use super::folder::FolderSnapshot;
use super::import_plan::{ImportRefusal, ImportWarning};
use crate::domain::brief::parse_brief;

/// The `file` of a message about the course as a whole rather than one of its files.
pub const COURSE_FILE: &str = "(course)";

/// Every stored message of the course `slug`: import first, then validate, then check.
pub fn course_messages(store: &Store, slug: &str) -> Result<Vec<CourseMessage>, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    Ok(repo.course_messages(course.id)?)
}

/// How many messages the course `slug` has stored.
pub fn course_message_count(store: &Store, slug: &str) -> Result<u32, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    Ok(repo.course_message_count(course.id)?)
}

/// The stored form of an action's warnings. The column is read from a `line N, column C`
/// in the text when the finding only carries a line (encoding warnings do).
pub(super) fn to_messages(source: MessageSource, warnings: &[ImportWarning]) -> Vec<CourseMessage> {
    warnings
        .iter()
        .map(|w| CourseMessage {
            source,
            severity: w.issue.severity,
            code: w.issue.code.clone(),
            file: w.file.clone(),
            line: w.issue.line_start,
            column: column_in(&w.issue.message),
            message: w.issue.message.clone(),
            hint: w.issue.hint.clone(),
            args: w.issue.args.clone(),
        })
        .collect()
}

fn column_in(message: &str) -> Option<u32> {
    let rest = &message[message.find("column ")? + "column ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A stored course's course-level findings (`validate SLUG`); lessons keep their own issues.
pub(super) fn course_report_messages(issues: &[Issue]) -> Vec<CourseMessage> {
    issues
        .iter()
        .map(|i| CourseMessage {
            source: MessageSource::Validate,
            severity: i.severity,
            code: i.code.clone(),
            file: COURSE_FILE.to_string(),
            line: i.line_start,
            column: None,
            message: i.message.clone(),
            hint: i.hint.clone(),
            args: i.args.clone(),
        })
        .collect()
}

/// Stores what `lectern check` found (replacing the last check's messages of the course).
pub fn record_check(store: &mut Store, report: &CheckReport) -> Result<(), ServiceError> {
    let messages: Vec<CourseMessage> = report
        .differences
        .iter()
        .map(|d| {
            let (code, what) = match d.kind {
                DifferenceKind::MissingInDatabase => (
                    "CHECK-MISSING-IN-DATABASE",
                    "in the folder, not in the database",
                ),
                DifferenceKind::MissingOnDisk => (
                    "CHECK-MISSING-ON-DISK",
                    "in the database, not in the folder",
                ),
                DifferenceKind::ContentDiffers => {
                    ("CHECK-CONTENT-DIFFERS", "differs from the folder")
                }
            };
            CourseMessage {
                source: MessageSource::Check,
                severity: Severity::Warning,
                code: code.to_string(),
                file: d.path.clone(),
                line: None,
                column: None,
                message: format!("{} {what}: {}", d.path, d.detail),
                hint: format!(
                    "run `lectern check {} --against {} --fix` to take the folder's version",
                    report.slug,
                    report.dir.display()
                ),
                args: args([
                    ("path", d.path.as_str().into()),
                    ("detail", d.detail.as_str().into()),
                    ("slug", report.slug.as_str().into()),
                    ("dir", report.dir.display().to_string().into()),
                ]),
            }
        })
        .collect();
    store.write(|repo| -> Result<(), ServiceError> {
        let course = repo.require_course(&report.slug)?;
        repo.replace_course_messages(course.id, MessageSource::Check, &messages)?;
        Ok(())
    })
}

/// The lesson a message points into, and the line: what `Enter` on the workbench's messages
/// screen opens. `None` for messages about the curriculum, the brief, research or the course.
pub fn message_lesson(lessons: &[LessonRow], m: &CourseMessage) -> Option<(String, Option<u32>)> {
    let lesson = lessons
        .iter()
        .find(|l| l.record.file_path.as_deref() == Some(m.file.as_str()))?;
    Some((lesson.record.lesson_id.clone(), m.line))
}

/// A refused re-import leaves the stored course as it was, but what the import said is the
/// refusal: it replaces the course's import messages so the author finds it in the workbench.
/// A course not in the database yet has nowhere to keep it (the refusal is still reported).
pub(super) fn record_refusal(
    store: &mut Store,
    snapshot: &FolderSnapshot,
    refusal: &ImportRefusal,
) -> Result<(), ServiceError> {
    let brief = super::source_files::brief_file(snapshot)
        .map(|f| parse_brief(&crate::domain::text::decode(&f.bytes).text));
    let slug = super::import_plan::course_slug(brief.as_ref(), snapshot);
    let message = CourseMessage {
        source: MessageSource::Import,
        severity: Severity::Error,
        code: "IMPORT-REFUSED".into(),
        file: refusal.file.clone(),
        line: Some(refusal.curriculum.line),
        column: Some(refusal.curriculum.column),
        message: format!(
            "{}; nothing was imported, the course is as before",
            refusal.curriculum.message
        ),
        hint: refusal.curriculum.hint.clone(),
        args: {
            // The parser's values say the reason in the reader's language; `reason` and
            // `hint` keep the English.
            let mut values = refusal.curriculum.issue_args(&refusal.file);
            values.extend(args([
                ("reason", refusal.curriculum.message.as_str().into()),
                ("hint", refusal.curriculum.hint.as_str().into()),
            ]));
            values
        },
    };
    store.write(|repo| -> Result<(), ServiceError> {
        if let Some(course) = repo.course_by_slug(&slug)? {
            repo.replace_course_messages(course.id, MessageSource::Import, &[message])?;
        }
        Ok(())
    })
}

/// `file:line:col` as tools print it; only the parts that are known.
pub fn message_location(m: &CourseMessage) -> String {
    match (m.line, m.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", m.file),
        (Some(l), None) => format!("{}:{l}", m.file),
        _ => m.file.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_comes_from_the_text_when_it_names_one() {
        assert_eq!(
            column_in("not valid UTF-8 (byte 0xe9 at line 3, column 17); read as"),
            Some(17)
        );
        assert_eq!(column_in("no place"), None);
    }
}
