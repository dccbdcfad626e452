package cite

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/graph"
)

func ptr[T any](v T) *T { return &v }

func TestParseName(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"L. Micha", Name{Family: "Micha", Given: "L."}},
		{"J. M. Ugarte", Name{Family: "Ugarte", Given: "J. M."}},
		{"C. Prati Rousselet", Name{Family: "Prati Rousselet", Given: "C."}},
		{"Raimundi", Name{Family: "Raimundi"}},
		{"O'Brien", Name{Family: "O'Brien"}},
		{"Encinas-Valenzuela", Name{Family: "Encinas-Valenzuela"}},
		// Which words are the family name is not given: kept whole, never guessed.
		{"Gómez-Robledo Verduzco", Name{Literal: "Gómez-Robledo Verduzco"}},
		{"Bayless Manning", Name{Literal: "Bayless Manning"}},
		{"Camilo Soto Crespo", Name{Literal: "Camilo Soto Crespo"}},
		{"  Sherman ", Name{Family: "Sherman"}},
	}
	for _, tt := range tests {
		if got := ParseName(tt.in); got != tt.want {
			t.Errorf("ParseName(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

var (
	law = &graph.Source{Base: graph.Base{ID: "source:arg-texto-ley-25880"}, SourceKind: "LEGAL_TEXT", Title: "Text of Ley 25.880",
		DocumentTitle: "Ley 25.880", Publisher: "argentina.gob.ar", Year: ptr(2004), Language: "es", URL: "https://argentina.gob.ar/normativa/nacional/ley-25880-94417"}
	blog = &graph.Source{Base: graph.Base{ID: "source:jpn-blog"}, SourceKind: "PRESS", Title: "Constitution of Japan, Chapter II (blog copy) & 100% {braces}",
		Authors: []string{"J. M. Ugarte", "Gómez-Robledo Verduzco"}, Publisher: "Calibre 800", Agency: "EFE", Container: "blog_archive",
		Year: ptr(2006), OriginalYear: ptr(1946), URL: "https://example.org/a{b}?q=1&x=%20"}
)

func TestCSL(t *testing.T) {
	got, _ := json.Marshal(CSL(Item{Source: blog, Locators: []string{"art. 9", "p. 4"}}))
	want := `{"id":"jpn-blog","type":"article-newspaper","title":"[Constitution of Japan, Chapter II (blog copy) \u0026 100% {braces}]",` +
		`"author":[{"family":"Ugarte","given":"J. M."},{"literal":"Gómez-Robledo Verduzco"}],"publisher":"Calibre 800","container-title":"blog_archive",` +
		`"issued":{"date-parts":[[2006]]},"original-date":{"date-parts":[[1946]]},"URL":"https://example.org/a{b}?q=1\u0026x=%20","note":"Agency: EFE. Cited at: art. 9; p. 4"}`
	if string(got) != want {
		t.Errorf("CSL:\n got %s\nwant %s", got, want)
	}
	got, _ = json.Marshal(CSL(Item{Source: law}))
	want = `{"id":"arg-texto-ley-25880","type":"legislation","title":"Ley 25.880","publisher":"argentina.gob.ar","issued":{"date-parts":[[2004]]},"language":"es","URL":"https://argentina.gob.ar/normativa/nacional/ley-25880-94417"}`
	if string(got) != want {
		t.Errorf("CSL:\n got %s\nwant %s", got, want)
	}
}

func TestBibTeX(t *testing.T) {
	got := string(BibTeX([]Item{{Source: blog}}))
	want := `@article{jpn-blog,
  title = {[Constitution of Japan, Chapter II (blog copy) \& 100\% \{braces\}]},
  author = {Ugarte, J. M. and {Gómez-Robledo Verduzco}},
  journaltitle = {Calibre 800},
  entrysubtype = {newspaper},
  howpublished = {blog\_archive},
  year = {2006},
  origdate = {1946},
  url = {https://example.org/a%7Bb%7D?q=1&x=%20},
  note = {Agency: EFE},
}
`
	if got != want {
		t.Errorf("BibTeX:\n%s\nwant\n%s", got, want)
	}
}

func TestRIS(t *testing.T) {
	got := string(RIS([]Item{{Source: law}, {Source: blog, Locators: []string{"p. 4"}}}))
	want := strings.ReplaceAll(`TY  - LEGAL
ID  - arg-texto-ley-25880
TI  - Ley 25.880
PY  - 2004
PB  - argentina.gob.ar
LA  - es
UR  - https://argentina.gob.ar/normativa/nacional/ley-25880-94417
ER  - 

TY  - NEWS
ID  - jpn-blog
TI  - [Constitution of Japan, Chapter II (blog copy) & 100% {braces}]
AU  - Ugarte, J. M.
AU  - Gómez-Robledo Verduzco
PY  - 2006
OP  - 1946
PB  - Calibre 800
T2  - blog_archive
UR  - https://example.org/a{b}?q=1&x=%20
N1  - Agency: EFE. Cited at: p. 4
ER  - 

`, "\n", "\r\n")
	if got != want {
		t.Errorf("RIS:\n%q\nwant\n%q", got, want)
	}
}

func TestItems(t *testing.T) {
	srcs := map[string]*graph.Source{law.ID: law, blog.ID: blog}
	items := Items([]graph.Citation{{SourceID: blog.ID, Locator: "p. 4"}, {SourceID: law.ID}, {SourceID: blog.ID, Locator: "p. 4"},
		{SourceID: blog.ID, Locator: "p. 5"}, {SourceID: "source:unknown"}}, srcs)
	if len(items) != 2 || Key(items[0].Source) != "arg-texto-ley-25880" || Key(items[1].Source) != "jpn-blog" ||
		strings.Join(items[1].Locators, ",") != "p. 4,p. 5" || items[0].Locators != nil {
		t.Errorf("Items = %+v", items)
	}
}
