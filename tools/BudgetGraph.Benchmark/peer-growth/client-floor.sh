#!/usr/bin/env bash
# client-floor.sh PEER_COPY REPO SMALL_DB LARGE_DB [OP ...] — what growth.sh's own client costs, and the growth no
# service could beat with it on this machine. growth.sh drives each operation with the peer's bench.sh: autocannon,
# one Node.js thread, on the same cores as the service. For each operation (default: every growth-ops file) this runs
# bench.sh against three services built from REPO: SMALL_DB executed, LARGE_DB executed (response cache off, as
# growth.sh runs them) and LARGE_DB served from the response cache (nothing executed: the same bytes, sent). It
# prints p50/p99 of each, the executed growth (large / small, growth.sh's figure), the floor growth (from the cache
# at large / executed at small: no service answering those bytes to this client can do better), and the CPU time
# per request of the client (the bench.sh Node process) and of each service. Then SMALL_DB and LARGE_DB once more,
# executed, with Chinese sent as \uXXXX escapes (GraphQL:EscapeNonAscii): the client's share that is only decoding
# UTF-8 Chinese (Node.js 22 decodes d-nested's 94 KB answer in 0.72 ms, its 120 KB escaped form in 0.013 ms), and the
# growth left without it.
#
# PEER_COPY is a writable copy of ../shared/peer with `npm ci` done (its README). REPO holds a Release build of the
# API (dotnet build -c Release src/BudgetGraph.Api). OP names a growth-ops file without .graphql, e.g. d-nested.
# Each service is warmed up on its operation once (a bench.sh run of 2 s after its own 2 s warm-up, not counted) before
# the measured run (16 connections, 5 s, no further warm-up). CPU per request counts the measured run's requests; the check and settle requests bench.sh
# adds around it (a handful) are counted in the CPU, not in the requests. Loopback only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 4 ] || { echo "usage: client-floor.sh PEER_COPY REPO SMALL_DB LARGE_DB [OP ...]" >&2; exit 2; }
PEER="$(cd "$1" && pwd)"; BUILD="$(cd "$2" && pwd)"; SMALL="$(realpath "$3")"; LARGE="$(realpath "$4")"; shift 4
OPS_DIR="$HERE/../growth-ops"
if [ $# -gt 0 ]; then ops=("$@"); else ops=(); for f in "$OPS_DIR"/*.graphql; do ops+=("$(basename "$f" .graphql)"); done; fi
for op in "${ops[@]}"; do [ -f "$OPS_DIR/$op.graphql" ] || { echo "client-floor: no $OPS_DIR/$op.graphql" >&2; exit 2; }; done
cd "$PEER"; . ./lib.sh; peer_need_modules
. "$HERE/api.sh"; api_find client-floor
C="${CONNECTIONS:-16}" S="${BENCH_SECONDS:-5}"
trap 'for n in cfs cfl cfc cfes cfel; do peer_stop $n BudgetGraph.Api >/dev/null 2>&1 || true; done' EXIT
api_up cfs 15696 "$SMALL"; api_up cfl 15697 "$LARGE"; api_up cfc 15698 "$LARGE" 1000
api_up cfes 15699 "$SMALL" 0 true; api_up cfel 15700 "$LARGE" 0 true
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; }   # utime + stime, in clock ticks
HZ="$(getconf CLK_TCK)"
# measure NAME OPFILE — "p50 p99 client_ms_per_request service_ms_per_request" of one bench.sh run, or "- - - -"
measure() {
  local port spid s0 s1 c1 pid out err requests
  read -r spid port < ".run/$1.pid"
  WARMUP=2 ./bench.sh "http://127.0.0.1:$port/graphql" "$2" "$C" 2 >/dev/null 2>&1 || { echo "- - - -"; return; }
  out="$(mktemp)"; err="$(mktemp)"
  s0="$(ticks "$spid")"
  WARMUP=0 ./bench.sh "http://127.0.0.1:$port/graphql" "$2" "$C" "$S" >"$out" 2>"$err" &
  pid=$!; c1=0
  # bench.sh execs node: its pid is the client's; read its CPU until it exits (the last read is at most 0.1 s old,
  # while bench.sh only settles)
  while kill -0 "$pid" 2>/dev/null; do c1="$(ticks "$pid" || echo "$c1")"; sleep 0.1; done
  wait "$pid" || { echo "- - - -"; rm -f "$out" "$err"; return; }
  s1="$(ticks "$spid")"
  requests="$(sed -n 's/.*requests=\([0-9]*\) .*/\1/p' "$err")"
  sed -n 's/.*p50=\([0-9.]*\)ms p99=\([0-9.]*\)ms.*/\1 \2/p' "$out" | awk -v c="$c1" -v s="$((s1 - s0))" -v n="$requests" -v hz="$HZ" \
    'n > 0 { printf "%s %s %.3f %.3f\n", $1, $2, c * 1000 / hz / n, s * 1000 / hz / n; next } { print $1, $2, "-", "-" }'
  rm -f "$out" "$err"
}
printf "| op | executed at small: p50/p99 ms | executed at large | from the cache at large | executed growth | floor growth | client CPU ms/request small → large | service CPU ms/request small → large (cache) | escaped: executed at small | at large | growth | client CPU small → large | service CPU small → large |\n"
printf "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
for op in "${ops[@]}"; do
  f="$OPS_DIR/$op.graphql"
  read -r s5 s9 sc ss <<<"$(measure cfs "$f")"; read -r l5 l9 lc ls <<<"$(measure cfl "$f")"; read -r k5 k9 kc ks <<<"$(measure cfc "$f")"
  read -r es5 es9 esc ess <<<"$(measure cfes "$f")"; read -r el5 el9 elc els <<<"$(measure cfel "$f")"
  awk -v o="$op" -v s5="$s5" -v s9="$s9" -v sc="$sc" -v ss="$ss" -v l5="$l5" -v l9="$l9" -v lc="$lc" -v ls="$ls" \
      -v k5="$k5" -v k9="$k9" -v kc="$kc" -v ks="$ks" -v es5="$es5" -v es9="$es9" -v esc="$esc" -v ess="$ess" \
      -v el5="$el5" -v el9="$el9" -v elc="$elc" -v els="$els" 'BEGIN {
    printf "| %s | %s/%s | %s/%s | %s/%s | %.1f× | %.1f× | %s → %s | %s → %s (%s) | %s/%s | %s/%s | %.1f× | %s → %s | %s → %s |\n",
      o, s5, s9, l5, l9, k5, k9, (s5 > 0 ? l5 / s5 : 0), (s5 > 0 ? k5 / s5 : 0), sc, lc, ss, ls, ks,
      es5, es9, el5, el9, (es5 > 0 ? el5 / es5 : 0), esc, elc, ess, els }'
done
