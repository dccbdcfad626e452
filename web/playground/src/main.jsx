// Entry point of the peacegraph GraphiQL playground bundle.
//
// The Go server (server/playground) renders index.html with:
//   <div id="graphiql" data-endpoint="/graphql" data-title="...">
//   <script type="application/json" id="playground-config" nonce="...">{"examples":[...]}</script>
// The endpoint is read from the data attribute; the saved example queries are
// read from the JSON data block (a non-executable script element, so it is
// allowed by the page's Content-Security-Policy) and opened as GraphiQL tabs.
//
// The block's nonce is the per-request CSP nonce of the page (style-src
// 'self' 'nonce-...'). It is handed to get-nonce, which react-remove-scroll
// (used by GraphiQL's dialogs) reads when it injects its <style> element, so
// the page needs no 'unsafe-inline'.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, createLocalStorage } from '@graphiql/toolkit';
import { setNonce } from 'get-nonce';
import 'graphiql/graphiql.css';
import './playground.css';

const STORAGE_PREFIX = 'peacegraph-playground';

function readConfig(root) {
  let examples = [];
  const el = document.getElementById('playground-config');
  if (el && el.nonce) {
    setNonce(el.nonce);
  }
  if (el) {
    try {
      const parsed = JSON.parse(el.textContent || '{}');
      if (Array.isArray(parsed.examples)) examples = parsed.examples;
    } catch (err) {
      console.error('playground: invalid #playground-config JSON', err);
    }
  }
  return {
    endpoint: root.dataset.endpoint || '/graphql',
    title: root.dataset.title || 'GraphQL playground',
    examples,
  };
}

// Each example becomes one tab whose query starts with a "# <name>" comment
// line, so the example's name is visible in the editor.
function toTabs(examples) {
  return examples
    .filter((ex) => ex && typeof ex.query === 'string')
    .map((ex) => {
      const name = String(ex.name || '').replace(/[\r\n]+/g, ' ').trim();
      const query = ex.query.replace(/^\s+/, '');
      const tab = { query: name ? `# ${name}\n${query}` : query };
      if (ex.variables) tab.variables = ex.variables;
      return tab;
    });
}

// Small non-cryptographic string hash (FNV-1a, 32 bit).
function hash(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

// GraphiQL only uses defaultTabs when no tab state is persisted. Namespacing the
// persisted state by a hash of the endpoint and examples makes a changed set of
// examples show up instead of a stale tab state; older namespaces are removed.
function playgroundStorage(endpoint, tabs) {
  const namespace = `${STORAGE_PREFIX}:${hash(JSON.stringify([endpoint, tabs]))}`;
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(`${STORAGE_PREFIX}:`) && !key.startsWith(`${namespace}:`)) {
        window.localStorage.removeItem(key);
      }
    }
    return createLocalStorage({ namespace });
  } catch {
    return null; // localStorage unavailable (e.g. disabled): do not persist.
  }
}

// fromURL reads a query handed over in the page's URL, as the explorer's "query" links do:
// ?query=...&variables=...&operationName=... (GraphiQL's own convention). GraphiQL opens it
// in a tab of its own (or the tab that already holds the same query) and makes it active.
function fromURL() {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('query');
  if (!query) return null;
  const out = { query };
  const variables = params.get('variables');
  if (variables) out.variables = variables;
  const operationName = params.get('operationName');
  if (operationName) out.operationName = operationName;
  return out;
}

function main() {
  const root = document.getElementById('graphiql');
  if (!root) return;
  const { endpoint, title, examples } = readConfig(root);
  const tabs = toTabs(examples);
  const handed = fromURL();
  const fetcher = createGraphiQLFetcher({
    url: new URL(endpoint, window.location.href).toString(),
  });
  const props = {
    fetcher,
    storage: playgroundStorage(endpoint, tabs),
  };
  if (tabs.length > 0) {
    props.defaultTabs = tabs;
  }
  if (handed) {
    // With no saved state GraphiQL opens defaultTabs at the first one, and the query prop
    // fills the active tab: the handed query goes first, before the examples. With saved
    // state, GraphiQL adds a tab for it (or activates the one that holds it).
    const first = { query: handed.query };
    if (handed.variables) first.variables = handed.variables;
    props.defaultTabs = [first, ...tabs];
    props.query = handed.query;
    if (handed.variables) props.variables = handed.variables;
    if (handed.operationName) props.operationName = handed.operationName;
  }
  if (tabs.some((tab) => tab.variables) || (handed && handed.variables)) {
    // Show the variables editor, so that an example's variables are seen.
    props.defaultEditorToolsVisibility = 'variables';
  }
  createRoot(root).render(
    <GraphiQL {...props}>
      <GraphiQL.Logo>{title}</GraphiQL.Logo>
    </GraphiQL>,
  );
}

main();
