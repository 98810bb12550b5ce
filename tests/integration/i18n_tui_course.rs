//! Issue 18, phase 3: the course screen, the jobs panel and the generation dialogs in pt-BR
//! (80×24 snapshots of each state), and their notifications. English snapshots of the same
//! screens (screens.rs, tui_generation.rs, tui_documents.rs) are unchanged.

use crossterm::event::KeyCode;
use lectern::i18n::{Lang, Texts};

use crate::tui_harness::Harness;

const PT: Texts = Texts::new(Lang::PtBr);

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

#[test]
fn pt_br_course_screen() {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("jjjj");
    snap("course_with_failures", &h);
    h.keys("f");
    snap("course_failing_only", &h);
    h.keys("f").keys("G");
    snap("course_planned_lesson", &h);
    h.keys("?");
    snap("help_course", &h);
}
