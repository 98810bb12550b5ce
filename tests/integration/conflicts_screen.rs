//! The conflicts screen (issue 14) driven directly (`tui_conflicts.rs` drives it in the app):
//! snapshots at 80×24 and 120×40 of a lesson both sides changed — ancestor, mine and theirs
//! with word-level highlights — and what its commands ask for: keep mine, keep theirs, the
//! merged text with git-style markers for the editor, and back.

use lectern::services::history::{WordSpan, word_diff};
use lectern::tui::{
    ConflictEntry, ConflictsAction, ConflictsCommand, ConflictsEffect, ConflictsScreen, DiffRow,
    DiffSpan, HistoryDiff, KeepSide, Theme,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ANCESTOR: &str =
    "# 1.2 Fórmulas\n\nUse SOMA para somar a coluna.\n\nDepois confira o total.\n";
const MINE: &str =
    "# 1.2 Fórmulas\n\nUse SOMA para somar a coluna inteira.\n\nDepois confira o total.\n";
const THEIRS: &str =
    "# 1.2 Fórmulas\n\nUse SOMASE para somar só o que importa.\n\nDepois confira o total.\n";

fn diff(old: &str, new: &str) -> HistoryDiff {
    let rows = word_diff(old, new)
        .lines
        .into_iter()
        .map(|line| {
            line.map(|l| DiffRow {
                line: l.new_line,
                spans: l
                    .spans
                    .into_iter()
                    .map(|s| match s {
                        WordSpan::Same(t) => DiffSpan::Same(t),
                        WordSpan::Removed(t) => DiffSpan::Removed(t),
                        WordSpan::Added(t) => DiffSpan::Added(t),
                    })
                    .collect(),
            })
        })
        .collect();
    HistoryDiff {
        title: String::new(),
        rows,
    }
}

fn entry(course: &str, target: &str) -> ConflictEntry {
    ConflictEntry {
        course: course.into(),
        target: target.into(),
        mine_author: "bruno".into(),
        mine_at: "2026-12-07T09:12:00Z".into(),
        theirs_author: "ana".into(),
        theirs_at: "2026-12-07T09:10:00Z".into(),
        ancestor: Some(ANCESTOR.into()),
        mine: MINE.into(),
        theirs: THEIRS.into(),
        mine_diff: diff(ANCESTOR, MINE),
        theirs_diff: diff(ANCESTOR, THEIRS),
    }
}

fn loaded() -> ConflictsScreen {
    let mut screen = ConflictsScreen::new(None);
    let rows = vec![
        entry("formulas-funcoes", "lesson/1.2"),
        entry("formulas-funcoes", "brief"),
    ];
    assert_eq!(screen.update(ConflictsAction::Loaded(Ok(rows))), None);
    screen
}

fn draw(screen: &ConflictsScreen, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let theme = Theme::new(false);
    terminal
        .draw(|f| screen.render(f, f.area(), &theme))
        .unwrap();
    terminal.backend().to_string()
}

#[test]
fn ancestor_mine_and_theirs_side_by_side_with_word_highlights_snapshots() {
    let screen = loaded();
    for (w, h) in [(80, 24), (120, 40)] {
        let text = draw(&screen, w, h);
        assert!(
            text.contains("Ancestor") && text.contains("Mine · bruno"),
            "{text}"
        );
        // Without colour the changed words carry markers.
        assert!(
            text.contains("[-coluna.-]") && text.contains("{+SOMASE+}"),
            "{text}"
        );
        insta::assert_snapshot!(format!("conflicts_screen_{w}x{h}"), text);
    }
}

#[test]
fn keys_keep_a_side_or_open_the_merged_text_with_markers() {
    let mut screen = loaded();
    assert_eq!(
        screen.update(ConflictsAction::Command(ConflictsCommand::KeepMine)),
        Some(ConflictsEffect::Resolve {
            course: "formulas-funcoes".into(),
            target: "lesson/1.2".into(),
            keep: KeepSide::Mine,
        })
    );
    screen.update(ConflictsAction::Command(ConflictsCommand::Down));
    assert_eq!(screen.selected(), 1);
    assert_eq!(
        screen.update(ConflictsAction::Command(ConflictsCommand::KeepTheirs)),
        Some(ConflictsEffect::Resolve {
            course: "formulas-funcoes".into(),
            target: "brief".into(),
            keep: KeepSide::Theirs,
        })
    );
    let Some(ConflictsEffect::OpenMerged { text, target, .. }) =
        screen.update(ConflictsAction::Command(ConflictsCommand::OpenMerged))
    else {
        panic!("no merged text");
    };
    assert_eq!(target, "brief");
    assert!(
        text.contains("<<<<<<< mine") && text.contains(">>>>>>> theirs"),
        "{text}"
    );
    assert!(text.contains("coluna inteira") && text.contains("só o que importa"));
    assert_eq!(
        screen.update(ConflictsAction::Command(ConflictsCommand::Close)),
        Some(ConflictsEffect::Back)
    );
}

#[test]
fn a_course_screen_shows_only_its_course_and_an_empty_list_says_so() {
    let mut screen = ConflictsScreen::new(Some("other".into()));
    let rows = vec![entry("formulas-funcoes", "lesson/1.2")];
    screen.update(ConflictsAction::Loaded(Ok(rows)));
    assert_eq!(screen.rows().map(<[_]>::len), Some(0));
    assert!(draw(&screen, 80, 24).contains("No open conflicts"));
    assert_eq!(
        screen.update(ConflictsAction::Command(ConflictsCommand::KeepMine)),
        None
    );
}
