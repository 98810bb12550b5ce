//! Personas (MMOS minds): the `lectern persona` round trips, importing a persona folder and a
//! brief's §4 voice section, assignment from a brief's `mmos_persona` at course import with
//! either key spelling (spec Q-22), the persona text appearing exactly once in
//! `generate --show-prompt`, and the course header and library row showing it.

use std::path::Path;

use crossterm::event::KeyCode;
use predicates::prelude::*;
use serde_json::Value;

use super::support::lectern;
use super::tui_harness::Harness;

const DEMO: &str = "planilhas-sem-medo";

fn json(home: &Path, args: &[&str]) -> Value {
    let out = lectern(home).args(args).assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// The system prompt of lesson 1.1 of the demo, and system + prompt together
/// (`--show-prompt --json` prints one JSON line for the one lesson).
fn lesson_prompt(home: &Path) -> (String, String) {
    let p = json(
        home,
        &[
            "generate",
            DEMO,
            "--show-prompt",
            "--lesson",
            "1.1",
            "--json",
        ],
    );
    let system = p["system"].as_str().unwrap().to_string();
    let whole = format!("{system}\n{}", p["prompt"].as_str().unwrap());
    (system, whole)
}

#[test]
fn persona_cli_round_trip_new_list_show_assign_unassign() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    lectern(home)
        .args(["persona", "new", "ana-lima", "--name", "Ana Lima", "--bio"])
        .args(["Professora de planilhas", "--tone", "calmo e direto"])
        .args([
            "--phrase",
            "Bora pra prática",
            "--never",
            "Nunca usa jargão",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("voice profile"));
    // The same slug again is refused without --force (exit 2), accepted with it.
    lectern(home)
        .args(["persona", "new", "ana-lima", "--name", "Outra"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    let too_many: Vec<String> = (1..=6).map(|i| format!("--phrase=p{i}")).collect();
    lectern(home)
        .args(["persona", "new", "muitas", "--name", "Muitas"])
        .args(&too_many)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at most 5"));

    let list = json(home, &["persona", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["slug"], "ana-lima");
    assert_eq!(list[0]["voice"]["phrases"][0], "Bora pra prática");

    lectern(home)
        .args(["persona", "assign", DEMO, "ana-lima"])
        .assert()
        .success();
    let shown = json(home, &["persona", "show", "ana-lima", "--json"]);
    assert_eq!(shown["persona"]["courses"][0], DEMO);
    let block = shown["prompt_block"].as_str().unwrap();
    assert!(block.contains("Tone: calmo e direto") && block.contains("- Nunca usa jargão"));
    let courses = json(home, &["list", "--json"]);
    let demo = courses
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == DEMO)
        .unwrap();
    assert_eq!(demo["persona"], "Ana Lima");
    lectern(home)
        .args(["show", DEMO])
        .assert()
        .success()
        .stdout(predicate::str::contains("persona: Ana Lima"));

    lectern(home)
        .args(["persona", "unassign", DEMO])
        .assert()
        .success();
    let shown = json(home, &["persona", "show", "ana-lima", "--json"]);
    assert_eq!(shown["persona"]["courses"], serde_json::json!([]));
    lectern(home)
        .args(["persona", "assign", DEMO, "nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no persona `nobody`"));
}

#[test]
fn a_persona_folder_imports_prompt_voice_and_profile_and_its_prompt_is_sent_once() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let folder = home.join("Mentor Bruno");
    std::fs::create_dir_all(&folder).unwrap();
    let prompt = "Você é Bruno, mentor de Excel. Fala com exemplos do escritório. MARCA-UNICA-7781";
    std::fs::write(folder.join("system_prompt.md"), prompt).unwrap();
    std::fs::write(
        folder.join("voice.yaml"),
        "tone: bem-humorado\nphrases: [\"Simbora\"]\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("profile.yaml"),
        "slug: bruno\nname: Bruno Reis\nbio: Mentor de Excel\n",
    )
    .unwrap();
    let saved = json(
        home,
        &[
            "persona",
            "import",
            folder.to_str().unwrap(),
            "--assign",
            DEMO,
            "--json",
        ],
    );
    assert_eq!(saved["slug"], "bruno");
    assert_eq!(saved["display_name"], "Bruno Reis");
    assert_eq!(saved["kind"], "system prompt");
    assert_eq!(saved["voice"]["tone"], "bem-humorado");
    assert_eq!(saved["courses"][0], DEMO);

    let (system, whole) = lesson_prompt(home);
    assert_eq!(whole.matches("MARCA-UNICA-7781").count(), 1, "{whole}");
    assert!(system.contains("Bruno Reis (bruno)"));

    // A voice.yaml with an unknown key is refused naming the file.
    std::fs::write(folder.join("voice.yaml"), "tonne: x\n").unwrap();
    lectern(home)
        .args(["persona", "import", folder.to_str().unwrap(), "--force"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("voice.yaml"));
}

#[test]
fn a_briefs_voice_section_imports_as_a_voice_profile_sent_once() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let brief = Path::new(&std::env::var("LECTERN_CORPUS").unwrap_or_default())
        .join("claude-code/COURSE-BRIEF.md");
    if !brief.exists() {
        eprintln!("LECTERN_CORPUS not set: skipping the corpus brief");
        return;
    }
    let saved = json(
        home,
        &["persona", "import", brief.to_str().unwrap(), "--json"],
    );
    assert_eq!(saved["slug"], "jose_amorim");
    assert_eq!(saved["display_name"], "José Carlos Amorim");
    assert_eq!(saved["kind"], "voice profile");
    assert_eq!(saved["voice"]["phrases"].as_array().unwrap().len(), 5);
    assert!(
        saved["voice"]["never_says"][0]
            .as_str()
            .unwrap()
            .starts_with("Nunca explica abstratamente")
    );
    lectern(home)
        .args(["persona", "assign", DEMO, "jose_amorim"])
        .assert()
        .success();
    let (_, whole) = lesson_prompt(home);
    assert_eq!(
        whole.matches("Sabe aquele momento que").count(),
        1,
        "{whole}"
    );
    assert_eq!(whole.matches("Never says or does:").count(), 1);
}

/// A course folder whose brief's `mmos_persona` names a mind with `key`.
fn course_with_persona(root: &Path, slug: &str, key: &str) -> std::path::PathBuf {
    let course = super::generation::fixture_course(&root.join(slug));
    let brief = format!(
        "---\ncourse_slug: {slug}\nmmos_persona:\n  enabled: true\n  {key}: mentora_{key}\n  mind_name: Mentora {key}\n---\n\n# Brief\n\n## 1️⃣ INFORMAÇÕES BÁSICAS DO CURSO\n\n**Título do Curso:**\n```\nCurso {key}\n```\n\n**Slug (ID do curso):**\n```\n{slug}\n```\n\n## 4️⃣ VOZ & PERSONALIDADE\n\n**Características da Voz:**\n```\nTom geral:\n[X] Casual [ ] Formal\n\nFrases/bordões característicos:\n1. \"Partiu\"\n```\n"
    );
    std::fs::write(course.join("COURSE-BRIEF.md"), brief).unwrap();
    course
}

#[test]
fn course_import_assigns_the_briefs_persona_under_either_key_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    for (slug, key) in [
        ("curso-mind", "mind_slug"),
        ("curso-persona", "persona_slug"),
    ] {
        let course = course_with_persona(home, slug, key);
        lectern(home).arg("import").arg(&course).assert().success();
        let shown = json(
            home,
            &["persona", "show", &format!("mentora_{key}"), "--json"],
        );
        assert_eq!(shown["persona"]["display_name"], format!("Mentora {key}"));
        assert_eq!(shown["persona"]["voice"]["tone"], "Casual");
        assert_eq!(shown["persona"]["voice"]["phrases"][0], "Partiu");
        assert_eq!(shown["persona"]["courses"].as_array().unwrap().len(), 1);
    }
    // A persona the author already has is assigned as it is, never overwritten by a brief.
    lectern(home)
        .args([
            "persona",
            "new",
            "mentora_mind_slug",
            "--name",
            "Minha versão",
            "--force",
        ])
        .assert()
        .success();
    let course = course_with_persona(home, "curso-mind-2", "mind_slug");
    lectern(home).arg("import").arg(&course).assert().success();
    let shown = json(home, &["persona", "show", "mentora_mind_slug", "--json"]);
    assert_eq!(shown["persona"]["display_name"], "Minha versão");
    assert_eq!(shown["persona"]["courses"].as_array().unwrap().len(), 2);
}

fn with_persona(store: &mut lectern::storage::Store) {
    let persona = lectern::domain::persona::Persona {
        slug: "ana-lima".into(),
        display_name: "Ana Lima".into(),
        ..Default::default()
    };
    lectern::services::save_persona(
        store,
        &persona,
        lectern::services::OnExistingPersona::Refuse,
    )
    .unwrap();
    lectern::services::assign_persona(store, DEMO, Some("ana-lima")).unwrap();
}

#[test]
fn course_header_and_library_row_show_the_persona() {
    let mut h = Harness::open(true, with_persona);
    insta::assert_snapshot!("persona_library_120x40", h.screen(120, 40));
    h.press(KeyCode::Enter);
    for (w, rows) in [(80, 24), (120, 40)] {
        let screen = h.screen(w, rows);
        assert!(screen.contains("voice: Ana Lima"), "{screen}");
        insta::assert_snapshot!(format!("persona_course_header_{w}x{rows}"), screen);
    }
}

#[test]
fn a_brief_naming_an_unusable_persona_slug_is_warned_about_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let course = course_with_persona(home, "curso-ruim", "mind_slug");
    let brief = course.join("COURSE-BRIEF.md");
    let text = std::fs::read_to_string(&brief).unwrap();
    std::fs::write(
        &brief,
        text.replace("mind_slug: mentora_mind_slug", "mind_slug: José Amorim"),
    )
    .unwrap();
    lectern(home)
        .arg("import")
        .arg(&course)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "mmos_persona names `José Amorim`, which cannot be a persona slug",
        ));
    assert_eq!(
        json(home, &["persona", "list", "--json"]),
        serde_json::json!([])
    );
}

#[test]
fn persona_edit_opens_the_system_prompt_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    lectern(home)
        .args(["persona", "new", "ana", "--name", "Ana", "--tone", "calmo"])
        .assert()
        .success();
    let script = super::external_editor::script(
        home,
        "editor.sh",
        "printf 'Você é a Ana, professora paciente.\\n' > \"$1.new\" && mv \"$1.new\" \"$1\"",
    );
    lectern(home)
        .env("EDITOR", &script)
        .args(["persona", "edit", "ana"])
        .assert()
        .success()
        .stdout(predicate::str::contains("system prompt"));
    let shown = json(home, &["persona", "show", "ana", "--json"]);
    assert_eq!(
        shown["persona"]["system_prompt"],
        "Você é a Ana, professora paciente.\n"
    );
    // The voice profile is kept; the system prompt now speaks for the persona.
    assert_eq!(shown["persona"]["voice"]["tone"], "calmo");
    assert!(
        shown["prompt_block"]
            .as_str()
            .unwrap()
            .ends_with("Você é a Ana, professora paciente.")
    );
}
