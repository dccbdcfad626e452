// Entry point of the peacegraph explorer. The Go server (server/explorer) serves index.html
// for every path under /explore; this script routes the path to a view. Views that draw
// charts or graphs load Observable Plot and d3 on first use (a separate chunk), so the home
// page paints without them.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { config } from './config.js';
import { interceptLinks, useRoute } from './router.js';
import { viewPath } from './api/kinds.js';
import { Home } from './views/Home.jsx';
import { Entity } from './views/Entity.jsx';
import { Personnel } from './views/Personnel.jsx';
import { Timeline } from './views/Timeline.jsx';
import { Compare } from './views/Compare.jsx';
import { Pathways } from './views/Pathways.jsx';
import { Graph } from './views/Graph.jsx';
import './explorer.css';

const views = [
  ['', 'Home', Home],
  ['personnel', 'Personnel', Personnel],
  ['timeline', 'Timeline', Timeline],
  ['compare', 'Compare', Compare],
  ['pathways', 'Pathways & compliance', Pathways],
  ['graph', 'Graph', Graph],
];

function NotFound({ rest }) {
  return (
    <div class="view">
      <h1 tabIndex={-1} id="view-title">Not found</h1>
      <p>
        The explorer has no view <code>/{rest}</code>. Entity pages have an ID with a kind, such as{' '}
        <a href={`${config.base}/mission:minustah`}>mission:minustah</a>.
      </p>
    </div>
  );
}

function App() {
  const route = useRoute();
  const [large, setLarge] = useState(() => localStorage.getItem('peacegraph-explorer-large') === '1');
  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    try {
      localStorage.setItem('peacegraph-explorer-large', large ? '1' : '0');
    } catch {
      /* storage disabled */
    }
  }, [large]);
  // After a navigation, move focus to the new view's heading (keyboard and screen readers).
  useEffect(() => {
    const h = document.getElementById('view-title');
    if (h && document.activeElement && document.activeElement !== document.body) h.focus({ preventScroll: true });
  }, [route.rest]);

  const top = route.rest.split('/')[0];
  const match = views.find(([path]) => path === top);
  let body;
  if (match) {
    const View = match[2];
    body = <View params={route.params} />;
  } else if (route.rest.includes(':')) {
    body = <Entity id={route.rest} params={route.params} />;
  } else {
    body = <NotFound rest={route.rest} />;
  }
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site">
        <a class="brand" href={viewPath('')}>
          peacegraph <span>explorer</span>
        </a>
        <nav aria-label="Views">
          <ul>
            {views.map(([path, name]) => (
              <li key={path}>
                <a href={viewPath(path)} aria-current={match && match[0] === path ? 'page' : undefined}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="site-tools">
          <button type="button" class="button" aria-pressed={large ? 'true' : 'false'} onClick={() => setLarge(!large)} title="Larger text and marks, for a projector">
            Projector
          </button>
          <a class="button" href={config.playground} target="_blank" rel="noopener">
            Playground ↗
          </a>
        </div>
      </header>
      <main id="main">{body}</main>
      <footer class="site">
        Every mark rests on a source: follow a citation count to its documents. Data: the public GraphQL API at{' '}
        <code>{config.endpoint}</code>; flat exports at <a href={config.exportIndex}>{config.exportIndex}</a>.
      </footer>
    </>
  );
}

interceptLinks();
const root = document.getElementById('explorer');
root.textContent = '';
render(<App />, root);
