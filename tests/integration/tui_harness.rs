//! Drives the TUI's `App` with no terminal: keys in, storage requests answered synchronously
//! by the same `serve` the worker thread uses, frames drawn on a ratatui `TestBackend`.

#![allow(dead_code)]

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use lectern::i18n::{Lang, Texts};
use lectern::services::{self, OpenOptions};
use lectern::storage::Store;
use lectern::tui::{
    App, AppEvent, AuthoringRequest, Keymap, StorageEvent, StorageRequest, SuspendTerminal, Theme,
    hand_off_in, serve_in,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub struct Harness {
    _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub store: Store,
    pub app: App,
    /// The `$EDITOR` command for `E`, served here as the runtime would (no terminal).
    pub external_editor: Option<String>,
    /// What the hand-off asked of the terminal, in order.
    pub terminal_log: Vec<&'static str>,
    /// The language the app was opened in: the worker's reports speak it too.
    pub texts: Texts,
}

/// A terminal that only records being suspended and resumed.
struct RecordingTerminal<'a>(&'a mut Vec<&'static str>);

impl SuspendTerminal for RecordingTerminal<'_> {
    fn suspend(&mut self) -> std::io::Result<()> {
        self.0.push("suspend");
        Ok(())
    }

    fn resume(&mut self) -> std::io::Result<()> {
        self.0.push("resume");
        Ok(())
    }
}

/// Every timestamp pinned, so snapshots do not change with the clock.
fn pin_clock(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "UPDATE content_pieces SET updated_at = '2026-01-02T03:04:05Z';
         UPDATE course_lessons SET updated_at = '2026-01-02T03:04:05Z';",
    )
    .unwrap();
}

impl Harness {
    /// A new database with the demo course, library loaded.
    pub fn demo() -> Harness {
        Harness::open(true, |_| {})
    }

    /// A database with no course, library loaded.
    pub fn empty() -> Harness {
        Harness::open(false, |_| {})
    }

    /// A new database, `setup` run on its store before the app starts.
    pub fn open(seed_demo: bool, setup: impl FnOnce(&mut Store)) -> Harness {
        Harness::open_in(Texts::new(Lang::En), seed_demo, setup)
    }

    /// [`Harness::open`] speaking `texts`' language, as the runtime starts the workbench: the
    /// keymap's descriptions and the theme's texts in that language.
    pub fn open_in(texts: Texts, seed_demo: bool, setup: impl FnOnce(&mut Store)) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lectern.db");
        let (mut store, _) = services::open_library(&path, OpenOptions { seed_demo }).unwrap();
        setup(&mut store);
        pin_clock(&path);
        let keymap = Keymap::defaults_in(texts).unwrap();
        let theme = Theme::new(true).with_texts(texts);
        let app = App::new(keymap, theme, "~/lectern/demo.db".into());
        let mut h = Harness {
            _dir: dir,
            path,
            store,
            app,
            external_editor: None,
            terminal_log: Vec::new(),
            texts,
        };
        let requests = h.app.start();
        h.answer(requests);
        h
    }

    /// Answers requests the way the worker would, including any follow-ups.
    pub fn answer(&mut self, requests: Vec<StorageRequest>) {
        for request in requests {
            let event = match (request, &self.external_editor) {
                (
                    StorageRequest::Authoring(AuthoringRequest::EditExternally { target, text }),
                    Some(editor),
                ) => {
                    let mut terminal = RecordingTerminal(&mut self.terminal_log);
                    let answer = hand_off_in(&mut terminal, self.texts, editor, target, &text);
                    StorageEvent::Authoring(answer)
                }
                (request, _) => serve_in(&mut self.store, self.texts, request),
            };
            let more = self.app.handle_event(AppEvent::Storage(event));
            self.answer(more);
        }
    }

    pub fn press(&mut self, code: KeyCode) -> &mut Harness {
        self.press_with(code, KeyModifiers::NONE)
    }

    pub fn press_with(&mut self, code: KeyCode, modifiers: KeyModifiers) -> &mut Harness {
        let requests = self.app.handle_key(KeyEvent::new(code, modifiers));
        self.answer(requests);
        self
    }

    /// Each character as one key press (`S` arrives with SHIFT, as terminals send it).
    pub fn keys(&mut self, text: &str) -> &mut Harness {
        for c in text.chars() {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            self.press_with(KeyCode::Char(c), modifiers);
        }
        self
    }

    /// One runtime tick (the search screen sends its query on it).
    pub fn tick(&mut self) -> &mut Harness {
        let requests = self.app.handle_event(AppEvent::Tick);
        self.answer(requests);
        self
    }

    /// Types `text` into whatever has focus (no SHIFT games: every character as typed).
    pub fn type_text(&mut self, text: &str) -> &mut Harness {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    /// A bracketed paste of `text`, as crossterm delivers it: one event.
    pub fn paste(&mut self, text: &str) -> &mut Harness {
        let requests = self
            .app
            .handle_event(AppEvent::Terminal(Event::Paste(text.to_string())));
        self.answer(requests);
        self
    }

    /// Tells the app the terminal's size, as the runtime does at start and on resize.
    pub fn resize(&mut self, width: u16, height: u16) -> &mut Harness {
        let requests = self
            .app
            .handle_event(AppEvent::Terminal(Event::Resize(width, height)));
        self.answer(requests);
        self
    }

    /// A left click on the cell at `(column, row)` of the terminal.
    pub fn click(&mut self, (column, row): (u16, u16)) -> &mut Harness {
        let mouse = MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        };
        let requests = self
            .app
            .handle_event(AppEvent::Terminal(Event::Mouse(mouse)));
        self.answer(requests);
        self
    }

    /// A left click on the first character of `needle` in the frame drawn at
    /// `width`×`height` (the size the app was last told).
    pub fn click_on(&mut self, width: u16, height: u16, needle: &str) -> &mut Harness {
        let at = self.find(width, height, needle);
        self.click(at)
    }

    /// The cell where `needle` first appears in the frame drawn at `width`×`height`.
    pub fn find(&self, width: u16, height: u16, needle: &str) -> (u16, u16) {
        let text = text_of(&self.buffer(width, height));
        for (row, line) in text.lines().enumerate() {
            if let Some(at) = line.find(needle) {
                let column = unicode_width::UnicodeWidthStr::width(&line[..at]);
                return (column as u16, row as u16);
            }
        }
        panic!("{needle:?} is not on screen:\n{text}");
    }

    pub fn buffer(&self, width: u16, height: u16) -> Buffer {
        draw(&self.app, width, height)
    }

    /// The frame as text (symbols only; styles are checked separately).
    pub fn screen(&self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| self.app.render(f)).unwrap();
        terminal.backend().to_string()
    }
}

pub fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    terminal.backend().buffer().clone()
}

/// The text of a buffer, one line per row, trailing spaces kept (wide glyphs once).
pub fn text_of(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// Stores a course `slug` titled `title` with one lesson 1.1 (`lesson_title`, `text`), scored
/// with the default rubric: the smallest library a screen test can open.
pub fn one_lesson_course(
    store: &mut Store,
    slug: &str,
    title: &str,
    lesson_title: &str,
    text: &str,
) {
    use lectern::domain::course::{CourseStatus, LessonStatus};
    use lectern::domain::rubric::{Rubric, score_lesson};
    use lectern::storage::{LessonRecord, NewCourse, StoreError};
    store
        .write(|repo| {
            let id = repo.create_course(&NewCourse {
                slug: slug.into(),
                title: title.into(),
                subtitle: None,
                keywords: vec![],
                status: CourseStatus::Draft,
            })?;
            let score = score_lesson(text, Rubric::default());
            repo.upsert_lessons(
                id,
                &[LessonRecord {
                    lesson_id: "1.1".into(),
                    module_number: Some(1),
                    lesson_number: Some(1),
                    sort_order: 1,
                    title: lesson_title.into(),
                    slug: None,
                    content_markdown: Some(text.into()),
                    word_count: score.word_count as u32,
                    bloom_level: None,
                    learning_objectives: vec![],
                    key_concepts: vec![],
                    duration_minutes: None,
                    status: LessonStatus::Draft,
                    file_path: None,
                    content_sha256: None,
                    source_encoding: None,
                    score: Some(services::score_record(&score)),
                }],
            )?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
}

/// Stores the course `planilhas` with the authoring fixture's curriculum and no lesson text:
/// every lesson planned, ready to approve and generate.
pub fn planned_course(store: &mut Store) {
    use lectern::services::authoring::{self, NewCourseRequest};
    authoring::create_course(
        store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Planilhas".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
    authoring::save_curriculum(
        store,
        "planilhas",
        include_str!("../fixtures/authoring/curriculum.yaml"),
    )
    .unwrap();
}
