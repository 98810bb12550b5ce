//! The sync scenarios of `sync_core` again with every sync going through PgBouncer in
//! transaction mode (`LECTERN_TEST_PGBOUNCER_URL`; `.ci/run` starts it): no named prepared
//! statements, no session state, so a pooled server connection changing under the client
//! between transactions changes nothing. (`LECTERN_SYNC_TEST_ROUTE=pgbouncer` runs the whole
//! sync suite this way.)

use super::sync_core::*;
use super::sync_core_support::{ServerSchema, pgbouncer_url};

fn via_pgbouncer() -> ServerSchema {
    ServerSchema::via(pgbouncer_url())
}

#[test]
fn through_pgbouncer_a_library_reaches_an_empty_replica() {
    a_library_reaches_an_empty_replica_with_every_revision_and_head_on(via_pgbouncer());
}

#[test]
fn through_pgbouncer_edits_of_different_lines_merge() {
    edits_of_different_lines_merge_into_a_revision_with_two_parents_on(via_pgbouncer());
}

#[test]
fn through_pgbouncer_overlapping_edits_conflict_and_converge() {
    overlapping_edits_become_a_conflict_keeping_both_and_resolving_converges_on(via_pgbouncer());
}

#[test]
fn through_pgbouncer_fields_merge_one_by_one() {
    scalar_fields_merge_one_by_one_and_the_same_field_both_ways_is_a_conflict_on(via_pgbouncer());
}

#[test]
fn through_pgbouncer_a_lost_acknowledgement_applies_nothing_twice() {
    a_push_whose_acknowledgement_was_lost_is_not_applied_twice_on(via_pgbouncer());
}

#[test]
fn through_pgbouncer_a_copied_database_loses_nothing() {
    a_copied_database_gets_a_new_replica_id_and_loses_nothing_on(via_pgbouncer());
}
