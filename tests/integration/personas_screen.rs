//! The Personas screen driven directly (`tui_personas.rs` drives it through the app): the list and the
//! selected persona's prompt text at 80×24 and 120×40, the picker for a course starting on
//! its current persona and asking to assign or remove it, and browsing refusing to assign.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lectern::domain::persona::{Persona, VoiceProfile};
use lectern::services::{self, OnExistingPersona, OpenOptions, PersonaEntry};
use lectern::tui::{Keymap, PersonasAction, PersonasEffect, PersonasScreen, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::tui_harness::text_of;

const DEMO: &str = "planilhas-sem-medo";

/// Two personas from a real store, one of them the demo course's voice.
fn entries() -> Vec<PersonaEntry> {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) =
        services::open_library(&dir.path().join("p.db"), OpenOptions { seed_demo: true }).unwrap();
    let ana = Persona {
        slug: "ana-lima".into(),
        display_name: "Ana Lima".into(),
        short_bio: Some("Contadora que ensina planilhas há dez anos".into()),
        system_prompt: None,
        voice: VoiceProfile {
            tone: Some("calmo, direto".into()),
            style: Some("exemplos do escritório".into()),
            phrases: vec!["Bora pra prática".into(), "Sem medo da fórmula".into()],
            never_says: vec!["Nunca usa jargão sem explicar".into()],
        },
    };
    let bruno = Persona {
        slug: "bruno_reis".into(),
        display_name: "Bruno Reis".into(),
        system_prompt: Some("Você é Bruno, mentor de Excel.\x1b]0;owned\x07".into()),
        ..Persona::default()
    };
    for p in [&ana, &bruno] {
        services::save_persona(&mut store, p, OnExistingPersona::Refuse).unwrap();
    }
    services::assign_persona(&mut store, DEMO, Some("bruno_reis")).unwrap();
    let mut rows = services::list_personas(&store).unwrap();
    for row in &mut rows {
        // Pinned so the snapshots do not follow the clock.
        row.updated_at = "2026-01-02T03:04:05Z".into();
    }
    rows
}

fn screen_text(screen: &PersonasScreen, (w, h): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| screen.render(f, f.area(), &Theme::new(true)))
        .unwrap();
    text_of(terminal.backend().buffer())
}

fn press(screen: &mut PersonasScreen, code: KeyCode) -> Option<PersonasEffect> {
    let keymap = Keymap::defaults().unwrap();
    let keys = keymap.personas();
    let action = screen.handle_key(&KeyEvent::new(code, KeyModifiers::NONE), keys)?;
    screen.update(action)
}

#[test]
fn the_personas_screen_lists_them_and_shows_the_prompt_text() {
    let mut screen = PersonasScreen::browse();
    assert!(screen_text(&screen, (80, 24)).contains("Loading the personas"));
    screen.update(PersonasAction::Loaded(Ok(entries())));
    for size in [(80, 24), (120, 40)] {
        let text = screen_text(&screen, size);
        assert!(text.contains("Tone: calmo, direto"), "{text}");
        assert!(!text.contains('\x1b'));
        insta::assert_snapshot!(format!("personas_screen_{}x{}", size.0, size.1), text);
    }
    press(&mut screen, KeyCode::Char('j'));
    let text = screen_text(&screen, (120, 40));
    assert!(
        text.contains("Você é Bruno, mentor de Excel.␛]0;owned␇"),
        "{text}"
    );
    assert!(text.contains(&format!("courses: {DEMO}")));
    match press(&mut screen, KeyCode::Enter) {
        Some(PersonasEffect::Notify(note)) => assert!(note.contains("press p"), "{note}"),
        other => panic!("browsing assigns nothing: {other:?}"),
    }
    assert_eq!(press(&mut screen, KeyCode::Esc), Some(PersonasEffect::Back));
}

#[test]
fn picking_for_a_course_starts_on_its_persona_and_assigns_or_removes() {
    let mut screen = PersonasScreen::for_course(DEMO.into());
    screen.update(PersonasAction::Loaded(Ok(entries())));
    assert_eq!(screen.selected(), 1, "the course's current persona");
    let text = screen_text(&screen, (80, 24));
    assert!(
        text.contains(&format!("voice of {DEMO}: Enter assigns")),
        "{text}"
    );
    assert!(text.contains("▶● bruno_reis"), "{text}");
    insta::assert_snapshot!("personas_picker_80x24", text);
    press(&mut screen, KeyCode::Char('g'));
    assert_eq!(
        press(&mut screen, KeyCode::Enter),
        Some(PersonasEffect::Assign {
            course: DEMO.into(),
            persona: "ana-lima".into()
        })
    );
    assert_eq!(
        press(&mut screen, KeyCode::Char('x')),
        Some(PersonasEffect::Unassign {
            course: DEMO.into()
        })
    );
    screen.update(PersonasAction::Loaded(Err("database is locked".into())));
    assert!(
        screen_text(&screen, (80, 24)).contains("Cannot load the personas: database is locked")
    );
}
