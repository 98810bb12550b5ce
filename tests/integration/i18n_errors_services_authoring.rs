//! Issue 18, continued from `i18n_errors_services`: personas, authoring, the person's own
//! editor, the offline guard and report refusals said in pt-BR.

use lectern::domain::persona::{Persona, slug_problem};
use lectern::domain::said::Said;
use lectern::services::authoring::{AuthoringError, EditorError, NewCourseRequest, create_course};
use lectern::services::{self, DEMO_SLUG, OnExistingPersona, PersonaNames, ServiceError};

use crate::i18n_errors::assert_said;
use crate::i18n_errors_services::{demo_store, io, stderr_in_both};

fn persona(slug: &str, name: &str) -> Persona {
    Persona {
        slug: slug.into(),
        display_name: name.into(),
        ..Persona::default()
    }
}

#[test]
fn persona_refusals_are_said_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    let pt = assert_said(&services::persona(&store, "ghost").unwrap_err());
    assert!(pt.contains("não há persona `ghost`"), "{pt}");
    let bad = services::save_persona(&mut store, &persona("X!", "X"), OnExistingPersona::Refuse)
        .unwrap_err();
    assert_eq!(bad.to_string(), slug_problem("X!").unwrap());
    assert_said(&bad);
    let err = services::save_persona(&mut store, &persona("ana", " "), OnExistingPersona::Refuse)
        .unwrap_err();
    assert_said(&err);
    let mut chatty = persona("ana", "Ana");
    chatty.voice.phrases = (0..7).map(|i| format!("frase {i}")).collect();
    let err = services::save_persona(&mut store, &chatty, OnExistingPersona::Refuse).unwrap_err();
    assert!(err.to_string().contains("(7 given)"), "{err}");
    assert_said(&err);
    let ana = persona("ana", "Ana");
    services::save_persona(&mut store, &ana, OnExistingPersona::Refuse).unwrap();
    let err = services::save_persona(&mut store, &ana, OnExistingPersona::Refuse).unwrap_err();
    assert!(assert_said(&err).contains("já existe"));
    let names = PersonaNames::default();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_said(&services::read_persona(&empty, &names).unwrap_err());
    let brief = tmp.path().join("COURSE-BRIEF.md");
    std::fs::write(&brief, "# Curso\n").unwrap();
    assert_said(&services::read_persona(&brief, &names).unwrap_err());
    let gone = tmp.path().join("gone.md");
    let pt = assert_said(&services::read_persona(&gone, &names).unwrap_err());
    assert!(pt.contains("não encontrad"), "{pt}");
    let err = services::save_persona_prompt(&mut store, "ana", "", "<<<<<<< mine\n").unwrap_err();
    assert!(assert_said(&err).contains("marcador de conflito"));
}

#[test]
fn an_unknown_persona_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["persona", "show", "ghost"]);
    assert!(pt.contains("não há persona `ghost`"), "{pt}");
    assert!(en.contains("no persona `ghost`"), "{en}");
}

#[test]
fn authoring_refusals_are_said_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    let request = |slug: &str, title: &str| NewCourseRequest {
        slug: slug.into(),
        title: title.into(),
        created_date: "2026-12-07".into(),
    };
    let err = create_course(&mut store, &request("Bad Slug", "T")).unwrap_err();
    assert_eq!(
        err.to_string(),
        lectern::domain::slug::slug_problem("Bad Slug").unwrap()
    );
    assert!(assert_said(&err).contains("`bad-slug`"));
    assert_said(&create_course(&mut store, &request("novo-curso", "  ")).unwrap_err());
    let saids = [
        Said::new("err-no-lesson")
            .with("slug", DEMO_SLUG)
            .with("lesson", "9.9"),
        Said::new("err-skeleton-no-lesson")
            .with("slug", DEMO_SLUG)
            .with("lesson", "9.9"),
        Said::new("err-curriculum-exists")
            .with("slug", "x")
            .with("lines", 1usize),
        Said::new("err-curriculum-exists")
            .with("slug", "x")
            .with("lines", 1200usize),
        Said::new("err-curriculum-none-yet").with("slug", "x"),
        Said::new("err-curriculum-changed-since-summary").with("conflict", "sha abc → def"),
        Said::new("err-curriculum-none-to-approve").with("slug", "x"),
        Said::new("err-curriculum-no-lessons-to-approve"),
    ];
    for said in saids {
        assert_said(&AuthoringError::Said(said));
    }
    for count in [1usize, 3] {
        let said = Said::new("err-offline-nothing-to-generate").with("count", count);
        assert_said(&ServiceError::refused(said));
    }
    let csv = Said::new("err-at")
        .with("label", "lessons.csv")
        .with("error", Said::new("err-course-not-found").with("slug", "x"));
    assert_said(&ServiceError::refused(csv));
    let error = || io(std::io::ErrorKind::NotFound);
    for err in [
        EditorError::TempFile {
            path: "/tmp/x.md".into(),
            source: error(),
        },
        EditorError::Spawn {
            editor: "code -w".into(),
            source: error(),
        },
        EditorError::Failed {
            editor: "vi".into(),
            status: "exit status: 1".into(),
        },
        EditorError::NotText {
            path: "/tmp/x.md".into(),
            source: io(std::io::ErrorKind::InvalidData),
        },
    ] {
        assert_said(&err);
    }
}

#[test]
fn a_bad_course_slug_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["new", "Bad Slug", "--title", "Curso Novo"]);
    assert!(pt.contains("não é um slug válido"), "{pt}");
    assert!(en.contains("is not a valid slug"), "{en}");
}

#[test]
fn performance_import_refusals_are_said_in_both_languages() {
    use lectern::services::analytics::{PerformanceImportError, import_performance};
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    for (csv, expect) in [
        ("title,notes\nA,x\n", "nenhuma coluna de números"),
        ("notes,views\nx,1\n", "nenhuma coluna indica a lição"),
        ("lesson,views,views\n1.1,1,2\n", "duas colunas significam"),
        ("course,lesson,views\nx,1.1,abc\n", "coluna 3 `views`"),
        ("course,lesson,views\nx,1.1,1,2\n", "o cabeçalho tem 3"),
        (
            "course,lesson,views,completions\nx,1.1,3,5\n",
            "5 conclusões",
        ),
        ("course,lesson,views\n,,7\n", "não indica nenhuma lição"),
        (
            "course,lesson,views\nnope,1.1,3\nnope,2.2,4\n",
            "2 linhas não correspondem",
        ),
    ] {
        let err = import_performance(&mut store, "p.csv", csv.as_bytes(), false).unwrap_err();
        let pt = assert_said(&err);
        assert!(pt.contains(expect), "{csv}: {pt}");
    }
    let err = import_performance(
        &mut store,
        "p.csv",
        b"course,lesson,views\nnope,1.1,3\n",
        false,
    )
    .unwrap_err();
    let pt = assert_said(&err);
    assert!(
        pt.ends_with("\n  linha 2: `nope/1.1`: não há lição 1.1 em um curso `nope`"),
        "{pt}"
    );
    for reason in [
        Said::new("err-match-no-course-no-title"),
        Said::new("err-match-no-id-or-title"),
        Said::new("err-match-no-title").with("title", "Aula 1"),
        Said::new("err-match-many-titles")
            .with("count", 2usize)
            .with("title", "Aula 1")
            .with("lessons", "a/1.1, b/1.1"),
    ] {
        assert_said(&AuthoringError::Said(reason));
    }
    let twice = PerformanceImportError::Row {
        file: "p.csv".into(),
        line: 3,
        message: Said::new("err-performance-twice")
            .with("lesson", "x/1.1")
            .with("first", "2"),
    };
    assert_said(&twice);
    let missing = tmp.path().join("none.csv");
    let err =
        services::analytics::import_performance_file(&mut store, &missing, false).unwrap_err();
    assert_said(&err);
}

#[test]
fn unmatched_figures_are_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("p.csv"),
        "course,lesson,views\nnope,1.1,3\n",
    )
    .unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["performance", "import", "p.csv"]);
    assert!(
        pt.contains("1 linha não corresponde a nenhuma lição"),
        "{pt}"
    );
    assert!(en.contains("1 row(s) match no lesson"), "{en}");
}

#[test]
fn stored_data_that_no_longer_holds_together_is_said_in_both_languages() {
    use lectern::storage::StoreError;
    for said in [
        Said::new("err-save-lesson-gone").with("lesson", "1.1"),
        Said::new("err-save-offline-replaced").with("lesson", "1.1"),
        Said::new("err-restore-no-revision").with("target", "brief"),
        Said::new("err-restore-parent-missing").with("revision", "0123456789abc"),
        Said::new("err-restore-bad-status").with("text", "shipped"),
    ] {
        let err = StoreError::Refused(said);
        assert!(
            err.to_string().starts_with("stored value is invalid: "),
            "{err}"
        );
        assert!(assert_said(&err).starts_with("valor guardado inválido: "));
    }
}

#[test]
fn existing_research_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "generate",
        DEMO_SLUG,
        "--research",
        "--provider",
        "offline",
        "--yes",
    ];
    let (pt, en) = stderr_in_both(tmp.path(), &args);
    assert!(pt.contains("já tem uma pesquisa de mercado"), "{pt}");
    assert!(en.contains("already has market research"), "{en}");
}
