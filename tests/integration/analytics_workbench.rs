//! The Analytics dashboard inside the workbench (issue 15): `a` on the library opens the whole
//! library's figures, `a` on a course that course's; `Enter` on an issue code opens the Review
//! screen narrowed to that code, `Enter` on a lesson row opens the lesson; a save made from
//! there reaches the dashboard below without reopening it.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::{Scope, load_analytics};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

/// Goal and Position present; the Steps heading misnamed, so GPS fails on S.
const NO_STEPS: &str = "## Etapas\n### Um\nFaça isto.\n### Dois\nDepois aquilo.\n\n\
## G - GOAL\n✅ Você vai montar uma planilha. Por que isso importa: economizar tempo.\n\n\
## P - POSITION\nEu sei que parece difícil. Se você nunca usou, tudo bem.\n";

fn tabs(h: &mut Harness, n: usize) {
    for _ in 0..n {
        h.press(KeyCode::Tab);
    }
}

#[test]
fn a_on_the_library_shows_the_library_and_enter_on_an_issue_code_reviews_those_lessons() {
    let mut h = Harness::demo();
    h.keys("a");
    let Screen::Analytics(dashboard) = h.app.screen() else {
        panic!("a opens the dashboard:\n{}", h.screen(120, 40))
    };
    assert_eq!(dashboard.scope(), &Scope::Library);
    assert!(dashboard.is_loaded(), "the worker's figures arrived");
    for (w, rows) in [(80, 24), (120, 40)] {
        let screen = h.screen(w, rows);
        assert!(screen.contains("Analytics"), "{screen}");
        insta::assert_snapshot!(format!("workbench_analytics_library_{w}x{rows}"), screen);
    }

    // Scores → Elements → Courses → Issues; Enter on the first (most frequent) code.
    tabs(&mut h, 3);
    let issues = h.screen(120, 40);
    h.press(KeyCode::Enter);
    let Screen::Review(review) = h.app.screen() else {
        panic!("Enter on an issue code opens the review:\n{issues}")
    };
    let code = review.code().expect("narrowed to a code").to_string();
    assert!(issues.contains(&code), "{issues}");
    let narrowed: Vec<(String, usize)> = review
        .group_counts()
        .into_iter()
        .map(|(c, n)| (c.to_string(), n))
        .collect();
    // Every lesson the dashboard counted for the code, passing ones included.
    let figures = load_analytics(&h.store, &Scope::Library).unwrap().figures;
    let (top, lessons) = figures.issue_codes[0].clone();
    assert_eq!(top, code);
    assert_eq!(narrowed, vec![(code.clone(), lessons as usize)], "{issues}");
    let screen = h.screen(120, 40);
    assert!(
        screen.contains(&format!("Review library · {code}")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("{lessons} lessons have {code}")),
        "{screen}"
    );
    insta::assert_snapshot!("workbench_analytics_review_code_120x40", screen);

    // The whole review (`R` on the library) holds only the failing and warning ones of them.
    h.press(KeyCode::Esc).press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Library(_)));
    h.keys("R");
    let Screen::Review(all) = h.app.screen() else {
        panic!("R opens the review")
    };
    assert_eq!(all.code(), None);
    let in_whole = all
        .group_counts()
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(0, |(_, n)| *n);
    assert!(in_whole <= lessons as usize, "{in_whole} of {lessons}");
}

#[test]
fn a_on_a_course_shows_its_lessons_and_a_saved_fix_reaches_the_dashboard() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "gps", "Curso GPS", "Aula sem passos", NO_STEPS)
    });
    h.press(KeyCode::Enter).keys("a");
    let Screen::Analytics(dashboard) = h.app.screen() else {
        panic!(
            "a on the course opens its dashboard:\n{}",
            h.screen(120, 40)
        )
    };
    assert_eq!(dashboard.scope(), &Scope::Course("gps".into()));
    let before = h.screen(120, 40);
    assert!(before.contains("Analytics"), "{before}");

    // Shift-Tab from the first section wraps to the last one, the lessons; Enter opens one.
    h.press_with(KeyCode::BackTab, KeyModifiers::SHIFT);
    let lessons = h.screen(120, 40);
    assert!(lessons.contains("Aula sem passos"), "{lessons}");
    h.press(KeyCode::Enter);
    assert!(
        matches!(h.app.screen(), Screen::Lesson(_)),
        "Enter on a lesson row opens it:\n{}",
        h.screen(120, 40)
    );

    // Fix the Steps heading, save, and go back: the dashboard below has reloaded.
    h.keys("e");
    h.type_text("## S - STEPS");
    h.press(KeyCode::Enter);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc).press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Analytics(_)));
    h.press(KeyCode::Tab); // to the first section again
    let after = h.screen(120, 40);
    assert_ne!(before, after, "the figures moved with the save");
}
