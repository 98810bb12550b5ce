//! Issue 18, phase 2: the commands translated in phase 2 (`sync`, `persona`, `brief`,
//! `curriculum`, `lesson`, `generate` with its estimate and documents, `diff`, `config path`,
//! `config show`'s comments) speak Portuguese under `LECTERN_LANG=pt-BR`. Their English is
//! checked by each command's own tests, unchanged.

use std::path::Path;

use crate::support::lectern;

const PT: (&str, &str) = ("LECTERN_LANG", "pt-BR");
const SLUG: &str = "formulas-funcoes";

/// The binary in `dir`, in pt-BR, with its own database and no demo course.
fn pt(dir: &Path) -> assert_cmd::Command {
    let mut cmd = lectern(dir);
    cmd.env(PT.0, PT.1)
        .env("LECTERN_DB", dir.join("l.db"))
        .env("LECTERN_NO_DEMO", "1");
    cmd
}

/// (exit code, stdout, stderr) of a pt-BR run.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = pt(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .display()
        .to_string()
}

/// A course with the authoring fixture's curriculum (3 lessons in 2 modules), approved.
fn approved_course(dir: &Path) -> String {
    let (code, out, err) = run(dir, &["new", "--title", "Fórmulas & Funções"]);
    assert_eq!(code, 0, "{out}{err}");
    let curriculum = fixture("tests/fixtures/authoring/curriculum.yaml");
    let (code, out, err) = run(dir, &["curriculum", SLUG, "--set", &curriculum]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(&format!("currículo de `{SLUG}` salvo (versão ")),
        "{out}"
    );
    let (code, out, err) = run(dir, &["curriculum", SLUG, "--approve", "--yes"]);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn curriculum_approval_and_its_estimate_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    let out = approved_course(dir.path());
    for line in [
        "3 lições em 2 módulos, ",
        "Estimativa: offline: grátis, instantâneo",
        "lições planejadas criadas",
    ] {
        assert!(out.contains(line), "{line:?} not in:\n{out}");
    }
    assert!(out.contains("Módulo 1: "), "{out}");
    // Without --yes off a terminal: the refusal is Portuguese too.
    let (code, _, err) = run(dir.path(), &["curriculum", SLUG, "--approve"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("a aprovação precisa de uma confirmação"),
        "{err}"
    );
}

#[test]
fn brief_and_lesson_saves_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    approved_course(dir.path());
    let brief = dir.path().join("brief.md");
    std::fs::write(
        &brief,
        "# Fórmulas & Funções\n\n## 1. Identidade\n\ntexto\n",
    )
    .unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["brief", SLUG, "--set", brief.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(&format!("briefing de `{SLUG}` salvo (versão "))
            && out.contains("% completo); ainda falta preencher: §"),
        "{out}"
    );
    let lesson = dir.path().join("aula.md");
    std::fs::write(
        &lesson,
        "# 1.1 - Células\n\n## 🎯 G - GOAL\nVocê vai somar.\n",
    )
    .unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["lesson", SLUG, "1.1", "--set", lesson.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("lição 1.1 salva (versão ") && out.contains(": reprovada — GPS "),
        "{out}"
    );
    let bad = dir.path().join("ruim.md");
    std::fs::write(&bad, [0xff, 0xfe, 0x00]).unwrap();
    let (code, _, err) = run(
        dir.path(),
        &["lesson", SLUG, "1.1", "--set", bad.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("lectern: erro: ") && err.contains(":1:1: não é texto UTF-8; nada mudou"),
        "{err}"
    );
}

#[test]
fn generate_its_estimate_prompts_and_documents_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    approved_course(dir.path());
    let (code, out, err) = run(dir.path(), &["generate", SLUG, "--show-prompt"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("===== lição 1.1 · sistema ====="), "{out}");
    let (code, out, err) = run(dir.path(), &["generate", SLUG]);
    assert_eq!(code, 0, "{err}");
    for line in [
        "estimativa: offline: grátis, instantâneo",
        "gerando 3 lições de formulas-funcoes com offline",
        "3 lições: 3 geradas (",
        "tokens de saída · ",
    ] {
        assert!(out.contains(line), "{line:?} not in:\n{out}");
    }
    assert!(
        out.lines()
            .any(|l| l.starts_with("job ") && l.contains(": real: ")),
        "{out}"
    );
    let (code, out, err) = run(dir.path(), &["generate", SLUG, "--research", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!(
            "pesquisa de mercado de `{SLUG}` gerada (esqueletos offline: a pesquisar): "
        )) && out.contains(", $0,0000, nenhuma nova tentativa"),
        "{out}"
    );
    // An option the offline drafter cannot use is named in Portuguese.
    let (_, _, err) = run(
        dir.path(),
        &["generate", SLUG, "--lesson", "1.1", "--model", "x", "--yes"],
    );
    assert!(
        err.contains("lectern: nota: rascunhos offline não usam modelo (--model)"),
        "{err}"
    );
}

#[test]
fn persona_commands_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    approved_course(dir.path());
    let (_, out, _) = run(dir.path(), &["persona", "list"]);
    assert!(out.starts_with("ainda não há personas"), "{out}");
    let (code, out, err) = run(
        dir.path(),
        &["persona", "new", "ana", "--name", "Ana", "--tone", "calmo"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("persona `ana` (Ana) salva: perfil de voz; atribua-a com"),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["persona", "list"]);
    assert!(
        out.starts_with("ana ") && out.contains(" perfil de voz "),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["persona", "assign", SLUG, "ana"]);
    assert!(
        out.contains("agora é escrito na voz da persona `ana`"),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["persona", "show", "ana"]);
    assert!(
        out.contains("tipo: perfil de voz; atualizada em ")
            && out.contains(&format!("cursos: {SLUG}"))
            && out.contains("--- texto nos prompts ---"),
        "{out}"
    );
}

#[test]
fn diff_and_config_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    approved_course(dir.path());
    let (code, out, err) = run(dir.path(), &["diff", SLUG, "brief"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("brief (nenhuma)"), "{out}");
    let (_, out, _) = run(dir.path(), &["config", "path"]);
    assert!(
        out.starts_with("banco de dados: ") && out.contains("\nconfiguração:   "),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["config", "show"]);
    assert!(
        out.starts_with("# configuração em vigor: cada chave, seu valor e de onde ele vem\n")
            && out.contains("# arquivo de configuração: ")
            && out.contains("não encontrado: só os valores padrão")
            && out.contains("(variável de ambiente LECTERN_DB)")
            // The notes after a value, worded here (issue 18).
            && out.contains("sync desligado: defina ")
            && out.contains("falando pt-BR: ")
            && !out.contains("is not set")
            && !out.contains("speaking"),
        "{out}"
    );
    let english = lectern(dir.path())
        .env("LECTERN_DB", dir.path().join("l.db"))
        .args(["config", "show"])
        .output()
        .unwrap();
    let english = String::from_utf8(english.stdout).unwrap();
    assert!(
        english.starts_with("# effective configuration: each key")
            && english.contains("(environment LECTERN_DB)"),
        "{english}"
    );
}

#[test]
fn sync_in_pt_br() {
    let server = crate::sync_core_support::ServerSchema::new();
    let dir = tempfile::tempdir().unwrap();
    let sync = |args: &[&str]| {
        let out = pt(dir.path())
            .env("LECTERN_SYNC_URL", &server.url)
            .args(args)
            .args(["--schema", &server.name])
            .output()
            .unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (out, err) = sync(&["sync", "init"]);
    assert!(out.contains("já está na versão 1"), "{out}{err}");
    approved_course(dir.path());
    let (out, err) = sync(&["sync"]);
    assert!(
        out.starts_with("↑ ")
            && out.contains(" revisões, 1 curso · ↓ ")
            && out.ends_with(" 0 conflitos\n"),
        "{out}{err}"
    );
    let (out, err) = sync(&["sync", "--status"]);
    assert!(
        out.contains("servidor ") && out.contains("último sync ") && out.contains("0 abertos"),
        "{out}{err}"
    );
    let unset = pt(dir.path()).args(["sync"]).output().unwrap();
    let err = String::from_utf8(unset.stderr).unwrap();
    assert!(err.contains("o sync não está configurado"), "{err}");
}

#[test]
fn an_exported_folder_is_reported_in_pt_br() {
    let dir = tempfile::tempdir().unwrap();
    approved_course(dir.path());
    let to = dir.path().join("saida");
    let (code, out, err) = run(dir.path(), &["export", SLUG, "--to", to.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(&format!("`{SLUG}` exportado para "))
            && out.contains("lições planejadas não escritas (ainda sem conteúdo): 1.1, "),
        "{out}"
    );
}
