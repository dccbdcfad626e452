package export

import (
	"context"

	"github.com/peacegraph/peacegraph/graph"
	"github.com/peacegraph/peacegraph/graph/analysis"
	"github.com/peacegraph/peacegraph/server/cite"
)

// The bibliographies (citations.bib, .csl.json, .ris) and the sources tables: which sources a
// filter selects, written by server/cite.

// bibliography is the sources f selects, as cite items, with the number of citations of each:
//   - node: the sources of those nodes and of their relationships (analysis.EvidenceOf), each
//     with the locators it is cited at;
//   - country, from or to: the sources of the entities the citations table selects, of their
//     relationships, and of the personnel series of those countries in that range;
//   - nothing: every source.
func bibliography(ctx context.Context, s graph.Store, f filter) ([]cite.Item, map[string]int, error) {
	var citations []graph.Citation
	sources := map[string]*graph.Source{}
	switch {
	case len(f.nodes) > 0:
		ev, err := analysis.EvidenceOf(ctx, s, f.nodes, true)
		if err != nil {
			return nil, nil, err
		}
		citations, sources = ev.Citations, ev.Sources
	default:
		sel, err := nodesOf(ctx, s, f)
		if err != nil {
			return nil, nil, err
		}
		if ids := nodeIDs(sel); len(ids) > 0 {
			ev, err := analysis.EvidenceOf(ctx, s, ids, true)
			if err != nil {
				return nil, nil, err
			}
			citations, sources = ev.Citations, ev.Sources
		}
		countries, series, r, err := personnel(ctx, s, f)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range countries {
			for _, p := range series[c] {
				citations = append(citations, p.Citations...)
			}
		}
		for id, n := range r {
			if src, ok := n.(*graph.Source); ok {
				sources[id] = src
			}
		}
	}
	counts := map[string]int{}
	for _, c := range citations {
		counts[c.SourceID]++
	}
	items := cite.Items(citations, sources)
	if len(f.nodes) == 0 {
		for i := range items {
			items[i].Locators = nil // locators are for a bibliography of particular nodes
		}
	}
	if len(f.nodes) == 0 && !f.selects() {
		// Every source, cited or not.
		all, err := list[*graph.Source](ctx, s, graph.KindSource, filter{})
		if err != nil {
			return nil, nil, err
		}
		for _, src := range all {
			if counts[src.ID] == 0 {
				items = append(items, cite.Item{Source: src})
			}
		}
		cite.Sort(items)
	}
	return items, counts, nil
}

func sourceRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	items, counts, err := bibliography(ctx, s, f)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, 0, len(items))
	for _, it := range items {
		src := it.Source
		rows = append(rows, []any{src.ID, cite.Key(src), string(src.SourceKind), src.Title, src.DocumentTitle, authorsCell(src),
			src.Publisher, src.Agency, src.Container, intp(src.Year), intp(src.OriginalYear), src.Language, src.URL, counts[src.ID]})
	}
	return rows, nil
}

func sourceAuthorRows(ctx context.Context, s graph.Store, f filter) ([][]any, error) {
	items, _, err := bibliography(ctx, s, f)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for _, it := range items {
		for i, a := range it.Source.Authors {
			n := cite.ParseName(a)
			rows = append(rows, []any{it.Source.ID, i + 1, a, n.Family, n.Given})
		}
	}
	return rows, nil
}

// bibFormats are the bibliography formats of the citations table: media type and writer.
var bibFormats = map[string]struct {
	media string
	write func([]cite.Item) []byte
}{
	"bib":      {"application/x-bibtex; charset=utf-8", cite.BibTeX},
	"csl.json": {"application/vnd.citationstyles.csl+json; charset=utf-8", cite.CSLJSON},
	"ris":      {"application/x-research-info-systems; charset=utf-8", cite.RIS},
}
