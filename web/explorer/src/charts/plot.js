// Observable Plot, loaded on first use (its own chunk, with the parts of d3 it needs).
import { config } from '../config.js';

let plotModule;
export function loadPlot() {
  if (!plotModule) plotModule = import('@observablehq/plot');
  return plotModule;
}

// adopt gives the <style> elements Plot puts in a chart the page's CSP nonce, so the strict
// style-src policy lets them apply (they are not yet in the document, so nothing is lost).
export function adopt(el) {
  if (config.nonce) {
    for (const s of el.querySelectorAll('style')) s.setAttribute('nonce', config.nonce);
    if (el.tagName && el.tagName.toLowerCase() === 'style') el.setAttribute('nonce', config.nonce);
  }
  return el;
}

// Shared look: system fonts, sizes readable on a projector (the page's "large" mode scales
// the root font size, which Plot's em-based style follows).
export const baseStyle = { fontSize: '13px', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', overflow: 'visible' };

// hatch adds a diagonal-hatch pattern (for "no figure" regions) to an SVG chart and returns
// its fill URL.
export function addHatch(svg, id, colour = '#9a9a9a') {
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const p = document.createElementNS(ns, 'pattern');
  p.setAttribute('id', id);
  p.setAttribute('width', '6');
  p.setAttribute('height', '6');
  p.setAttribute('patternUnits', 'userSpaceOnUse');
  p.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '6');
  bg.setAttribute('height', '6');
  bg.setAttribute('fill', '#f3f3f3');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', colour);
  line.setAttribute('stroke-width', '1.5');
  p.append(bg, line);
  defs.append(p);
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg');
  root.insertBefore(defs, root.firstChild);
  return `url(#${id})`;
}
