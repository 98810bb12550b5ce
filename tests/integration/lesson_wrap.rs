//! The lesson view with `w` (wrap) on: a highlighted issue whose lines wrap keeps its
//! highlight on every visual row, its gutter marker and line number on the first row only,
//! and a jump to it stays on screen even when long paragraphs sit right above it.

use crossterm::event::KeyCode;
use lectern::storage::Store;
use lectern::tui::{Screen, Theme};

use crate::tui_harness::{Harness, one_lesson_course, text_of};

/// Two long one-line paragraphs right above the Goal section, whose own paragraph is long
/// too and promises no outcome (so `]` highlights lines 8–10, the first issue).
const TEXT: &str = concat!(
    "# 1.1 - Uma aula com parágrafos longos\n",
    "\n",
    "**Módulo:** 1 - Teste\n",
    "\n",
    "Este parágrafo de abertura é longo de propósito: ocupa várias linhas quando a quebra ",
    "de linha está ligada e empurra para baixo tudo o que vem depois dele. Autores escrevem ",
    "assim o tempo todo, um parágrafo inteiro numa linha só do arquivo Markdown, e a tela ",
    "estreita precisa mostrar o problema mesmo assim, sem esconder o trecho marcado.\n",
    "\n",
    "Outro parágrafo comprido antes do objetivo, também escrito numa linha só, como os ",
    "autores costumam fazer nos arquivos das aulas, sem quebrar à mão. Ele conta uma ",
    "história curta sobre a planilha da família e termina com uma pergunta ao leitor.\n",
    "## 🎯 G - GOAL\n",
    "\n",
    "Nesta aula a gente conversa sobre planilhas de um jeito bem geral, passando por vários ",
    "assuntos que aparecem no dia a dia de quem organiza as contas da casa, sem pressa.\n",
    "\n",
    "## 🗺️ P - POSITION\n",
    "\n",
    "Talvez você tenha uma lista longa de gastos e não saiba por onde começar.\n",
    "\n",
    "## 🛤️ S - STEPS\n",
    "\n",
    "### Passo 1\n",
    "\n",
    "Abra a planilha.\n",
);

fn long_lines_course(store: &mut Store) {
    one_lesson_course(store, "longas", "Linhas longas", "Parágrafos longos", TEXT);
}

/// The lesson open at 80×24, wrap on, its first issue (the Goal section) highlighted.
fn wrapped_at_the_goal_issue() -> Harness {
    let mut h = Harness::open(false, long_lines_course);
    h.resize(80, 24)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter)
        .keys("w]");
    match h.app.screen() {
        Screen::Lesson(l) => {
            assert!(l.wraps());
            assert_eq!(l.selected_issue_code(), Some("GPS-G-NO-OUTCOMES"));
            assert_eq!(l.highlighted_lines(), Some((8, 10)));
        }
        other => panic!("expected the lesson screen, got {}", other.title()),
    }
    h
}

#[test]
fn a_wrapped_highlighted_issue_snapshot() {
    let h = wrapped_at_the_goal_issue();
    insta::assert_snapshot!("lesson_wrap_highlighted_80x24", h.screen(80, 24));
}

/// Border, marker, line number and its separator: the first six cells of a text row.
fn gutter(line: &str) -> String {
    line.chars().take(6).collect()
}

#[test]
fn every_visual_row_of_a_wrapped_highlighted_line_is_highlighted() {
    let h = wrapped_at_the_goal_issue();
    let buffer = h.buffer(80, 24);
    let text = text_of(&buffer);
    let highlight = Theme::new(true).highlight.bg.unwrap();
    // Text rows of the left pane: "│" + marker + number + " │ " or the continuation " ┊ ".
    let rows: Vec<(u16, &str)> = text
        .lines()
        .enumerate()
        .skip(2)
        .take(20)
        .map(|(y, line)| (y as u16, line))
        .collect();
    let first = |number: &str| {
        rows.iter()
            .position(|(_, l)| gutter(l).ends_with(&format!("{number:>2} │")))
            .unwrap_or_else(|| panic!("line {number} is on screen:\n{text}"))
    };
    let (goal, paragraph, blank) = (first("8"), first("10"), first("11"));
    assert!(
        rows[paragraph + 1..blank].len() >= 2,
        "line 10 wraps onto several rows:\n{text}"
    );
    for (i, (y, line)) in rows.iter().enumerate() {
        let in_issue = (goal..blank).contains(&i);
        let continuation = line.contains(" ┊ ");
        let marker = line.chars().nth(1).unwrap();
        if continuation {
            assert_eq!(marker, ' ', "no marker on a continuation row: {line}");
            assert!(!gutter(line).chars().any(|c| c.is_ascii_digit()), "{line}");
        } else if in_issue {
            assert_eq!(
                marker, '!',
                "the marker on the first row of each line: {line}"
            );
        }
        // The text cells (after the gutter) of every row of lines 8–10 are highlighted.
        let text_cell = &buffer[(7, *y)];
        if in_issue && text_cell.symbol() != " " {
            assert_eq!(text_cell.bg, highlight, "row {y} highlighted: {line}");
        }
        if !in_issue {
            assert_ne!(text_cell.bg, highlight, "row {y} not highlighted: {line}");
        }
    }
}

#[test]
fn wrapping_places_a_jump_again_until_the_text_is_scrolled() {
    let mut h = Harness::open(false, long_lines_course);
    h.resize(80, 24)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter)
        .keys("]");
    let scroll = |h: &Harness| match h.app.screen() {
        Screen::Lesson(l) => l.scroll(),
        other => panic!("expected the lesson screen, got {}", other.title()),
    };
    assert_eq!(
        scroll(&h),
        4,
        "unwrapped: three lines above the issue's line 8"
    );
    h.keys("w");
    assert_eq!(
        scroll(&h),
        5,
        "wrapped: the opening paragraph would crowd it out"
    );
    h.resize(120, 40);
    assert_eq!(scroll(&h), 4, "a wider pane has room for all three again");
    h.keys("j");
    assert_eq!(scroll(&h), 5);
    h.keys("w").resize(80, 24);
    assert_eq!(
        scroll(&h),
        5,
        "scrolled by hand: neither wrap nor size moves it"
    );
}

/// One long paragraph (line 5) with inline code and bold spread over its width.
const STYLED: &str = concat!(
    "# 1.2 - Somar uma coluna\n",
    "\n",
    "**Módulo:** 1 - Teste\n",
    "\n",
    "Para somar uma coluna inteira, escreva `=SOMA(A1:A10)` na célula logo abaixo dos ",
    "valores e pressione **Enter** para ver o total; depois experimente `=MÉDIA(A1:A10)` ",
    "e compare os dois resultados com **muita atenção** antes de seguir para o passo seguinte.\n",
    "\n",
    "## 🎯 G - GOAL\n",
);

/// Rows of the text pane that belong to line `number` (its first row and its continuations).
fn rows_of_line(text: &str, number: &str) -> Vec<(u16, String)> {
    let mut rows = Vec::new();
    for (y, line) in text.lines().enumerate() {
        let head: String = line.chars().take(8).collect();
        if head.contains(&format!(" {number} │")) || (!rows.is_empty() && head.contains(" ┊ "))
        {
            rows.push((y as u16, line.to_string()));
        } else if !rows.is_empty() {
            break;
        }
    }
    rows
}

/// Each text row as its runs of one style: `[Green]`=SOMA(A1:A10)`` for a coloured run.
fn styled_rows(buffer: &ratatui::buffer::Buffer, rows: &[(u16, String)]) -> String {
    use ratatui::style::{Color, Modifier};
    let mut out = String::new();
    for (y, line) in rows {
        let (mut label, mut run) = (String::new(), String::new());
        // The pane's text starts after the gutter: "│", marker, number, then " │ " or " ┊ ".
        let gutter_end = line
            .chars()
            .skip(1)
            .position(|c| c == '│' || c == '┊')
            .unwrap()
            + 3;
        for x in gutter_end as u16..buffer.area.width {
            let cell = &buffer[(x, *y)];
            if cell.symbol() == "│" {
                break;
            }
            let mut style = String::new();
            if cell.fg != Color::Reset {
                style.push_str(&format!("{:?}", cell.fg));
            }
            if cell.modifier.contains(Modifier::BOLD) {
                style.push_str("+bold");
            }
            if style != label && !run.is_empty() {
                out.push_str(&tagged(&label, &run));
                run.clear();
            }
            label = style;
            run.push_str(cell.symbol());
        }
        out.push_str(&tagged(&label, run.trim_end()));
        out.push('\n');
    }
    out
}

fn tagged(label: &str, run: &str) -> String {
    if label.is_empty() {
        run.to_string()
    } else {
        format!("[{label}]`{run}`")
    }
}

#[test]
fn a_wrapped_paragraph_keeps_its_colours_and_breaks_between_words() {
    let mut h = Harness::open(false, |store| {
        one_lesson_course(store, "somar", "Somar", "Somar uma coluna", STYLED)
    });
    h.resize(80, 24)
        .press(KeyCode::Enter)
        .press(KeyCode::Enter)
        .keys("w");
    match h.app.screen() {
        Screen::Lesson(l) => assert!(l.wraps() && l.is_highlighted()),
        other => panic!("expected the lesson screen, got {}", other.title()),
    }
    let buffer = h.buffer(80, 24);
    let text = text_of(&buffer);
    let rows = rows_of_line(&text, "5");
    assert!(rows.len() >= 3, "line 5 wraps onto several rows:\n{text}");
    insta::assert_snapshot!("lesson_wrap_styled_paragraph_80x24", h.screen(80, 24));
    insta::assert_snapshot!(
        "lesson_wrap_styled_paragraph_styles",
        styled_rows(&buffer, &rows)
    );

    // No word broken: every row holds whole words of the paragraph.
    let words: Vec<&str> = STYLED.lines().nth(4).unwrap().split(' ').collect();
    for (_, row) in &rows {
        let start = row
            .chars()
            .skip(1)
            .position(|c| c == '│' || c == '┊')
            .unwrap()
            + 3;
        let body: String = row.chars().skip(start).take_while(|c| *c != '│').collect();
        for word in body.split(' ').filter(|w| !w.is_empty()) {
            assert!(words.contains(&word), "{word:?} is a broken word:\n{text}");
        }
    }
    // Colours kept on every row, including continuation rows.
    let theme = Theme::new(true);
    let code = theme.syntax(lectern::tui::SyntaxKind::Code).fg.unwrap();
    for needle in ["=SOMA(A1:A10)", "=MÉDIA(A1:A10)"] {
        let (x, y) = h.find(80, 24, needle);
        assert!(rows.iter().any(|(r, _)| *r == y), "{needle} on line 5");
        assert_eq!(buffer[(x, y)].fg, code, "{needle} keeps the code colour");
    }
    let (x, y) = h.find(80, 24, "atenção");
    assert!(
        buffer[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD),
        "bold kept on a continuation row"
    );
    assert!(rows.iter().skip(1).any(|(r, _)| *r == y));
}
