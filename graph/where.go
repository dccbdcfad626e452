package graph

import (
	"fmt"
	"slices"
	"strings"
)

// Where filters: a small expression tree over the fields of one kind (fields.go), data and
// not code, so that one function here (Where.Eval) answers it for every store today and a
// store can compile it tomorrow (every field is a stored property or a COUNT over a Path,
// every operator a comparison). GraphQL's where inputs map onto it one to one.
//
// A Where holds conditions and sub-expressions; it is true when every condition is, every And
// element is, at least one Or element is (when there are any) and Not is not. Truth is
// three-valued (Kleene): a comparison with a value the sources do not give is Maybe, as is the
// time model's "maybe" (a span whose bounds they do not give), and Maybe carries through AND,
// OR and NOT. A list counts a node when its where is Yes (ListQuery.Match).

// not is the three-valued negation (Truth's values are ordered No, Maybe, Yes).
func not(t Truth) Truth { return Yes - t }

// Op is a comparison operator.
type Op string

// The operators; each field type takes those FieldType lists.
const (
	OpEq       Op = "eq"
	OpIn       Op = "in"
	OpGt       Op = "gt"
	OpGte      Op = "gte"
	OpLt       Op = "lt"
	OpLte      Op = "lte"
	OpContains Op = "contains"
	OpIsNull   Op = "isNull"
	// The date operators, three-valued on a bound the sources do not give (see dateTruth).
	OpBefore Op = "before" // a PartialDate
	OpAfter  Op = "after"  // a PartialDate
	OpWithin Op = "within" // a DateRange
)

// Cond compares one field with a value: a string, an int, a bool, or a list of strings or ints
// for in.
type Cond struct {
	Field string `json:"field"`
	Op    Op     `json:"op"`
	Value any    `json:"value"`
}

// Where is a filter expression over the fields of one kind.
type Where struct {
	Conds []Cond  `json:"conds,omitempty"`
	And   []Where `json:"and,omitempty"`
	Or    []Where `json:"or,omitempty"`
	Not   *Where  `json:"not,omitempty"`
}

// MaxWhereDepth bounds the nesting of AND, OR and NOT.
const MaxWhereDepth = 10

// ops lists the operators each field type takes.
var ops = map[FieldType][]Op{
	FieldID:       {OpEq, OpIn},
	FieldText:     {OpEq, OpIn, OpContains, OpIsNull},
	FieldNumber:   {OpEq, OpIn, OpGt, OpGte, OpLt, OpLte, OpIsNull},
	FieldCount:    {OpEq, OpIn, OpGt, OpGte, OpLt, OpLte},
	FieldBool:     {OpEq, OpIsNull},
	FieldEnum:     {OpEq, OpIn},
	FieldConf:     {OpEq, OpIn},
	FieldEnumList: {OpIn},
	FieldTextList: {OpContains},
	FieldDate:     {OpBefore, OpAfter, OpWithin, OpIsNull},
}

// Validate checks w against the fields of kind k: known fields, operators their type takes,
// values of the right type and enum values of the field's enum. Invalid otherwise.
func (w Where) Validate(k Kind) error {
	return w.validate(k, 0)
}

func (w Where) validate(k Kind, depth int) error {
	const op = "graph.Where"
	if depth > MaxWhereDepth {
		return Errorf(Invalid, op, "where is nested more than %d levels deep", MaxWhereDepth)
	}
	for _, c := range w.Conds {
		f, ok := FieldOf(k, c.Field)
		if !ok {
			return Errorf(Invalid, op, "where: %s has no field %q", strings.ToLower(string(k)), c.Field)
		}
		if !slices.Contains(ops[f.Type], c.Op) {
			return Errorf(Invalid, op, "where: %s does not take %s", c.Field, c.Op)
		}
		if err := checkValue(f, c); err != nil {
			return Errorf(Invalid, op, "where: %s %s: %v", c.Field, c.Op, err)
		}
	}
	for _, sub := range slices.Concat(w.And, w.Or) {
		if err := sub.validate(k, depth+1); err != nil {
			return err
		}
	}
	if w.Not != nil {
		return w.Not.validate(k, depth+1)
	}
	return nil
}

func checkValue(f Field, c Cond) error {
	if c.Op == OpIsNull {
		if _, ok := c.Value.(bool); !ok {
			return fmt.Errorf("takes true or false")
		}
		return nil
	}
	if f.Type == FieldDate {
		switch v := c.Value.(type) {
		case PartialDate:
			if c.Op != OpWithin && !v.IsZero() {
				return nil
			}
		case DateRange:
			if c.Op == OpWithin {
				if v.IsZero() {
					return fmt.Errorf("takes from, to or both")
				}
				return v.Validate()
			}
		}
		if c.Op == OpWithin {
			return fmt.Errorf("takes a range {from, to}")
		}
		return fmt.Errorf("takes a date")
	}
	var values []any
	switch v := c.Value.(type) {
	case []string:
		for _, s := range v {
			values = append(values, s)
		}
	case []int:
		for _, n := range v {
			values = append(values, n)
		}
	default:
		values = []any{v}
	}
	if c.Op == OpIn {
		if _, isList := c.Value.([]string); !isList {
			if _, isInts := c.Value.([]int); !isInts {
				return fmt.Errorf("takes a list")
			}
		}
	}
	for _, v := range values {
		switch f.Type {
		case FieldNumber, FieldCount:
			if _, ok := v.(int); !ok {
				return fmt.Errorf("takes a whole number")
			}
		case FieldBool:
			if _, ok := v.(bool); !ok {
				return fmt.Errorf("takes true or false")
			}
		default:
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("takes text")
			}
			if f.Enum != "" && !slices.Contains(Enums()[f.Enum], s) {
				return fmt.Errorf("%q is not a %s", s, f.Enum)
			}
		}
	}
	return nil
}

// Counts lists the count fields w names, for the store to compute (ListQuery.Counts).
func (w Where) Counts(k Kind) []string {
	var out []string
	var walk func(w Where)
	walk = func(w Where) {
		for _, c := range w.Conds {
			if f, ok := FieldOf(k, c.Field); ok && f.Type == FieldCount && !slices.Contains(out, f.Name) {
				out = append(out, f.Name)
			}
		}
		for _, sub := range slices.Concat(w.And, w.Or) {
			walk(sub)
		}
		if w.Not != nil {
			walk(*w.Not)
		}
	}
	walk(w)
	return out
}

// Eval answers w for node n, whose count fields have the values counts gives (by field name).
// w must have passed Validate for n's kind.
func (w Where) Eval(n Node, counts map[string]int) Truth {
	t := Yes
	for _, c := range w.Conds {
		t = min(t, evalCond(n, counts, c))
	}
	for _, sub := range w.And {
		t = min(t, sub.Eval(n, counts))
	}
	if len(w.Or) > 0 {
		any := No
		for _, sub := range w.Or {
			any = max(any, sub.Eval(n, counts))
		}
		t = min(t, any)
	}
	if w.Not != nil {
		t = min(t, not(w.Not.Eval(n, counts)))
	}
	return t
}

func truth(b bool) Truth {
	if b {
		return Yes
	}
	return No
}

func evalCond(n Node, counts map[string]int, c Cond) Truth {
	f, _ := FieldOf(n.NodeKind(), c.Field)
	var v any
	if f.Type == FieldCount {
		v = counts[f.Name]
	} else {
		v = f.Value(n)
	}
	if c.Op == OpIsNull {
		if dv, ok := v.(DateValue); ok && dv.Known == nil {
			v = nil // a date field is null when the sources give no date for it
		}
		return truth((v == nil) == c.Value.(bool))
	}
	if dv, ok := v.(DateValue); ok {
		return dateTruth(dv, c.Op, c.Value)
	}
	if v == nil {
		// An unknown value is not known to pass or to fail: Maybe, as in SQL and Cypher, so
		// that NOT does not turn "unknown" into "yes" (isNull asks for the unknown ones).
		return Maybe
	}
	switch c.Op {
	case OpEq:
		return truth(v == c.Value)
	case OpIn:
		switch list := c.Value.(type) {
		case []string:
			if vs, ok := v.([]string); ok { // ENUMS: any of the node's values
				return truth(slices.ContainsFunc(vs, func(s string) bool { return slices.Contains(list, s) }))
			}
			s, _ := v.(string)
			return truth(slices.Contains(list, s))
		case []int:
			i, _ := v.(int)
			return truth(slices.Contains(list, i))
		}
	case OpGt, OpGte, OpLt, OpLte:
		a, b := v.(int), c.Value.(int)
		switch c.Op {
		case OpGt:
			return truth(a > b)
		case OpGte:
			return truth(a >= b)
		case OpLt:
			return truth(a < b)
		}
		return truth(a <= b)
	case OpContains:
		want := Fold(c.Value.(string))
		if vs, ok := v.([]string); ok {
			return truth(slices.ContainsFunc(vs, func(s string) bool { return strings.Contains(Fold(s), want) }))
		}
		return truth(strings.Contains(Fold(v.(string)), want))
	}
	return No
}

// dateTruth answers a date operator on a bound, by the time model's rule: a Known date counts
// at any day of it (the documented rule of partial dates: "1994" is within 1994-06 and before
// 1994-07), so it answers Yes or No; any other bound answers over every day it can be, Yes when
// all of them pass, No when none can, Maybe otherwise (an Ongoing end "as of 2024" is after
// 2023, but may or may not be before 2030).
func dateTruth(v DateValue, op Op, arg any) Truth {
	lo, hi := v.Lo, v.Hi
	if v.Known != nil {
		lo, hi = v.Known.First(), v.Known.Last()
	}
	switch op {
	case OpBefore:
		d := arg.(PartialDate).First()
		if v.Known != nil {
			return truth(lo < d)
		}
		switch {
		case hi != "" && hi < d:
			return Yes
		case lo != "" && lo >= d:
			return No
		}
		return Maybe
	case OpAfter:
		d := arg.(PartialDate).Last()
		if v.Known != nil {
			return truth(hi > d)
		}
		switch {
		case lo != "" && lo > d:
			return Yes
		case hi != "" && hi <= d:
			return No
		}
		return Maybe
	case OpWithin:
		r := arg.(DateRange)
		from, to := "", ""
		if r.From != nil {
			from = r.From.First()
		}
		if r.To != nil {
			to = r.To.Last()
		}
		if v.Known != nil {
			return truth((to == "" || lo <= to) && (from == "" || hi >= from))
		}
		if (to != "" && lo != "" && lo > to) || (from != "" && hi != "" && hi < from) {
			return No
		}
		if (from == "" || (lo != "" && lo >= from)) && (to == "" || (hi != "" && hi <= to)) {
			return Yes
		}
		return Maybe
	}
	return No
}

// IsZero reports an empty filter (true of every node).
func (w Where) IsZero() bool {
	return len(w.Conds) == 0 && len(w.And) == 0 && len(w.Or) == 0 && w.Not == nil
}
