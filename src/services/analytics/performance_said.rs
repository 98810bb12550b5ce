//! A performance import's refusal as data (`src/domain/said.rs`), so the CLI says it in the
//! reader's language. The value parsers' and the CSV reader's sentences, and why a row
//! matched no lesson, are quoted as written.

use crate::domain::said::Said;

use super::performance_import::{PerformanceImportError, UnmatchedRow};

impl PerformanceImportError {
    pub fn said(&self) -> Option<Said> {
        Some(match self {
            PerformanceImportError::Read { path, source } => Said::new("err-cannot-read")
                .with("path", path)
                .with("error", source),
            PerformanceImportError::Header { file, message } => Said::new("err-performance-header")
                .with("file", file)
                .with("message", message.clone()),
            PerformanceImportError::Malformed {
                file,
                line,
                column,
                header,
                message,
            } => Said::new("err-performance-malformed")
                .with("file", file)
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("header", header)
                .with("message", message),
            PerformanceImportError::Row {
                file,
                line,
                message,
            } => Said::new("err-performance-row")
                .with("file", file)
                .with("line", line.to_string())
                .with("message", message.clone()),
            PerformanceImportError::Unmatched { file, rows } => {
                Said::new("err-performance-unmatched")
                    .with("file", file)
                    .with("count", rows.len())
                    .with("rows", listed_rows(rows))
            }
            PerformanceImportError::Service(e) => return e.said(),
        })
    }
}

/// One `\n  line N: `named`: reason` per row, as nested sentences (the last one has no rest).
fn listed_rows(rows: &[UnmatchedRow]) -> Said {
    rows.iter()
        .rev()
        .fold(Said::new("err-text").with("text", ""), |rest, r| {
            Said::new("err-performance-unmatched-row")
                .with("line", r.line.to_string())
                .with("named", &r.named)
                .with("reason", r.reason_said.clone())
                .with("rest", rest)
        })
}
