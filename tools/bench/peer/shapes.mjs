// The query shapes of the side-by-side benchmark: for each, the peacegraph query, the peer query
// asking for the same data (queries/<name>.pg.graphql and queries/<name>.peer.graphql), and two
// normalisers that turn each answer into one canonical value, so that check.mjs can compare them.
//
// The normalisers only rename and reshape (a connection's nodes, CITES edges with their
// properties, an alias per country against a list): every ID and scalar value is kept. Lists
// keep their order where both queries ask for the same order; they are sorted only where a side
// has no defined order (a union connection) or orders by its own score (search). `expect` says
// what a right answer must at least hold, so that two empty answers cannot pass as equal.
// rootFields is the number of root fields of the peacegraph query (issue 11: one Cypher
// statement per root field); nested marks the shapes the "per nested request" targets cover.

// blank: the loader stores an absent citation locator as "" (graph/neo4j/props.go citeRows);
// peacegraph answers null for it.
const blank = (s) => (s === "" ? null : s);

const byKey = (f) => (a, b) => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);
const byID = byKey((x) => x.id);
const byJSON = byKey((x) => JSON.stringify(x));

// one: the single element of a list the peer returns for a lookup by a unique key.
function one(list, what) {
  if (!Array.isArray(list) || list.length !== 1) {
    throw new Error(`${what}: want exactly one, got ${Array.isArray(list) ? list.length : typeof list}`);
  }
  return list[0];
}

const citationsPg = (cs) => cs.map((c) => ({ locator: blank(c.locator), source: c.source }));
const citationsPeer = (conn) => conn.edges.map((e) => ({ locator: blank(e.properties.locator), source: e.node }));

function need(cond, msg) {
  if (!cond) throw new Error(msg);
}

export const shapes = [
  {
    name: "1-lookup",
    title: "one mission by acronym, 5 scalars",
    rootFields: 1,
    pg: (d) => d.mission,
    peer: (d) => one(d.missions, "missions"),
    expect: (v) => need(v && v.acronym === "MINUSTAH" && v.start, "no MINUSTAH with a start date"),
  },
  {
    name: "2-country-deployments",
    title: "one country -> 10 deployments -> mission, citations -> source",
    rootFields: 1,
    nested: true,
    pg: ({ country: c }) => ({
      id: c.id,
      iso3: c.iso3,
      name: c.name,
      deployments: c.deployments.nodes.map(({ citations, ...d }) => ({ ...d, citations: citationsPg(citations) })),
    }),
    peer: ({ countries }) => {
      const c = one(countries, "countries");
      return {
        id: c.id,
        iso3: c.iso3,
        name: c.name,
        deployments: c.deployments.map(({ citationsConnection, personnel, ...d }) => ({
          ...d,
          // An empty list is stored as an absent property (props.go): peacegraph answers [].
          personnel: personnel ?? [],
          citations: citationsPeer(citationsConnection),
        })),
      };
    },
    expect: (v) => {
      need(v.deployments.length === 10, `want 10 deployments, got ${v.deployments.length}`);
      need(v.deployments.every((d) => d.mission && d.mission.id), "a deployment without its mission");
      need(v.deployments.some((d) => d.citations.length > 0), "no citations at all");
    },
  },
  {
    name: "3-missions-contributors",
    title: "all missions -> contributing countries",
    rootFields: 1,
    nested: true,
    pg: (d) => d.missions.nodes,
    peer: (d) => d.missions,
    expect: (v) => {
      need(v.length >= 20 && v.length < 100, `want 20..99 missions (all of them on one page), got ${v.length}`);
      // A few missions are in the graph for their resolutions or reforms, with no deployment.
      need(v.filter((m) => m.contributors.length > 0).length >= v.length / 2, "most missions without contributors");
    },
  },
  {
    name: "4-safeguards",
    title: "a country's safeguards -> legal basis, citations",
    rootFields: 1,
    nested: true,
    // peacegraph lists the safeguards its sources number first (Japan's Five Principles 1 to
    // 5), then by ID; the peer by ID: compared by ID.
    pg: ({ country: c }) => ({
      id: c.id,
      name: c.name,
      safeguards: c.safeguards.map(({ citations, ...s }) => ({ ...s, citations: citationsPg(citations) })).sort(byID),
    }),
    peer: ({ countries }) => {
      const c = one(countries, "countries");
      return {
        id: c.id,
        name: c.name,
        safeguards: c.safeguards.map(({ citationsConnection, ...s }) => ({ ...s, citations: citationsPeer(citationsConnection) })),
      };
    },
    expect: (v) => {
      need(v.safeguards.length >= 3, `want at least 3 safeguards, got ${v.safeguards.length}`);
      need(v.safeguards.some((s) => s.groundedIn.length > 0), "no legal basis at all");
      need(v.safeguards.every((s) => s.citations.length > 0), "a safeguard without citations");
    },
  },
  {
    name: "5-search",
    title: "search (one word, every hit on one page)",
    rootFields: 1,
    // The two rank differently (peacegraph's scoring against Lucene's): compare the set of hits.
    pg: (d) =>
      d.search
        .map(({ node: n }) => ({ id: n.id, title: n.title ?? n.name ?? null, date: n.date ?? n.eventDate ?? null, url: n.url ?? null }))
        .sort(byID),
    peer: (d) =>
      d.searchEntities.edges
        .map(({ node: n }) => ({ id: n.id, title: n.title ?? n.name ?? null, date: n.date ?? null, url: n.url ?? null }))
        .sort(byID),
    // A set comparison is only sound when both pages hold every hit.
    expect: (v) => need(v.length >= 5 && v.length < 20, `want 5..19 hits (all on the page of 20), got ${v.length}`),
  },
  {
    name: "6-reform-drivers",
    title: "comparison: 3 countries -> reforms -> what drove them",
    rootFields: 3, // peacegraph: an alias per country; the peer: one list filter
    nested: true,
    pg: (d) =>
      [d.mex, d.arg, d.jpn].sort(byID).map((c) => ({
        id: c.id,
        iso3: c.iso3,
        reforms: c.reforms.map(({ drivers, ...r }) => ({
          ...r,
          drivers: drivers
            .map((l) => ({
              mechanism: l.mechanism,
              explanation: l.explanation,
              confidence: l.confidence,
              from: l.from.id,
              deployment: l.deployment,
              mission: l.mission,
            }))
            .sort(byJSON),
        })),
      })),
    peer: (d) =>
      d.countries.map((c) => ({
        id: c.id,
        iso3: c.iso3,
        reforms: c.reforms.map(({ driversConnection, ...r }) => ({
          ...r,
          drivers: driversConnection.edges
            .map(({ properties: p, node: n }) => ({
              mechanism: p.mechanism,
              explanation: p.explanation,
              confidence: p.confidence,
              from: n.id,
              deployment: n.__typename === "Deployment" ? { id: n.id, title: n.title } : null,
              mission: n.__typename === "Deployment" ? n.mission : n.__typename === "Mission" ? { id: n.id, acronym: n.acronym } : null,
            }))
            .sort(byJSON),
        })),
      })),
    expect: (v) => {
      need(v.length === 3, `want 3 countries, got ${v.length}`);
      const links = v.flatMap((c) => c.reforms.flatMap((r) => r.drivers));
      need(links.length >= 5, `want at least 5 reform drivers, got ${links.length}`);
      need(links.some((l) => l.deployment) && links.some((l) => !l.deployment), "want drivers of both kinds (deployment, mission)");
    },
  },
];

// diff returns the path of the first difference between a and b, or "" when they are equal.
export function diff(a, b, path = "$") {
  if (a === b) return "";
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: list against object`;
  if (Array.isArray(a)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}: length ${a.length} != ${b.length}`;
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return "";
  }
  // IDs first: a wrong element reads as such, not as a difference deep inside it.
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => (y === "id") - (x === "id") || (x < y ? -1 : x > y ? 1 : 0));
  for (const k of keys) {
    if (!(k in a) || !(k in b)) return `${path}.${k}: present on one side only`;
    const d = diff(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return "";
}

// census counts what a canonical answer holds: distinct IDs and scalar values.
export function census(v) {
  const ids = new Set();
  let scalars = 0;
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, y] of Object.entries(x)) {
        if (k === "id") ids.add(y);
        walk(y);
      }
    } else if (x !== null && x !== undefined) scalars++;
  };
  walk(v);
  return { ids: ids.size, scalars };
}
