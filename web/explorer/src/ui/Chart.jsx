import { useEffect, useRef, useState } from 'preact/hooks';
import { adopt, loadPlot } from '../charts/plot.js';

// Chart draws build(Plot) (which returns a DOM node) into a container once Plot is loaded,
// and again when deps change. The drawn node is exposed through onDrawn for exports.
export function Chart({ build, deps, label, onDrawn, className }) {
  const ref = useRef(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    loadPlot()
      .then((Plot) => {
        if (!live || !ref.current) return;
        const el = adopt(build(Plot));
        ref.current.replaceChildren(el);
        ref.current.dataset.drawn = 'true';
        if (onDrawn) onDrawn(el);
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
    <figure class={`chart ${className || ''}`} aria-label={label}>
      <div ref={ref} class="chart-body" />
      {error && <p role="alert" class="error">The chart could not be drawn: {error.message}</p>}
    </figure>
  );
}
