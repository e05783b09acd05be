// Bundles the dashboard into ../src/BudgetGraph.Api/wwwroot/dashboard (committed; embedded in the API).
// Reproducible: exact versions in package-lock.json, no timestamps or absolute paths in the output.
// `npm run build` first regenerates src/generated/ (GraphQL Code Generator) and type-checks (tsc).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
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
