//! Drawing the course screen: header, curriculum tree, lesson summary; and mapping a mouse
//! click back to a tree row or a pane with the same geometry. Read-only over `CourseScreen`;
//! builds only the visible tree rows. Must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ListWindow, gps_badge};

use crate::tui::screens::course::labels::{bloom, bloom_short, editorial, status_text};

use crate::tui::screens::course::model::{CourseModel, TreeRow};
use crate::tui::screens::course::{CourseAction, CourseCommand, CoursePane, CourseScreen};
use crate::tui::widgets::lesson_facts::{LessonFacts, severity_marker, severity_style};

/// Issues listed in the summary before "… n more".
const TOP_ISSUES: usize = 5;

/// Where the loaded course screen draws its parts; render and clicks both use it.
struct CourseLayout {
    header: Rect,
    tree: Rect,
    summary: Rect,
}

/// What marks a lesson (and the header) that sync left in conflict.
const CONFLICT_BADGE: &str = "⇅! ";
impl CourseLayout {
    fn new(area: Rect) -> CourseLayout {
        let [header, body] = area.layout(&Layout::vertical([
            Constraint::Length(3),
            Constraint::Min(0),
        ]));
        let [tree, summary] = body.layout(&Layout::horizontal([
            Constraint::Percentage(60),
            Constraint::Percentage(40),
        ]));
        CourseLayout {
            header,
            tree,
            summary,
        }
    }
}

impl CourseScreen {
    /// The action for a left click at `at` on the screen drawn over `area`: a lesson row
    /// selects it (and focuses the tree), anywhere else in a pane focuses that pane.
    pub fn click(&self, at: Position, area: Rect) -> Option<CourseAction> {
        self.model.as_ref()?;
        let layout = CourseLayout::new(area);
        if layout.summary.contains(at) {
            return Some(CourseAction::Command(CourseCommand::FocusRight));
        }
        if !layout.tree.contains(at) {
            return None;
        }
        let row = self.tree_window(layout.tree).item_at(at);
        Some(match row {
            Some(row) if matches!(self.rows.get(row), Some(TreeRow::Lesson(_))) => {
                CourseAction::Select(row)
            }
            _ => CourseAction::Command(CourseCommand::FocusLeft),
        })
    }

    fn tree_window(&self, tree: Rect) -> ListWindow {
        ListWindow::bordered(tree, self.rows.len(), self.selected, 1)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let Some(model) = &self.model else {
            let text = self.error.as_deref().map_or_else(
                || tr!(t, "tui-course-loading", slug = self.slug()),
                |e| tr!(t, "tui-course-load-error", slug = self.slug(), error = e),
            );
            frame.render_widget(Paragraph::new(text).block(Block::bordered()), area);
            return;
        };
        let layout = CourseLayout::new(area);
        let header = Paragraph::new(self.header_lines(model, theme));
        frame.render_widget(header, layout.header);
        self.render_tree(frame, layout.tree, model, theme);
        self.render_summary(frame, layout.summary, theme);
    }

    fn header_lines(&self, model: &CourseModel, theme: &Theme) -> Vec<Line<'static>> {
        let t = theme.texts;
        let s = &model.stats;
        let mut title = vec![Span::styled(model.title.clone(), theme.title)];
        if let Some(sub) = &model.subtitle {
            title.push(Span::styled(format!(" — {sub}"), theme.dim));
        }
        // On the title line, which is short, so no width cuts it off.
        if self.conflicts > 0 {
            title.push(Span::styled(
                format!(
                    "  {CONFLICT_BADGE}{}",
                    tr!(t, "tui-course-conflicts", n = self.conflicts)
                ),
                theme.error,
            ));
        }
        if self.messages > 0 {
            title.push(Span::styled(
                format!("  {}", tr!(t, "tui-course-messages", n = self.messages)),
                theme.score_warn,
            ));
        }
        let avg = |v: Option<f64>, max: u32| {
            v.map_or_else(|| "–".to_string(), |v| format!("{v:.0}/{max}"))
        };
        let rate = s
            .pass_rate()
            .map_or_else(|| "–".into(), |r| format!("{r:.0}%"));
        let mut stats = Vec::new();
        // First on its line, so a narrow terminal cuts the averages, not the voice.
        if let Some(persona) = &model.persona {
            stats.push(Span::styled(
                tr!(t, "tui-course-voice", persona = persona.as_str()),
                theme.title,
            ));
            stats.push(Span::styled(" · ", theme.dim));
        }
        stats.extend([
            Span::raw(tr!(t, "tui-course-lessons", n = s.lessons)),
            Span::styled(" · ", theme.dim),
            Span::raw(tr!(t, "tui-course-gps-avg", avg = avg(s.avg_gps, 30))),
            Span::styled(" · ", theme.dim),
            Span::styled(
                tr!(t, "tui-course-didatica-avg", avg = avg(s.avg_didatica, 100)),
                s.avg_didatica
                    .map_or(theme.dim, |v| theme.didatica(v.round() as u32)),
            ),
            Span::styled(" · ", theme.dim),
            Span::raw(tr!(t, "tui-course-pass-rate", rate = rate)),
            Span::styled(format!("✓{}", s.passed), theme.score_good),
            Span::raw(" "),
            Span::styled(format!("!{}", s.warning), theme.score_warn),
            Span::raw(" "),
            Span::styled(format!("✗{}", s.failed), theme.failure),
        ]);
        if s.draft > 0 {
            stats.push(Span::styled(
                tr!(t, "tui-course-drafts", n = s.draft),
                theme.score_warn,
            ));
        }
        if s.planned > 0 {
            stats.push(Span::styled(
                tr!(t, "tui-course-planned", n = s.planned),
                theme.dim,
            ));
        }
        let checks =
            crate::tui::screens::course::header::checks_line(self.checks.as_deref(), theme);
        vec![Line::from(title), Line::from(stats), checks]
    }

    fn render_tree(&self, frame: &mut Frame, area: Rect, model: &CourseModel, theme: &Theme) {
        let t = theme.texts;
        let focused = self.focus == CoursePane::Tree;
        let title = t.get(if self.failing_only {
            "tui-course-tree-failing"
        } else {
            "tui-course-tree"
        });
        let block = Block::bordered()
            .title(Span::styled(title, theme.title))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        if self.rows.is_empty() {
            let text = t.get(if self.failing_only {
                "tui-course-no-failing"
            } else {
                "tui-course-no-lessons"
            });
            frame.render_widget(
                Paragraph::new(text)
                    .wrap(ratatui::widgets::Wrap { trim: true })
                    .block(block),
                area,
            );
            return;
        }
        let window = self.tree_window(area).range();
        let rows = self.rows[window.clone()].iter().map(|row| match *row {
            TreeRow::Module(number) => {
                let (ok, scored) = model.module_counts(number);
                Row::new(vec![
                    Cell::from(Span::styled(model.module_heading(number, t), theme.header)),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(Span::styled(format!("{ok}/{scored}✓"), theme.dim)),
                ])
            }
            TreeRow::Lesson(i) => {
                let facts = &model.facts[i];
                lesson_row(facts, self.is_conflicted(&facts.lesson_id), theme)
            }
        });
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(4),
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Length(5),
        ];
        let table = Table::new(rows, widths)
            .block(block)
            .row_highlight_style(if focused {
                theme.selection
            } else {
                Style::new()
            })
            .highlight_symbol("▶");
        let mut state = TableState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(table, area, &mut state);
    }

    fn render_summary(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let focused = self.focus == CoursePane::Summary;
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-course-summary"), theme.title))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        let lines = match self.selected_lesson() {
            Some(facts) => summary_lines(facts, theme),
            None => vec![Line::styled(t.get("tui-course-select"), theme.dim)],
        };
        let paragraph = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((self.summary_scroll, 0));
        frame.render_widget(paragraph, area);
    }
}

/// A lesson's tree row; `conflicted`: sync left a conflict on it (`⇅!` before its id, in the
/// error style, so it reads without colour too).
fn lesson_row(f: &LessonFacts, conflicted: bool, theme: &Theme) -> Row<'static> {
    let t = theme.texts;
    let marker = status_text(t, f).chars().next().unwrap_or(' ');
    let mut spans = vec![Span::styled(format!("{marker} "), f.status_style(theme))];
    if conflicted {
        spans.push(Span::styled(CONFLICT_BADGE, theme.error));
    }
    spans.push(Span::raw(format!("{} {}", f.lesson_id, f.title)));
    let title = Line::from(spans);
    if f.status.is_none() {
        return Row::new(vec![
            Cell::from(title),
            Cell::from(""),
            Cell::from(""),
            Cell::from(bloom_short(t, &f.bloom)),
            Cell::from(if f.is_planned() {
                t.get("tui-course-cell-planned")
            } else {
                "–".to_string()
            }),
        ])
        .style(theme.dim);
    }
    Row::new(vec![
        Cell::from(title),
        Cell::from(gps_badge(f.gps_valid, f.present, theme)),
        Cell::from(
            Line::styled(
                f.didatica_points.to_string(),
                theme.didatica(f.didatica_points),
            )
            .right_aligned(),
        ),
        Cell::from(bloom_short(t, &f.bloom)),
        Cell::from(Span::styled(editorial(t, &f.editorial, true), theme.dim)),
    ])
}

fn summary_lines(f: &LessonFacts, theme: &Theme) -> Vec<Line<'static>> {
    let t = theme.texts;
    let mut lines = vec![
        Line::styled(format!("{} {}", f.lesson_id, f.title), theme.title),
        Line::from(vec![
            Span::styled(status_text(t, f), f.status_style(theme)),
            Span::styled(
                format!(
                    " · {} · Bloom {}",
                    editorial(t, &f.editorial, false),
                    bloom(t, &f.bloom)
                ),
                theme.dim,
            ),
        ]),
    ];
    if f.is_planned() {
        lines.push(Line::raw(t.get("tui-course-planned-no-content")));
        return lines;
    }
    if f.status.is_none() {
        lines.push(Line::raw(t.get("tui-course-not-scored-yet")));
        return lines;
    }
    let letters: Vec<Span> = ["G", "P", "S"]
        .iter()
        .zip(f.present)
        .flat_map(|(letter, present)| {
            let (mark, style) = if present {
                ("✓", theme.score_good)
            } else {
                ("✗", theme.failure)
            };
            [Span::raw(format!(" {letter}")), Span::styled(mark, style)]
        })
        .collect();
    let mut gps = vec![
        Span::raw(format!("GPS {}/30 ", f.gps_points)),
        gps_badge(f.gps_valid, f.present, theme),
        Span::styled(" ·", theme.dim),
    ];
    gps.extend(letters);
    lines.push(Line::from(gps));
    lines.push(Line::from(vec![
        Span::raw("Didática "),
        Span::styled(
            format!("{}/100", f.didatica_points),
            theme.didatica(f.didatica_points),
        ),
        Span::styled(t.get("tui-course-passes-at"), theme.dim),
    ]));
    lines.push(Line::raw(tr!(
        t,
        "tui-course-words",
        words = f.words,
        minutes = f.minutes
    )));
    lines.push(Line::raw(""));
    if f.issues.is_empty() {
        lines.push(Line::styled(
            t.get("tui-course-no-issues"),
            theme.score_good,
        ));
        return lines;
    }
    lines.push(Line::styled(
        tr!(t, "tui-course-top-issues", n = f.issues.len()),
        theme.header,
    ));
    for issue in f.issues.iter().take(TOP_ISSUES) {
        let at = issue
            .line_start
            .map(|l| format!(" L{l}"))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", severity_marker(issue.severity)),
                severity_style(issue.severity, theme),
            ),
            Span::styled(format!("{}{at} ", issue.code), theme.dim),
            Span::raw(issue_message(t, issue)),
        ]));
    }
    if f.issues.len() > TOP_ISSUES {
        lines.push(Line::styled(
            tr!(t, "tui-course-more-issues", n = f.issues.len() - TOP_ISSUES),
            theme.dim,
        ));
    }
    lines
}

/// An issue's message: English as stored (sanitised when the facts were read), pt-BR from its
/// code and values (English for an issue stored without them).
fn issue_message(t: Texts, issue: &crate::domain::issue::Issue) -> String {
    match t.lang() {
        Lang::En => issue.message.clone(),
        _ => sanitized(&t.issue_message(issue)),
    }
}
