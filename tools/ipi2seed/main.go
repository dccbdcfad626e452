// Command ipi2seed converts the IPI Peacekeeping Database extracts kept with the research material
// (monthly uniformed contributions of Argentina, Japan and Mexico, Nov 1990 - Mar 2014, and the
// per-mission breakdown for 31 March 2014) into seed YAML in the project's own format
// (seed/FORMAT.md): one `personnelSeries` record per country, the IPI `sources`, and one `events`
// record per contributor for the March 2014 per-mission figures.
//
// It is a maintenance tool, run by hand from the repository root; nothing calls it at runtime:
//
//	go run ./tools/ipi2seed -in ../shared/research/data/ipi          # (re)write seed/data/personnel/*.yaml
//	go run ./tools/ipi2seed -in ../shared/research/data/ipi -check   # compare with the files on disk, exit 1 on drift
//	go run ./tools/ipi2seed -in DIR -out DIR
//
// It stays because the personnel series are IPI's and IPI publishes new months: a newer extract
// is turned into seed files the same way, and -check shows that the committed files are what
// the extract says. main_test.go runs it on the small extract in testdata/.
//
// Input (see README.md next to the CSVs): monthly-<Country>.csv with columns
// Date,Troops,Police,Experts (Date = last day of the month; NA = none reported that month) and
// by-mission-2014-03-31.csv with the IPI archive's per-mission columns. The CSVs themselves are
// never copied into the repository.
//
// Rules applied:
//   - every CSV data row becomes exactly one point, dated by its month ("YYYY-MM"); months missing
//     from the CSV stay missing (a YAML comment marks each gap);
//   - NA becomes null; every other value must be a non-negative integer and is kept as is;
//   - months must be strictly increasing (a duplicate month is an error).
//
// Standard library only.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The headers of the generated files still name the tool by its former path,
// seed/tools/ipi2seed: the dataset's version is a digest of the seed files (the golden answers
// carry it), and a moved comment is not worth a new version. A regeneration from a new IPI
// extract, which changes the version anyway, is the time to update them.

// Source IDs written to sources.yaml and cited by every record.
const (
	srcIPI     = "source:ipi-peacekeeping-database"
	srcDataLab = "source:ipi-datalab-ppp-loader"
)

// country describes one case country: the IPI file name and the seed ID.
type country struct {
	Name string // as in the IPI file name and in the by-mission Contributor column
	ISO3 string // lower-case ISO3, the seed ID suffix
	File string // output file name under -out
	// DataLab is the locator in the IPI data lab repository. Argentina.csv and Japan.csv there were
	// checked identical to the extracts; for Mexico only the folder (and its chart, Mexico.png)
	// could be seen, so the locator names the folder, not a file.
	DataLab string
}

var countries = []country{
	{Name: "Argentina", ISO3: "arg", File: "argentina.yaml", DataLab: "ppp_files/countries/Argentina.csv"},
	{Name: "Japan", ISO3: "jpn", File: "japan.yaml", DataLab: "ppp_files/countries/Japan.csv"},
	{Name: "Mexico", ISO3: "mex", File: "mexico.yaml", DataLab: "ppp_files/countries/ (Mexico)"},
}

// knownMissions are the missions of the shared reference layer (data-common brief); only these may
// appear in `related`. Others are named in the description and listed in a comment.
var knownMissions = map[string]bool{}

func init() {
	for _, m := range strings.Fields(`unscob untso unmogip unogil onuc unficyp unipom unef-ii undof
		unifil uniimog unavem-i unavem-ii unavem-iii onuca onusal unikom minurso unprofor uncro
		untaes untac onumoz unmih minugua unmik untaet unmiset unmil minustah minujusth unmis
		unmiss unmin minusca minusma monusco unvmc`) {
		knownMissions[m] = true
	}
}

// hostNames tidies the IPI Mission_Country spellings (a stray quote, a missing accent); the
// figures are never touched.
var hostNames = map[string]string{
	"South Sudan'":  "South Sudan",
	"Cote d Ivoire": "Côte d'Ivoire",
}

// ---------------------------------------------------------------------------------------------
// monthly series

type point struct {
	Month string // YYYY-MM
	Raw   string // the CSV date, for messages
	Vals  [3]*int
}

type series struct {
	Country country
	Points  []point
	Rows    int // CSV data rows read
}

var monthlyHeader = []string{"Date", "Troops", "Police", "Experts"}

func readMonthly(dir string, c country) (*series, error) {
	path := filepath.Join(dir, "monthly-"+c.Name+".csv")
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || !equal(rows[0], monthlyHeader) {
		return nil, fmt.Errorf("%s: header must be %v", path, monthlyHeader)
	}
	s := &series{Country: c}
	var prev time.Time
	for i, r := range rows[1:] {
		line := i + 2
		if len(r) != len(monthlyHeader) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(r), len(monthlyHeader))
		}
		d, err := time.Parse("2006-01-02", r[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad date %q", path, line, r[0])
		}
		m := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		if !prev.IsZero() && !m.After(prev) {
			return nil, fmt.Errorf("%s:%d: month %s not after %s (duplicate or out of order)",
				path, line, m.Format("2006-01"), prev.Format("2006-01"))
		}
		prev = m
		p := point{Month: m.Format("2006-01"), Raw: r[0]}
		for k := 0; k < 3; k++ {
			v, err := parseCount(r[k+1])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %s: %v", path, line, monthlyHeader[k+1], err)
			}
			p.Vals[k] = v
		}
		s.Points = append(s.Points, p)
		s.Rows++
	}
	return s, nil
}

// parseCount: "NA" -> nil (none reported), else a non-negative integer.
func parseCount(s string) (*int, error) {
	s = strings.TrimSpace(s)
	if s == "NA" {
		return nil, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("value %q is neither NA nor a non-negative integer", s)
	}
	return &n, nil
}

func renderSeries(s *series) []byte {
	c := s.Country
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Monthly uniformed personnel of %s in UN peacekeeping, as published by the IPI\n", c.Name)
	fmt.Fprintf(&b, "# Peacekeeping Database (International Peace Institute, Providing for Peacekeeping).\n")
	fmt.Fprintf(&b, "#\n")
	fmt.Fprintf(&b, "# GENERATED by seed/tools/ipi2seed from monthly-%s.csv: do not edit by hand, fix the\n", c.Name)
	fmt.Fprintf(&b, "# converter or the input and run `go run ./seed/tools/ipi2seed` from the repository root.\n")
	fmt.Fprintf(&b, "#\n")
	fmt.Fprintf(&b, "# One point per CSV row (%d rows, %s to %s): [month, troops, police, experts].\n",
		s.Rows, s.Points[0].Month, s.Points[len(s.Points)-1].Month)
	fmt.Fprintf(&b, "# IPI dates each row by the last day of the month; the point keeps the month only.\n")
	fmt.Fprintf(&b, "# null = IPI reports NA, i.e. no personnel of that category that month (its pipeline writes\n")
	fmt.Fprintf(&b, "# zero as NA). \"experts\" are military experts on mission / observers, a category the IPI\n")
	fmt.Fprintf(&b, "# series starts in August 1992, so experts is null before then. Months absent from the CSV are\n")
	fmt.Fprintf(&b, "# absent here (marked by a comment): no figure, not zero. Figures after March 2014 come from the\n")
	fmt.Fprintf(&b, "# country dossiers, in seed/data/%s/, not from here.\n", strings.ToLower(c.Name))
	fmt.Fprintf(&b, "\npersonnelSeries:\n")
	fmt.Fprintf(&b, "  - country: country:%s\n", c.ISO3)
	fmt.Fprintf(&b, "    citations:\n")
	fmt.Fprintf(&b, "      - {source: %s, locator: %s}\n", srcIPI, q("monthly contributions, "+c.Name))
	fmt.Fprintf(&b, "      - {source: %s, locator: %s}\n", srcDataLab, q(c.DataLab))
	fmt.Fprintf(&b, "    confidence: HIGH\n")
	fmt.Fprintf(&b, "    columns: [troops, police, experts]\n")
	renderCoverage(&b, s)
	fmt.Fprintf(&b, "    points:\n")
	for i, p := range s.Points {
		if i > 0 {
			if gap := monthsBetween(s.Points[i-1].Month, p.Month); gap != "" {
				fmt.Fprintf(&b, "      # %s: no rows in the IPI file (no figure, not zero)\n", gap)
			}
		}
		fmt.Fprintf(&b, "      - [%q, %s, %s, %s]\n", p.Month, num(p.Vals[0]), num(p.Vals[1]), num(p.Vals[2]))
	}
	return b.Bytes()
}

// expertsFrom is the month the IPI series starts counting military experts on mission.
const expertsFrom = "1992-08"

// coverageNotes add what the dossiers say beyond the series' end, per country.
var coverageNotes = map[string]string{
	"mex": " Mexico's file stops in April 1995, when ONUSAL closed; the dossiers report no Mexican uniformed personnel in UN operations again until 2015 (F-MEX-011, F-MEX-012), but the months after April 1995 are no data here, not zero.",
}

// renderCoverage writes the series' coverage (seed/FORMAT.md): from its first to its last row,
// with the months without rows as gaps, and the experts column's later start.
func renderCoverage(b *bytes.Buffer, s *series) {
	first, last := s.Points[0].Month, s.Points[len(s.Points)-1].Month
	fmt.Fprintf(b, "    coverage:\n")
	fmt.Fprintf(b, "      from: %q\n      to: %q\n", first, last)
	var gaps []string
	for i := 1; i < len(s.Points); i++ {
		if g := monthsBetween(s.Points[i-1].Month, s.Points[i].Month); g != "" {
			from, to, ok := strings.Cut(g, " to ")
			if !ok {
				to = from
			}
			gaps = append(gaps, fmt.Sprintf("[%q, %q]", from, to))
		}
	}
	if len(gaps) > 0 {
		fmt.Fprintf(b, "      gaps: [%s]\n", strings.Join(gaps, ", "))
	}
	if first < expertsFrom {
		fmt.Fprintf(b, "      columns:\n        - {column: experts, from: %q, note: \"the IPI series starts counting military experts on mission in August 1992: before then an empty cell is not counted, not none\"}\n", expertsFrom)
	}
	fmt.Fprintf(b, "      note: %s\n", q("The IPI series covers these months only (nothing after March 2014, per its README); months without a row are no data, not zero."+coverageNotes[s.Country.ISO3]))
	fmt.Fprintf(b, "      citations: [{source: %s, locator: %s}]\n", srcIPI, q("monthly contributions, "+s.Country.Name))
}

// monthsBetween returns "YYYY-MM to YYYY-MM" for the months strictly between a and b, or "".
func monthsBetween(a, b string) string {
	ta, _ := time.Parse("2006-01", a)
	tb, _ := time.Parse("2006-01", b)
	first := ta.AddDate(0, 1, 0)
	if !first.Before(tb) {
		return ""
	}
	last := tb.AddDate(0, -1, 0)
	if first.Equal(last) {
		return first.Format("2006-01")
	}
	return first.Format("2006-01") + " to " + last.Format("2006-01")
}

// ---------------------------------------------------------------------------------------------
// per-mission breakdown, 31 March 2014

var byMissionHeader = []string{"Date", "Contributor", "Contributor_ISO-3", "Mission", "Mission_Country",
	"Mission_Country_ISO-3", "Formed_Police_Units", "Inidividual_Police", "Civilian_Police", "Troops",
	"Observers", "Total"}

// byMission column indexes
const (
	bmDate = iota
	bmContributor
	bmContributorISO
	bmMission
	bmHost
	bmHostISO
	bmFPU
	bmIPO
	bmPolice
	bmTroops
	bmObservers
	bmTotal
)

type missionRow struct {
	Mission, Host string
	Raw           []string // the figures columns as in the CSV (FPU .. Total)
	V             [6]*int  // FPU, individual police, civilian police, troops, observers, total
}

type contributorMissions struct {
	Name, ISO3, Date string
	Rows             []missionRow
}

func readByMission(path string) ([]*contributorMissions, int, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, 0, err
	}
	if len(rows) == 0 || !equal(rows[0], byMissionHeader) {
		return nil, 0, fmt.Errorf("%s: header must be %v", path, byMissionHeader)
	}
	var out []*contributorMissions
	idx := map[string]*contributorMissions{}
	for i, r := range rows[1:] {
		line := i + 2
		if len(r) != len(byMissionHeader) {
			return nil, 0, fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(r), len(byMissionHeader))
		}
		if _, err := time.Parse("2006-01-02", r[bmDate]); err != nil {
			return nil, 0, fmt.Errorf("%s:%d: bad date %q", path, line, r[bmDate])
		}
		iso := strings.ToLower(strings.TrimSpace(r[bmContributorISO]))
		cm := idx[iso]
		if cm == nil {
			cm = &contributorMissions{Name: r[bmContributor], ISO3: iso, Date: r[bmDate]}
			idx[iso] = cm
			out = append(out, cm)
		} else if cm.Date != r[bmDate] {
			return nil, 0, fmt.Errorf("%s:%d: second date %s for %s", path, line, r[bmDate], cm.Name)
		}
		host := strings.TrimSpace(r[bmHost])
		if h, ok := hostNames[host]; ok {
			host = h
		}
		mr := missionRow{Mission: strings.TrimSpace(r[bmMission]), Host: host, Raw: r[bmFPU:]}
		for k := 0; k < 6; k++ {
			v, err := parseCount(r[bmFPU+k])
			if err != nil {
				return nil, 0, fmt.Errorf("%s:%d: %s: %v", path, line, byMissionHeader[bmFPU+k], err)
			}
			mr.V[k] = v
		}
		// internal consistency: police = FPU + individual; total = police + troops + observers
		if val(mr.V[0])+val(mr.V[1]) != val(mr.V[2]) || val(mr.V[2])+val(mr.V[3])+val(mr.V[4]) != val(mr.V[5]) {
			return nil, 0, fmt.Errorf("%s:%d: row does not add up: %v", path, line, mr.Raw)
		}
		cm.Rows = append(cm.Rows, mr)
	}
	return out, len(rows) - 1, nil
}

var byMissionLabels = []string{"formed police units", "individual police", "police (all)", "troops",
	"observers", "total"}

func renderByMission(cms []*contributorMissions, monthly map[string]*series) ([]byte, []string, error) {
	var b bytes.Buffer
	var notes []string
	b.WriteString(`# Uniformed personnel by mission on 31 March 2014, from the IPI Peacekeeping Database (the one
# month for which the per-mission rows are at hand). The format has no per-mission personnel type,
# so each contributor's breakdown is an event dated 2014-03-31 listing every mission row.
#
# GENERATED by seed/tools/ipi2seed from by-mission-2014-03-31.csv: do not edit by hand.
#
# Figures exactly as in the IPI file; NA = none reported. Column labels: formed police units
# (Formed_Police_Units), individual police (Inidividual_Police, IPI's spelling), police (all)
# (Civilian_Police: formed + individual police in every row), troops, observers (military experts
# on mission), total.
`)
	for _, c := range countries {
		found := false
		for _, cm := range cms {
			found = found || cm.ISO3 == c.ISO3
		}
		if !found {
			fmt.Fprintf(&b, "# %s has no row in this file (not listed for that date), so there is no %s event.\n", c.Name, c.Name)
			notes = append(notes, c.Name+": no by-mission rows, no event")
		}
	}
	b.WriteString("\nevents:\n")
	for i, cm := range cms {
		var c *country
		for k := range countries {
			if countries[k].ISO3 == cm.ISO3 {
				c = &countries[k]
			}
		}
		if c == nil {
			return nil, nil, fmt.Errorf("by-mission: contributor %s (%s) is not a case country", cm.Name, cm.ISO3)
		}
		d, _ := time.Parse("2006-01-02", cm.Date)
		if i > 0 {
			b.WriteString("\n")
		}
		var related, unknown []string
		var tot [6]int
		var seen [6]bool // a column that is NA in every row is summed as "none", not 0
		var lines []string
		for _, r := range cm.Rows {
			id := strings.ToLower(r.Mission)
			if knownMissions[id] {
				related = append(related, "mission:"+id)
			} else {
				unknown = append(unknown, r.Mission)
			}
			var parts []string
			for k := 0; k < 6; k++ {
				tot[k] += val(r.V[k])
				seen[k] = seen[k] || r.V[k] != nil
				parts = append(parts, byMissionLabels[k]+" "+strings.TrimSpace(r.Raw[k]))
			}
			lines = append(lines, fmt.Sprintf("%s (%s): %s.", r.Mission, r.Host, strings.Join(parts, ", ")))
		}
		sort.Strings(related)
		// cross-check against the monthly series for the same month
		check := ""
		if s := monthly[cm.ISO3]; s != nil {
			month := d.Format("2006-01")
			for _, p := range s.Points {
				if p.Month != month {
					continue
				}
				if val(p.Vals[0]) == tot[3] && val(p.Vals[1]) == tot[2] && val(p.Vals[2]) == tot[4] {
					check = " These match the monthly series for March 2014 (troops, police, experts)."
				} else {
					notes = append(notes, fmt.Sprintf("WARNING %s: by-mission sums (troops %d, police %d, observers %d) differ from monthly %s %s/%s/%s",
						cm.Name, tot[3], tot[2], tot[4], month, num(p.Vals[0]), num(p.Vals[1]), num(p.Vals[2])))
				}
			}
		}
		fmt.Fprintf(&b, "  - id: event:%s-ipi-2014-03-by-mission\n", cm.ISO3)
		fmt.Fprintf(&b, "    date: %q\n", cm.Date)
		fmt.Fprintf(&b, "    title: %s\n", q(fmt.Sprintf("%s: uniformed personnel by mission, %s (IPI)", c.Name, d.Format("2 January 2006"))))
		fmt.Fprintf(&b, "    description: |-\n")
		fmt.Fprintf(&b, "      %s's uniformed personnel in UN operations on %s, by mission, as listed by the IPI\n", c.Name, d.Format("2 January 2006"))
		fmt.Fprintf(&b, "      Peacekeeping Database (NA = none reported):\n")
		for _, l := range lines {
			fmt.Fprintf(&b, "      - %s\n", l)
		}
		sum := func(k int) string {
			if !seen[k] {
				return "none"
			}
			return strconv.Itoa(tot[k])
		}
		fmt.Fprintf(&b, "      Across %s: troops %s, police %s, observers %s, total %s.%s\n",
			plural(len(cm.Rows), "mission", "missions"), sum(3), sum(2), sum(4), sum(5), check)
		fmt.Fprintf(&b, "    country: country:%s\n", cm.ISO3)
		if len(unknown) > 0 {
			fmt.Fprintf(&b, "    # not in the shared mission layer, so named in the description only: %s\n", strings.Join(unknown, ", "))
		}
		fmt.Fprintf(&b, "    related: [%s]\n", strings.Join(related, ", "))
		fmt.Fprintf(&b, "    citations:\n")
		fmt.Fprintf(&b, "      - {source: %s, locator: %s}\n", srcIPI, q("by mission, "+cm.Date))
		fmt.Fprintf(&b, "    confidence: HIGH\n")
		notes = append(notes, fmt.Sprintf("%s: %d mission rows, troops %d, police %d, observers %d, total %d%s",
			cm.Name, len(cm.Rows), tot[3], tot[2], tot[4], tot[5], map[bool]string{true: " (matches monthly)", false: ""}[check != ""]))
	}
	return b.Bytes(), notes, nil
}

// ---------------------------------------------------------------------------------------------
// sources

func renderSources() []byte {
	return []byte(`# Sources of the IPI personnel figures (seed/data/personnel/).
#
# GENERATED by seed/tools/ipi2seed: do not edit by hand.

sources:
  - id: ` + srcIPI + `
    kind: DATASET
    title: "IPI Peacekeeping Database: monthly uniformed contributions by country, 1990-2014 (Providing for Peacekeeping)"
    publisher: International Peace Institute
    language: en
    url: http://www.providingforpeacekeeping.org

  # The IPI data lab's published per-country files, from which the monthly extracts were taken.
  - id: ` + srcDataLab + `
    kind: DATASET
    title: "IPI Data Lab, PPP_Loader: Providing for Peacekeeping data files, monthly uniformed contributions per country (ppp_files/countries/)"
    publisher: International Peace Institute (IPI Data Lab)
    language: en
    url: https://github.com/IPIDataLab/PPP_Loader
`)
}

// ---------------------------------------------------------------------------------------------

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errDrift) {
			fmt.Fprintln(os.Stderr, "ipi2seed:", err)
		}
		os.Exit(1)
	}
}

// errDrift is -check's finding that the files on disk differ from what the CSVs give.
var errDrift = errors.New("the seed files differ from the CSVs")

// run converts the CSVs in -in into the seed files in -out (or, with -check, compares them).
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ipi2seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "directory holding the IPI CSVs (the research material's data/ipi; required)")
	out := fs.String("out", "", "directory to write the YAML to (default: seed/data/personnel of the repository)")
	check := fs.Bool("check", false, "do not write: compare the generated YAML with the files in -out, exit 1 if they differ")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *in == "" {
		return errors.New("-in is required: the directory of the IPI CSVs")
	}
	if *out == "" {
		root, err := repoRoot()
		if err != nil {
			return fmt.Errorf("cannot find the repository root (%v): give -out", err)
		}
		*out = filepath.Join(root, "seed", "data", "personnel")
	}
	files, order, err := convert(*in, stdout)
	if err != nil {
		return err
	}
	drift := false
	for _, name := range order {
		path := filepath.Join(*out, name)
		if *check {
			old, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(old, files[name]) {
				fmt.Fprintf(stdout, "DIFFERS  %s\n", path)
				drift = true
			} else {
				fmt.Fprintf(stdout, "ok       %s\n", path)
			}
			continue
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote    %s\n", path)
	}
	if drift {
		return errDrift
	}
	return nil
}

// convert reads the CSVs in dir and renders the seed files, by name, in the order written.
func convert(dir string, stdout io.Writer) (map[string][]byte, []string, error) {
	files := map[string][]byte{}
	var order []string
	add := func(name string, data []byte) { files[name] = data; order = append(order, name) }

	monthly := map[string]*series{}
	total := 0
	for _, c := range countries {
		s, err := readMonthly(dir, c)
		if err != nil {
			return nil, nil, err
		}
		if len(s.Points) != s.Rows || s.Rows == 0 {
			return nil, nil, fmt.Errorf("%s: %d points for %d CSV rows", c.Name, len(s.Points), s.Rows)
		}
		monthly[c.ISO3] = s
		total += len(s.Points)
		gaps := []string{}
		for i := 1; i < len(s.Points); i++ {
			if g := monthsBetween(s.Points[i-1].Month, s.Points[i].Month); g != "" {
				gaps = append(gaps, g)
			}
		}
		fmt.Fprintf(stdout, "%-9s %3d CSV rows -> %3d points, %s..%s, gaps: %v\n", c.Name, s.Rows, len(s.Points),
			s.Points[0].Month, s.Points[len(s.Points)-1].Month, gaps)
		add(c.File, renderSeries(s))
	}
	fmt.Fprintf(stdout, "total     %d points\n", total)

	cms, nrows, err := readByMission(filepath.Join(dir, "by-mission-2014-03-31.csv"))
	if err != nil {
		return nil, nil, err
	}
	bm, notes, err := renderByMission(cms, monthly)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(stdout, "by-mission %d CSV rows -> %d events\n", nrows, len(cms))
	for _, n := range notes {
		fmt.Fprintln(stdout, "  "+n)
	}
	add("by-mission-2014-03.yaml", bm)
	add("sources.yaml", renderSources())
	return files, order, nil
}

// ---------------------------------------------------------------------------------------------
// helpers

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	r := csv.NewReader(f)            // strips the \r of CRLF lines
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	return rows, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.TrimSpace(a[i]) != b[i] {
			return false
		}
	}
	return true
}

func num(p *int) string {
	if p == nil {
		return "null"
	}
	return strconv.Itoa(*p)
}

func val(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// q quotes a YAML scalar (Go's escapes are a subset of YAML double-quoted escapes).
func q(s string) string { return strconv.Quote(s) }
