//! The approve dialog's prompt preview (issue 19): `Tab` shows the system prompt and prompt
//! the first lesson will be sent with — the course's persona text in it exactly once — and
//! `Tab` again goes back to the summary, where typing `yes` still approves.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::domain::persona::{Persona, VoiceProfile};
use lectern::services::{OnExistingPersona, assign_persona, save_persona};
use lectern::tui::Screen;

use crate::tui_harness::Harness;

const PROMPT: &str =
    "Você é Bruno Okamoto, mentor de planilhas: frases curtas, exemplos do caixa da padaria.";

fn course(with_persona: bool) -> Harness {
    Harness::open(false, |s| {
        crate::tui_harness::planned_course(s);
        if with_persona {
            let persona = Persona {
                slug: "bruno".into(),
                display_name: "Bruno Okamoto".into(),
                short_bio: None,
                system_prompt: Some(PROMPT.into()),
                voice: VoiceProfile::default(),
            };
            save_persona(s, &persona, OnExistingPersona::Refuse).unwrap();
            assign_persona(s, "planilhas", Some("bruno")).unwrap();
        }
    })
}

fn open_approval(h: &mut Harness) {
    h.press(KeyCode::Enter).keys("c");
    h.press_with(KeyCode::Char('a'), KeyModifiers::CONTROL);
    assert!(
        matches!(h.app.screen(), Screen::Editor(e) if e.dialog().is_some()),
        "the approval checkpoint opened:\n{}",
        h.screen(120, 40)
    );
}

#[test]
fn tab_shows_the_first_lessons_prompt_with_the_persona_once_and_tab_goes_back() {
    let mut h = course(true);
    open_approval(&mut h);
    let summary = h.screen(120, 40);
    assert!(
        summary.contains("Tab shows the first lesson's prompt"),
        "{summary}"
    );

    h.press(KeyCode::Tab);
    let preview = h.screen(120, 40);
    assert!(preview.contains("Prompt of the first lesson"), "{preview}");
    assert!(
        preview.contains("persona is in the system prompt"),
        "{preview}"
    );
    assert_eq!(
        preview.matches("Bruno Okamoto, mentor").count(),
        1,
        "{preview}"
    );
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(
            format!("approve_prompt_preview_{w}x{rows}"),
            h.screen(w, rows)
        );
    }
    // Scrolling moves the text; typing does not reach the approval field meanwhile.
    h.press(KeyCode::PageDown);
    assert_ne!(h.screen(120, 40), preview, "PgDn scrolls");
    h.keys("yes");
    h.press(KeyCode::Tab);
    let back = h.screen(120, 40);
    assert!(back.contains("Type yes and Enter to approve"), "{back}");
    assert!(!back.contains("approve (Esc cancels): yes"), "{back}");
    h.keys("yes").press(KeyCode::Enter);
    assert!(
        matches!(h.app.screen(), Screen::Editor(e) if e.dialog().is_none()),
        "approved:\n{}",
        h.screen(120, 40)
    );
}

#[test]
fn without_a_persona_the_preview_says_so() {
    let mut h = course(false);
    open_approval(&mut h);
    h.press(KeyCode::Tab);
    let preview = h.screen(120, 40);
    assert!(preview.contains("No persona"), "{preview}");
    assert!(!preview.contains("INSTRUCTOR VOICE PROFILE"), "{preview}");
}
