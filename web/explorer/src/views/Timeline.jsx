import { useRef } from 'preact/hooks';
import { useQueries, useDocumentTitle } from '../ui/hooks.js';
import { setParams } from '../router.js';
import { countryColour, entityPath, enumLabel } from '../api/kinds.js';
import { boundText, deploymentSpan, extent, formatSpan, isKnown, pointDate, span } from '../api/time.js';
import { ErrorBox, Loading, ViewHeader, EntityLink } from '../ui/components.jsx';
import { Chart } from '../ui/Chart.jsx';
import { baseStyle } from '../charts/plot.js';
import { CountryPicker } from '../ui/CountryPicker.jsx';

const LANES = [
  { kind: 'LEGAL_INSTRUMENT', lane: 'Legal instruments', symbol: 'diamond', colour: '#D55E00' },
  { kind: 'REFORM', lane: 'Reforms', symbol: 'square', colour: '#009E73' },
  { kind: 'EVENT', lane: 'Events', symbol: 'circle', colour: '#4d4d4d' },
];
const ROW = 22;

function shortLabel(d, iso3) {
  const t = d.title.replace(new RegExp(`^${iso3} in `), '');
  return t.length > 36 ? t.slice(0, 34) + '…' : t;
}

// channels turns a per-row function returning {href, ariaLabel, title} into Plot channels.
const channels = (f) => ({ href: (r) => f(r).href, ariaLabel: (r) => f(r).ariaLabel, title: (r) => f(r).title });

function rowsOf(country) {
  const ds = country.deployments.nodes.map((d) => ({ d, s: deploymentSpan(d), m: span(d.mission) }));
  const key = (r) => (r.s.start.status === 'known' ? r.s.start.date.first.getTime() : r.s.start.bound ? r.s.start.bound.first.getTime() + 1 : Infinity);
  ds.sort((a, b) => key(a) - key(b) || a.d.id.localeCompare(b.d.id));
  return ds.map((r) => ({ ...r, key: shortLabel(r.d, country.iso3) + '\u200b'.repeat(0), label: shortLabel(r.d, country.iso3) }));
}

function tipOf(r) {
  const lines = [r.d.title, `Deployment: ${formatSpan(r.s)}`, `${r.d.mission.acronym}: ${formatSpan(r.m)}`];
  if (r.d.peakStrength) lines.push(`Peak strength: ${r.d.peakStrength}`);
  if (r.d.personnel.length) lines.push(`Personnel: ${r.d.personnel.map(enumLabel).join(', ')}`);
  return lines.join('\n');
}

function CountryTimeline({ data, domain, lanes, chartRefs }) {
  const country = data.country;
  const colour = countryColour(country.iso3);
  const rows = rowsOf(country);
  // Row keys must be unique: two deployments may shorten to the same label.
  const seen = new Map();
  for (const r of rows) {
    const n = seen.get(r.label) || 0;
    seen.set(r.label, n + 1);
    r.key = n ? `${r.label} (${n + 1})` : r.label;
  }
  const allMarks = data.timeline
    .filter((e) => lanes.includes(e.kind))
    .map((e) => ({ e, date: pointDate(e), lane: LANES.find((l) => l.kind === e.kind) }));
  const inDomain = (d) => d && d.first >= domain[0] && d.first < domain[1];
  const marks = allMarks.filter((x) => inDomain(x.date));
  const outside = allMarks.length - marks.length;
  // A law's lifecycle: each dated stage a tick on the laws' lane, so a law sanctioned in one
  // year and in force in another shows both. Only the stages the sources date are drawn; a
  // missing stage is not guessed.
  const stages = allMarks
    .filter((x) => x.e.kind === 'LEGAL_INSTRUMENT')
    .flatMap((x) => (x.e.node.lifecycle || []).map((st) => ({ x, stage: st.stage, date: pointDate(st) })))
    .filter((st) => inDomain(st.date));
  const laneNames = LANES.filter((l) => lanes.includes(l.kind)).map((l) => l.lane);
  const known = rows.filter((r) => isKnown(r.s));
  const partial = rows.filter((r) => !isKnown(r.s));
  const [x0, x1] = domain;
  const clamp = (d) => (d < x0 ? x0 : d > x1 ? x1 : d);
  const startKnown = (r) => r.s.start.status === 'known';
  const endKnown = (r) => r.s.end.status === 'known';
  // Bounded: one end known and the other bounded by the mission -> a dashed bar between them.
  const bounded = partial.filter((r) => { const e = extent(r.s); return e.lo != null && e.hi != null && (startKnown(r) || endKnown(r)); });
  // Open: one end known, the other without a bound -> a tick at the known date and a "?".
  const open = partial.filter((r) => !bounded.includes(r) && (startKnown(r) || endKnown(r)));
  // Undated: neither end known -> said in words, over the mission's lifetime.
  const undated = partial.filter((r) => !startKnown(r) && !endKnown(r));
  // A mission's lifetime: grey from its start to its end; when its end is not given, to the
  // last date this row knows (the deployment's), then a "?". Never to the chart's edge.
  const lastKnown = (r) => Math.max(r.m.start.date.next, ...[r.s.start, r.s.end].filter((b) => b.status === 'known').map((b) => b.date.next));
  const lives = rows.filter((r) => r.m.start.status === 'known').map((r) => ({
    r, x1: r.m.start.date.first, x2: r.m.end.status === 'known' ? r.m.end.date.next : new Date(lastKnown(r)), open: r.m.end.status !== 'known',
  }));
  const cap = { insetTop: 2, insetBottom: 2 };
  const link = (r) => ({ href: entityPath(r.d.id), ariaLabel: r.d.id, title: tipOf(r) });
  const build = (Plot) => {
    const svg = Plot.plot({
      style: baseStyle,
      width: 1100,
      height: 40 + ROW * (rows.length + laneNames.length) + 20,
      marginLeft: 270,
      marginRight: 40,
      marginTop: 30,
      x: { type: 'utc', domain, label: null, grid: true, axis: 'top' },
      y: { domain: [...laneNames, ...rows.map((r) => r.key)], label: null, tickSize: 0, padding: 0.25 },
      marks: [
        Plot.barX(lives, { y: (l) => l.r.key, x1: (l) => clamp(l.x1), x2: (l) => clamp(l.x2), fill: '#e2e2e2', title: (l) => `${l.r.d.mission.acronym}: ${formatSpan(l.r.m)}`, className: 'mission-life' }),
        Plot.text(lives.filter((l) => l.open && l.x2 < x1 && !open.includes(l.r) && !undated.includes(l.r)), { y: (l) => l.r.key, x: (l) => l.x2, text: () => '┈ ?', dx: 3, textAnchor: 'start', fill: '#777', fontWeight: 'bold', title: (l) => `${l.r.d.mission.acronym}: end not given (ongoing, or unknown)` }),
        Plot.barX(known, { y: 'key', x1: (r) => clamp(r.s.start.date.first), x2: (r) => clamp(r.s.end.date.next), fill: colour, className: 'deployment known', ...cap, ...channels(link) }),
        Plot.barX(bounded, {
          y: 'key', x1: (r) => clamp(extent(r.s).lo), x2: (r) => clamp(extent(r.s).hi), fill: colour, fillOpacity: 0.14, stroke: colour, strokeDasharray: '5,3', strokeWidth: 1.5,
          className: 'deployment bounded', ...cap, ...channels(link),
        }),
        Plot.tickX(partial.filter(startKnown), { y: 'key', x: (r) => clamp(r.s.start.date.first), stroke: colour, strokeWidth: 4, ...cap }),
        Plot.tickX(partial.filter(endKnown), { y: 'key', x: (r) => clamp(r.s.end.date.next), stroke: colour, strokeWidth: 4, ...cap }),
        Plot.text(open, {
          y: 'key', x: (r) => clamp(startKnown(r) ? r.s.start.date.first : r.s.end.date.next), text: (r) => (startKnown(r) ? '┈ end ?' : 'start ? ┈'), dx: (r) => (startKnown(r) ? 5 : -5),
          textAnchor: (r) => (startKnown(r) ? 'start' : 'end'), fill: colour, fontWeight: 'bold', className: 'deployment open', ...channels(link),
        }),
        Plot.text(undated, {
          y: 'key', x: (r) => (r.m.start.status === 'known' ? clamp(r.m.start.date.first) : x0), text: () => 'dates not given', dx: 4, textAnchor: 'start', fill: '#444', fontStyle: 'italic',
          className: 'deployment undated', ...channels(link),
        }),
        // Laws' lifecycles under their marks: a thin tick at each dated stage (a line joining
        // a law's stages was tried: on one shared lane the lines merge into one long bar).
        Plot.tickX(stages, {
          x: (st) => st.date.first, y: (st) => st.x.lane.lane, stroke: '#D55E00', strokeWidth: 1.5, insetTop: 4, insetBottom: 4,
          href: (st) => entityPath(st.x.e.node.id), ariaLabel: (st) => `stage ${st.stage} ${st.x.e.node.id} ${st.date.text}`,
          title: (st) => `${st.date.text} · ${enumLabel(st.stage).toLowerCase()}\n${st.x.e.title}`, className: 'lifecycle-stage',
        }),
        // Laws, reforms and events as marks on their lanes.
        Plot.dot(marks, {
          x: (m) => m.date.first, y: (m) => m.lane.lane, symbol: (m) => m.lane.symbol, fill: (m) => m.lane.colour, r: 4.5, stroke: 'white', strokeWidth: 0.8,
          href: (m) => entityPath(m.e.node.id), ariaLabel: (m) => `${m.e.kind.toLowerCase()} ${m.e.node.id}`,
          title: (m) => `${m.date.text} · ${m.lane.lane.replace(/s$/, '')}\n${m.e.title}`, className: 'timeline-mark',
        }),
        Plot.ruleY(laneNames.length ? [laneNames[laneNames.length - 1]] : [], { dy: ROW / 2 + 1, stroke: '#ccc' }),
      ],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${country.name}: ${rows.length} deployments against their missions' lifetimes, with ${marks.length} dated laws, reforms and events and ${stages.length} dated stages of laws`);
    svg.dataset.from = domain[0].toISOString().slice(0, 10);
    svg.dataset.to = domain[1].toISOString().slice(0, 10);
    svg.dataset.country = country.iso3;
    return svg;
  };
  void open;
  const more = country.deployments.pageInfo.hasNextPage;
  return (
    <section class="timeline-country" aria-labelledby={`tl-${country.iso3}`}>
      <h2 id={`tl-${country.iso3}`}>
        <span class="swatch" style={{ background: colour }} aria-hidden="true" />
        <EntityLink node={{ __typename: 'Country', id: `country:${country.iso3.toLowerCase()}`, name: country.name }} />
        <span class="muted series-sub">
          {' '}· {country.deployments.totalCount} deployments ({known.length} with both dates known) · {marks.length} laws, reforms and events{outside ? ` (${outside} more outside these years)` : ''} · {stages.length} dated stages of laws
          {more ? ` · showing the first ${country.deployments.nodes.length}` : ''}
        </span>
      </h2>
      <Chart build={build} deps={[country.iso3, domain[0].getTime(), domain[1].getTime(), lanes.join()]} label={`${country.name} timeline`} onDrawn={(el) => (chartRefs.current[country.iso3] = el)} />
    </section>
  );
}

export function Timeline({ params }) {
  useDocumentTitle('Timeline');
  const countries = (params.get('countries') || 'MEX,ARG,JPN').split(',').filter((c) => /^[A-Za-z]{3}$/.test(c)).map((c) => c.toUpperCase());
  const lanes = (params.get('marks') || 'LEGAL_INSTRUMENT,REFORM,EVENT').split(',').filter((k) => LANES.some((l) => l.kind === k));
  const fromY = parseInt(params.get('from') || '', 10);
  const toY = parseInt(params.get('to') || '', 10);
  const { data, error, loading, requests } = useQueries(countries.map((c) => ['TimelineCountry', { country: c }]));
  const chartRefs = useRef({});
  const got = (data || []).filter((d) => d.country);
  // The domain covers every dated thing drawn, unless from/to narrow it.
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of got) {
    for (const dep of d.country.deployments.nodes) {
      for (const s of [span(dep), span(dep.mission)]) {
        for (const b of [s.start, s.end]) if (b.status === 'known') { lo = Math.min(lo, b.date.first); hi = Math.max(hi, b.date.next); }
      }
    }
  }
  const domain = [
    new Date(Number.isFinite(fromY) ? Date.UTC(fromY, 0, 1) : Number.isFinite(lo) ? Date.UTC(new Date(lo).getUTCFullYear(), 0, 1) : Date.UTC(1945, 0, 1)),
    new Date(Number.isFinite(toY) ? Date.UTC(toY + 1, 0, 1) : Number.isFinite(hi) ? Date.UTC(new Date(hi).getUTCFullYear() + 1, 0, 1) : Date.UTC(2025, 0, 1)),
  ];
  const rows = got.flatMap((d) => d.country.deployments.nodes.map((dep) => {
    const s = span(dep);
    return { country: d.country.iso3, id: dep.id, title: dep.title, mission: dep.mission.acronym, start: boundText(s.start), end: boundText(s.end), startStatus: s.start.status, endStatus: s.end.status, missionStart: boundText(span(dep.mission).start), missionEnd: boundText(span(dep.mission).end), peakStrength: dep.peakStrength };
  }));
  const toggleLane = (k) => setParams({ marks: lanes.includes(k) ? lanes.filter((x) => x !== k) : [...lanes, k] });
  return (
    <div class="view timeline">
      <ViewHeader title="Deployments over time" requests={requests}
        exportProps={{ name: 'timeline', rows, columns: ['country', 'id', 'title', 'mission', 'start', 'startStatus', 'end', 'endStatus', 'missionStart', 'missionEnd', 'peakStrength'], json: data, svg: () => Object.values(chartRefs.current)[0] }}>
        <p>
          Each row is a deployment over its mission’s lifetime (grey). A solid bar has both dates in the sources. When one end is not given, a{' '}
          <span class="dash-key" aria-hidden="true" /> dashed bar runs only as far as the mission allows, with a thick tick at the date that is known, or “┈ end ?” when not
          even the mission bounds it; “dates not given” when neither is known. Where a mission’s end is not given (ongoing, or unknown), its grey stops at the last date the row knows,
          followed by “┈ ?”: nothing is drawn “until today”. A law’s dated stages (half-sanction, promulgation, publication, entry into force, amendment, repeal) are thin ticks
          on its lane (hover for the stage); a stage the sources do not date is not drawn. Click a bar or a mark to open its page.
        </p>
      </ViewHeader>
      <div class="controls" role="group" aria-label="Timeline options">
        <CountryPicker selected={countries} onChange={(cs) => setParams({ countries: cs })} />
        <fieldset>
          <legend>Marks</legend>
          {LANES.map((l) => (
            <label class="check" key={l.kind}>
              <input type="checkbox" checked={lanes.includes(l.kind)} onChange={() => toggleLane(l.kind)} /> {l.lane}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Years</legend>
          <label class="inline">
            from <input type="number" min="1940" max="2030" value={Number.isFinite(fromY) ? fromY : ''} placeholder={domain[0].getUTCFullYear()} onChange={(e) => setParams({ from: e.currentTarget.value })} aria-label="From year" />
          </label>
          <label class="inline">
            to <input type="number" min="1940" max="2030" value={Number.isFinite(toY) ? toY : ''} placeholder={domain[1].getUTCFullYear() - 1} onChange={(e) => setParams({ to: e.currentTarget.value })} aria-label="To year" />
          </label>
        </fieldset>
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading what="the timeline" />}
      {got.map((d) => <CountryTimeline key={d.country.iso3} data={d} domain={domain} lanes={lanes} chartRefs={chartRefs} />)}
    </div>
  );
}

