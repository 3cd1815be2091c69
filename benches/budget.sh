#!/usr/bin/env bash
# The performance budget of README.md, measured: `check` and `generate --format all` on
# synthetic fact bases of 1,000, 10,000 and 100,000 facts, each run RUNS times in turns with the
# other sizes, then the range and median of the wall time and of the peak memory, the median CPU
# time (user and system: it rises when the shared machine is busy, for the same work), and how
# much the time grows from 10,000 to 100,000 facts.
#
#   benches/budget.sh [RUNS]            (default 10; needs GNU time as /usr/bin/time)
#
# The fact bases are written afresh into target/budget/ (about 160 MB, a few seconds) on every
# call: bases kept from an older generator measured other facts. The first run fills the output
# folders, so the runs measure a second run.
set -euo pipefail
runs=${1:-10}
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "budget.sh needs GNU time as /usr/bin/time" >&2; exit 2; }
cargo build --release --quiet
cargo build --release --quiet --example synth
bin=$PWD/target/release/factsheet
dir=$PWD/target/budget
sizes=(1000 10000 100000)
for n in "${sizes[@]}"; do
  rm -rf "$dir/$n/facts.yaml" "$dir/$n/sources"
  target/release/examples/synth --facts "$n" --out "$dir/$n" >/dev/null
  # The synthetic bases draw warnings (quotes cut mid-sentence); only a failure is told.
  (cd "$dir/$n" && "$bin" generate --format all --quiet 2>/dev/null) ||
    { echo "generate failed on $dir/$n: run it there to see why" >&2; exit 1; }
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for _ in $(seq "$runs"); do
  for n in "${sizes[@]}"; do
    for command in check generate; do
      args=("$command")
      [ "$command" = generate ] && args+=(--format all)
      (cd "$dir/$n" && /usr/bin/time -f "$n $command %e %M %U %S" -a -o "$log" "$bin" "${args[@]}" >/dev/null 2>&1) || true
    done
  done
done
awk '
  {
    key = $1 " " $2; n[key]++
    wall[key, n[key]] = $3; mem[key, n[key]] = $4 / 1024; cpu[key, n[key]] = $5 + $6
  }
  function sort(a, k, m,   i, j, t) {
    for (i = 2; i <= m; i++) for (j = i; j > 1 && a[k, j - 1] > a[k, j]; j--) {
      t = a[k, j]; a[k, j] = a[k, j - 1]; a[k, j - 1] = t
    }
  }
  function median(a, k, m) { return m % 2 ? a[k, (m + 1) / 2] : (a[k, m / 2] + a[k, m / 2 + 1]) / 2 }
  END {
    printf "%-8s %-9s %-26s %-16s %s\n", "facts", "command", "wall: min-max (median)", "peak memory",
      "CPU (median)"
    split("1000 10000 100000", sizes, " ")
    for (s = 1; s <= 3; s++) for (c = 1; c <= 2; c++) {
      key = sizes[s] " " (c == 1 ? "check" : "generate"); m = n[key]
      sort(wall, key, m); sort(mem, key, m); sort(cpu, key, m)
      med[key] = median(wall, key, m); low[key] = wall[key, 1]
      range = sprintf("%.2f-%.2f s (%.2f)", wall[key, 1], wall[key, m], med[key])
      memory = sprintf("%.0f-%.0f MB", mem[key, 1], mem[key, m])
      printf "%-8s %-9s %-26s %-16s %.2f s\n", sizes[s], (c == 1 ? "check" : "generate"), range, memory,
        median(cpu, key, m)
    }
    for (c = 1; c <= 2; c++) {
      command = (c == 1 ? "check" : "generate")
      printf "growth from 10,000 to 100,000 facts, %s: %.1f times by the medians, %.1f by the fastest runs\n",
        command, med["100000 " command] / med["10000 " command], low["100000 " command] / low["10000 " command]
    }
  }' "$log"
