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
# small and large executed, large from the cache, then small and large executed with Chinese escaped
services=(cfs cfl cfc cfes cfel)
trap 'for n in "${services[@]}"; do peer_stop $n BudgetGraph.Api >/dev/null 2>&1 || true; done' EXIT
api_up cfs 15696 "$SMALL"; api_up cfl 15697 "$LARGE"; api_up cfc 15698 "$LARGE" 1000
api_up cfes 15699 "$SMALL" 0 true; api_up cfel 15700 "$LARGE" 0 true
HZ="$(getconf CLK_TCK)"
# measure NAME OPFILE — "p50 p99 client_ms_per_request service_ms_per_request" of one bench.sh run, or "- - - -"
measure() {
  local port spid s0 s1 c1 pid out err requests
  read -r spid port < ".run/$1.pid"
  WARMUP=2 ./bench.sh "http://127.0.0.1:$port/graphql" "$2" "$C" 2 >/dev/null 2>&1 || { echo "- - - -"; return; }
  out="$(mktemp)"; err="$(mktemp)"
  s0="$(cpu_ticks "$spid")"
  WARMUP=0 ./bench.sh "http://127.0.0.1:$port/graphql" "$2" "$C" "$S" >"$out" 2>"$err" &
  pid=$!; c1=0
  # bench.sh execs node: its pid is the client's; read its CPU until it exits (the last read is at most 0.1 s old,
  # while bench.sh only settles)
  while kill -0 "$pid" 2>/dev/null; do c1="$(cpu_ticks "$pid" || echo "$c1")"; sleep 0.1; done
  wait "$pid" || { echo "- - - -"; rm -f "$out" "$err"; return; }
  s1="$(cpu_ticks "$spid")"
  requests="$(sed -n 's/.*requests=\([0-9]*\) .*/\1/p' "$err")"
  sed -n 's/.*p50=\([0-9.]*\)ms p99=\([0-9.]*\)ms.*/\1 \2/p' "$out" | awk -v c="$c1" -v s="$((s1 - s0))" -v n="$requests" -v hz="$HZ" \
    'n > 0 { printf "%s %s %.3f %.3f\n", $1, $2, c * 1000 / hz / n, s * 1000 / hz / n; next } { print $1, $2, "-", "-" }'
  rm -f "$out" "$err"
}
printf "| op | executed at small: p50/p99 ms | executed at large | from the cache at large | executed growth | floor growth | client CPU ms/request small → large | service CPU ms/request small → large (cache) | escaped: executed at small | at large | growth | client CPU small → large | service CPU small → large |\n"
printf "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
# ratio A B — "A/B×" to one decimal, 0.0× when B is not a number above 0 (a failed run)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f×", (b > 0 ? a / b : 0) }'; }
declare -A p50 p99 client service
for op in "${ops[@]}"; do
  for n in "${services[@]}"; do read -r "p50[$n]" "p99[$n]" "client[$n]" "service[$n]" <<<"$(measure "$n" "$OPS_DIR/$op.graphql")"; done
  printf "| %s | %s/%s | %s/%s | %s/%s | %s | %s | %s → %s | %s → %s (%s) | %s/%s | %s/%s | %s | %s → %s | %s → %s |\n" "$op" \
    "${p50[cfs]}" "${p99[cfs]}" "${p50[cfl]}" "${p99[cfl]}" "${p50[cfc]}" "${p99[cfc]}" \
    "$(ratio "${p50[cfl]}" "${p50[cfs]}")" "$(ratio "${p50[cfc]}" "${p50[cfs]}")" \
    "${client[cfs]}" "${client[cfl]}" "${service[cfs]}" "${service[cfl]}" "${service[cfc]}" \
    "${p50[cfes]}" "${p99[cfes]}" "${p50[cfel]}" "${p99[cfel]}" "$(ratio "${p50[cfel]}" "${p50[cfes]}")" \
    "${client[cfes]}" "${client[cfel]}" "${service[cfes]}" "${service[cfel]}"
done
