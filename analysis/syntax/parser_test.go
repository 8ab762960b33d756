package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestParseGolden compares trees with CPython 3.11's ast.dump, positions
// included, for the constructs that are easy to get subtly wrong.
func TestParseGolden(t *testing.T) {
	for _, c := range parseGolden {
		t.Run(c.name, func(t *testing.T) {
			mod, errs := Parse("t.py", []byte(c.src))
			if len(errs) > 0 {
				t.Fatalf("unexpected error: %v", errs.Err())
			}
			if got := Dump(mod, true); got != c.want {
				t.Errorf("source %q\n got: %s\nwant: %s", c.src, got, c.want)
			}
		})
	}
}

// cpythonOffset converts an error's byte column to CPython's 1-based
// character offset.
func cpythonOffset(e *SyntaxError) int {
	col := e.Pos.ColOffset
	if col > 0 && col <= len(e.Text) {
		return utf8.RuneCountInString(e.Text[:col]) + 1
	}
	return col + 1
}

// TestSyntaxErrorsMatchCPython checks the first error's kind, wording,
// line and offset against CPython 3.11.
func TestSyntaxErrorsMatchCPython(t *testing.T) {
	for _, c := range errorGolden {
		_, errs := Parse("f", []byte(c.src))
		if len(errs) == 0 {
			t.Errorf("%q: no error, want %s: %s", c.src, c.kind, c.msg)
			continue
		}
		e := errs[0]
		if e.Kind != c.kind || e.Msg != c.msg || e.Pos.Lineno != c.line || cpythonOffset(e) != c.offset {
			t.Errorf("%q:\n got %s: %s (line %d, offset %d)\nwant %s: %s (line %d, offset %d)",
				c.src, e.Kind, e.Msg, e.Pos.Lineno, cpythonOffset(e), c.kind, c.msg, c.line, c.offset)
		}
	}
}

func TestParseModes(t *testing.T) {
	root, errs := ParseMode("t", []byte("a + 1\n"), ModeEval)
	if len(errs) > 0 {
		t.Fatal(errs.Err())
	}
	if _, ok := root.(*Expression).Body.(*BinOp); !ok {
		t.Errorf("eval body is %T, want *BinOp", root.(*Expression).Body)
	}
	root, errs = ParseMode("t", []byte("x = 1; y = 2\n"), ModeSingle)
	if len(errs) > 0 || len(root.(*Interactive).Body) != 2 {
		t.Errorf("single mode: %v, %d statements", errs.Err(), len(root.(*Interactive).Body))
	}
	_, errs = ParseMode("t", []byte("x = 1\ny = 2\n"), ModeSingle)
	if len(errs) == 0 || errs[0].Msg != "multiple statements found while compiling a single statement" {
		t.Errorf("single mode with two lines: %v", errs.Err())
	}
	_, errs = ParseMode("t", []byte("x = 1\n"), ModeEval)
	if len(errs) == 0 {
		t.Error("eval mode accepted an assignment")
	}
}

func TestSourceDecoding(t *testing.T) {
	cases := []struct {
		name, src string
		want      any // the value of the first statement's constant
		err       string
	}{
		{"utf-8 default", "x = 'é'\n", "é", ""},
		{"BOM", "\xef\xbb\xbfx = 'é'\n", "é", ""},
		{"latin-1 cookie", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "é", ""},
		{"cookie on line 2", "#!/usr/bin/env python\n# coding=iso-8859-15\nx = '\xa4'\n", "€", ""},
		{"cookie after code ignored", "x = 'é'\n# coding: latin-1\n", "é", ""},
		{"iso-8859-5 C1 byte", "# coding: iso-8859-5\nx = '\x8e'\n", "\u008e", ""},
		{"CRLF", "x = 'a'\r\ny = 2\r\n", "a", ""},
		{"unknown encoding", "# coding: nope\nx = 1\n", nil, "unknown encoding: nope"},
		{"BOM with other cookie", "\xef\xbb\xbf# coding: latin-1\nx = 1\n", nil, "encoding problem: iso-8859-1 with BOM"},
		{"undefined code page byte", "# coding: cp1252\nx = '\x81'\n", nil, "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
		{"NUL byte", "x = 1\x00\n", nil, "source code string cannot contain null bytes"},
		{"invalid UTF-8 in a string", "x = '\xc3\x28'\n", nil, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"},
		{"invalid UTF-8 in a comment is fine", "x = 'a' # \xff\n", "a", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mod, errs := Parse("t", []byte(c.src))
			if c.err != "" {
				if len(errs) == 0 || errs[0].Msg != c.err {
					t.Fatalf("got %v, want error %q", errs.Err(), c.err)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatal(errs.Err())
			}
			got := mod.Body[0].(*Assign).Value.(*Constant).Value
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestLiteralDecoding(t *testing.T) {
	cases := []struct {
		src  string
		want any
	}{
		{`'\N{GREEK SMALL LETTER ALPHA}\N{bullet}'`, "α•"},
		{`'\ud800'`, "\xed\xa0\x80"},
		{`b'\x00\xff\777'`, Bytes("\x00\xff\xff")},
		{`'\q'`, `\q`},
		{`r'\n'`, `\n`},
		{`'a\
b'`, "ab"},
		{"0_0", int64(0)},
		{"9223372036854775808", "big:9223372036854775808"},
		{"1e400", "inf"},
		{"0x_FF", int64(255)},
		{"1_0.5e-1_0j", complex(0, 10.5e-10)},
	}
	for _, c := range cases {
		root, errs := ParseMode("t", []byte(c.src), ModeEval)
		if len(errs) > 0 {
			t.Errorf("%s: %v", c.src, errs.Err())
			continue
		}
		got := root.(*Expression).Body.(*Constant).Value
		switch w := c.want.(type) {
		case string:
			if strings.HasPrefix(w, "big:") {
				if s, ok := got.(interface{ String() string }); !ok || s.String() != w[4:] {
					t.Errorf("%s: got %v", c.src, got)
				}
				continue
			}
			if w == "inf" {
				if f, ok := got.(float64); !ok || f < 1e308 {
					t.Errorf("%s: got %v", c.src, got)
				}
				continue
			}
		case Bytes:
			if g, ok := got.(Bytes); !ok || string(g) != string(w) {
				t.Errorf("%s: got %q", c.src, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s: got %#v, want %#v", c.src, got, c.want)
		}
	}
}
