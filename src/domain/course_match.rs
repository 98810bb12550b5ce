//! Pairing the lessons `curriculum.yaml` plans with the lesson files on disk.
//!
//! Three passes, each only over what is still unpaired: by path (the curriculum's `file_path`
//! against the real relative path, or its bare file name), then by number (`M.L`), then by
//! normalised title. What stays unpaired is reported, never dropped: a planned lesson without a
//! file is a planned-only lesson (no content, never scored), a file the curriculum does not list
//! is imported and flagged. Pure.

use crate::domain::curriculum::{ParsedCurriculum, PlannedLesson};
use crate::domain::fold::title_key;
use crate::domain::issue::{Issue, IssueArgs, Severity, args};
use crate::domain::lesson_file::LessonFile;
use crate::domain::lesson_ids::LessonIdAssignment;
use crate::domain::numbering::lesson_id;
use serde::{Deserialize, Serialize};

mod order;
pub use order::{Placement, course_order};

/// How a pair was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchBy {
    Path,
    FileName,
    Number,
    Title,
}

/// A planned lesson and the file that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedLesson {
    /// The planned lesson's (curriculum) id.
    pub planned_id: String,
    /// The file's assigned id (`LessonIdAssignment`).
    pub lesson_id: String,
    pub path: String,
    pub by: MatchBy,
}

/// The outcome of matching one course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseMatch {
    pub matched: Vec<MatchedLesson>,
    /// Planned lesson ids with no file on disk, in curriculum order.
    pub planned_only: Vec<String>,
    /// Paths of files the curriculum does not list, in course order.
    pub unlisted_files: Vec<String>,
    pub issues: Vec<Issue>,
}

const CURRICULUM: &str = "curriculum.yaml";

/// Matches the curriculum's planned lessons to the course's files (`files` indexed as in
/// `assignment`).
pub fn match_curriculum(
    curriculum: &ParsedCurriculum,
    files: &[LessonFile],
    assignment: &LessonIdAssignment,
) -> CourseMatch {
    let planned: Vec<&PlannedLesson> = curriculum.lessons().collect();
    // pairs[p] = position in assignment.lessons
    let mut pairs: Vec<Option<(usize, MatchBy)>> = vec![None; planned.len()];
    let mut taken = vec![false; assignment.lessons.len()];
    let mut issues = Vec::new();
    let file = |a: usize| &files[assignment.lessons[a].index];

    pass(&planned, &mut pairs, &mut taken, |p, a| {
        let wanted = normalise_path(p.file_path.as_deref()?);
        if file(a).path == wanted {
            Some(MatchBy::Path)
        } else {
            let base = wanted.rsplit('/').next().unwrap_or(&wanted);
            (file(a).file_name == base).then_some(MatchBy::FileName)
        }
    });
    for (p, lesson) in planned.iter().enumerate() {
        if pairs[p].is_some() {
            continue;
        }
        let base = lesson_id(lesson.module_number, lesson.lesson_number);
        let candidates: Vec<usize> = (0..taken.len())
            .filter(|&a| !taken[a] && assignment.lessons[a].number_id.as_deref() == Some(&base))
            .collect();
        let Some(&first) = candidates.first() else {
            continue;
        };
        let chosen = candidates
            .iter()
            .copied()
            .find(|&a| assignment.lessons[a].lesson_id == lesson.lesson_id)
            .unwrap_or(first);
        if candidates.len() > 1 {
            let paths: Vec<&str> = candidates.iter().map(|&a| file(a).path.as_str()).collect();
            let mut issue = planned_issue(
                "IMPORT-AMBIGUOUS-CURRICULUM-ENTRY",
                lesson,
                format!(
                    "{CURRICULUM} line {}: entry {base} is ambiguous, {} files carry that number \
                     ({}); it was paired with {}, the others are imported as unlisted lessons",
                    lesson.line,
                    candidates.len(),
                    paths.join(", "),
                    file(chosen).path
                ),
                "renumber the files or list each one in the curriculum with its file_path",
            );
            issue.args = args([
                ("line", lesson.line.into()),
                ("base", base.as_str().into()),
                ("count", candidates.len().into()),
                ("paths", paths.join(", ").into()),
                ("chosen", file(chosen).path.as_str().into()),
            ]);
            issues.push(issue);
        }
        taken[chosen] = true;
        pairs[p] = Some((chosen, MatchBy::Number));
    }
    pass(&planned, &mut pairs, &mut taken, |p, a| {
        let key = title_key(p.title.as_deref()?);
        (!key.is_empty() && title_key(&file(a).title) == key).then_some(MatchBy::Title)
    });

    let mut result = CourseMatch {
        matched: Vec::new(),
        planned_only: Vec::new(),
        unlisted_files: Vec::new(),
        issues,
    };
    for (lesson, pair) in planned.iter().zip(&pairs) {
        match pair {
            Some((a, by)) => {
                let f = file(*a);
                if let Some(wanted) = lesson.file_path.as_deref()
                    && matches!(by, MatchBy::Number | MatchBy::Title)
                {
                    // Also the message files' selector: the pt-BR word differs.
                    let by_word = if *by == MatchBy::Title {
                        "title"
                    } else {
                        "number"
                    };
                    let mut issue = planned_issue(
                        "IMPORT-CURRICULUM-PATH",
                        lesson,
                        format!(
                            "{CURRICULUM} line {}: lesson {} names {wanted}, {}; paired with {} by {}",
                            lesson.line,
                            lesson.lesson_id,
                            not_found(wanted),
                            f.path,
                            by_word
                        ),
                        &format!("set file_path to \"{}\"", f.path),
                    );
                    issue.args = args([
                        ("line", lesson.line.into()),
                        ("id", lesson.lesson_id.as_str().into()),
                        ("path", wanted.into()),
                        ("reason", not_found_key(wanted).into()),
                        ("chosen", f.path.as_str().into()),
                        ("by", by_word.into()),
                    ]);
                    result.issues.push(issue);
                }
                result.matched.push(MatchedLesson {
                    planned_id: lesson.lesson_id.clone(),
                    lesson_id: assignment.lessons[*a].lesson_id.clone(),
                    path: f.path.clone(),
                    by: *by,
                });
            }
            None => {
                result.issues.push(missing_issue(lesson));
                result.planned_only.push(lesson.lesson_id.clone());
            }
        }
    }
    for (a, _) in taken.iter().enumerate().filter(|(_, t)| !**t) {
        let path = &file(a).path;
        result.issues.push(Issue {
            code: "IMPORT-UNLISTED-LESSON".into(),
            severity: Severity::Warning,
            element: path.clone(),
            message: format!("{path} is not listed in {CURRICULUM}; imported and flagged"),
            hint: format!("add it to {CURRICULUM} or remove the file"),
            line_start: None,
            line_end: None,
            args: args([("path", path.as_str().into())]),
        });
        result.unlisted_files.push(path.clone());
    }
    result
}

/// Pairs each unpaired planned lesson with the first unpaired file `test` accepts.
fn pass(
    planned: &[&PlannedLesson],
    pairs: &mut [Option<(usize, MatchBy)>],
    taken: &mut [bool],
    test: impl Fn(&PlannedLesson, usize) -> Option<MatchBy>,
) {
    for (p, lesson) in planned.iter().enumerate() {
        if pairs[p].is_some() {
            continue;
        }
        let found = (0..taken.len())
            .filter(|&a| !taken[a])
            .find_map(|a| Some((a, test(lesson, a)?)));
        if let Some((a, by)) = found {
            taken[a] = true;
            pairs[p] = Some((a, by));
        }
    }
}

fn normalise_path(path: &str) -> String {
    let path = path.trim().replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_string()
}

/// Why a listed path has no file: it is not there, or it leaves the course folder (absolute,
/// a drive, or more `..` than folders), where import never reads whatever is there.
fn not_found(path: &str) -> &'static str {
    if leaves_folder(path) {
        "which is outside the course folder (import reads only files inside it)"
    } else {
        "which does not exist"
    }
}

/// The message files' selector for [`not_found`]'s two reasons.
fn not_found_key(path: &str) -> &'static str {
    if leaves_folder(path) {
        "outside"
    } else {
        "missing"
    }
}

fn leaves_folder(path: &str) -> bool {
    let path = path.trim().replace('\\', "/");
    let first = path.split('/').next().unwrap_or_default();
    let drive = first.len() >= 2 && first.as_bytes()[1] == b':';
    let mut depth: i64 = 0;
    let mut climbs_out = false;
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                climbs_out |= depth < 0;
            }
            _ => depth += 1,
        }
    }
    path.starts_with('/') || drive || climbs_out
}

fn missing_issue(lesson: &PlannedLesson) -> Issue {
    let message = match &lesson.file_path {
        Some(path) => format!(
            "{CURRICULUM} line {}: lesson {} lists {path}, {}; kept as a planned lesson \
             without content",
            lesson.line,
            lesson.lesson_id,
            not_found(path)
        ),
        None => format!(
            "{CURRICULUM} line {}: lesson {} has no lesson file; kept as a planned lesson \
             without content",
            lesson.line, lesson.lesson_id
        ),
    };
    let mut issue = planned_issue(
        "IMPORT-PLANNED-ONLY",
        lesson,
        message,
        "write the lesson or generate it",
    );
    issue.args = args([
        ("line", lesson.line.into()),
        ("id", lesson.lesson_id.as_str().into()),
        ("path", lesson.file_path.as_deref().unwrap_or("").into()),
        (
            "reason",
            lesson
                .file_path
                .as_deref()
                .map_or("no-file", not_found_key)
                .into(),
        ),
    ]);
    issue
}

fn planned_issue(code: &str, lesson: &PlannedLesson, message: String, hint: &str) -> Issue {
    Issue {
        code: code.into(),
        severity: Severity::Warning,
        element: CURRICULUM.into(),
        message,
        hint: hint.into(),
        line_start: Some(lesson.line),
        line_end: Some(lesson.line),
        args: IssueArgs::new(),
    }
}

#[cfg(test)]
mod tests;
