//! Brownfield: courses from a CreatorOS-design SQLite database, turned into in-memory course
//! folders so they go through exactly the same import path (parse, match, score, store) as
//! folders on disk.

use std::path::Path;

use crate::storage::{LegacyCourse, read_creatoros_db};

use super::ServiceError;
use super::folder::{FolderSnapshot, SnapshotFile};

pub fn snapshots_from_creatoros_db(path: &Path) -> Result<Vec<FolderSnapshot>, ServiceError> {
    let courses = read_creatoros_db(path)?;
    Ok(courses.iter().map(|c| to_snapshot(c, path)).collect())
}

fn to_snapshot(course: &LegacyCourse, source: &Path) -> FolderSnapshot {
    let mut files = Vec::new();
    let mut add = |rel_path: String, text: &str| {
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
    files.dedup_by(|a, b| a.rel_path == b.rel_path);
    FolderSnapshot {
        name: course.slug.clone(),
        source: Some(source.to_path_buf()),
        files,
        skipped_links: Vec::new(),
    }
}

/// `lessons/…` from the stored path when it is a safe relative one, else from id and title.
fn lesson_path(lesson: &crate::storage::LegacyLesson) -> String {
    let stored = lesson.file_path.as_deref().map(|p| p.replace('\\', "/"));
    let safe = stored.filter(|p| {
        !p.starts_with('/')
            && !p
                .split('/')
                .any(|part| part == ".." || part.is_empty() || part.contains(':'))
    });
    match safe {
        Some(p) if p.starts_with("lessons/") => p,
        Some(p) => format!("lessons/{}", p.rsplit('/').next().unwrap_or(&p)),
        None => format!("lessons/{}-{}.md", lesson.lesson_id, slugify(&lesson.title)),
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
