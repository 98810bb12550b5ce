#!/bin/bash
# CPU seconds of `lectern import DIR` into a fresh database, binaries alternating
# (docs/benchmarks.md, "Import: the storing thread's share", issue 16).
#
#   tests/benches/import_cpu.sh RUNS DIR BIN [BIN…]
#
# On a shared machine wall time mostly measures the neighbours; user + sys CPU seconds move
# far less with the load. Each run imports DIR once with every binary in turn and prints
# `binary wall user sys cpu(user+sys) peak_rss_kb`, then per binary the medians of wall and
# cpu, and the load average before and after.
set -eu
runs=$1 dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" LECTERN_NO_DEMO=1
lessons=$(find "$dir" -path '*/lessons/*' -name '*.md' | wc -l)
echo "lessons: $lessons; load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
i=0
while [ "$i" -lt "$runs" ]; do
  for bin in "$@"; do
    rm -f "$work"/db*
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$bin" --db "$work/db" import "$dir" \
      >/dev/null 2>&1
    read -r wall user sys rss <"$work/t"
    echo "$(basename "$bin") $wall $user $sys $(echo "$user + $sys" | bc) $rss"
  done
  i=$((i + 1))
done | tee "$work/runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "median over $runs runs: binary wall_s cpu_s lessons_per_wall_s"
for bin in "$@"; do
  b=$(basename "$bin")
  wall=$(awk -v b="$b" '$1 == b {print $2}' "$work/runs" | sort -n | awk '{v[NR] = $1}
    END {print v[int((NR + 1) / 2)]}')
  cpu=$(awk -v b="$b" '$1 == b {print $5}' "$work/runs" | sort -n | awk '{v[NR] = $1}
    END {print v[int((NR + 1) / 2)]}')
  echo "$b $wall $cpu $(echo "$lessons / $wall" | bc)"
done
