// Package neo4j is the Neo4j backend of graph.Store: it loads a graph.Dataset into a Neo4j 5
// database and answers the Store methods with parameterised Cypher, with exactly the semantics
// of the memory store (ordering, paging, date ranges, search ranking and path choice all come
// from the shared functions of package graph; Neo4j only finds and fetches).
//
// # Storage model
//
// Nodes. One Neo4j node per graph.Node, labelled :Entity plus the label of its kind from
// graph.Kinds (:Country, :Mission, :Deployment, :LegalInstrument, ...). Properties:
//
//	id          the stable ID ("mission:untac"); unique per label and across :Entity
//	kind        the graph.Kind ("MISSION")
//	doc         the node as JSON (encoding/json of the typed struct): Get decodes it with
//	            graph.NewNode(kind), so it returns exactly what the memory store holds
//	label       the display name (Node.Label); sortName = graph.Fold(label)
//	sortDate    the Known start of Node.TimeSpan as a partial date string ("1992-06")
//	spanStartLo, spanStartHi, spanEndLo, spanEndHi, spanStartKnown, spanEndKnown
//	            the span's graph.Interval (ISO days, absent = unbounded): what List's time
//	            filter reads (graph.TimeFilter.Match), one rule for both stores
//	searchText  graph.SearchText(node): folded tokens, full-text indexed (entity_search)
//	confidence, facts, disputed (the disputed field names)
//	lookupKey   Node.LookupKey lower-cased (ISO3, acronym), for the case-insensitive Lookup
//	subKind     Node.SubKind: the kind's own enum (MissionKind, InstrumentKind, ...)
//	and every scalar field of the kind (and list of scalars) under its JSON name, taken from
//	doc the same way for every kind (props.go, fieldProps): iso3, acronym, name/title,
//	caseRole, chapterVII, personnel (list), peakStrength, unit, host, reference, date,
//	description/summary/note,
//	authors, publisher, year, language, url; references to other nodes end in Id
//	(countryId, missionId). The spans (objects) stay in doc; their known dates are properties
//	too (knownDates): start, end, startStatus, endStatus (missions, deployments), adopted,
//	inForce (instruments), since (safeguards), as partial date strings, absent when not known.
//
// Absent values are absent properties, never nulls.
//
// Relationships. One Neo4j relationship per graph.Edge, of its type (graph.RelType names),
// From -> To. Properties: key = "TYPE|from|to|mechanism" (the dataset's uniqueness rule, the
// MERGE key), mechanism, explanation, since, note, confidence, sources (cited source IDs) and
// doc (the edge as JSON, evidence included). Symmetric COMPATIBLE_WITH is stored once, as
// stated.
//
// Citations. Besides being in doc, a node's own citations are (:Entity)-[:CITES {locator, note,
// ord}]->(:Source) relationships, so that provenance can be queried in Cypher, e.g.
//
//	MATCH (d:Deployment)-[c:CITES]->(s:Source) RETURN d.id, s.title, c.locator
//
// CITES is not a domain relationship: Edges never returns it, paths never traverse it and Info
// does not count it.
//
// Personnel. One (:PersonnelPoint {key, countryId, date, dateFirst, dateLast, troops, police,
// experts, total, confidence, sources, doc}) node per country and month, key = "countryId|date",
// not linked to anything (so it joins no path); they are not :Entity and not counted as nodes.
//
// Bookkeeping. (:SchemaMeta {name: 'schema', version}) holds the schema version applied by
// Migrate; (:DatasetMeta {name: 'dataset', version, loadedAt}) the version of the loaded dataset
// (graph.Dataset.Version), which Info reports.
//
// # Schema
//
// The constraints and indexes are the files of schema/neo4j (embedded via package schema):
// 001_constraints.cypher (ID uniqueness per label and on :Entity), 002_indexes.cypher (lookup
// and filter indexes), 003_fulltext.cypher (the full-text index over searchText with the
// whitespace analyzer). The schema version is the number of the highest file. Migrate applies
// every statement (all idempotent) and records the version; CheckSchema, run by Open, refuses a
// database that is older (run `server seed load`, which migrates) or newer than the code.
//
// # Queries
//
// Reads go through session.ExecuteRead (read routing on neo4j:// URIs, retries on transient and
// connectivity errors for up to Config.RetryTime), with the context deadline passed to Neo4j as
// the transaction timeout. Queries per Store method, whatever the number of IDs:
//
//	Edges, Relationships, Lookup, PersonnelSeries, Search, Info, Ping   1
//	Get                                   1, 2 when some ID is no node's (it may be an alias)
//	List                                  2 (filter + Get of the page), 1 if the page is empty
//	Get/Edges/Relationships with no IDs   0
//	EvidencePath                          graph.PathRadius(maxHops) + 1 at most (a ring each,
//	                                      then the path's evidence); 1 (a Get) to itself
//
// RoundTrips counts them. Relationship types and labels in Cypher text come only from the
// constant tables graph.Relations and graph.Kinds; every value is a parameter.
//
// List filters in Cypher and returns (id, label, sortDate, count, interval) of every match; graph.Paginate
// orders and cuts; Get loads the page. The Country filter follows the owning relationship
// (DEPLOYED_BY, INSTRUMENT_OF, SAFEGUARD_OF, REFORM_OF, OBSTACLE_FOR, BENEFIT_FOR,
// RECOMMENDED_FOR, CONCERNS), for missions a deployment of the country IN_MISSION, for
// principles HOLDS; the time filter (Active, Started, IncludeUncertain) is graph.TimeFilter.Match
// on the stored interval, in Go, so that Maybe answers are reported apart (Page.Uncertain).
// Search asks the full-text index for nodes matching every query token as a prefix
// ("tok1* AND tok2*", passed as a parameter) and ranks them with graph.SearchDoc.Hit and
// graph.RankHits. EvidencePath reads the graph ring by ring around both ends (each domain
// relationship with its key, inherited flag, confidence and basis, and the far end's degree),
// as far as graph.PathRadius(maxHops), which holds every path of at most maxHops hops; then
// graph.BestPath picks the path, and one query reads its relationships' evidence by key.
//
// # Errors
//
// Connectivity failures, exhausted retries, transient server errors and deadlines are
// graph.Unavailable; a store opened while Neo4j is down starts anyway and answers as soon as
// Neo4j does. Every error carries the operation ("neo4j.List").
package neo4j
