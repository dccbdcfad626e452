// Citations in exchange formats, from the server: the API's bibliography field gives the
// same CSL-JSON and BibTeX as /export/citations.csl.json and .bib, which independent parsers
// check in CI. The page formats nothing itself, so there is one citation rule, the server's.
import { run } from './client.js';

// uniqueSources returns the distinct sources of citations, in first-seen order, each with
// the locators it is cited at.
export function uniqueSources(citations) {
  const byID = new Map();
  for (const c of citations || []) {
    if (!c || !c.source) continue;
    let e = byID.get(c.source.id);
    if (!e) byID.set(c.source.id, (e = { source: c.source, locators: [] }));
    if (c.locator && !e.locators.includes(c.locator)) e.locators.push(c.locator);
  }
  return [...byID.values()];
}

// The API takes 1 to 500 nodes a request.
const MAX_NODES = 500;

// bibliography returns {csl, bibtex} for the distinct sources of citations, each its own
// citation (one CSL item and one BibTeX entry per source).
export async function bibliography(citations) {
  const ids = uniqueSources(citations).map((e) => e.source.id);
  const out = { csl: [], bibtex: '' };
  for (let i = 0; i < ids.length; i += MAX_NODES) {
    const { data } = await run('Bibliography', { nodes: ids.slice(i, i + MAX_NODES) });
    out.csl.push(...data.bibliography.csl);
    out.bibtex += (out.bibtex && !out.bibtex.endsWith('\n\n') ? '\n' : '') + data.bibliography.bibtex;
  }
  return out;
}
