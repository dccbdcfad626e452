package graph

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Search rules, the same on every backend:
//
//  1. Text is folded: lower case, accents removed ("Peña" -> "pena"), split into tokens at
//     anything that is not a letter or digit.
//  2. A node matches when every query token is a prefix of some token of the node's searchable
//     fields: names, titles, acronyms, ISO codes, names in other languages, references, units,
//     descriptions, summaries.
//  3. Score: for each query token, the best field it matches, weighted 3 for the name, title,
//     acronym or code, 2 for names in other languages and references, 1 for descriptions;
//     doubled when the token matches a whole word rather than a prefix. A node whose name,
//     once folded, equals the whole query gets +10; one whose name starts with it +5.
//     A source (a document about a subject) scores half, so the subject itself comes first.
//  4. The query names a node when, folded, it equals one of the node's names: its label, a name
//     in another language, an ISO3 code, a mission's acronym or full name, a function's code,
//     an instrument's reference; or when its words appear in order, as whole words, in a
//     mission's host ("Haiti", "Lebanon"). The entity a query names is what the reader asked
//     for, however often others mention it: named hits come first.
//  5. Hits are ordered named first, then by score (highest first), then by ID.
//
// Backends only find candidates (an inverted index in memory, a full-text index in Neo4j over
// SearchText); the ranking is computed here.

// SearchQuery is a full-text search.
type SearchQuery struct {
	Text  string
	Kinds []Kind // empty: all kinds
	First int
}

// SearchHit is one search result. Named is true when the query names the node (rule 4).
type SearchHit struct {
	NodeID  string  `json:"node"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
	Named   bool    `json:"named,omitempty"`
}

// MaxSearchWordLength caps a search word, in characters, the same on every backend: no word
// of the dataset comes near it, and Neo4j's full-text index fails on terms of about a
// thousand (a 500 where memory answered []).
const MaxSearchWordLength = 100

// MaxSearchResults caps Search's page size.
const MaxSearchResults = 100

// Fold lower-cases s and removes diacritics.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// Tokens folds s and splits it into tokens.
func Tokens(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SearchField is one searchable text of a node with its weight.
type SearchField struct {
	Text   string
	Weight float64
}

// SearchFields lists the searchable texts of n.
func SearchFields(n Node) []SearchField {
	var f []SearchField
	add := func(w float64, texts ...string) {
		for _, t := range texts {
			if t != "" {
				f = append(f, SearchField{t, w})
			}
		}
	}
	add(3, n.Label())
	b := n.base()
	langs := make([]string, 0, len(b.Names))
	for l := range b.Names {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		add(2, b.Names[l])
	}
	n.searchFields(add)
	return f
}

// SearchText is every token of n's searchable fields, space-separated: what a backend's
// full-text index holds.
func SearchText(n Node) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range SearchFields(n) {
		for _, t := range Tokens(f.Text) {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return strings.Join(out, " ")
}

// SearchDoc is a node's searchable text, tokenized once: a backend that serves the same nodes
// many times (the memory store) keeps one per node instead of re-tokenizing on every query.
type SearchDoc struct {
	fields  []SearchField
	tokens  [][]string
	name    string   // the label's tokens, space-joined
	names   []string // the texts that name the node, tokens space-joined (rule 4)
	phrases []string // the texts whose phrases name it, tokens space-joined with a space at each end
	source  bool
}

// NewSearchDoc tokenizes n's searchable fields.
func NewSearchDoc(n Node) SearchDoc {
	d := SearchDoc{fields: SearchFields(n), name: strings.Join(Tokens(n.Label()), " "), source: n.NodeKind() == KindSource}
	d.tokens = make([][]string, len(d.fields))
	for i, f := range d.fields {
		d.tokens[i] = Tokens(f.Text)
	}
	for _, f := range NameFields(n) {
		t := strings.Join(Tokens(f.Text), " ")
		switch {
		case t == "":
		case f.Phrase:
			d.phrases = append(d.phrases, " "+t+" ")
		default:
			d.names = append(d.names, t)
		}
	}
	return d
}

// NameField is a text that names a node (search rule 4): the whole query must equal it, or,
// for a phrase field, appear in it as whole words in order.
type NameField struct {
	Text   string
	Phrase bool
}

// NameFields lists the texts that name n: its label, its names in other languages, and the
// kind's own (nameFields).
func NameFields(n Node) []NameField {
	out := []NameField{{Text: n.Label()}}
	for _, v := range n.base().Names {
		out = append(out, NameField{Text: v})
	}
	n.nameFields(func(phrase bool, texts ...string) {
		for _, t := range texts {
			if t != "" {
				out = append(out, NameField{t, phrase})
			}
		}
	})
	return out
}

// Hit is the search hit for the document of node id, if it matches qt (rules 2 to 4).
func (d SearchDoc) Hit(id string, qt []string) (SearchHit, bool) {
	score, snippet, ok := d.Score(qt)
	if !ok {
		return SearchHit{}, false
	}
	return SearchHit{NodeID: id, Score: score, Snippet: snippet, Named: d.Names(qt)}, true
}

// Names reports whether the query tokens qt name the document's node (rule 4).
func (d SearchDoc) Names(qt []string) bool {
	whole := strings.Join(qt, " ")
	if slices.Contains(d.names, whole) {
		return true
	}
	for _, p := range d.phrases {
		if strings.Contains(p, " "+whole+" ") {
			return true
		}
	}
	return false
}

// Score ranks the document for the folded query tokens qt, by the rules at the top of this
// file; ok is false when it does not match every token.
func (d SearchDoc) Score(qt []string) (score float64, snippet string, ok bool) {
	if len(qt) == 0 {
		return 0, "", false
	}
	firstField := -1
	for _, q := range qt {
		best := 0.0
		for i, toks := range d.tokens {
			for _, t := range toks {
				if !strings.HasPrefix(t, q) {
					continue
				}
				w := d.fields[i].Weight
				if t == q {
					w *= 2
				}
				if w > best {
					best = w
				}
				if firstField < 0 || i < firstField {
					firstField = i
				}
			}
		}
		if best == 0 {
			return 0, "", false
		}
		score += best
	}
	whole := strings.Join(qt, " ")
	switch {
	case d.name == whole:
		score += 10
	case strings.HasPrefix(d.name, whole):
		score += 5
	}
	if d.source {
		score /= 2
	}
	return score, snippetOf(d.fields[firstField].Text), true
}

func snippetOf(s string) string {
	const max = 160
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}

// RankHits orders hits named first (rule 4), then by score, highest first, then by node ID,
// and keeps the first n.
func RankHits(hits []SearchHit, n int) []SearchHit {
	named := func(h SearchHit) int {
		if h.Named {
			return 0
		}
		return 1
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(cmp.Compare(named(a), named(b)), cmp.Compare(b.Score, a.Score), cmp.Compare(a.NodeID, b.NodeID))
	})
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits
}

// ValidateSearch checks a search query and returns its folded tokens.
func ValidateSearch(q SearchQuery) ([]string, error) {
	const op = "graph.Search"
	toks := Tokens(q.Text)
	if len(toks) == 0 {
		return nil, Errorf(Invalid, op, "search text must contain at least one letter or digit")
	}
	if len(toks) > 20 {
		return nil, Errorf(Invalid, op, "search text has %d words; at most 20", len(toks))
	}
	for _, t := range toks {
		if n := utf8.RuneCountInString(t); n > MaxSearchWordLength {
			return nil, Errorf(Invalid, op, "a search word has %d characters; at most %d", n, MaxSearchWordLength)
		}
	}
	if q.First < 1 || q.First > MaxSearchResults {
		return nil, Errorf(Invalid, op, "first must be between 1 and %d", MaxSearchResults)
	}
	for _, k := range q.Kinds {
		if _, ok := InfoOf(k); !ok {
			return nil, Errorf(Invalid, op, "unknown kind %q", k)
		}
	}
	return toks, nil
}

// HitPage is one page of ranked search hits.
type HitPage struct {
	Hits        []SearchHit
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// searchOrder tags search cursors, so that a list cursor is not taken for one.
const searchOrder = "SEARCH"

// PageHits cuts the page of first hits after the cursor after from hits ranked by RankHits,
// with the cursors of Paginate's codec. Ranking is deterministic (score, then ID), so a cursor
// naming a hit's node finds its place again on the next request.
func PageHits(hits []SearchHit, first int, after string) (HitPage, error) {
	const op = "graph.PageHits"
	if first < 0 || first > MaxSearchResults {
		return HitPage{}, Errorf(Invalid, op, "first must be between 0 and %d", MaxSearchResults)
	}
	start := 0
	if after != "" {
		id, ok := decodeCursor(after, searchOrder)
		i := slices.IndexFunc(hits, func(h SearchHit) bool { return h.NodeID == id })
		if !ok || i < 0 {
			return HitPage{}, Errorf(Invalid, op, "malformed cursor %q, or one from another search", after)
		}
		start = i + 1
	}
	end := min(start+first, len(hits))
	p := HitPage{Hits: hits[start:end], Total: len(hits), HasPrevious: start > 0, HasNext: end < len(hits)}
	for _, h := range p.Hits {
		p.Cursors = append(p.Cursors, encodeCursor(h.NodeID, searchOrder))
	}
	return p, nil
}
