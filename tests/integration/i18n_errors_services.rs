//! Issue 18: the services' refusals said in pt-BR. Each refusal is triggered through the
//! public API where that is cheap (or built as the service builds it) and checked by
//! `assert_said`: English exactly as before, pt-BR with every value and in other words.

use std::path::Path;

use lectern::domain::said::Said;
use lectern::services::{self, DEMO_SLUG, Protected, ServiceError, seed_demo};
use lectern::storage::Store;

use crate::i18n_errors::assert_said;
use crate::support::lectern;

pub fn demo_store(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("lectern.db")).unwrap().0;
    seed_demo(&mut store).unwrap();
    store
}

pub fn io(kind: std::io::ErrorKind) -> std::io::Error {
    std::io::Error::from(kind)
}

/// Runs lectern in `dir` with `args`, in pt-BR and in `LANG=C`; returns both stderrs.
pub fn stderr_in_both(dir: &Path, args: &[&str]) -> (String, String) {
    let run = |lang: &str| {
        let out = lectern(dir)
            .env("LANG", lang)
            .current_dir(dir)
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} in {lang} succeeded");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    (run("pt_BR.UTF-8"), run("C"))
}

#[test]
fn import_refusals_are_said_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a.txt");
    std::fs::write(&file, "x").unwrap();
    let pt = assert_said(&services::course_folders(&file).unwrap_err());
    assert!(pt.contains("não é uma pasta"), "{pt}");
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let pt = assert_said(&services::course_folders(&empty).unwrap_err());
    assert!(pt.contains("não contém nenhuma pasta de curso"), "{pt}");
    let course = tmp.path().join("course");
    std::fs::create_dir_all(course.join("lessons")).unwrap();
    std::fs::write(course.join("curriculum.yaml"), "modules: [").unwrap();
    let snapshot = services::read_course_folder(&course).unwrap();
    let refusal =
        services::plan_course(&snapshot, lectern::domain::rubric::Rubric::default()).unwrap_err();
    let pt = assert_said(&refusal);
    assert!(pt.contains("nada foi importado"), "{pt}");
    let mut store = demo_store(tmp.path());
    let err = services::import_snapshot(
        &mut store,
        &snapshot,
        lectern::domain::rubric::Rubric::default(),
        services::OnExisting::Update,
    )
    .unwrap_err();
    assert_said(&err);
    for said in [
        Said::new("err-cannot-read-folder")
            .with("path", "/x")
            .with("error", &io(std::io::ErrorKind::PermissionDenied)),
        Said::new("err-import-reserved-character")
            .with("path", "/x/a\u{f7ff}.md")
            .with("code", "F7FF"),
        Said::new("err-at")
            .with("label", "/x")
            .with("error", Said::new("err-course-not-found").with("slug", "x")),
    ] {
        assert_said(&ServiceError::refused(said));
    }
}

#[test]
fn a_folder_without_courses_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["--no-demo", "import", "empty"]);
    assert!(pt.contains("não contém nenhuma pasta de curso"), "{pt}");
    assert!(en.contains("holds no course folder"), "{en}");
}

#[test]
fn a_refused_course_of_an_import_run_is_said_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let course = tmp.path().join("broken");
    std::fs::create_dir_all(course.join("lessons")).unwrap();
    std::fs::write(course.join("curriculum.yaml"), "modules: [").unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["--no-demo", "import", "broken"]);
    assert!(pt.contains("nada foi importado deste curso"), "{pt}");
    assert!(en.contains("nothing was imported for this course"), "{en}");
}

#[test]
fn export_refusals_are_said_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let full = tmp.path().join("full");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("x"), "x").unwrap();
    let err = services::export_folder(&store, DEMO_SLUG, &full, false).unwrap_err();
    assert!(assert_said(&err).contains("não está vazia"));
    let err =
        services::export_folder(&store, DEMO_SLUG, &tmp.path().join("no/out"), false).unwrap_err();
    assert_said(&err);
    let err = services::export_folder(&store, DEMO_SLUG, &full.join("x"), false).unwrap_err();
    assert_said(&err);
    let db = tmp.path().join("lectern.db");
    let protected = Protected::database(&db);
    for target in [db.clone(), tmp.path().to_path_buf(), db.join("inner")] {
        let pt = assert_said(&protected.refuse(&target).unwrap_err());
        assert!(pt.contains("o banco de dados do lectern"), "{pt}");
    }
    let mut protected = Protected::default();
    protected.add(Said::new("err-protected-state"), tmp.path());
    let pt = assert_said(&protected.refuse(&tmp.path().join("x")).unwrap_err());
    assert!(pt.contains("fica dentro da pasta de estado"), "{pt}");
    assert_said(&services::write_file_atomically(&full, b"{}", false).unwrap_err());
    assert_said(&services::write_file_atomically(&full.join("x"), b"{}", false).unwrap_err());
    #[cfg(unix)]
    {
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&full, &link).unwrap();
        assert_said(&services::export_folder(&store, DEMO_SLUG, &link, true).unwrap_err());
        assert_said(&services::write_file_atomically(&link, b"{}", true).unwrap_err());
        let err = services::write_file_atomically(&link.join("y.json"), b"{}", true).unwrap_err();
        assert_said(&err);
    }
    let reasons = [
        "err-path-empty",
        "err-path-nul",
        "err-path-backslash",
        "err-path-absolute",
        "err-path-drive-letter",
        "err-path-empty-segment",
        "err-path-dot-segment",
        "err-path-outside-lessons",
    ];
    for reason in reasons {
        for said in [
            Said::new("err-export-lesson-path")
                .with("lesson", "9.1")
                .with("path", "../x.md")
                .with("reason", Said::new(reason)),
            Said::new("err-export-research-name")
                .with("path", "../x.md")
                .with("reason", Said::new(reason)),
        ] {
            assert_said(&ServiceError::refused(said));
        }
    }
    let error = io(std::io::ErrorKind::StorageFull);
    let mut saids = vec![
        Said::new("err-export-same-path")
            .with("slug", "x")
            .with("path", "lessons/a.md"),
        Said::new("err-export-no-temporary-name")
            .with("path", "/x/out")
            .with("name", "out"),
    ];
    for role in ["brief", "curriculum", "outline"] {
        saids.push(
            Said::new("err-export-source-name")
                .with("role", role)
                .with("path", "a/b.md"),
        );
    }
    for what in ["course", "metadata", "lessons", "research", "source files"] {
        saids.push(
            Said::new("err-export-json")
                .with("what", what)
                .with("slug", "x")
                .with("error", "recursion limit exceeded"),
        );
    }
    for id in [
        "err-fs-inspect",
        "err-fs-create",
        "err-fs-write",
        "err-fs-sync",
        "err-fs-move",
        "err-fs-move-aside",
        "err-fs-move-into-place",
        "err-fs-remove-replaced",
    ] {
        saids.push(Said::new(id).with("path", "/x/out").with("error", &error));
    }
    for what in [
        "err-protected-wal",
        "err-protected-shm",
        "err-protected-journal",
        "err-protected-backup",
        "err-protected-config",
    ] {
        saids.push(
            Said::new("err-export-is-protected")
                .with("target", "/x")
                .with("what", Said::new(what))
                .with("path", "/x"),
        );
    }
    for said in saids {
        assert_said(&ServiceError::refused(said));
    }
}

#[test]
fn an_export_over_a_full_folder_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("full")).unwrap();
    std::fs::write(tmp.path().join("full/x"), "x").unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["export", DEMO_SLUG, "--to", "full"]);
    assert!(pt.contains("existe e não está vazia"), "{pt}");
    assert!(en.contains("exists and is not empty"), "{en}");
}

#[test]
fn history_refusals_are_said_in_both_languages() {
    use services::history::{restore_revision, revision_text, undo_last_action};
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    for (target, name, expect) in [
        ("nope", "~0", "não tem histórico"),
        ("brief", "~x", "não é uma revisão"),
        ("brief", "~99", "99 revisões anteriores"),
        ("brief", "zzzz", "não tem a revisão"),
    ] {
        let err = revision_text(&store, DEMO_SLUG, target, name).unwrap_err();
        let pt = assert_said(&err);
        assert!(pt.contains(expect), "{pt}");
    }
    let err = restore_revision(&mut store, DEMO_SLUG, "brief", "~0").unwrap_err();
    assert!(assert_said(&err).contains("nada a restaurar"));
    let hint = Said::new("err-history-hint")
        .with("slug", "x")
        .with("target", "brief");
    for said in [
        Said::new("err-history-ambiguous")
            .with("name", "ab")
            .with("target", "brief")
            .with("hint", hint.clone()),
        Said::new("err-history-no-back")
            .with("target", "brief")
            .with("count", 1usize)
            .with("hint", hint),
        Said::new("err-restore-lesson-gone").with("lesson", "1.1"),
    ] {
        assert_said(&ServiceError::refused(said));
    }
    while undo_last_action(&mut store, DEMO_SLUG).is_ok() {}
    let err = undo_last_action(&mut store, DEMO_SLUG).unwrap_err();
    assert!(assert_said(&err).contains("nada para desfazer"));
}

#[test]
fn a_revision_that_is_not_there_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let (pt, en) = stderr_in_both(tmp.path(), &["restore", DEMO_SLUG, "brief", "zzzz"]);
    assert!(pt.contains("não tem a revisão `zzzz`"), "{pt}");
    assert!(en.contains("has no revision `zzzz`"), "{en}");
}

#[test]
fn generation_refusals_are_said_in_both_languages() {
    use lectern::generation::TemplateError;
    use lectern::generation::pricing::{Pricing, PricingError};
    use lectern::services::DocumentError;
    let tmp = tempfile::tempdir().unwrap();
    let err = Pricing::load(Some(tmp.path())).unwrap_err();
    assert!(assert_said(&err).contains("tabela de preços"));
    let bad = tmp.path().join("pricing.toml");
    std::fs::write(&bad, "[models.x]\ninput = \"free\"\n").unwrap();
    let err = Pricing::load(Some(&bad)).unwrap_err();
    assert!(matches!(err, PricingError::Parse { .. }), "{err}");
    assert!(assert_said(&err).contains("corrija a entrada"));
    assert_said(&TemplateError {
        path: "prompts/lesson.md".into(),
        source: io(std::io::ErrorKind::PermissionDenied),
    });
    let config = lectern::config::GenerationConfig {
        provider: "gemini".into(),
        ..Default::default()
    };
    let err = services::GenerateOptions::from_config(&config, None, None).unwrap_err();
    assert_said(&err);
    assert_said(&DocumentError::Interrupted(12));
    assert_said(&DocumentError::Incomplete {
        job: 12,
        message: "market_analysis: HTTP 500".into(),
    });
    // A model's answer that is not YAML: the parser's complaint and hint said in pt-BR.
    let refusal = services::authoring::check_curriculum("modules:\n  - title: A: B\n").unwrap_err();
    let pt = assert_said(&DocumentError::BadAnswer(refusal));
    assert!(pt.contains("ponha o valor da linha 2 entre aspas"), "{pt}");
    let differs = |asked: Said| {
        Said::new("err-resume-differs")
            .with("job", "12")
            .with("provider", "openai")
            .with("model", "gpt-x")
            .with("asked", asked)
    };
    let url = Said::new("err-resume-differs-url")
        .with("asked", Said::new("err-resume-default-url"))
        .with("job", "http://localhost:11434");
    let saids = [
        Said::new("err-generate-no-brief").with("slug", "x"),
        Said::new("err-generate-empty-outline").with("slug", "x"),
        Said::new("err-generate-saving-thread").with("error", &io(std::io::ErrorKind::OutOfMemory)),
        Said::new("err-generate-running")
            .with("slug", "x")
            .with("pid", "4242")
            .with("lock", "/x/lectern.db.lock"),
        Said::new("err-generate-nothing-to-resume").with("slug", "x"),
        Said::new("err-generate-no-job-to-resume")
            .with("slug", "x")
            .with("kind", "research"),
        Said::new("err-generate-no-job-to-resume")
            .with("slug", "x")
            .with("kind", "curriculum"),
        Said::new("err-generate-curriculum-changed")
            .with("slug", "x")
            .with("at", "2026-12-07T20:00:00Z"),
        Said::new("err-generate-unapproved")
            .with("slug", "x")
            .with("source", "edited")
            .with("at", "2026-12-07T20:00:00Z"),
        Said::new("err-no-lesson")
            .with("slug", "x")
            .with("lesson", "9.9"),
        Said::new("err-provider-url-credentials")
            .with("url", "http://host/v1")
            .with("key", Said::new("err-provider-key-env-unnamed")),
        Said::new("err-provider-url-credentials")
            .with("url", "http://host/v1")
            .with("key", "OPENAI_API_KEY"),
        Said::new("err-provider-no-key")
            .with("provider", "openai")
            .with("env", "OPENAI_API_KEY"),
        Said::new("err-resume-unknown-provider")
            .with("job", "12")
            .with("provider", "gemini"),
        differs(url.clone()),
        differs(
            Said::new("err-list-comma")
                .with(
                    "first",
                    Said::new("err-resume-differs-model")
                        .with("asked", "a")
                        .with("job", "b"),
                )
                .with("rest", url),
        ),
    ];
    for said in saids {
        let err = ServiceError::refused(said);
        assert_said(&err);
        assert_said(&DocumentError::Service(err));
    }
    for said in [
        Said::new("err-generate-curriculum-exists").with("slug", "x"),
        Said::new("err-generate-research-exists").with("slug", "x"),
    ] {
        assert_said(&DocumentError::Authoring(
            services::authoring::AuthoringError::Said(said),
        ));
    }
}

#[test]
fn a_lesson_the_course_lacks_is_refused_in_portuguese_by_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "generate",
        DEMO_SLUG,
        "--lesson",
        "9.9",
        "--provider",
        "offline",
        "--yes",
    ];
    let (pt, en) = stderr_in_both(tmp.path(), &args);
    assert!(pt.contains("não tem a lição `9.9`"), "{pt}");
    assert!(en.contains("has no lesson `9.9`"), "{en}");
}
