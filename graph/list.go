package graph

import (
	"cmp"
	"encoding/base64"
	"slices"
	"strings"
)

// OrderField names what a list is sorted by.
type OrderField string

// The order fields. Every order ends with the ID as tie-break, so it is total and stable.
// Beside these, any sortable field of the kind (fields.go) orders by its name ("peakStrength",
// "deploymentCount"): text case- and accent-insensitively, numbers and counts numerically,
// dates as PartialDate.Compare, false before true; a node without a value comes last in either
// direction, as undated nodes do; an enum in the order it declares its values.
const (
	OrderDefault      OrderField = ""             // DATE for dated kinds, NAME otherwise
	OrderID           OrderField = "ID"           // by ID
	OrderName         OrderField = "NAME"         // by name, title or acronym
	OrderDate         OrderField = "DATE"         // by start, adoption or event date; undated last
	OrderContributors OrderField = "CONTRIBUTORS" // missions: contributorCount
	OrderDeployments  OrderField = "DEPLOYMENTS"  // missions: deploymentCount
)

// legacyCounts are the count orders that predate field orders, and the fields they are.
var legacyCounts = map[OrderField]string{OrderContributors: "contributorCount", OrderDeployments: "deploymentCount"}

// OrderFieldOf is the field q is ordered by, when it is a field order (ok false for the
// default, ID, NAME and DATE orders).
func (q ListQuery) OrderFieldOf() (Field, bool) {
	name := string(q.Order)
	if l, ok := legacyCounts[q.Order]; ok {
		name = l
	}
	switch q.Order {
	case OrderDefault, OrderID, OrderName, OrderDate:
		return Field{}, false
	}
	f, ok := FieldOf(q.Kind, name)
	return f, ok && f.Sortable
}

// Counts lists the count fields a store must compute for q: those its where names and the
// count it is ordered by.
func (q ListQuery) Counts() []string {
	var out []string
	if q.Where != nil {
		out = q.Where.Counts(q.Kind)
	}
	if f, ok := q.OrderFieldOf(); ok && f.Type == FieldCount && !slices.Contains(out, f.Name) {
		out = append(out, f.Name)
	}
	return out
}

// ListQuery selects, orders and pages nodes of one kind. Filters that do not apply to Kind are
// ignored; empty filters select everything.
type ListQuery struct {
	Kind Kind
	// Country: the owning country (deployments, instruments, safeguards, reforms, obstacles,
	// benefits, recommendations, events), the contributor (missions), or the holder
	// (principles). A country ID.
	Country string
	// Mission: a mission ID (deployments).
	Mission  string
	CaseRole string
	// SubKind filters the kind's own enum: MissionKind, InstrumentKind, ReformKind,
	// SafeguardKind, PrincipleScope, ThreatKind or SourceKind.
	SubKind string
	// Personnel keeps deployments with any of these personnel types.
	Personnel []PersonnelType
	// Function keeps deployments that performed this function (an ID).
	Function   string
	ChapterVII *bool
	// Active keeps nodes whose span (Node.TimeSpan) is known to overlap the range: missions and
	// deployments from start to end, safeguards while in force, instruments at adoption,
	// reforms and events at their date. Started keeps those known to have started within its
	// range. A node whose bounds leave the answer open (Maybe, see Span.Overlaps and
	// Span.StartsIn) is left out unless IncludeUncertain, and listed in Page.Uncertain either
	// way. Ignored for undated kinds. See TimeFilter.Match: the one rule.
	Active           DateRange
	Started          DateRange
	IncludeUncertain bool
	// Where filters on the kind's fields (fields.go, where.go); nil: no filter. Its answer
	// joins the time filter's (ListItem.Time): Maybe is left out unless IncludeUncertain, and
	// listed in Page.Uncertain either way.
	Where *Where

	Order OrderField
	Desc  bool

	First, Last   *int
	After, Before string
}

// ListItem is what a backend knows of a node before loading it: enough to order it and to
// apply the time filter.
type ListItem struct {
	ID   string
	Name string
	Date *PartialDate
	// Value is the node's value of the field q is ordered by (OrderFieldOf), nil for none.
	Value any
	// Time is the answer of the query's time filter and where for the node (Yes when it has
	// neither, or the kind is undated).
	Time Truth
}

// Page is one page of a list.
type Page struct {
	Nodes       []Node
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
	// Uncertain lists, by ID, every node of the whole list (all pages) whose time filter
	// answer is Maybe: left out of Nodes and Total unless the query includes them.
	Uncertain []string
}

// PageIDs is the slice of IDs that a page holds, before the nodes are loaded.
type PageIDs struct {
	IDs         []string
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
	Uncertain   []string
}

// DatedKind reports whether nodes of k have a date to order by (their Span).
func DatedKind(k Kind) bool {
	i, ok := InfoOf(k)
	if !ok {
		return false
	}
	_, dated := i.New().TimeSpan()
	return dated
}

func effectiveOrder(q ListQuery) OrderField {
	if q.Order != OrderDefault {
		return q.Order
	}
	if DatedKind(q.Kind) {
		return OrderDate
	}
	return OrderName
}

// ValidateList checks what every backend must reject before running a list query.
func ValidateList(q ListQuery) error {
	const op = "graph.ValidateList"
	if _, ok := InfoOf(q.Kind); !ok {
		return Errorf(Invalid, op, "unknown kind %q", q.Kind)
	}
	switch q.Order {
	case OrderDefault, OrderID, OrderName, OrderDate:
	case OrderContributors, OrderDeployments:
		if q.Kind != KindMission {
			return Errorf(Invalid, op, "order %s applies to missions only", q.Order)
		}
	default:
		if _, ok := q.OrderFieldOf(); !ok {
			return Errorf(Invalid, op, "unknown order field %q for %s", q.Order, strings.ToLower(string(q.Kind)))
		}
	}
	if q.Where != nil {
		if err := q.Where.Validate(q.Kind); err != nil {
			return err
		}
	}
	for name, n := range map[string]*int{"first": q.First, "last": q.Last} {
		if n != nil {
			if err := CheckPageSize(name, *n, 0); err != nil {
				return err
			}
		}
	}
	return q.Time().Validate()
}

// Time is q's time filter.
func (q ListQuery) Time() TimeFilter {
	return TimeFilter{Active: q.Active, Started: q.Started, IncludeUncertain: q.IncludeUncertain}
}

// Paginate orders items as q says and cuts the page q asks for, following the Relay cursor
// connection rules. Cursors are opaque, name the order they belong to, and stay valid as long
// as the node they point at exists. Every backend calls it, so ordering and paging are the same
// everywhere.
//
// Items whose Time is No are dropped; Maybe items are dropped too unless the query includes
// the uncertain, and listed by ID in Uncertain either way.
func Paginate(items []ListItem, q ListQuery) (PageIDs, error) {
	const op = "graph.Paginate"
	order := effectiveOrder(q)
	field, byField := q.OrderFieldOf()
	tf := q.Time()
	var sorted []ListItem
	var uncertain []string
	for _, it := range items {
		if it.Time == Maybe {
			uncertain = append(uncertain, it.ID)
		}
		if tf.Keeps(it.Time) {
			sorted = append(sorted, it)
		}
	}
	slices.Sort(uncertain)
	if uncertain == nil {
		uncertain = []string{}
	}
	if order == OrderName {
		// Fold once per item, not once per comparison: folding normalises Unicode.
		for i := range sorted {
			sorted[i].Name = Fold(sorted[i].Name)
		}
	}
	slices.SortFunc(sorted, func(a, b ListItem) int {
		c := 0
		switch order {
		case OrderName:
			c = cmp.Compare(a.Name, b.Name)
		case OrderDate:
			c = ComparePtr(a.Date, b.Date)
			if c != 0 && (a.Date == nil || b.Date == nil) {
				return c // undated last in either direction
			}
		default:
			if byField {
				c = compareValues(field, a.Value, b.Value)
				if c != 0 && (a.Value == nil || b.Value == nil) {
					return c // no value last in either direction
				}
			}
		}
		if q.Desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		if q.Desc {
			return cmp.Compare(b.ID, a.ID)
		}
		return cmp.Compare(a.ID, b.ID)
	})
	tag := string(order)
	if q.Desc {
		tag += "-DESC"
	}
	start, end := 0, len(sorted)
	find := func(cursor string) (int, error) {
		id, ok := decodeCursor(cursor, tag)
		if !ok {
			return 0, Errorf(Invalid, op, "malformed cursor %q, or a cursor from another order", cursor)
		}
		i := slices.IndexFunc(sorted, func(it ListItem) bool { return it.ID == id })
		if i < 0 {
			return 0, Errorf(Invalid, op, "cursor %q points at an item no longer in this list", cursor)
		}
		return i, nil
	}
	if q.After != "" {
		i, err := find(q.After)
		if err != nil {
			return PageIDs{}, err
		}
		start = i + 1
	}
	if q.Before != "" {
		i, err := find(q.Before)
		if err != nil {
			return PageIDs{}, err
		}
		end = i
	}
	if end < start {
		end = start
	}
	if q.First != nil && end-start > *q.First {
		end = start + *q.First
	}
	if q.Last != nil && end-start > *q.Last {
		start = end - *q.Last
	}
	p := PageIDs{Total: len(sorted), HasPrevious: start > 0, HasNext: end < len(sorted), Uncertain: uncertain}
	for _, it := range sorted[start:end] {
		p.IDs = append(p.IDs, it.ID)
		p.Cursors = append(p.Cursors, encodeCursor(it.ID, tag))
	}
	return p, nil
}

func encodeCursor(id, order string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("v1|" + order + "|" + id))
}

func decodeCursor(c, order string) (string, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", false
	}
	parts := strings.SplitN(string(b), "|", 3)
	if len(parts) != 3 || parts[0] != "v1" || parts[1] != order || parts[2] == "" {
		return "", false
	}
	return parts[2], true
}

// compareValues orders two values of field f; nil after any value. Text is compared folded;
// an enum's values in the order the enum declares them (Confidence: HIGH, MEDIUM, LOW).
func compareValues(f Field, a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	switch x := a.(type) {
	case int:
		return cmp.Compare(x, b.(int))
	case bool:
		y := b.(bool)
		switch {
		case x == y:
			return 0
		case !x:
			return -1
		}
		return 1
	case *PartialDate:
		return x.Compare(*b.(*PartialDate))
	case string:
		switch {
		case f.Type == FieldText:
			return cmp.Or(cmp.Compare(Fold(x), Fold(b.(string))), cmp.Compare(x, b.(string)))
		case f.Enum != "":
			vs := Enums()[f.Enum]
			return cmp.Compare(slices.Index(vs, x), slices.Index(vs, b.(string)))
		}
		return cmp.Compare(x, b.(string))
	}
	return 0
}

// ItemOf returns the ordering keys of n for q and the answer of q's time filter and where for
// it, with the counts the store computed for it (ListQuery.Counts).
func ItemOf(n Node, q ListQuery, counts map[string]int) ListItem {
	s, _ := n.TimeSpan()
	it := ListItem{ID: n.NodeID(), Name: n.Label(), Date: s.KnownStart(), Time: q.Truth(n, counts)}
	if f, ok := q.OrderFieldOf(); ok {
		switch v := f.Value(n).(type) {
		case DateValue:
			if v.Known != nil {
				it.Value = v.Known // a date the sources do not give orders last, as no value
			}
		default:
			it.Value = v
		}
		if f.Type == FieldCount {
			it.Value = counts[f.Name]
		}
	}
	return it
}

// TimeOf is f's answer for n: Yes for an undated kind or an empty filter, else f.Match on the
// node's span (see ListQuery.Active).
func TimeOf(n Node, f TimeFilter) Truth {
	s, ok := n.TimeSpan()
	if !ok || f.IsZero() {
		return Yes
	}
	return f.Match(s.Interval())
}

// OrdinalOrder puts nodes that have an Ordinal first, by series then position, in the order a
// reader of the sources expects (Japan's Five Principles 1 to 5), and keeps the others after
// them in the order they came: the order of every plain list of related nodes, since most of
// them are ordered by ID, which would put principle 4 before principle 1.
func OrdinalOrder[T Node](ns []T) {
	slices.SortStableFunc(ns, func(a, b T) int {
		oa, ob := a.base().Ordinal, b.base().Ordinal
		switch {
		case oa == nil && ob == nil:
			return 0
		case oa == nil:
			return 1
		case ob == nil:
			return -1
		}
		return cmp.Or(cmp.Compare(oa.Series, ob.Series), cmp.Compare(oa.Position, ob.Position))
	})
}

// DefaultPageSize is a connection's page when it asks for neither first nor last.
const DefaultPageSize = 100

// CheckPageSize is the one rule for first and last: never negative, and at most max when max
// is positive (the server's PEACEGRAPH_MAX_FIRST; a store sets none).
func CheckPageSize(name string, n, max int) error {
	const op = "graph.CheckPageSize"
	if n < 0 {
		return Errorf(Invalid, op, "%s must not be negative", name)
	}
	if max > 0 && n > max {
		return Errorf(Invalid, op, "%s must be at most %d (got %d); page through the list with after/before", name, max, n)
	}
	return nil
}

// WithPage sets a connection's paging arguments on q: a Relay connection that asks for
// neither first nor last gets the first DefaultPageSize.
func (q ListQuery) WithPage(first *int, after *string, last *int, before *string) ListQuery {
	q.First, q.Last = first, last
	if first == nil && last == nil {
		n := DefaultPageSize
		q.First = &n
	}
	if after != nil {
		q.After = *after
	}
	if before != nil {
		q.Before = *before
	}
	return q
}

// Within fixes q's relationship filter f to id, for a connection nested under that node (a
// country's or a mission's deployments). A filter of the query that names another node selects
// nothing: ok is false.
func (q ListQuery) Within(f Filter, id string) (ListQuery, bool) {
	cur := q.filter(f)
	if *cur != "" && *cur != id {
		return q, false
	}
	*cur = id
	return q, true
}

func (q *ListQuery) filter(f Filter) *string {
	switch f {
	case ByCountry:
		return &q.Country
	case ByMission:
		return &q.Mission
	}
	return &q.Function
}

// Filters returns q's relationship filters that apply to its kind, with their paths (see
// KindInfo.Paths): what a store must check by following relationships.
func (q ListQuery) Filters() map[Filter]string {
	info, _ := InfoOf(q.Kind)
	out := map[Filter]string{}
	for f := range info.Paths {
		if v := *q.filter(f); v != "" {
			out[f] = v
		}
	}
	return out
}

// Truth is q's answer for n on its time filter and its where, given the counts the store
// computed for n (Counts): the one evaluation of a where, which both stores call (through
// ItemOf). Yes is kept; Maybe kept only with IncludeUncertain and reported apart (Paginate).
func (q ListQuery) Truth(n Node, counts map[string]int) Truth {
	t := TimeOf(n, q.Time())
	if q.Where != nil {
		t = t.And(q.Where.Eval(n, counts))
	}
	return t
}

// MatchFields reports whether n passes q's filters on the node's own fields: case role,
// sub-kind, Chapter VII and personnel. The time filter is applied when the page is cut
// (Paginate, from ListItem.Time), so that the uncertain are reported; the relationship filters
// (Filters) are the store's, which follows KindInfo.Paths.
func (q ListQuery) MatchFields(n Node) bool {
	if info, _ := InfoOf(n.NodeKind()); q.SubKind != "" && info.SubKind != "" && n.SubKind() != q.SubKind {
		return false
	}
	switch v := n.(type) {
	case *Country:
		return q.CaseRole == "" || string(v.CaseRole) == q.CaseRole
	case *Mission:
		return q.ChapterVII == nil || (v.ChapterVII != nil && *v.ChapterVII == *q.ChapterVII)
	case *Deployment:
		return len(q.Personnel) == 0 || slices.ContainsFunc(v.Personnel, func(p PersonnelType) bool { return slices.Contains(q.Personnel, p) })
	}
	return true
}

// CountsFunc gives the values of a node's count fields that a query needs (ListQuery.Counts),
// by field name; nil when it needs none.
type CountsFunc func(Node) map[string]int

// PageOf orders and cuts the page q asks for out of nodes that passed its filters, with
// Paginate's rules; counts gives the count fields q orders by. Both stores' List and the
// nested connections build their pages with it.
func PageOf(nodes []Node, q ListQuery, counts CountsFunc) (Page, error) {
	items := make([]ListItem, len(nodes))
	byID := make(map[string]Node, len(nodes))
	for i, n := range nodes {
		var c map[string]int
		if counts != nil {
			c = counts(n)
		}
		items[i] = ItemOf(n, q, c)
		byID[n.NodeID()] = n
	}
	ids, err := Paginate(items, q)
	if err != nil {
		return Page{}, err
	}
	p := Page{Cursors: ids.Cursors, Total: ids.Total, HasNext: ids.HasNext, HasPrevious: ids.HasPrevious, Uncertain: ids.Uncertain}
	for _, id := range ids.IDs {
		p.Nodes = append(p.Nodes, byID[id])
	}
	return p, nil
}

// ListNodes is Store.List over nodes of q.Kind that already passed q's relationship filters:
// it checks q (ValidateList), keeps the nodes that pass MatchFields and cuts the page with
// PageOf, which applies the time filter and the where (ListQuery.Truth).
// Both stores and the nested connections (a country's deployments, loaded through the
// relationship) answer with it; counts gives the count fields q needs (nil when it needs
// none: ListQuery.Counts).
func ListNodes[T Node](nodes []T, q ListQuery, counts CountsFunc) (Page, error) {
	if err := ValidateList(q); err != nil {
		return Page{}, err
	}
	if counts == nil && len(q.Counts()) > 0 {
		return Page{}, Errorf(Internal, "graph.ListNodes", "the query needs counts %v that nobody computed", q.Counts())
	}
	kept := make([]Node, 0, len(nodes))
	for _, n := range nodes {
		if q.MatchFields(n) {
			kept = append(kept, n)
		}
	}
	return PageOf(kept, q, counts)
}

// Select is ListNodes without paging: every node that passes q's field filters, in q's order.
// For the plain list fields of related nodes (a country's reforms by date, its events in a
// range).
func Select[T Node](nodes []T, q ListQuery) ([]T, error) {
	q.First, q.Last, q.After, q.Before = nil, nil, "", ""
	p, err := ListNodes(nodes, q, nil)
	if err != nil {
		return nil, err
	}
	out := make([]T, len(p.Nodes))
	for i, n := range p.Nodes {
		out[i] = n.(T)
	}
	return out, nil
}
