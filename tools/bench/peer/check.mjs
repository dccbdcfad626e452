// The same-data check of the side-by-side benchmark: runs each query pair of shapes.mjs once,
// against peacegraph and against the peer, normalises both answers and fails loudly when they
// differ. Optionally also checks that peacegraph's embedded backend answers the very same bytes
// as its Neo4j backend, saves those bytes (the canned handler's answers), and checks that the
// canned handler serves them.
//
//   node check.mjs --pg URL --peer URL [--memory URL] [--save DIR] [--canned URL] [--only NAME]
//
// URLs are GraphQL endpoints (http://127.0.0.1:18300/graphql); --canned is the canned handler's
// base URL (it serves shape NAME at /NAME). Exit 0 only when every shape passes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { census, diff, shapes } from "./shapes.mjs";

const { values: opt } = parseArgs({
  options: {
    pg: { type: "string" },
    peer: { type: "string" },
    memory: { type: "string" },
    canned: { type: "string" },
    save: { type: "string" },
    only: { type: "string" },
  },
});
if (!opt.pg || !opt.peer) {
  console.error("usage: node check.mjs --pg URL --peer URL [--memory URL] [--save DIR] [--canned URL] [--only NAME]");
  process.exit(2);
}

const queryFile = (name, side) => fileURLToPath(new URL(`queries/${name}.${side}.graphql`, import.meta.url));

// post sends one GraphQL request and returns the raw body; anything but a 200 answer with data
// and no errors is a failure.
async function post(url, query) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}: ${body.slice(0, 300)}`);
  const json = JSON.parse(body);
  if (json.errors) throw new Error(`${url}: errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  if (!json.data) throw new Error(`${url}: no data`);
  return { body, data: json.data };
}

let passed = 0;
let failed = 0;
if (opt.save) mkdirSync(opt.save, { recursive: true });
for (const s of shapes) {
  if (opt.only && s.name !== opt.only) continue;
  try {
    const pgQuery = readFileSync(queryFile(s.name, "pg"), "utf8");
    const pg = await post(opt.pg, pgQuery);
    const peer = await post(opt.peer, readFileSync(queryFile(s.name, "peer"), "utf8"));
    const a = s.pg(pg.data);
    const b = s.peer(peer.data);
    s.expect(a);
    s.expect(b);
    const d = diff(a, b);
    if (d) throw new Error(`peacegraph and the peer answer different data: ${d}`);
    const notes = [];
    if (opt.memory) {
      const mem = await post(opt.memory, pgQuery);
      if (mem.body !== pg.body) {
        throw new Error(`the embedded backend's answer differs from the Neo4j backend's: ${diff(mem.data, pg.data) || "same data, other bytes"}`);
      }
      notes.push("embedded backend: same bytes");
    }
    if (opt.save) writeFileSync(`${opt.save}/${s.name}.json`, pg.body);
    if (opt.canned) {
      const res = await fetch(`${opt.canned}/${s.name}`, { method: "POST", body: JSON.stringify({ query: pgQuery }) });
      const body = await res.text();
      if (res.status !== 200 || body !== pg.body) throw new Error(`the canned handler does not serve peacegraph's bytes (HTTP ${res.status})`);
      notes.push("canned: same bytes");
    }
    const c = census(a);
    console.log(
      `ok   ${s.name}: same data (${c.ids} IDs, ${c.scalars} values); peacegraph ${pg.body.length} B, peer ${peer.body.length} B` +
        (notes.length ? `; ${notes.join(", ")}` : ""),
    );
    passed++;
  } catch (e) {
    console.log(`FAIL ${s.name}: ${e.message}`);
    failed++;
  }
}
console.log(`same-data check: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
