// The page's configuration, written by the Go server (server/explorer) into the
// #explorer-config JSON block. The block's nonce is the page's CSP nonce: Observable Plot's
// <style> elements get it before they are inserted (see charts/plot.js).
const el = document.getElementById('explorer-config');
let parsed = {};
try {
  parsed = JSON.parse((el && el.textContent) || '{}');
} catch (err) {
  console.error('explorer: invalid #explorer-config JSON', err);
}

export const config = {
  endpoint: parsed.endpoint || '/graphql',
  playground: parsed.playground || '/',
  exportIndex: parsed.export || '/export',
  base: (parsed.base || '/explore').replace(/\/$/, ''),
  nonce: (el && el.nonce) || '',
};
