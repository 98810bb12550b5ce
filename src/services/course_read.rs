//! The first step shared by import and validate: decode every lesson file of a snapshot,
//! read what it says about itself, and give each a unique id and its place in the course.

use crate::domain::file_name::{has_raw_bytes, shown_name};
use crate::domain::issue::{Issue, IssueArgs, Severity, args};
use crate::domain::lesson_file::{LessonFile, parse_lesson_file};
use crate::domain::lesson_ids::{LessonIdAssignment, assign_lesson_ids};
use crate::domain::text::{self, DecodedText, Encoding};

use super::folder::FolderSnapshot;
use super::import_plan::ImportWarning;

/// One lesson file, decoded and parsed.
#[derive(Debug, Clone)]
pub struct ReadLesson {
    pub file: LessonFile,
    pub decoded: DecodedText,
    /// sha256 of the original bytes (before decoding); empty when the caller did not ask for
    /// it (see [`read_lessons_hashed`]).
    pub sha256: String,
}

/// Every lesson file of a course with the id assignment (indexes into `lessons`).
#[derive(Debug, Clone)]
pub struct ReadCourse {
    pub lessons: Vec<ReadLesson>,
    pub assignment: LessonIdAssignment,
}

impl ReadCourse {
    /// Lesson files with their assigned ids, in course order.
    pub fn in_order(&self) -> impl Iterator<Item = (&str, u32, &ReadLesson)> {
        self.assignment
            .lessons
            .iter()
            .map(|a| (a.lesson_id.as_str(), a.order, &self.lessons[a.index]))
    }
}

pub fn read_lessons(snapshot: &FolderSnapshot, warnings: &mut Vec<ImportWarning>) -> ReadCourse {
    read_lessons_hashed(snapshot, warnings, true)
}

/// [`read_lessons`], hashing each file only when `hash` is set: a plain `validate` prints no
/// hash, and sha256 is about a tenth of its work.
pub fn read_lessons_hashed(
    snapshot: &FolderSnapshot,
    warnings: &mut Vec<ImportWarning>,
    hash: bool,
) -> ReadCourse {
    let lessons: Vec<ReadLesson> = snapshot
        .under("lessons/")
        .map(|f| {
            let decoded = decode_warn(&f.rel_path, &f.bytes, warnings);
            warnings.extend(suspicious_lesson(&f.rel_path, &decoded.text));
            let file = parse_lesson_file(&f.rel_path, &decoded.text);
            warnings.extend(file.issues.iter().map(|i| warn(&file.path, i)));
            ReadLesson {
                file,
                decoded,
                sha256: if hash {
                    text::sha256_hex(&f.bytes)
                } else {
                    String::new()
                },
            }
        })
        .collect();
    let files: Vec<LessonFile> = lessons.iter().map(|l| l.file.clone()).collect();
    let assignment = assign_lesson_ids(&files);
    warnings.extend(assignment.issues.iter().map(|i| warn("lessons/", i)));
    ReadCourse {
        lessons,
        assignment,
    }
}

/// A warning for a lesson file that is empty or holds a NUL byte (a binary file, or text
/// in an encoding that was not recognised).
fn suspicious_lesson(path: &str, text: &str) -> Option<ImportWarning> {
    let (code, message, line, hint, values) = if text.trim().is_empty() {
        (
            "IMPORT-EMPTY-FILE",
            "the file is empty; imported as a lesson without text".to_string(),
            1,
            "write the lesson, or delete the file",
            IssueArgs::new(),
        )
    } else {
        let at = text.find('\0')?;
        let before = &text[..at];
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (
            "IMPORT-NUL-BYTE",
            format!("the file contains a NUL byte (line {line}, column {column})"),
            line,
            "is it a binary file? re-save it as UTF-8 text",
            args([("line", line.into()), ("column", column.into())]),
        )
    };
    let line = u32::try_from(line).unwrap_or(u32::MAX);
    let mut w = warning(path, code, message, hint, line);
    w.issue.args = values;
    Some(w)
}

fn warning(path: &str, code: &str, message: String, hint: &str, line: u32) -> ImportWarning {
    ImportWarning {
        file: path.to_string(),
        issue: Issue {
            code: code.into(),
            severity: Severity::Warning,
            element: "encoding".into(),
            message,
            hint: hint.into(),
            line_start: Some(line),
            line_end: Some(line),
            args: Default::default(),
        },
    }
}

/// Decodes a file, adding a warning when it was not plain UTF-8: read as UTF-16 (by its
/// byte-order mark), or as Windows-1252 (file, line, column of the first bad byte).
pub fn decode_warn(path: &str, bytes: &[u8], warnings: &mut Vec<ImportWarning>) -> DecodedText {
    let decoded = text::decode(bytes);
    if matches!(decoded.encoding, Encoding::Utf16Le | Encoding::Utf16Be) {
        warnings.push(warning(
            path,
            "IMPORT-UTF16",
            format!(
                "read as {} (the file starts with its byte-order mark); stored and exported \
                 as UTF-8",
                encoding_name(&decoded).to_uppercase()
            ),
            "re-save the file as UTF-8 to silence this warning",
            1,
        ));
        if let Some(w) = warnings.last_mut() {
            w.issue.args = args([("encoding", encoding_name(&decoded).to_uppercase().into())]);
        }
    }
    if let Some(e) = &decoded.decode_error {
        warnings.push(ImportWarning {
            file: path.to_string(),
            issue: Issue {
                code: "IMPORT-NOT-UTF8".into(),
                severity: Severity::Warning,
                element: "encoding".into(),
                message: format!(
                    "not valid UTF-8 (byte 0x{:02x} at line {}, column {}); read as Windows-1252",
                    e.byte, e.line, e.column
                ),
                hint: "re-save the file as UTF-8 to silence this warning".into(),
                line_start: Some(e.line),
                line_end: Some(e.line),
                args: args([
                    ("byte", format!("{:02x}", e.byte).into()),
                    ("line", e.line.into()),
                    ("column", e.column.into()),
                ]),
            },
        });
    }
    decoded
}

/// One warning per file whose name is not UTF-8: kept as bytes, shown with `\xNN` escapes.
pub fn warn_raw_file_names(snapshot: &FolderSnapshot, warnings: &mut Vec<ImportWarning>) {
    for f in snapshot.files.iter().filter(|f| has_raw_bytes(&f.rel_path)) {
        let shown = shown_name(&f.rel_path);
        warnings.push(ImportWarning {
            file: f.rel_path.clone(),
            issue: Issue {
                code: "IMPORT-FILE-NAME-NOT-UTF8".into(),
                severity: Severity::Warning,
                element: f.rel_path.clone(),
                message: format!(
                    "the file name {shown} is not UTF-8; its bytes are kept and export writes \
                     the same name back"
                ),
                hint: "screens show the undecodable bytes as �; rename the file to UTF-8 (for \
                       example with `convmv -f latin1 -t utf8`) to see its name everywhere"
                    .into(),
                line_start: None,
                line_end: None,
                args: crate::domain::issue::args([("name", shown.as_str().into())]),
            },
        });
    }
}

/// One warning per binary file under `research/`: it is not imported, and says so.
pub fn warn_skipped_research(snapshot: &FolderSnapshot, warnings: &mut Vec<ImportWarning>) {
    for f in snapshot
        .under("research/")
        .filter(|f| super::source_files::is_skipped_research(f))
    {
        warnings.push(ImportWarning {
            file: f.rel_path.clone(),
            issue: Issue {
                code: "IMPORT-BINARY-RESEARCH".into(),
                severity: Severity::Warning,
                element: f.rel_path.clone(),
                message: format!(
                    "{} is not a text file ({} bytes); skipped, research keeps text only",
                    f.rel_path,
                    f.bytes.len()
                ),
                hint: "save its text as a .md or .txt next to it to import it".into(),
                line_start: None,
                line_end: None,
                args: args([
                    ("path", f.rel_path.as_str().into()),
                    ("bytes", f.bytes.len().into()),
                ]),
            },
        });
    }
}

pub fn encoding_name(decoded: &DecodedText) -> &'static str {
    match decoded.encoding {
        Encoding::Utf8 if decoded.had_bom => "utf-8-bom",
        Encoding::Utf8 => "utf-8",
        Encoding::Windows1252 => "windows-1252",
        Encoding::Utf16Le => "utf-16le",
        Encoding::Utf16Be => "utf-16be",
    }
}

/// `file` is where the finding was made; when the finding is about one lesson file (its
/// `element` is that path) the warning points at the lesson instead, so it can be opened.
pub fn warn(file: &str, issue: &Issue) -> ImportWarning {
    let about_lesson = issue.element.starts_with("lessons/") && issue.element.ends_with(".md");
    let file = if about_lesson { &issue.element } else { file };
    ImportWarning {
        file: file.to_string(),
        issue: issue.clone(),
    }
}
