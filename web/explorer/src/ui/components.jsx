import { useState } from 'preact/hooks';
import { playgroundURL } from '../api/client.js';
import { entityPath, enumLabel, kindOf, label, typenameOfID } from '../api/kinds.js';
import { uniqueSources } from '../api/cite.js';
import { exporters } from './download.js';

export function KindBadge({ typename }) {
  const k = kindOf(typename);
  return (
    <span class="kind" style={{ '--kind': k.colour }} title={k.label}>
      {k.label}
    </span>
  );
}

export function EntityLink({ node, showKind = false, children }) {
  if (!node) return null;
  const typename = node.__typename || typenameOfID(node.id);
  return (
    <a class="entity-link" href={entityPath(node.id)}>
      {showKind && <KindBadge typename={typename} />}
      {children || label(node)}
    </a>
  );
}

const confidenceText = {
  HIGH: 'High confidence',
  MEDIUM: 'Medium confidence',
  LOW: 'Low confidence',
};

// Confidence is written out, not only coloured: the dossier's judgement of source quality
// and corroboration.
export function Confidence({ value }) {
  if (!value) return null;
  return (
    <span class={`confidence confidence-${value.toLowerCase()}`} title="How sure the research dossier is of this fact: source quality and corroboration, not importance">
      {confidenceText[value] || value}
    </span>
  );
}

export function CitationList({ citations }) {
  if (!citations || citations.length === 0) return <p class="muted">No citation.</p>;
  return (
    <ol class="citations">
      {citations.map((c, i) => (
        <li key={i}>
          <EntityLink node={{ __typename: 'Source', ...c.source }} />
          {c.source.year ? <span class="muted"> ({c.source.year})</span> : null}
          {c.locator && <span class="locator">, {c.locator}</span>}
          {c.note && <span class="note"> — {c.note}</span>}
          {c.source.url && (
            <>
              {' '}
              <a class="external" href={c.source.url} target="_blank" rel="noopener noreferrer" aria-label={`Open the source document: ${c.source.title}`}>
                source ↗
              </a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

// CitationCount is a button "N citations" that shows the list in place.
export function CitationCount({ citations, id }) {
  const [open, setOpen] = useState(false);
  const n = (citations || []).length;
  const sources = uniqueSources(citations).length;
  if (n === 0) return <span class="muted citation-count">no citation</span>;
  return (
    <div class="citation-toggle">
      <button type="button" class="citation-count" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={() => setOpen(!open)}
        title={`${n} citation${n === 1 ? '' : 's'} of ${sources} source${sources === 1 ? '' : 's'}`}>
        {n} citation{n === 1 ? '' : 's'}
      </button>
      {open && (
        <div id={id} class="citation-popover">
          <CitationList citations={citations} />
        </div>
      )}
    </div>
  );
}

export function Disputes({ disputes }) {
  if (!disputes || disputes.length === 0) return null;
  return (
    <section class="disputes" aria-labelledby="disputes-h">
      <h2 id="disputes-h">Where sources disagree</h2>
      {disputes.map((d) => (
        <div class="dispute" key={d.field}>
          <h3>
            <code>{d.field}</code>
          </h3>
          {d.note && <p>{d.note}</p>}
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Status</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {d.values.map((v, i) => (
                <tr key={i}>
                  <td>{v.value}</td>
                  <td>{v.preferred ? <strong>preferred</strong> : 'other value'}</td>
                  <td>
                    <CitationList citations={v.citations} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

// QueryLinks opens each query the view ran in the playground, with its variables.
export function QueryLinks({ requests }) {
  const rs = (requests || []).filter(Boolean);
  if (rs.length === 0) return null;
  const title = (r) => {
    const v = Object.values(r.variables || {}).filter((x) => typeof x === 'string' || Array.isArray(x));
    return v.length ? `${r.name} (${v.flat().join(', ')})` : r.name;
  };
  if (rs.length === 1) {
    return (
      <a class="button query-link" href={playgroundURL(rs[0])} target="_blank" rel="noopener" title={`Open the GraphQL query ${title(rs[0])} in the playground`}>
        Query ↗
      </a>
    );
  }
  return (
    <details class="menu query-menu">
      <summary class="button">Queries ({rs.length})</summary>
      <ul>
        {rs.map((r, i) => (
          <li key={i}>
            <a class="query-link" href={playgroundURL(r)} target="_blank" rel="noopener">
              {title(r)} ↗
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

// ExportMenu offers the data shown (CSV, JSON), the chart (SVG, PNG) and the citations of
// what is shown (CSL-JSON, BibTeX).
export function ExportMenu({ name, rows, columns, json, svg, citations }) {
  const [error, setError] = useState(null);
  const items = [];
  if (rows) items.push(['csv', 'Data as CSV']);
  if (rows || json) items.push(['json', 'Data as JSON']);
  if (svg) items.push(['svg', 'Chart as SVG'], ['png', 'Chart as PNG']);
  if (citations) items.push(['csl', `Citations as CSL-JSON (${uniqueSources(citations).length} sources)`], ['bibtex', 'Citations as BibTeX']);
  const go = async (kind) => {
    setError(null);
    try {
      await exporters[kind](name, { rows, columns, json, svg, citations });
    } catch (err) {
      setError(`Export failed: ${err.message}`);
    }
  };
  return (
    <details class="menu export-menu">
      <summary class="button">Export</summary>
      <ul>
        {items.map(([kind, text]) => (
          <li key={kind}>
            <button type="button" data-export={kind} onClick={() => go(kind)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert" class="error">{error}</p>}
    </details>
  );
}

export function Loading({ what }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error }) {
  return (
    <div class="error-box" role="alert">
      <strong>The API answered with an error.</strong> {error.message}
    </div>
  );
}

export function ViewHeader({ title, children, requests, exportProps }) {
  return (
    <header class="view-header">
      <div>
        <h1 tabIndex={-1} id="view-title">{title}</h1>
        {children && <div class="lede">{children}</div>}
      </div>
      <div class="toolbar">
        <QueryLinks requests={requests} />
        {exportProps && <ExportMenu {...exportProps} />}
      </div>
    </header>
  );
}

export { enumLabel };
