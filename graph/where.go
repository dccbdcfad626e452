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

// WhereTruth is a three-valued truth value.
type WhereTruth int

// The truth values, in order: AND is the least of its parts, OR the greatest.
const (
	WhereNo WhereTruth = iota
	WhereMaybe
	WhereYes
)

func (t WhereTruth) not() WhereTruth { return WhereYes - t }

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
func (w Where) Eval(n Node, counts map[string]int) WhereTruth {
	t := WhereYes
	for _, c := range w.Conds {
		t = min(t, evalCond(n, counts, c))
	}
	for _, sub := range w.And {
		t = min(t, sub.Eval(n, counts))
	}
	if len(w.Or) > 0 {
		any := WhereNo
		for _, sub := range w.Or {
			any = max(any, sub.Eval(n, counts))
		}
		t = min(t, any)
	}
	if w.Not != nil {
		t = min(t, w.Not.Eval(n, counts).not())
	}
	return t
}

func truth(b bool) WhereTruth {
	if b {
		return WhereYes
	}
	return WhereNo
}

func evalCond(n Node, counts map[string]int, c Cond) WhereTruth {
	f, _ := FieldOf(n.NodeKind(), c.Field)
	var v any
	if f.Type == FieldCount {
		v = counts[f.Name]
	} else {
		v = f.Value(n)
	}
	if c.Op == OpIsNull {
		return truth((v == nil) == c.Value.(bool))
	}
	if v == nil {
		// An unknown value is not known to pass or to fail: Maybe, as in SQL and Cypher, so
		// that NOT does not turn "unknown" into "yes" (isNull asks for the unknown ones).
		return WhereMaybe
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
	return WhereNo
}

// IsZero reports an empty filter (true of every node).
func (w Where) IsZero() bool {
	return len(w.Conds) == 0 && len(w.And) == 0 && len(w.Or) == 0 && w.Not == nil
}
