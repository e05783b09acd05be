// Bundles the dashboard into ../src/BudgetGraph.Api/wwwroot/dashboard (committed; embedded in the API).
// Reproducible: exact versions in package-lock.json, no timestamps or absolute paths in the output.
// `npm run build` first regenerates src/generated/ (GraphQL Code Generator) and type-checks (tsc).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const outdir = fileURLToPath(new URL('../src/BudgetGraph.Api/wwwroot/dashboard/', import.meta.url));
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { dashboard: 'src/main.ts' },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'info',
});
await copyFile('src/index.html', outdir + 'index.html');
await copyFile('src/style.css', outdir + 'dashboard.css');

// What the bundle was built from: a hash of every file under src/ (with generated/), build.mjs and package-lock.json.
// A test (DashboardEndpointTests) recomputes it from the checkout, so a source change without a rebuild fails.
const inputs = [...(await readdir('src', { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.replaceAll('\\', '/')), 'build.mjs', 'package-lock.json'].sort();
const stamp = createHash('sha256');
for (const file of inputs) stamp.update(`${file}\n${createHash('sha256').update(await readFile(file)).digest('hex')}\n`);
await writeFile(outdir + 'source.sha256', stamp.digest('hex') + '\n');
