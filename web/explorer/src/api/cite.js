// Citations in exchange formats, built in the browser from the API's Source and Citation
// objects: CSL-JSON here, BibTeX through citation-js (loaded on first use). When the server
// exports BibTeX and CSL-JSON itself (the interoperability issue), toCSL and toBibTeX are
// the two functions to point at it.

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

const cslType = {
  LEGAL_TEXT: 'legislation',
  UN_DOCUMENT: 'report',
  GOVERNMENT: 'report',
  ACADEMIC: 'article-journal',
  PRESS: 'article-newspaper',
  DATASET: 'dataset',
  OTHER: 'webpage',
};

// personName splits "Family, Given" or "Given Family"; an organisation stays literal.
function personName(s) {
  if (s.includes(',')) {
    const [family, given] = s.split(',', 2).map((x) => x.trim());
    return { family, given };
  }
  return { literal: s };
}

// toCSL returns CSL-JSON items, one per distinct source; the locators go into "note".
export function toCSL(citations) {
  return uniqueSources(citations).map(({ source: s, locators }) => {
    const item = { id: s.id.replace(/^source:/, ''), type: cslType[s.kind] || 'document', title: s.title };
    if (s.authors && s.authors.length) item.author = s.authors.map(personName);
    if (s.publisher) item.publisher = s.publisher;
    if (s.year) item.issued = { 'date-parts': [[s.year]] };
    if (s.language) item.language = s.language;
    if (s.url) item.URL = s.url;
    if (locators.length) item.note = `Cited at: ${locators.join('; ')}`;
    return item;
  });
}

// toBibTeX formats the same items as BibTeX with citation-js.
export async function toBibTeX(citations) {
  const { Cite } = await import('./citejs.js');
  return new Cite(toCSL(citations)).format('bibtex', { format: 'text' });
}
