//! `lectern performance import FILE.csv`: per-lesson figures exported from a course platform
//! into `content_performance`, all or nothing in one transaction.
//!
//! The header names the columns (synonyms and Portuguese accepted: `domain::analytics::Column`);
//! the delimiter is whichever of `,` `;` or tab the header uses most. Lessons are matched by
//! course slug + lesson id, else by title (within the course when one is named). A value that
//! does not parse stops the import at its line and column; rows that match no lesson are
//! listed by line, and nothing is stored unless the caller accepts skipping them.

use std::collections::HashMap;
use std::path::Path;

use crate::domain::analytics::{Column, parse_count, parse_rate, parse_rating, parse_seconds};
use crate::domain::said::Said;
use crate::domain::text::decode;
use crate::storage::{PerformanceRecord, Store, StoreError};

use super::lesson_match::KeyIndex;

use super::super::ServiceError;

/// Why an import stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum PerformanceImportError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{file}: line 1 (header): {}", crate::i18n::Texts::default().said(message))]
    Header { file: String, message: Said },
    #[error("{file}: line {line}, column {column} `{header}`: {message}; nothing was imported")]
    Malformed {
        file: String,
        line: u64,
        column: usize,
        header: String,
        message: String,
    },
    #[error("{file}: line {line}: {}; nothing was imported", crate::i18n::Texts::default().said(message))]
    Row {
        file: String,
        line: u64,
        message: Said,
    },
    #[error("{}", unmatched_message(file, rows))]
    Unmatched {
        file: String,
        rows: Vec<UnmatchedRow>,
    },
    #[error(transparent)]
    Service(#[from] ServiceError),
}

fn unmatched_message(file: &str, rows: &[UnmatchedRow]) -> String {
    let mut out = format!(
        "{file}: {} row(s) match no lesson; nothing was imported (fix them, or pass \
         --skip-unmatched to import the rest)",
        rows.len()
    );
    for r in rows {
        out.push_str(&format!("\n  line {}: `{}`: {}", r.line, r.named, r.reason));
    }
    out
}

impl From<StoreError> for PerformanceImportError {
    fn from(e: StoreError) -> Self {
        PerformanceImportError::Service(e.into())
    }
}

/// A row that names no stored lesson.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UnmatchedRow {
    pub line: u64,
    /// What the row named: `course/lesson id` or the title.
    pub named: String,
    /// Why, in English (as logged and in `--json`).
    pub reason: String,
    /// `reason` as data, for the front ends to say in the reader's language.
    #[serde(skip)]
    pub reason_said: Said,
}

/// What an import stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ImportedPerformance {
    pub file: String,
    /// Lessons whose figures were stored (replacing what they had).
    pub lessons: usize,
    /// Rows skipped because they match no lesson (only with `skip_unmatched`).
    pub unmatched: Vec<UnmatchedRow>,
    /// Header cells Lectern does not read.
    pub ignored_columns: Vec<String>,
}

/// Reads `path` and imports it (see `import_performance`).
pub fn import_performance_file(
    store: &mut Store,
    path: &Path,
    skip_unmatched: bool,
) -> Result<ImportedPerformance, PerformanceImportError> {
    let bytes = std::fs::read(path).map_err(|source| PerformanceImportError::Read {
        path: path.display().to_string(),
        source,
    })?;
    import_performance(store, &path.display().to_string(), &bytes, skip_unmatched)
}

/// A sentence of the CSV reader, quoted as written.
fn quoted(e: &csv::Error) -> Said {
    Said::new("err-text").with("text", e.to_string())
}

pub(super) struct ParsedRow {
    pub(super) line: u64,
    pub(super) course: Option<String>,
    pub(super) lesson_id: Option<String>,
    pub(super) title: Option<String>,
    pub(super) record: PerformanceRecord,
}

/// Imports a CSV export (`file` names it in messages and in each row's `source`). One
/// transaction: a malformed row or (unless `skip_unmatched`) an unmatched one stores nothing.
pub fn import_performance(
    store: &mut Store,
    file: &str,
    bytes: &[u8],
    skip_unmatched: bool,
) -> Result<ImportedPerformance, PerformanceImportError> {
    let text = decode(bytes).text;
    let header_err = |message: Said| PerformanceImportError::Header {
        file: file.to_string(),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| header_err(quoted(&e)))?
        .clone();
    let mut columns: Vec<Option<Column>> = Vec::new();
    let mut ignored = Vec::new();
    for cell in headers.iter() {
        let column = Column::from_header(cell);
        if column.is_some() && columns.contains(&column) {
            return Err(header_err(
                Said::new("err-performance-two-columns")
                    .with("column", column.map_or("", Column::name))
                    .with("cell", cell),
            ));
        }
        if column.is_none() && !cell.trim().is_empty() {
            ignored.push(cell.to_string());
        }
        columns.push(column);
    }
    let has = |c: Column| columns.contains(&Some(c));
    if !(has(Column::LessonId) || has(Column::Title)) {
        return Err(header_err(
            Said::new("err-performance-no-lesson-column").with("names", accepted_names()),
        ));
    }
    let metrics = [
        Column::Views,
        Column::Visitors,
        Column::Completions,
        Column::CompletionRate,
        Column::Rating,
        Column::AvgTime,
    ];
    if !metrics.iter().any(|&c| has(c)) {
        return Err(header_err(
            Said::new("err-performance-no-figures").with("names", accepted_names()),
        ));
    }

    let mut parsed = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| PerformanceImportError::Row {
            file: file.to_string(),
            line: e.position().map_or(0, |p| p.line()),
            message: quoted(&e),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            return Err(PerformanceImportError::Row {
                file: file.to_string(),
                line,
                message: Said::new("err-performance-too-many-fields")
                    .with("fields", record.len())
                    .with("header", headers.len()),
            });
        }
        parsed.push(parse_row(file, line, &record, &headers, &columns)?);
    }

    store.write(|repo| {
        let keys = repo.lesson_keys(None)?;
        let index = KeyIndex::new(&keys);
        let mut unmatched = Vec::new();
        let mut seen: HashMap<i64, u64> = HashMap::new();
        let mut matched = Vec::new();
        for row in parsed {
            match index.find(&row) {
                Ok(key) => {
                    if let Some(first) = seen.insert(key.row_id, row.line) {
                        return Err(PerformanceImportError::Row {
                            file: file.to_string(),
                            line: row.line,
                            message: Said::new("err-performance-twice")
                                .with("lesson", format!("{}/{}", key.course_slug, key.lesson_id))
                                .with("first", first.to_string()),
                        });
                    }
                    let mut record = row.record;
                    record.course = key.course;
                    record.lesson_row_id = key.row_id;
                    matched.push(record);
                }
                Err(reason) => unmatched.push(UnmatchedRow {
                    line: row.line,
                    named: row.named(),
                    reason: crate::i18n::Texts::default().said(&reason),
                    reason_said: reason,
                }),
            }
        }
        if !unmatched.is_empty() && !skip_unmatched {
            return Err(PerformanceImportError::Unmatched {
                file: file.to_string(),
                rows: unmatched,
            });
        }
        for record in &matched {
            repo.replace_performance(record)?;
        }
        Ok(ImportedPerformance {
            file: file.to_string(),
            lessons: matched.len(),
            unmatched,
            ignored_columns: ignored,
        })
    })
}

impl ParsedRow {
    fn named(&self) -> String {
        match (&self.course, &self.lesson_id, &self.title) {
            (Some(c), Some(l), _) => format!("{c}/{l}"),
            (_, _, Some(t)) => t.clone(),
            (None, Some(l), None) => l.clone(),
            _ => String::new(),
        }
    }
}

fn parse_row(
    file: &str,
    line: u64,
    record: &csv::StringRecord,
    headers: &csv::StringRecord,
    columns: &[Option<Column>],
) -> Result<ParsedRow, PerformanceImportError> {
    let mut row = ParsedRow {
        line,
        course: None,
        lesson_id: None,
        title: None,
        record: PerformanceRecord {
            course: crate::storage::CourseId(0),
            lesson_row_id: 0,
            views: None,
            unique_visitors: None,
            completions: None,
            completion_rate: None,
            avg_rating: None,
            avg_time_seconds: None,
            source: format!("{file}:{line}"),
        },
    };
    for (i, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let cell = record.get(i).unwrap_or("");
        let bad = |message: String| PerformanceImportError::Malformed {
            file: file.to_string(),
            line,
            column: i + 1,
            header: headers.get(i).unwrap_or("").to_string(),
            message,
        };
        let text = || (!cell.trim().is_empty()).then(|| cell.trim().to_string());
        let r = &mut row.record;
        match column {
            Column::Course => row.course = text(),
            Column::LessonId => row.lesson_id = text(),
            Column::Title => row.title = text(),
            Column::Views => r.views = parse_count(cell).map_err(bad)?,
            Column::Visitors => r.unique_visitors = parse_count(cell).map_err(bad)?,
            Column::Completions => r.completions = parse_count(cell).map_err(bad)?,
            Column::CompletionRate => r.completion_rate = parse_rate(cell).map_err(bad)?,
            Column::Rating => r.avg_rating = parse_rating(cell).map_err(bad)?,
            Column::AvgTime => r.avg_time_seconds = parse_seconds(cell).map_err(bad)?,
        }
    }
    let r = &mut row.record;
    // A platform that exports completions and views but no rate: the rate is their ratio.
    if r.completion_rate.is_none()
        && let (Some(done), Some(views)) = (r.completions, r.views)
        && views > 0
    {
        if done > views {
            return Err(PerformanceImportError::Row {
                file: file.to_string(),
                line,
                message: Said::new("err-performance-completions")
                    .with("done", done)
                    .with("views", views),
            });
        }
        r.completion_rate = Some(done as f64 / views as f64);
    }
    if row.lesson_id.is_none() && row.title.is_none() {
        return Err(PerformanceImportError::Row {
            file: file.to_string(),
            line,
            message: Said::new("err-performance-names-no-lesson"),
        });
    }
    Ok(row)
}

/// The delimiter the header line uses most (`,` when it uses none).
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut best = (b',', 0);
    for d in [b',', b';', b'\t'] {
        let n = header.bytes().filter(|&b| b == d).count();
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

fn accepted_names() -> String {
    Column::accepted()
        .map(|(c, names)| format!("{}: {}", c.name(), names.join(" / ")))
        .collect::<Vec<_>>()
        .join("; ")
}
