import { useEffect, useState } from 'preact/hooks';
import { run } from '../api/client.js';

// useQueries runs the named operations (an array of [name, variables]) and gives
// {data: [..], requests, error, loading}. Changing the key re-runs them; a stale answer is
// dropped.
export function useQueries(specs) {
  const key = JSON.stringify(specs);
  const [state, setState] = useState({ loading: true, data: null, requests: [], error: null });
  useEffect(() => {
    let live = true;
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.all(specs.map(([name, vars]) => run(name, vars, { signal: ctrl.signal })))
      .then((answers) => {
        if (live) setState({ loading: false, data: answers.map((a) => a.data), requests: answers.map((a) => a.request), error: null });
      })
      .catch((error) => {
        if (live && error.name !== 'AbortError') setState({ loading: false, data: null, requests: [], error });
      });
    return () => {
      live = false;
      ctrl.abort();
    };
  }, [key]);
  return state;
}

export function useQuery(name, variables) {
  const s = useQueries([[name, variables || {}]]);
  return { ...s, data: s.data && s.data[0], request: s.requests[0] };
}

// useDocumentTitle sets the tab's title: what a bookmark or a citation of the page shows.
export function useDocumentTitle(title) {
  useEffect(() => {
    if (title) document.title = `${title} · peacegraph explorer`;
  }, [title]);
}
