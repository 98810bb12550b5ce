//! Brownfield: courses from a CreatorOS-design SQLite database, turned into in-memory course
//! folders so they go through exactly the same import path (parse, match, score, store) as
//! folders on disk.

use std::collections::BTreeSet;
use std::path::Path;

use crate::storage::{LegacyCourse, LegacyLesson, read_creatoros_db};

use super::ServiceError;
use super::folder::{FolderSnapshot, SnapshotFile};
use super::safe_path::{file_name_part, unsafe_reason};

pub fn snapshots_from_creatoros_db(path: &Path) -> Result<Vec<FolderSnapshot>, ServiceError> {
    let courses = read_creatoros_db(path)?;
    Ok(courses
        .iter()
        .map(|c| snapshot_from_legacy(c, path))
        .collect())
}

/// One course read from a CreatorOS database as an in-memory course folder: every lesson with
/// text becomes a file under `lessons/` (two lessons never share a path), whatever the stored
/// paths say.
pub fn snapshot_from_legacy(course: &LegacyCourse, source: &Path) -> FolderSnapshot {
    let mut files: Vec<SnapshotFile> = Vec::new();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut add = |rel_path: String, text: &str| {
        let rel_path = free_path(rel_path, &taken);
        taken.insert(rel_path.clone());
        files.push(SnapshotFile {
            rel_path,
            bytes: text.as_bytes().to_vec(),
        });
    };
    if let Some(brief) = &course.brief_markdown {
        add("COURSE-BRIEF.md".into(), brief);
    }
    // The design stores the curriculum as JSON, which is also valid YAML.
    if let Some(curriculum) = &course.curriculum {
        add("curriculum.yaml".into(), curriculum);
    }
    if let Some(outline) = &course.outline_markdown {
        add("course-outline.md".into(), outline);
    }
    for lesson in course
        .lessons
        .iter()
        .filter(|l| !l.content_markdown.is_empty())
    {
        add(lesson_path(lesson), &lesson.content_markdown);
    }
    for (column, text) in &course.research {
        add(format!("research/{}.md", column.replace('_', "-")), text);
    }
    files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    FolderSnapshot {
        name: course.slug.clone(),
        source: Some(source.to_path_buf()),
        files,
        skipped_links: Vec::new(),
    }
}

/// `path`, or `path` with `-2`, `-3` … before `.md` when another file already has it.
fn free_path(path: String, taken: &BTreeSet<String>) -> String {
    if !taken.contains(&path) {
        return path;
    }
    let stem = path.strip_suffix(".md").unwrap_or(&path);
    (2..)
        .map(|n| format!("{stem}-{n}.md"))
        .find(|p| !taken.contains(p))
        .unwrap_or(path)
}

/// `lessons/….md` from the stored path when it is a safe relative one (the rule export
/// applies), else from id and title.
fn lesson_path(lesson: &LegacyLesson) -> String {
    let stored = lesson.file_path.as_deref().map(|p| p.replace('\\', "/"));
    let safe = stored.filter(|p| unsafe_reason(p).is_none() && !p.contains(':'));
    let path = match safe {
        Some(p) if p.starts_with("lessons/") => p,
        Some(p) => format!("lessons/{}", p.rsplit('/').next().unwrap_or(&p)),
        None => format!(
            "lessons/{}-{}.md",
            file_name_part(&lesson.lesson_id),
            slugify(&lesson.title)
        ),
    };
    // Only `.md` files are lesson files when the folder is read back or exported.
    if path.to_lowercase().ends_with(".md") {
        path
    } else {
        format!("{path}.md")
    }
}

fn slugify(title: &str) -> String {
    let folded: String = crate::domain::fold::fold(title)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let parts: Vec<&str> = folded.split('-').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        "aula".into()
    } else {
        parts.join("-")
    }
}
