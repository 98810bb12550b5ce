//! `lectern generate SLUG --curriculum | --research`: the offline curriculum draft from the
//! demo brief's outline, the `--force` rule, a language model's unusable curriculum refused
//! with nothing stored (loopback server), and the four offline research skeletons.

use std::path::Path;
use std::time::Duration;

use predicates::prelude::*;

use lectern::domain::curriculum::parse_curriculum;
use lectern::generation::provider::Timeouts;
use lectern::generation::{ProviderKind, RetryPolicy};
use lectern::services::authoring::{NewCourseRequest, Replace, create_course, save_brief};
use lectern::services::{DocumentError, GenerateOptions, generate_curriculum, generate_research};
use lectern::storage::Store;

use super::llm_server::{LlmServer, Reply};

const BRIEF: &str = include_str!("../../assets/demo/planilhas-sem-medo/COURSE-BRIEF.md");
pub const SLUG: &str = "planilhas";

pub fn lectern(dir: &Path) -> assert_cmd::Command {
    let mut cmd = crate::support::lectern(dir);
    cmd.env("LECTERN_DB", dir.join("l.db"))
        .env("LECTERN_NO_DEMO", "1");
    cmd
}

/// A course whose brief is the demo's (it has a §3.3 outline: 2 modules × 3 lessons).
pub fn course_with_brief(dir: &Path) {
    let (mut store, _) = Store::open(&dir.join("l.db")).unwrap();
    let req = NewCourseRequest {
        slug: SLUG.into(),
        title: "Planilhas".into(),
        created_date: "2026-01-01".into(),
    };
    create_course(&mut store, &req).unwrap();
    save_brief(&mut store, SLUG, BRIEF).unwrap();
}

fn curriculum_text(dir: &Path) -> Option<String> {
    let (store, _) = Store::open(&dir.join("l.db")).unwrap();
    let course = store.read().require_course(SLUG).unwrap();
    store
        .read()
        .metadata(course.id)
        .unwrap()
        .and_then(|m| m.curriculum_yaml)
}

/// Oldest first.
/// The curriculum's revisions, oldest first, as `source provider` (provider may be empty).
fn version_summaries(dir: &Path) -> Vec<String> {
    let (store, _) = Store::open(&dir.join("l.db")).unwrap();
    let course = store.read().require_course(SLUG).unwrap();
    store
        .read()
        .revisions_of(course.id, &lectern::storage::Target::Curriculum)
        .unwrap()
        .into_iter()
        .rev()
        .map(|v| format!("{} {}", v.source, v.provider.unwrap_or_default()))
        .collect()
}

#[test]
fn offline_curriculum_from_the_demo_outline_parses_with_its_modules_and_lessons() {
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    lectern(dir.path())
        .args(["generate", SLUG, "--curriculum"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 modules, 7 lessons"))
        .stdout(predicate::str::contains("offline draft"));
    let yaml = curriculum_text(dir.path()).unwrap();
    assert!(yaml.starts_with("# Rascunho offline (draft)"), "{yaml}");
    let parsed = parse_curriculum(&yaml).unwrap();
    assert_eq!(parsed.title.as_deref(), Some("Planilhas sem Medo"));
    let titles: Vec<_> = parsed
        .modules
        .iter()
        .map(|m| m.title.clone().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Fundamentos da planilha", "Planilhas no dia a dia"]
    );
    let lessons: Vec<(String, String, Option<u32>)> = parsed
        .lessons()
        .map(|l| {
            (
                l.lesson_id.clone(),
                l.title.clone().unwrap(),
                l.duration_minutes,
            )
        })
        .collect();
    assert_eq!(lessons.len(), 7);
    assert_eq!(
        lessons[0],
        ("1.1".into(), "Células, linhas e colunas".into(), Some(15))
    );
    assert_eq!(
        lessons[5],
        (
            "2.3".into(),
            "Gráficos que contam uma história".into(),
            Some(15)
        )
    );
    assert!(parsed.issues.is_empty(), "{:?}", parsed.issues);
    assert_eq!(
        version_summaries(dir.path()).last().map(String::as_str),
        Some("generated offline")
    );
}

#[test]
fn an_existing_curriculum_is_only_replaced_with_force_and_then_kept_as_a_version() {
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authoring/curriculum.yaml");
    lectern(dir.path())
        .args(["curriculum", SLUG, "--set"])
        .arg(&fixture)
        .assert()
        .success();
    let authored = curriculum_text(dir.path()).unwrap();
    let versions = version_summaries(dir.path()).len();
    lectern(dir.path())
        .args(["generate", SLUG, "--curriculum"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already has a curriculum"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(
        curriculum_text(dir.path()).as_deref(),
        Some(authored.as_str())
    );
    assert_eq!(version_summaries(dir.path()).len(), versions);

    lectern(dir.path())
        .args(["generate", SLUG, "--curriculum", "--force", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"lessons\": 7"));
    assert!(
        curriculum_text(dir.path())
            .unwrap()
            .contains("Rascunho offline")
    );
    let summaries = version_summaries(dir.path());
    assert_eq!(summaries[versions - 1..], ["cli-set ", "generated offline"]);
    // The author's curriculum is still in history, byte for byte.
    let (store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let (_, kept) =
        lectern::services::history::revision_text(&store, SLUG, "curriculum", "~1").unwrap();
    assert_eq!(kept, authored);
    lectern(dir.path())
        .args(["generate", SLUG, "--force"])
        .assert()
        .code(2);
}

pub fn llm_opts(base: &str) -> GenerateOptions {
    let mut o = GenerateOptions::offline();
    o.slug = SLUG.into();
    o.provider = ProviderKind::Openai;
    o.model = Some("gpt-4o-mini".into());
    o.base_url = Some(base.into());
    o.api_key = Some(lectern::generation::ApiKey::new("sk-test-docs-key-123456"));
    o.retry = RetryPolicy {
        max_retries: 1,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(20),
    };
    o.timeouts = Timeouts {
        connect: Duration::from_secs(2),
        first_token: Duration::from_secs(5),
        idle: Duration::from_secs(5),
        ..Timeouts::default()
    };
    o
}

pub fn openai(text: &str) -> Reply {
    Reply::OpenAi {
        text: text.into(),
        usage: (800, 400),
        delay: Duration::ZERO,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_model_curriculum_that_does_not_parse_is_refused_and_nothing_is_stored() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let versions = version_summaries(dir.path()).len();
    let malformed = "title: \"Planilhas\"\nmodules:\n  - module_id: 1\n    lessons: [\n      lesson_id: \"1.1\"\n";
    let server = LlmServer::start(vec![openai(malformed)], None).await;
    let (mut store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let mut once = llm_opts(&server.base);
    once.max_attempts = 1;
    let err = generate_curriculum(&mut store, &once, Replace::Refuse)
        .await
        .unwrap_err();
    let DocumentError::BadAnswer(refusal) = &err else {
        panic!("expected a refused answer, got {err:?}");
    };
    // A YAML syntax error located in the answer, not the "no lessons" refusal of line 1.
    assert!(refusal.line > 1 && refusal.column >= 1, "{refusal:?}");
    assert!(!refusal.message.contains("no lessons"), "{refusal:?}");
    assert!(err.to_string().contains("nothing was stored"), "{err}");
    assert!(!err.is_bad_input());
    drop(store);
    assert_eq!(curriculum_text(dir.path()), None);
    assert_eq!(version_summaries(dir.path()).len(), versions);
    // The prompt carried the brief's outline.
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert!(
        requests[0]
            .to_string()
            .contains("MÓDULO 1: Fundamentos da planilha"),
        "{}",
        requests[0]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fenced_model_curriculum_that_parses_is_stored_with_its_cost() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let answer = "```yaml\ntitle: \"Planilhas sem Medo\"\nmodules:\n  - module_id: 1\n    module_title: \"Base\"\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: \"Células\"\n        duration_minutes: 60\n        bloom_level: Remember\n```\n";
    let server = LlmServer::start(vec![openai(answer)], None).await;
    let (mut store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let done = generate_curriculum(&mut store, &llm_opts(&server.base), Replace::Refuse)
        .await
        .unwrap();
    assert_eq!((done.saved.modules, done.saved.lessons), (1, 1));
    assert!(done.run.cost_usd.is_some_and(|c| c > 0.0), "{done:?}");
    drop(store);
    let yaml = curriculum_text(dir.path()).unwrap();
    assert!(yaml.starts_with("title: \"Planilhas sem Medo\""), "{yaml}");
}

#[test]
fn offline_research_stores_four_marked_skeletons_and_refuses_to_replace_them_without_force() {
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    lectern(dir.path())
        .args(["generate", SLUG, "--research"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "market-analysis, content-gaps, differentiation, sources",
        ));
    let (store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let course = store.read().require_course(SLUG).unwrap();
    let research = store.read().research(course.id).unwrap().unwrap();
    for report in [
        &research.market_analysis,
        &research.content_gaps,
        &research.differentiation,
        &research.sources,
    ] {
        let text = report.as_deref().unwrap();
        assert!(text.contains("Esqueleto offline"), "{text}");
        assert!(text.contains("Planilhas sem Medo"), "{text}");
    }
    let gaps = research.content_gaps.as_deref().unwrap();
    assert!(gaps.contains("não confia nos próprios números"), "{gaps}");
    drop(store);
    lectern(dir.path())
        .args(["generate", SLUG, "--research"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already has market research"));
    lectern(dir.path())
        .args(["generate", SLUG, "--research", "--force"])
        .assert()
        .success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_research_is_stored_only_when_all_four_reports_arrive() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let refused = Reply::Status {
        code: 401,
        retry_after: None,
        body: "{\"error\":{\"message\":\"bad key\"}}".into(),
    };
    let server = LlmServer::start(
        vec![openai("# Mercado"), openai("# Lacunas"), refused],
        None,
    )
    .await;
    let (mut store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let mut serial = llm_opts(&server.base);
    serial.concurrency = 1;
    let err = generate_research(&mut store, &serial, Replace::Refuse)
        .await
        .unwrap_err();
    assert!(matches!(err, DocumentError::Provider(_)), "{err:?}");
    let course = store.read().require_course(SLUG).unwrap();
    assert_eq!(store.read().research(course.id).unwrap(), None);

    let server = LlmServer::start(
        ["# Mercado", "# Lacunas", "# Diferenciação", "# Fontes"]
            .into_iter()
            .map(openai)
            .collect(),
        None,
    )
    .await;
    // One at a time, so the replies land on the reports in order.
    let mut serial = llm_opts(&server.base);
    serial.concurrency = 1;
    let done = generate_research(&mut store, &serial, Replace::Refuse)
        .await
        .unwrap();
    assert_eq!(done.reports.len(), 4);
    let research = store.read().research(course.id).unwrap().unwrap();
    assert_eq!(research.differentiation.as_deref(), Some("# Diferenciação"));
    assert_eq!(research.sources.as_deref(), Some("# Fontes"));
    let prompts = server.requests();
    assert!(
        prompts[3].to_string().contains("`sources.md`"),
        "{}",
        prompts[3]
    );
}

#[test]
fn a_course_persona_speaks_in_the_lesson_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    {
        let (mut store, _) = lectern::services::open_library(
            &db,
            lectern::services::OpenOptions { seed_demo: true },
        )
        .unwrap();
        store
            .write(|repo| -> Result<(), lectern::storage::StoreError> {
                let mind = lectern::storage::MindRecord {
                    slug: "ana-planilhas".into(),
                    display_name: "Ana".into(),
                    short_bio: Some("Contadora que ensina planilhas há 10 anos".into()),
                    voice_profile: serde_json::json!({}),
                    system_prompt: Some("Fale como a Ana: frases curtas, humor leve.".into()),
                };
                let id = repo.upsert_mind(&mind)?;
                let course = repo.require_course("planilhas-sem-medo")?;
                repo.set_course_persona(course.id, Some(id))
            })
            .unwrap();
    }
    let out = lectern(dir.path())
        .args([
            "generate",
            "planilhas-sem-medo",
            "--lesson",
            "1.1",
            "--show-prompt",
            "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("INSTRUCTOR VOICE PROFILE"), "{text}");
    assert!(
        text.contains("Fale como a Ana: frases curtas, humor leve."),
        "{text}"
    );
    let list = lectern(dir.path())
        .args(["list", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let courses: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(
        courses[0]["persona"], "Ana",
        "the library shows the persona"
    );
}

/// The offline draft's comment lines are in the author's language, each keeping the marker
/// that tells a draft from a reviewed curriculum.
#[test]
fn the_offline_curriculum_draft_speaks_the_author_s_language() {
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    lectern(dir.path())
        .env("LANG", "pt_BR.UTF-8")
        .args(["generate", SLUG, "--curriculum"])
        .assert()
        .success();
    let yaml = curriculum_text(dir.path()).unwrap();
    assert!(
        yaml.starts_with("# Rascunho offline (draft): feito pelo `lectern generate --curriculum`")
            && yaml.contains("\n# Revise títulos, durações e níveis de Bloom")
            && !yaml.contains("Review titles"),
        "{yaml}"
    );
    assert!(parse_curriculum(&yaml).is_ok());
    for lang in lectern::i18n::Lang::ALL {
        let header = lectern::i18n::Texts::new(lang).get("generate-curriculum-draft-header");
        assert!(
            header.contains(lectern::generation::CURRICULUM_DRAFT_MARKER),
            "{header}"
        );
    }
}
