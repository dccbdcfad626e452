import { useEffect, useRef, useState } from 'preact/hooks';
import { useQuery, useDocumentTitle } from '../ui/hooks.js';
import { run } from '../api/client.js';
import { setParams } from '../router.js';
import { countryColour, entityPath, kindOf, kindOrder, viewPath } from '../api/kinds.js';
import { EntityLink, ErrorBox, KindBadge, Loading, QueryLinks, ExportMenu } from '../ui/components.jsx';

const caseLine = {
  MEX: 'The primary case: should Mexico practise Selective Peacekeeping?',
  ARG: 'Participation as a catalyser of reform and a harmoniser of policy.',
  JPN: 'Legal safeguards that kept participation within Article 9.',
};

function CaseCard({ c }) {
  return (
    <article class="case" style={{ '--case': countryColour(c.iso3) }}>
      <h3>
        <EntityLink node={{ __typename: 'Country', ...c }} />
        <span class="muted"> · {c.caseRole === 'PRIMARY' ? 'primary case' : 'comparator'}</span>
      </h3>
      <p>{caseLine[c.iso3]}</p>
      <dl class="counts">
        <div>
          <dt>Deployments</dt>
          <dd>{c.deployments.totalCount}</dd>
        </div>
        <div>
          <dt>Reforms</dt>
          <dd>{c.reforms.length}</dd>
        </div>
        <div>
          <dt>Legal instruments</dt>
          <dd>{c.legalInstruments.length}</dd>
        </div>
        <div>
          <dt>Safeguards</dt>
          <dd>{c.safeguards.length}</dd>
        </div>
      </dl>
      <p class="case-links">
        <a href={viewPath('timeline', { countries: c.iso3 })}>Timeline</a> · <a href={viewPath('graph', { focus: c.id })}>Graph</a> ·{' '}
        <a href={viewPath('pathways', { country: c.iso3 })}>Pathways</a>
      </p>
    </article>
  );
}

function SearchResults({ text }) {
  const [pages, setPages] = useState({ text: null, hits: [], total: 0, next: null, requests: [], error: null, loading: false });
  const load = async (after) => {
    setPages((p) => ({ ...p, loading: true }));
    try {
      const { data, request } = await run('Search', after ? { text, after } : { text });
      const c = data.searchConnection;
      setPages((p) => ({
        text,
        hits: after ? [...p.hits, ...c.nodes] : c.nodes,
        total: c.totalCount,
        next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null,
        requests: after ? [...p.requests, request] : [request],
        error: null,
        loading: false,
      }));
    } catch (error) {
      setPages((p) => ({ ...p, error, loading: false }));
    }
  };
  useEffect(() => {
    if (text) load(null);
  }, [text]);
  if (!text) return null;
  if (pages.error) return <ErrorBox error={pages.error} />;
  if (pages.text !== text) return <Loading what="search results" />;
  const groups = new Map();
  for (const h of pages.hits) {
    const t = h.node.__typename;
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t).push(h);
  }
  const ordered = [...groups.entries()].sort((a, b) => kindOrder.indexOf(a[0]) - kindOrder.indexOf(b[0]));
  return (
    <section class="search-results" aria-live="polite" aria-labelledby="results-h">
      <div class="section-head">
        <h2 id="results-h">
          {pages.total === 0 ? 'No match' : `${pages.total} match${pages.total === 1 ? '' : 'es'}`} for “{text}”
          {pages.total >= 100 ? ' (the best 100 are ranked)' : ''}
        </h2>
        <div class="toolbar">
          <QueryLinks requests={pages.requests} />
          <ExportMenu name="search" rows={pages.hits.map((h) => ({ id: h.node.id, kind: h.node.__typename, score: h.score, snippet: h.snippet }))} />
        </div>
      </div>
      {ordered.map(([t, hits]) => (
        <div class="result-group" key={t}>
          <h3>
            {kindOf(t).plural} <span class="muted">({hits.length})</span>
          </h3>
          <ul>
            {hits.map((h) => (
              <li key={h.node.id}>
                <EntityLink node={h.node} />
                {h.snippet && h.snippet !== h.node.title && h.snippet !== h.node.name && <span class="snippet"> — {h.snippet}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {pages.next && (
        <button type="button" class="button" disabled={pages.loading} onClick={() => load(pages.next)}>
          More results
        </button>
      )}
    </section>
  );
}

export function Home({ params }) {
  useDocumentTitle('Home');
  const q = params.get('q') || '';
  const [text, setText] = useState(q);
  const input = useRef(null);
  const { data, error, loading, request } = useQuery('Home');
  useEffect(() => setText(q), [q]);
  const submit = (e) => {
    e.preventDefault();
    setParams({ q: text.trim() });
  };
  return (
    <div class="view home">
      <header class="view-header">
        <div>
          <h1 tabIndex={-1} id="view-title">
            Selective Peacekeeping: the evidence
          </h1>
          <div class="lede study">
            <p>
              The study argues that Mexico should practise <em>Selective Peacekeeping</em>: join only selected UN operations and perform only
              selected functions, so that participation serves its foreign policy and modernises its armed forces against the “new threats”
              it perceives at home (drug trafficking, organised crime, terrorism), once domestic opposition and a tradition of
              non-involvement are overcome. It compares Argentina, where participation catalysed military reform and harmonised policy, and
              Japan, where legal safeguards kept participation within Article 9 of its constitution. It finds Mexico’s foreign-policy
              principles compatible with UN peacekeeping.
            </p>
            {data && data.study && (
              <p class="muted">
                Restated from <EntityLink node={data.study} />.
              </p>
            )}
          </div>
        </div>
        <div class="toolbar">
          <QueryLinks requests={[request]} />
        </div>
      </header>

      <form class="search" role="search" onSubmit={submit}>
        <label for="search-input">Search the graph</label>
        <div class="search-row">
          <input id="search-input" ref={input} type="search" value={text} placeholder="e.g. caecopaz, Artículo 76, PKO Act, MINUSTAH"
            onInput={(e) => setText(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
          <button type="submit" class="button primary">Search</button>
        </div>
        <p class="hint">Accent- and case-insensitive; every word must start a word of the entity’s names, titles or descriptions.</p>
      </form>
      <SearchResults text={q} />

      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading what="the dataset" />}
      {data && (
        <>
          <section aria-labelledby="cases-h">
            <h2 id="cases-h">The three cases</h2>
            <div class="cases">
              {[...data.primary, ...data.comparators].map((c) => (
                <CaseCard c={{ ...c, id: `country:${c.iso3.toLowerCase()}` }} key={c.iso3} />
              ))}
            </div>
          </section>
          <section aria-labelledby="views-h">
            <h2 id="views-h">Views</h2>
            <ul class="view-cards">
              <li><a href={viewPath('personnel')}><strong>Personnel</strong> — the IPI monthly series of the three countries, 1990–2014.</a></li>
              <li><a href={viewPath('timeline')}><strong>Timeline</strong> — deployments against mission lifetimes, with laws, reforms and events.</a></li>
              <li><a href={viewPath('compare')}><strong>Compare</strong> — the comparison matrix, every cell with its citations.</a></li>
              <li><a href={viewPath('pathways')}><strong>Pathways &amp; compliance</strong> — participation → reform; deployment → safeguard → legal basis.</a></li>
              <li><a href={viewPath('graph', { focus: 'country:mex' })}><strong>Graph</strong> — a node’s neighbourhood and the evidence path between two entities.</a></li>
            </ul>
          </section>
          <section aria-labelledby="dataset-h" class="dataset">
            <h2 id="dataset-h">The dataset</h2>
            <dl class="counts wide" data-testid="dataset-counts">
              <div><dt>Nodes</dt><dd data-count="nodes">{data.datasetInfo.nodes}</dd></div>
              <div><dt>Relationships</dt><dd data-count="relationships">{data.datasetInfo.relationships}</dd></div>
              <div><dt>Sources</dt><dd data-count="sources">{data.datasetInfo.sources}</dd></div>
              <div><dt>Version</dt><dd data-count="version"><code>{data.datasetInfo.version}</code></dd></div>
              <div><dt>Backend</dt><dd data-count="backend">{data.datasetInfo.backend}</dd></div>
            </dl>
          </section>
        </>
      )}
    </div>
  );
}

