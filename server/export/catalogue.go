package export

import (
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// The catalogue: the tables /export serves, their columns, and the index that describes them.
// Enum values in the descriptions come from graph's enums.

// Column describes one column of a table.
type Column struct {
	Name        string `json:"name"`
	Type        string `json:"type"` // string, integer, boolean, date (a PartialDate) or list (of strings)
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

	rows rowsFunc
}

// confidenceColumn is every table's confidence.
var confidenceColumn = Column{"confidence", "string", graph.OneOf(graph.Confidences)}

// The columns every table ends with.
var sourceColumns = []Column{
	{"sources", "list", "IDs of the sources cited for this row, in citation order"},
	{"source_urls", "list", "URLs of those sources that have one"},
}

func cols(cs ...Column) []Column { return append(cs, sourceColumns...) }

// colGroups joins groups of columns into one table's columns.
func colGroups(groups ...[]Column) []Column {
	var out []Column
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// Tables lists the exports, in the index's order.
var Tables = []Table{
	{Name: "deployments", Description: "One country's participation in one mission.", Order: "start date (undated last), then id",
		Columns: colGroups([]Column{
			{"id", "string", "deployment ID"},
			{"country", "string", "ISO3 code of the deploying country"},
			{"mission", "string", "mission acronym"},
			{"title", "string", "readable label"}},
			boundColumns("start", "start of participation"),
			boundColumns("end", "end of participation"),
			cols(activityColumn,
				Column{"personnel", "list", "personnel types: " + strings.Join(graph.Strings(graph.PersonnelTypes), " ")},
				Column{"peak_strength", "integer", "largest number of personnel at once"},
				Column{"unit", "string", "unit or contingent name"},
				Column{"functions", "list", "codes of the functions performed"},
				confidenceColumn,
			)), rows: deploymentRows},
	{Name: "missions", Description: "UN operations (and precursor bodies) in the study.", Order: "start date, then id",
		Columns: colGroups([]Column{
			{"id", "string", "mission ID"},
			{"acronym", "string", "mission acronym"},
			{"name", "string", "full name (English)"}},
			boundColumns("start", "the mission's start"),
			boundColumns("end", "the mission's end (its mandate's)"),
			cols(activityColumn,
				Column{"kind", "string", graph.OneOf(graph.MissionKinds)},
				Column{"chapter_vii", "boolean", "whether the establishing resolution invokes Chapter VII; empty when the sources do not say"},
				Column{"host", "string", "host country or territory"},
				Column{"contributors", "list", "ISO3 codes of the countries with a deployment in it"},
				Column{"deployments", "integer", "number of deployments in it"},
				confidenceColumn,
			)), rows: missionRows},
	{Name: "reforms", Description: "Changes in law, institutions, training, doctrine or forces.", Order: "date (undated last), then id",
		Columns: cols(
			Column{"id", "string", "reform ID"},
			Column{"country", "string", "ISO3 code"},
			Column{"kind", "string", graph.OneOf(graph.ReformKinds)},
			Column{"title", "string", "title (English)"},
			Column{"date", "date", "when it happened"},
			Column{"description", "string", "what changed"},
			confidenceColumn,
		), rows: reformRows},
	{Name: "legal-instruments", Description: "Constitution provisions, statutes, decrees, resolutions, declarations, treaties.", Order: "adoption date (undated last), then id",
		Columns: colGroups([]Column{
			{"id", "string", "instrument ID"},
			{"country", "string", "ISO3 code; empty for international instruments"},
			{"kind", "string", "InstrumentKind, e.g. STATUTE or UN_RESOLUTION"},
			{"title", "string", "title (English)"},
			{"reference", "string", "official reference, e.g. \"Ley 25.880\""},
			{"adopted", "date", "adoption: the act of the body that makes it (the legislature's final vote, the Council's vote, the decree or decision, the signature); empty when the sources do not date it"}},
			boundColumns("in_force_from", "entry into force"),
			boundColumns("in_force_until", "end of force (repeal, lapse)"),
			cols(confidenceColumn)), rows: instrumentRows},
	{Name: "safeguards", Description: "Legal limits on participation.", Order: "start (undated last), then id",
		Columns: colGroups([]Column{
			{"id", "string", "safeguard ID"},
			{"country", "string", "ISO3 code"},
			{"kind", "string", "SafeguardKind, e.g. CONSENT or USE_OF_FORCE"},
			{"title", "string", "title"}},
			boundColumns("since", "in force since"),
			boundColumns("until", "in force until (lifted)"),
			cols(activityColumn, confidenceColumn)), rows: safeguardRows},
	{Name: "events", Description: "Dated happenings, for timelines.", Order: "date, then id",
		Columns: cols(
			Column{"id", "string", "event ID"},
			Column{"country", "string", "ISO3 code; empty for events of no one country"},
			Column{"date", "date", "when"},
			Column{"title", "string", "title (English)"},
			confidenceColumn,
		), rows: eventRows},
	{Name: "personnel", Description: "Monthly uniformed personnel in UN peacekeeping, per country.", Order: "country, then month",
		Columns: cols(
			Column{"country", "string", "ISO3 code"},
			Column{"date", "date", "month (end of month)"},
			Column{"troops", "integer", "troops; empty when none is reported"},
			Column{"police", "integer", "police; empty when none is reported"},
			Column{"experts", "integer", "experts on mission; empty when none is reported"},
			Column{"total", "integer", "sum of the reported categories"},
			confidenceColumn,
		), rows: personnelRows},
	{Name: "citations", Description: "One row per (entity, citation): the evidence behind every entity but sources. With country, the entities of those countries as the other tables define them (a country itself; threats and functions, of no country, are left out).",
		Order: "entity id, then the entity's citation order",
		Columns: cols(
			Column{"entity", "string", "ID of the cited entity"},
			Column{"kind", "string", "its EntityKind"},
			Column{"label", "string", "its name or title (English)"},
			Column{"country", "string", "its country: the country itself, or the owner of a deployment, reform, instrument, safeguard, obstacle, benefit, recommendation or event; empty otherwise"},
			Column{"source_title", "string", "title of the cited source"},
			Column{"locator", "string", "where in the source (page, article, paragraph)"},
			Column{"note", "string", "what the citation supports"},
		), rows: citationRows},
	{Name: "relationships", Description: "One row per relationship, with its own evidence: the note, basis, confidence and sources of the link itself, or, when inherited is true, those of the record that states it. With country, the relationships with an end of those countries (as the citations table defines them). from and to do not apply (most relationships hold over their ends' spans; see since).",
		Order: "type, then from, to and mechanism",
		Columns: cols(
			Column{"type", "string", "relationship type: " + strings.Join(graph.Strings(graph.RelTypes()), " ")},
			Column{"from", "string", "ID of the node it runs from"},
			Column{"from_kind", "string", "its EntityKind"},
			Column{"to", "string", "ID of the node it runs to"},
			Column{"to_kind", "string", "its EntityKind"},
			Column{"mechanism", "string", "CATALYZED only: " + graph.OneOf(graph.ReformMechanisms)},
			Column{"explanation", "string", "CATALYZED only: why the sources support the link"},
			Column{"since", "date", "the known start of the link's own span (PERCEIVES: since when; GROUNDED_IN: a safeguard's version from its instrument's entry into force); empty when it has none or its start is not known"},
			Column{"note", "string", "what the link says or how it was judged"},
			Column{"basis", "string", graph.OneOf(graph.EvidenceBases) + ": whether a source states the link, states the effect but not what it attaches to, or only the study's abstract supports it"},
			Column{"inherited", "boolean", "true when the link has no evidence of its own: its confidence and sources are those of the record that states it"},
			Column{"facts", "list", "dossier fact IDs the link restates"},
			confidenceColumn,
		), rows: relationshipRows},
	{Name: "relationship-citations", Description: "One row per (relationship, citation): the evidence behind every relationship, with locators. With country, as the relationships table.",
		Order: "type, from, to and mechanism, then the relationship's citation order",
		Columns: cols(
			Column{"type", "string", "relationship type"},
			Column{"from", "string", "ID of the node it runs from"},
			Column{"to", "string", "ID of the node it runs to"},
			Column{"mechanism", "string", "CATALYZED only: the mechanism (a pair may be linked by several)"},
			Column{"inherited", "boolean", "true when the citation is the stating record's, not the link's own"},
			Column{"source_title", "string", "title of the cited source"},
			Column{"locator", "string", "where in the source (page, article, paragraph)"},
			Column{"note", "string", "what the citation supports"},
		), rows: relationshipCitationRows},
}

func init() {
	for i := range Tables {
		Tables[i].CSV = "/export/" + Tables[i].Name + ".csv"
		Tables[i].JSON = "/export/" + Tables[i].Name + ".json"
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
}

// TheIndex returns the machine-readable description of the exports.
func TheIndex() Index {
	return Index{Tables: Tables,
		Parameters: []Parameter{
			{"country", "ISO 3166 alpha-3 code, repeatable or comma-separated; rows of any of them (each table says what 'of a country' means)"},
			{"from", "PartialDate (YYYY, YYYY-MM or YYYY-MM-DD); rows known to be active on or after it, inclusive at its precision (a row whose dates leave it open is left out, see include_uncertain)"},
			{"to", "PartialDate; rows known to be active on or before it, inclusive at its precision"},
			{"started_from", "PartialDate; rows known to have started on or after it (deployments joined, missions begun)"},
			{"started_to", "PartialDate; rows known to have started on or before it"},
			{"include_uncertain", "true: also the rows whose dates leave the window open (an end the sources do not give), with activity POSSIBLE; false (the default) leaves them out"},
		},
		Format: "CSV: RFC 4180 (encoding/csv), UTF-8 without BOM, header row, one row per record, list cells space-separated, empty cells unknown. " +
			"JSON: an array of objects in column order; empty cells null, lists arrays. Dates are PartialDates at their precision.",
	}
}
