// Downloads: CSV, JSON, SVG and PNG built in the page from what it shows; citations in
// CSL-JSON and BibTeX from the API (api/cite.js).
import { bibliography } from '../api/cite.js';

export function download(filename, type, content) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  // For tests and for the curious: the last export is kept on the window.
  window.__explorerLastExport = { filename, type, text: typeof content === 'string' ? content : null };
}

function csvCell(v) {
  if (v == null) return '';
  const s = Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// toCSV writes RFC 4180 CSV with a header row of the columns.
export function toCSV(rows, columns) {
  const cols = columns || [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.map(csvCell).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

// svgText serialises a drawn chart or graph as a standalone SVG document (styles inlined
// where the page's stylesheet applied them).
export function svgText(svg) {
  const clone = svg.cloneNode(true);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const box = svg.getBoundingClientRect();
  if (!clone.getAttribute('width')) clone.setAttribute('width', Math.round(box.width));
  if (!clone.getAttribute('height')) clone.setAttribute('height', Math.round(box.height));
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', 'white');
  clone.insertBefore(bg, clone.firstChild);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = 'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}';
  clone.insertBefore(style, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

export async function svgToPNG(svg, scale = 2) {
  const text = svgText(svg);
  const box = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise((resolve, reject) => {
      img.onload = resolve;
      img.onerror = () => reject(new Error('the chart could not be rasterised'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(box.width * scale);
    canvas.height = Math.ceil(box.height * scale);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, box.width, box.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const exporters = {
  csv: (name, { rows, columns }) => download(`${name}.csv`, 'text/csv', toCSV(rows, columns)),
  json: (name, { json, rows }) => download(`${name}.json`, 'application/json', JSON.stringify(json ?? rows, null, 2) + '\n'),
  svg: (name, { svg }) => download(`${name}.svg`, 'image/svg+xml', svgText(svg())),
  png: async (name, { svg }) => download(`${name}.png`, 'image/png', await svgToPNG(svg())),
  csl: async (name, { citations }) => download(`${name}.csl.json`, 'application/vnd.citationstyles.csl+json', JSON.stringify((await bibliography(citations)).csl, null, 2) + '\n'),
  bibtex: async (name, { citations }) => download(`${name}.bib`, 'application/x-bibtex', (await bibliography(citations)).bibtex),
};
