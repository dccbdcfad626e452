// citation-js reads the CSL-JSON export (issue 12; run by tools/interop/run.sh):
//   node check-csl.mjs http://127.0.0.1:PORT
// Every source once; each item's title, URL, issued year and authors as the sources' GraphQL
// fields give them; citeproc-js (through @citation-js/plugin-csl) renders the whole
// bibliography in APA with one entry per item; Source.csl in GraphQL is the same item.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

const base = (process.argv[2] || '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node check-csl.mjs BASE_URL');
  process.exit(2);
}
const failures = [];
const fail = (m) => {
  failures.push(m);
  console.log('FAIL', m);
};

async function graphql(query, variables = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const out = await r.json();
  if (out.errors) throw new Error(JSON.stringify(out.errors));
  return out.data;
}

const { sources } = await graphql('{ sources { citationKey title documentTitle url year authors csl } }');
const byKey = new Map(sources.map((s) => [s.citationKey, s]));
const res = await fetch(`${base}/export/citations.csl.json`);
if (!res.headers.get('content-type').startsWith('application/vnd.citationstyles.csl+json')) fail(`Content-Type ${res.headers.get('content-type')}`);
const text = await res.text();

// citation-js parses the document as CSL-JSON (its @csl/list+object input) and normalises it.
const cite = await Cite.async(text); // detected as JSON text, then as a CSL-JSON list
const items = cite.data;
if (items.length !== sources.length) fail(`${items.length} CSL items, ${sources.length} sources`);
const name = (a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ');
const raw = JSON.parse(text);
for (const [i, it] of items.entries()) {
  const s = byKey.get(it.id);
  if (!s) {
    fail(`item ${it.id}: no such source`);
    continue;
  }
  const want = { title: s.documentTitle || `[${s.title}]`, URL: s.url ?? undefined, year: s.year ?? undefined, authors: s.authors };
  const got = { title: it.title, URL: it.URL, year: it.issued?.['date-parts']?.[0]?.[0], authors: (it.author || []).map(name) };
  for (const k of Object.keys(want)) {
    if (JSON.stringify(got[k]) !== JSON.stringify(want[k])) fail(`${it.id} ${k}: ${JSON.stringify(got[k])}, GraphQL says ${JSON.stringify(want[k])}`);
  }
  if (JSON.stringify(raw[i]) !== JSON.stringify(s.csl)) fail(`${it.id}: the export's item differs from Source.csl`);
}

// citeproc-js renders every item.
const html = cite.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
const entries = (html.match(/class="csl-entry"/g) || []).length;
if (entries !== items.length) fail(`citeproc rendered ${entries} entries for ${items.length} items`);

// A node's bibliography in GraphQL is CSL-JSON citation-js reads too.
const { bibliography } = await graphql('{ bibliography(nodes: ["law:arg-25880"]) { csl } }');
const node = await Cite.async(bibliography.csl, { forceType: '@csl/list+object' });
if (node.data.length === 0 || node.format('bibliography', { format: 'text', template: 'apa' }).trim() === '') fail('bibliography(nodes: ["law:arg-25880"]): nothing to render');

if (failures.length) {
  console.log(`CSL-JSON check: ${failures.length} failures`);
  process.exit(1);
}
console.log(`CSL-JSON: ${items.length} items read by citation-js and checked against GraphQL; citeproc-js rendered ${entries} APA entries`);
