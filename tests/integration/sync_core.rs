//! Sync (issue 14) between replicas on temp SQLite files through a real PostgreSQL: a library
//! reaching an empty replica, clean merges, conflicts kept and resolved, field-by-field
//! merges, a push whose acknowledgement was lost, a copied database, and schema refusal.

use lectern::services::authoring::save_lesson_as;
use lectern::services::seed_synthetic;
use lectern::services::sync::resolve_conflict;
use lectern::storage::sync::{Keep, OutboxEntry, PushOutcome, init_server, push_batch};
use lectern::storage::{NewCourse, RevisionSource};

use super::sync_core_support::{Replica, ServerSchema};

const SLUG: &str = "seed-00000";

fn lesson_text(first: &str, last: &str) -> String {
    format!("# 1.1\n\n{first}\n\nmiddle line one\nmiddle line two\nmiddle line three\n\n{last}\n")
}

fn save(r: &mut Replica, lesson: &str, text: &str) {
    save_lesson_as(&mut r.store, SLUG, lesson, text, RevisionSource::Edited).unwrap();
}

#[test]
fn a_library_reaches_an_empty_replica_with_every_revision_and_head() {
    a_library_reaches_an_empty_replica_with_every_revision_and_head_on(ServerSchema::new());
}

pub(super) fn a_library_reaches_an_empty_replica_with_every_revision_and_head_on(
    server: ServerSchema,
) {
    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 3, 4).unwrap();
    let up = server.sync(&mut a.store);
    assert_eq!(up.pushed_courses, 3);
    assert!(up.pushed_revisions >= 12, "{up:?}");
    let mut b = Replica::new("bruno");
    let down = server.sync(&mut b.store);
    assert_eq!(down.pulled_revisions, up.pushed_revisions);
    assert_eq!(a.heads(), b.heads());
    assert_eq!(a.heads(), server.heads());
    assert_eq!(a.revision_ids(), b.revision_ids());
    assert_eq!(a.rows(), b.rows());
    // Nothing left to do: a second sync moves nothing.
    let again = server.sync(&mut a.store);
    assert_eq!((again.pushed_revisions, again.pulled_revisions), (0, 0));
    assert_eq!(a.store.read().sync_pending().unwrap(), 0);
}

#[test]
fn edits_of_different_lines_merge_into_a_revision_with_two_parents() {
    edits_of_different_lines_merge_into_a_revision_with_two_parents_on(ServerSchema::new());
}

pub(super) fn edits_of_different_lines_merge_into_a_revision_with_two_parents_on(
    server: ServerSchema,
) {
    let (mut a, mut b) = (Replica::new("ana"), Replica::new("bruno"));
    seed_synthetic(&mut a.store, 1, 2).unwrap();
    save(&mut a, "1.1", &lesson_text("first", "last"));
    server.sync(&mut a.store);
    server.sync(&mut b.store);
    save(&mut a, "1.1", &lesson_text("FIRST by ana", "last"));
    save(&mut b, "1.1", &lesson_text("first", "LAST by bruno"));
    server.sync(&mut a.store);
    let rb = server.sync(&mut b.store);
    server.sync(&mut a.store);
    assert_eq!(rb.open_conflicts, 0);
    let merged = lesson_text("FIRST by ana", "LAST by bruno");
    assert_eq!(a.lesson_text(SLUG, "1.1").as_deref(), Some(merged.as_str()));
    assert_eq!(b.lesson_text(SLUG, "1.1").as_deref(), Some(merged.as_str()));
    assert_eq!(a.heads(), b.heads());
    assert_eq!(a.heads(), server.heads());
    let head = &server.heads()[&(SLUG.to_string(), "lesson/1.1".to_string())];
    let source = b
        .store
        .read()
        .revisions_of(
            b.store.read().require_course(SLUG).unwrap().id,
            &lectern::storage::Target::Lesson("1.1".into()),
        )
        .unwrap()
        .into_iter()
        .find(|r| &r.id == head)
        .unwrap()
        .source;
    assert_eq!(source, "merged");
}

#[test]
fn overlapping_edits_become_a_conflict_keeping_both_and_resolving_converges() {
    overlapping_edits_become_a_conflict_keeping_both_and_resolving_converges_on(ServerSchema::new());
}

pub(super) fn overlapping_edits_become_a_conflict_keeping_both_and_resolving_converges_on(
    server: ServerSchema,
) {
    let (mut a, mut b) = (Replica::new("ana"), Replica::new("bruno"));
    seed_synthetic(&mut a.store, 1, 2).unwrap();
    server.sync(&mut a.store);
    server.sync(&mut b.store);
    let ana = lesson_text("ana wrote this", "end");
    let bruno = lesson_text("bruno wrote that", "end");
    save(&mut a, "1.1", &ana);
    save(&mut b, "1.1", &bruno);
    assert_eq!(server.sync(&mut a.store).open_conflicts, 0);
    let rb = server.sync(&mut b.store);
    assert_eq!(rb.open_conflicts, 1, "{rb:?}");
    assert_eq!(server.sync(&mut a.store).open_conflicts, 1);
    // Nothing was overwritten: both texts are revisions everywhere; the head is ana's.
    for r in [&a, &b] {
        assert_eq!(r.lesson_text(SLUG, "1.1").as_deref(), Some(ana.as_str()));
        let conflicts = r.store.read().sync_conflicts(true).unwrap();
        assert_eq!(conflicts.len(), 1);
        let c = &conflicts[0];
        for id in [&c.mine_id, &c.theirs_id] {
            let text = r
                .store
                .read()
                .revision_text(id.as_deref().unwrap())
                .unwrap();
            assert!(text == Some(ana.clone()) || text == Some(bruno.clone()));
        }
    }
    let views = lectern::services::sync::conflict_views(&b.store, Some(SLUG)).unwrap();
    assert_eq!(views.len(), 1);
    assert_eq!(
        (views[0].mine.as_str(), views[0].theirs.as_str()),
        (bruno.as_str(), ana.as_str())
    );
    let base = views[0].ancestor.clone().unwrap();
    assert!(
        base.contains("Goal"),
        "the ancestor is the seeded text: {base}"
    );
    let on_b = b.store.read().sync_conflicts(true).unwrap().remove(0);
    assert_eq!(on_b.mine_author.as_deref(), Some("bruno"));
    assert_eq!(on_b.theirs_author.as_deref(), Some("ana"));
    resolve_conflict(&mut b.store, SLUG, "1.1", Keep::Mine).unwrap();
    assert_eq!(server.sync(&mut b.store).open_conflicts, 0);
    assert_eq!(server.sync(&mut a.store).open_conflicts, 0);
    assert_eq!(a.lesson_text(SLUG, "1.1").as_deref(), Some(bruno.as_str()));
    assert_eq!(b.lesson_text(SLUG, "1.1").as_deref(), Some(bruno.as_str()));
    assert_eq!(a.heads(), b.heads());
    assert_eq!(
        server.scalar_i64("SELECT count(*) FROM {s}.conflicts WHERE state = 'resolved'"),
        1
    );
}

#[test]
fn scalar_fields_merge_one_by_one_and_the_same_field_both_ways_is_a_conflict() {
    scalar_fields_merge_one_by_one_and_the_same_field_both_ways_is_a_conflict_on(
        ServerSchema::new(),
    );
}

pub(super) fn scalar_fields_merge_one_by_one_and_the_same_field_both_ways_is_a_conflict_on(
    server: ServerSchema,
) {
    let (mut a, mut b) = (Replica::new("ana"), Replica::new("bruno"));
    seed_synthetic(&mut a.store, 1, 1).unwrap();
    server.sync(&mut a.store);
    server.sync(&mut b.store);
    let set = |r: &mut Replica, title: &str, subtitle: &str| {
        r.store
            .write(|repo| {
                let c = repo.require_course(SLUG)?;
                repo.update_course(
                    c.id,
                    &NewCourse {
                        slug: SLUG.into(),
                        title: title.into(),
                        subtitle: Some(subtitle.into()),
                        keywords: c.keywords.clone(),
                        status: c.status,
                    },
                )
            })
            .unwrap();
    };
    let original = a.store.read().require_course(SLUG).unwrap();
    let sub = original.subtitle.clone().unwrap();
    set(&mut a, "Title by ana", &sub);
    set(&mut b, &original.title, "Subtitle by bruno");
    server.sync(&mut a.store);
    server.sync(&mut b.store);
    server.sync(&mut a.store);
    for r in [&a, &b] {
        let c = r.store.read().require_course(SLUG).unwrap();
        assert_eq!(c.title, "Title by ana");
        assert_eq!(c.subtitle.as_deref(), Some("Subtitle by bruno"));
    }
    set(&mut a, "ana again", "Subtitle by bruno");
    set(&mut b, "bruno again", "Subtitle by bruno");
    server.sync(&mut a.store);
    let rb = server.sync(&mut b.store);
    server.sync(&mut a.store);
    assert_eq!(rb.open_conflicts, 1);
    let c = b.store.read().sync_conflicts(true).unwrap().remove(0);
    assert_eq!(c.target, "course#title");
    assert_eq!(c.mine_value.as_deref(), Some("\"bruno again\""));
    assert_eq!(a.rows(), b.rows());
}

#[test]
fn a_push_whose_acknowledgement_was_lost_is_not_applied_twice() {
    a_push_whose_acknowledgement_was_lost_is_not_applied_twice_on(ServerSchema::new());
}

pub(super) fn a_push_whose_acknowledgement_was_lost_is_not_applied_twice_on(server: ServerSchema) {
    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 1, 3).unwrap();
    // Push everything, commit on the server, then "crash" before the local ack.
    let opts = server.options();
    let replica = a.store.write(|r| r.sync_enable()).unwrap();
    let entries: Vec<OutboxEntry> = a
        .store
        .write(|r| {
            r.sync_freeze()?;
            r.sync_outbox(0, 10_000)
        })
        .unwrap();
    let items = lectern::services::sync::push_items(&a.store, &entries).unwrap();
    let outcome = server.runtime.block_on(async {
        let mut client = super::sync_core_support::connect_plain(&server.url).await;
        push_batch(&mut client, &opts.schema, &replica, "ana", 0, &items)
            .await
            .unwrap()
    });
    assert!(matches!(outcome, PushOutcome::Applied { .. }));
    let log = server.scalar_i64("SELECT count(*) FROM {s}.sync_log");
    let report = server.sync(&mut a.store);
    assert!(!report.new_replica_id);
    assert_eq!(report.pushed_revisions, 0);
    assert_eq!(server.scalar_i64("SELECT count(*) FROM {s}.sync_log"), log);
    assert_eq!(a.heads(), server.heads());
    assert_eq!(a.store.read().sync_pending().unwrap(), 0);
}

#[test]
fn a_copied_database_gets_a_new_replica_id_and_loses_nothing() {
    a_copied_database_gets_a_new_replica_id_and_loses_nothing_on(ServerSchema::new());
}

pub(super) fn a_copied_database_gets_a_new_replica_id_and_loses_nothing_on(server: ServerSchema) {
    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 1, 2).unwrap();
    server.sync(&mut a.store);
    let copy_dir = tempfile::tempdir().unwrap();
    let copy_db = copy_dir.path().join("lectern.db");
    // A consistent copy of the file as it stands (what a backup or a copied folder holds).
    rusqlite::Connection::open(a.db())
        .unwrap()
        .execute("VACUUM INTO ?1", [copy_db.to_str().unwrap()])
        .unwrap();
    let (mut copy, _) = lectern::storage::Store::open(&copy_db).unwrap();
    save(&mut a, "1.1", "# 1.1\n\nthe original moved on\n");
    server.sync(&mut a.store);
    save_lesson_as(
        &mut copy,
        SLUG,
        "1.2",
        "# 1.2\n\nthe copy's own edit\n",
        RevisionSource::Edited,
    )
    .unwrap();
    let report = server.runtime.block_on(async {
        let mut client = super::sync_core_support::connect_plain(&server.url).await;
        lectern::services::sync::sync(&mut copy, &mut client, &server.options())
            .await
            .unwrap()
    });
    assert!(report.new_replica_id, "{report:?}");
    server.sync(&mut a.store);
    assert_eq!(
        a.lesson_text(SLUG, "1.2").as_deref(),
        Some("# 1.2\n\nthe copy's own edit\n")
    );
    assert_eq!(a.heads(), server.heads());
}

#[test]
fn a_newer_server_schema_is_refused_before_anything_is_written() {
    let server = ServerSchema::new();
    let bump = format!("INSERT INTO {}.sync_schema VALUES (99)", server.name);
    server.runtime.block_on(async {
        let client = super::sync_core_support::connect_plain(&server.url).await;
        client.batch_execute(&bump).await.unwrap();
    });
    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 1, 1).unwrap();
    let err = server.runtime.block_on(async {
        let mut client = super::sync_core_support::connect_plain(&server.url).await;
        let init = init_server(&mut client, &server.name).await.unwrap_err();
        assert!(
            init.to_string().contains("newer than this lectern"),
            "{init}"
        );
        lectern::services::sync::sync(&mut a.store, &mut client, &server.options())
            .await
            .unwrap_err()
    });
    assert!(err.to_string().contains("version 99"), "{err}");
    assert_eq!(server.scalar_i64("SELECT count(*) FROM {s}.revisions"), 0);
    // A second init on a current schema is a no-op.
    let fresh = ServerSchema::new();
    fresh.runtime.block_on(async {
        let mut client = super::sync_core_support::connect_plain(&fresh.url).await;
        let again = init_server(&mut client, &fresh.name).await.unwrap();
        assert_eq!(again.from, again.to);
    });
}

#[test]
fn a_stalled_server_times_out_with_a_clear_error_and_the_next_sync_succeeds() {
    let server = ServerSchema::new();
    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 1, 2).unwrap();
    let opts = lectern::services::sync::SyncOptions {
        timeout: std::time::Duration::from_secs(2),
        ..server.options()
    };
    let err = server.runtime.block_on(async {
        // Another session holds the row every push locks first: to this client the server
        // simply stops answering.
        let mut blocker = super::sync_core_support::connect_plain(&server.url).await;
        let tx = blocker.transaction().await.unwrap();
        let lock = format!("SELECT seq FROM {}.sync_head FOR UPDATE", server.name);
        tx.query_typed(&lock, &[]).await.unwrap();
        let mut client = super::sync_core_support::connect_plain(&server.url).await;
        let err = lectern::services::sync::sync(&mut a.store, &mut client, &opts)
            .await
            .unwrap_err();
        tx.rollback().await.unwrap();
        err
    });
    let text = err.to_string();
    assert!(
        text.contains("did not answer the push within 2 s"),
        "{text}"
    );
    assert!(text.contains("nothing was lost"), "{text}");
    assert!(a.store.read().sync_pending().unwrap() > 0);
    let report = server.sync(&mut a.store);
    assert!(report.pushed_revisions > 0);
    assert_eq!(a.store.read().sync_pending().unwrap(), 0);
    assert_eq!(a.heads(), server.heads());
}
