// Package seed holds the dataset as reviewable YAML files (see FORMAT.md), embedded in the
// binary, with the loader that turns them into a graph.Dataset and the validator that refuses
// a dataset with any problem, reporting every problem at once with file and line.
package seed

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed data
var embedded embed.FS

// Files returns the embedded seed files, rooted at the data folder.
func Files() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // the folder is embedded at build time
	}
	return sub
}

// Problem is one thing wrong with the dataset.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is every problem found; as an error it lists them one per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return fmt.Sprintf("seed: %d problem(s):\n%s", len(ps), strings.Join(lines, "\n"))
}

// record is one parsed list item with where it came from.
type record struct {
	section string
	file    string
	line    int
	node    *yaml.Node
	value   any // pointer to the section's record type
}

// sections maps each section name to its record type.
var sections = map[string]reflect.Type{
	"sources":           reflect.TypeFor[sourceRec](),
	"countries":         reflect.TypeFor[countryRec](),
	"missions":          reflect.TypeFor[missionRec](),
	"deployments":       reflect.TypeFor[deploymentRec](),
	"functions":         reflect.TypeFor[functionRec](),
	"legalInstruments":  reflect.TypeFor[instrumentRec](),
	"safeguards":        reflect.TypeFor[safeguardRec](),
	"reforms":           reflect.TypeFor[reformRec](),
	"principles":        reflect.TypeFor[principleRec](),
	"threats":           reflect.TypeFor[threatRec](),
	"threatPerceptions": reflect.TypeFor[perceptionRec](),
	"obstacles":         reflect.TypeFor[findingRec](),
	"benefits":          reflect.TypeFor[findingRec](),
	"recommendations":   reflect.TypeFor[findingRec](),
	"events":            reflect.TypeFor[eventRec](),
	"personnelSeries":   reflect.TypeFor[seriesRec](),
}

// parse reads every .yaml file of fsys into records, reporting syntax errors, unknown sections
// and unknown fields. It also returns a digest of the files, the dataset's version.
func parse(fsys fs.FS) ([]record, string, Problems) {
	var recs []record
	var probs Problems
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, "", Problems{{File: ".", Msg: "reading seed files: " + err.Error()}}
	}
	slices.Sort(files)
	h := sha256.New()
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			probs = append(probs, Problem{File: f, Msg: err.Error()})
			continue
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(b))
		h.Write(b)
		var doc yaml.Node
		if err := yaml.Unmarshal(b, &doc); err != nil {
			probs = append(probs, Problem{File: f, Line: yamlErrLine(err), Msg: "YAML syntax: " + err.Error()})
			continue
		}
		if doc.Kind == 0 || len(doc.Content) == 0 {
			continue // empty file
		}
		top := doc.Content[0]
		if top.Kind != yaml.MappingNode {
			probs = append(probs, Problem{File: f, Line: top.Line, Msg: "a seed file is a mapping from section name to a list of records"})
			continue
		}
		for i := 0; i+1 < len(top.Content); i += 2 {
			k, v := top.Content[i], top.Content[i+1]
			t, ok := sections[k.Value]
			if !ok {
				probs = append(probs, Problem{File: f, Line: k.Line, Msg: fmt.Sprintf("unknown section %q (known: %s)", k.Value, strings.Join(sectionNames(), ", "))})
				continue
			}
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				continue
			}
			if v.Kind != yaml.SequenceNode {
				probs = append(probs, Problem{File: f, Line: v.Line, Msg: fmt.Sprintf("section %q must be a list", k.Value)})
				continue
			}
			for _, item := range v.Content {
				if item.Kind != yaml.MappingNode {
					probs = append(probs, Problem{File: f, Line: item.Line, Msg: fmt.Sprintf("a %s record must be a mapping", k.Value)})
					continue
				}
				bad := false
				for _, m := range unknownKeys(item, t) {
					probs = append(probs, Problem{File: f, Line: m.line, Msg: m.msg})
					bad = true
				}
				ptr := reflect.New(t)
				if err := item.Decode(ptr.Interface()); err != nil {
					probs = append(probs, decodeProblems(f, item.Line, err)...)
					bad = true
				}
				if bad {
					continue
				}
				recs = append(recs, record{section: k.Value, file: f, line: item.Line, node: item, value: ptr.Interface()})
			}
		}
	}
	return recs, "seed-" + hex.EncodeToString(h.Sum(nil))[:12], probs
}

func sectionNames() []string {
	var out []string
	for k := range sections {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

type keyProblem struct {
	line int
	msg  string
}

// unknownKeys walks a YAML node alongside the Go type it decodes into and reports mapping keys
// the type has no field for: a typo in a field name must not silently drop data.
func unknownKeys(n *yaml.Node, t reflect.Type) []keyProblem {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[yaml.Node]() {
		return nil // checked later, by whoever decodes it
	}
	switch {
	case n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice:
		var out []keyProblem
		for _, c := range n.Content {
			out = append(out, unknownKeys(c, t.Elem())...)
		}
		return out
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		fields := yamlFields(t)
		var out []keyProblem
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				out = append(out, keyProblem{k.Line, fmt.Sprintf("unknown field %q (known: %s)", k.Value, strings.Join(sortedKeys(fields), ", "))})
				continue
			}
			out = append(out, unknownKeys(n.Content[i+1], ft)...)
		}
		return out
	}
	return nil
}

// yamlFields lists the YAML keys of a struct, following inline fields.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "inline" {
			for k, v := range yamlFields(f.Type) {
				out[k] = v
			}
			continue
		}
		out[name] = f.Type
	}
	return out
}

func sortedKeys(m map[string]reflect.Type) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// decodeProblems turns yaml's type errors ("line 12: cannot unmarshal ...") into problems.
func decodeProblems(file string, line int, err error) Problems {
	var te *yaml.TypeError
	if ok := asTypeError(err, &te); ok {
		var out Problems
		for _, e := range te.Errors {
			l := line
			if _, err := fmt.Sscanf(e, "line %d:", &l); err == nil {
				_, e, _ = strings.Cut(e, ": ")
			}
			out = append(out, Problem{File: file, Line: l, Msg: "wrong type: " + e})
		}
		return out
	}
	msg := err.Error()
	l := line
	if _, err := fmt.Sscanf(msg, "line %d:", &l); err == nil {
		_, msg, _ = strings.Cut(msg, ": ")
	}
	return Problems{{File: file, Line: l, Msg: msg}}
}

func asTypeError(err error, te **yaml.TypeError) bool {
	t, ok := err.(*yaml.TypeError)
	if ok {
		*te = t
	}
	return ok
}

func yamlErrLine(err error) int {
	var l int
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		_, _ = fmt.Sscanf(msg[i:], "line %d", &l)
	}
	return l
}

// fileOf names a file in messages: relative to the repository for the embedded dataset.
func fileOf(p string) string { return path.Join(displayRoot, p) }

// displayRoot prefixes file names in problems; LoadDir sets it to the folder it reads.
var displayRoot = "seed/data"
