package seed

import (
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/peacegraph/peacegraph/graph"
)

// The raw shapes of the seed files, as FORMAT.md describes them. They exist only between the
// YAML and the graph: Build turns them into graph nodes and edges and checks them.

type citation struct {
	Source  string `yaml:"source"`
	Locator string `yaml:"locator"`
	Note    string `yaml:"note"`
	line    int
}

type citationMap citation

// UnmarshalYAML accepts a bare source ID or a mapping.
func (c *citation) UnmarshalYAML(n *yaml.Node) error {
	c.line = n.Line
	if n.Kind == yaml.ScalarNode {
		c.Source = n.Value
		return nil
	}
	var m citationMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line = n.Line
	*c = citation(m)
	return nil
}

type disputedValue struct {
	Value string `yaml:"value"`
	// Preferred: true is the short way to write rank: PREFERRED.
	Preferred   bool       `yaml:"preferred"`
	Rank        graph.Rank `yaml:"rank"`
	Reason      string     `yaml:"reason"`
	CorrectedBy []citation `yaml:"correctedBy"`
	Citations   []citation `yaml:"citations"`
}

type dispute struct {
	Field  string          `yaml:"field"`
	Note   string          `yaml:"note"`
	Values []disputedValue `yaml:"values"`
}

type evidence struct {
	Citations  []citation       `yaml:"citations"`
	Confidence graph.Confidence `yaml:"confidence"`
	Disputes   []dispute        `yaml:"disputes"`
	Facts      []string         `yaml:"facts"`
}

// ref is a relationship target: a bare ID (resting on the record's own evidence) or a mapping
// with its own evidence. From and Until date the relationship where it held over less than
// its ends' own spans (a safeguard's version grounded in an amendment); Role says how an
// authorizing instrument applied.
type ref struct {
	ID       string              `yaml:"id"`
	Note     string              `yaml:"note"`
	Basis    graph.EvidenceBasis `yaml:"basis"`
	From     *boundRec           `yaml:"from"`
	Until    *boundRec           `yaml:"until"`
	Role     string              `yaml:"role"`
	evidence `yaml:",inline"`
	own      bool // given as a mapping
	line     int
}

type refMap ref

func (r *ref) UnmarshalYAML(n *yaml.Node) error {
	r.line = n.Line
	if n.Kind == yaml.ScalarNode {
		r.ID = n.Value
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a reference is an ID or a mapping with id and citations", n.Line)
	}
	var m refMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line, m.own = n.Line, true
	*r = ref(m)
	return nil
}

// boundRec is one end of a span: a date ("1992-09", shorthand for a KNOWN bound) or a mapping
// with an explicit status (FORMAT.md, Dates and spans).
type boundRec struct {
	Status    graph.BoundStatus `yaml:"status"`
	Date      string            `yaml:"date"`
	AsOf      string            `yaml:"asOf"`
	NotBefore string            `yaml:"notBefore"`
	NotAfter  string            `yaml:"notAfter"`
	Basis     string            `yaml:"basis"`
	Derived   bool              `yaml:"derived"`
	Citations []citation        `yaml:"citations"`
	// OutlastsMission (a deployment's end only) records a sourced exception to "a deployment
	// ends by its mission's end or withdrawal": basis and citations must say why.
	OutlastsMission bool `yaml:"outlastsMission"`
	line            int
}

type boundMap boundRec

func (b *boundRec) UnmarshalYAML(n *yaml.Node) error {
	b.line = n.Line
	switch n.Kind {
	case yaml.ScalarNode:
		b.Status, b.Date = graph.Known, n.Value
		return nil
	case yaml.MappingNode:
		var m boundMap
		if err := n.Decode(&m); err != nil {
			return err
		}
		m.line = n.Line
		if m.Status == "" && m.Date != "" {
			m.Status = graph.Known // {date, basis, ...}: a known date with more said of it
		}
		*b = boundRec(m)
		return nil
	}
	return fmt.Errorf("line %d: a span bound is a date (\"1992-09\") or a mapping with status KNOWN, ONGOING or UNKNOWN", n.Line)
}

// stageRec is one dated stage of a legal instrument.
type stageRec struct {
	Stage      graph.LegalStage `yaml:"stage"`
	Date       string           `yaml:"date"`
	Instrument string           `yaml:"instrument"`
	Note       string           `yaml:"note"`
	Citations  []citation       `yaml:"citations"`
	line       int
}

type stageMap stageRec

func (s *stageRec) UnmarshalYAML(n *yaml.Node) error {
	var m stageMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line = n.Line
	*s = stageRec(m)
	return nil
}

// inForceRec is an instrument's time in force: start only when the lifecycle has no IN_FORCE
// stage, end always.
type inForceRec struct {
	Start *boundRec `yaml:"start"`
	End   *boundRec `yaml:"end"`
	line  int
}

type inForceMap inForceRec

func (f *inForceRec) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: inForce is a mapping {start, end}; the date of entry into force is a lifecycle stage (IN_FORCE)", n.Line)
	}
	var m inForceMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line = n.Line
	*f = inForceRec(m)
	return nil
}

// strengthRec is one dated figure of a deployment's size.
type strengthRec struct {
	Kind        graph.StrengthKind `yaml:"kind"`
	Value       *int               `yaml:"value"`
	Approximate bool               `yaml:"approximate"`
	Date        string             `yaml:"date"`
	Until       string             `yaml:"until"`
	Note        string             `yaml:"note"`
	Citations   []citation         `yaml:"citations"`
	line        int
}

type strengthMap strengthRec

func (s *strengthRec) UnmarshalYAML(n *yaml.Node) error {
	var m strengthMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line = n.Line
	*s = strengthRec(m)
	return nil
}

type common struct {
	ID    string            `yaml:"id"`
	Names map[string]string `yaml:"names"`
	// Aliases: the IDs of records merged into this one, still found by node(id:).
	Aliases []string `yaml:"aliases"`
	// Ordinal: the record's place in a list of its sources (safeguards and principles).
	Ordinal  *ordinalRec `yaml:"ordinal"`
	evidence `yaml:",inline"`
}

type ordinalRec struct {
	Series   string `yaml:"series"`
	Position int    `yaml:"position"`
	Numbered bool   `yaml:"numbered"`
}

type sourceRec struct {
	ID            string           `yaml:"id"`
	Kind          graph.SourceKind `yaml:"kind"`
	Title         string           `yaml:"title"`
	DocumentTitle string           `yaml:"documentTitle"`
	Authors       []string         `yaml:"authors"`
	Publisher     string           `yaml:"publisher"`
	Agency        string           `yaml:"agency"`
	Container     string           `yaml:"container"`
	Year          *int             `yaml:"year"`
	OriginalYear  *int             `yaml:"originalYear"`
	Language      string           `yaml:"language"`
	URL           string           `yaml:"url"`
	Note          string           `yaml:"note"`
}

type countryRec struct {
	common   `yaml:",inline"`
	ISO3     string         `yaml:"iso3"`
	Name     string         `yaml:"name"`
	CaseRole graph.CaseRole `yaml:"caseRole"`
}

type missionRec struct {
	common        `yaml:",inline"`
	Acronym       string            `yaml:"acronym"`
	Name          string            `yaml:"name"`
	Start         *boundRec         `yaml:"start"`
	End           *boundRec         `yaml:"end"`
	Withdrawal    *boundRec         `yaml:"withdrawal"`
	Kind          graph.MissionKind `yaml:"kind"`
	ChapterVII    *bool             `yaml:"chapterVII"`
	Host          string            `yaml:"host"`
	Description   string            `yaml:"description"`
	Note          string            `yaml:"note"`
	EstablishedBy []ref             `yaml:"establishedBy"`
}

type deploymentRec struct {
	common       `yaml:",inline"`
	Country      ref                   `yaml:"country"`
	Mission      ref                   `yaml:"mission"`
	Start        *boundRec             `yaml:"start"`
	End          *boundRec             `yaml:"end"`
	Personnel    []graph.PersonnelType `yaml:"personnel"`
	PeakStrength *int                  `yaml:"peakStrength"`
	Strengths    []strengthRec         `yaml:"strengths"`
	Unit         string                `yaml:"unit"`
	Description  string                `yaml:"description"`
	Note         string                `yaml:"note"`
	Functions    []ref                 `yaml:"functions"`
	AuthorizedBy []ref                 `yaml:"authorizedBy"`
	Partners     []ref                 `yaml:"partners"`
}

type functionRec struct {
	common      `yaml:",inline"`
	Code        string `yaml:"code"`
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
}

type instrumentRec struct {
	common    `yaml:",inline"`
	Country   *ref                 `yaml:"country"`
	Kind      graph.InstrumentKind `yaml:"kind"`
	Title     string               `yaml:"title"`
	Reference string               `yaml:"reference"`
	// Adopted is shorthand for the lifecycle's ADOPTED stage (a date only).
	Adopted   string      `yaml:"adopted"`
	Lifecycle []stageRec  `yaml:"lifecycle"`
	InForce   *inForceRec `yaml:"inForce"`
	Summary   string      `yaml:"summary"`
	Note      string      `yaml:"note"`
	Amends    []ref       `yaml:"amends"`
	Governs   []ref       `yaml:"governs"`
}

type safeguardRec struct {
	common      `yaml:",inline"`
	Country     ref                 `yaml:"country"`
	Kind        graph.SafeguardKind `yaml:"kind"`
	Title       string              `yaml:"title"`
	Description string              `yaml:"description"`
	Since       *boundRec           `yaml:"since"`
	Until       *boundRec           `yaml:"until"`
	Note        string              `yaml:"note"`
	GroundedIn  []ref               `yaml:"groundedIn"`
	Constrains  []ref               `yaml:"constrains"`
	Upholds     []ref               `yaml:"upholds"`
}

type driverRec struct {
	Deployment string `yaml:"deployment"`
	Mission    string `yaml:"mission"`
	// Event: participation that is no UN mission of the graph (a relief operation under
	// Japan's PKO Act); Country: the country's participation in general (abstract-only links).
	Event       string                `yaml:"event"`
	Country     string                `yaml:"country"`
	Mechanism   graph.ReformMechanism `yaml:"mechanism"`
	Explanation string                `yaml:"explanation"`
	Note        string                `yaml:"note"`
	Basis       graph.EvidenceBasis   `yaml:"basis"`
	evidence    `yaml:",inline"`
	line        int
}

type driverMap driverRec

func (d *driverRec) UnmarshalYAML(n *yaml.Node) error {
	var m driverMap
	if err := n.Decode(&m); err != nil {
		return err
	}
	m.line = n.Line
	*d = driverRec(m)
	return nil
}

type reformRec struct {
	common      `yaml:",inline"`
	Country     ref              `yaml:"country"`
	Title       string           `yaml:"title"`
	Date        string           `yaml:"date"`
	Kind        graph.ReformKind `yaml:"kind"`
	Description string           `yaml:"description"`
	Note        string           `yaml:"note"`
	Instruments []ref            `yaml:"instruments"`
	Addresses   []ref            `yaml:"addresses"`
	Partners    []ref            `yaml:"partners"`
	Drivers     []driverRec      `yaml:"drivers"`
}

type principleRec struct {
	common         `yaml:",inline"`
	Scope          graph.PrincipleScope `yaml:"scope"`
	Name           string               `yaml:"name"`
	Description    string               `yaml:"description"`
	Note           string               `yaml:"note"`
	HeldBy         []ref                `yaml:"heldBy"`
	CompatibleWith []ref                `yaml:"compatibleWith"`
	TensionWith    []ref                `yaml:"tensionWith"`
	DefinedIn      []ref                `yaml:"definedIn"`
}

type threatRec struct {
	common      `yaml:",inline"`
	Name        string           `yaml:"name"`
	Kind        graph.ThreatKind `yaml:"kind"`
	Description string           `yaml:"description"`
	Note        string           `yaml:"note"`
	DefinedIn   []ref            `yaml:"definedIn"`
}

type perceptionRec struct {
	Country  ref       `yaml:"country"`
	Threat   ref       `yaml:"threat"`
	Since    *boundRec `yaml:"since"`
	Until    *boundRec `yaml:"until"`
	Note     string    `yaml:"note"`
	evidence `yaml:",inline"`
}

type findingRec struct {
	common      `yaml:",inline"`
	Country     ref    `yaml:"country"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Note        string `yaml:"note"`
	Overcomes   []ref  `yaml:"overcomes"` // recommendations only
}

type eventRec struct {
	common      `yaml:",inline"`
	Date        string `yaml:"date"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Note        string `yaml:"note"`
	Country     *ref   `yaml:"country"`
	Related     []ref  `yaml:"related"`
}

type seriesRec struct {
	Country  ref          `yaml:"country"`
	Columns  []string     `yaml:"columns"`
	Coverage *coverageRec `yaml:"coverage"`
	Points   []yaml.Node  `yaml:"points"`
	Note     string       `yaml:"note"`
	evidence `yaml:",inline"`
}

// coverageRec is what a personnel series covers (graph.PersonnelCoverage).
type coverageRec struct {
	From      string         `yaml:"from"`
	To        string         `yaml:"to"`
	Gaps      [][]string     `yaml:"gaps"`
	Columns   []columnCovRec `yaml:"columns"`
	Note      string         `yaml:"note"`
	Citations []citation     `yaml:"citations"`
}

type columnCovRec struct {
	Column string `yaml:"column"`
	From   string `yaml:"from"`
	Note   string `yaml:"note"`
}

type pointRec struct {
	Date     string `yaml:"date"`
	Troops   *int   `yaml:"troops"`
	Police   *int   `yaml:"police"`
	Experts  *int   `yaml:"experts"`
	Note     string `yaml:"note"`
	evidence `yaml:",inline"`
}
