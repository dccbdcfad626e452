// Tests of the same-data check's own logic (node --test tools/bench/peer): that the normalisers
// of shapes.mjs make equal data equal and keep every difference a difference.
import assert from "node:assert/strict";
import { test } from "node:test";
import { census, diff, shapes } from "./shapes.mjs";

const shape = (name) => shapes.find((s) => s.name === name);

test("diff finds the first difference and its path", () => {
  assert.equal(diff({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] }), "");
  assert.equal(diff({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] }), '$.a[1].b: "x" != "y"');
  assert.equal(diff([1, 2], [1]), "$: length 2 != 1");
  assert.equal(diff({ a: 1 }, { a: 1, b: null }), "$.b: present on one side only");
  assert.equal(diff({ a: null }, { a: 0 }), "$.a: null != 0");
  assert.equal(diff([], {}), "$: list against object");
  assert.equal(diff({ a: 1, id: "x" }, { a: 2, id: "y" }), '$.id: "x" != "y"', "IDs first");
});

// A country with two deployments, as each server answers it.
const pgAnswer = () => ({
  country: {
    id: "country:arg",
    iso3: "ARG",
    name: "Argentina",
    deployments: {
      nodes: [
        {
          id: "deployment:a",
          title: "A",
          start: "1958",
          end: null,
          personnel: [],
          peakStrength: 4,
          mission: { id: "mission:m", acronym: "M", name: "Mission", start: "1958-06", end: null, kind: "OBSERVER" },
          citations: [
            { locator: null, source: { id: "source:1", title: "One", url: "https://one" } },
            { locator: "p. 2", source: { id: "source:2", title: "Two", url: null } },
          ],
        },
      ],
    },
  },
});
const peerAnswer = () => ({
  countries: [
    {
      id: "country:arg",
      iso3: "ARG",
      name: "Argentina",
      deployments: [
        {
          id: "deployment:a",
          title: "A",
          start: "1958",
          end: null,
          personnel: null, // an empty list is an absent property
          peakStrength: 4,
          mission: { id: "mission:m", acronym: "M", name: "Mission", start: "1958-06", end: null, kind: "OBSERVER" },
          citationsConnection: {
            edges: [
              { properties: { locator: "" }, node: { id: "source:1", title: "One", url: "https://one" } },
              { properties: { locator: "p. 2" }, node: { id: "source:2", title: "Two", url: null } },
            ],
          },
        },
      ],
    },
  ],
});

test("country deployments: the same data normalises equal", () => {
  const s = shape("2-country-deployments");
  assert.equal(diff(s.pg(pgAnswer()), s.peer(peerAnswer())), "");
  assert.deepEqual(census(s.pg(pgAnswer())), { ids: 5, scalars: 18 });
});

test("country deployments: every difference is kept", () => {
  const s = shape("2-country-deployments");
  const cases = {
    "citations in another order": (p) => p.countries[0].deployments[0].citationsConnection.edges.reverse(),
    "a citation's locator": (p) => (p.countries[0].deployments[0].citationsConnection.edges[1].properties.locator = "p. 3"),
    "a source's URL": (p) => (p.countries[0].deployments[0].citationsConnection.edges[0].node.url = null),
    "a mission's kind": (p) => (p.countries[0].deployments[0].mission.kind = "TRADITIONAL"),
    "personnel": (p) => (p.countries[0].deployments[0].personnel = ["TROOPS"]),
    "a missing citation": (p) => p.countries[0].deployments[0].citationsConnection.edges.pop(),
  };
  for (const [what, change] of Object.entries(cases)) {
    const p = peerAnswer();
    change(p);
    assert.notEqual(diff(s.pg(pgAnswer()), s.peer(p)), "", what);
  }
  assert.throws(() => s.peer({ countries: [] }), /exactly one/);
});

test("expect rejects answers too small to compare", () => {
  assert.throws(() => shape("2-country-deployments").expect(shape("2-country-deployments").pg(pgAnswer())), /10 deployments/);
  assert.throws(() => shape("5-search").expect([]), /hits/);
  assert.throws(() => shape("6-reform-drivers").expect([]), /3 countries/);
});

test("search compares the set of hits, not their order", () => {
  const s = shape("5-search");
  const pg = {
    search: [
      { score: 6, node: { id: "reform:r", title: "R", date: "1995" } },
      { score: 2, node: { id: "event:e", title: "E", eventDate: "1994" } },
      { score: 1, node: { id: "principle:p", name: "P" } },
    ],
  };
  const peer = {
    searchEntities: {
      edges: [
        { score: 1, node: { id: "principle:p", kind: "PRINCIPLE", title: null, name: "P", date: null, url: null } },
        { score: 1, node: { id: "event:e", kind: "EVENT", title: "E", name: null, date: "1994", url: null } },
        { score: 1, node: { id: "reform:r", kind: "REFORM", title: "R", name: null, date: "1995", url: null } },
      ],
    },
  };
  assert.equal(diff(s.pg(pg), s.peer(peer)), "");
  peer.searchEntities.edges[1].node.date = "1993";
  assert.notEqual(diff(s.pg(pg), s.peer(peer)), "");
});

test("reform drivers: a deployment's, a mission's, an event's and a country's link map alike", () => {
  const s = shape("6-reform-drivers");
  const link = { mechanism: "LEGAL_CHANGE", explanation: "x", confidence: "HIGH" };
  const country = (id, drivers) => ({ id, iso3: id.slice(-3).toUpperCase(), reforms: [{ id: `reform:${id}`, title: "T", date: null, kind: "LEGAL", drivers }] });
  const pg = {
    mex: country("country:mex", [
      { ...link, from: { id: "deployment:d" }, deployment: { id: "deployment:d", title: "D" }, mission: { id: "mission:m", acronym: "M" } },
      { ...link, from: { id: "mission:n" }, deployment: null, mission: { id: "mission:n", acronym: "N" } },
      { ...link, from: { id: "event:e" }, deployment: null, mission: null },
      { ...link, from: { id: "country:mex" }, deployment: null, mission: null },
    ]),
    arg: country("country:arg", []),
    jpn: country("country:jpn", []),
  };
  const peerCountry = (c, edges) => ({ id: c.id, iso3: c.iso3, reforms: c.reforms.map(({ drivers, ...r }) => ({ ...r, driversConnection: { edges } })) });
  const edges = [
    { properties: link, node: { __typename: "Mission", id: "mission:n", acronym: "N" } },
    { properties: link, node: { __typename: "Deployment", id: "deployment:d", title: "D", mission: { id: "mission:m", acronym: "M" } } },
    { properties: link, node: { __typename: "Event", id: "event:e" } },
    { properties: link, node: { __typename: "Country", id: "country:mex" } },
  ];
  const peer = { countries: [peerCountry(pg.arg, []), peerCountry(pg.jpn, []), peerCountry(pg.mex, edges)] };
  assert.equal(diff(s.pg(pg), s.peer(peer)), "");
  edges[1].node.mission = { id: "mission:n", acronym: "N" };
  assert.notEqual(diff(s.pg(pg), s.peer(peer)), "");
});
