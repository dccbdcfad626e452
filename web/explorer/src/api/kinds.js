// Kinds of node: their names, colours and how an entity is labelled.
import { config } from '../config.js';

// Okabe & Ito's palette (2008), distinguishable with the common colour-vision deficiencies;
// every use also carries a label or a shape, never the colour alone.
export const palette = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
  grey: '#8a8a8a',
};

// The three cases keep one colour in every view.
export const caseColours = { MEX: palette.green, ARG: palette.blue, JPN: palette.vermillion };
const otherCountryColours = [palette.orange, palette.purple, palette.sky, palette.black];
export function countryColour(iso3, index = 0) {
  return caseColours[iso3] || otherCountryColours[index % otherCountryColours.length];
}

export const kinds = {
  Country: { label: 'Country', plural: 'Countries', colour: palette.black, glyph: 'C' },
  Mission: { label: 'Mission', plural: 'Missions', colour: palette.blue, glyph: 'M' },
  Deployment: { label: 'Deployment', plural: 'Deployments', colour: palette.sky, glyph: 'D' },
  Function: { label: 'Function', plural: 'Functions', colour: palette.grey, glyph: 'F' },
  Reform: { label: 'Reform', plural: 'Reforms', colour: palette.green, glyph: 'R' },
  LegalInstrument: { label: 'Legal instrument', plural: 'Legal instruments', colour: palette.vermillion, glyph: 'L' },
  Safeguard: { label: 'Safeguard', plural: 'Safeguards', colour: palette.orange, glyph: 'S' },
  Principle: { label: 'Principle', plural: 'Principles', colour: palette.purple, glyph: 'P' },
  Threat: { label: 'Threat', plural: 'Threats', colour: palette.yellow, glyph: 'T' },
  Obstacle: { label: 'Obstacle', plural: 'Obstacles', colour: '#7f3b08', glyph: 'O' },
  Benefit: { label: 'Benefit', plural: 'Benefits', colour: '#1b7837', glyph: 'B' },
  Recommendation: { label: 'Recommendation', plural: 'Recommendations', colour: '#542788', glyph: 'Rc' },
  Event: { label: 'Event', plural: 'Events', colour: '#4d4d4d', glyph: 'E' },
  Source: { label: 'Source', plural: 'Sources', colour: '#b0b0b0', glyph: 'Src' },
};

export const kindOrder = Object.keys(kinds);

export function kindOf(typename) {
  return kinds[typename] || { label: typename || 'Node', plural: typename || 'Nodes', colour: palette.grey, glyph: '?' };
}

// EntityKind enum value (LEGAL_INSTRUMENT) -> type name (LegalInstrument).
export function typenameOfKind(kind) {
  return kind.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
}

// The ID prefix names the kind (mission:minustah, law:arg-25880).
const prefixes = {
  country: 'Country', mission: 'Mission', deployment: 'Deployment', function: 'Function', reform: 'Reform',
  law: 'LegalInstrument', safeguard: 'Safeguard', principle: 'Principle', threat: 'Threat', obstacle: 'Obstacle',
  benefit: 'Benefit', recommendation: 'Recommendation', event: 'Event', source: 'Source',
};
export function typenameOfID(id) {
  return prefixes[String(id).split(':')[0]] || null;
}

// label is what a node is called in lists and graphs.
export function label(node) {
  if (!node) return '';
  if (node.__typename === 'Mission' && node.acronym) return node.acronym;
  return node.title || node.name || node.acronym || node.iso3 || node.id;
}

// entityPath is the explorer URL of an entity page: /explore/mission:minustah.
export function entityPath(id) {
  return `${config.base}/${encodeURIComponent(id).replace(/%3A/g, ':')}`;
}

export function viewPath(view, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString() : '';
  return `${config.base}${view ? '/' + view : ''}${q ? '?' + q : ''}`;
}

export const enumLabel = (v) => (v == null ? '' : String(v).toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
