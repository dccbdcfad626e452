// Package export renders flat tables of the knowledge graph for dashboards, notebooks, graph
// tools and reference managers: /export/{table}.csv and /export/{table}.json, the citations'
// bibliographies /export/citations.bib, .csl.json and .ris, and /export/graph.graphml, with
// /export as a machine-readable index of the tables, their typed columns and the parameters.
// Rows come from graph.Store (List, Edges, Get, PersonnelSeries) with the same filter semantics
// as the GraphQL API: there is no second data path. Independent parsers read every format in CI
// (tools/interop: pandas, bibtexparser, rispy, citation-js, networkx). README-ready:
//
// # Format
//
//   - CSV: RFC 4180 as encoding/csv writes it (a field is quoted when it holds a comma, a quote
//     or a line break; quotes are doubled), a header row of column names, one row per record,
//     "\n" line ends, UTF-8 without a byte-order mark (a spreadsheet that wants one can import
//     the file as UTF-8). Served as `text/csv; charset=utf-8; header=present`.
//   - JSON: an array of objects, one per row, keys in column order; empty cells are null, list
//     cells arrays, integers numbers, booleans true/false, dates strings.
//   - Every column has a type in the index: string, integer, boolean, partial-date, precision,
//     date (an ISO day) or list. An empty cell means "not known". List cells are space-separated
//     in CSV (IDs, ISO3 codes, codes and URLs hold no spaces).
//   - A date is given at the precision the source gives ("1992", "1992-06", "1992-06-15"), so
//     one column mixes precisions: each such column `d` is followed by `d_precision` (year,
//     month or day) and `d_start`, `d_end`, the first and last ISO day it covers ("1994" is
//     1994-01-01 to 1994-12-31), which a typed reader parses as dates:
//     `pd.read_csv(url, parse_dates=["start_start", "start_end"], date_format="%Y-%m-%d")`.
//   - A span bound (a start or an end, given by the sources as KNOWN, ONGOING or UNKNOWN) is a
//     group of columns: `<col>_status`; `<col>` with its `_precision`, `_start` and `_end` as any
//     date (empty unless KNOWN); `<col>_as_of` (ONGOING: the first day of the statement that it
//     still runs), `<col>_not_before` and `<col>_not_after` (the earliest and latest day an
//     UNKNOWN one can be), as ISO days.
//   - Every table of cited records ends with `sources` (the IDs of the sources cited for the
//     row, in citation order) and `source_urls` (the URL of each, in the same order, `-` for a
//     source without one; null in JSON), so the two line up. The sources table describes each
//     source (join on its id); citations and edge-citations are the long forms, with locators.
//   - Long (tidy) tables beside the wide ones: personnel-long (country, month, category,
//     value), source-authors, citations, edge-citations.
//   - Bibliographies: one entry per source, in citation-key order, keyed by the source's ID
//     without "source:" (stable): BibTeX with biblatex fields (`application/x-bibtex`), CSL-JSON
//     (`application/vnd.citationstyles.csl+json`), RIS (`application/x-research-info-systems`).
//     The rules (titles, names, types): server/cite.
//   - graph.graphml: GraphML 1.0 (`application/graphml+xml`), the nodes and edges tables as one
//     directed graph, every column a typed key.
//   - A successful export is cacheable like a GraphQL GET: ETag, Cache-Control, 304.
//
// # Parameters
//
// Anything else, or a malformed value, is a 400 BAD_USER_INPUT with a message; so is a query
// string that does not parse (a bad percent-escape, a ';' between parameters), a single-valued
// parameter given twice, and a list of more than 500 values (country, node). An unknown table
// or format is a 404 NOT_FOUND; a method other than GET or HEAD a 405.
//
//   - country: ISO 3166 alpha-3 code, repeatable or comma-separated (country=MEX,ARG): rows of
//     any of them. What "of a country" means is each table's, as in the GraphQL filters: the
//     deploying country, a mission's contributors, the owner of a reform, instrument,
//     safeguard or event, the country of a personnel series. A code not in the dataset is a 404
//     NOT_FOUND, as an unknown country is in GraphQL.
//   - from, to: inclusive as everywhere in the API: rows known to be active at some time within
//     [from, to] (a mission's or deployment's span, an instrument's adoption, a reform's or
//     event's date, a safeguard's time in force, a personnel month), by graph's one time rule
//     (graph.TimeFilter.Match, as the GraphQL filters). A row whose dates leave that open (an
//     end the sources do not give, an undated reform) is left out, never counted. Each is a
//     PartialDate (inclusive at its precision: from=2015-01 is from
//     2015-01-01, to=2015-01 to 2015-01-31), an RFC 3339 timestamp (2015-01-01T00:00:00Z) or
//     epoch milliseconds (1420070400000, as Grafana's ${__from} sends); an instant stands for
//     its UTC day, so those three from values select the same rows. Ten digits or fewer are
//     refused: they look like epoch seconds.
//   - started_from, started_to: rows known to have started within the range (deployments
//     joined, missions begun), in the same forms as from; both kinds of window may be given
//     together.
//   - include_uncertain=true: also the rows the dates leave open; their activity column says
//     POSSIBLE (KNOWN for the others).
//   - node: node IDs (node=law:arg-25880), repeatable or comma-separated, for the sources,
//     source-authors and citations bibliography exports: the sources of those nodes and of
//     every relationship with one of them at either end (the same as GraphQL's
//     bibliography(nodes:)); the bibliographies then note the locators each source is cited at.
//     Not with country, from or to.
//
// # Tables
//
// BEGIN TABLES (generated from Tables: go test ./server/export -update)
//
// ## deployments
//
// One country's participation in one mission. Rows by start date (undated last), then id. `/export/deployments.csv`, `/export/deployments.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | deployment ID |
//	| country | string | ISO3 code of the deploying country |
//	| mission | string | mission acronym |
//	| title | string | readable label |
//	| start_status | string | start of participation: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of start_as_of; UNKNOWN: the sources do not say when, see start_not_before/start_not_after) |
//	| start | partial-date | start of participation when KNOWN, at its precision; empty otherwise |
//	| start_precision | precision | precision of start: year, month or day; empty when start is |
//	| start_start | date | first day start covers (start 1994: 1994-01-01) |
//	| start_end | date | last day start covers (start 1994-02: 1994-02-28) |
//	| start_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| start_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| start_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| end_status | string | end of participation: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of end_as_of; UNKNOWN: the sources do not say when, see end_not_before/end_not_after) |
//	| end | partial-date | end of participation when KNOWN, at its precision; empty otherwise |
//	| end_precision | precision | precision of end: year, month or day; empty when end is |
//	| end_start | date | first day end covers (end 1994: 1994-01-01) |
//	| end_end | date | last day end covers (end 1994-02: 1994-02-28) |
//	| end_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| end_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| end_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| personnel | list | personnel types: TROOPS POLICE MILITARY_OBSERVERS STAFF_OFFICERS CIVILIANS |
//	| peak_strength | integer | largest number of personnel at once |
//	| unit | string | unit or contingent name |
//	| functions | list | codes of the functions performed |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## missions
//
// UN operations (and precursor bodies) in the study. Rows by start date, then id. `/export/missions.csv`, `/export/missions.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | mission ID |
//	| acronym | string | mission acronym |
//	| name | string | full name (English) |
//	| start_status | string | the mission's start: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of start_as_of; UNKNOWN: the sources do not say when, see start_not_before/start_not_after) |
//	| start | partial-date | the mission's start when KNOWN, at its precision; empty otherwise |
//	| start_precision | precision | precision of start: year, month or day; empty when start is |
//	| start_start | date | first day start covers (start 1994: 1994-01-01) |
//	| start_end | date | last day start covers (start 1994-02: 1994-02-28) |
//	| start_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| start_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| start_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| end_status | string | the mission's end (its mandate's): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of end_as_of; UNKNOWN: the sources do not say when, see end_not_before/end_not_after) |
//	| end | partial-date | the mission's end (its mandate's) when KNOWN, at its precision; empty otherwise |
//	| end_precision | precision | precision of end: year, month or day; empty when end is |
//	| end_start | date | first day end covers (end 1994: 1994-01-01) |
//	| end_end | date | last day end covers (end 1994-02: 1994-02-28) |
//	| end_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| end_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| end_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| kind | string | OBSERVER, TRADITIONAL, MULTIDIMENSIONAL, POLITICAL or OTHER |
//	| chapter_vii | boolean | whether the establishing resolution invokes Chapter VII; empty when the sources do not say |
//	| host | string | host country or territory |
//	| contributors | list | ISO3 codes of the countries with a deployment in it |
//	| deployments | integer | number of deployments in it |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## reforms
//
// Changes in law, institutions, training, doctrine or forces. Rows by date (undated last), then id. `/export/reforms.csv`, `/export/reforms.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | reform ID |
//	| country | string | ISO3 code |
//	| kind | string | LEGAL, INSTITUTIONAL, TRAINING, DOCTRINE, FORCE_STRUCTURE, CIVIL_MILITARY or PERSONNEL |
//	| title | string | title (English) |
//	| date | partial-date | when it happened |
//	| date_precision | precision | precision of date: year, month or day; empty when date is |
//	| date_start | date | first day date covers (date 1994: 1994-01-01) |
//	| date_end | date | last day date covers (date 1994-02: 1994-02-28) |
//	| description | string | what changed |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## reform-links
//
// The evidence that participation drove a reform: one row per link from a deployment, or a mission as a whole, to a reform. Of a country: links to its reforms; in a range: links to reforms dated in it. Rows by reform (as the reforms table orders them), then deployment or mission id, then mechanism. `/export/reform-links.csv`, `/export/reform-links.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| reform | string | reform ID |
//	| country | string | ISO3 code of the reform's country |
//	| deployment | string | deployment ID; empty when the link is from a mission as a whole |
//	| mission | string | acronym of the mission: the one named, or the deployment's |
//	| mechanism | string | TRAINING_AND_DOCTRINE, INSTITUTION_BUILDING, LEGAL_CHANGE, CIVILIAN_CONTROL, INTEROPERABILITY, REGIONAL_HARMONIZATION or PROFESSIONALIZATION |
//	| explanation | string | how participation drove the reform, as the sources say |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## legal-instruments
//
// Constitution provisions, statutes, decrees, resolutions, declarations, treaties. Rows by adoption date (undated last), then id. `/export/legal-instruments.csv`, `/export/legal-instruments.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | instrument ID |
//	| country | string | ISO3 code; empty for international instruments |
//	| kind | string | InstrumentKind, e.g. STATUTE or UN_RESOLUTION |
//	| title | string | title (English) |
//	| reference | string | official reference, e.g. "Ley 25.880" |
//	| adopted | partial-date | adoption: the act of the body that makes it (the legislature's final vote, the Council's vote, the decree or decision, the signature); empty when the sources do not date it |
//	| adopted_precision | precision | precision of adopted: year, month or day; empty when adopted is |
//	| adopted_start | date | first day adopted covers (adopted 1994: 1994-01-01) |
//	| adopted_end | date | last day adopted covers (adopted 1994-02: 1994-02-28) |
//	| in_force_from_status | string | entry into force: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of in_force_from_as_of; UNKNOWN: the sources do not say when, see in_force_from_not_before/in_force_from_not_after) |
//	| in_force_from | partial-date | entry into force when KNOWN, at its precision; empty otherwise |
//	| in_force_from_precision | precision | precision of in_force_from: year, month or day; empty when in_force_from is |
//	| in_force_from_start | date | first day in_force_from covers (in_force_from 1994: 1994-01-01) |
//	| in_force_from_end | date | last day in_force_from covers (in_force_from 1994-02: 1994-02-28) |
//	| in_force_from_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| in_force_from_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| in_force_from_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| in_force_until_status | string | end of force (repeal, lapse): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of in_force_until_as_of; UNKNOWN: the sources do not say when, see in_force_until_not_before/in_force_until_not_after) |
//	| in_force_until | partial-date | end of force (repeal, lapse) when KNOWN, at its precision; empty otherwise |
//	| in_force_until_precision | precision | precision of in_force_until: year, month or day; empty when in_force_until is |
//	| in_force_until_start | date | first day in_force_until covers (in_force_until 1994: 1994-01-01) |
//	| in_force_until_end | date | last day in_force_until covers (in_force_until 1994-02: 1994-02-28) |
//	| in_force_until_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| in_force_until_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| in_force_until_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## safeguards
//
// Legal limits on participation. Rows by start (undated last), then id. `/export/safeguards.csv`, `/export/safeguards.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | safeguard ID |
//	| country | string | ISO3 code |
//	| kind | string | SafeguardKind, e.g. CONSENT or USE_OF_FORCE |
//	| title | string | title |
//	| since_status | string | in force since: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of since_as_of; UNKNOWN: the sources do not say when, see since_not_before/since_not_after) |
//	| since | partial-date | in force since when KNOWN, at its precision; empty otherwise |
//	| since_precision | precision | precision of since: year, month or day; empty when since is |
//	| since_start | date | first day since covers (since 1994: 1994-01-01) |
//	| since_end | date | last day since covers (since 1994-02: 1994-02-28) |
//	| since_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| since_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| since_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| until_status | string | in force until (lifted): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of until_as_of; UNKNOWN: the sources do not say when, see until_not_before/until_not_after) |
//	| until | partial-date | in force until (lifted) when KNOWN, at its precision; empty otherwise |
//	| until_precision | precision | precision of until: year, month or day; empty when until is |
//	| until_start | date | first day until covers (until 1994: 1994-01-01) |
//	| until_end | date | last day until covers (until 1994-02: 1994-02-28) |
//	| until_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| until_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| until_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## principles
//
// UN peacekeeping, foreign-policy and constitutional principles. Of a country: the principles it holds. Undated: from and to do not apply. Rows by name (case- and accent-insensitive), then id. `/export/principles.csv`, `/export/principles.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | principle ID |
//	| scope | string | UN_PEACEKEEPING, FOREIGN_POLICY or CONSTITUTIONAL |
//	| name | string | name (English) |
//	| description | string | what it says |
//	| held_by | list | ISO3 codes of the countries that hold it |
//	| compatible_with | list | IDs of the principles a source asserts it is compatible with (the edges table has each assertion's evidence) |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## threats
//
// Security threats: the OAS "new threats" and traditional ones. Of a country: the threats it perceives. Undated (threat-perceptions has the dates). Rows by name (case- and accent-insensitive), then id. `/export/threats.csv`, `/export/threats.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | threat ID |
//	| kind | string | NEW_THREAT or TRADITIONAL |
//	| name | string | name (English) |
//	| description | string | what it is |
//	| perceived_by | list | ISO3 codes of the countries that perceive it |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## threat-perceptions
//
// A country perceiving a threat, since when. In a range: perceptions known to be held at some point of it (a perception lasts from its start on, as its span says); the uncertain are left out unless include_uncertain=true. Rows by country (ISO3), then since (undated last), then threat id. `/export/threat-perceptions.csv`, `/export/threat-perceptions.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| country | string | ISO3 code of the perceiving country |
//	| threat | string | threat ID |
//	| threat_name | string | the threat's name (English) |
//	| since_status | string | since when the country perceives it: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of since_as_of; UNKNOWN: the sources do not say when, see since_not_before/since_not_after) |
//	| since | partial-date | since when the country perceives it when KNOWN, at its precision; empty otherwise |
//	| since_precision | precision | precision of since: year, month or day; empty when since is |
//	| since_start | date | first day since covers (since 1994: 1994-01-01) |
//	| since_end | date | last day since covers (since 1994-02: 1994-02-28) |
//	| since_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| since_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| since_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| until_status | string | until when (a perception the sources say ended): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of until_as_of; UNKNOWN: the sources do not say when, see until_not_before/until_not_after) |
//	| until | partial-date | until when (a perception the sources say ended) when KNOWN, at its precision; empty otherwise |
//	| until_precision | precision | precision of until: year, month or day; empty when until is |
//	| until_start | date | first day until covers (until 1994: 1994-01-01) |
//	| until_end | date | last day until covers (until 1994-02: 1994-02-28) |
//	| until_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| until_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| until_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| note | string | what the sources say of it |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## obstacles
//
// What a country must overcome to take part. Undated: from and to do not apply. Rows by title (case- and accent-insensitive), then id. `/export/obstacles.csv`, `/export/obstacles.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | obstacle ID |
//	| country | string | ISO3 code |
//	| title | string | title (English) |
//	| description | string | what it is |
//	| overcome_by | list | IDs of the recommendations that address it |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## benefits
//
// What a country gains from taking part. Undated: from and to do not apply. Rows by title (case- and accent-insensitive), then id. `/export/benefits.csv`, `/export/benefits.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | benefit ID |
//	| country | string | ISO3 code |
//	| title | string | title (English) |
//	| description | string | what it is |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## recommendations
//
// Policy recommendations. Undated: from and to do not apply. Rows by title (case- and accent-insensitive), then id. `/export/recommendations.csv`, `/export/recommendations.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | recommendation ID |
//	| country | string | ISO3 code |
//	| title | string | title (English) |
//	| description | string | what it is |
//	| overcomes | list | IDs of the obstacles it addresses |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## events
//
// Dated happenings, for timelines. Rows by date, then id. `/export/events.csv`, `/export/events.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | event ID |
//	| country | string | ISO3 code; empty for events of no one country |
//	| date | partial-date | when |
//	| date_precision | precision | precision of date: year, month or day; empty when date is |
//	| date_start | date | first day date covers (date 1994: 1994-01-01) |
//	| date_end | date | last day date covers (date 1994-02: 1994-02-28) |
//	| title | string | title (English) |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## personnel
//
// Monthly uniformed personnel in UN peacekeeping, per country: one row per month (wide). Rows by country, then month. `/export/personnel.csv`, `/export/personnel.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| country | string | ISO3 code |
//	| date | partial-date | month (end of month) |
//	| date_precision | precision | precision of date: year, month or day; empty when date is |
//	| date_start | date | first day date covers (date 1994: 1994-01-01) |
//	| date_end | date | last day date covers (date 1994-02: 1994-02-28) |
//	| troops | integer | troops; empty when none is reported |
//	| police | integer | police; empty when none is reported |
//	| experts | integer | experts on mission; empty when none is reported |
//	| total | integer | sum of the reported categories |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## personnel-long
//
// The personnel table in long (tidy) form: one row per country, month and reported category; a category the source does not report for a month has no row (never a 0). Rows by country, then month, then category (troops, police, experts). `/export/personnel-long.csv`, `/export/personnel-long.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| country | string | ISO3 code |
//	| date | partial-date | month (end of month) |
//	| date_precision | precision | precision of date: year, month or day; empty when date is |
//	| date_start | date | first day date covers (date 1994: 1994-01-01) |
//	| date_end | date | last day date covers (date 1994-02: 1994-02-28) |
//	| category | string | troops, police or experts |
//	| value | integer | personnel of that category at the end of the month |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## citations
//
// One row per (entity, citation): the evidence behind every entity but sources (relationships: edge-citations). With country, the entities of those countries as the other tables define them (a country itself; threats and functions, of no country, are left out). Rows by entity id, then the entity's citation order. `/export/citations.csv`, `/export/citations.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| entity | string | ID of the cited entity |
//	| kind | string | its EntityKind |
//	| label | string | its name or title (English) |
//	| country | string | its country: the country itself, or the owner of a deployment, reform, instrument, safeguard, obstacle, benefit, recommendation or event; empty otherwise |
//	| source_title | string | title of the cited source (our English description) |
//	| locator | string | where in the source (page, article, paragraph) |
//	| note | string | what the citation supports |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## sources
//
// The cited documents, with what the research dossiers give of their bibliographic data (never guessed: empty when not given). Filtered like the bibliographies: with node, the sources of those nodes and of their relationships; with country, from or to, those of the entities the citations table selects and of their relationships. Rows by citation key. `/export/sources.csv`, `/export/sources.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | source ID |
//	| citation_key | string | its key in the bibliographies (BibTeX key, CSL-JSON and RIS id): the ID without source:; stable |
//	| kind | string | LEGAL_TEXT, UN_DOCUMENT, GOVERNMENT, ACADEMIC, PRESS, DATASET or OTHER |
//	| title | string | our English description of the document |
//	| document_title | string | the document's own title, as the dossier gives it |
//	| authors | string | persons, in the dossier's form, separated by "; " (source-authors has one row each) |
//	| publisher | string | the organisation that published it |
//	| agency | string | the news agency of a press item, when not the publisher |
//	| container | string | journal, series, book, archive or platform it appears in |
//	| year | integer | publication year; for a page reproducing a law, resolution or report, that document's |
//	| original_year | integer | for a reproduction dated on its own, the reproduced document's year |
//	| language | string | ISO 639-1 code |
//	| url | string | where it is |
//	| cited | integer | number of citations of it in the rows selected (entities and relationships) |
//
// ## source-authors
//
// The authors of the sources in long form: one row per (source, author). Filtered like sources. Rows by source citation key, then position. `/export/source-authors.csv`, `/export/source-authors.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| source | string | source ID |
//	| position | integer | 1 for the first author |
//	| author | string | the name in the dossier's form |
//	| family | string | family name, when the form gives it apart ("J. M. Ugarte": Ugarte; a one-word name) |
//	| given | string | given names or initials, when the form gives them apart ("J. M.") |
//
// ## nodes
//
// Every entity but sources, for graph tools (Gephi, Cytoscape, NetworkX): the nodes of the relationships table, which holds the edges (graph.graphml has both). With country, the entities the citations table selects and the other ends of their relationships; from and to do not apply, as to the relationships. Rows by id. `/export/nodes.csv`, `/export/nodes.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | node ID |
//	| kind | string | its EntityKind |
//	| label | string | name, title or acronym (English) |
//	| sub_kind | string | the value of its kind's own enum (MissionKind, ReformKind...), empty for kinds without |
//	| country | string | ISO3 code of its country (a country itself, or the owner); empty for others |
//	| start_status | string | the start of its span: a mission's, deployment's start, a safeguard's entry into force, an instrument's adoption, a reform's or event's date; empty for undated kinds: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of start_as_of; UNKNOWN: the sources do not say when, see start_not_before/start_not_after) |
//	| start | partial-date | the start of its span: a mission's, deployment's start, a safeguard's entry into force, an instrument's adoption, a reform's or event's date; empty for undated kinds when KNOWN, at its precision; empty otherwise |
//	| start_precision | precision | precision of start: year, month or day; empty when start is |
//	| start_start | date | first day start covers (start 1994: 1994-01-01) |
//	| start_end | date | last day start covers (start 1994-02: 1994-02-28) |
//	| start_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| start_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| start_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| end_status | string | the end of its span (a point's is its date): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of end_as_of; UNKNOWN: the sources do not say when, see end_not_before/end_not_after) |
//	| end | partial-date | the end of its span (a point's is its date) when KNOWN, at its precision; empty otherwise |
//	| end_precision | precision | precision of end: year, month or day; empty when end is |
//	| end_start | date | first day end covers (end 1994: 1994-01-01) |
//	| end_end | date | last day end covers (end 1994-02: 1994-02-28) |
//	| end_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| end_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| end_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| selected | boolean | true for a node the filter selects, false for the other end of one of their relationships |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## relationships
//
// One row per relationship, with its own evidence: the note, basis, confidence and sources of the link itself, or, when inherited is true, those of the record that states it; for graph tools, the edges of the nodes table (graph.graphml has both). With country, the relationships with an end of those countries (as the citations table defines them). from and to do not apply (most relationships hold over their ends' spans; see since). Rows by type, then from, to and mechanism. `/export/relationships.csv`, `/export/relationships.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | the relationship's key, TYPE|from|to|mechanism: stable, and its edge id in graph.graphml |
//	| type | string | relationship type: DEPLOYED_BY IN_MISSION PERFORMED AUTHORIZED_BY WITH_PARTNER ESTABLISHED_BY INSTRUMENT_OF AMENDS SAFEGUARD_OF GROUNDED_IN CONSTRAINS UPHOLDS REFORM_OF IMPLEMENTED_BY ADDRESSES CATALYZED HOLDS COMPATIBLE_WITH IN_TENSION_WITH PERCEIVES OBSTACLE_FOR BENEFIT_FOR RECOMMENDED_FOR OVERCOMES CONCERNS RELATED_TO DEFINED_IN GOVERNS |
//	| from | string | ID of the node it runs from |
//	| from_kind | string | its EntityKind |
//	| to | string | ID of the node it runs to |
//	| to_kind | string | its EntityKind |
//	| mechanism | string | CATALYZED only: TRAINING_AND_DOCTRINE, INSTITUTION_BUILDING, LEGAL_CHANGE, CIVILIAN_CONTROL, INTEROPERABILITY, REGIONAL_HARMONIZATION or PROFESSIONALIZATION |
//	| explanation | string | CATALYZED only: why the sources support the link |
//	| since_status | string | the start of the link's own span (PERCEIVES: since when; AUTHORIZED_BY: an extension's; GROUNDED_IN: a safeguard's version from its instrument's entry into force); empty for a link that holds over its ends' spans: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of since_as_of; UNKNOWN: the sources do not say when, see since_not_before/since_not_after) |
//	| since | partial-date | the start of the link's own span (PERCEIVES: since when; AUTHORIZED_BY: an extension's; GROUNDED_IN: a safeguard's version from its instrument's entry into force); empty for a link that holds over its ends' spans when KNOWN, at its precision; empty otherwise |
//	| since_precision | precision | precision of since: year, month or day; empty when since is |
//	| since_start | date | first day since covers (since 1994: 1994-01-01) |
//	| since_end | date | last day since covers (since 1994-02: 1994-02-28) |
//	| since_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| since_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| since_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| until_status | string | the end of the link's own span: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of until_as_of; UNKNOWN: the sources do not say when, see until_not_before/until_not_after) |
//	| until | partial-date | the end of the link's own span when KNOWN, at its precision; empty otherwise |
//	| until_precision | precision | precision of until: year, month or day; empty when until is |
//	| until_start | date | first day until covers (until 1994: 1994-01-01) |
//	| until_end | date | last day until covers (until 1994-02: 1994-02-28) |
//	| until_as_of | date | ONGOING: the first day of the statement's date that it still runs (it ran at least until then) |
//	| until_not_before | date | UNKNOWN (or ONGOING): the earliest day it can be |
//	| until_not_after | date | UNKNOWN: the latest day it can be, e.g. its mission's end |
//	| role | string | AUTHORIZED_BY only: how the instrument applied (AUTHORIZED_BY, EXTENSION, CONSTITUTIONAL_BASIS, SAFEGUARD_GROUNDED_IN, AMENDMENT_IN_FORCE or LATER_AMENDMENT); empty: AUTHORIZED_BY |
//	| note | string | what the link says or how it was judged |
//	| basis | string | STATED, STATED_ATTACHMENT_INFERRED or INFERRED_FROM_ABSTRACT: whether a source states the link, states the effect but not what it attaches to, or only the study's abstract supports it |
//	| inherited | boolean | true when the link has no evidence of its own: its confidence and sources are those of the record that states it |
//	| facts | list | dossier fact IDs the link restates |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// ## relationship-citations
//
// One row per (relationship, citation): the evidence behind every relationship, with locators. With country, as the relationships table. Rows by type, from, to and mechanism, then the relationship's citation order. `/export/relationship-citations.csv`, `/export/relationship-citations.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| type | string | relationship type |
//	| from | string | ID of the node it runs from |
//	| to | string | ID of the node it runs to |
//	| mechanism | string | CATALYZED only: the mechanism (a pair may be linked by several) |
//	| inherited | boolean | true when the citation is the stating record's, not the link's own |
//	| source_title | string | title of the cited source |
//	| locator | string | where in the source (page, article, paragraph) |
//	| note | string | what the citation supports |
//	| sources | list | IDs of the sources cited for this row, in citation order (the sources table describes them) |
//	| source_urls | list | the URL of each of those sources, in the same order; - for a source without one (JSON: null) |
//
// END TABLES
package export
