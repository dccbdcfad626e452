// Client-side routing over the History API. Every view and entity has a real URL under
// /explore (served by the Go handler for any path), so a page can be bookmarked, cited and
// reloaded. Clicks on same-origin links under the base path (HTML or SVG <a>) are routed
// here instead of reloading the page.
import { useEffect, useState } from 'preact/hooks';
import { config } from './config.js';

const listeners = new Set();

export function currentRoute() {
  const path = decodeURIComponent(window.location.pathname);
  const rest = path.startsWith(config.base) ? path.slice(config.base.length).replace(/^\/+/, '') : '';
  return { rest, params: new URLSearchParams(window.location.search), href: window.location.href };
}

export function navigate(href, { replace = false } = {}) {
  const u = new URL(href, window.location.href);
  if (u.href === window.location.href) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', u.pathname + u.search + u.hash);
  const samePage = false;
  if (!samePage && !replace) window.scrollTo(0, 0);
  for (const l of listeners) l();
}

// setParams replaces the query string (the view's state: countries, dimensions, ...)
// without a new history entry.
export function setParams(update) {
  const p = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(update)) {
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) p.delete(k);
    else p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const q = p.toString();
  navigate(window.location.pathname + (q ? '?' + q : ''), { replace: true });
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

function hrefOf(a) {
  const h = a.href;
  return typeof h === 'string' ? h : h && h.baseVal ? new URL(h.baseVal, window.location.href).href : null;
}

export function interceptLinks() {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target.closest && e.target.closest('a');
    if (!a || a.hasAttribute('download') || (a.getAttribute('target') || '').startsWith('_b')) return;
    const href = hrefOf(a);
    if (!href) return;
    const u = new URL(href);
    if (u.origin !== window.location.origin) return;
    if (u.pathname !== config.base && !u.pathname.startsWith(config.base + '/')) return;
    if (u.pathname.startsWith(config.base + '/assets/')) return;
    e.preventDefault();
    navigate(u.href);
  });
}
