//! Structural findings on a parsed curriculum, in the reference's wording (spec §5.4).
//!
//! Lectern imports leniently, so what the reference calls errors become warnings and its
//! warnings become infos; nothing here refuses a course. Differences from the reference, on
//! purpose: numbering is checked against the module's own number and first lesson (so courses
//! starting at `0.0` are not flagged throughout), and a *missing* duration is not "very short"
//!

use super::model::{PlannedLesson, PlannedModule};
use crate::domain::issue::{Issue, IssueArgs, Severity, args};
use crate::domain::numbering::lesson_id;
use std::collections::BTreeMap;

pub(super) fn check(modules: &[PlannedModule]) -> Vec<Issue> {
    let mut issues = Vec::new();
    if modules.is_empty() {
        issues.push(issue(
            "CURRICULUM-NO-MODULES",
            Severity::Warning,
            "No modules found in curriculum".into(),
            "add a `modules:` list; lessons on disk are still imported",
            None,
            IssueArgs::new(),
        ));
        return issues;
    }
    for module in modules {
        check_module(module, &mut issues);
    }
    check_duplicates(modules, &mut issues);
    check_total(modules, &mut issues);
    issues
}

fn check_module(module: &PlannedModule, issues: &mut Vec<Issue>) {
    let name = module.source_id.clone().unwrap_or_else(|| "?".into());
    if module.title.is_none() {
        issues.push(issue(
            "CURRICULUM-MODULE-TITLE",
            Severity::Info,
            format!("Module {name} missing title"),
            "add `module_title:` (or `title:`) to the module",
            Some(module.line),
            args([("module", name.as_str().into())]),
        ));
    }
    // A count is only a problem when no lesson list (e.g. a top-level `lessons:`) names them.
    if let Some(count) = module.declared_lesson_count
        && module.lessons.iter().all(|l| l.from_count)
    {
        issues.push(issue(
            "CURRICULUM-LESSON-COUNT",
            Severity::Info,
            format!(
                "Module {} gives a lesson count ({count}) instead of a list; its planned \
                 lessons have no titles",
                module.position
            ),
            "replace `lessons: N` with a list of lessons (lesson_id, lesson_title, file_path)",
            Some(module.line),
            args([("module", module.position.into()), ("count", count.into())]),
        ));
    }
    if module.lessons.is_empty() {
        issues.push(issue(
            "CURRICULUM-EMPTY-MODULE",
            Severity::Warning,
            format!("Module {} has no lessons", module.position),
            "list the module's lessons under `lessons:`",
            Some(module.line),
            args([("module", module.position.into())]),
        ));
        return;
    }
    let first = module
        .lessons
        .iter()
        .find(|l| !l.from_count)
        .map_or(1, |l| l.lesson_number);
    let written = module.lessons.iter().filter(|l| !l.from_count);
    for (lesson, offset) in written.zip(0u32..) {
        let expected = lesson_id(module.number, first + offset);
        let got = lesson.source_id.clone().unwrap_or_default();
        let base = lesson_id(lesson.module_number, lesson.lesson_number);
        // A lesson known only by its `file:` name is numbered by it, which is not an error.
        let unnamed = lesson.source_id.is_none() && lesson.file_path.is_none();
        if base != expected || unnamed {
            issues.push(issue(
                "CURRICULUM-NUMBERING",
                Severity::Warning,
                format!("Lesson numbering error: Expected {expected}, got {got}"),
                "number lessons M.L in order and quote ids (lesson_id: \"1.10\")",
                Some(lesson.line),
                args([
                    ("expected", expected.as_str().into()),
                    ("got", got.as_str().into()),
                ]),
            ));
        }
        check_lesson(lesson, issues);
    }
}

fn check_lesson(lesson: &PlannedLesson, issues: &mut Vec<Issue>) {
    let id = &lesson.lesson_id;
    if lesson.title.is_none() {
        issues.push(issue(
            "CURRICULUM-LESSON-TITLE",
            Severity::Info,
            format!("Lesson {id} missing title"),
            "add `lesson_title:` (or `title:`)",
            Some(lesson.line),
            args([("id", id.as_str().into())]),
        ));
    }
    // "CreateA" (a letter typed into the level) was taken silently; say so, on its lesson.
    if let Some(level) = lesson.bloom_level.as_deref()
        && !level.trim().is_empty()
        && crate::domain::bloom::BloomLevel::parse(level).is_none()
    {
        issues.push(issue(
            "CURRICULUM-BLOOM-UNKNOWN",
            Severity::Warning,
            format!("Lesson {id} has an unknown Bloom level `{}`", level.trim()),
            "use Remember, Understand, Apply, Analyze, Evaluate or Create (or Lembrar, \
             Entender, Aplicar, Analisar, Avaliar, Criar)",
            Some(lesson.line),
            args([("id", id.as_str().into()), ("level", level.trim().into())]),
        ));
    }
    match lesson.duration_minutes {
        Some(d) if d < 5 => issues.push(issue(
            "CURRICULUM-SHORT-LESSON",
            Severity::Info,
            format!("Lesson {id} has very short duration: {d} min"),
            "check `duration_minutes` (lessons under 5 minutes are unusual)",
            Some(lesson.line),
            args([("id", id.as_str().into()), ("minutes", d.into())]),
        )),
        Some(d) if d > 120 => issues.push(issue(
            "CURRICULUM-LONG-LESSON",
            Severity::Info,
            format!("Lesson {id} has very long duration: {d} min"),
            "consider splitting the lesson (over 120 minutes)",
            Some(lesson.line),
            args([("id", id.as_str().into()), ("minutes", d.into())]),
        )),
        _ => {}
    }
}

fn check_duplicates(modules: &[PlannedModule], issues: &mut Vec<Issue>) {
    let mut seen: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for lesson in modules.iter().flat_map(|m| &m.lessons) {
        let base = lesson_id(lesson.module_number, lesson.lesson_number);
        seen.entry(base).or_default().push(lesson.line);
    }
    let dups: Vec<(&String, &Vec<u32>)> = seen.iter().filter(|(_, l)| l.len() > 1).collect();
    if dups.is_empty() {
        return;
    }
    let ids: Vec<&str> = dups.iter().map(|(id, _)| id.as_str()).collect();
    let line = dups
        .iter()
        .filter_map(|(_, lines)| lines.get(1))
        .min()
        .copied();
    issues.push(issue(
        "CURRICULUM-DUPLICATE-ID",
        Severity::Warning,
        format!("Duplicate lesson IDs found: {}", ids.join(", ")),
        "give every lesson its own M.L id; duplicates were suffixed -b, -c … on import",
        line,
        args([("ids", ids.join(", ").into())]),
    ));
}

fn check_total(modules: &[PlannedModule], issues: &mut Vec<Issue>) {
    let durations: Vec<u32> = modules
        .iter()
        .flat_map(|m| &m.lessons)
        .filter_map(|l| l.duration_minutes)
        .collect();
    if durations.is_empty() {
        return; // nothing to judge; the reference would say "0 minutes"
    }
    let total: u32 = durations.iter().sum();
    let (code, message) = if total < 60 {
        (
            "CURRICULUM-SHORT-TOTAL",
            format!("Total duration seems short: {total} minutes (< 1 hour)"),
        )
    } else if total > 3000 {
        (
            "CURRICULUM-LONG-TOTAL",
            format!("Total duration seems very long: {total} minutes (> 50 hours)"),
        )
    } else {
        return;
    };
    issues.push(issue(
        code,
        Severity::Info,
        message,
        "check the lessons' `duration_minutes`",
        None,
        args([("total", total.into())]),
    ));
}

/// A finding with the values its message quotes, by the names the message files use.
fn issue(
    code: &str,
    severity: Severity,
    message: String,
    hint: &str,
    line: Option<u32>,
    args: IssueArgs,
) -> Issue {
    Issue {
        code: code.into(),
        severity,
        element: "curriculum".into(),
        message,
        hint: hint.into(),
        line_start: line,
        line_end: line,
        args,
    }
}
