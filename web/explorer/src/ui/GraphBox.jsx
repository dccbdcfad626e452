import { useEffect, useRef, useState } from 'preact/hooks';

let graphModule;
export const loadGraph = () => (graphModule ||= import('../charts/graph.js'));

// GraphBox draws with charts/graph.js (loaded on first use) into a container.
export function GraphBox({ draw, deps, label, onDrawn }) {
  const ref = useRef(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    loadGraph()
      .then((G) => {
        if (!live || !ref.current) return;
        const svg = draw(G, ref.current);
        ref.current.dataset.drawn = 'true';
        if (onDrawn) onDrawn(svg);
      })
      .catch((err) => {
        console.error(err);
        if (live) setError(err);
      });
    return () => {
      live = false;
    };
  }, deps);
  return (
    <figure class="chart graph-box" aria-label={label}>
      <div ref={ref} class="chart-body" />
      {error && <p role="alert" class="error">The graph could not be drawn: {error.message}</p>}
    </figure>
  );
}
