//! Issue 18, phase 3: the messages, personas, conflicts and analytics screens in pt-BR —
//! snapshots at 80×24 of each screen and state (the English ones are the screens' own tests,
//! unchanged).

use std::path::Path;

use crossterm::event::KeyCode;
use lectern::domain::rubric::Rubric;
use lectern::i18n::{Lang, Texts};
use lectern::services::{self, OnExisting};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

const PT: Texts = Texts::new(Lang::PtBr);

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

/// The messages fixture (an import with warnings) imported, its course open.
fn course_with_warnings() -> Harness {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui-messages/horta-com-avisos");
    let mut h = Harness::open_in(PT, false, |store| {
        let snapshot = services::read_course_folder(&fixture).unwrap();
        services::import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Update).unwrap();
    });
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    h
}

#[test]
fn pt_br_messages_screen() {
    let mut h = course_with_warnings();
    h.keys("m");
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    snap("messages", &h);
    // The second one is about curriculum.yaml, not a lesson: Enter says so, in Portuguese.
    h.keys("j");
    h.press(KeyCode::Enter);
    snap("messages_not_a_lesson", &h);
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    h.keys("?");
    snap("help_messages", &h);
    // A course with nothing to say.
    let mut h = Harness::open_in(PT, false, |store| {
        one_lesson_course(
            store,
            "vazio",
            "Vazio",
            "Uma lição",
            "# Uma lição\n\nTexto.\n",
        );
    });
    h.press(KeyCode::Enter).keys("m");
    snap("messages_none", &h);
}

fn two_personas(store: &mut lectern::storage::Store) {
    use lectern::domain::persona::Persona;
    use lectern::services::OnExistingPersona;
    for (slug, name) in [("ana-lima", "Ana Lima"), ("bruno_reis", "Bruno Reis")] {
        let persona = Persona {
            slug: slug.into(),
            display_name: name.into(),
            short_bio: Some(format!("{name} ensina planilhas")),
            ..Persona::default()
        };
        services::save_persona(store, &persona, OnExistingPersona::Refuse).unwrap();
    }
}

#[test]
fn pt_br_personas_screen() {
    // Browsing from the library; Enter there says how to pick, in Portuguese.
    let mut h = Harness::open_in(PT, true, two_personas);
    h.keys("P");
    assert!(matches!(h.app.screen(), Screen::Personas(_)));
    snap("personas_browse", &h);
    h.press(KeyCode::Enter);
    snap("personas_not_picking", &h);
    h.keys("?");
    snap("help_personas", &h);
    // Picking for a course, then assigning one.
    let mut h = Harness::open_in(PT, true, two_personas);
    h.press(KeyCode::Enter).keys("p");
    snap("personas_pick", &h);
    h.keys("j").press(KeyCode::Enter);
    snap("personas_assigned", &h);
    // No personas at all.
    let mut h = pt_demo();
    h.keys("P");
    snap("personas_none", &h);
}
