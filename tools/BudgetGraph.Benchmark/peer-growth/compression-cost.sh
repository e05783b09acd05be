#!/usr/bin/env bash
# compression-cost.sh PEER_COPY REPO DB OP [CACHE_ENTRIES] — what compressing answers (GraphQLHttp:CompressResponses)
# costs the service: drives one operation with autocannon (the peer copy's, 16 connections, 5 s after a 2 s warm-up)
# asking for no compression, for Brotli and for gzip, twice in that order, against one service on the SQLite file DB,
# executed (CACHE_ENTRIES 0, the default: response cache off) or from the response cache (e.g. 1000). Prints req/s,
# p50, bytes per answer and the service's CPU time per request for each. growth.sh's client asks for no compression,
# so this is how the option is measured (BENCHMARK.md, session 31).
#
# PEER_COPY is a writable copy of ../shared/peer with `npm ci` done; REPO holds a Release build of the API. OP names a
# growth-ops file without .graphql, e.g. d-nested. Loopback only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 4 ] || { echo "usage: compression-cost.sh PEER_COPY REPO DB OP [CACHE_ENTRIES]" >&2; exit 2; }
PEER="$(cd "$1" && pwd)"; BUILD="$(cd "$2" && pwd)"; DB="$(realpath "$3")"; OP="$HERE/../growth-ops/$4.graphql"; CACHE="${5:-0}"
[ -f "$OP" ] || { echo "compression-cost: no $OP" >&2; exit 2; }
cd "$PEER"; . ./lib.sh; peer_need_modules
. "$HERE/api.sh"; api_find compression-cost
trap 'peer_stop cc BudgetGraph.Api >/dev/null 2>&1 || true' EXIT
api_up cc 15701 "$DB" "$CACHE"
read -r spid port < ".run/cc.pid"
HZ="$(getconf CLK_TCK)"
# load ENCODING SECONDS — one autocannon run (from the peer copy, whose node_modules hold it); prints "req/s p50 bytes requests"
load() {
  "$(peer_node)" --input-type=module -e '
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
const [url, op, encoding, seconds] = process.argv.slice(1);
const headers = { "content-type": "application/json", accept: "application/json" };
if (encoding !== "none") headers["accept-encoding"] = encoding;
const r = await autocannon({ url, method: "POST", headers, body: JSON.stringify({ query: readFileSync(op, "utf8") }),
  connections: 16, duration: Number(seconds), pipelining: 1 });
if (r.non2xx > 0 || r.errors > 0) { console.error(`compression-cost: ${r.non2xx} non-2xx, ${r.errors} errors`); process.exit(1); }
console.log(`${r.requests.average.toFixed(0)} ${r.latency.p50} ${(r.throughput.total / r.requests.total).toFixed(0)} ${r.requests.total}`);
' "http://127.0.0.1:$port/graphql" "$OP" "$1" "$2"
}
echo "| $4, cache entries $CACHE | req/s | p50 ms | bytes per answer | service CPU ms per request |"
echo "|---|---:|---:|---:|---:|"
for encoding in none br gzip; do load "$encoding" 2 >/dev/null; done   # warm-up: JIT, caches
for round in 1 2; do
  for encoding in none br gzip; do
    s0="$(cpu_ticks "$spid")"; read -r rps p50 bytes requests <<<"$(load "$encoding" "${BENCH_SECONDS:-5}")"; s1="$(cpu_ticks "$spid")"
    awk -v e="$encoding" -v r="$rps" -v p="$p50" -v b="$bytes" -v n="$requests" -v t="$((s1 - s0))" -v hz="$HZ" \
      'BEGIN { printf "| %s | %s | %s | %s | %.3f |\n", e, r, p, b, 1000 * t / hz / n }'
  done
done
