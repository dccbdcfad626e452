package export

import (
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// The catalogue: the tables /export serves, their columns, and the index that describes them.
// Enum values in the descriptions come from graph's enums.

// The column types. A reader (pandas, R, a spreadsheet) can type every column from them.
const (
	TypeString  = "string"  // text; empty: unknown
	TypeInteger = "integer" // a whole number; empty: unknown or none
	TypeBoolean = "boolean" // true or false; empty: unknown
	// TypePartialDate is a date at the precision the source gives: "1992", "1992-06",
	// "1992-06-15". It mixes precisions, so it is text to a CSV reader: the _precision, _start
	// and _end columns that follow it are its typed form.
	TypePartialDate = "partial-date"
	TypePrecision   = "precision" // year, month or day: how precise the partial date before it is
	TypeDate        = "date"      // an ISO 8601 calendar day, YYYY-MM-DD
	TypeList        = "list"      // space-separated tokens (IDs, codes, URLs: none holds a space)
)

// Column describes one column of a table.
type Column struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description"`
}

// Table describes one export.
type Table struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Order       string   `json:"order"`
	Columns     []Column `json:"columns"`
	CSV         string   `json:"csv"`
	JSON        string   `json:"json"`
	// Other lists the table's other formats, by format name ("bib": "/export/citations.bib").
	Other map[string]string `json:"other,omitempty"`
	// Parameters lists what the table takes beyond country, from and to.
	Parameters []string `json:"parameters,omitempty"`

	rows rowsFunc
	// dates and bounds are the indexes, in the cells a rows function returns, of the partial
	// dates that expand into four columns (dateColumns) and of the span bounds that expand into
	// eight (boundColumns).
	dates, bounds []int
}

// date is a partial date column; it expands into four (see dateColumns).
func date(name, description string) Column { return Column{name, TypePartialDate, description} }

// dateColumns expands a partial date column into the date as the source gives it, its
// precision, and the first and last day it covers: "1994" is 1994, year, 1994-01-01,
// 1994-12-31. The bounds are what a typed reader parses (pandas.to_datetime, R's as.Date).
func dateColumns(c Column) []Column {
	return []Column{c,
		{c.Name + "_precision", TypePrecision, "precision of " + c.Name + ": year, month or day; empty when " + c.Name + " is"},
		{c.Name + "_start", TypeDate, "first day " + c.Name + " covers (" + c.Name + " 1994: 1994-01-01)"},
		{c.Name + "_end", TypeDate, "last day " + c.Name + " covers (" + c.Name + " 1994-02: 1994-02-28)"},
	}
}

// confidenceColumn is every table's confidence.
var confidenceColumn = Column{"confidence", TypeString, graph.OneOf(graph.Confidences)}

// The columns every table of cited records ends with.
var sourceColumns = []Column{
	{"sources", TypeList, "IDs of the sources cited for this row, in citation order (the sources table describes them)"},
	{"source_urls", TypeList, "the URL of each of those sources, in the same order; - for a source without one (JSON: null)"},
}

func cols(cs ...Column) []Column { return append(cs, sourceColumns...) }

// The export's tables, in the index's order.
var Tables = []Table{
	{Name: "deployments", Description: "One country's participation in one mission.", Order: "start date (undated last), then id",
		Columns: cols(
			Column{"id", TypeString, "deployment ID"},
			Column{"country", TypeString, "ISO3 code of the deploying country"},
			Column{"mission", TypeString, "mission acronym"},
			Column{"title", TypeString, "readable label"},
			bound("start", "start of participation"),
			bound("end", "end of participation"),
			activityColumn,
			Column{"personnel", TypeList, "personnel types: " + strings.Join(graph.Strings(graph.PersonnelTypes), " ")},
			Column{"peak_strength", TypeInteger, "largest number of personnel at once"},
			Column{"unit", TypeString, "unit or contingent name"},
			Column{"functions", TypeList, "codes of the functions performed"},
			confidenceColumn,
		), rows: deploymentRows},
	{Name: "missions", Description: "UN operations (and precursor bodies) in the study.", Order: "start date, then id",
		Columns: cols(
			Column{"id", TypeString, "mission ID"},
			Column{"acronym", TypeString, "mission acronym"},
			Column{"name", TypeString, "full name (English)"},
			bound("start", "the mission's start"),
			bound("end", "the mission's end (its mandate's)"),
			activityColumn,
			Column{"kind", TypeString, graph.OneOf(graph.MissionKinds)},
			Column{"chapter_vii", TypeBoolean, "whether the establishing resolution invokes Chapter VII; empty when the sources do not say"},
			Column{"host", TypeString, "host country or territory"},
			Column{"contributors", TypeList, "ISO3 codes of the countries with a deployment in it"},
			Column{"deployments", TypeInteger, "number of deployments in it"},
			confidenceColumn,
		), rows: missionRows},
	{Name: "reforms", Description: "Changes in law, institutions, training, doctrine or forces.", Order: "date (undated last), then id",
		Columns: cols(
			Column{"id", TypeString, "reform ID"},
			Column{"country", TypeString, "ISO3 code"},
			Column{"kind", TypeString, graph.OneOf(graph.ReformKinds)},
			Column{"title", TypeString, "title (English)"},
			date("date", "when it happened"),
			Column{"description", TypeString, "what changed"},
			confidenceColumn,
		), rows: reformRows},
	{Name: "reform-links", Description: "The evidence that participation drove a reform: one row per link from a deployment, or a mission as a whole, to a reform. Of a country: links to its reforms; in a range: links to reforms dated in it.",
		Order: "reform (as the reforms table orders them), then deployment or mission id, then mechanism",
		Columns: cols(
			Column{"reform", TypeString, "reform ID"},
			Column{"country", TypeString, "ISO3 code of the reform's country"},
			Column{"deployment", TypeString, "deployment ID; empty when the link is from a mission as a whole"},
			Column{"mission", TypeString, "acronym of the mission: the one named, or the deployment's"},
			Column{"mechanism", TypeString, graph.OneOf(graph.ReformMechanisms)},
			Column{"explanation", TypeString, "how participation drove the reform, as the sources say"},
			confidenceColumn,
		), rows: reformLinkRows},
	{Name: "legal-instruments", Description: "Constitution provisions, statutes, decrees, resolutions, declarations, treaties.", Order: "adoption date (undated last), then id",
		Columns: cols(
			Column{"id", TypeString, "instrument ID"},
			Column{"country", TypeString, "ISO3 code; empty for international instruments"},
			Column{"kind", TypeString, "InstrumentKind, e.g. STATUTE or UN_RESOLUTION"},
			Column{"title", TypeString, "title (English)"},
			Column{"reference", TypeString, "official reference, e.g. \"Ley 25.880\""},
			date("adopted", "adoption: the act of the body that makes it (the legislature's final vote, the Council's vote, the decree or decision, the signature); empty when the sources do not date it"),
			bound("in_force_from", "entry into force"),
			bound("in_force_until", "end of force (repeal, lapse)"),
			confidenceColumn,
		), rows: instrumentRows},
	{Name: "safeguards", Description: "Legal limits on participation.", Order: "start (undated last), then id",
		Columns: cols(
			Column{"id", TypeString, "safeguard ID"},
			Column{"country", TypeString, "ISO3 code"},
			Column{"kind", TypeString, "SafeguardKind, e.g. CONSENT or USE_OF_FORCE"},
			Column{"title", TypeString, "title"},
			bound("since", "in force since"),
			bound("until", "in force until (lifted)"),
			activityColumn,
			confidenceColumn,
		), rows: safeguardRows},
	{Name: "principles", Description: "UN peacekeeping, foreign-policy and constitutional principles. Of a country: the principles it holds. Undated: from and to do not apply.",
		Order: "name (case- and accent-insensitive), then id",
		Columns: cols(
			Column{"id", TypeString, "principle ID"},
			Column{"scope", TypeString, graph.OneOf(graph.PrincipleScopes)},
			Column{"name", TypeString, "name (English)"},
			Column{"description", TypeString, "what it says"},
			Column{"held_by", TypeList, "ISO3 codes of the countries that hold it"},
			Column{"compatible_with", TypeList, "IDs of the principles a source asserts it is compatible with (the edges table has each assertion's evidence)"},
			confidenceColumn,
		), rows: principleRows},
	{Name: "threats", Description: "Security threats: the OAS \"new threats\" and traditional ones. Of a country: the threats it perceives. Undated (threat-perceptions has the dates).",
		Order: "name (case- and accent-insensitive), then id",
		Columns: cols(
			Column{"id", TypeString, "threat ID"},
			Column{"kind", TypeString, graph.OneOf(graph.ThreatKinds)},
			Column{"name", TypeString, "name (English)"},
			Column{"description", TypeString, "what it is"},
			Column{"perceived_by", TypeList, "ISO3 codes of the countries that perceive it"},
			confidenceColumn,
		), rows: threatRows},
	{Name: "threat-perceptions", Description: "A country perceiving a threat, since when. In a range: perceptions known to be held at some point of it (a perception lasts from its start on, as its span says); the uncertain are left out unless include_uncertain=true.",
		Order: "country (ISO3), then since (undated last), then threat id",
		Columns: cols(
			Column{"country", TypeString, "ISO3 code of the perceiving country"},
			Column{"threat", TypeString, "threat ID"},
			Column{"threat_name", TypeString, "the threat's name (English)"},
			bound("since", "since when the country perceives it"),
			bound("until", "until when (a perception the sources say ended)"),
			activityColumn,
			Column{"note", TypeString, "what the sources say of it"},
			confidenceColumn,
		), rows: perceptionRows},
	{Name: "obstacles", Description: "What a country must overcome to take part. Undated: from and to do not apply.", Order: "title (case- and accent-insensitive), then id",
		Columns: cols(findingColumns("obstacle", Column{"overcome_by", TypeList, "IDs of the recommendations that address it"})...), rows: obstacleRows},
	{Name: "benefits", Description: "What a country gains from taking part. Undated: from and to do not apply.", Order: "title (case- and accent-insensitive), then id",
		Columns: cols(findingColumns("benefit")...), rows: benefitRows},
	{Name: "recommendations", Description: "Policy recommendations. Undated: from and to do not apply.", Order: "title (case- and accent-insensitive), then id",
		Columns: cols(findingColumns("recommendation", Column{"overcomes", TypeList, "IDs of the obstacles it addresses"})...), rows: recommendationRows},
	{Name: "events", Description: "Dated happenings, for timelines.", Order: "date, then id",
		Columns: cols(
			Column{"id", TypeString, "event ID"},
			Column{"country", TypeString, "ISO3 code; empty for events of no one country"},
			date("date", "when"),
			Column{"title", TypeString, "title (English)"},
			confidenceColumn,
		), rows: eventRows},
	{Name: "personnel", Description: "Monthly uniformed personnel in UN peacekeeping, per country: one row per month (wide).", Order: "country, then month",
		Columns: cols(
			Column{"country", TypeString, "ISO3 code"},
			date("date", "month (end of month)"),
			Column{"troops", TypeInteger, "troops; empty when none is reported"},
			Column{"police", TypeInteger, "police; empty when none is reported"},
			Column{"experts", TypeInteger, "experts on mission; empty when none is reported"},
			Column{"total", TypeInteger, "sum of the reported categories"},
			confidenceColumn,
		), rows: personnelRows},
	{Name: "personnel-long", Description: "The personnel table in long (tidy) form: one row per country, month and reported category; a category the source does not report for a month has no row (never a 0).",
		Order: "country, then month, then category (troops, police, experts)",
		Columns: cols(
			Column{"country", TypeString, "ISO3 code"},
			date("date", "month (end of month)"),
			Column{"category", TypeString, "troops, police or experts"},
			Column{"value", TypeInteger, "personnel of that category at the end of the month"},
			confidenceColumn,
		), rows: personnelLongRows},
	{Name: "citations", Description: "One row per (entity, citation): the evidence behind every entity but sources (relationships: edge-citations). With country, the entities of those countries as the other tables define them (a country itself; threats and functions, of no country, are left out).",
		Order: "entity id, then the entity's citation order",
		Columns: cols(
			Column{"entity", TypeString, "ID of the cited entity"},
			Column{"kind", TypeString, "its EntityKind"},
			Column{"label", TypeString, "its name or title (English)"},
			Column{"country", TypeString, "its country: the country itself, or the owner of a deployment, reform, instrument, safeguard, obstacle, benefit, recommendation or event; empty otherwise"},
			Column{"source_title", TypeString, "title of the cited source (our English description)"},
			Column{"locator", TypeString, "where in the source (page, article, paragraph)"},
			Column{"note", TypeString, "what the citation supports"},
		), rows: citationRows,
		Other: map[string]string{"bib": "/export/citations.bib", "csl.json": "/export/citations.csl.json", "ris": "/export/citations.ris"}},
	{Name: "sources", Description: "The cited documents, with what the research dossiers give of their bibliographic data (never guessed: empty when not given). Filtered like the bibliographies: with node, the sources of those nodes and of their relationships; with country, from or to, those of the entities the citations table selects and of their relationships.",
		Order: "citation key",
		Columns: []Column{
			{"id", TypeString, "source ID"},
			{"citation_key", TypeString, "its key in the bibliographies (BibTeX key, CSL-JSON and RIS id): the ID without source:; stable"},
			{"kind", TypeString, graph.OneOf(graph.SourceKinds)},
			{"title", TypeString, "our English description of the document"},
			{"document_title", TypeString, "the document's own title, as the dossier gives it"},
			{"authors", TypeString, "persons, in the dossier's form, separated by \"; \" (source-authors has one row each)"},
			{"publisher", TypeString, "the organisation that published it"},
			{"agency", TypeString, "the news agency of a press item, when not the publisher"},
			{"container", TypeString, "journal, series, book, archive or platform it appears in"},
			{"year", TypeInteger, "publication year; for a page reproducing a law, resolution or report, that document's"},
			{"original_year", TypeInteger, "for a reproduction dated on its own, the reproduced document's year"},
			{"language", TypeString, "ISO 639-1 code"},
			{"url", TypeString, "where it is"},
			{"cited", TypeInteger, "number of citations of it in the rows selected (entities and relationships)"},
		}, rows: sourceRows, Parameters: []string{"node"}},
	{Name: "source-authors", Description: "The authors of the sources in long form: one row per (source, author). Filtered like sources.", Order: "source citation key, then position",
		Columns: []Column{
			{"source", TypeString, "source ID"},
			{"position", TypeInteger, "1 for the first author"},
			{"author", TypeString, "the name in the dossier's form"},
			{"family", TypeString, "family name, when the form gives it apart (\"J. M. Ugarte\": Ugarte; a one-word name)"},
			{"given", TypeString, "given names or initials, when the form gives them apart (\"J. M.\")"},
		}, rows: sourceAuthorRows, Parameters: []string{"node"}},
	{Name: "nodes", Description: "Every entity but sources, for graph tools (Gephi, Cytoscape, NetworkX): the nodes of the relationships table, which holds the edges (graph.graphml has both). With country, the entities the citations table selects and the other ends of their relationships; from and to do not apply, as to the relationships.",
		Order: "id",
		Columns: cols(
			Column{"id", TypeString, "node ID"},
			Column{"kind", TypeString, "its EntityKind"},
			Column{"label", TypeString, "name, title or acronym (English)"},
			Column{"sub_kind", TypeString, "the value of its kind's own enum (MissionKind, ReformKind...), empty for kinds without"},
			Column{"country", TypeString, "ISO3 code of its country (a country itself, or the owner); empty for others"},
			bound("start", "the start of its span: a mission's, deployment's start, a safeguard's entry into force, an instrument's adoption, a reform's or event's date; empty for undated kinds"),
			bound("end", "the end of its span (a point's is its date)"),
			Column{"selected", TypeBoolean, "true for a node the filter selects, false for the other end of one of their relationships"},
			confidenceColumn,
		), rows: nodeRowsAll},
	{Name: "relationships", Description: "One row per relationship, with its own evidence: the note, basis, confidence and sources of the link itself, or, when inherited is true, those of the record that states it; for graph tools, the edges of the nodes table (graph.graphml has both). With country, the relationships with an end of those countries (as the citations table defines them). from and to do not apply (most relationships hold over their ends' spans; see since).",
		Order: "type, then from, to and mechanism",
		Columns: cols(
			Column{"id", TypeString, "the relationship's key, TYPE|from|to|mechanism: stable, and its edge id in graph.graphml"},
			Column{"type", TypeString, "relationship type: " + strings.Join(graph.Strings(graph.RelTypes()), " ")},
			Column{"from", TypeString, "ID of the node it runs from"},
			Column{"from_kind", TypeString, "its EntityKind"},
			Column{"to", TypeString, "ID of the node it runs to"},
			Column{"to_kind", TypeString, "its EntityKind"},
			Column{"mechanism", TypeString, "CATALYZED only: " + graph.OneOf(graph.ReformMechanisms)},
			Column{"explanation", TypeString, "CATALYZED only: why the sources support the link"},
			bound("since", "the start of the link's own span (PERCEIVES: since when; AUTHORIZED_BY: an extension's; GROUNDED_IN: a safeguard's version from its instrument's entry into force); empty for a link that holds over its ends' spans"),
			bound("until", "the end of the link's own span"),
			Column{"role", TypeString, "AUTHORIZED_BY only: how the instrument applied (" + graph.OneOf(graph.BasisRoles) + "); empty: AUTHORIZED_BY"},
			Column{"note", TypeString, "what the link says or how it was judged"},
			Column{"basis", TypeString, graph.OneOf(graph.EvidenceBases) + ": whether a source states the link, states the effect but not what it attaches to, or only the study's abstract supports it"},
			Column{"inherited", TypeBoolean, "true when the link has no evidence of its own: its confidence and sources are those of the record that states it"},
			Column{"facts", TypeList, "dossier fact IDs the link restates"},
			confidenceColumn,
		), rows: relationshipRows},
	{Name: "relationship-citations", Description: "One row per (relationship, citation): the evidence behind every relationship, with locators. With country, as the relationships table.",
		Order: "type, from, to and mechanism, then the relationship's citation order",
		Columns: cols(
			Column{"type", TypeString, "relationship type"},
			Column{"from", TypeString, "ID of the node it runs from"},
			Column{"to", TypeString, "ID of the node it runs to"},
			Column{"mechanism", TypeString, "CATALYZED only: the mechanism (a pair may be linked by several)"},
			Column{"inherited", TypeBoolean, "true when the citation is the stating record's, not the link's own"},
			Column{"source_title", TypeString, "title of the cited source"},
			Column{"locator", TypeString, "where in the source (page, article, paragraph)"},
			Column{"note", TypeString, "what the citation supports"},
		), rows: relationshipCitationRows},
}

func findingColumns(kind string, extra ...Column) []Column {
	return append([]Column{
		{"id", TypeString, kind + " ID"},
		{"country", TypeString, "ISO3 code"},
		{"title", TypeString, "title (English)"},
		{"description", TypeString, "what it is"},
	}, append(extra, confidenceColumn)...)
}

// graphFile is the GraphML export of the nodes and edges tables.
const graphFile = "/export/graph.graphml"

func init() {
	for i := range Tables {
		t := &Tables[i]
		t.CSV = "/export/" + t.Name + ".csv"
		t.JSON = "/export/" + t.Name + ".json"
		var expanded []Column
		for j, c := range t.Columns {
			switch c.Type {
			case TypePartialDate:
				t.dates = append(t.dates, j)
				expanded = append(expanded, dateColumns(c)...)
			case typeBound:
				t.bounds = append(t.bounds, j)
				expanded = append(expanded, boundColumns(c)...)
			default:
				expanded = append(expanded, c)
			}
		}
		t.Columns = expanded
		if t.Name == "nodes" || t.Name == "relationships" {
			t.Other = map[string]string{"graphml": graphFile}
		}
	}
}

// Parameter describes a query parameter of the exports.
type Parameter struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Index is what /export serves.
type Index struct {
	Tables     []Table     `json:"tables"`
	Parameters []Parameter `json:"parameters"`
	Format     string      `json:"format"`
	Types      []Parameter `json:"types"`
}

// TheIndex returns the machine-readable description of the exports.
func TheIndex() Index {
	return Index{Tables: Tables,
		Parameters: []Parameter{
			{"country", "ISO 3166 alpha-3 code, repeatable or comma-separated; rows of any of them (each table says what 'of a country' means)"},
			{"from", "rows active on or after it, inclusive: a PartialDate (YYYY, YYYY-MM or YYYY-MM-DD, inclusive at its precision), an RFC 3339 timestamp (2015-01-01T00:00:00Z) or epoch milliseconds (1420070400000); an instant stands for its UTC day"},
			{"to", "rows active on or before it, inclusive; the same forms as from. A row whose dates leave it open whether it was active in [from, to] is left out (POSSIBLE) unless include_uncertain=true"},
			{"started_from", "rows known to have started (joined) on or after it; the same forms as from"},
			{"started_to", "rows known to have started on or before it; the same forms as from"},
			{"include_uncertain", "true: also the rows whose dates leave a window open (activity POSSIBLE); false (default): only those known to be in it (KNOWN)"},
			{"node", "a node ID (law:arg-25880), repeatable or comma-separated: the sources of those nodes and of their relationships (sources, source-authors and the citations bibliographies only; not with country, from or to)"},
		},
		Format: "CSV: RFC 4180 (encoding/csv), UTF-8 without BOM, header row, one row per record, list cells space-separated, empty cells unknown. " +
			"JSON: an array of objects in column order; empty cells null, lists arrays. A partial date is followed by its precision and the ISO days it starts and ends on; a span bound by its status and, when not known, the earliest and latest days it can be. " +
			"Bibliographies (citations.bib, .csl.json, .ris): BibTeX with biblatex fields, CSL-JSON, RIS; one entry per source, keyed by citation_key. " +
			"graph.graphml: GraphML 1.0, the nodes and relationships tables as one graph.",
		Types: []Parameter{
			{TypeString, "text; empty: unknown"},
			{TypeInteger, "a whole number; empty: unknown or none"},
			{TypeBoolean, "true or false; empty: unknown"},
			{TypePartialDate, "a date at the precision the source gives (1992, 1992-06, 1992-06-15): text, typed by the three columns that follow it"},
			{TypePrecision, "year, month or day"},
			{TypeDate, "an ISO 8601 day, YYYY-MM-DD"},
			{TypeList, "space-separated tokens (a JSON array)"},
		},
	}
}
