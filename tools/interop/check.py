"""Independent parsers read peacegraph's exports (issue 12; run by tools/interop/run.sh).

  python check.py http://127.0.0.1:PORT

- BibTeX (bibtexparser), RIS (rispy): every source once, and each entry's key, title, URL,
  year and authors as the sources' GraphQL fields give them; a node's bibliography
  (?node=law:arg-25880) is the GraphQL bibliography of that node.
- CSV (pandas): every table of /export read with the column types the index gives (integers
  as Int64, booleans, the ISO day bounds of every partial date as datetime64), with every
  warning an error; each bound is a real day and _start <= _end; the JSON export has the same
  rows. from as an RFC 3339 timestamp and as epoch milliseconds selects what from=2015-01 does.
- GraphML (networkx): the graph has the nodes and relationships tables' rows.
"""

import io
import json
import sys
import urllib.parse
import urllib.request
import warnings

import bibtexparser
import bibtexparser.middlewares as bm
import networkx
import pandas as pd
import rispy

BASE = sys.argv[1].rstrip("/")
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=60) as r:
        if r.status != 200:
            raise RuntimeError(f"{path}: HTTP {r.status}")
        return r.read().decode("utf-8")


def graphql(query, variables=None):
    req = urllib.request.Request(BASE + "/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        out = json.load(r)
    if out.get("errors"):
        raise RuntimeError(f"GraphQL errors: {out['errors']}")
    return out["data"]


SOURCE_FIELDS = "id citationKey title documentTitle url year originalYear authors publisher language"
sources = {s["citationKey"]: s for s in graphql("{ sources { %s } }" % SOURCE_FIELDS)["sources"]}


def expected_title(s):
    return s["documentTitle"] if s["documentTitle"] else "[" + s["title"] + "]"


def check_entries(fmt, got, want_keys):
    """got: key -> {title, url, year, authors (as persons' names)}; want_keys: the keys expected."""
    if sorted(got) != sorted(want_keys):
        missing, extra = set(want_keys) - set(got), set(got) - set(want_keys)
        fail(f"{fmt}: {len(got)} entries, want {len(want_keys)} (missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]})")
    checked = 0
    for key, e in got.items():
        s = sources.get(key)
        if s is None:
            continue
        want = {"title": expected_title(s), "url": s["url"], "year": s["year"], "authors": s["authors"]}
        for field in want:
            if e[field] != want[field]:
                fail(f"{fmt} {key} {field}: {e[field]!r}, GraphQL says {want[field]!r}")
        checked += 1
    return checked


def bibtex_entries(text):
    lib = bibtexparser.parse_string(text, append_middleware=[bm.SeparateCoAuthors(), bm.SplitNameParts(), bm.LatexDecodingMiddleware()])
    raw = bibtexparser.parse_string(text)  # url is verbatim: read it undecoded
    if lib.failed_blocks or raw.failed_blocks:
        fail(f"BibTeX: {len(lib.failed_blocks)} blocks failed to parse: {lib.failed_blocks[:2]}")
    if len(lib.entries) != len({e.key for e in lib.entries}):
        fail("BibTeX: duplicate keys")
    urls = {e.key: e.fields_dict["url"].value for e in raw.entries if "url" in e.fields_dict}
    out = {}
    for e in lib.entries:
        f = e.fields_dict
        names = []
        for n in (f["author"].value if "author" in f else []):
            parts = n.first + n.von + n.last + n.jr
            names.append(" ".join(parts).replace("{", "").replace("}", ""))
        out[e.key] = {"title": f["title"].value, "url": urls.get(e.key), "year": int(f["year"].value) if "year" in f else None,
                      "authors": names}
    return out


def ris_entries(text):
    out = {}
    for r in rispy.loads(text):
        names = [(a.split(", ", 1)[1] + " " + a.split(", ", 1)[0]) if ", " in a else a for a in r.get("authors", [])]
        out[r["id"]] = {"title": r["title"], "url": (r.get("urls") or [None])[0], "year": int(r["year"]) if "year" in r else None,
                        "authors": names}
    return out


# The whole bibliography: every source once.
for fmt, parse, path in [("BibTeX", bibtex_entries, "/export/citations.bib"), ("RIS", ris_entries, "/export/citations.ris")]:
    n = check_entries(fmt, parse(get(path)), list(sources))
    print(f"{fmt}: {n} entries checked against GraphQL")

# A node's bibliography: its sources and its relationships', as GraphQL gives them.
for node in ["law:arg-25880", "deployment:jpn-untac-engineers", "country:mex"]:
    want = [s["citationKey"] for s in graphql("query($n: [ID!]!) { bibliography(nodes: $n) { sources { citationKey } } }", {"n": [node]})["bibliography"]["sources"]]
    q = "?node=" + urllib.parse.quote(node)
    check_entries(f"BibTeX {node}", bibtex_entries(get("/export/citations.bib" + q)), want)
    check_entries(f"RIS {node}", ris_entries(get("/export/citations.ris" + q)), want)
    print(f"node {node}: {len(want)} sources in BibTeX and RIS")

# Every CSV export, typed.
index = json.loads(get("/export"))
DTYPES = {"string": "string", "integer": "Int64", "boolean": "boolean", "list": "string", "partial-date": "string",
          "precision": pd.CategoricalDtype(["year", "month", "day"])}
for t in index["tables"]:
    dtype = {c["name"]: DTYPES[c["type"]] for c in t["columns"] if c["type"] != "date"}
    dates = [c["name"] for c in t["columns"] if c["type"] == "date"]
    text = get(t["csv"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            df = pd.read_csv(io.StringIO(text), dtype=dtype, parse_dates=dates, date_format="%Y-%m-%d", keep_default_na=False,
                             na_values={c["name"]: [""] for c in t["columns"]})
        except Exception as e:  # a warning is an error here
            fail(f"{t['csv']}: pandas: {type(e).__name__}: {e}")
            continue
    if list(df.columns) != [c["name"] for c in t["columns"]]:
        fail(f"{t['csv']}: columns {list(df.columns)}")
    partial = {c["name"] for c in t["columns"] if c["type"] == "partial-date"}
    for c in dates:
        if not pd.api.types.is_datetime64_any_dtype(df[c]):
            fail(f"{t['csv']}: {c} is {df[c].dtype}, not a datetime")
        base, _, suffix = c.rpartition("_")
        if suffix in ("start", "end") and base in partial:
            # a partial date's first and last day: given exactly when the date is
            if df[base].notna().ne(df[c].notna()).any():
                fail(f"{t['csv']}: {c} is missing where {base} is given (or the reverse)")
            if suffix == "start" and (df[c] > df[base + "_end"]).any():
                fail(f"{t['csv']}: {c} after {base}_end")
        if c.endswith("_not_before") and (df[c] > df[c[: -len("_not_before")] + "_not_after"]).any():
            fail(f"{t['csv']}: {c} after its _not_after")
    for c in t["columns"]:
        if c["type"] == "integer" and df[c["name"]].dtype != "Int64":
            fail(f"{t['csv']}: {c['name']} is {df[c['name']].dtype}")
    rows = json.loads(get(t["json"]))
    if len(rows) != len(df):
        fail(f"{t['json']}: {len(rows)} rows, CSV {len(df)}")
    if "from" in {p["name"] for p in index["parameters"]}:
        want = get(t["csv"] + "?from=2015-01")
        for alt in ["2015-01-01T00:00:00Z", "1420070400000"]:
            if get(t["csv"] + "?from=" + urllib.parse.quote(alt)) != want:
                fail(f"{t['csv']}?from={alt} differs from ?from=2015-01")
    print(f"{t['csv']}: {len(df)} rows, {len(df.columns)} typed columns ({len(dates)} dates)")

# GraphML: the nodes and relationships tables as one graph.
g = networkx.read_graphml(io.BytesIO(get("/export/graph.graphml").encode()), force_multigraph=True)
n_nodes = len(json.loads(get("/export/nodes.json")))
n_edges = len(json.loads(get("/export/relationships.json")))
if g.number_of_nodes() != n_nodes or g.number_of_edges() != n_edges:
    fail(f"GraphML: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; the tables {n_nodes}, {n_edges}")
if not all(d.get("sources") for _, _, d in g.edges(data=True)):
    fail("GraphML: an edge without its sources")
print(f"GraphML: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

if failures:
    print(f"interop check: {len(failures)} failures")
    sys.exit(1)
print("interop check: BibTeX, RIS, CSV and GraphML read by independent parsers: ok")
