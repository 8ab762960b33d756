package jitcore

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonDecoder parses one JSON document as CPython's json module does.
type jsonDecoder struct {
	vm         *VM
	s          string
	doc        Value
	objectHook Value
	pairsHook  Value
	parseFloat Value
	parseInt   Value
	parseConst Value
	strict     bool
}

// jsonSyntaxError is a decode error at a byte offset of the document.
type jsonSyntaxError struct {
	msg string
	pos int // byte offset
}

func (e *jsonSyntaxError) Error() string { return e.msg }

var jsonDecodeErrorType = func() *Type {
	t := newBuiltinType("JSONDecodeError", ValueErrorType)
	t.exc = true
	t.Module = "json.decoder"
	t.Dict.setStr("__module__", Str("json.decoder"))
	return t
}()

// pyError converts a syntax error to json.JSONDecodeError with msg, doc,
// pos, lineno and colno (positions in characters).
func (d *jsonDecoder) pyError(se *jsonSyntaxError) error {
	before := d.s[:se.pos]
	pos := utf8.RuneCountInString(before)
	line := strings.Count(before, "\n") + 1
	col := pos + 1
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		col = utf8.RuneCountInString(before[k+1:]) + 1
	}
	e := &Exception{cls: jsonDecodeErrorType, dict: NewDict()}
	e.args = []Value{Str(sprintf("%s: line %d column %d (char %d)", se.msg, line, col, pos))}
	e.dict.setStr("msg", Str(se.msg))
	e.dict.setStr("doc", d.doc)
	e.dict.setStr("pos", Int(int64(pos)))
	e.dict.setStr("lineno", Int(int64(line)))
	e.dict.setStr("colno", Int(int64(col)))
	return e
}

func (d *jsonDecoder) fail(msg string, pos int) error {
	return &jsonSyntaxError{msg: msg, pos: pos}
}

func (d *jsonDecoder) skipWS(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// decodeAll parses a whole document: one value surrounded by whitespace.
func (d *jsonDecoder) decodeAll() (Value, error) {
	if strings.HasPrefix(d.s, "\ufeff") {
		return Null, d.pyError(&jsonSyntaxError{msg: "Unexpected UTF-8 BOM (decode using utf-8-sig)", pos: 0})
	}
	i := d.skipWS(0)
	v, end, err := d.value(i)
	if err != nil {
		if se, ok := err.(*jsonSyntaxError); ok {
			return Null, d.pyError(se)
		}
		return Null, err
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return Null, d.pyError(&jsonSyntaxError{msg: "Extra data", pos: end})
	}
	return v, nil
}

// value parses the value starting at byte i and returns it with the
// offset after it.
func (d *jsonDecoder) value(i int) (Value, int, error) {
	if i >= len(d.s) {
		return Null, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		if err != nil {
			return Null, end, err
		}
		return Str(s), end, nil
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && strings.HasPrefix(d.s[i:], "null"):
		return None, i + 4, nil
	case c == 't' && strings.HasPrefix(d.s[i:], "true"):
		return True, i + 4, nil
	case c == 'f' && strings.HasPrefix(d.s[i:], "false"):
		return False, i + 5, nil
	case c == 'N' && strings.HasPrefix(d.s[i:], "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && strings.HasPrefix(d.s[i:], "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && strings.HasPrefix(d.s[i:], "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return Null, i, d.fail("Expecting value", i)
}

func (d *jsonDecoder) constant(name string, f float64, end int) (Value, int, error) {
	if !d.parseConst.IsNull() {
		v, err := d.vm.call(d.parseConst, []Value{Str(name)}, nil)
		return v, end, err
	}
	return Float(f), end, nil
}

// number parses -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?.
func (d *jsonDecoder) number(i int) (Value, int, error) {
	start := i
	s := d.s
	if s[i] == '-' {
		i++
	}
	digits := func(j int) int {
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digits(i)
	default:
		return Null, start, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		i = digits(i + 1)
		isFloat = true
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if k := digits(j); k > j {
			i = k
			isFloat = true
		}
	}
	text := s[start:i]
	if isFloat {
		if !d.parseFloat.IsNull() {
			v, err := d.vm.call(d.parseFloat, []Value{Str(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return Null, i, err
		}
		return Float(f), i, nil
	}
	if !d.parseInt.IsNull() {
		v, err := d.vm.call(d.parseInt, []Value{Str(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return BigInt(b), i, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// str parses a string body starting after the opening quote at i-1.
func (d *jsonDecoder) str(i int) (string, int, error) {
	begin := i - 1
	s := d.s
	var b strings.Builder
	for {
		j := i
		for j < len(s) && s[j] != '"' && s[j] != '\\' && (s[j] >= 0x20 || !d.strict) {
			j++
		}
		b.WriteString(s[i:j])
		if j >= len(s) {
			return "", j, d.fail("Unterminated string starting at", begin)
		}
		switch s[j] {
		case '"':
			return b.String(), j + 1, nil
		case '\\':
		default:
			return "", j, d.fail("Invalid control character at", j)
		}
		if j+1 >= len(s) {
			return "", j, d.fail("Unterminated string starting at", begin)
		}
		esc := s[j+1]
		i = j + 2
		switch esc {
		case '"', '\\', '/':
			b.WriteByte(esc)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := jsonHex4(s, j+2)
			if !ok {
				return "", j, d.fail(`Invalid \uXXXX escape`, j+1)
			}
			i = j + 6
			if utf16.IsSurrogate(r) && r < 0xdc00 && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
				if r2, ok := jsonHex4(s, i+2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			return "", j, d.fail(`Invalid \escape`, j)
		}
	}
}

func jsonHex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := i; k < i+4; k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *jsonDecoder) array(i int) (Value, int, error) {
	var items []Value
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return NewList(items), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return Null, end, err
		}
		items = append(items, v)
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == ']' {
			return NewList(items), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return Null, i, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

func (d *jsonDecoder) object(i int) (Value, int, error) {
	var keys, vals []Value
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		v, err := d.finishObject(keys, vals)
		return v, i + 1, err
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return Null, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return Null, end, err
		}
		i = d.skipWS(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return Null, i, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skipWS(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return Null, end, err
		}
		keys = append(keys, Str(k))
		vals = append(vals, v)
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == '}' {
			v, err := d.finishObject(keys, vals)
			return v, i + 1, err
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return Null, i, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

// finishObject builds a dict (or calls object_pairs_hook / object_hook).
func (d *jsonDecoder) finishObject(keys, vals []Value) (Value, error) {
	if !d.pairsHook.IsNull() {
		pairs := make([]Value, len(keys))
		for i := range keys {
			pairs[i] = NewTuple(keys[i], vals[i])
		}
		return d.vm.call(d.pairsHook, []Value{NewList(pairs)}, nil)
	}
	dict := NewDict()
	for i := range keys {
		if err := dict.Set(d.vm, keys[i], vals[i]); err != nil {
			return Null, err
		}
	}
	if !d.objectHook.IsNull() {
		return d.vm.call(d.objectHook, []Value{Obj(dict)}, nil)
	}
	return Obj(dict), nil
}
