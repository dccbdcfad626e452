import { useEffect, useRef, useState } from 'preact/hooks';
import { useDocumentTitle } from '../ui/hooks.js';
import { run, runBatch } from '../api/client.js';
import { setParams } from '../router.js';
import { entityPath, kindOf, kindOrder, label, typenameOfID, viewPath } from '../api/kinds.js';
import { edgeKey, neighbours, refNode } from '../api/graph.js';
import { EntityLink, ErrorBox, ExportMenu, KindBadge, Loading, QueryLinks } from '../ui/components.jsx';
import { GraphBox } from '../ui/GraphBox.jsx';

const MAX_NODES = 300; // the whole drawing
const PER_NODE = 150; // neighbours shown per expanded node
const MAX_DEPTH = 3;

// expand fetches the Links of ids (one request) and adds their neighbours to g.
async function expand(g, ids, depth, requests) {
  const todo = ids.filter((id) => !g.expanded.has(id));
  if (todo.length === 0) return;
  const { data, request } = await runBatch('Neighbours', todo);
  requests.push(request);
  data.forEach((links, i) => {
    const id = todo[i];
    g.expanded.add(id);
    if (!links) return;
    if (!g.nodes.has(id)) g.nodes.set(id, refNode(links, depth));
    const ns = neighbours(links).filter((x) => x.node.id !== id);
    const uniq = new Map();
    for (const x of ns) if (!uniq.has(x.node.id)) uniq.set(x.node.id, x);
    const sorted = [...uniq.values()].sort((a, b) => kindOrder.indexOf(a.node.__typename) - kindOrder.indexOf(b.node.__typename) || label(a.node).localeCompare(label(b.node)));
    g.hidden.set(id, Math.max(0, sorted.length - PER_NODE));
    for (const x of sorted.slice(0, PER_NODE)) {
      if (!g.nodes.has(x.node.id)) {
        if (g.nodes.size >= MAX_NODES) {
          g.hidden.set(id, (g.hidden.get(id) || 0) + 1);
          continue;
        }
        g.nodes.set(x.node.id, refNode(x.node, depth + 1));
      }
      const k = edgeKey(id, x.node.id);
      if (!g.edges.has(k)) g.edges.set(k, { key: k, source: id, target: x.node.id, label: x.field.replace(/\..*$/, '') });
    }
  });
}

function emptyGraph() {
  return { nodes: new Map(), edges: new Map(), expanded: new Set(), hidden: new Map() };
}

function PathPicker({ onPick, disabled }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState([]);
  const search = async (e) => {
    e.preventDefault();
    if (!text.trim()) return;
    const { data } = await run('Search', { text: text.trim() });
    setHits(data.searchConnection.nodes.slice(0, 8));
  };
  return (
    <form class="path-picker" onSubmit={search} role="search">
      <label for="path-to">Evidence path to</label>
      <input id="path-to" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="search an entity, e.g. PKO Act" disabled={disabled} />
      <button type="submit" class="button" disabled={disabled}>Find</button>
      {hits.length > 0 && (
        <ul class="pick-list">
          {hits.map((h) => (
            <li key={h.node.id}>
              <button type="button" class="link-button" onClick={() => { setHits([]); onPick(h.node.id); }}>
                <KindBadge typename={h.node.__typename} /> {label(h.node)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

export function Graph({ params }) {
  const focus = params.get('focus') || 'country:mex';
  const depth = Math.min(MAX_DEPTH, Math.max(1, parseInt(params.get('depth') || '1', 10) || 1));
  const to = params.get('to') || '';
  useDocumentTitle(`Graph of ${focus}`);
  const [state, setState] = useState({ loading: true, error: null, version: 0, path: null, selected: null });
  const g = useRef(emptyGraph());
  const requests = useRef([]);
  const svgRef = useRef(null);
  const bump = (extra = {}) => setState((s) => ({ ...s, ...extra, version: s.version + 1 }));

  useEffect(() => {
    let live = true;
    g.current = emptyGraph();
    requests.current = [];
    setState({ loading: true, error: null, version: 0, path: null, selected: focus });
    (async () => {
      let frontier = [focus];
      for (let d = 0; d < depth && frontier.length; d++) {
        const before = new Set(g.current.nodes.keys());
        await expand(g.current, frontier.slice(0, 60), d, requests.current);
        frontier = [...g.current.nodes.keys()].filter((id) => !before.has(id) && !g.current.expanded.has(id));
      }
      let path = null;
      if (to) {
        const { data, request } = await run('EvidencePath', { from: focus, to, maxHops: 6 });
        requests.current.push(request);
        path = data.evidencePath;
        let prev = null;
        for (const step of path) {
          if (!g.current.nodes.has(step.node.id)) g.current.nodes.set(step.node.id, refNode(step.node, 9));
          if (prev) {
            const k = edgeKey(prev, step.node.id);
            if (!g.current.edges.has(k)) g.current.edges.set(k, { key: k, source: step.forward ? prev : step.node.id, target: step.forward ? step.node.id : prev, label: step.relationship });
          }
          prev = step.node.id;
        }
      }
      if (live) bump({ loading: false, path });
    })().catch((error) => live && setState((s) => ({ ...s, loading: false, error })));
    return () => {
      live = false;
    };
  }, [focus, depth, to]);

  const onNode = (n) => {
    setState((s) => ({ ...s, selected: n.id }));
    if (!g.current.expanded.has(n.id)) {
      expand(g.current, [n.id], n.depth || 1, requests.current).then(() => bump()).catch((error) => setState((s) => ({ ...s, error })));
    }
    return false;
  };
  const nodes = [...g.current.nodes.values()].map((n) => ({ ...n, expanded: g.current.expanded.has(n.id) }));
  const edges = [...g.current.edges.values()];
  const pathIDs = new Set((state.path || []).map((s) => s.node.id));
  const pathEdges = new Set();
  (state.path || []).forEach((s, i, a) => i > 0 && pathEdges.add(edgeKey(a[i - 1].node.id, s.node.id)));
  const selected = state.selected && g.current.nodes.get(state.selected);
  const hidden = [...g.current.hidden.entries()].filter(([, n]) => n > 0);
  const kindsShown = [...new Set(nodes.map((n) => n.typename))].sort((a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b));
  const focusNode = g.current.nodes.get(focus);
  return (
    <div class="view graph">
      <header class="view-header">
        <div>
          <h1 tabIndex={-1} id="view-title">
            Neighbourhood of {focusNode ? focusNode.label : focus}
          </h1>
          <div class="lede">
            <p>
              The node and its neighbours over the graph’s relationships (citations are not drawn as edges). Click a node marked + (or Tab to it and press Enter) to expand it; drag to pan, scroll
              to zoom. At most {PER_NODE} neighbours per node and {MAX_NODES} nodes are drawn; the rest are listed on the node’s page.
            </p>
          </div>
        </div>
        <div class="toolbar">
          <QueryLinks requests={requests.current} />
          <ExportMenu name={`graph-${focus.replace(/[:/]/g, '-')}`} rows={edges.map((e) => ({ source: e.source, relationship: e.label, target: e.target }))} json={{ nodes, edges }} svg={() => svgRef.current} />
        </div>
      </header>
      <div class="controls" role="group" aria-label="Graph options">
        <fieldset>
          <legend>Depth</legend>
          {[1, 2, 3].map((d) => (
            <label class="check" key={d}>
              <input type="radio" name="depth" checked={depth === d} onChange={() => setParams({ depth: d === 1 ? null : d })} /> {d}
            </label>
          ))}
        </fieldset>
        <PathPicker disabled={state.loading} onPick={(id) => setParams({ to: id })} />
        {to && (
          <p class="path-summary" aria-live="polite">
            {state.path == null ? 'Finding the path…' : state.path.length === 0 ? `No path within 6 steps to ${to}.` : `Path to ${(g.current.nodes.get(to) || { label: to }).label}: ${state.path.length - 1} steps.`}{' '}
            <button type="button" class="link-button" onClick={() => setParams({ to: null })}>clear</button>
          </p>
        )}
      </div>
      <ul class="legend kinds" aria-label="Kinds of node">
        {kindsShown.map((t) => (
          <li key={t}>
            <span class="swatch dot" style={{ background: kindOf(t).colour }} aria-hidden="true" /> {kindOf(t).label}
          </li>
        ))}
      </ul>
      {state.error && <ErrorBox error={state.error} />}
      {state.loading && <Loading what="the neighbourhood" />}
      {!state.loading && nodes.length === 0 && <p>No node {focus} in the graph.</p>}
      {!state.loading && nodes.length > 0 && (
        <div class="graph-and-panel wide">
          <GraphBox label={`Neighbourhood of ${focus}`} deps={[state.version, focus, depth, to, state.selected]} onDrawn={(s) => (svgRef.current = s)}
            draw={(G, c) => G.force(c, { nodes, edges, focus, selected: state.selected, pathIDs, pathEdges, href: (n) => entityPath(n.id), onNode, width: 1000, height: 640 })} />
          <aside class="evidence-panel" aria-live="polite" aria-label="Selected node">
            {selected ? (
              <>
                <h3>
                  <KindBadge typename={selected.typename} /> {selected.label}
                </h3>
                <p><code>{selected.id}</code></p>
                <p>
                  <a href={entityPath(selected.id)}>Open its page</a> ·{' '}
                  <a href={viewPath('graph', { focus: selected.id })}>Centre the graph on it</a>
                  {selected.id !== focus && (
                    <>
                      {' · '}
                      <a href={viewPath('graph', { focus, depth: depth === 1 ? null : depth, to: selected.id })}>Evidence path from {focusNode ? focusNode.label : focus}</a>
                    </>
                  )}
                </p>
                {g.current.hidden.get(selected.id) > 0 && <p class="muted">{g.current.hidden.get(selected.id)} more neighbours are on its page.</p>}
              </>
            ) : (
              <p class="muted">Select a node.</p>
            )}
            <p class="muted graph-stats" data-nodes={nodes.length} data-edges={edges.length}>
              {nodes.length} nodes, {edges.length} relationships drawn{hidden.length ? `; ${hidden.reduce((a, [, n]) => a + n, 0)} neighbours left out` : ''}.
            </p>
            {state.path && state.path.length > 0 && (
              <ol class="path-steps" aria-label="Evidence path">
                {state.path.map((s, i) => (
                  <li key={i}>
                    {s.relationship && <span class="muted">{s.forward ? '→' : '←'} {s.relationship} </span>}
                    <EntityLink node={s.node} showKind />
                  </li>
                ))}
              </ol>
            )}
          </aside>
        </div>
      )}
      <p class="muted">Kinds by colour and letter: {kindsShown.map((t) => `${kindOf(t).glyph} ${kindOf(t).label}`).join(', ')}. {typenameOfID(focus) ? '' : 'The ID names no kind.'}</p>
    </div>
  );
}
