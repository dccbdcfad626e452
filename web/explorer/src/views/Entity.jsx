import { useQuery, useDocumentTitle } from '../ui/hooks.js';
import { entityPath, enumLabel, kindOf, label, typenameOfID, viewPath } from '../api/kinds.js';
import { bound, dateFields, dateText, formatBound, formatDateField, formatSpan, personnelMonth, span, spanOf } from '../api/time.js';
import { CitationCount, CitationList, Confidence, Disputes, EntityLink, ErrorBox, KindBadge, Loading, ViewHeader } from '../ui/components.jsx';

const words = (f) => f.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase()).replace('Chapter v i i', 'Chapter VII');

const skip = new Set(['__typename', 'id', 'citations', 'confidence', 'disputes', 'facts', 'names']);

const isRef = (v) => v && typeof v === 'object' && typeof v.id === 'string' && v.__typename;
const isConnection = (v) => v && typeof v === 'object' && Array.isArray(v.nodes) && 'totalCount' in v;
const isLinkList = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !isRef(x) && ('citations' in x));

// extra is the short detail shown after a related node: its kind, reference, date or span.
function extra(n) {
  const parts = [];
  if (n.kind) parts.push(enumLabel(n.kind));
  if (n.scope) parts.push(enumLabel(n.scope));
  if (n.reference) parts.push(n.reference);
  if ('start' in n || 'end' in n) parts.push(formatSpan(span(n)));
  const dt = dateText(n);
  if (dt) parts.push(dt);
  if (n.mission && n.mission.acronym) parts.push(n.mission.acronym);
  if (n.country && n.country.iso3) parts.push(n.country.iso3);
  return parts.length ? <span class="muted"> · {parts.join(' · ')}</span> : null;
}

function RefList({ items }) {
  if (items.length === 0) return <p class="muted">None in the graph.</p>;
  return (
    <ul class="refs">
      {items.map((n) => (
        <li key={n.id}>
          <EntityLink node={n} showKind />
          {extra(n)}
        </li>
      ))}
    </ul>
  );
}

// LinkTable shows relationships that carry their own evidence (reform links, compatibilities,
// threat perceptions): the other end, what the link says, its confidence and citations.
function LinkTable({ field, items }) {
  return (
    <table class="table links">
      <thead>
        <tr>
          <th scope="col">Linked to</th>
          <th scope="col">What the evidence says</th>
          <th scope="col">Confidence</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {items.map((l, i) => {
          const ends = Object.values(l).filter(isRef);
          return (
            <tr key={i}>
              <td>
                {ends.map((n) => (
                  <div key={n.id}>
                    <EntityLink node={n} showKind />
                  </div>
                ))}
              </td>
              <td>
                {l.mechanism && <strong>{enumLabel(l.mechanism)}. </strong>}
                {dateText(l) && <span>Since {dateText(l)}. </span>}
                {l.explanation || l.note || ''}
                {l.disputes && l.disputes.length > 0 && <p class="muted">Disputed: {l.disputes.map((d) => d.field).join(', ')}</p>}
              </td>
              <td>
                <Confidence value={l.confidence} />
              </td>
              <td>
                <CitationCount citations={l.citations} id={`${field}-${i}-cites`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function fieldValue(typename, field, v) {
  if ((dateFields[typename] || []).includes(field)) {
    const text = formatDateField(typename, field, v);
    return v == null ? <span class="unknown">{text}</span> : text;
  }
  if (v == null) return <span class="muted">not given</span>;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length ? v.map(enumLabel).join(', ') : <span class="muted">none stated</span>;
  if (typeof v === 'string' && /^[A-Z][A-Z0-9_]+$/.test(v)) return enumLabel(v);
  if (typeof v === 'string' && /^https?:\/\//.test(v)) {
    return (
      <a href={v} target="_blank" rel="noopener noreferrer" class="external">
        {v} ↗
      </a>
    );
  }
  return String(v);
}

function Body({ node, after }) {
  const t = node.__typename;
  const fields = [];
  const rels = [];
  const links = [];
  const special = [];
  for (const [k, v] of Object.entries(node)) {
    if (skip.has(k)) continue;
    if (k === 'selectivity' && v) {
      special.push(
        <section key={k} aria-labelledby="sel-h">
          <h2 id="sel-h">Selectivity, all years</h2>
          <p>
            Joined <strong>{v.missionsJoined}</strong> of the <strong>{v.missionsActive}</strong> missions in the graph active while it deployed (share{' '}
            {(v.share * 100).toFixed(0)}%). <a href={viewPath('compare', { countries: node.iso3 })}>Compare</a>
          </p>
        </section>,
      );
    } else if ((k === 'span' || k === 'inForceSpan') && v) {
      fields.push([k, formatSpan(spanOf(v))]);
    } else if (k === 'withdrawal') {
      if (v) fields.push([k, formatBound(bound(v, 'end'), 'end')]);
    } else if (k === 'personnelCoverage') {
      if (!v) continue;
      const gaps = v.gaps.map((g) => `no data ${g.from} to ${g.to}`);
      const cols = v.columns.map((c) => `${c.column} from ${c.from}`);
      fields.push([k, [`${v.from} to ${v.to}`, ...gaps, ...cols].join('; ')]);
    } else if (k === 'personnelSeries') {
      if (v.length === 0) continue;
      const peak = v.reduce((a, p) => (p.total > a.total ? p : a), v[0]);
      special.push(
        <section key={k} aria-labelledby="ps-h">
          <h2 id="ps-h">Personnel series</h2>
          <p>
            {v.length} monthly IPI figures, {personnelMonth(v[0])} to {personnelMonth(v[v.length - 1])}; peak {peak.total} ({personnelMonth(peak)}).{' '}
            <a href={viewPath('personnel', { countries: node.iso3 })}>Draw it</a>
          </p>
        </section>,
      );
    } else if (isConnection(v)) {
      rels.push([k, v.nodes, v]);
    } else if (isLinkList(v)) {
      links.push([k, v]);
    } else if (Array.isArray(v) && (v.length === 0 || isRef(v[0]))) {
      rels.push([k, v]);
    } else if (isRef(v)) {
      rels.push([k, [v]]);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      continue;
    } else {
      fields.push([k, v]);
    }
  }
  return (
    <>
      <section aria-labelledby="fields-h">
        <h2 id="fields-h">Fields</h2>
        <table class="table fields">
          <tbody>
            <tr>
              <th scope="row">ID</th>
              <td>
                <code>{node.id}</code>
              </td>
            </tr>
            {fields.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{words(k)}</th>
                <td class={k === 'description' || k === 'summary' || k === 'note' ? 'prose' : ''}>{fieldValue(t, k, v)}</td>
              </tr>
            ))}
            {node.names && node.names.length > 0 && (
              <tr>
                <th scope="row">Names</th>
                <td>
                  {node.names.map((n) => (
                    <div key={n.lang + n.value} lang={n.lang}>
                      <span class="muted">{n.lang}:</span> {n.value}
                    </div>
                  ))}
                </td>
              </tr>
            )}
            {node.facts && node.facts.length > 0 && (
              <tr>
                <th scope="row">Dossier facts</th>
                <td>
                  <code>{node.facts.join(', ')}</code>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      {special}
      {(rels.length > 0 || links.length > 0) && (
        <section aria-labelledby="rels-h">
          <h2 id="rels-h">Relationships</h2>
          {links.map(([k, v]) => (
            <div class="rel" key={k}>
              <h3>
                {words(k)} <span class="muted">({v.length})</span>
              </h3>
              <LinkTable field={k} items={v} />
            </div>
          ))}
          {rels.map(([k, items, conn]) => (
            <div class="rel" key={k}>
              <h3>
                {words(k)} <span class="muted">({conn ? conn.totalCount : items.length})</span>
              </h3>
              <RefList items={items} />
              {conn && (conn.pageInfo.hasNextPage || after) && (
                <p class="pager">
                  {after && <a href={entityPath(node.id)}>← first page</a>}{' '}
                  {conn.pageInfo.hasNextPage && <a href={`${entityPath(node.id)}?after=${encodeURIComponent(conn.pageInfo.endCursor)}`}>next {words(k).toLowerCase()} →</a>}
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      {'citations' in node && (
        <section aria-labelledby="cites-h">
          <h2 id="cites-h">
            Citations <span class="muted">({node.citations.length})</span>
          </h2>
          <CitationList citations={node.citations} />
        </section>
      )}
      <Disputes disputes={node.disputes} />
    </>
  );
}

export function Entity({ id, params }) {
  const typename = typenameOfID(id);
  const after = params.get('after') || undefined;
  const vars = after && (typename === 'Country' || typename === 'Mission') ? { id, after } : { id };
  const { data, error, loading, request } = useQuery(typename ? `Entity${typename}` : 'EntityAny', vars);
  const node = data && data.node;
  useDocumentTitle(node ? label(node) : id);
  if (error) return <div class="view"><h1 tabIndex={-1} id="view-title">{id}</h1><ErrorBox error={error} /></div>;
  if (loading && !node) return <div class="view"><h1 tabIndex={-1} id="view-title">{id}</h1><Loading what={id} /></div>;
  if (!node) {
    return (
      <div class="view">
        <h1 tabIndex={-1} id="view-title">No entity {id}</h1>
        <p>The graph has no node with this ID. <a href={viewPath('', { q: id.split(':').pop() })}>Search for it</a>.</p>
      </div>
    );
  }
  const k = kindOf(node.__typename);
  const cites = node.citations || [];
  return (
    <div class="view entity" data-entity={node.id}>
      <ViewHeader
        title={label(node)}
        requests={[request]}
        exportProps={{ name: node.id.replace(/[:/]/g, '-'), json: node, citations: cites }}
      >
        <p class="entity-meta">
          <KindBadge typename={node.__typename} /> <code>{node.id}</code> <Confidence value={node.confidence} />
          {cites.length > 0 && <span class="muted"> · {cites.length} citation{cites.length === 1 ? '' : 's'}</span>}
        </p>
        <p class="entity-actions">
          <a href={viewPath('graph', { focus: node.id })}>Neighbourhood graph</a>
          {node.__typename === 'Country' && (
            <>
              {' · '}
              <a href={viewPath('timeline', { countries: node.iso3 })}>Timeline</a> · <a href={viewPath('pathways', { country: node.iso3 })}>Pathways</a>
            </>
          )}
          {' · '}
          <span class="muted">Cite this page: </span>
          <code class="cite-url">{window.location.origin + entityPath(node.id)}</code>
        </p>
      </ViewHeader>
      <Body node={node} after={after} />
      <p class="muted kind-note">{k.label} page.</p>
    </div>
  );
}
