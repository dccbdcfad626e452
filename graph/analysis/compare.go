package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// MaxCompare is the most countries Compare takes at once.
const MaxCompare = 5

// The comparison dimensions: the keys of Comparison rows, in row order.
const (
	DimConstitutionalBasis = "constitutionalBasis"
	DimApprovalProcedure   = "approvalProcedure"
	DimSafeguards          = "safeguards"
	DimFunctionsPerformed  = "functionsPerformed"
	DimPersonnelTypes      = "personnelTypes"
	DimReformsByKind       = "reformsByKind"
	DimThreatsPerceived    = "threatsPerceived"
	DimObstacles           = "obstacles"
	DimFirstParticipation  = "firstParticipation"
	DimMissionsJoined      = "missionsJoined"
	DimPeakPersonnel       = "peakPersonnel"
	DimPersonnelCoverage   = "personnelCoverage"
)

var dimensions = []struct{ key, description string }{
	{DimConstitutionalBasis, "The country's constitution provisions (legal instruments of kind CONSTITUTION_PROVISION) and the constitutional principles it holds."},
	{DimApprovalProcedure, "Its safeguards of kind PARLIAMENTARY_APPROVAL, each with the legal instruments it is grounded in."},
	{DimSafeguards, "The titles of all its safeguards: the legal limits it sets on taking part in peacekeeping."},
	{DimFunctionsPerformed, "The distinct functions its deployments performed, cited by the records that they performed them."},
	{DimPersonnelTypes, "The distinct personnel types (troops, police, observers...) its deployments sent, cited by those deployments."},
	{DimReformsByKind, "The number of its recorded reforms of each kind, as KIND: n."},
	{DimThreatsPerceived, "The security threats it perceives, with the year or date since when it does when the sources give one."},
	{DimObstacles, "The titles of the obstacles it faces in taking part in peacekeeping."},
	{DimFirstParticipation, "The earliest start date of any of its deployments, with the mission, cited by that deployment; deployments with no start date are not considered."},
	{DimMissionsJoined, "The number of distinct missions it deployed to at any time, cited by its deployments."},
	{DimPeakPersonnel, "The highest monthly total of its uniformed personnel (troops, police and experts) in its personnel series, with the month, within the months the series covers (see personnelCoverage); deployments' own peak strengths are not considered."},
	{DimPersonnelCoverage, "The months its personnel series has data for: the span and any gap, and a column that starts later; a month outside them is no data, never zero."},
}

// Dimensions returns the dimension keys in row order.
func Dimensions() []string {
	out := make([]string, len(dimensions))
	for i, d := range dimensions {
		out[i] = d.key
	}
	return out
}

// Comparison is the comparison table: one row per dimension, one cell per country.
type Comparison struct {
	// CountryIDs are the countries compared, in the order asked.
	CountryIDs []string
	Rows       []Row
}

// Row is one dimension of the comparison.
type Row struct {
	Dimension string
	// Description says in one sentence what the dimension measures and where its values come from.
	Description string
	// Cells hold one cell per country, in the order of Comparison.CountryIDs.
	Cells []Cell
}

// Cell is one country's values on one dimension.
type Cell struct {
	CountryID string
	// Values are distinct and sorted case- and accent-insensitively, then as written.
	Values []string
	// Items are the same values typed, in the same order: a number as a number, a date as a
	// date, an entity as its ID.
	Items []Value
	// NodeIDs are the entities the values come from, by ID (not parallel to Values).
	NodeIDs []string
	// Citations are the evidence for the values (the package's citation rule).
	Citations []graph.Citation
	// Empty is true when the graph holds no sourced data for the cell; Values, NodeIDs and
	// Citations are then empty too.
	Empty bool
}

// Value is one value of a cell, typed. Text is always set (as in Cell.Values); the other
// fields are set where they apply (see Compare for each dimension).
type Value struct {
	Text string
	// Number is a count or a figure (missionsJoined, peakPersonnel, reformsByKind).
	Number *int
	// Date is the date the value is, or is as of (firstParticipation, peakPersonnel,
	// threatsPerceived).
	Date *graph.PartialDate
	// NodeID is the entity the value is (an instrument, principle, safeguard, function, threat,
	// obstacle, deployment).
	NodeID string
	// Key is the category the value is of: a reformsByKind count's ReformKind, a personnel type.
	Key string
}

// Compare builds the comparison table of 1 to MaxCompare countries, given without duplicates
// (Invalid otherwise; "MEX" and "country:mex" are the same country). Rows come in the order of
// Dimensions(); cells in the order of countryIDs.
//
// An empty cell means the graph holds no sourced data for it, never zero: a country with no
// deployment has an empty missionsJoined cell, not "0", and one with no personnel series an
// empty peakPersonnel cell. Numbers are only ever counts of sourced entities or sourced figures.
//
// Values, entities and evidence per dimension (relationships are followed from the country):
//
//   - constitutionalBasis: titles of its instruments (INSTRUMENT_OF) of kind
//     CONSTITUTION_PROVISION and names of its principles (HOLDS) of scope CONSTITUTIONAL; cited
//     by those nodes and relationships.
//   - approvalProcedure: one value per safeguard (SAFEGUARD_OF) of kind PARLIAMENTARY_APPROVAL,
//     "Title — grounded in A; B" with the titles of its GROUNDED_IN instruments by adoption date
//     (undated last) then ID, or just "Title"; entities: the safeguards and those instruments; cited by
//     them and by the SAFEGUARD_OF and GROUNDED_IN relationships.
//   - safeguards: titles of all its safeguards; cited by them and their SAFEGUARD_OF.
//   - functionsPerformed: names of the functions its deployments (DEPLOYED_BY) PERFORMED;
//     entities: the functions; cited by the PERFORMED relationships (a function's own citations
//     describe the catalogue entry, not the country).
//   - personnelTypes: the PersonnelType values of its deployments; entities and citations: those
//     deployments.
//   - reformsByKind: "KIND: n" per reform kind of its reforms (REFORM_OF); entities: the
//     reforms; cited by them and their REFORM_OF.
//   - threatsPerceived: threat names (PERCEIVES), "Drug trafficking (since 2006)" when the
//     perception has a since date; entities: the threats; cited by the PERCEIVES relationships.
//   - obstacles: titles of its obstacles (OBSTACLE_FOR); cited by them and their OBSTACLE_FOR.
//   - firstParticipation: "1958-06 (UNOGIL)": the earliest start (PartialDate order; ties by
//     deployment ID) among its dated deployments, with the mission's acronym; entity and
//     citations: that deployment.
//   - missionsJoined: the number of distinct missions of its deployments, dated or not, as a
//     decimal string; entities: the missions; cited by the deployments.
//   - peakPersonnel: "12345 (1994-06)": the highest monthly total (graph.PersonnelPoint.Total)
//     of its whole personnel series, the earliest month on a tie; cited by that point; no
//     entities (series points are not nodes). Only the series counts, not deployments'
//     PeakStrength: the two measure different things (all uniformed personnel at a month-end
//     versus one contingent's peak) and mixing them would compare unlike figures.
//
// Store calls: at most 12 + len(countryIDs), so at most 17: Get the countries; Edges
// INSTRUMENT_OF, HOLDS, SAFEGUARD_OF, DEPLOYED_BY, REFORM_OF, PERCEIVES and OBSTACLE_FOR of all
// countries; Edges GROUNDED_IN of all safeguards and PERFORMED of all deployments; one Get of
// every node those name; one Get of the first-participation missions; and one PersonnelSeries
// per country (the store has no batched form).
//
// dims selects the rows, by key, in the order of Dimensions() (nil or empty: every row);
// Invalid for an unknown key.
func Compare(ctx context.Context, s graph.Store, countryIDs []string, dims ...string) (Comparison, error) {
	const op = "analysis.Compare"
	if len(countryIDs) < 1 || len(countryIDs) > MaxCompare {
		return Comparison{}, graph.Errorf(graph.Invalid, op, "compare takes 1 to %d countries, got %d", MaxCompare, len(countryIDs))
	}
	for _, d := range dims {
		if !slices.Contains(Dimensions(), d) {
			return Comparison{}, graph.Errorf(graph.Invalid, op, "unknown dimension %q: the dimensions are %s", d, strings.Join(Dimensions(), ", "))
		}
	}
	ids, err := normalizeCountries(op, countryIDs)
	if err != nil {
		return Comparison{}, err
	}
	for i, id := range ids {
		if j := slices.Index(ids, id); j < i {
			return Comparison{}, graph.Errorf(graph.Invalid, op, "country %q is listed twice (also as %q)", countryIDs[i], countryIDs[j])
		}
	}
	countries, err := loadCountryNodes(ctx, s, op, ids, countryIDs)
	if err != nil {
		return Comparison{}, err
	}

	// Everything the rows need, in a fixed number of batched calls.
	type rel struct {
		t   graph.RelType
		dir graph.Direction
	}
	byCountry := map[graph.RelType]map[string][]graph.Edge{}
	for _, r := range []rel{
		{graph.RelInstrumentOf, graph.In}, {graph.RelHolds, graph.Out}, {graph.RelSafeguardOf, graph.In},
		{graph.RelDeployedBy, graph.In}, {graph.RelReformOf, graph.In}, {graph.RelPerceives, graph.Out},
		{graph.RelObstacleFor, graph.In},
	} {
		if byCountry[r.t], err = edges(ctx, s, op, ids, r.t, r.dir); err != nil {
			return Comparison{}, err
		}
	}
	sgIDs := ends(byCountry[graph.RelSafeguardOf], true)
	depIDs := ends(byCountry[graph.RelDeployedBy], true)
	grounded, err := edges(ctx, s, op, sgIDs, graph.RelGroundedIn, graph.Out)
	if err != nil {
		return Comparison{}, err
	}
	performed, err := edges(ctx, s, op, depIDs, graph.RelPerformed, graph.Out)
	if err != nil {
		return Comparison{}, err
	}
	need := slices.Concat(sgIDs, depIDs, ends(grounded, false), ends(performed, false),
		ends(byCountry[graph.RelInstrumentOf], true), ends(byCountry[graph.RelHolds], false),
		ends(byCountry[graph.RelReformOf], true), ends(byCountry[graph.RelPerceives], false),
		ends(byCountry[graph.RelObstacleFor], true))
	nodes, err := load(ctx, s, op, need)
	if err != nil {
		return Comparison{}, err
	}

	c := &comparer{op: op, nodes: nodes, byCountry: byCountry, grounded: grounded, performed: performed,
		first: map[string]*graph.Deployment{}, countries: countries}
	var firstMissions []string
	for _, id := range ids {
		d, err := c.firstDeployment(id)
		if err != nil {
			return Comparison{}, err
		}
		if d != nil {
			c.first[id] = d
			firstMissions = append(firstMissions, d.MissionID)
		}
	}
	if c.missions, err = load(ctx, s, op, firstMissions); err != nil {
		return Comparison{}, err
	}
	c.series = map[string][]graph.PersonnelPoint{}
	for _, id := range ids {
		ps, err := s.PersonnelSeries(ctx, id, graph.DateRange{})
		if err != nil {
			return Comparison{}, wrap(op, err)
		}
		c.series[id] = ps
	}

	out := Comparison{CountryIDs: ids, Rows: make([]Row, 0, len(dimensions))}
	for _, d := range dimensions {
		if len(dims) > 0 && !slices.Contains(dims, d.key) {
			continue
		}
		row := Row{Dimension: d.key, Description: d.description, Cells: make([]Cell, 0, len(ids))}
		for _, id := range ids {
			var cell cellData
			if err := c.fill(&cell, d.key, id); err != nil {
				return Comparison{}, err
			}
			row.Cells = append(row.Cells, cell.cell(id))
		}
		out.Rows = append(out.Rows, row)
	}
	return out, nil
}

// comparer holds what Compare loaded.
type comparer struct {
	op        string
	nodes     nodeMap
	missions  nodeMap
	byCountry map[graph.RelType]map[string][]graph.Edge // by country ID
	grounded  map[string][]graph.Edge                   // GROUNDED_IN by safeguard
	performed map[string][]graph.Edge                   // PERFORMED by deployment
	first     map[string]*graph.Deployment              // earliest dated deployment by country
	series    map[string][]graph.PersonnelPoint         // by country
	countries nodeMap                                   // the countries compared
}

// cellData accumulates a cell.
type cellData struct {
	values []Value
	nodes  []string
	cites  citeSet
}

// add records a value that is the entity nodeID ("" for none), with its evidence.
func (d *cellData) add(value, nodeID string, cs ...[]graph.Citation) {
	d.addValue(Value{Text: value, NodeID: nodeID}, nodeID, cs...)
}

// addValue records a typed value, with the entity it comes from and its evidence.
func (d *cellData) addValue(v Value, nodeID string, cs ...[]graph.Citation) {
	d.values = append(d.values, v)
	d.evidence(nodeID, cs...)
}

// evidence records an entity ("" for none) and citations behind a value added separately.
func (d *cellData) evidence(nodeID string, cs ...[]graph.Citation) {
	if nodeID != "" {
		d.nodes = append(d.nodes, nodeID)
	}
	for _, c := range cs {
		d.cites.add(c...)
	}
}

func (d *cellData) cell(countryID string) Cell {
	items := slices.Clone(d.values)
	slices.SortStableFunc(items, func(a, b Value) int { return compareText(a.Text, b.Text) })
	items = slices.CompactFunc(items, func(a, b Value) bool { return a.Text == b.Text })
	if len(items) == 0 {
		return Cell{CountryID: countryID, Values: []string{}, Items: []Value{}, NodeIDs: []string{}, Citations: []graph.Citation{}, Empty: true}
	}
	values := make([]string, len(items))
	for i, it := range items {
		values[i] = it.Text
	}
	return Cell{CountryID: countryID, Values: values, Items: items, NodeIDs: append([]string{}, distinct(d.nodes)...),
		Citations: d.cites.sorted()}
}

// deployments returns the country's deployments, by ID.
func (c *comparer) deployments(country string) ([]*graph.Deployment, error) {
	var out []*graph.Deployment
	for _, e := range c.byCountry[graph.RelDeployedBy][country] {
		d, err := node[*graph.Deployment](c.nodes, c.op, e.From)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *graph.Deployment) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// firstDeployment is the country's dated deployment that starts first (ties by ID), or nil.
func (c *comparer) firstDeployment(country string) (*graph.Deployment, error) {
	deps, err := c.deployments(country)
	if err != nil {
		return nil, err
	}
	var first *graph.Deployment
	for _, d := range deps {
		if s := d.Span.KnownStart(); s != nil && (first == nil || s.Compare(*first.Span.KnownStart()) < 0) {
			first = d
		}
	}
	return first, nil
}

// fill computes the cell of dimension dim for country (see Compare for the rules).
func (c *comparer) fill(cell *cellData, dim, country string) error {
	op := c.op
	switch dim {
	case DimConstitutionalBasis:
		for _, e := range c.byCountry[graph.RelInstrumentOf][country] {
			l, err := node[*graph.LegalInstrument](c.nodes, op, e.From)
			if err != nil {
				return err
			}
			if l.InstrumentKind == "CONSTITUTION_PROVISION" {
				cell.add(l.Title, l.ID, l.Citations, e.Citations)
			}
		}
		for _, e := range c.byCountry[graph.RelHolds][country] {
			p, err := node[*graph.Principle](c.nodes, op, e.To)
			if err != nil {
				return err
			}
			if p.Scope == "CONSTITUTIONAL" {
				cell.add(p.Name, p.ID, p.Citations, e.Citations)
			}
		}

	case DimApprovalProcedure, DimSafeguards:
		for _, e := range c.byCountry[graph.RelSafeguardOf][country] {
			sg, err := node[*graph.Safeguard](c.nodes, op, e.From)
			if err != nil {
				return err
			}
			if dim == DimSafeguards {
				cell.add(sg.Title, sg.ID, sg.Citations, e.Citations)
				continue
			}
			if sg.SafeguardKind != "PARLIAMENTARY_APPROVAL" {
				continue
			}
			laws := map[string]graph.Edge{}
			var lawIDs []string
			for _, g := range c.grounded[sg.ID] {
				laws[g.To] = g
				lawIDs = append(lawIDs, g.To)
			}
			lawIDs, err = byStart[*graph.LegalInstrument](c.nodes, op, lawIDs, func(l *graph.LegalInstrument) *graph.PartialDate { return l.Adopted() })
			if err != nil {
				return err
			}
			var titles []string
			for _, id := range lawIDs {
				l := c.nodes[id]
				titles = append(titles, l.Label())
				cell.evidence(id, graph.NodeBase(l).Citations, laws[id].Citations)
			}
			v := sg.Title
			if len(titles) > 0 {
				v += " — grounded in " + strings.Join(titles, "; ")
			}
			cell.add(v, sg.ID, sg.Citations, e.Citations)
		}

	case DimFunctionsPerformed, DimPersonnelTypes, DimMissionsJoined:
		deps, err := c.deployments(country)
		if err != nil {
			return err
		}
		var missions []string
		for _, d := range deps {
			switch dim {
			case DimFunctionsPerformed:
				for _, e := range c.performed[d.ID] {
					f, err := node[*graph.Function](c.nodes, op, e.To)
					if err != nil {
						return err
					}
					cell.add(f.Name, f.ID, e.Citations)
				}
			case DimPersonnelTypes:
				for _, t := range d.Personnel {
					cell.addValue(Value{Text: string(t), Key: string(t)}, d.ID, d.Citations)
				}
			case DimMissionsJoined:
				missions = append(missions, d.MissionID)
				cell.evidence(d.MissionID, d.Citations)
			}
		}
		if len(deps) > 0 && dim == DimMissionsJoined {
			n := len(distinct(missions))
			cell.values = []Value{{Text: strconv.Itoa(n), Number: &n}}
		}

	case DimReformsByKind:
		counts := map[string]int{}
		for _, e := range c.byCountry[graph.RelReformOf][country] {
			r, err := node[*graph.Reform](c.nodes, op, e.From)
			if err != nil {
				return err
			}
			counts[string(r.ReformKind)]++
			cell.evidence(r.ID, r.Citations, e.Citations)
		}
		for k, n := range counts {
			cell.values = append(cell.values, Value{Text: fmt.Sprintf("%s: %d", k, n), Number: &n, Key: k})
		}

	case DimThreatsPerceived:
		for _, e := range c.byCountry[graph.RelPerceives][country] {
			t, err := node[*graph.Threat](c.nodes, op, e.To)
			if err != nil {
				return err
			}
			since := e.Since()
			v := Value{Text: t.Name, NodeID: t.ID, Date: since}
			if since != nil {
				v.Text += " (since " + since.String() + ")"
			}
			cell.addValue(v, t.ID, e.Citations)
		}

	case DimObstacles:
		for _, e := range c.byCountry[graph.RelObstacleFor][country] {
			o, err := node[*graph.Obstacle](c.nodes, op, e.From)
			if err != nil {
				return err
			}
			cell.add(o.Title, o.ID, o.Citations, e.Citations)
		}

	case DimFirstParticipation:
		if d := c.first[country]; d != nil {
			m, err := node[*graph.Mission](c.missions, op, d.MissionID)
			if err != nil {
				return err
			}
			start := d.Span.KnownStart()
			cell.addValue(Value{Text: fmt.Sprintf("%s (%s)", start, m.Acronym), Date: start, NodeID: d.ID}, d.ID, d.Citations)
		}

	case DimPeakPersonnel:
		var peak *graph.PersonnelPoint
		for i, p := range c.series[country] {
			if peak == nil || p.Total() > peak.Total() || (p.Total() == peak.Total() && p.Date.Compare(peak.Date) < 0) {
				peak = &c.series[country][i]
			}
		}
		if peak != nil {
			total, month := peak.Total(), peak.Date
			cell.addValue(Value{Text: fmt.Sprintf("%d (%s)", total, month), Number: &total, Date: &month}, "", peak.Citations)
		}

	case DimPersonnelCoverage:
		ctry, err := node[*graph.Country](c.countries, op, country)
		if err != nil {
			return err
		}
		if cov := ctry.PersonnelCoverage; cov != nil {
			from := cov.From
			cell.addValue(Value{Text: fmt.Sprintf("%s to %s", cov.From, cov.To), Date: &from, Key: "SERIES"}, "", cov.Citations)
			for _, g := range cov.Gaps {
				gf := g.From
				cell.addValue(Value{Text: fmt.Sprintf("no data %s to %s", g.From, g.To), Date: &gf, Key: "GAP"}, "")
			}
			for _, col := range cov.Columns {
				cf := col.From
				cell.addValue(Value{Text: fmt.Sprintf("%s from %s", col.Column, col.From), Date: &cf, Key: col.Column}, "")
			}
		}
	}
	return nil
}
