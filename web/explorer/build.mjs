// Builds the explorer bundle into ../../server/explorer/dist, which the Go server embeds.
// `npm run build` writes it; `npm run check` builds into a temporary directory and fails if
// the committed dist/ differs (the build is reproducible: the same lock file gives the same
// bytes).
//
// Output: app.js (the entry, an ES module), app.css, and chunk-HASH.js files that app.js
// imports when a view first needs them (Observable Plot and d3 for the charts and graphs),
// so that the home page paints without loading a charting library.
import { build } from 'esbuild';
import { readFile, rm, mkdir, readdir, mkdtemp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.resolve(here, '../../server/explorer/dist');
const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(path.join(tmpdir(), 'explorer-dist-')) : committed;

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { app: path.join(here, 'src/main.jsx') },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.graphql': 'text' },
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  outdir,
  logLevel: check ? 'warning' : 'info',
});

// Guard: nothing may be loaded from another origin.
const files = (await readdir(outdir)).sort();
for (const name of files) {
  if (!/^(app\.js|app\.css|chunk-[A-Z0-9]+\.js)$/.test(name)) {
    throw new Error(`unexpected file in ${outdir}: ${name}`);
  }
  const text = await readFile(path.join(outdir, name), 'utf8');
  const remote = name.endsWith('.css')
    ? text.match(/(@import|url\()\s*["']?(https?:)?\/\/[^"')\s]*/g)
    : text.match(/https?:\/\/(fonts\.(googleapis|gstatic)\.com|cdn\.|unpkg\.com|cdnjs\.|esm\.sh)[^"'`\s]*/g);
  if (remote) throw new Error(`${name} references remote resources: ${remote.join(', ')}`);
}

// Sizes, for docs/benchmarks.md: what the home page loads, and everything.
const sizes = [];
for (const name of files) {
  const body = await readFile(path.join(outdir, name));
  sizes.push({ name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
}
if (!check) {
  const total = sizes.reduce((a, s) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip }), { bytes: 0, gzip: 0 });
  for (const s of sizes) console.log(`${s.name.padEnd(22)} ${String(s.bytes).padStart(8)} B  gzip ${String(s.gzip).padStart(7)} B`);
  console.log(`${'total'.padEnd(22)} ${String(total.bytes).padStart(8)} B  gzip ${String(total.gzip).padStart(7)} B`);
}

if (check) {
  const have = (await readdir(committed)).sort();
  const stale = files.join() !== have.join() ? ['file list'] : [];
  for (const name of files) {
    const built = await readFile(path.join(outdir, name));
    const old = await readFile(path.join(committed, name)).catch(() => null);
    if (!old || !built.equals(old)) stale.push(name);
  }
  await rm(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`server/explorer/dist is out of date (${stale.join(', ')}): run \`make explorer\` and commit the result`);
    process.exit(1);
  }
  console.log('server/explorer/dist is up to date');
}
