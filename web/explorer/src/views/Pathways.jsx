import { useRef, useState } from 'preact/hooks';
import { useQuery, useDocumentTitle } from '../ui/hooks.js';
import { setParams } from '../router.js';
import { entityPath, enumLabel, label, palette } from '../api/kinds.js';
import { dateText, formatSpan, span } from '../api/time.js';
import { CitationCount, CitationList, Confidence, EntityLink, ErrorBox, Loading, QueryLinks, ExportMenu } from '../ui/components.jsx';
import { CountryPicker } from '../ui/CountryPicker.jsx';
import { GraphBox } from '../ui/GraphBox.jsx';

const mechanismColours = {
  TRAINING_AND_DOCTRINE: palette.blue,
  INSTITUTION_BUILDING: palette.green,
  LEGAL_CHANGE: palette.vermillion,
  CIVILIAN_CONTROL: palette.purple,
  INTEROPERABILITY: palette.orange,
  REGIONAL_HARMONIZATION: palette.sky,
  PROFESSIONALIZATION: palette.black,
};

const nodeOf = (n, detail) => ({ id: n.id, label: label(n), typename: n.__typename, detail });

// Evidence is the panel that shows the selected edge's citations.
function Evidence({ edge, onClose }) {
  if (!edge) return <p class="muted evidence-hint">Select an arrow (click, or Tab then Enter) to see the citations it rests on.</p>;
  return (
    <aside class="evidence-panel" aria-live="polite" aria-label="Evidence of the selected link">
      <div class="evidence-head">
        <h3>
          <EntityLink node={edge.from} /> → <EntityLink node={edge.to} />
        </h3>
        <button type="button" class="button" onClick={onClose} aria-label="Close the evidence panel">Close</button>
      </div>
      {edge.what && <p>{edge.what}</p>}
      {edge.confidence && <Confidence value={edge.confidence} />}
      {edge.citationsNote && <p class="muted">{edge.citationsNote}</p>}
      <CitationList citations={edge.citations} />
    </aside>
  );
}

function ReformSection({ country }) {
  const { data, error, loading, request } = useQuery('ReformPathways', { country });
  const [sel, setSel] = useState(null);
  const [focus, setFocus] = useState(null);
  const svgRef = useRef(null);
  const ps = (data && data.reformPathways) || [];
  // The cause: a deployment, a mission as a whole, an event (participation that is no UN
  // mission) or the country (its participation in general, which only the study's abstract
  // supports).
  const from = (p) => p.deployment || p.mission || p.from;
  const causeNote = (p) =>
    p.deployment
      ? formatSpan(span(p.deployment))
      : p.mission
        ? 'the mission as a whole'
        : p.from.__typename === 'Event'
          ? `an event, ${dateText(p.from) || 'date not given'}`
          : 'participation in general';
  const basisNote = { STATED_ATTACHMENT_INFERRED: ' (the source names no deployment: the attachment is the dataset’s)', INFERRED_FROM_ABSTRACT: ' (only the study’s abstract supports it)' };
  const participation = new Map();
  const reforms = new Map();
  const edges = [];
  ps.forEach((p, i) => {
    const f = from(p);
    if (!f) return;
    participation.set(f.id, nodeOf(f, causeNote(p)));
    reforms.set(p.reform.id, nodeOf(p.reform, [dateText(p.reform) || 'date not given', enumLabel(p.reform.kind)].join(' · ')));
    edges.push({
      key: `rp-${i}`, source: f.id, target: p.reform.id, colour: mechanismColours[p.mechanism] || '#666', citations: p.citations,
      ariaLabel: `${label(f)} drove ${label(p.reform)} (${enumLabel(p.mechanism)}): ${p.citations.length} citations`,
      panel: { from: f, to: p.reform, what: `${enumLabel(p.mechanism)}. ${p.explanation || ''}${basisNote[p.basis] || ''}`, confidence: p.confidence, citations: p.citations },
    });
  });
  const onNode = (n) => {
    setFocus(focus === n.id ? null : n.id);
    return false;
  };
  const columns = [
    { title: 'Participation', nodes: [...participation.values()].map((n) => ({ ...n, onNode })) },
    { title: 'Reform', nodes: [...reforms.values()].map((n) => ({ ...n, onNode })) },
  ];
  const rows = ps.map((p) => ({ country, participation: from(p) && from(p).id, reform: p.reform.id, reformDate: dateText(p.reform), mechanism: p.mechanism, confidence: p.confidence, citations: p.citations.length, explanation: p.explanation }));
  const mechanisms = [...new Set(ps.map((p) => p.mechanism))];
  return (
    <section class="pathways-section" aria-labelledby="rp-h">
      <div class="section-head">
        <h2 id="rp-h">How participation drove reform</h2>
        <div class="toolbar">
          <QueryLinks requests={[request]} />
          <ExportMenu name={`reform-pathways-${country}`} rows={rows} json={ps} svg={() => svgRef.current} citations={ps.flatMap((p) => p.citations)} />
        </div>
      </div>
      <div class="controls">
        <CountryPicker single selected={[country]} onChange={([c]) => setParams({ reform: c })} />
        <ul class="legend" aria-label="Mechanisms">
          {mechanisms.map((m) => (
            <li key={m}>
              <span class="swatch line" style={{ background: mechanismColours[m] }} aria-hidden="true" /> {enumLabel(m)}
            </li>
          ))}
        </ul>
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading what="the reform pathways" />}
      {data && ps.length === 0 && <p>The graph holds no sourced link from participation to a reform for {country}.</p>}
      {ps.length > 0 && (
        <div class="graph-and-panel">
          <GraphBox label={`Reform pathways of ${country}`} deps={[country, sel && sel.key, focus, ps.length]} onDrawn={(s) => (svgRef.current = s)}
            draw={(G, c) => G.layered(c, { columns, edges, href: (n) => entityPath(n.id), onEdge: setSel, selectedEdge: sel && sel.key, focus, width: 900 })} />
          <Evidence edge={sel && sel.panel} onClose={() => setSel(null)} />
        </div>
      )}
      {ps.length > 0 && (
        <details class="as-table">
          <summary>The {ps.length} chains as a table</summary>
          <table class="table">
            <thead><tr><th scope="col">Participation</th><th scope="col">Reform</th><th scope="col">Mechanism</th><th scope="col">Confidence</th><th scope="col">Evidence</th></tr></thead>
            <tbody>
              {ps.map((p, i) => (
                <tr key={i}>
                  <td><EntityLink node={from(p)} showKind /></td>
                  <td><EntityLink node={p.reform} /> <span class="muted">{dateText(p.reform) || ''}</span></td>
                  <td>{enumLabel(p.mechanism)}{p.explanation ? <div class="muted">{p.explanation}</div> : null}</td>
                  <td><Confidence value={p.confidence} /></td>
                  <td><CitationCount citations={p.citations} id={`rp-${i}-c`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

function ComplianceSection({ country }) {
  const { data, error, loading, request } = useQuery('Compliance', { country });
  const [sel, setSel] = useState(null);
  const [chosen, setFocus] = useState(undefined);
  const svgRef = useRef(null);
  const recs = (data && data.constitutionalCompliance) || [];
  const deps = new Map();
  const sgs = new Map();
  const laws = new Map();
  const edges = [];
  const seen = new Set();
  const onNode = (n) => {
    setFocus(focus === n.id ? null : n.id);
    return false;
  };
  const note = 'The API gives these citations per compliance record: the deployment’s own, its constraints’ and its authorizations’.';
  for (const r of recs) {
    const d = r.deployment;
    deps.set(d.id, nodeOf(d, formatSpan(span(d))));
    const sgIDs = new Set(r.safeguards.map((s) => s.id));
    for (const s of r.safeguards) {
      sgs.set(s.id, nodeOf(s, enumLabel(s.kind)));
      edges.push({ key: `c-${d.id}-${s.id}`, source: d.id, target: s.id, colour: '#8c8c8c', citations: r.citations, ariaLabel: `${label(d)} constrained by ${label(s)}: ${r.citations.length} citations of the record`,
        panel: { from: d, to: s, what: 'Constrained by this safeguard.', citations: r.citations, citationsNote: note } });
      for (const g of s.groundedIn) {
        const k = `g-${s.id}-${g.id}`;
        const law = r.legalBasis.find((l) => l.id === g.id);
        if (law && !seen.has(k)) {
          seen.add(k);
          edges.push({ key: k, source: s.id, target: g.id, colour: palette.vermillion, citations: r.citations, ariaLabel: `${label(s)} grounded in ${label(law)}`,
            panel: { from: s, to: law, what: 'The safeguard is grounded in this instrument.', citations: r.citations, citationsNote: note } });
        }
      }
    }
    for (const l of r.legalBasis) laws.set(l.id, nodeOf(l, [enumLabel(l.kind), l.reference, dateText(l)].filter(Boolean).join(' · ')));
    for (const a of d.authorizedBy) {
      const law = r.legalBasis.find((l) => l.id === a.id);
      if (!law) continue;
      edges.push({ key: `a-${d.id}-${a.id}`, source: d.id, target: a.id, colour: palette.blue, dashed: true, citations: r.citations, ariaLabel: `${label(d)} authorized by ${label(law)}`,
        panel: { from: d, to: law, what: 'The deployment was authorized by this instrument.', citations: r.citations, citationsNote: note } });
    }
    void sgIDs;
  }
  // One deployment's chains by default (a small graph); "all" overlays every deployment.
  const focus = chosen === undefined ? (recs[0] && recs[0].deployment.id) || null : chosen;
  const columns = [
    { title: 'Deployment', nodes: [...deps.values()].map((n) => ({ ...n, onNode })) },
    { title: 'Safeguard', nodes: [...sgs.values()].map((n) => ({ ...n, onNode })) },
    { title: 'Legal basis', nodes: [...laws.values()].map((n) => ({ ...n, onNode })) },
  ];
  const rows = recs.map((r) => ({ country, deployment: r.deployment.id, safeguards: r.safeguards.map((s) => s.id), legalBasis: r.legalBasis.map((l) => l.id), citations: r.citations.length }));
  return (
    <section class="pathways-section" aria-labelledby="cc-h">
      <div class="section-head">
        <h2 id="cc-h">Which safeguards kept each deployment within constitutional limits</h2>
        <div class="toolbar">
          <QueryLinks requests={[request]} />
          <ExportMenu name={`compliance-${country}`} rows={rows} json={recs} svg={() => svgRef.current} citations={recs.flatMap((r) => r.citations)} />
        </div>
      </div>
      <div class="controls">
        <CountryPicker single selected={[country]} onChange={([c]) => setParams({ compliance: c })} />
        <label class="inline">
          Deployment{' '}
          <select aria-label="Deployment whose chains are drawn" value={focus || ''} onChange={(e) => setFocus(e.currentTarget.value || null)}>
            <option value="">all deployments (overlaid)</option>
            {[...deps.values()].map((d) => (
              <option key={d.id} value={d.id}>{d.label}</option>
            ))}
          </select>
        </label>
        <ul class="legend">
          <li><span class="swatch line" style={{ background: '#8c8c8c' }} aria-hidden="true" /> constrained by</li>
          <li><span class="swatch line" style={{ background: palette.vermillion }} aria-hidden="true" /> grounded in</li>
          <li><span class="swatch line dashed" style={{ background: palette.blue }} aria-hidden="true" /> authorized by</li>
        </ul>
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading what="the compliance records" />}
      {data && recs.length === 0 && <p>The graph holds no deployment with a recorded safeguard for {country}.</p>}
      {recs.length > 0 && (
        <div class="graph-and-panel">
          <GraphBox label={`Constitutional compliance of ${country}`} deps={[country, sel && sel.key, focus, recs.length]} onDrawn={(s) => (svgRef.current = s)}
            draw={(G, c) => G.layered(c, { columns, edges, href: (n) => entityPath(n.id), onEdge: setSel, selectedEdge: sel && sel.key, focus, only: true, width: 1100 })} />
          <Evidence edge={sel && sel.panel} onClose={() => setSel(null)} />
        </div>
      )}
    </section>
  );
}

export function Pathways({ params }) {
  useDocumentTitle('Pathways and compliance');
  const reform = (params.get('reform') || params.get('country') || 'ARG').toUpperCase();
  const compliance = (params.get('compliance') || (params.get('country') === 'MEX' ? 'MEX' : 'JPN')).toUpperCase();
  return (
    <div class="view pathways">
      <header class="view-header">
        <div>
          <h1 tabIndex={-1} id="view-title">Pathways and compliance</h1>
          <div class="lede">
            <p>
              The study’s two mechanisms as chains of evidence: participation that drove reform (the Argentine case), and the safeguards and legal basis that kept each
              deployment within constitutional limits (the Japanese case). Select a node to follow its chains; select an arrow to see the citations it rests on.
            </p>
          </div>
        </div>
      </header>
      <ReformSection country={reform} />
      <ComplianceSection country={compliance} />
    </div>
  );
}
