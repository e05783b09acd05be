// Bundles GraphiQL and the example queries into ../src/BudgetGraph.Api/wwwroot/ide (committed; embedded in the API).
// Reproducible: exact versions in package-lock.json, no timestamps or absolute paths in the output.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const outdir = fileURLToPath(new URL('../src/BudgetGraph.Api/wwwroot/ide/', import.meta.url));
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { graphiql: 'src/main.jsx' },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.graphql': 'text', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'dataurl' },
  assetNames: '[name]-[hash]',
  logLevel: 'info',
});
await copyFile('src/index.html', outdir + 'index.html');
