//! Issue 18, phase 2 of the workbench: the language chosen at start reaches the screens, the
//! keymap's descriptions have message ids (English = `assets/keymap.toml` as written), every
//! id the workbench names exists, and pt-BR snapshots (80×24) of the translated screens: the
//! library (table, empty states, dialogs), the help overlay, the command palette and the quit
//! question. English snapshots elsewhere are unchanged.

use std::collections::BTreeSet;
use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::config::Config;
use lectern::i18n::{Lang, Texts, choose, message_variables};
use lectern::tui::Keymap;

use crate::tui_harness::Harness;

const PT: Texts = Texts::new(Lang::PtBr);
const EN: Texts = Texts::new(Lang::En);

/// Keymap sections whose screens are translated: each of their actions has a message.
const TRANSLATED_SECTIONS: [&str; 12] = [
    "global",
    "library",
    "review",
    "course",
    "messages",
    "personas",
    "conflicts",
    "analytics",
    "lesson",
    "search",
    "history",
    "editor",
];

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

fn keymap_file() -> toml::Table {
    toml::from_str(include_str!("../../assets/keymap.toml")).unwrap()
}

fn message_id(section: &str, action: &str) -> String {
    format!("key-{section}-{}", action.replace('_', "-"))
}

#[test]
fn lectern_lang_and_the_config_key_start_the_workbench_in_portuguese() {
    // LECTERN_LANG=pt-BR with an English locale: the runtime's choice, made as the CLI's.
    let env = |k: &str| match k {
        "LECTERN_LANG" => Some("pt-BR".to_string()),
        "LANG" => Some("en_US.UTF-8".to_string()),
        _ => None,
    };
    let (lang, _) = choose(None, env);
    let h = Harness::open_in(Texts::new(lang), true, |_| {});
    let screen = h.screen(80, 24);
    assert!(screen.contains("Cursos · ordem: título"), "{screen}");
    assert!(screen.contains("Biblioteca"), "{screen}");
    assert!(!screen.contains("sorted by"), "{screen}");

    // `[ui] language = "pt-BR"` decides over LECTERN_LANG=en.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[ui]\nlanguage = \"pt-BR\"\n").unwrap();
    let config = Config::load(&path).unwrap();
    let (lang, _) = choose(config.ui.lang(), |k| {
        (k == "LECTERN_LANG").then(|| "en".to_string())
    });
    let h = Harness::open_in(Texts::new(lang), true, |_| {});
    assert!(h.screen(80, 24).contains("Título"));

    // And English stays English.
    let h = Harness::open_in(EN, true, |_| {});
    let screen = h.screen(80, 24);
    assert!(screen.contains("Courses · sorted by title"), "{screen}");
}

#[test]
fn translated_keymap_sections_have_a_message_per_action_english_as_written() {
    let file = keymap_file();
    let en = message_variables(Lang::En);
    let mut expected = BTreeSet::new();
    for section in TRANSLATED_SECTIONS {
        let actions = file[section].as_table().unwrap();
        for (action, entry) in actions {
            let id = message_id(section, action);
            let description = entry["description"].as_str().unwrap();
            let text = EN
                .try_format(&id, None, &[])
                .unwrap_or_else(|e| panic!("{id}: {e:?}"));
            assert_eq!(
                text, description,
                "{id}: English must be keymap.toml's text"
            );
            match entry.get("hint").and_then(|h| h.as_str()) {
                Some(hint) => {
                    assert_eq!(EN.try_format(&id, Some("hint"), &[]).unwrap(), hint, "{id}");
                    assert!(PT.try_format(&id, Some("hint"), &[]).is_ok(), "{id}.hint");
                }
                None => assert!(!en.contains_key(&format!("{id}.hint")), "{id} has no hint"),
            }
            assert_ne!(PT.get(&id), description, "{id} is not translated");
            expected.insert(id);
        }
    }
    // No message for an action that does not exist (a renamed one, say).
    let stale: Vec<_> = en
        .keys()
        .filter(|k| k.starts_with("key-") && !k.contains('.') && !expected.contains(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "key- messages with no keymap entry: {stale:?}"
    );
}

#[test]
fn the_portuguese_keymap_keeps_keys_and_the_users_own_words() {
    let en = Keymap::defaults().unwrap();
    let pt = Keymap::defaults_in(PT).unwrap();
    assert_eq!(
        Keymap::defaults_in(EN).unwrap(),
        en,
        "English is the file as is"
    );
    let keys = |k: &Keymap| -> Vec<_> { k.library().iter().map(|b| b.keys.clone()).collect() };
    assert_eq!(keys(&en), keys(&pt), "only words change");
    let open = |k: &Keymap| {
        let b = k.library().iter().next().unwrap();
        (b.description.clone(), b.hint.clone())
    };
    assert_eq!(
        open(&pt),
        ("abrir o curso".to_string(), Some("abrir".to_string()))
    );
    // A user's description is theirs, in any language.
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("keymap.toml");
    std::fs::write(&user, "[library]\nopen = { description = \"entrar\" }\n").unwrap();
    let mine = Keymap::load_in(Some(&user), PT).unwrap();
    assert_eq!(open(&mine).0, "entrar");
    assert_eq!(open(&mine).1, Some("abrir".to_string()));
}

/// Every `"tui-…"` and `"key-…"` id written in `src/tui` exists in both languages (ids picked
/// in a `match` and passed on, such as the table's column headers, are not `tr!` calls).
#[test]
fn every_message_id_the_workbench_names_exists() {
    let re = regex::Regex::new(r#""((?:tui|key)-[a-z0-9-]+)""#).unwrap();
    let mut found = 0;
    let ids: Vec<_> = Lang::ALL.map(message_variables).into_iter().collect();
    for file in crate::support::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for c in re.captures_iter(&text) {
            found += 1;
            for (lang, vars) in Lang::ALL.iter().zip(&ids) {
                assert!(
                    vars.contains_key(&c[1]),
                    "{}: {} has no message in {lang}",
                    file.display(),
                    &c[1]
                );
            }
        }
    }
    assert!(found > 60, "only {found} ids found: is the scan broken?");
}

#[test]
fn pt_br_library_and_its_empty_states() {
    let mut h = pt_demo();
    snap("library", &h);
    h.keys("/").type_text("zzz");
    snap("library_no_match", &h);
    let mut h = pt_demo();
    h.keys("A");
    snap("library_no_archived", &h);
    let h = Harness::open_in(PT, false, |_| {});
    snap("library_empty", &h);
}

#[test]
fn pt_br_library_dialogs() {
    let mut h = pt_demo();
    h.keys("d");
    snap("archive_confirm", &h);
    let mut h = pt_demo();
    h.keys("i").type_text("~/courses/planilhas");
    snap("import_prompt", &h);
    let mut h = pt_demo();
    h.keys("n");
    snap("new_course", &h);
    // Enter on the slug with no title: the dialog's own refusal, in Portuguese.
    h.press(KeyCode::Tab).press(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(screen.contains("o título não pode ficar vazio"), "{screen}");
}

#[test]
fn pt_br_help_and_palette() {
    let mut h = pt_demo();
    h.keys("?");
    snap("help_library", &h);
    let mut h = pt_demo();
    h.keys(":");
    snap("palette_library", &h);
    h.type_text("rev");
    snap("palette_filtered", &h);
    h.press(KeyCode::Esc).keys(":").type_text("zzzz");
    assert!(h.screen(80, 24).contains("nenhuma ação corresponde"));
}

#[test]
fn pt_br_review_of_a_course_and_of_the_library() {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("v").press(KeyCode::Enter);
    snap("review_course_grouped", &h);
    let mut h = pt_demo();
    h.keys("R").keys("e");
    snap("review_library_expanded", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Revisão da biblioteca"), "{screen}");
    h.keys("?");
    snap("help_review", &h);
}

#[test]
fn pt_br_quit_question() {
    let mut h = pt_demo();
    // The brief editor with a typed letter: unsaved text, so Q (with the panel focused, as
    // in the text `Q` types) asks.
    h.keys("e").type_text("x");
    h.press(KeyCode::Tab)
        .press_with(KeyCode::Char('Q'), KeyModifiers::SHIFT);
    assert!(!h.app.should_quit(), "asked first");
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("Sair? 1 editor com texto não salvo (guardado como rascunho). y sai"),
        "{screen}"
    );
    h.keys("n");
    assert!(h.screen(120, 40).contains("continuando aqui"));
    assert!(!h.app.should_quit());
}

/// The library's own refusal, raised where the screen has no theme, is said in pt-BR too.
#[test]
fn the_library_refuses_an_empty_import_folder_in_portuguese() {
    for (texts, expected) in [
        (PT, "digite a pasta a importar"),
        (EN, "type the folder to import"),
    ] {
        let mut h = Harness::open_in(texts, true, |_| {});
        h.press(KeyCode::Char('i'));
        // The prompt starts with the current folder: clear it, then confirm nothing.
        for _ in 0..200 {
            h.press(KeyCode::Backspace);
        }
        h.press(KeyCode::Enter);
        assert_eq!(h.app.notification().unwrap_or_default(), expected);
    }
}
