#!/usr/bin/env bash
# Runs the sync convergence property test (issue 14) for many cases, in parallel shards of
# batches, each batch a new process with its own random proptest seed, and logs every batch.
# The CI run does 200 cases inside `cargo test`; this is the longer local run.
#
#   source .ci/pg-services.sh        # PostgreSQL must be up; LECTERN_TEST_PG_URL is read
#   tests/sync_convergence_shards.sh [SHARDS=2] [BATCHES_PER_SHARD=25] [CASES_PER_BATCH=100]
#
# Prints "N cases passed, M batches failed" at the end; a failed batch keeps its output
# (with the minimal failing case proptest found) in $OUT/shard-S-batch-B.out.
set -euo pipefail
shards=${1:-2}
batches=${2:-25}
cases=${3:-100}
export LECTERN_TEST_PG_URL=${LECTERN_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}
cd "$(dirname "$0")/.."
bin=$(cargo test --test integration --no-run --message-format=json 2>/dev/null |
      grep -o '"executable":"[^"]*integration-[^"]*"' | tail -1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "could not build the integration test binary" >&2; exit 2; }
OUT=${OUT:-$(mktemp -d)}
log=$OUT/batches.log
: > "$log"
shard() {
  for b in $(seq 1 "$batches"); do
    out=$OUT/shard-$1-batch-$b.out
    if LECTERN_SYNC_CASES=$cases "$bin" \
         sync_convergence::replicas_converge_with_nothing_lost_or_duplicated --exact > "$out" 2>&1; then
      echo "ok $cases" >> "$log"; rm -f "$out"
    else
      echo "FAILED $1 $b" >> "$log"
    fi
  done
}
for s in $(seq 1 "$shards"); do shard "$s" & done
wait
passed=$(awk '$1 == "ok" { n += $2 } END { print n + 0 }' "$log")
failed=$(grep -c FAILED "$log" || true)
echo "$passed cases passed, $failed batches failed (logs in $OUT)"
[ "$failed" -eq 0 ]
