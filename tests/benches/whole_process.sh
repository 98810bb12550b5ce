#!/bin/bash
# Whole-process timings of `lectern validate` and `lectern import` (docs/benchmarks.md, issue 16).
#
#   tests/benches/whole_process.sh RUNS DIR_1x DIR_30x BIN [BIN…]
#
# For each run, every case is run once with every binary in turn (before/after alternate, so
# a change in the machine's load hits both alike). Prints one line per run
# (`case binary wall_seconds peak_rss_kb`), then the median of each case and binary.
# `validate-jN` cases pass `--jobs N`, which binaries before issue 16 do not know: give those
# binaries a name containing `before` and they skip them.
set -eu
runs=$1 one=$2 thirty=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" LECTERN_NO_DEMO=1
lessons() { find "$1" -path '*/lessons/*' -name '*.md' | wc -l; }
echo "lessons: 1x $(lessons "$one"), 30x $(lessons "$thirty")" >&2
measure() { # case binary command…
  c=$1 b=$2
  shift 2
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>&1 || true
  echo "$c $(basename "$b") $(cat "$work/t")"
}
i=0
while [ "$i" -lt "$runs" ]; do
  for bin in "$@"; do
    measure validate-json-30x "$bin" "$bin" validate "$thirty" --json
    measure validate-json-1x "$bin" "$bin" validate "$one" --json
    case $(basename "$bin") in *before*) ;; *)
      measure validate-j1-30x "$bin" "$bin" validate "$thirty" --json --jobs 1
      measure validate-j2-30x "$bin" "$bin" validate "$thirty" --json --jobs 2 ;;
    esac
    rm -f "$work"/db*
    measure import-30x "$bin" "$bin" --db "$work/db30" import "$thirty"
    measure import-1x "$bin" "$bin" --db "$work/db1" import "$one"
  done
  i=$((i + 1))
done | tee "$work/runs"
echo "median over $runs runs: case binary wall_s peak_rss_kb"
median() { # column → "case binary median" per case and binary
  sort -k1,1 -k2,2 -k"$1","$1"n "$work/runs" | awk -v c="$1" '
    { key = $1 " " $2; n[key]++; v[key, n[key]] = $c }
    END { for (k in n) print k, v[k, int((n[k] + 1) / 2)] }' | sort
}
median 3 >"$work/wall"
median 4 >"$work/rss"
join -j1 <(awk '{print $1 "/" $2, $3}' "$work/wall") <(awk '{print $1 "/" $2, $3}' "$work/rss") \
  | tr / ' '
