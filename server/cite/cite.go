// Package cite writes the graph's sources in the exchange formats of reference managers:
// CSL-JSON (the Citation Style Language's data format: Zotero, Mendeley, citeproc, pandoc),
// BibTeX (biblatex fields) and RIS. The exports (/export/citations.bib, .csl.json, .ris) and the
// GraphQL API (Source.csl, Query.bibliography) both write through it, so a source reads the
// same everywhere. It only presents: which sources a node cites is graph/analysis's
// (CitedBy), what a source says is the seed's.
//
// The rules, once:
//
//   - The citation key (BibTeX key, CSL-JSON id, RIS ID) is the source's ID without "source:"
//     ("arg-texto-ley-25880"): IDs never change once published (seed/FORMAT.md), so neither do
//     keys, and a key is unique because an ID is.
//   - The title is the document's own (Source.DocumentTitle) when the dossier gives it; else
//     the graph's English description in square brackets, the usual mark of a title supplied
//     by the cataloguer ("[Press release: dispatch of civilian police officers to UNMIT]").
//   - Year is the issued date; OriginalYear the original date (biblatex origdate, RIS OP).
//   - Authors are persons in the dossier's form. A name with leading initials ("J. M. Ugarte")
//     is split into given ("J. M.") and family ("Ugarte"); a one-word name ("Raimundi") is a
//     family name; any other ("Gómez-Robledo Verduzco", "Bayless Manning") stays whole (CSL
//     literal, a braced BibTeX name): which of its words are the family name is not given, and
//     is not guessed.
//   - The publisher, the news agency (as a note: CSL has no field for it), the container
//     (CSL container-title, BibTeX howpublished, RIS T2), the language (ISO 639-1) and the URL
//     are written when known; nothing is written for what is not.
//   - Item types by SourceKind: see kinds.
//   - Items come in citation-key order.
package cite

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/peacegraph/peacegraph/graph"
)

// Key is the source's stable citation key.
func Key(s *graph.Source) string { return strings.TrimPrefix(s.ID, "source:") }

// Item is one source to write, with the locators (page, article) it is cited at, when the
// bibliography is of particular nodes.
type Item struct {
	Source   *graph.Source
	Locators []string
}

// Items groups citations by source, in citation-key order, each with its distinct locators in
// citation order; sources maps the cited IDs to their sources (an ID it lacks is skipped).
func Items(citations []graph.Citation, sources map[string]*graph.Source) []Item {
	byID := map[string]*Item{}
	var out []*Item
	for _, c := range citations {
		s, ok := sources[c.SourceID]
		if !ok {
			continue
		}
		it := byID[c.SourceID]
		if it == nil {
			it = &Item{Source: s}
			byID[c.SourceID] = it
			out = append(out, it)
		}
		if c.Locator != "" && !slices.Contains(it.Locators, c.Locator) {
			it.Locators = append(it.Locators, c.Locator)
		}
	}
	items := make([]Item, len(out))
	for i, it := range out {
		items[i] = *it
	}
	Sort(items)
	return items
}

// Sort puts items in citation-key order.
func Sort(items []Item) {
	slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(Key(a.Source), Key(b.Source)) })
}

// kind is how one SourceKind is typed in each format.
type kind struct{ csl, bibtex, ris string }

// kinds types the sources. The kinds are broad (ACADEMIC covers articles, theses, books and
// papers), so each maps to the most general type of each format that is still true of it:
// a wrong specific type (a thesis as a journal article) would mislead a reference manager.
var kinds = map[graph.SourceKind]kind{
	"LEGAL_TEXT":  {"legislation", "misc", "LEGAL"},
	"UN_DOCUMENT": {"report", "report", "RPRT"},
	"GOVERNMENT":  {"report", "report", "GOVDOC"},
	"ACADEMIC":    {"article", "misc", "GEN"},
	"PRESS":       {"article-newspaper", "article", "NEWS"},
	"DATASET":     {"dataset", "dataset", "DATA"},
	"OTHER":       {"webpage", "online", "ELEC"},
}

func kindOf(s *graph.Source) kind {
	if k, ok := kinds[s.SourceKind]; ok {
		return k
	}
	return kinds["OTHER"]
}

// Title is the title the formats write (see the package rules).
func Title(s *graph.Source) string {
	if s.DocumentTitle != "" {
		return s.DocumentTitle
	}
	return "[" + s.Title + "]"
}

// Name is an author's name split as the package rules say: Family and Given, or Literal.
type Name struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// ParseName splits a name in the dossier's form (see the package rules).
func ParseName(s string) Name {
	words := strings.Fields(s)
	if len(words) == 1 {
		return Name{Family: words[0]}
	}
	n := 0
	for n < len(words)-1 && isInitial(words[n]) {
		n++
	}
	if n > 0 {
		return Name{Given: strings.Join(words[:n], " "), Family: strings.Join(words[n:], " ")}
	}
	return Name{Literal: strings.Join(words, " ")}
}

// isInitial reports a word such as "J." or "M.": one letter and a period.
func isInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && r[1] == '.' && r[0] != '.'
}

// note is the CSL/BibTeX/RIS note: the agency and, for a bibliography of nodes, the locators.
func note(it Item) string {
	var parts []string
	if it.Source.Agency != "" {
		parts = append(parts, "Agency: "+it.Source.Agency)
	}
	if len(it.Locators) > 0 {
		parts = append(parts, "Cited at: "+strings.Join(it.Locators, "; "))
	}
	return strings.Join(parts, ". ")
}

// CSLDate is a CSL-JSON date.
type CSLDate struct {
	DateParts [][]int `json:"date-parts"`
}

func year(y *int) *CSLDate {
	if y == nil {
		return nil
	}
	return &CSLDate{DateParts: [][]int{{*y}}}
}

// CSLItem is a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
type CSLItem struct {
	ID             string   `json:"id"`
	Type           string   `json:"type"`
	Title          string   `json:"title"`
	Author         []Name   `json:"author,omitempty"`
	Publisher      string   `json:"publisher,omitempty"`
	ContainerTitle string   `json:"container-title,omitempty"`
	Issued         *CSLDate `json:"issued,omitempty"`
	OriginalDate   *CSLDate `json:"original-date,omitempty"`
	Language       string   `json:"language,omitempty"`
	URL            string   `json:"URL,omitempty"`
	Note           string   `json:"note,omitempty"`
}

// CSL is an item as CSL-JSON.
func CSL(it Item) CSLItem {
	s := it.Source
	c := CSLItem{ID: Key(s), Type: kindOf(s).csl, Title: Title(s), Publisher: s.Publisher, ContainerTitle: s.Container,
		Issued: year(s.Year), OriginalDate: year(s.OriginalYear), Language: s.Language, URL: s.URL, Note: note(it)}
	for _, a := range s.Authors {
		c.Author = append(c.Author, ParseName(a))
	}
	return c
}

// CSLJSON writes items as a CSL-JSON array, one item per line.
func CSLJSON(items []Item) []byte {
	var b bytes.Buffer
	b.WriteString("[")
	for i, it := range items {
		if i > 0 {
			b.WriteString(",")
		}
		j, _ := json.Marshal(CSL(it)) // plain strings and numbers: cannot fail
		b.WriteString("\n")
		b.Write(j)
	}
	b.WriteString("\n]\n")
	return b.Bytes()
}

// bibEscaper escapes the characters that are special in a braced BibTeX value (the LaTeX
// specials); everything else, accents included, is written as UTF-8, as biber and every
// current reference manager read it.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, `{`, `\{`, `}`, `\}`, `&`, `\&`, `%`, `\%`, `$`, `\$`, `#`, `\#`, `_`, `\_`,
	`~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`)

// bibURL makes a URL safe inside braces: a URL field is verbatim, so nothing is escaped but the
// braces, which are percent-encoded as a URL allows.
var bibURL = strings.NewReplacer("{", "%7B", "}", "%7D")

func bibName(n Name) string {
	switch {
	case n.Literal != "":
		return "{" + bibEscaper.Replace(n.Literal) + "}"
	case n.Given != "":
		return bibEscaper.Replace(n.Family) + ", " + bibEscaper.Replace(n.Given)
	}
	return bibEscaper.Replace(n.Family)
}

// BibTeX writes items as BibTeX entries with biblatex's field names (journaltitle, origdate,
// institution), which Zotero, JabRef and biber read.
func BibTeX(items []Item) []byte {
	var b bytes.Buffer
	for i, it := range items {
		if i > 0 {
			b.WriteString("\n")
		}
		s := it.Source
		k := kindOf(s)
		fmt.Fprintf(&b, "@%s{%s,\n", k.bibtex, Key(s))
		field := func(name, value string) {
			if value != "" {
				fmt.Fprintf(&b, "  %s = {%s},\n", name, value)
			}
		}
		field("title", bibEscaper.Replace(Title(s)))
		var names []string
		for _, a := range s.Authors {
			names = append(names, bibName(ParseName(a)))
		}
		field("author", strings.Join(names, " and "))
		switch k.bibtex {
		case "article":
			field("journaltitle", bibEscaper.Replace(s.Publisher))
			field("entrysubtype", "newspaper")
		case "report":
			field("institution", bibEscaper.Replace(s.Publisher))
		case "online":
			field("organization", bibEscaper.Replace(s.Publisher))
		default:
			field("publisher", bibEscaper.Replace(s.Publisher))
		}
		field("howpublished", bibEscaper.Replace(s.Container))
		if s.Year != nil {
			field("year", strconv.Itoa(*s.Year))
		}
		if s.OriginalYear != nil {
			field("origdate", strconv.Itoa(*s.OriginalYear))
		}
		field("language", bibEscaper.Replace(s.Language))
		field("url", bibURL.Replace(s.URL))
		field("note", bibEscaper.Replace(note(it)))
		b.WriteString("}\n")
	}
	return b.Bytes()
}

// risLine drops line breaks: a RIS value is one line.
var risLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// RIS writes items as RIS records (tag, two spaces, hyphen, space; CRLF line ends; ER ends a
// record).
func RIS(items []Item) []byte {
	var b bytes.Buffer
	for _, it := range items {
		s := it.Source
		tag := func(t, v string) {
			if v != "" {
				fmt.Fprintf(&b, "%s  - %s\r\n", t, risLine.Replace(v))
			}
		}
		tag("TY", kindOf(s).ris)
		tag("ID", Key(s))
		tag("TI", Title(s))
		for _, a := range s.Authors {
			n := ParseName(a)
			switch {
			case n.Literal != "":
				tag("AU", n.Literal)
			case n.Given != "":
				tag("AU", n.Family+", "+n.Given)
			default:
				tag("AU", n.Family)
			}
		}
		if s.Year != nil {
			tag("PY", strconv.Itoa(*s.Year))
		}
		if s.OriginalYear != nil {
			tag("OP", strconv.Itoa(*s.OriginalYear))
		}
		tag("PB", s.Publisher)
		tag("T2", s.Container)
		tag("LA", s.Language)
		tag("UR", s.URL)
		tag("N1", note(it))
		b.WriteString("ER  - \r\n\r\n")
	}
	return b.Bytes()
}
