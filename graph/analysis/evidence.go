package analysis

import (
	"context"

	"github.com/peacegraph/peacegraph/graph"
)

// Evidence is the evidence behind a set of nodes: what a bibliography of an answer lists.
type Evidence struct {
	// Nodes are the nodes asked for, in the order asked, each once.
	Nodes []graph.Node
	// Edges are the relationships with one of them at either end, each once, by node in the
	// order asked, then as graph.SortEdges orders one node's (empty without relationships).
	Edges []graph.Edge
	// Citations are every citation of the nodes (in node order), then of the edges (in edge
	// order): a source cited twice is listed twice, with each locator.
	Citations []graph.Citation
	// Sources are the cited sources by ID, loaded in one Get.
	Sources map[string]*graph.Source
}

// EvidenceOf gathers the evidence of the nodes ids: their own citations and, when
// relationships is true, those of every relationship of any type with one of them at either
// end. NotFound for an ID the graph does not have; Invalid for none. A source's evidence is
// itself: a source node contributes itself.
//
// Store calls: one Get of the nodes, one Relationships with relationships, one Get of the
// cited sources.
func EvidenceOf(ctx context.Context, s graph.Store, ids []string, relationships bool) (Evidence, error) {
	const op = "analysis.Evidence"
	ids = distinctInOrder(ids)
	if len(ids) == 0 {
		return Evidence{}, graph.Errorf(graph.Invalid, op, "no node ID given")
	}
	nodes, err := s.Get(ctx, ids)
	if err != nil {
		return Evidence{}, wrap(op, err)
	}
	ev := Evidence{Sources: map[string]*graph.Source{}}
	for i, n := range nodes {
		if n == nil {
			return Evidence{}, graph.Errorf(graph.NotFound, op, "no node %q", ids[i])
		}
		ev.Nodes = append(ev.Nodes, n)
		if src, ok := n.(*graph.Source); ok {
			ev.Citations = append(ev.Citations, graph.Citation{SourceID: src.ID})
			continue
		}
		ev.Citations = append(ev.Citations, graph.NodeBase(n).Citations...)
	}
	if relationships {
		m, err := s.Relationships(ctx, ids, nil, graph.Both)
		if err != nil {
			return Evidence{}, wrap(op, err)
		}
		seen := map[string]bool{}
		for _, id := range ids {
			for _, e := range m[id] {
				if k := graph.EdgeKey(e); !seen[k] {
					seen[k] = true
					ev.Edges = append(ev.Edges, e)
					ev.Citations = append(ev.Citations, e.Citations...)
				}
			}
		}
	}
	var srcIDs []string
	for _, c := range ev.Citations {
		srcIDs = append(srcIDs, c.SourceID)
	}
	loaded, err := load(ctx, s, op, srcIDs)
	if err != nil {
		return Evidence{}, err
	}
	for id, n := range loaded {
		if src, ok := n.(*graph.Source); ok {
			ev.Sources[id] = src
		}
	}
	return ev, nil
}

func distinctInOrder(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
