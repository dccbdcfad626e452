import { useRef } from 'preact/hooks';
import { useQueries, useDocumentTitle } from '../ui/hooks.js';
import { setParams } from '../router.js';
import { countryColour, palette, viewPath } from '../api/kinds.js';
import { months, parse, personnelMonth } from '../api/time.js';
import { ErrorBox, Loading, ViewHeader, EntityLink } from '../ui/components.jsx';
import { Chart } from '../ui/Chart.jsx';
import { addHatch, baseStyle } from '../charts/plot.js';

const categories = [
  { key: 'troops', label: 'Troops', colour: palette.blue },
  { key: 'police', label: 'Police', colour: palette.orange },
  { key: 'experts', label: 'Experts on mission', colour: palette.purple },
];
const SERIES_COUNTRIES = ['MEX', 'ARG', 'JPN'];

// A column the series counts only from a later month (ColumnCoverage) is "not counted"
// before it; after it, an empty cell is none reported.
const columnFrom = (cov, key) => (cov?.columns || []).find((c) => c.column === key)?.from?.slice(0, 7);
const fmtCell = (cov, key, month, v) => {
  if (v != null) return String(v);
  const from = columnFrom(cov, key);
  return from && month < from ? `not counted (the series counts them from ${from})` : 'none reported';
};

// covers reads the API's coverage (null: no series): whether the series has data for a month.
function covers(cov, m) {
  const within = (r) => m >= r.from.slice(0, 7) && m <= r.to.slice(0, 7);
  return !!cov && within(cov) && !cov.gaps.some(within);
}

// gapsOf returns the runs of months in domain the series has no figure for: outside its
// coverage as the API states it (before, after, its gaps), or without a point. No figure is
// not zero.
function gapsOf(domain, have, cov) {
  const gaps = [];
  let run = null;
  for (const m of domain) {
    if (!have.has(m) || !covers(cov, m)) {
      if (!run) run = { from: m, to: m };
      else run.to = m;
    } else if (run) {
      gaps.push(run);
      run = null;
    }
  }
  if (run) gaps.push(run);
  return gaps.map((g) => ({ ...g, x1: parse(g.from).first, x2: parse(g.to).next }));
}

function sourceLine(p) {
  return p.citations.map((c) => `${c.source.title}${c.locator ? ` (${c.locator})` : ''}`).join('; ');
}

function CountryChart({ country, domain, yMax, mode, chartRefs }) {
  const points = country.personnelSeries;
  const cov = country.personnelCoverage;
  const have = new Set(points.map(personnelMonth));
  const gaps = gapsOf(domain, have, cov);
  const x0 = parse(domain[0]).first;
  const x1 = parse(domain[domain.length - 1]).next;
  const long = [];
  for (const p of points) {
    const m = personnelMonth(p);
    const first = parse(m).first;
    const next = parse(m).next;
    if (mode === 'total') {
      long.push({ month: m, x1: first, x2: next, category: 'Total', value: p.total, p });
    } else {
      for (const c of categories) {
        if (p[c.key] != null) long.push({ month: m, x1: first, x2: next, category: c.label, value: p[c.key], p });
      }
    }
  }
  const id = `hatch-${country.iso3}`;
  const build = (Plot) => {
    const svg = Plot.plot({
      style: baseStyle,
      width: 1100,
      height: 220,
      marginLeft: 56,
      marginRight: 20,
      x: { type: 'utc', domain: [x0, x1], label: null },
      y: { label: mode === 'total' ? 'Uniformed personnel (total)' : 'Uniformed personnel', grid: true, domain: yMax ? [0, yMax] : undefined, nice: true },
      color: {
        domain: mode === 'total' ? ['Total'] : categories.map((c) => c.label),
        range: mode === 'total' ? [countryColour(country.iso3)] : categories.map((c) => c.colour),
      },
      marks: [
        Plot.rect(gaps, { x1: 'x1', x2: 'x2', fill: '#eeeeee', ariaLabel: (g) => `no figure: ${g.from} to ${g.to}`, className: 'gap' }),
        Plot.rectY(long, Plot.stackY({ x1: 'x1', x2: 'x2', y: 'value', fill: 'category', order: mode === 'total' ? null : categories.map((c) => c.label), ariaLabel: (d) => `${d.month} ${d.category}: ${d.value}`, insetLeft: 0.2, insetRight: 0.2 })),
        Plot.ruleY([0]),
        Plot.tip(points, Plot.pointerX({
          x: (p) => parse(personnelMonth(p)).first,
          y: (p) => p.total,
          title: (p) => `${personnelMonth(p)} · ${country.name}\nTroops: ${fmtCell(cov, 'troops', personnelMonth(p), p.troops)}\nPolice: ${fmtCell(cov, 'police', personnelMonth(p), p.police)}\nExperts on mission: ${fmtCell(cov, 'experts', personnelMonth(p), p.experts)}\nTotal: ${p.total}\nSource: ${sourceLine(p)}`,
          lineWidth: 40,
        })),
      ],
    });
    const fill = addHatch(svg, id);
    for (const r of svg.querySelectorAll('g.gap rect, g[aria-label="rect"] rect[aria-label^="no figure"]')) r.setAttribute('fill', fill);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${country.name}: monthly uniformed personnel in UN peacekeeping (IPI), ${domain[0]} to ${domain[domain.length - 1]}; hatched months have no figure`);
    svg.dataset.country = country.iso3;
    return svg;
  };
  const peak = points.reduce((a, p) => (p.total > a.total ? p : a), points[0] || { total: 0 });
  return (
    <section class="series" aria-labelledby={`ps-${country.iso3}`}>
      <h2 id={`ps-${country.iso3}`}>
        <span class="swatch" style={{ background: countryColour(country.iso3) }} aria-hidden="true" />
        <EntityLink node={{ __typename: 'Country', id: `country:${country.iso3.toLowerCase()}`, name: country.name }} />
        <span class="muted series-sub">
          {points.length === 0
            ? ' · no IPI figures'
            : ` · ${points.length} months with figures, ${personnelMonth(points[0])} to ${personnelMonth(points[points.length - 1])}; peak ${peak.total} (${personnelMonth(peak)})`}
        </span>
      </h2>
      <Chart build={build} deps={[country.iso3, mode, yMax, domain.length]} label={`${country.name} personnel chart`} onDrawn={(el) => (chartRefs.current[country.iso3] = el)} />
      {cov && (
        <p class="muted coverage" data-coverage={country.iso3}>
          Coverage: {cov.from} to {cov.to}
          {cov.gaps.length ? `, except ${cov.gaps.map((g) => `${g.from} to ${g.to}`).join(', ')}` : ''}.
          {cov.columns.map((c) => ` ${categories.find((k) => k.key === c.column)?.label || c.column} counted from ${c.from}: ${c.note || 'not counted before'}.`)}
          {cov.note ? ` ${cov.note}` : ''}
        </p>
      )}
    </section>
  );
}

export function Personnel({ params }) {
  useDocumentTitle('Personnel');
  const countries = (params.get('countries') || SERIES_COUNTRIES.join(',')).split(',').filter((c) => /^[A-Za-z]{3}$/.test(c)).map((c) => c.toUpperCase());
  const mode = params.get('show') === 'total' ? 'total' : 'categories';
  const shared = params.get('scale') === 'shared';
  const { data, error, loading, requests } = useQueries(countries.map((c) => ['PersonnelSeries', { country: c }]));
  const chartRefs = useRef({});
  const got = (data || []).map((d) => d.country).filter(Boolean);
  const withPoints = got.filter((c) => c.personnelSeries.length > 0);
  let domain = [];
  if (withPoints.length) {
    const firsts = withPoints.map((c) => personnelMonth(c.personnelSeries[0])).sort();
    const lasts = withPoints.map((c) => personnelMonth(c.personnelSeries[c.personnelSeries.length - 1])).sort();
    domain = months(firsts[0], lasts[lasts.length - 1]);
  }
  const yMax = shared ? Math.max(...withPoints.flatMap((c) => c.personnelSeries.map((p) => p.total))) : null;
  const rows = got.flatMap((c) => c.personnelSeries.map((p) => ({ country: c.iso3, month: personnelMonth(p), troops: p.troops, police: p.police, experts: p.experts, total: p.total, confidence: p.confidence, sources: sourceLine(p) })));
  const citations = got.flatMap((c) => c.personnelSeries.flatMap((p) => p.citations));
  const toggle = (c) => setParams({ countries: countries.includes(c) ? countries.filter((x) => x !== c) : [...countries, c] });
  return (
    <div class="view personnel">
      <ViewHeader
        title="Uniformed personnel in UN peacekeeping"
        requests={requests}
        exportProps={{ name: 'personnel', rows, columns: ['country', 'month', 'troops', 'police', 'experts', 'total', 'confidence', 'sources'], svg: () => Object.values(chartRefs.current)[0], citations }}
      >
        <p>
          Monthly figures from the IPI Peacekeeping Database, by country and category. A month without a figure is <span class="hatch-key" aria-hidden="true" /> hatched: the
          data have no row for it, which is not the same as zero. Within a month, a category the source reports as NA is drawn as none. Later deployments are on the{' '}
          <a href={viewPath('timeline')}>timeline</a>.
        </p>
      </ViewHeader>
      <div class="controls" role="group" aria-label="Chart options">
        <fieldset>
          <legend>Countries</legend>
          {SERIES_COUNTRIES.map((c) => (
            <label key={c} class="check">
              <input type="checkbox" checked={countries.includes(c)} onChange={() => toggle(c)} /> {c}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Show</legend>
          <label class="check">
            <input type="radio" name="show" checked={mode === 'categories'} onChange={() => setParams({ show: null })} /> By category
          </label>
          <label class="check">
            <input type="radio" name="show" checked={mode === 'total'} onChange={() => setParams({ show: 'total' })} /> Total
          </label>
        </fieldset>
        <fieldset>
          <legend>Vertical scale</legend>
          <label class="check">
            <input type="radio" name="scale" checked={!shared} onChange={() => setParams({ scale: null })} /> Per country
          </label>
          <label class="check">
            <input type="radio" name="scale" checked={shared} onChange={() => setParams({ scale: 'shared' })} /> Shared
          </label>
        </fieldset>
        {mode === 'categories' && (
          <ul class="legend" aria-label="Legend">
            {categories.map((c) => (
              <li key={c.key}>
                <span class="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.label}
              </li>
            ))}
            <li>
              <span class="swatch hatch-key" aria-hidden="true" /> No figure
            </li>
          </ul>
        )}
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading what="the personnel series" />}
      {data && got.map((c) => <CountryChart key={c.iso3} country={c} domain={domain} yMax={yMax} mode={mode} chartRefs={chartRefs} />)}
      {data && (
        <p class="muted coverage">
          Coverage: the IPI series here run from {domain[0]} to {domain[domain.length - 1]}. Figures are the personnel a country had deployed at the end of each month.
        </p>
      )}
    </div>
  );
}
