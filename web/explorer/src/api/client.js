// The explorer's only way to the data: POST a named operation to the public GraphQL endpoint.
// Every query text lives in api/queries/*.graphql (checked against the schema by the Go
// test in server/explorer); a view asks for an operation by name, and the client sends that
// operation with the fragments it uses, so the text shown in the playground is exactly the
// text that ran.
import { config } from '../config.js';
import home from './queries/home.graphql';
import entity from './queries/entity.graphql';
import personnel from './queries/personnel.graphql';
import timeline from './queries/timeline.graphql';
import compare from './queries/compare.graphql';
import pathways from './queries/pathways.graphql';
import neighbourhood from './queries/graph.graphql';
import spans from './queries/spans.graphql';
import common from './queries/common.graphql';
import bibliography from './queries/bibliography.graphql';

const documents = [home, entity, personnel, timeline, compare, pathways, neighbourhood, spans, common, bibliography];

// definitions splits a document into its top-level operations and fragments by brace
// matching (the documents are ours and have no braces in strings or comments).
function definitions(doc) {
  const out = new Map();
  const head = /(query|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/g;
  let m;
  while ((m = head.exec(doc))) {
    let depth = 0;
    let i = doc.indexOf('{', m.index);
    for (; i < doc.length; i++) {
      if (doc[i] === '{') depth++;
      else if (doc[i] === '}' && --depth === 0) break;
    }
    out.set(m[2], { kind: m[1], text: doc.slice(m.index, i + 1) });
    head.lastIndex = i + 1;
  }
  return out;
}

const defs = new Map();
for (const d of documents) for (const [k, v] of definitions(d)) defs.set(k, v);

// operationText returns the operation named name followed by every fragment it uses.
export function operationText(name) {
  const op = defs.get(name);
  if (!op || op.kind !== 'query') throw new Error(`explorer: no query named ${name}`);
  const seen = new Set();
  const order = [];
  const visit = (text) => {
    for (const [, f] of text.matchAll(/\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (f === 'on' || seen.has(f)) continue;
      const frag = defs.get(f);
      if (!frag) throw new Error(`explorer: query ${name} uses unknown fragment ${f}`);
      seen.add(f);
      order.push(frag.text);
      visit(frag.text);
    }
  };
  visit(op.text);
  return [op.text, ...order].join('\n\n') + '\n';
}

export class GraphQLError extends Error {
  constructor(message, errors, status) {
    super(message);
    this.errors = errors || [];
    this.status = status;
    this.code = this.errors[0]?.extensions?.code;
  }
}

const cache = new Map();
const MAX_CACHE = 100;

// run sends the operation and resolves to {data, request}; request ({name, query,
// variables}) is what the view's "query" link opens in the playground. Answers are cached
// for the page's life (the dataset does not change under a running server).
export async function run(name, variables = {}, { signal } = {}) {
  const query = operationText(name);
  const request = { name, query, variables };
  const key = name + ' ' + JSON.stringify(variables);
  if (cache.has(key)) return { data: cache.get(key), request };
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName: name }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError(`the API answered HTTP ${res.status} without JSON`, [], res.status);
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    const code = first.extensions?.code ? ` (${first.extensions.code})` : '';
    throw new GraphQLError(`${first.message}${code}`, body.errors, res.status);
  }
  if (!res.ok || !body.data) throw new GraphQLError(`the API answered HTTP ${res.status}`, [], res.status);
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value);
  cache.set(key, body.data);
  return { data: body.data, request };
}

// playgroundURL opens request in GraphiQL (see web/playground/src/main.jsx: ?query=,
// &variables=, &operationName=).
export function playgroundURL(request) {
  const u = new URL(config.playground, window.location.href);
  u.searchParams.set('query', request.query);
  if (request.variables && Object.keys(request.variables).length > 0) {
    u.searchParams.set('variables', JSON.stringify(request.variables, null, 2));
  }
  u.searchParams.set('operationName', request.name);
  return u.pathname + u.search;
}

// runBatch sends one request that repeats the fragment-based selection of a single-node
// operation for several IDs under aliases (n0, n1, ...): e.g. Neighbours, whose text is
// `node(id: $id) { ...Links }`. The fragments are the validated ones of the named operation.
export async function runBatch(name, ids, { signal } = {}) {
  const text = operationText(name);
  const op = defs.get(name).text;
  const fragments = text.slice(op.length);
  const inner = op.slice(op.indexOf('{') + 1, op.lastIndexOf('}')).trim(); // node(id: $id) { ...Links }
  const vars = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const body = ids.map((_, i) => `  n${i}: ${inner.replace('$id', `$id${i}`)}`).join('\n');
  const query = `query ${name}Batch(${vars}) {\n${body}\n}\n${fragments}`;
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName: `${name}Batch` }),
    signal,
  });
  const out = await res.json().catch(() => null);
  if (!out || (out.errors && out.errors.length)) {
    const first = out && out.errors && out.errors[0];
    throw new GraphQLError(first ? first.message : `the API answered HTTP ${res.status}`, out && out.errors, res.status);
  }
  return { data: ids.map((_, i) => out.data[`n${i}`]), request: { name: `${name}Batch`, query, variables } };
}
