package graph

import (
	"cmp"
	"math"
	"slices"
)

// Path rules, the same on every backend. evidencePath explains how two entities are connected,
// so it prefers the path a reader can follow and check over the merely short one:
//
//  1. A hop over a relationship with evidence of its own costs 1; one that rests on the
//     evidence of the record that states it (Edge.Inherited) costs 2; one whose evidence is weak
//     (LOW confidence, or a basis other than STATED: WeakEvidence) 1 more.
//  2. Passing through a node costs log2 of its degree (its number of domain relationships):
//     a path through a node with many links says little about any one of them. Passing through
//     a node of a kind that classifies others (a country, a threat, a function: KindInfo.Hub)
//     costs HubCost more: "Mexico perceives terrorism, which Japan perceives" only says that
//     both ends share it. The two ends cost nothing.
//  3. The path of least cost within maxHops hops wins; among equal costs the one with fewer
//     hops, then the smallest by PathLess. Hops are considered in one order (PathHop.compare),
//     so the winner does not depend on the order a backend lists relationships in.
//
// A backend builds a PathGraph (memory: of the whole graph; Neo4j: of the nodes within
// PathRadius hops of either end, which holds every path of at most maxHops hops) and calls
// BestPath. Each step of the answer names its relationship by EdgeKey, so that the backend can
// attach the relationship's evidence (PathStep.Edge).

// HubCost is what passing through a node of a classifying kind adds (rule 2).
const HubCost = 10

// PathHop is a relationship a path may take from a node: to NodeID over Rel; Forward when the
// relationship runs from the node to NodeID. Key is its EdgeKey.
type PathHop struct {
	NodeID    string
	Rel       RelType
	Forward   bool
	Inherited bool
	Weak      bool // WeakEvidence of the relationship
	Key       string
}

func (h PathHop) compare(o PathHop) int {
	fwd := func(b bool) int {
		if b {
			return 0
		}
		return 1
	}
	return cmp.Or(cmp.Compare(h.NodeID, o.NodeID), cmp.Compare(h.Rel, o.Rel), cmp.Compare(fwd(h.Forward), fwd(o.Forward)), cmp.Compare(h.Key, o.Key))
}

// PathGraph is what BestPath needs of the graph: the hops from each node, and the degree of
// each node a path may pass through.
type PathGraph struct {
	Hops   map[string][]PathHop
	Degree map[string]int
	cost   map[string]float64 // NodeCost of each node of Degree, filled by Sort
}

// NewPathGraph returns an empty PathGraph.
func NewPathGraph() PathGraph {
	return PathGraph{Hops: map[string][]PathHop{}, Degree: map[string]int{}, cost: map[string]float64{}}
}

// Add adds e as a hop from each of its ends and counts it in their degrees: for a backend that
// holds every relationship (the memory store).
func (g PathGraph) Add(e Edge) {
	k, w := EdgeKey(e), WeakEvidence(e.Confidence, e.Basis)
	g.Hops[e.From] = append(g.Hops[e.From], PathHop{NodeID: e.To, Rel: e.Type, Forward: true, Inherited: e.Inherited, Weak: w, Key: k})
	g.Hops[e.To] = append(g.Hops[e.To], PathHop{NodeID: e.From, Rel: e.Type, Forward: false, Inherited: e.Inherited, Weak: w, Key: k})
	g.Degree[e.From]++
	g.Degree[e.To]++
}

// EdgeKey identifies a relationship: the dataset's own uniqueness rule (the seed refuses a
// second statement of the same type, ends and mechanism).
func EdgeKey(e Edge) string {
	return string(e.Type) + "|" + e.From + "|" + e.To + "|" + string(e.Mechanism)
}

// WeakEvidence reports whether a relationship's evidence is weak for rule 1: LOW confidence,
// or a basis other than STATED (the attachment is the dataset's, or only the study's abstract
// supports it).
func WeakEvidence(c Confidence, b EvidenceBasis) bool {
	return c == Low || (b != "" && b != Stated)
}

// HopCost is rule 1.
func HopCost(h PathHop) float64 {
	c := 1.0
	if h.Inherited {
		c++
	}
	if h.Weak {
		c++
	}
	return c
}

// NodeCost is rule 2 for a node passed through, of the given degree.
func NodeCost(id string, degree int) float64 {
	c := 0.0
	if degree > 1 {
		c = math.Log2(float64(degree))
	}
	if k, ok := KindOfID(id); ok {
		if i, _ := InfoOf(k); i.Hub {
			c += HubCost
		}
	}
	return c
}

// PathCost is the cost of a path by rules 1 and 2, for the degrees given.
func PathCost(p []PathStep, degree func(id string) int) float64 {
	c := 0.0
	for i := 1; i < len(p); i++ {
		c += HopCost(PathHop{Inherited: p[i].Inherited, Weak: p[i].Weak})
		if i < len(p)-1 {
			c += NodeCost(p[i].NodeID, degree(p[i].NodeID))
		}
	}
	return c
}

// PathRadius is how far from each end a backend must read the graph so that every path of at
// most maxHops hops lies in what it read: every node of such a path is within maxHops/2
// (rounded up) of one end, and each of its relationships is found by expanding a node nearer
// than that to one end.
func PathRadius(maxHops int) int { return (maxHops + 1) / 2 }

// ValidatePath checks evidencePath's bound.
func ValidatePath(op string, maxHops int) error {
	if maxHops < 1 || maxHops > MaxPathHops {
		return Errorf(Invalid, op, "maxHops must be between 1 and %d", MaxPathHops)
	}
	return nil
}

// Sort puts every node's hops in the one order BestPath considers them in (rule 3); a backend
// calls it once the graph is built.
func (g PathGraph) Sort() {
	for _, hs := range g.Hops {
		slices.SortFunc(hs, PathHop.compare)
	}
	for id, d := range g.Degree {
		g.cost[id] = NodeCost(id, d)
	}
}

// pathState is the best walk found to a node at some number of hops: its cost (the node's own
// cost not yet added) and the step that reached it, linked back to the start.
type pathState struct {
	cost float64
	step PathStep
	prev *pathState
	hops int
}

func (s *pathState) path() []PathStep {
	out := make([]PathStep, s.hops+1)
	for i, st := s.hops, s; st != nil; i, st = i-1, st.prev {
		out[i] = st.step
	}
	return out
}

// better reports whether a comes before b among walks of the same number of hops (rule 3); the
// steps are compared only when the costs tie.
func (a *pathState) better(b *pathState) bool {
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	return PathLess(a.path(), b.path())
}

// BestPath returns the path from from to to of least cost within maxHops hops (rule 3), with
// each step's EdgeKey in Key; an empty path when there is none. from == to is the node alone.
// g's hops must be sorted (PathGraph.Sort).
func BestPath(g PathGraph, from, to string, maxHops int) []PathStep {
	if from == to {
		return []PathStep{{NodeID: from}}
	}
	level := map[string]*pathState{from: {step: PathStep{NodeID: from}}}
	var best *pathState
	for depth := 1; depth <= maxHops && len(level) > 0; depth++ {
		next := make(map[string]*pathState, len(level))
		for id, cur := range level {
			base := cur.cost
			if id != from {
				c, ok := g.cost[id]
				if !ok {
					c = NodeCost(id, g.Degree[id])
				}
				base += c
			}
			for _, h := range g.Hops[id] {
				c := base + HopCost(h)
				prev, ok := next[h.NodeID]
				if ok && c > prev.cost {
					continue // the common case: no walk to build
				}
				st := &pathState{cost: c, prev: cur, hops: depth,
					step: PathStep{NodeID: h.NodeID, Relationship: h.Rel, Forward: h.Forward, Inherited: h.Inherited, Weak: h.Weak, Key: h.Key}}
				if !ok || st.better(prev) {
					next[h.NodeID] = st
				}
			}
		}
		if st, ok := next[to]; ok && (best == nil || st.cost < best.cost) {
			best = st // a cheaper path with more hops replaces it; an equal one does not
		}
		delete(next, to) // a path goes on from its end no further
		level = next
	}
	if best == nil {
		return []PathStep{}
	}
	return best.path()
}

// PathLess reports whether path a sorts before b: by node IDs step by step, then by the
// relationship types. BestPath uses it to pick one of several equally good paths.
func PathLess(a, b []PathStep) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].NodeID != b[i].NodeID {
			return a[i].NodeID < b[i].NodeID
		}
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].Relationship != b[i].Relationship {
			return a[i].Relationship < b[i].Relationship
		}
		if a[i].Forward != b[i].Forward {
			return a[i].Forward
		}
	}
	return len(a) < len(b)
}
