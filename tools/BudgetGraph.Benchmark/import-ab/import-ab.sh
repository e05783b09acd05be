#!/usr/bin/env bash
# import-ab.sh CORPUS REPO [REPO_B] [RUNS] — a bulk load of CORPUS and the seeds into a new SQLite file, timed as a whole
# process (/usr/bin/time -v: wall, user + system CPU, peak RSS) with the import's own phases line (documents, indexes and
# totals, and the latter's steps when the build reports them). REPO (and REPO_B) must hold a Release build (dotnet build
# -c Release src/BudgetGraph.Api); the seeds are each build's own. With REPO_B the two builds run in turn, A B A B …,
# RUNS each (default 3) after one warm-up run each that is not counted, so that a drift of the machine touches both; the
# ratio A/B is taken pair by pair and its median printed. One line per run, then each build's medians. The databases go
# to a temporary folder, deleted at the end.
# CORPUS: e.g. the --scale benchmark's SYNTHETIC corpus (/tmp/budgetgraph-scale/corpus-1000).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: import-ab.sh CORPUS REPO [REPO_B] [RUNS]" >&2; exit 2; }
CORPUS="$(cd "$1" && pwd)"; A="$(cd "$2" && pwd)"; B=""; RUNS=3
if [ $# -ge 3 ]; then if [ -d "$3" ]; then B="$(cd "$3" && pwd)"; RUNS="${4:-3}"; else RUNS="$3"; fi; fi
[ -x /usr/bin/time ] || { echo "import-ab: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT

# run REPO LABEL: one import into a new file; appends "wall cpu peakMiB documents end" to $WORK/LABEL unless LABEL is warm-up
run() {
  local repo="$1" label="$2" exe="$1/src/BudgetGraph.Api/bin/Release/net10.0/BudgetGraph.Api"
  [ -x "$exe" ] || { echo "import-ab: no Release build in $repo" >&2; exit 2; }
  rm -f "$WORK/x.db" "$WORK/x.db-wal" "$WORK/x.db-shm"
  ( cd "$repo/src/BudgetGraph.Api" && Database__ConnectionString="Data Source=$WORK/x.db" Seeds__ImportAtStartup=false \
      /usr/bin/time -v "$exe" import "$CORPUS" "$repo/seeds" > "$WORK/out" 2> "$WORK/time" ) \
    || { echo "import-ab: the import of $label failed:" >&2; tail -n 5 "$WORK/out" "$WORK/time" >&2; exit 1; }
  python3 - "$WORK" "$label" <<'PY'
import re, sys
work, label = sys.argv[1:3]
time = open(f"{work}/time").read(); out = open(f"{work}/out").read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", time)
wall = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", time).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", time).group(1))
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time).group(1)) / 1024
phases = re.search(r"^phases: .*$", out, re.M)
docs = re.search(r"documents ([\d.]+) s", phases.group(0)) if phases else None
end = re.search(r"indexes and totals ([\d.]+) s", phases.group(0)) if phases else None
figures = [wall, cpu, peak, float(docs.group(1)) if docs else float("nan"), float(end.group(1)) if end else float("nan")]
steps = re.search(r"indexes and totals [^\[]*?\[([^\]]*)\]", phases.group(0)) if phases else None
print(f"{label:8} wall {wall:6.1f} s  cpu {cpu:6.1f} s  peak {peak:5.0f} MiB  documents {figures[3]:5.1f} s  indexes and totals {figures[4]:5.1f} s"
      + (f" [{steps.group(1)}]" if steps else ""))
if label != "warm-up":
    open(f"{work}/{label}", "a").write(" ".join(map(str, figures)) + "\n")
PY
}

run "$A" warm-up
[ -z "$B" ] || run "$B" warm-up
for _ in $(seq 1 "$RUNS"); do
  run "$A" A
  [ -z "$B" ] || run "$B" B
done
python3 - "$WORK" <<'PY'
import os, statistics, sys
work = sys.argv[1]
names = ["wall s", "cpu s", "peak MiB", "documents s", "indexes and totals s"]
rows = {l: [list(map(float, x.split())) for x in open(f"{work}/{l}")] for l in ("A", "B") if os.path.exists(f"{work}/{l}")}
for label, runs in rows.items():
    print(f"{label} median: " + ", ".join(f"{n} {statistics.median(r[i] for r in runs):.1f}" for i, n in enumerate(names)))
if "B" in rows:
    pairs = list(zip(rows["A"], rows["B"]))
    for i, n in enumerate(names):
        ratios = [a[i] / b[i] for a, b in pairs if b[i]]
        print(f"A/B {n}: median {statistics.median(ratios):.2f} (" + " ".join(f"{x:.2f}" for x in ratios) + ")")
PY
