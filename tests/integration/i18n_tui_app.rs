//! Issue 18, phase 3, the workbench's frame in pt-BR: the status line's notifications written
//! by `app/` and the storage worker (archive, unarchive, import, undo, where-is-my-data, sync),
//! the status bar's sync line in each state, the too-small notice (wrapped when narrow), the
//! palette matching Portuguese section names, and the watch/help section names. Snapshots at
//! 80×24 (the too-small notice at the sizes that show it); English is checked unchanged where
//! the words moved to the message files.

use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::i18n::{Lang, Texts};
use lectern::tui::{App, AppEvent, Keymap, SyncEvent, SyncSummary, Theme};

use crate::support::copy_dir;
use crate::tui_harness::Harness;

const PT: Texts = Texts::new(Lang::PtBr);
const EN: Texts = Texts::new(Lang::En);

const DEMO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/demo/planilhas-sem-medo"
);

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

fn snap(name: &str, h: &Harness) {
    // A course imported by the test shows today's date as changed: the same word every day.
    let today = time::OffsetDateTime::now_utc().date().to_string();
    insta::assert_snapshot!(
        format!("pt_{name}_80x24"),
        h.screen(80, 24).replace(&today, "AAAA-MM-DD")
    );
}

fn status(h: &Harness) -> String {
    h.app.notification().unwrap_or_default().to_string()
}

/// The last row of the frame: the status bar.
fn status_bar(h: &Harness) -> String {
    let screen = h.screen(80, 24);
    let last = screen.lines().last().unwrap_or_default();
    last.trim_matches('"').to_string()
}

/// The harness's app as `lectern` starts it when `[sync]` is configured (in the language it
/// was opened in).
fn with_sync(h: &mut Harness) {
    let blank = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_sync_status(true);
    let start = h.app.start();
    h.answer(start);
}

/// The database as after a first sync `hours` ago (`None`: never), with `pending` local
/// changes waiting and `conflicts` open conflicts, no server needed.
fn synced_before(h: &Harness, hours: Option<i64>, pending: usize, conflicts: usize) {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    let at = hours.map(|hours| {
        let at = time::OffsetDateTime::now_utc() - time::Duration::minutes(hours * 60 + 5);
        at.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    });
    conn.execute(
        "UPDATE sync_state SET mode = 1, replica_id = 'r1', last_sync_at = ?1 WHERE id = 1",
        [at],
    )
    .unwrap();
    for i in 0..pending {
        conn.execute(
            "INSERT INTO sync_outbox (kind, key) VALUES ('row', ?1)",
            [format!("k{i}")],
        )
        .unwrap();
    }
    for i in 0..conflicts {
        conn.execute(
            "INSERT INTO sync_conflicts (id, course, target, created_at)
             VALUES (?1, 'planilhas-sem-medo', 'brief', '2026-01-02T03:04:05Z')",
            [format!("c{i}")],
        )
        .unwrap();
    }
}

fn sync_event(h: &mut Harness, event: SyncEvent) {
    let requests = h.app.handle_event(AppEvent::Sync(event));
    h.answer(requests);
}

#[test]
fn pt_br_too_small_notice_is_portuguese_and_wraps_when_narrow() {
    let h = pt_demo();
    insta::assert_snapshot!("pt_too_small_59x20", h.screen(59, 20));
    insta::assert_snapshot!("pt_too_small_80x19", h.screen(80, 19));
    // Narrower than its longest line: wrapped between words, nothing cut at the edge.
    insta::assert_snapshot!("pt_too_small_24x10", h.screen(24, 10));
    let screen = h.screen(24, 10);
    assert!(screen.contains("Terminal pequeno"), "{screen}");
    assert!(screen.contains("24×10, o mínimo é"), "{screen}");
    assert!(!screen.contains("too small"), "{screen}");
}

#[test]
fn pt_br_status_bar_sync_line_in_each_state() {
    let mut h = pt_demo();
    synced_before(&h, Some(3), 2, 0);
    with_sync(&mut h);
    assert!(
        status_bar(&h).ends_with("⇅ 2↑ · sync há 3 h "),
        "{}",
        status_bar(&h)
    );
    snap("status_sync_local", &h);

    // A poll found news waiting.
    sync_event(&mut h, SyncEvent::Polled(4));
    assert!(
        status_bar(&h).ends_with("⇅ 2↑ 4↓ · sync há 3 h "),
        "{}",
        status_bar(&h)
    );
    snap("status_sync_waiting", &h);

    // The sync-now key: "syncing…" in front while it runs.
    h.keys("Y");
    let bar = status_bar(&h);
    assert!(
        bar.ends_with("⇅ sincronizando… · 2↑ 4↓ · sync há 3 h "),
        "{bar}"
    );
    snap("status_sync_running", &h);
    sync_event(
        &mut h,
        SyncEvent::Started {
            server: "localhost:5432/lectern".into(),
        },
    );
    assert_eq!(status(&h), "sincronizando com localhost:5432/lectern…");
    h.keys("Y");
    assert_eq!(
        status(&h),
        "já há uma sincronização em andamento",
        "the first Y's sync still runs"
    );

    // It failed: the server is unreachable until a poll says otherwise.
    let failed = "sync com localhost:5432/lectern: connection refused";
    sync_event(&mut h, SyncEvent::Failed(failed.into()));
    assert_eq!(status(&h), failed);
    for _ in 0..20 {
        h.tick();
    }
    assert!(
        status_bar(&h).ends_with("⇅ offline · 2↑ · sync há 3 h "),
        "{}",
        status_bar(&h)
    );
    snap("status_sync_offline", &h);
}

#[test]
fn pt_br_sync_line_counts_conflicts_and_days_and_never() {
    let mut h = pt_demo();
    synced_before(&h, Some(50), 0, 2);
    with_sync(&mut h);
    sync_event(&mut h, SyncEvent::Polled(0));
    let bar = status_bar(&h);
    assert!(
        bar.contains("⇅ 0↑ 0↓ · 2 conflitos · sync há 2 dias"),
        "{bar}"
    );
    snap("status_sync_conflicts", &h);

    let mut h = pt_demo();
    synced_before(&h, None, 1, 1);
    with_sync(&mut h);
    let bar = status_bar(&h);
    assert!(
        bar.contains("⇅ 1↑ · 1 conflito · nunca sincronizado"),
        "{bar}"
    );

    // The same states in English read as before.
    let mut h = Harness::open_in(EN, true, |_| {});
    synced_before(&h, Some(50), 0, 2);
    with_sync(&mut h);
    sync_event(&mut h, SyncEvent::Polled(0));
    let bar = status_bar(&h);
    assert!(
        bar.contains("⇅ 0↑ 0↓ · 2 conflicts · synced 2 d ago"),
        "{bar}"
    );
}

#[test]
fn pt_br_sync_notifications() {
    let mut h = pt_demo();
    h.keys("Y");
    assert!(
        status(&h).starts_with("o sync não está configurado: defina LECTERN_SYNC_URL"),
        "{}",
        status(&h)
    );
    synced_before(&h, Some(1), 0, 0);
    with_sync(&mut h);
    let pulled = |pulled: u64, courses: &[&str]| SyncSummary {
        summary: String::new(),
        courses: courses.iter().map(|c| c.to_string()).collect(),
        pulled,
        open_conflicts: 0,
    };
    sync_event(
        &mut h,
        SyncEvent::Pulled(pulled(1, &["planilhas-sem-medo"])),
    );
    assert_eq!(
        status(&h),
        "1 revisão de planilhas-sem-medo recebida do servidor"
    );
    snap("sync_pulled", &h);
    sync_event(&mut h, SyncEvent::Pulled(pulled(3, &["a", "b"])));
    assert_eq!(status(&h), "3 revisões de 2 cursos recebidas do servidor");
    sync_event(&mut h, SyncEvent::Pulled(pulled(2, &[])));
    assert_eq!(status(&h), "2 revisões recebidas do servidor");
    let synced = SyncSummary {
        summary: "↑ 1 revisão, 1 curso · ↓ 0 revisões · 0 conflitos".into(),
        ..pulled(0, &[])
    };
    sync_event(&mut h, SyncEvent::Synced(synced));
    assert_eq!(
        status(&h),
        "sincronizado: ↑ 1 revisão, 1 curso · ↓ 0 revisões · 0 conflitos"
    );
}

#[test]
fn pt_br_archive_and_unarchive_say_so_in_portuguese() {
    let mut h = pt_demo();
    h.keys("d").keys("y");
    assert_eq!(
        status(&h),
        "planilhas-sem-medo arquivado: continua no banco de dados, fora da biblioteca · u desfaz"
    );
    snap("archived", &h);
    // From the Archived view, `d` brings it back with the status it had.
    h.keys("A").keys("d");
    assert_eq!(
        status(&h),
        "planilhas-sem-medo desarquivado: de volta à biblioteca como rascunho"
    );
    snap("unarchived", &h);

    // English as before.
    let mut h = Harness::open_in(EN, true, |_| {});
    h.keys("d").keys("y");
    assert_eq!(
        status(&h),
        "archived planilhas-sem-medo: kept in the database, out of the library · u undo"
    );
    h.keys("A").keys("d");
    assert_eq!(
        status(&h),
        "unarchived planilhas-sem-medo: back in the library as draft"
    );
}

#[test]
fn pt_br_import_report_and_undo() {
    let mut h = pt_demo();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("planilhas-sem-medo");
    copy_dir(Path::new(DEMO), &folder);
    let file = folder.join("lessons/1.1-celulas-linhas-e-colunas.md");
    let changed = format!(
        "{}\nUma linha nova no arquivo.\n",
        std::fs::read_to_string(&file).unwrap()
    );
    std::fs::write(&file, &changed).unwrap();
    h.keys("i").type_text(&folder.display().to_string());
    h.press(KeyCode::Enter);
    let said = status(&h);
    assert!(said.starts_with("planilhas-sem-medo importado ("), "{said}");
    assert!(said.contains(" lições, "), "{said}");
    assert!(said.ends_with(" · u desfaz"), "{said}");
    assert!(!said.contains("lessons"), "{said}");
    snap("imported", &h);

    h.keys("u");
    let said = status(&h);
    assert!(
        said.starts_with("desfeita a última reimportação em planilhas-sem-medo: "),
        "{said}"
    );
    assert!(
        said.ends_with("voltou à revisão anterior")
            || said.ends_with("voltaram à revisão anterior"),
        "{said}"
    );
    snap("undone", &h);

    // A folder with no course in it.
    let empty = tempfile::tempdir().unwrap();
    h.keys("i").type_text(&empty.path().display().to_string());
    h.press(KeyCode::Enter);
    let said = status(&h);
    // The import service's own refusal is quoted as written.
    assert!(said.starts_with("importação recusada: "), "{said}");
}

#[test]
fn pt_br_where_is_my_data_and_nothing_to_undo() {
    let mut h = pt_demo();
    h.press_with(KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert_eq!(status(&h), "seus dados: ~/lectern/demo.db");
    snap("where_is_my_data", &h);

    let mut h = Harness::open_in(PT, false, |_| {});
    h.keys("u");
    assert_eq!(status(&h), "nada a desfazer: nenhum curso selecionado");
    h.keys("m");
    assert_eq!(status(&h), "nenhum curso selecionado: nada a mostrar");
}

#[test]
fn pt_br_palette_matches_portuguese_section_names() {
    let mut h = pt_demo();
    h.keys(":").type_text("qualquer");
    let matches: Vec<String> = h
        .app
        .palette()
        .unwrap()
        .matches()
        .iter()
        .map(|m| m.to_string())
        .collect();
    assert!(
        matches.iter().any(|m| m.starts_with("sincronizar agora")),
        "the global actions' section, `qualquer tela`, matches: {matches:?}"
    );
    snap("palette_section_match", &h);
    // The English section name no longer matches in pt-BR.
    h.press(KeyCode::Esc).keys(":").type_text("everywhere");
    assert!(h.app.palette().unwrap().matches().is_empty());

    // A Portuguese word of an action finds it, and Enter runs it.
    h.press(KeyCode::Esc).keys(":").type_text("sinc agora");
    let palette = h.app.palette().unwrap();
    assert!(
        palette.matches()[0].starts_with("sincronizar agora"),
        "{:?}",
        palette.matches()
    );
    h.press(KeyCode::Enter);
    assert!(
        status(&h).starts_with("o sync não está configurado"),
        "{}",
        status(&h)
    );

    // On the course screen its own section is `Curso`.
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys(":").type_text("curso");
    let screen = h.screen(80, 24);
    assert!(screen.contains("  Curso"), "{screen}");
}

#[test]
fn pt_br_help_names_the_screen_in_portuguese() {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("?");
    let screen = h.screen(80, 24);
    assert!(screen.contains("│Curso "), "{screen}");
    let mut h = pt_demo();
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(
        h.screen(80, 24).contains(" Lectern › Biblioteca › Busca"),
        "{}",
        h.screen(80, 24)
    );
}
