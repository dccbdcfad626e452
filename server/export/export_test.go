package export

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the tables in doc.go from Tables")

// docTables renders Tables as the README-ready Markdown that doc.go carries.
func docTables() string {
	var b strings.Builder
	for _, t := range Tables {
		fmt.Fprintf(&b, "// ## %s\n//\n// %s Rows by %s. `%s`, `%s`.\n//\n", t.Name, t.Description, t.Order, t.CSV, t.JSON)
		b.WriteString("//\t| Column | Type | Meaning |\n//\t|---|---|---|\n")
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "//\t| %s | %s | %s |\n", c.Name, c.Type, c.Description)
		}
		b.WriteString("//\n")
	}
	return b.String()
}

const (
	begin = "// BEGIN TABLES (generated from Tables: go test ./server/export -update)\n//\n"
	end   = "// END TABLES\n"
)

// TestDocTables: the column tables in doc.go are the ones /export serves.
func TestDocTables(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("doc.go has no %q ... %q block", begin, end)
	}
	want := s[:i+len(begin)] + docTables() + s[j:]
	if *update {
		if err := os.WriteFile("doc.go", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if s != want {
		t.Error("doc.go's tables differ from Tables: run go test ./server/export -update")
	}
}
