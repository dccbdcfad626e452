package neo4j

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/peacegraph/peacegraph/graph"
)

// This file turns domain values into Neo4j property maps (see the storage model in doc.go) and
// back. Properties are never null: absent values are left out of the map, so that a map
// compares equal to the stored properties(n) and an unchanged entity is not rewritten.

// props is a property map under construction.
type props map[string]any

func (p props) str(k, v string) {
	if v != "" {
		p[k] = v
	}
}

func (p props) date(k string, d *graph.PartialDate) {
	if d != nil && !d.IsZero() {
		p[k] = d.String()
	}
}

func (p props) list(k string, v []string) {
	if len(v) > 0 {
		p[k] = slices.Clone(v)
	}
}

func (p props) intp(k string, v *int) {
	if v != nil {
		p[k] = int64(*v)
	}
}

// nodeProps is every property of the Neo4j node that stores n. The kind's own fields come
// from its JSON document, the same for every kind (fieldProps); what the queries need on top is
// derived from the kind's methods in graph: the label, the sub-kind, the lookup key, the span
// and the search text.
func nodeProps(n graph.Node) (props, error) {
	doc, err := json.Marshal(n)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", n.NodeID(), err)
	}
	p, err := fieldProps(doc)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", n.NodeID(), err)
	}
	b := graph.NodeBase(n)
	p["kind"] = string(n.NodeKind())
	p["doc"] = string(doc)
	p["sortName"] = graph.Fold(n.Label())
	p["searchText"] = graph.SearchText(n)
	p.str("label", n.Label())
	p.str("subKind", n.SubKind())
	if k := n.LookupKey(); k != "" {
		p["lookupKey"] = strings.ToLower(k)
	}
	if len(b.Disputes) > 0 {
		fields := make([]string, len(b.Disputes))
		for i, d := range b.Disputes {
			fields[i] = d.Field
		}
		p["disputed"] = fields
	}
	knownDates(p, n)
	if sp, ok := n.TimeSpan(); ok {
		p.date("sortDate", sp.KnownStart())
		iv := sp.Interval()
		p.str("spanStartLo", iv.StartLo)
		p.str("spanStartHi", iv.StartHi)
		p.str("spanEndLo", iv.EndLo)
		p.str("spanEndHi", iv.EndHi)
		p["spanStartKnown"] = iv.StartKnown
		p["spanEndKnown"] = iv.EndKnown
	}
	return p, nil
}

// knownDates keeps, beside the span objects that stay in doc, the known dates as plain
// properties under the names Cypher users (and the side-by-side benchmark's peer) read: a
// mission's or deployment's start and end (with their statuses), an instrument's adoption and
// entry into force, a safeguard's start. A date that is not known is an absent property.
func knownDates(p props, n graph.Node) {
	span := func(s graph.Span) {
		p.date("start", s.KnownStart())
		p.date("end", s.KnownEnd())
		p.str("startStatus", string(s.Start.Status))
		p.str("endStatus", string(s.End.Status))
	}
	switch v := n.(type) {
	case *graph.Mission:
		span(v.Span)
	case *graph.Deployment:
		span(v.Span)
	case *graph.LegalInstrument:
		p.date("adopted", v.Adopted())
		p.date("inForce", v.InForce.KnownStart())
	case *graph.Safeguard:
		p.date("since", v.Since())
	}
}

// spanInterval reads back the span interval nodeProps stored (graph.Interval), from the list
// query's columns.
func spanInterval(cols []any) graph.Interval {
	s := func(i int) string { v, _ := cols[i].(string); return v }
	b := func(i int) bool { v, _ := cols[i].(bool); return v }
	return graph.Interval{StartLo: s(0), StartHi: s(1), EndLo: s(2), EndHi: s(3), StartKnown: b(4), EndKnown: b(5)}
}

// propName renames the JSON fields whose names the storage model gives otherwise: references
// to other nodes end in Id, and a kind's enum is stored as subKind (above), since kind is the
// node's EntityKind.
var propName = map[string]string{"country": "countryId", "mission": "missionId", "kind": "", "scope": ""}

// fieldProps turns a node's JSON document into properties: every scalar field and every list of
// scalars, under its JSON name (see propName). Objects (names, citations, disputes) stay in the
// document only; empty values are left out.
func fieldProps(doc []byte) (props, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var fields map[string]any
	if err := dec.Decode(&fields); err != nil {
		return nil, err
	}
	p := props{}
	for k, v := range fields {
		if to, ok := propName[k]; ok {
			if k = to; k == "" {
				continue
			}
		}
		switch v := v.(type) {
		case string:
			p.str(k, v)
		case bool:
			p[k] = v
		case json.Number:
			n, err := v.Int64()
			if err != nil {
				return nil, fmt.Errorf("field %s: %v is not a whole number", k, v)
			}
			p[k] = n
		case []any:
			var list []string
			for _, e := range v {
				if s, ok := e.(string); ok {
					list = append(list, s)
				}
			}
			if len(list) == len(v) {
				p.list(k, list)
			}
		}
	}
	return p, nil
}

// decodeNode turns a stored (kind, doc) pair back into the typed node.
func decodeNode(kind, doc string) (graph.Node, error) {
	n := graph.NewNode(graph.Kind(kind))
	if n == nil {
		return nil, fmt.Errorf("stored node has unknown kind %q", kind)
	}
	if err := json.Unmarshal([]byte(doc), n); err != nil {
		return nil, fmt.Errorf("decoding stored %s node: %w", kind, err)
	}
	return n, nil
}

// maxCachedDocs bounds docCache: a few times the dataset's nodes, so that the documents of a
// replaced load age out with the whole cache rather than accumulate.
const maxCachedDocs = 20000

// docCache keeps decoded nodes by their stored document. Decoding the JSON was most of the
// Go CPU of a read, and of a search, which ranks every candidate in Go. The document is the
// node's whole content, so a node changed by a reload is a new key and a hit is always the
// value Neo4j holds now; nodes are read-only once built (the memory store shares its own the
// same way), so one decoded value serves every request.
type docCache struct {
	mu sync.RWMutex
	m  map[string]*decoded
}

// decoded is a node and, computed on first use, its search document.
type decoded struct {
	node   graph.Node
	once   sync.Once
	search graph.SearchDoc
}

func (d *decoded) searchDoc() *graph.SearchDoc {
	d.once.Do(func() { d.search = graph.NewSearchDoc(d.node) })
	return &d.search
}

// get keys by the document alone (a node's ID, inside it, is unique across kinds), so a
// lookup allocates nothing; a hit of another kind is decoded anew.
func (c *docCache) get(kind, doc string) (*decoded, error) {
	key := doc
	c.mu.RLock()
	d := c.m[key]
	c.mu.RUnlock()
	if d != nil && string(d.node.NodeKind()) == kind {
		return d, nil
	}
	n, err := decodeNode(kind, doc)
	if err != nil {
		return nil, err
	}
	d = &decoded{node: n}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCachedDocs {
		c.m = make(map[string]*decoded)
	}
	if prev := c.m[key]; prev != nil && prev.node.NodeKind() == d.node.NodeKind() {
		d = prev // decoded at the same time by another request: keep one
	} else {
		c.m[key] = d
	}
	c.mu.Unlock()
	return d, nil
}

// node decodes a stored node through the store's cache.
func (s *Store) node(kind, doc string) (graph.Node, error) {
	d, err := s.docs.get(kind, doc)
	if err != nil {
		return nil, err
	}
	return d.node, nil
}

// edgeKey identifies a relationship across loads (graph.EdgeKey: the dataset's own uniqueness
// rule); EvidencePath names the relationships of a path by it.
func edgeKey(e graph.Edge) string { return graph.EdgeKey(e) }

// edgeProps is every property of the Neo4j relationship that stores e.
func edgeProps(e graph.Edge) (props, error) {
	doc, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encoding relationship %s: %w", edgeKey(e), err)
	}
	p := props{"key": edgeKey(e), "doc": string(doc)}
	p.str("mechanism", string(e.Mechanism))
	p.str("explanation", e.Explanation)
	p.date("since", e.Since())
	p.str("note", e.Note)
	p.str("confidence", string(e.Confidence))
	p.str("basis", string(e.Basis))
	if e.Inherited {
		p["inherited"] = true
	}
	p.list("sources", citedSources(e.Citations))
	return p, nil
}

func citedSources(cs []graph.Citation) []string {
	var out []string
	for _, c := range cs {
		if !slices.Contains(out, c.SourceID) {
			out = append(out, c.SourceID)
		}
	}
	slices.Sort(out)
	return out
}

func decodeEdge(doc string) (graph.Edge, error) {
	var e graph.Edge
	if err := json.Unmarshal([]byte(doc), &e); err != nil {
		return graph.Edge{}, fmt.Errorf("decoding stored relationship: %w", err)
	}
	return e, nil
}

// pointKey identifies a personnel point: one per country and date.
func pointKey(countryID string, d graph.PartialDate) string { return countryID + "|" + d.String() }

// pointProps is every property of the (:PersonnelPoint) node that stores p.
func pointProps(countryID string, pt graph.PersonnelPoint) (props, error) {
	doc, err := json.Marshal(pt)
	if err != nil {
		return nil, fmt.Errorf("encoding personnel point %s: %w", pointKey(countryID, pt.Date), err)
	}
	p := props{
		"key":       pointKey(countryID, pt.Date),
		"countryId": countryID,
		"date":      pt.Date.String(),
		"dateFirst": pt.Date.First(),
		"dateLast":  pt.Date.Last(),
		"total":     int64(pt.Total()),
		"doc":       string(doc),
	}
	p.intp("troops", pt.Troops)
	p.intp("police", pt.Police)
	p.intp("experts", pt.Experts)
	p.str("confidence", string(pt.Confidence))
	p.list("sources", citedSources(pt.Citations))
	return p, nil
}

func decodePoint(doc string) (graph.PersonnelPoint, error) {
	var p graph.PersonnelPoint
	if err := json.Unmarshal([]byte(doc), &p); err != nil {
		return graph.PersonnelPoint{}, fmt.Errorf("decoding stored personnel point: %w", err)
	}
	return p, nil
}

// citeRows are the (:Entity)-[:CITES]->(:Source) relationships of a node: its own citations,
// in order (ord), with locator and note always present (empty strings), so that the stored set
// compares equal to the wanted one.
func citeRows(n graph.Node) []map[string]any {
	cs := graph.NodeBase(n).Citations
	out := make([]map[string]any, 0, len(cs))
	for i, c := range cs {
		out = append(out, map[string]any{"source": c.SourceID, "locator": c.Locator, "note": c.Note, "ord": int64(i)})
	}
	return out
}

// Labels and relationship types are the only names spliced into Cypher text. They come from the
// constant tables graph.Kinds and graph.Relations (never from input); this check makes sure a
// future entry cannot smuggle anything else in.
var cypherName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

func mustName(s string) string {
	if !cypherName.MatchString(s) {
		panic(fmt.Sprintf("neo4j: %q is not a plain label or relationship type name", s))
	}
	return s
}

// domainTypes is every relationship type of graph.Relations, as a Cypher type expression
// "A|B|C" for patterns and as a list parameter.
func domainTypes() (expr string, list []string) {
	for _, r := range graph.Relations {
		list = append(list, mustName(string(r.Type)))
	}
	return strings.Join(list, "|"), list
}
