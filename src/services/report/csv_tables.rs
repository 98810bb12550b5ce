//! `lectern report --csv DIR`: the per-lesson and per-module tables (and, for the library, the
//! per-course one) as CSV files a spreadsheet opens.

use std::path::{Path, PathBuf};

use crate::domain::said::Said;
use crate::services::analytics::{Analytics, Scope, lesson_table};
use crate::services::{ServiceError, write_file_atomically};
use crate::storage::Store;

/// The files written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CsvWritten {
    pub files: Vec<PathBuf>,
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

fn rate(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.4}"))
}

fn mean(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.2}"))
}

/// Writes `lessons.csv`, `modules.csv` and (library) `courses.csv` into `dir` (created).
/// The CSV writer's own sentence, quoted after the file's name.
fn csv_error(name: &str, e: &dyn std::fmt::Display) -> ServiceError {
    ServiceError::refused(
        Said::new("err-at")
            .with("label", name)
            .with("error", e.to_string()),
    )
}

pub fn write_csv_tables(
    store: &Store,
    a: &Analytics,
    dir: &Path,
) -> Result<CsvWritten, ServiceError> {
    std::fs::create_dir_all(dir).map_err(|e| {
        ServiceError::refused(
            Said::new("err-fs-create")
                .with("path", dir)
                .with("error", &e),
        )
    })?;
    let mut files = Vec::new();
    let mut write = |name: &str, rows: Vec<Vec<String>>| -> Result<(), ServiceError> {
        let mut w = csv::Writer::from_writer(Vec::new());
        for row in rows {
            w.write_record(&row).map_err(|e| csv_error(name, &e))?;
        }
        let bytes = w.into_inner().map_err(|e| csv_error(name, &e))?;
        let path = dir.join(name);
        write_file_atomically(&path, &bytes, true)?;
        files.push(path);
        Ok(())
    };
    let lessons = match &a.scope {
        Scope::Course(_) => a.lessons.clone(),
        Scope::Library => lesson_table(store, &Scope::Library)?,
    };
    let mut rows = vec![
        [
            "course",
            "lesson_id",
            "title",
            "module",
            "gps",
            "didatica",
            "status",
            "origin",
            "revisions",
            "views",
            "completion_rate",
            "rating",
        ]
        .map(String::from)
        .to_vec(),
    ];
    rows.extend(lessons.iter().map(|l| {
        vec![
            l.course.clone(),
            l.lesson_id.clone(),
            l.title.clone(),
            opt(l.module),
            opt(l.gps),
            opt(l.didatica),
            l.status.clone().unwrap_or_default(),
            l.origin.clone().unwrap_or_default(),
            l.history.len().to_string(),
            opt(l.views),
            rate(l.completion),
            mean(l.rating),
        ]
    }));
    write("lessons.csv", rows)?;
    let f = &a.figures;
    let mut rows = vec![
        [
            "course",
            "module",
            "lessons",
            "scored",
            "passed",
            "pass_rate",
            "gps_mean",
            "didatica_mean",
        ]
        .map(String::from)
        .to_vec(),
    ];
    rows.extend(f.modules.iter().map(|m| {
        vec![
            m.course.clone(),
            opt(m.module),
            m.lessons.to_string(),
            m.scored.to_string(),
            m.passed.to_string(),
            rate(m.pass_rate),
            mean(m.gps_mean),
            mean(m.didatica_mean),
        ]
    }));
    write("modules.csv", rows)?;
    if f.course.is_none() {
        let mut rows = vec![
            [
                "course",
                "lessons",
                "scored",
                "passed",
                "pass_rate",
                "gps_mean",
                "didatica_mean",
            ]
            .map(String::from)
            .to_vec(),
        ];
        rows.extend(f.per_course.iter().map(|c| {
            vec![
                c.course.clone(),
                c.lessons.to_string(),
                c.scored.to_string(),
                c.passed.to_string(),
                rate(c.pass_rate),
                mean(c.gps_mean),
                mean(c.didatica_mean),
            ]
        }));
        write("courses.csv", rows)?;
    }
    Ok(CsvWritten { files })
}
