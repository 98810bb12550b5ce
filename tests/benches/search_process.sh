#!/bin/bash
# Whole-process `lectern search` on a large library (docs/benchmarks.md, issue 16).
#
#   tests/benches/search_process.sh RUNS DB BIN [BIN…]
#
# Each query runs once with every binary in turn per round (before/after alternate under the
# same load); prints the median wall seconds and peak resident memory per query and binary.
set -eu
runs=$1 db=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for q in "apply formula" "sheet task" "course 07777" "formula 7777"; do
  for bin in "$@"; do : >"$work/$(basename "$bin")"; done
  for _ in $(seq "$runs"); do
    for bin in "$@"; do
      # shellcheck disable=SC2086 # the query is two words on purpose
      /usr/bin/time -f "%e %M" -a -o "$work/$(basename "$bin")" "$bin" --no-demo --db "$db" search $q >/dev/null
    done
  done
  for bin in "$@"; do
    f="$work/$(basename "$bin")"
    printf '%-14s %-16s median %s s  peak %s KB\n' "$q" "$(basename "$bin")" \
      "$(sort -n "$f" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
      "$(sort -n -k2 "$f" | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')"
  done
done
uptime
