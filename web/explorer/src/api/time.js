// Time, read in one place. The API gives PartialDates ("1992", "1992-06", "1992-06-15") and
// spans whose end may be absent. Everything the views draw or print about time goes through
// this module, so that a change of the API's time model (spans with an explicit status:
// a date, ONGOING as of a date, UNKNOWN with an optional derived bound) changes this file
// and api/queries/spans.graphql, not the views.
//
// A bound is {status: 'known', date} | {status: 'ongoing', asOf} | {status: 'unknown', bound}
// where date, asOf and bound are parsed partial dates (bound may be null). An absent end is
// 'unknown': the API says it is absent "while the mission is ongoing or its end is unknown",
// and the explorer never draws that as "until today".

const RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// parse returns {text, precision, first, next} for a PartialDate: first is the first
// instant it covers (UTC), next the first instant after it (so [first, next) is the period,
// inclusive at the precision given, as the API's ranges are). null for null or junk.
export function parse(text) {
  if (typeof text !== 'string') return null;
  const m = RE.exec(text);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const first = Date.UTC(y, +m[2] - 1, +m[3]);
    return { text, precision: 'day', first: new Date(first), next: new Date(first + 86400000) };
  }
  if (m[2]) {
    return { text, precision: 'month', first: new Date(Date.UTC(y, +m[2] - 1, 1)), next: new Date(Date.UTC(y, +m[2], 1)) };
  }
  return { text, precision: 'year', first: new Date(Date.UTC(y, 0, 1)), next: new Date(Date.UTC(y + 1, 0, 1)) };
}

const known = (text) => {
  const date = parse(text);
  return date ? { status: 'known', date } : { status: 'unknown', bound: null };
};

// bound reads an API Bound (fragment BoundFields): a start's bound is the earliest it can be
// (notBefore), an end's the latest (notAfter). basis says why, derived whether a rule gave it.
export function bound(b, side) {
  if (!b) return { status: 'unknown', bound: null };
  const extra = { basis: b.basis || null, derived: !!b.derived };
  switch (b.status) {
    case 'KNOWN':
      return { status: 'known', date: parse(b.date), ...extra };
    case 'ONGOING':
      return { status: 'ongoing', asOf: parse(b.asOf), ...extra };
    default:
      return { status: 'unknown', bound: parse(side === 'end' ? b.notAfter : b.notBefore), notBefore: parse(b.notBefore), notAfter: parse(b.notAfter), ...extra };
  }
}

// spanOf reads an API Span (fragment SpanFields).
export function spanOf(s) {
  return { start: bound(s && s.start, 'start'), end: bound(s && s.end, 'end') };
}

// span reads the start and end of a Mission or a Deployment (fragments MissionSpan and
// DeploymentSpan): their span with its statuses when the query asked for it.
export function span(entity) {
  if (entity && entity.span) return spanOf(entity.span);
  return { start: known(entity.start), end: known(entity.end) };
}

// pointDate is the date an entity is placed at on a timeline: an event's or a reform's
// date, a law's adoption, a safeguard's or a threat perception's "since", a timeline
// entry's or a personnel point's date. null when the sources give none.
export function pointDate(entity) {
  for (const f of ['date', 'adopted', 'since']) {
    if (entity && typeof entity[f] === 'string') return parse(entity[f]);
  }
  return null;
}

// The fields that hold dates, by type, for the entity page's field list.
export const dateFields = {
  Mission: ['start', 'end'],
  Deployment: ['start', 'end'],
  Reform: ['date'],
  Event: ['date'],
  LegalInstrument: ['adopted', 'inForce'],
  Safeguard: ['since'],
  ThreatPerception: ['since'],
};

export function formatBound(b, side) {
  if (!b) return 'unknown';
  switch (b.status) {
    case 'known':
      return b.date.text;
    case 'ongoing':
      return `ongoing (as of ${b.asOf.text})`;
    default:
      return side === 'end'
        ? (b.bound ? `end unknown (by ${b.bound.text})` : 'end unknown')
        : (b.bound ? `start unknown (from ${b.bound.text})` : 'start unknown');
  }
}

export function formatSpan(s) {
  return `${formatBound(s.start, 'start')} – ${formatBound(s.end, 'end')}`;
}

// A field's value as shown on an entity page: absent dates are said to be unknown.
export function formatDateField(typename, field, value) {
  if (value == null) {
    if (typename === 'Mission' && field === 'end') return 'not given (ongoing, or end unknown: see note)';
    return 'not given by the sources';
  }
  return value;
}

// monthKey is "YYYY-MM" of a Date (UTC).
export function monthKey(d) {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

// months lists every "YYYY-MM" from first to last inclusive.
export function months(first, last) {
  const out = [];
  let y = +first.slice(0, 4);
  let m = +first.slice(5, 7);
  const ly = +last.slice(0, 4);
  const lm = +last.slice(5, 7);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

// personnelMonth reads a personnel point's month ("YYYY-MM").
export function personnelMonth(point) {
  return point.date.slice(0, 7);
}

// deploymentSpan is a deployment's span with the bounds its mission gives an unknown end or
// start: a deployment cannot outlast its mission nor start before it. (When the API gives
// derived bounds itself, they are read here instead.)
export function deploymentSpan(d) {
  const s = span(d);
  if (d.span) return s; // the API gives the derived bounds itself
  const m = d.mission ? span(d.mission) : null;
  if (m) {
    if (s.end.status === 'unknown' && !s.end.bound && m.end.status === 'known') s.end = { ...s.end, bound: m.end.date };
    if (s.start.status === 'unknown' && !s.start.bound && m.start.status === 'known') s.start = { ...s.start, bound: m.start.date };
  }
  return s;
}

// isKnown tells whether both ends of a span are known dates.
export const isKnown = (s) => s.start.status === 'known' && s.end.status === 'known';

// extent gives the drawable [first, next) of a span: known ends, else their bounds; null
// where neither exists.
export function extent(s) {
  const lo = s.start.status === 'known' ? s.start.date.first : s.start.bound ? s.start.bound.first : null;
  const hi = s.end.status === 'known' ? s.end.date.next : s.end.bound ? s.end.bound.next : null;
  return { lo, hi };
}

// dateText is pointDate's text ("1992-06"), or null when the sources give no date.
export function dateText(entity) {
  const d = pointDate(entity);
  return d ? d.text : null;
}

// boundText is a bound's date as text, "" when it is not a known date (for exports).
export const boundText = (b) => (b.status === 'known' ? b.date.text : '');
