package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// graph.graphml: the nodes and relationships tables as one GraphML 1.0 document
// (http://graphml.graphdrawing.org/), which Gephi, Cytoscape, yEd, NetworkX and igraph read.
// Every column of the two tables is a <key> of its own, typed (string, int, boolean), with the
// same name; a date's four columns are four keys; a list is one space-separated string. The
// graph is directed (relationships have a From and a To end); a relationship's id is its key
// in the relationships table.

// graphMLType maps a column type to a GraphML attr.type.
func graphMLType(t string) string {
	switch t {
	case TypeInteger:
		return "int"
	case TypeBoolean:
		return "boolean"
	}
	return "string"
}

func renderGraphML(ctx context.Context, s graph.Store, f filter) ([]byte, error) {
	g, err := loadSubgraph(ctx, s, f)
	if err != nil {
		return nil, err
	}
	nodesT, edgesT := tableNamed("nodes"), tableNamed("relationships")
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	keys := func(domain, prefix string, t *Table) {
		for _, c := range t.Columns {
			fmt.Fprintf(&b, `  <key id="%s%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", prefix, c.Name, domain, c.Name, graphMLType(c.Type))
		}
	}
	keys("node", "n_", nodesT)
	keys("edge", "e_", edgesT)
	b.WriteString(`  <graph id="peacegraph" edgedefault="directed">` + "\n")
	data := func(indent, prefix string, t *Table, row []any) {
		for i, v := range expand(t, row) {
			text, ok := graphMLValue(v)
			if !ok {
				continue // unknown: no data element
			}
			fmt.Fprintf(&b, `%s<data key="%s%s">`, indent, prefix, t.Columns[i].Name)
			_ = xml.EscapeText(&b, []byte(text)) // writes to a buffer cannot fail
			b.WriteString("</data>\n")
		}
	}
	for _, n := range g.nodes {
		fmt.Fprintf(&b, `    <node id="%s">`+"\n", attr(n.NodeID()))
		data("      ", "n_", nodesT, g.nodeCells(n))
		b.WriteString("    </node>\n")
	}
	for _, e := range g.edges {
		fmt.Fprintf(&b, `    <edge id="%s" source="%s" target="%s">`+"\n", attr(graph.EdgeKey(e)), attr(e.From), attr(e.To))
		data("      ", "e_", edgesT, g.refs.relationshipCells(e))
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.Bytes(), nil
}

// graphMLValue is a cell as GraphML data text; ok is false for an unknown (empty) cell.
func graphMLValue(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", false
	case string:
		return v, v != ""
	case int:
		return strconv.Itoa(v), true
	case bool:
		return strconv.FormatBool(v), true
	case []string:
		return strings.Join(v, " "), len(v) > 0
	case urls:
		return strings.Join(v.csv(), " "), len(v) > 0
	}
	return fmt.Sprint(v), true
}

func attr(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
