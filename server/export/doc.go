// Package export renders flat tables of the knowledge graph as CSV and JSON for dashboards:
// /export/{table}.csv and /export/{table}.json, with /export as a machine-readable index of
// the tables, their columns and the parameters. Rows come from graph.Store (List, Edges,
// Relationships, Get, PersonnelSeries) with the same filter semantics as the GraphQL API: there
// is no second data path. README-ready:
//
// # Format
//
//   - CSV: RFC 4180 as encoding/csv writes it (a field is quoted when it holds a comma, a quote
//     or a line break; quotes are doubled), a header row of column names, one row per record,
//     "\n" line ends, UTF-8 without a byte-order mark (a spreadsheet that wants one can import
//     the file as UTF-8). Served as `text/csv; charset=utf-8; header=present`.
//   - JSON: an array of objects, one per row, keys in column order; empty cells are null, list
//     cells arrays, integers numbers, booleans true/false, dates strings.
//   - An empty cell means "not known". List cells are space-separated in CSV (IDs, ISO3 codes,
//     codes and URLs hold no spaces).
//   - Dates are PartialDates at their precision: "1992", "1992-06" or "1992-06-15".
//   - Every table ends with `sources` (the IDs of the sources cited for the row, in citation
//     order) and `source_urls` (the URLs of those that have one).
//   - A successful export is cacheable like a GraphQL GET: ETag, Cache-Control, 304.
//
// # Parameters
//
// Anything else, or a malformed value, is a 400 BAD_USER_INPUT with a message; an unknown
// table or format a 404 NOT_FOUND; a method other than GET or HEAD a 405.
//
//   - country: ISO 3166 alpha-3 code, repeatable or comma-separated (country=MEX,ARG): rows of
//     any of them. What "of a country" means is each table's, as in the GraphQL filters: the
//     deploying country, a mission's contributors, the owner of a reform, instrument,
//     safeguard or event, the country of a personnel series. A code not in the dataset is a 404
//     NOT_FOUND, as an unknown country is in GraphQL.
//   - from, to: PartialDates, inclusive at their precision as everywhere in the API: rows
//     known to be active at some time within [from, to] (a mission's or deployment's span, an
//     instrument's adoption, a reform's or event's date, a safeguard's time in force, a
//     personnel month), by graph's one time rule (graph.TimeFilter.Match, as the GraphQL
//     filters). A row whose dates leave that open (an end the sources do not give, an undated
//     reform) is left out, never counted.
//   - started_from, started_to: rows known to have started within the range (deployments
//     joined, missions begun); both kinds of window may be given together.
//   - include_uncertain=true: also the rows the dates leave open; their activity column says
//     POSSIBLE (KNOWN for the others).
//
// Every span bound is a group of columns: <col>_status (KNOWN, ONGOING or UNKNOWN), <col> (the
// date when KNOWN), <col>_precision, <col>_start and <col>_end (the ISO days the date covers),
// <col>_as_of (ONGOING), <col>_not_before and <col>_not_after (what bounds an UNKNOWN one).
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
//	| start | date | start of participation when KNOWN, at its precision; empty otherwise |
//	| start_precision | string | precision of start: YEAR, MONTH or DAY |
//	| start_start | string | first day start covers (ISO 8601) |
//	| start_end | string | last day start covers (ISO 8601) |
//	| start_as_of | date | ONGOING: the date of the statement that it still runs |
//	| start_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| start_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| end_status | string | end of participation: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of end_as_of; UNKNOWN: the sources do not say when, see end_not_before/end_not_after) |
//	| end | date | end of participation when KNOWN, at its precision; empty otherwise |
//	| end_precision | string | precision of end: YEAR, MONTH or DAY |
//	| end_start | string | first day end covers (ISO 8601) |
//	| end_end | string | last day end covers (ISO 8601) |
//	| end_as_of | date | ONGOING: the date of the statement that it still runs |
//	| end_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| end_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| personnel | list | personnel types: TROOPS POLICE MILITARY_OBSERVERS STAFF_OFFICERS CIVILIANS |
//	| peak_strength | integer | largest number of personnel at once |
//	| unit | string | unit or contingent name |
//	| functions | list | codes of the functions performed |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
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
//	| start | date | the mission's start when KNOWN, at its precision; empty otherwise |
//	| start_precision | string | precision of start: YEAR, MONTH or DAY |
//	| start_start | string | first day start covers (ISO 8601) |
//	| start_end | string | last day start covers (ISO 8601) |
//	| start_as_of | date | ONGOING: the date of the statement that it still runs |
//	| start_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| start_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| end_status | string | the mission's end (its mandate's): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of end_as_of; UNKNOWN: the sources do not say when, see end_not_before/end_not_after) |
//	| end | date | the mission's end (its mandate's) when KNOWN, at its precision; empty otherwise |
//	| end_precision | string | precision of end: YEAR, MONTH or DAY |
//	| end_start | string | first day end covers (ISO 8601) |
//	| end_end | string | last day end covers (ISO 8601) |
//	| end_as_of | date | ONGOING: the date of the statement that it still runs |
//	| end_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| end_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| kind | string | OBSERVER, TRADITIONAL, MULTIDIMENSIONAL, POLITICAL or OTHER |
//	| chapter_vii | boolean | whether the establishing resolution invokes Chapter VII; empty when the sources do not say |
//	| host | string | host country or territory |
//	| contributors | list | ISO3 codes of the countries with a deployment in it |
//	| deployments | integer | number of deployments in it |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
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
//	| date | date | when it happened |
//	| description | string | what changed |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
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
//	| adopted | date | adoption: the act of the body that makes it (the legislature's final vote, the Council's vote, the decree or decision, the signature); empty when the sources do not date it |
//	| in_force_from_status | string | entry into force: KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of in_force_from_as_of; UNKNOWN: the sources do not say when, see in_force_from_not_before/in_force_from_not_after) |
//	| in_force_from | date | entry into force when KNOWN, at its precision; empty otherwise |
//	| in_force_from_precision | string | precision of in_force_from: YEAR, MONTH or DAY |
//	| in_force_from_start | string | first day in_force_from covers (ISO 8601) |
//	| in_force_from_end | string | last day in_force_from covers (ISO 8601) |
//	| in_force_from_as_of | date | ONGOING: the date of the statement that it still runs |
//	| in_force_from_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| in_force_from_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| in_force_until_status | string | end of force (repeal, lapse): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of in_force_until_as_of; UNKNOWN: the sources do not say when, see in_force_until_not_before/in_force_until_not_after) |
//	| in_force_until | date | end of force (repeal, lapse) when KNOWN, at its precision; empty otherwise |
//	| in_force_until_precision | string | precision of in_force_until: YEAR, MONTH or DAY |
//	| in_force_until_start | string | first day in_force_until covers (ISO 8601) |
//	| in_force_until_end | string | last day in_force_until covers (ISO 8601) |
//	| in_force_until_as_of | date | ONGOING: the date of the statement that it still runs |
//	| in_force_until_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| in_force_until_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
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
//	| since | date | in force since when KNOWN, at its precision; empty otherwise |
//	| since_precision | string | precision of since: YEAR, MONTH or DAY |
//	| since_start | string | first day since covers (ISO 8601) |
//	| since_end | string | last day since covers (ISO 8601) |
//	| since_as_of | date | ONGOING: the date of the statement that it still runs |
//	| since_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| since_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| until_status | string | in force until (lifted): KNOWN, ONGOING or UNKNOWN (ONGOING: a source says it still runs, as of until_as_of; UNKNOWN: the sources do not say when, see until_not_before/until_not_after) |
//	| until | date | in force until (lifted) when KNOWN, at its precision; empty otherwise |
//	| until_precision | string | precision of until: YEAR, MONTH or DAY |
//	| until_start | string | first day until covers (ISO 8601) |
//	| until_end | string | last day until covers (ISO 8601) |
//	| until_as_of | date | ONGOING: the date of the statement that it still runs |
//	| until_not_before | date | UNKNOWN (or ONGOING): the earliest it can be |
//	| until_not_after | date | UNKNOWN: the latest it can be, e.g. a mission's end |
//	| activity | string | with a window (from/to, started_from/started_to): KNOWN when the row is known to be active (or to have started) in it, POSSIBLE when its dates leave it open (only with include_uncertain=true); empty without a window |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
//
// ## events
//
// Dated happenings, for timelines. Rows by date, then id. `/export/events.csv`, `/export/events.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| id | string | event ID |
//	| country | string | ISO3 code; empty for events of no one country |
//	| date | date | when |
//	| title | string | title (English) |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
//
// ## personnel
//
// Monthly uniformed personnel in UN peacekeeping, per country. Rows by country, then month. `/export/personnel.csv`, `/export/personnel.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| country | string | ISO3 code |
//	| date | date | month (end of month) |
//	| troops | integer | troops; empty when none is reported |
//	| police | integer | police; empty when none is reported |
//	| experts | integer | experts on mission; empty when none is reported |
//	| total | integer | sum of the reported categories |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
//
// ## citations
//
// One row per (entity, citation): the evidence behind every entity but sources. With country, the entities of those countries as the other tables define them (a country itself; threats and functions, of no country, are left out). Rows by entity id, then the entity's citation order. `/export/citations.csv`, `/export/citations.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| entity | string | ID of the cited entity |
//	| kind | string | its EntityKind |
//	| label | string | its name or title (English) |
//	| country | string | its country: the country itself, or the owner of a deployment, reform, instrument, safeguard, obstacle, benefit, recommendation or event; empty otherwise |
//	| source_title | string | title of the cited source |
//	| locator | string | where in the source (page, article, paragraph) |
//	| note | string | what the citation supports |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
//
// ## relationships
//
// One row per relationship, with its own evidence: the note, basis, confidence and sources of the link itself, or, when inherited is true, those of the record that states it. With country, the relationships with an end of those countries (as the citations table defines them). from and to do not apply (most relationships hold over their ends' spans; see since). Rows by type, then from, to and mechanism. `/export/relationships.csv`, `/export/relationships.json`.
//
//	| Column | Type | Meaning |
//	|---|---|---|
//	| type | string | relationship type: DEPLOYED_BY IN_MISSION PERFORMED AUTHORIZED_BY WITH_PARTNER ESTABLISHED_BY INSTRUMENT_OF AMENDS SAFEGUARD_OF GROUNDED_IN CONSTRAINS UPHOLDS REFORM_OF IMPLEMENTED_BY ADDRESSES CATALYZED HOLDS COMPATIBLE_WITH IN_TENSION_WITH PERCEIVES OBSTACLE_FOR BENEFIT_FOR RECOMMENDED_FOR OVERCOMES CONCERNS RELATED_TO DEFINED_IN GOVERNS |
//	| from | string | ID of the node it runs from |
//	| from_kind | string | its EntityKind |
//	| to | string | ID of the node it runs to |
//	| to_kind | string | its EntityKind |
//	| mechanism | string | CATALYZED only: TRAINING_AND_DOCTRINE, INSTITUTION_BUILDING, LEGAL_CHANGE, CIVILIAN_CONTROL, INTEROPERABILITY, REGIONAL_HARMONIZATION or PROFESSIONALIZATION |
//	| explanation | string | CATALYZED only: why the sources support the link |
//	| since | date | the known start of the link's own span (PERCEIVES: since when; GROUNDED_IN: a safeguard's version from its instrument's entry into force); empty when it has none or its start is not known |
//	| note | string | what the link says or how it was judged |
//	| basis | string | STATED, STATED_ATTACHMENT_INFERRED or INFERRED_FROM_ABSTRACT: whether a source states the link, states the effect but not what it attaches to, or only the study's abstract supports it |
//	| inherited | boolean | true when the link has no evidence of its own: its confidence and sources are those of the record that states it |
//	| facts | list | dossier fact IDs the link restates |
//	| confidence | string | HIGH, MEDIUM or LOW |
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
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
//	| sources | list | IDs of the sources cited for this row, in citation order |
//	| source_urls | list | URLs of those sources that have one |
//
// END TABLES
package export
