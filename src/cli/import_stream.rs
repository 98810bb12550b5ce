//! `lectern import`'s output, written course by course as each is stored, so a run over a
//! thousand courses keeps no course's warnings once they are printed (issue 16: memory does
//! not grow with the folder).
//!
//! The JSON document is byte for byte what `serde_json::to_writer_pretty` makes of the whole
//! [`ImportRun`]: each course is pretty-printed alone and indented to its place (pretty JSON
//! breaks lines only between tokens; a string's newlines are escaped). A reader that closes
//! the pipe early does not stop the import: writing stops, storing goes on, and the error is
//! returned at the end.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use crate::i18n::Texts;
use crate::services::{CourseImport, ImportOutcome, ImportRun};
use crate::tr;

use super::output::{Paint, shown};

/// Where the courses go and how they are written.
pub struct CourseStream<W: Write> {
    out: W,
    json: bool,
    dry_run: bool,
    paint: Paint,
    texts: Texts,
    courses: usize,
    /// The first write error; nothing more is written after it.
    failed: Option<io::Error>,
}

impl<W: Write> CourseStream<W> {
    pub fn new(out: W, json: bool, dry_run: bool, paint: Paint, texts: Texts) -> Self {
        let mut stream = CourseStream {
            out,
            json,
            dry_run,
            paint,
            texts,
            courses: 0,
            failed: None,
        };
        if json {
            stream.write(&format!("{{\n  \"dry_run\": {dry_run},\n  \"courses\": ["));
        }
        stream
    }

    /// Writes one stored (or, in a dry run, planned) course.
    pub fn course(&mut self, course: &CourseImport) {
        let text = if self.json {
            let separator = if self.courses == 0 { "\n" } else { ",\n" };
            format!("{separator}{}", indented(&pretty(course), 4))
        } else {
            human_course(course, self.dry_run, self.paint, self.texts)
        };
        self.courses += 1;
        self.write(&text);
    }

    /// Ends the document (JSON: the refused courses; people read those on stderr) and
    /// returns the first write error, if any.
    pub fn finish(mut self, run: &ImportRun) -> io::Result<()> {
        if self.json {
            let close = if self.courses == 0 { "]" } else { "\n  ]" };
            let refused = indented(&pretty(&run.refused), 2);
            self.write(&format!(
                "{close},\n  \"refused\": {}\n}}\n",
                refused.trim_start()
            ));
        }
        if self.failed.is_none()
            && let Err(e) = self.out.flush()
        {
            self.failed = Some(e);
        }
        self.failed.map_or(Ok(()), Err)
    }

    fn write(&mut self, text: &str) {
        if self.failed.is_none()
            && let Err(e) = self.out.write_all(text.as_bytes())
        {
            self.failed = Some(e);
        }
    }
}

fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    // Serializing plain structs of strings and numbers into memory cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// `text` with every line moved right by `spaces`.
fn indented(text: &str, spaces: usize) -> String {
    let pad = " ".repeat(spaces);
    let mut out = String::with_capacity(text.len() + text.lines().count() * spaces);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&pad);
        out.push_str(line);
    }
    out
}

/// A course's lines in the human report: its outcome, then each warning prefixed by the
/// course so a folder of courses' output reads line by line.
fn human_course(c: &CourseImport, dry_run: bool, paint: Paint, t: Texts) -> String {
    let outcome = match (dry_run, c.outcome) {
        (true, _) => "would-import",
        (false, ImportOutcome::Created) => "created",
        (false, ImportOutcome::Updated) => "updated",
        (false, ImportOutcome::Skipped) => "skipped",
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} — {}",
        paint.bold(&c.slug),
        shown(&c.title),
        tr!(
            t,
            "import-course",
            outcome = outcome,
            lessons = c.lessons,
            planned = c.planned,
            warnings = c.warnings.len()
        )
    );
    if let Some(v) = c.saved_version {
        let _ = writeln!(
            out,
            "  {}",
            tr!(t, "import-replaced", n = v, slug = c.slug.as_str())
        );
    }
    if c.kept > 0 {
        let _ = writeln!(out, "  {}", tr!(t, "import-kept", n = c.kept));
    }
    for w in &c.warnings {
        let at = w
            .issue
            .line_start
            .map(|l| format!(":{l}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {} {}: {}{at}: {}",
            paint.warn(&tr!(t, "severity-warning")),
            shown(&c.slug),
            shown(&w.file),
            shown(&t.issue_message(&w.issue))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::issue::{Issue, Severity};
    use crate::i18n::Lang;
    use crate::services::{ImportWarning, Refused};

    fn course(slug: &str, warnings: usize) -> CourseImport {
        CourseImport {
            slug: slug.into(),
            title: format!("Curso \"{slug}\"\nlinha 2"),
            outcome: ImportOutcome::Created,
            lessons: 3,
            planned: 1,
            warnings: (0..warnings)
                .map(|i| ImportWarning {
                    file: format!("lessons/{i}.md"),
                    issue: Issue {
                        code: "IMPORT-UTF16".into(),
                        severity: Severity::Warning,
                        element: "encoding".into(),
                        message: "read as UTF-16".into(),
                        hint: "save as UTF-8".into(),
                        line_start: Some(1),
                        line_end: Some(1),
                        args: Default::default(),
                    },
                })
                .collect(),
            saved_version: Some(2),
            kept: 0,
        }
    }

    fn streamed(run: &ImportRun) -> String {
        let mut bytes = Vec::new();
        let paint = Paint::plain();
        let mut stream =
            CourseStream::new(&mut bytes, true, run.dry_run, paint, Texts::new(Lang::En));
        for c in &run.courses {
            stream.course(c);
        }
        stream.finish(run).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn the_streamed_json_is_the_whole_runs_pretty_document() {
        let refused = |n: usize| {
            (0..n)
                .map(|i| Refused {
                    path: format!("x{i}"),
                    error: format!("x{i}: curriculum.yaml:3:1: bad"),
                    said: None,
                })
                .collect::<Vec<_>>()
        };
        for (courses, refused_n, dry_run) in [
            (vec![], 0, false),
            (vec![], 2, true),
            (vec![course("a", 0)], 0, false),
            (
                vec![course("a", 2), course("b", 0), course("c", 1)],
                1,
                false,
            ),
        ] {
            let run = ImportRun {
                dry_run,
                courses,
                refused: refused(refused_n),
            };
            let whole = format!("{}\n", serde_json::to_string_pretty(&run).unwrap());
            assert_eq!(streamed(&run), whole);
        }
    }

    /// A writer whose reader went away after `left` bytes.
    struct Closing {
        left: usize,
        written: Vec<u8>,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_stops_the_writing_and_is_reported_at_the_end() {
        let mut out = Closing {
            left: 10,
            written: Vec::new(),
        };
        let mut stream =
            CourseStream::new(&mut out, false, false, Paint::plain(), Texts::new(Lang::En));
        for slug in ["a", "b", "c"] {
            stream.course(&course(slug, 1));
        }
        let err = stream.finish(&ImportRun::default()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(out.written.len(), 10);
    }

    #[test]
    fn the_human_lines_name_the_course_on_every_warning() {
        let text = human_course(&course("a", 2), false, Paint::plain(), Texts::new(Lang::En));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[0].starts_with("a Curso"), "{text}");
        assert!(lines[2].contains("a: lessons/0.md:1:"), "{text}");
        assert!(lines[3].contains("a: lessons/1.md:1:"), "{text}");
    }
}
