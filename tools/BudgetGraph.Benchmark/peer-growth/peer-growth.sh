#!/usr/bin/env bash
# peer-growth.sh PEER_COPY REPO SMALL_DB LARGE_DB — how the peer and BudgetGraph each grow from 5 units to ~5,000 on
# the same shapes, in one run. The peer (PostGraphile over PostgreSQL, ../shared/peer) loads truth.json at scale 1
# (5 units) and 1000 (5,000 units) and answers ops/ (the growth-ops a–d in its schema's words); BudgetGraph serves
# SMALL_DB and LARGE_DB (e.g. the 5 and 5,005 databases of `--scale`) and answers growth-ops/ a–d. Each operation is
# driven by the peer's bench.sh (autocannon, 16 connections, 5 s), the peer first, then BudgetGraph, at each size.
# Prints one table: p50/p99 and answer bytes at each size and the p50 growth of each service.
#
# PEER_COPY is a writable copy of ../shared/peer with `npm ci` done, PostgreSQL installed and ../truth beside it
# (its README); the peer's database is left at scale 1000, as its baseline.sh leaves it. Loopback only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 4 ] || { echo "usage: peer-growth.sh PEER_COPY REPO SMALL_DB LARGE_DB" >&2; exit 2; }
PEER="$(cd "$1" && pwd)"; BUILD="$(cd "$2" && pwd)"; SMALL="$(realpath "$3")"; LARGE="$(realpath "$4")"
cd "$PEER"; . ./lib.sh; peer_need_modules
. "$HERE/api.sh"; api_find peer-growth
C="${CONNECTIONS:-16}" S="${BENCH_SECONDS:-5}"
trap './peer-down.sh >/dev/null 2>&1 || true; peer_stop pgs BudgetGraph.Api >/dev/null 2>&1 || true
      peer_stop pgl BudgetGraph.Api >/dev/null 2>&1 || true; ./pg-down.sh >/dev/null 2>&1 || true' EXIT
# "p50 p99 bytes" of one operation, or "- - -" when it fails
measure() {
  local line bytes
  line="$(./bench.sh "$1" "$2" "$C" "$S" 2>/dev/null)" || { echo "- - -"; return; }
  bytes="$(curl -s -o /dev/null -w '%{size_download}' -H 'content-type: application/json' \
    --data "$(python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1], encoding="utf-8").read()}))' "$2")" "$1")"
  sed -n "s/.*p50=\([0-9.]*\)ms p99=\([0-9.]*\)ms.*/\1 \2 $bytes/p" <<<"$line"
}
ops="a b c d"
declare -A R
./pg-up.sh >/dev/null
api_up pgs 15694 "$SMALL"; api_up pgl 15695 "$LARGE"
for scale in 1 1000; do
  python3 load.py --scale "$scale" >/dev/null
  ./peer-up.sh 15678 >/dev/null
  for op in $ops; do
    R[peer,$scale,$op]="$(measure http://127.0.0.1:15678/graphql "$(ls "$HERE"/ops/"$op"-*.graphql)")"
    port=$([ "$scale" = 1 ] && echo 15694 || echo 15695)
    R[bg,$scale,$op]="$(measure "http://127.0.0.1:$port/graphql" "$(ls "$HERE"/../growth-ops/"$op"-*.graphql | head -1)")"
  done
  ./peer-down.sh >/dev/null
done
printf "| op | service | small: p50/p99 ms, bytes | large: p50/p99 ms, bytes | p50 growth |\n|---|---|---:|---:|---:|\n"
for op in $ops; do
  for svc in peer bg; do
    read -r s5 s9 sb <<<"${R[$svc,1,$op]}"; read -r l5 l9 lb <<<"${R[$svc,1000,$op]}"
    name=$([ "$svc" = peer ] && echo "PostGraphile (5 → 5,000 units)" || echo "BudgetGraph (SMALL → LARGE)")
    awk -v o="$(basename "$(ls "$HERE"/ops/"$op"-*.graphql)" .graphql)" -v n="$name" -v s5="$s5" -v s9="$s9" -v sb="$sb" \
        -v l5="$l5" -v l9="$l9" -v lb="$lb" 'BEGIN {
      printf "| %s | %s | %s/%s, %s | %s/%s, %s | %s |\n", o, n, s5, s9, sb, l5, l9, lb,
        (s5 + 0 > 0 && l5 + 0 > 0 ? sprintf("%.1f×", l5 / s5) : "failed") }'
  done
done
