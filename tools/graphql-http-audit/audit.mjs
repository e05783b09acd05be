// Runs graphql-http's server audits (the GraphQL-over-HTTP spec as graphql-http tests it) against a URL.
//   node audit.mjs http://127.0.0.1:5000/graphql [--json]
// Prints one line per audit; exits 1 when any MUST audit fails (status "error"), 2 on a usage or fatal error.
// With --json it prints a JSON summary on the last line instead (for the xunit test that runs it).
import { serverAudits } from 'graphql-http';

const [url, ...flags] = process.argv.slice(2);
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url> [--json]');
  process.exit(2);
}
const asJson = flags.includes('--json');

const results = [];
for (const audit of serverAudits({ url })) {
  // Run one at a time: a failing audit is then easy to match with the server's log.
  results.push(await audit.fn());
}

const failed = results.filter((r) => r.status !== 'ok');
const mustFailures = failed.filter((r) => r.status === 'error');
const detailed = await Promise.all(
  failed.map(async (r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    reason: r.reason,
    responseStatus: r.response?.status,
    responseBody: r.response ? await r.response.text().catch(() => '') : '',
  })),
);

if (asJson) {
  console.log(JSON.stringify({ total: results.length, passed: results.length - failed.length, failures: detailed }));
} else {
  for (const r of results) console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}`);
  for (const f of detailed) console.log(`\n${f.status} ${f.id} ${f.name}\n  reason: ${f.reason}\n  HTTP ${f.responseStatus}: ${f.responseBody.slice(0, 300)}`);
  console.log(`\n${results.length - failed.length} of ${results.length} audits passed; ${mustFailures.length} MUST failures.`);
}
process.exit(mustFailures.length > 0 ? 1 : 0);
