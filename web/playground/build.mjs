// Builds the playground bundle into ../../server/playground/dist (app.js,
// app.css), which the Go server embeds. Run with `npm run build`.
//
// `npm run check` (node build.mjs --check) builds into a temporary directory
// instead and fails if the result differs from the committed dist/.
import { build } from 'esbuild';
import { readFile, rm, mkdir, readdir, mkdtemp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.resolve(here, '../../server/playground/dist');
const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(path.join(tmpdir(), 'playground-dist-')) : committed;

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { app: path.join(here, 'src/main.jsx') },
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced from CSS are inlined so that no asset is
  // fetched from anywhere but the page itself.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  outdir,
  logLevel: check ? 'warning' : 'info',
});

// Guard: the bundle must not load anything from another origin.
const files = await readdir(outdir);
const expected = ['app.css', 'app.js'];
if (files.sort().join(',') !== expected.join(',')) {
  throw new Error(`unexpected files in ${outdir}: ${files.join(', ')}`);
}
const css = await readFile(path.join(outdir, 'app.css'), 'utf8');
const remoteCSS = css.match(/(@import|url\()\s*["']?(https?:)?\/\/[^"')\s]*/g);
if (remoteCSS) {
  throw new Error(`app.css references remote resources: ${remoteCSS.join(', ')}`);
}
const js = await readFile(path.join(outdir, 'app.js'), 'utf8');
const remoteJS = js.match(/https?:\/\/(fonts\.(googleapis|gstatic)\.com|cdn\.|unpkg\.com|cdnjs\.|esm\.sh)[^"'`\s]*/g);
if (remoteJS) {
  throw new Error(`app.js references font/CDN URLs: ${remoteJS.join(', ')}`);
}

if (check) {
  let stale = [];
  for (const name of expected) {
    const built = await readFile(path.join(outdir, name));
    const have = await readFile(path.join(committed, name)).catch(() => null);
    if (!have || !built.equals(have)) stale.push(name);
  }
  await rm(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`server/playground/dist is out of date (${stale.join(', ')}): run \`npm run build\` in web/playground and commit the result`);
    process.exit(1);
  }
  console.log('server/playground/dist is up to date');
}
