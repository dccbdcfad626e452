import { useState } from 'preact/hooks';
import { useQuery, useDocumentTitle } from '../ui/hooks.js';
import { setParams } from '../router.js';
import { countryColour } from '../api/kinds.js';
import { CitationCount, EntityLink, ErrorBox, Loading, ViewHeader } from '../ui/components.jsx';
import { CountryPicker } from '../ui/CountryPicker.jsx';

const words = (f) => f.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());

function Cell({ cell, dimension }) {
  const [showNodes, setShowNodes] = useState(false);
  const id = `cell-${dimension}-${cell.country.iso3}`;
  if (cell.empty) {
    return (
      <td data-dimension={dimension} data-country={cell.country.iso3} class="empty">
        <span class="muted">No sourced data</span>
      </td>
    );
  }
  return (
    <td data-dimension={dimension} data-country={cell.country.iso3}>
      <ul class="values">
        {cell.values.map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
      <div class="cell-evidence">
        <CitationCount citations={cell.citations} id={`${id}-cites`} />
        {cell.nodes.length > 0 && (
          <button type="button" class="link-button" aria-expanded={showNodes ? 'true' : 'false'} onClick={() => setShowNodes(!showNodes)}>
            from {cell.nodes.length} entit{cell.nodes.length === 1 ? 'y' : 'ies'}
          </button>
        )}
      </div>
      {showNodes && (
        <ul class="refs compact">
          {cell.nodes.map((n) => (
            <li key={n.id}>
              <EntityLink node={n} showKind />
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

export function Compare({ params }) {
  useDocumentTitle('Compare');
  const countries = (params.get('countries') || 'MEX,ARG,JPN').split(',').filter((c) => /^[A-Za-z]{3}$/.test(c)).map((c) => c.toUpperCase());
  const dimsParam = params.get('dims');
  const { data, error, loading, request } = useQuery('Compare', { countries });
  const cmp = data && data.compare;
  const allDims = cmp ? cmp.rows.map((r) => r.dimension) : [];
  const dims = dimsParam ? dimsParam.split(',').filter((d) => allDims.includes(d)) : allDims;
  const rows = cmp ? cmp.rows.filter((r) => dims.includes(r.dimension)) : [];
  const flat = rows.flatMap((r) => r.cells.map((c) => ({ dimension: r.dimension, country: c.country.iso3, empty: c.empty, values: c.values, entities: c.nodes.map((n) => n.id), citations: c.citations.length })));
  const citations = rows.flatMap((r) => r.cells.flatMap((c) => c.citations));
  const toggleDim = (d) => {
    const next = dims.includes(d) ? dims.filter((x) => x !== d) : allDims.filter((x) => dims.includes(x) || x === d);
    setParams({ dims: next.length === allDims.length ? null : next.length ? next : ['none'] });
  };
  return (
    <div class="view compare">
      <ViewHeader title="The comparison matrix" requests={[request]} exportProps={{ name: 'compare', rows: flat, columns: ['dimension', 'country', 'empty', 'values', 'entities', 'citations'], json: cmp && { countries: cmp.countries, rows }, citations }}>
        <p>One row per dimension, one column per country. Each cell lists its values and the citations they rest on (click the count); an empty cell means the graph holds no sourced data, never zero.</p>
      </ViewHeader>
      <div class="controls" role="group" aria-label="Matrix options">
        <CountryPicker selected={countries} onChange={(cs) => setParams({ countries: cs })} max={6} />
        {cmp && (
          <fieldset class="dims">
            <legend>Dimensions</legend>
            {cmp.rows.map((r) => (
              <label class="check" key={r.dimension} title={r.description}>
                <input type="checkbox" checked={dims.includes(r.dimension)} onChange={() => toggleDim(r.dimension)} /> {words(r.dimension)}
              </label>
            ))}
            <button type="button" class="link-button" onClick={() => setParams({ dims: null })}>all</button>
          </fieldset>
        )}
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !cmp && <Loading what="the comparison" />}
      {cmp && (
        <div class="table-wrap">
          <table class="table matrix" aria-label="Comparison matrix">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {cmp.countries.map((c) => (
                  <th scope="col" key={c.id} style={{ '--case': countryColour(c.iso3) }} class="country-col">
                    <EntityLink node={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.dimension} data-row={r.dimension}>
                  <th scope="row">
                    <div class="dim">{words(r.dimension)}</div>
                    <div class="muted dim-desc">{r.description}</div>
                  </th>
                  {r.cells.map((c) => (
                    <Cell key={c.country.iso3} cell={c} dimension={r.dimension} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
