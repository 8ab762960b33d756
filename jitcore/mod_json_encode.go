package jitcore

import (
	"math"
	"sort"
	"strings"

	"jitlens/analysis/syntax"
)

// jsonEncoder holds the options of one json.dumps call.
type jsonEncoder struct {
	vm            *VM
	skipKeys      bool
	ensureASCII   bool
	checkCircular bool
	allowNaN      bool
	sortKeys      bool
	indent        string
	hasIndent     bool
	itemSep       string
	keySep        string
	dflt          Value // a callable for unknown objects, or Null
	markers       map[Object]bool
	b             strings.Builder
}

// newJSONEncoder reads the keyword options shared by dumps, dump and
// JSONEncoder: skipkeys, ensure_ascii, check_circular, allow_nan, indent,
// separators, default, sort_keys.
func newJSONEncoder(vm *VM, opts map[string]Value) (*jsonEncoder, error) {
	e := &jsonEncoder{vm: vm, ensureASCII: true, checkCircular: true, allowNaN: true, itemSep: ", ", keySep: ": "}
	truth := func(name string, dflt bool) (bool, error) {
		v, ok := opts[name]
		if !ok || v.IsNull() {
			return dflt, nil
		}
		return vm.truth(v)
	}
	var err error
	if e.skipKeys, err = truth("skipkeys", false); err != nil {
		return nil, err
	}
	if e.ensureASCII, err = truth("ensure_ascii", true); err != nil {
		return nil, err
	}
	if e.checkCircular, err = truth("check_circular", true); err != nil {
		return nil, err
	}
	if e.allowNaN, err = truth("allow_nan", true); err != nil {
		return nil, err
	}
	if e.sortKeys, err = truth("sort_keys", false); err != nil {
		return nil, err
	}
	if v, ok := opts["indent"]; ok && !v.IsNull() && !v.IsNone() {
		e.hasIndent = true
		e.itemSep = ","
		if s, ok := asStr(v); ok {
			e.indent = s
		} else if v.isIntLike() {
			e.indent = strings.Repeat(" ", max(0, int(intBase(v).n)))
		} else {
			return nil, typeErrorf("can't multiply sequence by non-int of type '%s'", v.Type().tpName())
		}
	}
	if v, ok := opts["separators"]; ok && !v.IsNull() && !v.IsNone() {
		items, err := vm.toSlice(v)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, newValueError(sprintf("too many values to unpack (expected 2)"))
		}
		a, ok1 := asStr(items[0])
		b, ok2 := asStr(items[1])
		if !ok1 || !ok2 {
			return nil, typeErrorf("make_encoder() argument 6 must be str, not %s", items[0].Type().tpName())
		}
		e.itemSep, e.keySep = a, b
	}
	if v, ok := opts["default"]; ok && !v.IsNull() && !v.IsNone() {
		e.dflt = v
	}
	if e.checkCircular {
		e.markers = map[Object]bool{}
	}
	return e, nil
}

func jsonNotSerializable(v Value) error {
	// JSONEncoder.default is Python: it names the class by __name__, not tp_name
	return typeErrorf("Object of type %s is not JSON serializable", v.Type().Name)
}

// encode writes the JSON text of v at nesting level.
func (e *jsonEncoder) encode(v Value, level int) error {
	switch v.k {
	case kNone:
		e.b.WriteString("null")
		return nil
	case kBool:
		if v.n != 0 {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case kInt:
		e.b.WriteString(intRepr(v))
		return nil
	case kFloat:
		return e.float(v.float())
	}
	if s, ok := asStr(v); ok {
		e.b.WriteString(jsonQuote(s, e.ensureASCII))
		return nil
	}
	if v.isIntLike() {
		e.b.WriteString(intRepr(intBase(v)))
		return nil
	}
	if v.Type().isSubtype(FloatType) {
		if in, ok := v.o.(*Instance); ok {
			return e.float(in.base.float())
		}
	}
	if l, ok := asList(v); ok {
		return e.seq(v, l.values(), level)
	}
	if t, ok := asTuple(v); ok {
		return e.seq(v, t.items, level)
	}
	if d, ok := asDict(v); ok {
		return e.dict(v, d, level)
	}
	if e.dflt.IsNull() {
		return jsonNotSerializable(v)
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := e.vm.call(e.dflt, []Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, level); err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *jsonEncoder) float(f float64) error {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return newValueError("Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			e.b.WriteString("NaN")
		case f > 0:
			e.b.WriteString("Infinity")
		default:
			e.b.WriteString("-Infinity")
		}
	default:
		e.b.WriteString(floatRepr(f))
	}
	return nil
}

func (e *jsonEncoder) enter(v Value) error {
	if e.markers == nil || v.k != kObj {
		return nil
	}
	if e.markers[v.o] {
		return newValueError("Circular reference detected")
	}
	e.markers[v.o] = true
	return nil
}

func (e *jsonEncoder) leave(v Value) {
	if e.markers != nil && v.k == kObj {
		delete(e.markers, v.o)
	}
}

func (e *jsonEncoder) newline(level int) {
	e.b.WriteByte('\n')
	for i := 0; i < level; i++ {
		e.b.WriteString(e.indent)
	}
}

func (e *jsonEncoder) seq(v Value, items []Value, level int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		if e.hasIndent {
			e.newline(level + 1)
		}
		if err := e.encode(it, level+1); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(level)
	}
	e.b.WriteByte(']')
	e.leave(v)
	return nil
}

// jsonKey converts a dict key to its JSON string, or reports skip.
func (e *jsonEncoder) key(k Value) (string, bool, error) {
	switch k.k {
	case kNone:
		return "null", true, nil
	case kBool:
		if k.n != 0 {
			return "true", true, nil
		}
		return "false", true, nil
	case kInt:
		return intRepr(k), true, nil
	case kFloat:
		f := k.float()
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0):
			if !e.allowNaN {
				return "", false, newValueError("Out of range float values are not JSON compliant")
			}
			if math.IsNaN(f) {
				return "NaN", true, nil
			} else if f > 0 {
				return "Infinity", true, nil
			}
			return "-Infinity", true, nil
		}
		return floatRepr(f), true, nil
	}
	if s, ok := asStr(k); ok {
		return s, true, nil
	}
	if k.isIntLike() {
		return intRepr(intBase(k)), true, nil
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, typeErrorf("keys must be str, int, float, bool or None, not %s", k.Type().tpName())
}

func (e *jsonEncoder) dict(v Value, d *Dict, level int) error {
	entries := append([]dictEntry(nil), d.items()...)
	if len(entries) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	if e.sortKeys {
		var cmpErr error
		sort.SliceStable(entries, func(i, j int) bool {
			if cmpErr != nil {
				return false
			}
			r, err := e.vm.compare(syntax.Lt, entries[i].key, entries[j].key)
			if err != nil {
				cmpErr = err
				return false
			}
			lt, err := e.vm.truth(r)
			if err != nil {
				cmpErr = err
			}
			return lt
		})
		if cmpErr != nil {
			return cmpErr
		}
	}
	e.b.WriteByte('{')
	first := true
	for _, en := range entries {
		ks, ok, err := e.key(en.key)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
		}
		first = false
		if e.hasIndent {
			e.newline(level + 1)
		}
		e.b.WriteString(jsonQuote(ks, e.ensureASCII))
		e.b.WriteString(e.keySep)
		if err := e.encode(en.val, level+1); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(level)
	}
	e.b.WriteByte('}')
	e.leave(v)
	return nil
}

const jsonHex = "0123456789abcdef"

// jsonQuote returns s as a JSON string literal, as CPython's encoder
// writes it.
func jsonQuote(s string, ensureASCII bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(jsonHex[r>>12&0xf])
		b.WriteByte(jsonHex[r>>8&0xf])
		b.WriteByte(jsonHex[r>>4&0xf])
		b.WriteByte(jsonHex[r&0xf])
	}
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case !ensureASCII || r < 0x7f:
				b.WriteRune(r)
			case r > 0xffff:
				r -= 0x10000
				u4(0xd800 | (r>>10)&0x3ff)
				u4(0xdc00 | r&0x3ff)
			default:
				u4(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
