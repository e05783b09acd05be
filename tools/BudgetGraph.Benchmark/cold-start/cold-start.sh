#!/usr/bin/env bash
# cold-start.sh DB REPO [REPO_B] [RUNS] — how long the service takes to listen on a database out of the page cache.
# Before each start the database file (and its -wal) is dropped from this machine's page cache (posix_fadvise
# DONTNEED: only clean pages, no root needed; a virtual disk's host may still cache it), then the service built in
# REPO (dotnet build -c Release src/BudgetGraph.Api) starts with its defaults — the whole check at start included
# (Health:WholeCheckAtStart), seed import off, response cache off — and the time until `{ __typename }` answers is
# taken, with the start's own "Database: read whole in … s" from its log. With REPO_B, the two builds start in turn
# (A B A B …, RUNS each, default 2), so that a drift of the machine touches both. Prints one line per start and each
# build's median. A run with WARM=1 skips the drop: the same starts with the file in the page cache. Loopback only.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: cold-start.sh DB REPO [REPO_B] [RUNS]" >&2; exit 2; }
DB="$(realpath "$1")"; A="$(cd "$2" && pwd)"; B=""; RUNS=2
if [ $# -ge 3 ]; then if [ -d "$3" ]; then B="$(cd "$3" && pwd)"; RUNS="${4:-2}"; else RUNS="$3"; fi; fi
[ -f "$DB" ] || { echo "cold-start: no database $DB" >&2; exit 2; }
LOG="$(mktemp -d)"; trap 'rm -rf "$LOG"' EXIT

drop() {
  [ -n "${WARM:-}" ] && return 0
  python3 - "$DB" <<'PY'
import os, sys
for f in (sys.argv[1], sys.argv[1] + "-wal"):
    if os.path.exists(f):
        fd = os.open(f, os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED); os.close(fd)
PY
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start REPO LABEL: one start, prints "LABEL listening after S s (read whole in R s)" and appends S to $LOG/LABEL
start() {
  local repo="$1" label="$2" port; port="$(free_port)"
  drop
  local t0; t0="$(date +%s.%N)"
  ( cd "$repo/src/BudgetGraph.Api" && exec env ASPNETCORE_ENVIRONMENT=Production Seeds__ImportAtStartup=false \
      GraphQLHttp__ResponseCacheEntries=0 Database__ConnectionString="Data Source=$DB" \
      bin/Release/net10.0/BudgetGraph.Api --urls "http://127.0.0.1:$port" > "$LOG/$label.log" 2>&1 ) &
  local pid=$!
  until curl -fsS -o /dev/null -m 5 -X POST -H 'content-type: application/json' --data '{"query":"{ __typename }"}' \
        "http://127.0.0.1:$port/graphql" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "cold-start: $label exited; its log:" >&2; tail -n 20 "$LOG/$label.log" >&2; exit 1; }
    sleep 0.2
  done
  local s; s="$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local whole; whole="$(grep -ao 'read whole in [0-9.]* s' "$LOG/$label.log" | head -n 1 || true)"
  printf '%s listening after %.1f s (%s)\n' "$label" "$s" "${whole:-no whole read logged}"
  echo "$s" >> "$LOG/$label.times"
}

median() { sort -n "$LOG/$1.times" | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "cold-start: $DB ($(du -h "$DB" | cut -f1)), ${WARM:+in the page cache (WARM=1), }$RUNS start(s) each"
for _ in $(seq 1 "$RUNS"); do
  start "$A" A
  [ -n "$B" ] && start "$B" B
done
echo "A ($A): median $(median A) s"
[ -n "$B" ] && echo "B ($B): median $(median B) s"
exit 0
