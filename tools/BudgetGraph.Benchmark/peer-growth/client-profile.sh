#!/usr/bin/env bash
# client-profile.sh PEER_COPY URL OP [TOP] — where growth.sh's client spends its CPU on one operation: runs the peer's
# bench.sh (autocannon, 16 connections, 5 s after a 1 s warm-up) under Node.js's sampling profiler against a service
# already listening at URL (loopback), then prints the TOP (default 12) functions by self time, with their share.
# OP names a growth-ops file without .graphql, e.g. d-nested. This is how session 30 found where the client's cost on
# d-nested goes: turning each answer's UTF-8 Chinese into a JavaScript string and searching it (Buffer.toString and
# bench.mjs's "errors" check), which nearly vanishes when the same answer is sent escaped to ASCII (BENCHMARK.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 3 ] || { echo "usage: client-profile.sh PEER_COPY URL OP [TOP]" >&2; exit 2; }
PEER="$(cd "$1" && pwd)"; URL="$2"; OP="$HERE/../growth-ops/$3.graphql"; TOP="${4:-12}"
[ -f "$OP" ] || { echo "client-profile: no $OP" >&2; exit 2; }
cd "$PEER"; . ./lib.sh; peer_need_modules
NODE="$(peer_node)"; DIR="$(mktemp -d)"; trap 'rm -rf "$DIR"' EXIT
WARMUP=1 "$NODE" --cpu-prof --cpu-prof-dir="$DIR" "$PEER/bench.mjs" "$URL" "$OP" "${CONNECTIONS:-16}" "${BENCH_SECONDS:-5}"
# self time per function (name, file, line) from the .cpuprofile's samples and their time deltas
"$NODE" -e '
const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const top = Number(process.argv[2]);
const byId = new Map(p.nodes.map((n) => [n.id, n])); const self = new Map(); let total = 0;
p.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame; const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + p.timeDeltas[i]); total += p.timeDeltas[i];
});
console.log(`client profile: ${(total / 1000).toFixed(0)} ms sampled, (idle) included`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${(100 * us / total).toFixed(1).padStart(5)} %  ${k}`);
' "$(ls "$DIR"/*.cpuprofile)" "$TOP"
