// The neighbourhood of nodes, from the Links fragment (api/queries/graph.graphql): which
// nodes a node's relationship fields name, with the field as the edge's label.
import { label } from './kinds.js';

const isRef = (v) => v && typeof v === 'object' && typeof v.id === 'string' && typeof v.__typename === 'string';

// neighbours lists {node, field} for every node a Links answer names.
export function neighbours(links) {
  const out = [];
  const add = (field, v) => {
    if (isRef(v)) out.push({ node: v, field });
  };
  for (const [field, v] of Object.entries(links || {})) {
    if (field === '__typename' || field === 'id') continue;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (isRef(x)) add(field, x);
        else if (x && typeof x === 'object') for (const [f2, y] of Object.entries(x)) add(`${field}.${f2}`, y);
      }
    } else if (v && typeof v === 'object' && Array.isArray(v.nodes)) {
      for (const x of v.nodes) add(field, x);
    } else add(field === 'owner' ? 'country' : field, v);
  }
  return out;
}

export const refNode = (n, depth) => ({ id: n.id, label: label(n), typename: n.__typename, depth });

// edgeKey is the same for both directions: a relationship seen from either end is one edge.
export const edgeKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
