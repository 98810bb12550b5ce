//! The personas screen through `App` with no terminal, on a real temp database: `P` on the
//! library browses them, `p` on the course picks its voice; `Enter` and `x` go through
//! `services::assign_persona` on the worker, the status line says so and the list reloads.

use crossterm::event::KeyCode;
use lectern::domain::persona::Persona;
use lectern::services::{self, OnExistingPersona};
use lectern::storage::Store;
use lectern::tui::Screen;

use crate::tui_harness::Harness;

const DEMO: &str = "planilhas-sem-medo";

fn two_personas(store: &mut Store) {
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

/// (slug, courses) of the personas screen on top.
fn shown(h: &Harness) -> Vec<(String, Vec<String>)> {
    let Screen::Personas(p) = h.app.screen() else {
        panic!("not on the personas screen")
    };
    p.rows()
        .unwrap()
        .iter()
        .map(|r| (r.persona.slug.clone(), r.courses.clone()))
        .collect()
}

/// The courses each persona voices, as stored.
fn stored(h: &Harness) -> Vec<(String, Vec<String>)> {
    services::list_personas(&h.store)
        .unwrap()
        .into_iter()
        .map(|r| (r.persona.slug, r.courses))
        .collect()
}

#[test]
fn capital_p_on_the_library_browses_the_personas() {
    let mut h = Harness::open(true, two_personas);
    h.keys("P");
    let Screen::Personas(p) = h.app.screen() else {
        panic!("P did not open the personas")
    };
    assert_eq!(p.course(), None, "the library browses");
    assert_eq!(shown(&h).len(), 2);
    let text = h.screen(120, 40);
    assert!(
        text.contains("Ana Lima") && text.contains("Bruno Reis"),
        "{text}"
    );
    // Browsing cannot assign: it says how instead, and nothing is stored.
    h.press(KeyCode::Enter);
    assert!(h.app.notification().unwrap().contains("press p"));
    assert!(stored(&h).iter().all(|(_, courses)| courses.is_empty()));
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Library(_)));
}

#[test]
fn p_on_the_course_assigns_and_takes_off_its_persona() {
    let mut h = Harness::open(true, two_personas);
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    h.keys("p");
    let Screen::Personas(p) = h.app.screen() else {
        panic!("p did not open the personas")
    };
    assert_eq!(p.course(), Some(DEMO));
    // The second persona becomes the course's voice through the real service.
    h.keys("j");
    h.press(KeyCode::Enter);
    let voiced = |rows: Vec<(String, Vec<String>)>| {
        rows.into_iter()
            .filter(|(_, courses)| courses.iter().any(|c| c == DEMO))
            .map(|(slug, _)| slug)
            .collect::<Vec<_>>()
    };
    assert_eq!(voiced(stored(&h)), ["bruno_reis"]);
    assert_eq!(voiced(shown(&h)), ["bruno_reis"], "the list reloaded");
    let note = h.app.notification().unwrap().to_string();
    assert!(note.contains(DEMO) && note.contains("bruno_reis"), "{note}");
    // Another pick replaces it, and the course screen under the picker reloaded with it.
    h.keys("k");
    h.press(KeyCode::Enter);
    assert_eq!(voiced(stored(&h)), ["ana-lima"]);
    h.press(KeyCode::Esc);
    let course = h.screen(120, 40);
    assert!(course.contains("voice: Ana Lima"), "{course}");
    h.keys("p");
    // `x` takes it off.
    h.keys("x");
    assert!(voiced(stored(&h)).is_empty());
    assert!(voiced(shown(&h)).is_empty());
    assert!(h.app.notification().unwrap().contains("no persona"));
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
}

#[test]
fn the_personas_help_and_status_bar_come_from_the_keymap() {
    let mut h = Harness::open(true, two_personas);
    h.keys("P");
    let text = h.screen(80, 24);
    assert!(text.contains("assign"), "{text}");
    h.keys("?");
    let help = h.screen(120, 40);
    assert!(help.contains("take the course's persona off"), "{help}");
}
