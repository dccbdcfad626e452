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
const (
	OrderDefault      OrderField = ""             // DATE for dated kinds, NAME otherwise
	OrderID           OrderField = "ID"           // by ID
	OrderName         OrderField = "NAME"         // by name, title or acronym
	OrderDate         OrderField = "DATE"         // by start, adoption or event date; undated last
	OrderContributors OrderField = "CONTRIBUTORS" // missions: by number of case and partner countries deployed
	OrderDeployments  OrderField = "DEPLOYMENTS"  // missions: by number of deployments
)

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
	Personnel []string
	// Function keeps deployments that performed this function (an ID).
	Function   string
	ChapterVII *bool
	// Active keeps nodes whose span (see Span) overlaps the range: missions and deployments
	// from start to end, instruments at adoption, reforms and events at their date, safeguards
	// from their start on. A missing start or end is open on that side; a node with neither
	// is left out whenever a range is given (see ActiveIn). Ignored for undated kinds.
	Active DateRange

	Order OrderField
	Desc  bool

	First, Last   *int
	After, Before string
}

// ListItem is what a backend knows of a node before loading it: enough to order it.
type ListItem struct {
	ID    string
	Name  string
	Date  *PartialDate
	Count int
}

// Page is one page of a list.
type Page struct {
	Nodes       []Node
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// PageIDs is the slice of IDs that a page holds, before the nodes are loaded.
type PageIDs struct {
	IDs         []string
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// DatedKind reports whether nodes of k have a date to order by.
func DatedKind(k Kind) bool {
	switch k {
	case KindMission, KindDeployment, KindLegalInstrument, KindReform, KindEvent, KindSafeguard:
		return true
	}
	return false
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
		return Errorf(Invalid, op, "unknown order field %q", q.Order)
	}
	if q.First != nil && *q.First < 0 {
		return Errorf(Invalid, op, "first must not be negative")
	}
	if q.Last != nil && *q.Last < 0 {
		return Errorf(Invalid, op, "last must not be negative")
	}
	return q.Active.Validate()
}

// Paginate orders items as q says and cuts the page q asks for, following the Relay cursor
// connection rules. Cursors are opaque, name the order they belong to, and stay valid as long
// as the node they point at exists. Every backend calls it, so ordering and paging are the same
// everywhere.
func Paginate(items []ListItem, q ListQuery) (PageIDs, error) {
	const op = "graph.Paginate"
	order := effectiveOrder(q)
	sorted := slices.Clone(items)
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
		case OrderContributors, OrderDeployments:
			c = cmp.Compare(a.Count, b.Count)
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
	p := PageIDs{Total: len(sorted), HasPrevious: start > 0, HasNext: end < len(sorted)}
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

// Span returns the dates a node is active over, for range filters and timelines: a mission's
// or deployment's start and end, an instrument's adoption, a reform's or event's date, a
// safeguard's start. ok is false for undated kinds.
func Span(n Node) (start, end *PartialDate, ok bool) {
	switch v := n.(type) {
	case *Mission:
		return &v.Start, v.End, true
	case *Deployment:
		return v.Start, v.End, true
	case *LegalInstrument:
		return v.Adopted, v.Adopted, true
	case *Reform:
		return v.Date, v.Date, true
	case *Event:
		return &v.Date, &v.Date, true
	case *Safeguard:
		return v.Since, nil, true
	}
	return nil, nil, false
}

// ItemOf returns the ordering keys of n (Count is left to the backend).
func ItemOf(n Node) ListItem {
	start, _, _ := Span(n)
	return ListItem{ID: n.NodeID(), Name: n.Label(), Date: start}
}

// ActiveIn reports whether n passes the range filter r (see ListQuery.Active).
func ActiveIn(n Node, r DateRange) bool {
	if r.IsZero() {
		return true
	}
	start, end, ok := Span(n)
	if !ok {
		return true
	}
	if start == nil && end == nil {
		return false
	}
	return r.Overlaps(start, end)
}
