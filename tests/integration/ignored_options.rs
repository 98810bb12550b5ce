//! Nothing silently dropped in the workbench: the regenerate dialog (`r`) of an offline run
//! says that offline drafts ignore the instruction it asks for, before anything is typed.

use crossterm::event::KeyCode;
use lectern::domain::rubric::Rubric;
use lectern::services::{OnExisting, import_snapshot, read_course_folder};

use crate::generation::fixture_course;
use crate::tui_harness::Harness;

#[test]
fn the_offline_regenerate_dialog_names_the_instruction_it_ignores() {
    let dir = tempfile::tempdir().unwrap();
    let folder = fixture_course(dir.path());
    let mut h = Harness::open(false, |store| {
        let snapshot = read_course_folder(&folder).unwrap();
        import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Fail).unwrap();
    });
    h.press(KeyCode::Enter).keys("r");
    for (w, rows) in [(80, 24), (120, 40)] {
        let screen = h.screen(w, rows);
        assert!(
            screen.contains("offline drafts ignore instructions"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("offline_regenerate_dialog_{w}x{rows}"), screen);
    }
}
