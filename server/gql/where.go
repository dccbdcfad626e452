package gql

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"

	"github.com/peacegraph/peacegraph/graph"
)

// where inputs and orders: the GraphQL where objects (maps, as gqlgen.yml binds them) mapped onto
// graph.Where by graph's field table, and the order enums onto graph's order fields. The
// SDL's input types are the table's (schema_test checks it); this only maps.

// whereOf maps a where object of kind k; nil for none. Invalid for what the table refuses.
func whereOf(k graph.Kind, m map[string]any) (*graph.Where, error) {
	if m == nil {
		return nil, nil
	}
	w, err := mapWhere(k, m)
	if err != nil {
		return nil, err
	}
	return &w, nil
}

func mapWhere(k graph.Kind, m map[string]any) (graph.Where, error) {
	const op = "where"
	var w graph.Where
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys) // a stable order: the same query gives the same where
	for _, key := range keys {
		v := m[key]
		if v == nil {
			continue // an explicit null: no condition
		}
		switch key {
		case "AND", "OR":
			list, ok := v.([]map[string]any)
			if !ok {
				return w, graph.Errorf(graph.Invalid, op, "%s takes a list of filters", key)
			}
			for _, sm := range list {
				sub, err := mapWhere(k, sm)
				if err != nil {
					return w, err
				}
				if key == "AND" {
					w.And = append(w.And, sub)
				} else {
					w.Or = append(w.Or, sub)
				}
			}
		case "NOT":
			sm, ok := v.(map[string]any)
			if !ok {
				return w, graph.Errorf(graph.Invalid, op, "NOT takes a filter")
			}
			sub, err := mapWhere(k, sm)
			if err != nil {
				return w, err
			}
			w.Not = &sub
		default:
			f, ok := graph.FieldOf(k, key)
			if !ok {
				return w, graph.Errorf(graph.Invalid, op, "no field %q to filter on", key)
			}
			ops, ok := v.(map[string]any)
			if !ok {
				return w, graph.Errorf(graph.Invalid, op, "%s takes an operator object such as {eq: ...}", key)
			}
			names := make([]string, 0, len(ops))
			for o := range ops {
				names = append(names, o)
			}
			sort.Strings(names)
			for _, o := range names {
				if ops[o] == nil {
					continue
				}
				val, err := whereValue(f, graph.Op(o), ops[o])
				if err != nil {
					return w, graph.Errorf(graph.Invalid, op, "%s.%s: %v", key, o, err)
				}
				w.Conds = append(w.Conds, graph.Cond{Field: f.Name, Op: graph.Op(o), Value: val})
			}
		}
	}
	return w, nil
}

// whereValue turns an operator's GraphQL value into graph.Cond's: int, string, bool, or a list
// of ints or strings for in. gqlgen hands enums over as their Go types (graph.MissionKind) and
// lists as typed slices: reflect reads them as what they are, strings and lists.
func whereValue(f graph.Field, op graph.Op, v any) (any, error) {
	v = plain(v)
	if f.Type == graph.FieldDate && op != graph.OpIsNull {
		if op == graph.OpWithin {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("takes a window {from, to}")
			}
			var r graph.DateRange
			for k, dst := range map[string]**graph.PartialDate{"from": &r.From, "to": &r.To} {
				if d, ok := plain(m[k]).(graph.PartialDate); ok {
					*dst = &d
				}
			}
			return r, nil
		}
		d, ok := v.(graph.PartialDate)
		if !ok {
			return nil, fmt.Errorf("takes a PartialDate")
		}
		return d, nil
	}
	numeric := f.Type == graph.FieldNumber || f.Type == graph.FieldCount
	if op == graph.OpIsNull {
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("takes true or false")
		}
		return b, nil
	}
	if op == graph.OpIn {
		list, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("takes a list")
		}
		if numeric {
			out := make([]int, 0, len(list))
			for _, e := range list {
				n, err := intOf(e)
				if err != nil {
					return nil, err
				}
				out = append(out, n)
			}
			return out, nil
		}
		out := make([]string, 0, len(list))
		for _, e := range list {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("takes a list of strings")
			}
			out = append(out, s)
		}
		return slices.Compact(out), nil
	}
	switch {
	case numeric:
		return intOf(v)
	case f.Type == graph.FieldBool:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("takes true or false")
		}
		return b, nil
	}
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("takes a string")
	}
	return s, nil
}

// plain turns a value of a string type into a string and a typed slice into []any.
func plain(v any) any {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Slice:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = plain(rv.Index(i).Interface())
		}
		return out
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		return plain(rv.Elem().Interface())
	}
	return v
}

// intOf reads a GraphQL Int as gqlgen hands it over in a map: int64 from a literal,
// json.Number from variables.
func intOf(v any) (int, error) {
	switch n := v.(type) {
	case int:
		return n, nil
	case int64:
		if n < math.MinInt32 || n > math.MaxInt32 {
			return 0, fmt.Errorf("%d is out of range", n)
		}
		return int(n), nil
	case json.Number:
		i, err := n.Int64()
		if err != nil || i < math.MinInt32 || i > math.MaxInt32 {
			return 0, fmt.Errorf("%s is not a 32-bit whole number", n)
		}
		return int(i), nil
	case float64:
		if n != math.Trunc(n) || n < math.MinInt32 || n > math.MaxInt32 {
			return 0, fmt.Errorf("%v is not a whole number", n)
		}
		return int(n), nil
	}
	return 0, fmt.Errorf("takes a whole number")
}

// orderOf maps an order enum value of kind k onto the store's order: the enum's legacy values
// first (they keep their cursors), then any sortable field by its order name (graph's table).
func orderOf(k graph.Kind, value string, dir *OrderDirection, legacy map[string]graph.OrderField) (graph.OrderField, bool) {
	desc := dir != nil && *dir == OrderDirectionDesc
	if o, ok := legacy[value]; ok {
		return o, desc
	}
	if f, ok := graph.FieldByOrderName(k, value); ok {
		return graph.OrderField(f.Name), desc
	}
	return graph.OrderField(value), desc // ValidateList refuses it
}

// listWhere runs q with its where and order through the store as a connection page.
func listWhere[T graph.Node](ctx context.Context, r *Resolver, q graph.ListQuery, where map[string]any, first *int, after *string, last *int, before *string) (page[T], error) {
	w, err := whereOf(q.Kind, where)
	if err != nil {
		return page[T]{}, err
	}
	q.Where = w
	return list[T](ctx, r, q, first, after, last, before)
}
