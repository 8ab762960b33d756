package jitcore

import (
	"io"
	"math"
	"strings"
	"testing"
)

func TestJSONQuote(t *testing.T) {
	tests := []struct {
		in          string
		ensureASCII bool
		want        string
	}{
		{`plain`, true, `"plain"`},
		{"quote\" back\\ nl\n tab\t cr\r bs\b ff\f", true, `"quote\" back\\ nl\n tab\t cr\r bs\b ff\f"`},
		{"\x00\x1f\x7f", true, `"\u0000\u001f\u007f"`},
		{"\x00\x1f\x7f", false, "\"\\u0000\\u001f\x7f\""},
		{"é\u2028", true, `"\u00e9\u2028"`},
		{"é\u2028", false, "\"é\u2028\""},
		{"😀", true, `"\ud83d\ude00"`},
		{"😀", false, `"😀"`},
	}
	for _, tc := range tests {
		if got := jsonQuote(tc.in, tc.ensureASCII); got != tc.want {
			t.Errorf("jsonQuote(%q, %v) = %s, want %s", tc.in, tc.ensureASCII, got, tc.want)
		}
	}
}

func TestJSONEncode(t *testing.T) {
	vm := NewVM(strings.NewReader(""), io.Discard, io.Discard, nil)
	d := NewDict()
	d.setStr("b", NewList([]Value{Int(1), Float(2.5), None, True, False}))
	d.setStr("a", NewTuple(Float(math.Inf(1)), Float(math.NaN()), Float(1e100), Float(math.Copysign(0, -1))))
	d.setStr("e", Obj(NewDict()))
	tests := []struct {
		opts map[string]Value
		want string
	}{
		{nil, `{"b": [1, 2.5, null, true, false], "a": [Infinity, NaN, 1e+100, -0.0], "e": {}}`},
		{map[string]Value{"sort_keys": True, "separators": NewTuple(Str(","), Str(":"))}, `{"a":[Infinity,NaN,1e+100,-0.0],"b":[1,2.5,null,true,false],"e":{}}`},
		{map[string]Value{"indent": Int(2)}, "{\n  \"b\": [\n    1,\n    2.5,\n    null,\n    true,\n    false\n  ],\n  \"a\": [\n    Infinity,\n    NaN,\n    1e+100,\n    -0.0\n  ],\n  \"e\": {}\n}"},
	}
	for _, tc := range tests {
		e, err := newJSONEncoder(vm, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.encode(Obj(d), 0); err != nil {
			t.Fatal(err)
		}
		if got := e.b.String(); got != tc.want {
			t.Errorf("opts %v:\n got %s\nwant %s", tc.opts, got, tc.want)
		}
	}
	e, _ := newJSONEncoder(vm, map[string]Value{"allow_nan": False})
	if err := e.encode(Float(math.NaN()), 0); err == nil || toException(err).Error() != "ValueError: Out of range float values are not JSON compliant" {
		t.Errorf("allow_nan=False: err = %v", err)
	}
}

// TestJSONDecodeErrors checks CPython's messages and positions (recorded
// from Python 3.11).
func TestJSONDecodeErrors(t *testing.T) {
	vm := NewVM(strings.NewReader(""), io.Discard, io.Discard, nil)
	tests := []struct{ doc, want string }{
		{``, "Expecting value: line 1 column 1 (char 0)"},
		{`  `, "Expecting value: line 1 column 3 (char 2)"},
		{`[1,]`, "Expecting value: line 1 column 4 (char 3)"},
		{`{"a":1,}`, "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
		{`{"a" 1}`, "Expecting ':' delimiter: line 1 column 6 (char 5)"},
		{`[1 2]`, "Expecting ',' delimiter: line 1 column 4 (char 3)"},
		{`"abc`, "Unterminated string starting at: line 1 column 1 (char 0)"},
		{`"a\qb"`, `Invalid \escape: line 1 column 3 (char 2)`},
		{`"a\u12"`, `Invalid \uXXXX escape: line 1 column 4 (char 3)`},
		{"\"a\nb\"", "Invalid control character at: line 1 column 3 (char 2)"},
		{`[1] x`, "Extra data: line 1 column 5 (char 4)"},
		{`1.`, "Extra data: line 1 column 2 (char 1)"},
		{"\ufeff[]", "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"},
		{"\n\n  [1,\n  2,,]", "Expecting value: line 4 column 5 (char 12)"},
		{`["é", x]`, "Expecting value: line 1 column 7 (char 6)"},
	}
	for _, tc := range tests {
		d, _ := newJSONDecoder(vm, tc.doc, nil)
		_, err := d.decodeAll()
		e := toException(err)
		if e == nil || e.cls != jsonDecodeErrorType || excStrNoVM(e) != tc.want {
			t.Errorf("loads(%q): err = %v, want %q", tc.doc, err, tc.want)
		}
	}
}

func TestJSONDecodeValues(t *testing.T) {
	vm := NewVM(strings.NewReader(""), io.Discard, io.Discard, nil)
	tests := []struct{ doc, want string }{
		{`{"a": [1, -2.5e3, true, false, null], "b": "\u00e9\ud83d\ude00\n"}`, `{'a': [1, -2500.0, True, False, None], 'b': 'é😀\n'}`},
		{`123456789012345678901234567890`, `123456789012345678901234567890`},
		{`[NaN, Infinity, -Infinity, -0, 1E+2]`, `[nan, inf, -inf, 0, 100.0]`},
		{`{"k": 1, "k": 2}`, `{'k': 2}`},
	}
	for _, tc := range tests {
		d, _ := newJSONDecoder(vm, tc.doc, nil)
		v, err := d.decodeAll()
		if err != nil {
			t.Errorf("loads(%q): %v", tc.doc, err)
			continue
		}
		if got, _ := vm.repr(v); got != tc.want {
			t.Errorf("loads(%q) = %s, want %s", tc.doc, got, tc.want)
		}
	}
}
