// The graphql-http audit of the GraphQL-over-HTTP spec (its auditServer), against a running
// peacegraph: every MUST and SHOULD must pass: 0 errors, 0 warnings (issue 12).
//   node tools/interop/audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
let ok = 0;
const bad = { warn: [], error: [] };
for (const r of results) {
  if (r.status === 'ok') ok++;
  else bad[r.status].push(r);
}
for (const r of [...bad.error, ...bad.warn]) {
  const res = r.response ? ` (status ${r.response.status})` : '';
  console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}${res}`);
}
console.log(`graphql-http audit: ${ok} ok, ${bad.warn.length} warnings, ${bad.error.length} errors (${results.length} audits)`);
process.exit(bad.warn.length + bad.error.length === 0 ? 0 : 1);
