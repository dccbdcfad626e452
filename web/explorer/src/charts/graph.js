// Graph drawing for the pathways, compliance and neighbourhood views: SVG, so every node is
// a link (focusable, keyboard-operable, opened by Enter), every edge a button that shows its
// evidence, and the drawing exports as SVG or PNG like the charts. d3-force lays out the
// neighbourhood; the chains are laid out in columns. Loaded on first use (own chunk).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, select, zoom, zoomIdentity } from 'd3';
import 'd3-transition'; // adds selection.interrupt, which d3-zoom's transform calls
import { kindOf } from '../api/kinds.js';

const NS = 'http://www.w3.org/2000/svg';
const el = (name, attrs = {}, parent) => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  if (parent) parent.append(e);
  return e;
};

function wrap(text, max) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > max && line) {
      lines.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), lines[2].slice(0, max - 1) + '…'];
  return lines;
}

function marker(defs, id, colour) {
  const m = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }, m);
}

function edgeButton(g, e, d, { onEdge, selected }) {
  const colour = e.colour || '#666';
  const hit = el('path', { d, class: 'edge-hit', fill: 'none', stroke: 'transparent', 'stroke-width': 12 }, g);
  const path = el('path', {
    d, class: `edge${selected ? ' selected' : ''}${e.dashed ? ' dashed' : ''}`, fill: 'none', stroke: colour, 'stroke-width': e.width || 1.6,
    'marker-end': `url(#arrow-${e.markerId || 'default'})`, 'stroke-dasharray': e.dashed ? '5,4' : null,
  }, g);
  const label = e.ariaLabel || `${e.source} to ${e.target}`;
  for (const p of [hit]) {
    p.setAttribute('tabindex', '0');
    p.setAttribute('role', 'button');
    p.setAttribute('aria-label', label);
    p.dataset.edge = e.key;
    el('title', {}, p).textContent = label;
    const act = () => onEdge && onEdge(e);
    p.addEventListener('click', act);
    p.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        act();
      }
    });
  }
  return path;
}

function nodeLink(parent, n, { href, onNode, w, h, x, y, selected, highlighted }) {
  const k = kindOf(n.typename);
  const a = el('a', { href, class: `node${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}`, 'aria-label': `${k.label}: ${n.label}` }, parent);
  a.dataset.node = n.id;
  const g = el('g', { transform: `translate(${x},${y})` }, a);
  el('rect', { x: -w / 2, y: -h / 2, width: w, height: h, rx: 6, fill: 'white', stroke: k.colour, 'stroke-width': selected ? 3 : 1.6 }, g);
  el('rect', { x: -w / 2, y: -h / 2, width: 6, height: h, rx: 2, fill: k.colour }, g);
  const lines = wrap(n.label, Math.floor((w - 20) / 6.6));
  const t = el('text', { x: -w / 2 + 12, y: -((lines.length - 1) * 14) / 2 + 4, 'font-size': 12, fill: '#111' }, g);
  lines.forEach((line, i) => {
    const s = el('tspan', { x: -w / 2 + 12, dy: i === 0 ? 0 : 14 }, t);
    s.textContent = line;
  });
  el('title', {}, a).textContent = `${k.label}: ${n.label}${n.detail ? '\n' + n.detail : ''}`;
  if (onNode) {
    a.addEventListener('click', (ev) => {
      if (onNode(n, ev) === false) ev.preventDefault();
    });
  }
  return a;
}

// chainOf follows the chains through the columns from focus, both ways: the edges and
// nodes on them.
function chainOf(columns, edges, focus) {
  const adj = new Map();
  for (const e of edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
      if (!adj.has(a)) adj.set(a, []);
      adj.get(a).push([b, e]);
    }
  }
  const col = new Map();
  columns.forEach((c, ci) => c.nodes.forEach((n) => col.set(n.id, ci)));
  const out = { edges: new Set(), nodes: new Set([focus]) };
  const walk = (id, dir) => {
    for (const [o, e] of adj.get(id) || []) {
      if ((col.get(o) - col.get(id)) * dir > 0 && !out.edges.has(e.key)) {
        out.edges.add(e.key);
        out.nodes.add(o);
        walk(o, dir);
      }
    }
  };
  walk(focus, 1);
  walk(focus, -1);
  return out;
}

// layered draws chains in columns: columns is an array of {title, nodes: [{id, label,
// typename, detail}]}, edges {key, source, target, colour, citations, ariaLabel}.
export function layered(container, { columns: allColumns, edges, href, onEdge, selectedEdge, focus, only = false, width = 1100 }) {
  const chain = focus ? chainOf(allColumns, edges, focus) : null;
  // only: with a focus, draw just its chains (the first column stays whole, to pick another).
  const columns = only && chain
    ? allColumns.map((c, ci) => (ci === 0 ? c : { ...c, nodes: c.nodes.filter((n) => chain.nodes.has(n.id)) }))
    : allColumns;
  const touching = chain ? chain.edges : new Set();
  const colW = Math.min(300, (width - 40) / columns.length - 60);
  const nodeH = 46;
  const gap = 12;
  const rows = Math.max(...columns.map((c) => c.nodes.length), 1);
  const height = 40 + rows * (nodeH + gap);
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', class: 'graph layered' });
  const defs = el('defs', {}, svg);
  marker(defs, 'arrow-default', '#666');
  marker(defs, 'arrow-selected', '#000');
  const pos = new Map();
  const step = (width - colW) / Math.max(columns.length - 1, 1);
  columns.forEach((c, ci) => {
    const x = colW / 2 + ci * step;
    const t = el('text', { x, y: 16, 'text-anchor': 'middle', 'font-weight': 'bold', 'font-size': 13, fill: '#333' }, svg);
    t.textContent = c.title;
    // Chains drawn alone start at the top, next to the first column's nodes; otherwise centred.
    const top = only && focus ? 30 : 30 + ((rows - c.nodes.length) * (nodeH + gap)) / 2;
    c.nodes.forEach((n, i) => pos.set(n.id, { x, y: top + i * (nodeH + gap) + nodeH / 2, n }));
  });
  const eg = el('g', { class: 'edges' }, svg);
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    const x1 = a.x + colW / 2;
    const x2 = b.x - colW / 2 - 2;
    const mx = (x1 + x2) / 2;
    const d = `M${x1},${a.y} C${mx},${a.y} ${mx},${b.y} ${x2},${b.y}`;
    const g = el('g', { class: focus && !touching.has(e.key) ? 'faded' : '' }, eg);
    if (only && focus && !touching.has(e.key)) continue;
    edgeButton(g, e, d, { onEdge, selected: selectedEdge === e.key });
  }
  const ng = el('g', { class: 'nodes' }, svg);
  for (const { x, y, n } of pos.values()) nodeLink(ng, n, { href: href(n), w: colW, h: nodeH, x, y, selected: focus === n.id, onNode: n.onNode });
  container.replaceChildren(svg);
  return svg;
}

// force draws a neighbourhood: nodes {id, label, typename, depth}, edges {key, source,
// target, label}; pathIDs (a set) and pathEdges are drawn bold. The layout is computed to
// rest before drawing (no animation), with zoom and pan.
export function force(container, { nodes, edges, focus, selected, pathIDs, pathEdges, href, onNode, onEdge, width = 1100, height = 640 }) {
  const sim = forceSimulation(nodes.map((n) => ({ ...n })))
    .force('link', forceLink(edges.map((e) => ({ ...e }))).id((n) => n.id).distance(90).strength(0.6))
    .force('charge', forceManyBody().strength(-340))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.07))
    .force('collide', forceCollide(26))
    .stop();
  const fixed = sim.nodes().find((n) => n.id === focus);
  if (fixed) {
    fixed.fx = 0;
    fixed.fy = 0;
  }
  for (let i = 0; i < 320; i++) sim.tick();
  const simNodes = sim.nodes();
  const simEdges = sim.force('link').links();
  const xs = simNodes.map((n) => n.x);
  const ys = simNodes.map((n) => n.y);
  const pad = 80;
  const minX = Math.min(...xs) - pad;
  const minY = Math.min(...ys) - pad;
  const w = Math.max(...xs) - minX + pad;
  const h = Math.max(...ys) - minY + pad;

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', class: 'graph force' });
  const defs = el('defs', {}, svg);
  marker(defs, 'arrow-default', '#888');
  marker(defs, 'arrow-path', '#000');
  el('rect', { width, height, fill: 'white', class: 'zoom-surface' }, svg);
  const root = el('g', {}, svg);
  const eg = el('g', { class: 'edges' }, root);
  for (const e of simEdges) {
    const onPath = pathEdges && pathEdges.has(e.key);
    const s = e.source;
    const t = e.target;
    // Stop the arrow at the target's circle.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const r = 14;
    const d = `M${s.x + (dx / len) * r},${s.y + (dy / len) * r} L${t.x - (dx / len) * (r + 3)},${t.y - (dy / len) * (r + 3)}`;
    const g = el('g', { class: onPath ? 'on-path' : '' }, eg);
    edgeButton(g, { ...e, source: s.id, target: t.id, colour: onPath ? '#000' : '#9a9a9a', width: onPath ? 3.5 : 1.3, markerId: onPath ? 'path' : 'default' }, d, { onEdge });
    if (onPath || simEdges.length < 60) {
      const lt = el('text', { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 - 3, 'text-anchor': 'middle', 'font-size': 10, fill: onPath ? '#000' : '#777', class: 'edge-label' }, g);
      lt.textContent = e.label;
    }
  }
  const ng = el('g', { class: 'nodes' }, root);
  for (const n of simNodes) {
    const k = kindOf(n.typename);
    const onPath = pathIDs && pathIDs.has(n.id);
    const a = el('a', { href: href(n), class: `node${n.id === focus ? ' focus' : ''}${onPath ? ' on-path' : ''}`, 'aria-label': `${k.label}: ${n.label}${n.expanded ? '' : ' (press Enter to expand)'}` }, ng);
    a.dataset.node = n.id;
    const g = el('g', { transform: `translate(${n.x},${n.y})` }, a);
    el('circle', { r: n.id === focus ? 16 : 12, fill: k.colour, stroke: onPath ? '#000' : 'white', 'stroke-width': onPath || n.id === focus ? 3 : 1.5 }, g);
    const glyph = el('text', { 'text-anchor': 'middle', dy: 4, 'font-size': 10, 'font-weight': 'bold', fill: ['#F0E442', '#56B4E9', '#E69F00', '#b0b0b0'].includes(k.colour) ? '#000' : '#fff' }, g);
    glyph.textContent = k.glyph;
    const label = n.label.length > 34 ? n.label.slice(0, 32) + '…' : n.label;
    // Crowded drawings label only the focus, the path, expanded nodes and the selection; the
    // others show their label on hover and keyboard focus.
    const quiet = simNodes.length > 60 && n.id !== focus && !onPath && !n.expanded && n.id !== selected;
    const t = el('text', { x: 16, dy: 4, 'font-size': 11.5, fill: '#111', class: `node-label${quiet ? ' quiet' : ''}` }, g);
    t.textContent = label;
    if (!n.expanded) el('text', { x: -18, y: -12, 'font-size': 12, fill: '#333', 'font-weight': 'bold' }, g).textContent = '+';
    el('title', {}, a).textContent = `${k.label}: ${n.label}\n${n.id}${n.expanded ? '' : '\nClick to expand'}`;
    a.addEventListener('click', (ev) => {
      if (onNode && onNode(n, ev) === false) ev.preventDefault();
    });
  }
  const z = zoom().scaleExtent([0.2, 4]).on('zoom', (ev) => root.setAttribute('transform', ev.transform.toString()));
  const s = select(svg);
  s.call(z);
  const k = Math.min(width / w, height / h, 1.6);
  s.call(z.transform, zoomIdentity.translate(width / 2 - (minX + w / 2) * k, height / 2 - (minY + h / 2) * k).scale(k));
  svg.__zoom_api = { zoomBy: (f) => s.call(z.scaleBy, f), reset: () => s.call(z.transform, zoomIdentity.translate(width / 2 - (minX + w / 2) * k, height / 2 - (minY + h / 2) * k).scale(k)) };
  container.replaceChildren(svg);
  return svg;
}
