package explorer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/peacegraph/peacegraph/server/playground/browsertest"
)

// firstDrawing is generous: the budget the explorer must keep even on a loaded CI machine.
// The times measured are logged and recorded in docs/benchmarks.md, not asserted tighter.
const firstDrawing = 20 * time.Second

// view opens path in a fresh page load and waits until ready (a JS expression) is true,
// returning the milliseconds from navigation start to that moment, measured in the page
// (checked on every DOM mutation, so the time is that of the drawing, not of a poll tick).
func view(t *testing.T, p *browsertest.Page, name, path, ready string) float64 {
	t.Helper()
	p.Navigate(path)
	js := fmt.Sprintf(`(() => { try { return (%s) ? performance.now() : false; } catch (e) { return false; } })()`, ready)
	ms, err := chromedp.Run(p.Ctx, chromedp.Poll[float64](js, chromedp.WithPollingMutation(), chromedp.WithPollingTimeout(firstDrawing)))
	if err != nil {
		p.Fatalf("view %s (%s): waiting for %s: %v", name, path, ready, err)
	}
	t.Logf("first drawing: %-12s %7.0f ms  (%s)", name, ms, path)
	timings = append(timings, timing{name, path, ms})
	return ms
}

type timing struct {
	view, path string
	ms         float64
}

var timings []timing

func shot(t *testing.T, p *browsertest.Page, name string) {
	t.Helper()
	// Let the pointer-free page settle (fonts, layout) before the picture.
	p.WaitQuiet()
	for _, path := range screenshotPaths(t, name) {
		p.Screenshot(path)
	}
}

// drawn is true when a selector matches an SVG with at least n marks drawn in it.
func drawn(sel string, n int) string {
	return fmt.Sprintf(`(() => { const s = document.querySelector(%q); return !!s && s.querySelectorAll('rect,path,circle,text,line').length >= %d; })()`, sel, n)
}

func evalJS[T any](p *browsertest.Page, step, js string) T { return browsertest.Eval[T](p, step, js) }

// TestExplorerInBrowser opens every view of the explorer on the embedded backend in headless
// Chromium, with every host but loopback unresolvable, waits for each drawing, and checks
// what is drawn against the GraphQL answers: values, counts, citations, exports and the
// playground hand-over. It saves a screenshot of every view and logs the time to each first
// drawing.
func TestExplorerInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browsertest.RequireChromium(t)
	base := startServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	p := browsertest.Open(ctx, t, base)
	defer p.Close()
	timings = nil

	t.Run("home", func(t *testing.T) { checkHome(t, p, base) })
	t.Run("search", func(t *testing.T) { checkSearch(t, p, base) })
	t.Run("entity", func(t *testing.T) { checkEntity(t, p, base) })
	t.Run("personnel", func(t *testing.T) { checkPersonnel(t, p, base) })
	t.Run("timeline", func(t *testing.T) { checkTimeline(t, p, base) })
	t.Run("compare", func(t *testing.T) { checkCompare(t, p, base) })
	t.Run("pathways", func(t *testing.T) { checkPathways(t, p, base) })
	t.Run("graph", func(t *testing.T) { checkGraph(t, p, base) })
	t.Run("query link", func(t *testing.T) { checkQueryLink(t, p, base) })
	t.Run("keyboard", func(t *testing.T) { checkKeyboard(t, p) })
	p.Check()

	if out := os.Getenv("EXPLORER_TIMINGS"); out != "" {
		var b strings.Builder
		for _, tm := range timings {
			fmt.Fprintf(&b, "%s\t%s\t%.0f\n", tm.view, tm.path, tm.ms)
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
}

// TestExplorerOnNeo4j is the smoke pass on the Neo4j backend: every view draws, and a value
// of each is the one the API gives. Without NEO4J_URI it is skipped (failed with CI=true).
func TestExplorerOnNeo4j(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browsertest.RequireChromium(t)
	base := neo4jServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	p := browsertest.Open(ctx, t, base)
	defer p.Close()
	timings = nil
	view(t, p, "home", "/explore", `document.querySelector('[data-count="backend"]')`)
	if got := evalJS[string](p, "backend", `document.querySelector('[data-count="backend"]').textContent`); got != "neo4j" {
		t.Errorf("home page says backend %q, want neo4j", got)
	}
	checkEntity(t, p, base)
	checkPersonnel(t, p, base)
	checkTimeline(t, p, base)
	checkCompare(t, p, base)
	checkPathways(t, p, base)
	checkGraph(t, p, base)
	p.Check()
}

func checkHome(t *testing.T, p *browsertest.Page, base string) {
	var want struct {
		DatasetInfo struct {
			Version                       string
			Nodes, Relationships, Sources int
		}
	}
	gql(t, base, `{ datasetInfo { version nodes relationships sources } }`, nil, &want)
	view(t, p, "home", "/explore", `document.querySelectorAll('.case').length === 3 && document.querySelector('[data-count="nodes"]')`)
	got := evalJS[map[string]string](p, "read counts", `Object.fromEntries([...document.querySelectorAll('[data-count]')].map(e => [e.dataset.count, e.textContent.trim()]))`)
	for k, v := range map[string]string{
		"nodes": strconv.Itoa(want.DatasetInfo.Nodes), "relationships": strconv.Itoa(want.DatasetInfo.Relationships),
		"sources": strconv.Itoa(want.DatasetInfo.Sources), "version": want.DatasetInfo.Version, "backend": "memory",
	} {
		if got[k] != v {
			t.Errorf("home page %s = %q, want %q", k, got[k], v)
		}
	}
	cases := evalJS[[]string](p, "cases", `[...document.querySelectorAll('.case h3 a')].map(a => a.textContent)`)
	if strings.Join(cases, ",") != "Mexico,Argentina,Japan" {
		t.Errorf("cases = %q, want Mexico, Argentina, Japan", cases)
	}
	shot(t, p, "home")
}

func checkSearch(t *testing.T, p *browsertest.Page, base string) {
	// Accent-insensitive: "Articulo" finds "Artículo".
	var want struct {
		SearchConnection struct {
			TotalCount int
			Nodes      []struct{ Node struct{ ID string } }
		}
	}
	gql(t, base, `{ searchConnection(text: "caecopaz", first: 50) { totalCount nodes { node { id } } } }`, nil, &want)
	view(t, p, "search", "/explore?q=caecopaz", `document.querySelector('.result-group')`)
	ids := evalJS[[]string](p, "hits", `[...document.querySelectorAll('.result-group a.entity-link')].map(a => decodeURIComponent(a.getAttribute('href')).replace('/explore/', ''))`)
	var wantIDs []string
	for _, n := range want.SearchConnection.Nodes {
		wantIDs = append(wantIDs, n.Node.ID)
	}
	sort.Strings(ids)
	sort.Strings(wantIDs)
	if strings.Join(ids, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("search results %q, want %q", ids, wantIDs)
	}
	heading := evalJS[string](p, "heading", `document.querySelector('#results-h').textContent`)
	if !strings.Contains(heading, strconv.Itoa(want.SearchConnection.TotalCount)+" match") {
		t.Errorf("results heading %q does not give the %d matches", heading, want.SearchConnection.TotalCount)
	}
	groups := evalJS[[]string](p, "groups", `[...document.querySelectorAll('.result-group h3')].map(h => h.textContent)`)
	if len(groups) < 3 {
		t.Errorf("results grouped by kind into %q, want several groups", groups)
	}
	shot(t, p, "search")
}

func checkEntity(t *testing.T, p *browsertest.Page, base string) {
	// A Japanese deployment with disputed values: every field, its relationships, citations and disputes.
	var list struct {
		Deployments struct {
			Nodes []struct {
				ID        string
				Title     string
				Disputes  []struct{ Field string }
				Citations []struct{ Locator *string }
			}
		}
	}
	gql(t, base, `{ deployments(filter: {country: "JPN"}, first: 50) { nodes { id title disputes { field } citations { locator } } } }`, nil, &list)
	var d = list.Deployments.Nodes[0]
	for _, n := range list.Deployments.Nodes {
		if len(n.Disputes) > 0 {
			d = n
			break
		}
	}
	view(t, p, "entity", "/explore/"+d.ID, `document.querySelector('.entity[data-entity] #cites-h')`)
	if got := evalJS[string](p, "title", `document.querySelector('h1').textContent`); got != d.Title {
		t.Errorf("entity page title %q, want %q", got, d.Title)
	}
	if got := evalJS[int](p, "citations", `document.querySelectorAll('.entity > section ol.citations')[0] ? document.querySelector('#cites-h').parentElement.querySelectorAll(':scope > ol.citations > li').length : -1`); got != len(d.Citations) {
		t.Errorf("entity page lists %d citations, the API gives %d", got, len(d.Citations))
	}
	if got := evalJS[int](p, "disputes", `document.querySelectorAll('.dispute').length`); got != len(d.Disputes) {
		t.Errorf("entity page shows %d disputes, the API gives %d", got, len(d.Disputes))
	}
	for _, want := range []string{"Fields", "Relationships", "Citations"} {
		if !evalJS[bool](p, "section "+want, fmt.Sprintf(`[...document.querySelectorAll('h2')].some(h => h.textContent.startsWith(%q))`, want)) {
			t.Errorf("entity page has no %q section", want)
		}
	}
	if !evalJS[bool](p, "confidence", `!!document.querySelector('.entity-meta .confidence')`) {
		t.Error("entity page does not state its confidence")
	}
	shot(t, p, "entity")
}

var labelRE = regexp.MustCompile(`^(\d{4}-\d{2}) (Troops|Police|Experts on mission): (\d+)$`)

func checkPersonnel(t *testing.T, p *browsertest.Page, base string) {
	type point struct {
		Date                    string
		Troops, Police, Experts *int
		Total                   int
	}
	var want map[string]struct{ PersonnelSeries []point }
	gql(t, base, `{ MEX: country(iso3: "MEX") { personnelSeries { date troops police experts total } }
		ARG: country(iso3: "ARG") { personnelSeries { date troops police experts total } }
		JPN: country(iso3: "JPN") { personnelSeries { date troops police experts total } } }`, nil, &want)
	view(t, p, "personnel", "/explore/personnel", drawn(`svg[data-country="MEX"]`, 40)+` && `+drawn(`svg[data-country="ARG"]`, 200)+` && `+drawn(`svg[data-country="JPN"]`, 200))
	// Three sampled months, one per country, with the figures and the drawn heights.
	samples := []struct{ iso3, month, other string }{{"MEX", "1993-06", "1994-12"}, {"ARG", "1994-02", "2010-06"}, {"JPN", "2002-09", "1997-01"}}
	for _, s := range samples {
		byMonth := map[string]point{}
		for _, pt := range want[s.iso3].PersonnelSeries {
			byMonth[pt.Date] = pt
		}
		type bar struct {
			Label  string
			Height float64
		}
		bars := evalJS[[]bar](p, "bars", fmt.Sprintf(`[...document.querySelectorAll('svg[data-country=%q] rect[aria-label]')].filter(r => /^\d{4}-\d{2} /.test(r.getAttribute('aria-label'))).map(r => ({Label: r.getAttribute('aria-label'), Height: +r.getAttribute('height')}))`, s.iso3))
		got := map[string]map[string]int{}
		heights := map[string]float64{}
		for _, b := range bars {
			m := labelRE.FindStringSubmatch(b.Label)
			if m == nil {
				t.Fatalf("unexpected bar label %q", b.Label)
			}
			if got[m[1]] == nil {
				got[m[1]] = map[string]int{}
			}
			v, _ := strconv.Atoi(m[3])
			got[m[1]][m[2]] = v
			heights[m[1]] += b.Height
		}
		if len(got) != len(want[s.iso3].PersonnelSeries) {
			t.Errorf("%s: %d months drawn, the API gives %d", s.iso3, len(got), len(want[s.iso3].PersonnelSeries))
		}
		for _, month := range []string{s.month, s.other} {
			pt, ok := byMonth[month]
			if !ok {
				t.Fatalf("%s has no point for %s in the API: pick another sample", s.iso3, month)
			}
			for cat, v := range map[string]*int{"Troops": pt.Troops, "Police": pt.Police, "Experts on mission": pt.Experts} {
				g, drawnOK := got[month][cat]
				switch {
				case v == nil && drawnOK:
					t.Errorf("%s %s: %s drawn as %d, the API reports none", s.iso3, month, cat, g)
				case v != nil && (!drawnOK || g != *v):
					t.Errorf("%s %s: %s drawn as %d (drawn: %v), the API gives %d", s.iso3, month, cat, g, drawnOK, *v)
				}
			}
		}
		// The drawing's heights are in proportion to the totals.
		a, b := byMonth[s.month], byMonth[s.other]
		if ratio, want := heights[s.month]/heights[s.other], float64(a.Total)/float64(b.Total); math.Abs(ratio-want) > 0.03*want+0.02 {
			t.Errorf("%s: bar heights %s/%s = %.3f, totals give %.3f", s.iso3, s.month, s.other, ratio, want)
		}
	}
	// Months outside the data: Mexico has no IPI row from May 1995 on, drawn as such, not as zero.
	gaps := evalJS[[]string](p, "gaps", `[...document.querySelectorAll('svg[data-country="MEX"] [aria-label^="no figure"]')].map(e => e.getAttribute('aria-label'))`)
	if !contains(gaps, "no figure: 1995-05 to 2014-03") {
		t.Errorf("Mexico's gaps = %q, want one from 1995-05 to 2014-03", gaps)
	}
	// The coverage the API states is the one drawn and said: each of its gaps hatched, each
	// column counted from a later month named with that month.
	var cov map[string]struct {
		PersonnelCoverage struct {
			From, To string
			Gaps     []struct{ From, To string }
			Columns  []struct{ Column, From string }
		}
	}
	gql(t, base, `{ MEX: country(iso3: "MEX") { ...C } ARG: country(iso3: "ARG") { ...C } JPN: country(iso3: "JPN") { ...C } }
		fragment C on Country { personnelCoverage { from to gaps { from to } columns { column from } } }`, nil, &cov)
	labels := map[string]string{"troops": "Troops", "police": "Police", "experts": "Experts on mission"}
	columns := 0
	for _, iso3 := range []string{"MEX", "ARG", "JPN"} {
		c := cov[iso3].PersonnelCoverage
		hatched := evalJS[[]string](p, "gaps", fmt.Sprintf(`[...document.querySelectorAll('svg[data-country=%q] [aria-label^="no figure"]')].map(e => e.getAttribute('aria-label'))`, iso3))
		for _, g := range c.Gaps {
			if want := "no figure: " + g.From[:7] + " to " + g.To[:7]; !contains(hatched, want) {
				t.Errorf("%s: the API's gap %s-%s is not hatched (%q)", iso3, g.From, g.To, hatched)
			}
		}
		text := evalJS[string](p, "coverage", fmt.Sprintf(`document.querySelector('[data-coverage=%q]')?.textContent || ''`, iso3))
		if !strings.Contains(text, "Coverage: "+c.From+" to "+c.To) {
			t.Errorf("%s coverage line %q, want %s to %s", iso3, text, c.From, c.To)
		}
		for _, col := range c.Columns {
			columns++
			if want := labels[col.Column] + " counted from " + col.From; !strings.Contains(text, want) {
				t.Errorf("%s coverage line %q lacks %q", iso3, text, want)
			}
		}
	}
	if columns == 0 {
		t.Error("no country's series has a column counted from a later month: the check above checked nothing")
	}
	shot(t, p, "personnel")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func checkTimeline(t *testing.T, p *browsertest.Page, base string) {
	var want struct {
		Deployments struct {
			TotalCount int
			Nodes      []struct {
				ID         string
				Start, End *string
			}
		}
	}
	gql(t, base, `{ deployments(filter: {country: "JPN"}, first: 100) { totalCount nodes { id start end } } }`, nil, &want)
	view(t, p, "timeline", "/explore/timeline?countries=JPN", drawn(`svg[data-country="JPN"]`, 40))
	all := evalJS[[]string](p, "rows", `[...document.querySelectorAll('svg[data-country="JPN"] [aria-label^="deployment:"]')].map(e => e.getAttribute('aria-label'))`)
	known := evalJS[[]string](p, "known bars", `[...document.querySelectorAll('svg[data-country="JPN"] g.known [aria-label^="deployment:"]')].map(e => e.getAttribute('aria-label'))`)
	var wantKnown []string
	for _, d := range want.Deployments.Nodes {
		if d.Start != nil && d.End != nil {
			wantKnown = append(wantKnown, d.ID)
		}
	}
	if len(all) != want.Deployments.TotalCount {
		t.Errorf("timeline draws %d Japanese deployments, the API has %d", len(all), want.Deployments.TotalCount)
	}
	sort.Strings(known)
	sort.Strings(wantKnown)
	if strings.Join(known, " ") != strings.Join(wantKnown, " ") {
		t.Errorf("solid (both dates known) bars:\n got %q\nwant %q", known, wantKnown)
	}
	// Each mark links to its entity page.
	if n := evalJS[int](p, "links", `document.querySelectorAll('svg[data-country="JPN"] a[*|href^="/explore/"]').length`); n < len(all) {
		t.Errorf("only %d timeline marks link to entity pages", n)
	}
	// Every dated stage of every Japanese law the API gives, within the years drawn, is a tick;
	// none is drawn that the API does not give.
	var tl struct {
		Timeline []struct {
			Kind string
			Node struct {
				ID        string
				Lifecycle []struct{ Stage, Date string }
			}
		}
	}
	gql(t, base, `{ timeline(countries: ["JPN"]) { kind node { id ... on LegalInstrument { lifecycle { stage date } } } } }`, nil, &tl)
	from := evalJS[string](p, "domain start", `document.querySelector('svg[data-country="JPN"]').dataset.from`)
	to := evalJS[string](p, "domain end", `document.querySelector('svg[data-country="JPN"]').dataset.to`)
	var wantStages []string
	for _, e := range tl.Timeline {
		for _, st := range e.Node.Lifecycle {
			if e.Kind == "LEGAL_INSTRUMENT" && st.Date >= from[:4] && st.Date < to[:4] { // both are 1 January
				wantStages = append(wantStages, "stage "+st.Stage+" "+e.Node.ID+" "+st.Date)
			}
		}
	}
	stages := evalJS[[]string](p, "stages", `[...document.querySelectorAll('svg[data-country="JPN"] g.lifecycle-stage [aria-label^="stage "]')].map(e => e.getAttribute('aria-label'))`)
	sort.Strings(stages)
	sort.Strings(wantStages)
	if len(wantStages) < 3 || strings.Join(stages, "|") != strings.Join(wantStages, "|") {
		t.Errorf("lifecycle ticks of Japan's laws between %s and %s:\n got %q\nwant %q", from, to, stages, wantStages)
	}
	shot(t, p, "timeline")
	view(t, p, "timeline-3", "/explore/timeline", drawn(`svg[data-country="MEX"]`, 20)+` && `+drawn(`svg[data-country="ARG"]`, 20)+` && `+drawn(`svg[data-country="JPN"]`, 20))
	shot(t, p, "timeline-3")
}

type citation struct {
	Locator *string
	Source  struct {
		ID    string
		Title string
	}
}

func checkCompare(t *testing.T, p *browsertest.Page, base string) {
	var want struct {
		Compare struct {
			Rows []struct {
				Dimension string
				Cells     []struct {
					Country   struct{ Iso3 string }
					Values    []string
					Citations []citation
				}
			}
		}
	}
	gql(t, base, `{ compare(countries: ["MEX", "ARG", "JPN"]) { rows { dimension cells { country { iso3 } values citations { locator source { id title } } } } } }`, nil, &want)
	view(t, p, "compare", "/explore/compare", `document.querySelectorAll('table.matrix tbody tr').length > 5`)
	var cell struct {
		Values    []string
		Citations []citation
	}
	for _, r := range want.Compare.Rows {
		for _, c := range r.Cells {
			if r.Dimension == "safeguards" && c.Country.Iso3 == "JPN" {
				cell.Values, cell.Citations = c.Values, c.Citations
			}
		}
	}
	sel := `td[data-dimension="safeguards"][data-country="JPN"]`
	values := evalJS[[]string](p, "values", fmt.Sprintf(`[...document.querySelectorAll('%s .values li')].map(li => li.textContent)`, sel))
	if strings.Join(values, "|") != strings.Join(cell.Values, "|") {
		t.Errorf("compare cell safeguards/JPN values = %q, want %q", values, cell.Values)
	}
	count := evalJS[string](p, "count", fmt.Sprintf(`document.querySelector('%s button.citation-count').textContent`, sel))
	if wantCount := fmt.Sprintf("%d citations", len(cell.Citations)); count != wantCount {
		t.Errorf("compare cell citation count %q, want %q", count, wantCount)
	}
	p.Do("expand the citations", chromedp.Click(chromedp.CSS(sel+" button.citation-count")))
	listed := browsertest.Poll[int](p, "citations listed", fmt.Sprintf(`document.querySelectorAll('%s .citation-popover li').length || false`, sel), 5*time.Second)
	if listed != len(cell.Citations) {
		t.Errorf("the expanded cell lists %d citations, want %d", listed, len(cell.Citations))
	}
	if got := evalJS[int](p, "rows", `document.querySelectorAll('table.matrix tbody tr').length`); got != len(want.Compare.Rows) {
		t.Errorf("matrix has %d rows, the API %d dimensions", got, len(want.Compare.Rows))
	}
	shot(t, p, "compare")

	// Picking dimensions: two of them, by URL.
	view(t, p, "compare-pick", "/explore/compare?dims=safeguards,obstacles", `document.querySelectorAll('table.matrix tbody tr').length === 2`)

	// Exports: CSL-JSON and BibTeX of what is shown, one item per distinct source.
	sources := map[string]bool{}
	for _, r := range want.Compare.Rows {
		if r.Dimension != "safeguards" && r.Dimension != "obstacles" {
			continue
		}
		for _, c := range r.Cells {
			for _, ci := range c.Citations {
				sources[ci.Source.ID] = true
			}
		}
	}
	csl := exportText(t, p, "csl")
	var items []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Type  string `json:"type"`
	}
	if err := json.Unmarshal([]byte(csl), &items); err != nil {
		t.Fatalf("CSL-JSON export is not JSON: %v\n%.300s", err, csl)
	}
	if len(items) != len(sources) {
		t.Errorf("CSL-JSON export has %d items, the cells shown cite %d sources", len(items), len(sources))
	}
	for _, it := range items {
		if it.ID == "" || it.Title == "" || it.Type == "" {
			t.Errorf("CSL-JSON item without id, title or type: %+v", it)
		}
	}
	bib := exportText(t, p, "bibtex")
	if n := len(regexp.MustCompile(`(?m)^@\w+\{`).FindAllString(bib, -1)); n != len(sources) {
		t.Errorf("BibTeX export has %d entries, want %d:\n%.400s", n, len(sources), bib)
	}
	// Both are the server's own (checked by independent parsers in CI), not the page's.
	var ids []string
	for id := range sources {
		ids = append(ids, id)
	}
	var api struct{ Bibliography struct{ Bibtex string } }
	gql(t, base, `query($n: [ID!]!) { bibliography(nodes: $n, relationships: false) { bibtex } }`, map[string]any{"n": ids}, &api)
	if bib != api.Bibliography.Bibtex {
		t.Errorf("BibTeX export differs from the API's bibliography of the same sources:\n got %.300s\nwant %.300s", bib, api.Bibliography.Bibtex)
	}
	csv := exportText(t, p, "csv")
	if lines := strings.Count(strings.TrimSpace(csv), "\r\n") + 1; lines != 1+2*3 {
		t.Errorf("CSV export has %d lines, want a header and 6 cells:\n%s", lines, csv)
	}
}

// exportText clicks an item of the view's export menu and returns what it would download.
func exportText(t *testing.T, p *browsertest.Page, kind string) string {
	t.Helper()
	p.Do("open the export menu", chromedp.Evaluate[chromedp.Void](`(() => { window.__explorerLastExport = null; document.querySelector('.view-header .export-menu').open = true; })()`),
		chromedp.Click(chromedp.CSS(`.view-header .export-menu button[data-export="`+kind+`"]`)))
	return browsertest.Poll[string](p, "export "+kind, `(window.__explorerLastExport && window.__explorerLastExport.text) || false`, 20*time.Second)
}

func checkPathways(t *testing.T, p *browsertest.Page, base string) {
	var want struct {
		ReformPathways []struct {
			Citations []citation
		}
		ConstitutionalCompliance []struct {
			Deployment struct{ ID string }
			Safeguards []struct{ ID string }
		}
	}
	gql(t, base, `{ reformPathways(country: "ARG") { citations { locator source { id title } } }
		constitutionalCompliance(country: "JPN") { deployment { id } safeguards { id } } }`, nil, &want)
	view(t, p, "pathways", "/explore/pathways", `document.querySelectorAll('svg.layered').length === 2 && `+drawn(`svg.layered`, 6))
	edges := evalJS[int](p, "edges", `document.querySelectorAll('svg.layered')[0].querySelectorAll('.edge-hit').length`)
	if edges != len(want.ReformPathways) {
		t.Errorf("Argentina's pathways graph has %d edges, the API %d pathways", edges, len(want.ReformPathways))
	}
	// An edge carries its citations: select it (keyboard: focus, Enter) and read the panel.
	p.Do("select the first pathway edge", chromedp.Focus(chromedp.CSS(`svg.layered .edge-hit`)), chromedp.KeyEvent("\r"))
	listed := browsertest.Poll[int](p, "evidence panel", `(document.querySelector('.evidence-panel ol.citations') || {children: []}).children.length || false`, 5*time.Second)
	if listed != len(want.ReformPathways[0].Citations) {
		t.Errorf("the first pathway's evidence lists %d citations, the API %d", listed, len(want.ReformPathways[0].Citations))
	}
	// Japan's first deployment is drawn with its own safeguards only (a small graph).
	first := want.ConstitutionalCompliance[0]
	sg := evalJS[int](p, "safeguards drawn", `document.querySelectorAll('svg.layered')[1].querySelectorAll('a.node[data-node^="safeguard:"]').length`)
	if sg != len(first.Safeguards) {
		t.Errorf("compliance graph of %s draws %d safeguards, the API %d", first.Deployment.ID, sg, len(first.Safeguards))
	}
	shot(t, p, "pathways")
}

func checkGraph(t *testing.T, p *browsertest.Page, base string) {
	var want struct {
		EvidencePath []struct{ Node struct{ ID string } }
	}
	gql(t, base, `{ evidencePath(from: "country:mex", to: "law:jpn-ipc-act-1992", maxHops: 6) { node { id } } }`, nil, &want)
	view(t, p, "graph", "/explore/graph?focus=country:mex&to=law:jpn-ipc-act-1992", drawn(`svg.force`, 30))
	onPath := evalJS[[]string](p, "path nodes", `[...document.querySelectorAll('svg.force a.node.on-path')].map(a => a.dataset.node)`)
	var wantPath []string
	for _, s := range want.EvidencePath {
		wantPath = append(wantPath, s.Node.ID)
	}
	sort.Strings(onPath)
	sort.Strings(wantPath)
	if len(wantPath) < 2 || strings.Join(onPath, " ") != strings.Join(wantPath, " ") {
		t.Errorf("nodes drawn on the evidence path %q, the API's path %q", onPath, wantPath)
	}
	before := evalJS[int](p, "nodes", `document.querySelectorAll('svg.force a.node').length`)
	// Expanding a neighbour by click adds its neighbours.
	target := evalJS[string](p, "a node to expand", `[...document.querySelectorAll('svg.force a.node')].map(a => a.dataset.node).find(id => id.startsWith('deployment:')) || ''`)
	if target == "" {
		t.Fatal("no deployment among Mexico's neighbours to expand")
	}
	p.Do("expand "+target, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector('svg.force a.node[data-node=%q]').dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))`, target)))
	after := browsertest.Poll[int](p, "expanded", fmt.Sprintf(`(() => { const n = document.querySelectorAll('svg.force a.node').length; return n > %d ? n : false; })()`, before), 10*time.Second)
	t.Logf("graph: %d nodes, %d after expanding %s", before, after, target)
	shot(t, p, "graph")
}

// checkQueryLink follows a view's "query" link: the playground opens with the query the view ran.
func checkQueryLink(t *testing.T, p *browsertest.Page, base string) {
	view(t, p, "compare", "/explore/compare?countries=MEX,JPN", `document.querySelector('.view-header a.query-link')`)
	href := evalJS[string](p, "href", `document.querySelector('.view-header a.query-link').getAttribute('href')`)
	u, err := url.Parse(href)
	if err != nil || u.Path != "/" {
		t.Fatalf("query link %q does not open the playground at /", href)
	}
	q := u.Query()
	if !strings.HasPrefix(q.Get("query"), "query Compare(") || q.Get("operationName") != "Compare" {
		t.Errorf("query link carries query %q, operationName %q", q.Get("query"), q.Get("operationName"))
	}
	var vars struct{ Countries []string }
	if err := json.Unmarshal([]byte(q.Get("variables")), &vars); err != nil || strings.Join(vars.Countries, ",") != "MEX,JPN" {
		t.Errorf("query link variables %q, want the countries shown", q.Get("variables"))
	}
	p.Do("open the playground", chromedp.Navigate(p.URL(href)), chromedp.WaitVisible(chromedp.CSS(browsertest.EditorSelector)))
	if got := browsertest.ActiveQuery(p); got != q.Get("query") {
		t.Errorf("the playground opened %q, want the explorer's query", got)
	}
	// The query runs in the playground as it ran in the explorer.
	var want struct {
		Compare struct{ Rows []struct{ Dimension string } }
	}
	gql(t, base, q.Get("query"), map[string]any{"countries": vars.Countries}, &want)
	if len(want.Compare.Rows) == 0 {
		t.Error("the handed query answers no rows")
	}
}

// checkKeyboard: from the top of a view, Tab reaches the skip link, the navigation, and the
// drawing's marks, each with an accessible name.
func checkKeyboard(t *testing.T, p *browsertest.Page) {
	view(t, p, "timeline", "/explore/timeline?countries=JPN", drawn(`svg[data-country="JPN"]`, 40))
	var names []string
	for i := 0; i < 60; i++ {
		p.Do("tab", chromedp.KeyEvent("\t"))
		names = append(names, evalJS[string](p, "focused", `(() => { const e = document.activeElement; return (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 60); })()`))
		if evalJS[bool](p, "in chart", `!!document.activeElement.closest('svg[data-country]')`) {
			break
		}
	}
	if len(names) == 0 || names[0] != "Skip to content" {
		t.Errorf("first Tab stop %q, want the skip link", names)
	}
	if !evalJS[bool](p, "in chart", `!!document.activeElement.closest('svg[data-country]')`) {
		t.Errorf("Tab never reached a timeline mark; stops: %q", names)
	}
	// Controls have accessible names.
	unnamed := evalJS[[]string](p, "unnamed controls", `[...document.querySelectorAll('button, input, select, a[href]')].filter(e => {
		const name = e.getAttribute('aria-label') || e.textContent.trim() || (e.labels && [...e.labels].map(l => l.textContent).join('').trim()) || e.getAttribute('title');
		return !name; }).map(e => e.outerHTML.slice(0, 80))`)
	if len(unnamed) > 0 {
		t.Errorf("controls without an accessible name: %q", unnamed)
	}
}
