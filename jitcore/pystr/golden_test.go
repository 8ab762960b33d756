package pystr

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"testing"
)

// methodCase is one line of testdata/methods.golden.jsonl, written by
// testdata/gen_golden.py from CPython.
type methodCase struct {
	Fn  string            `json:"fn"`
	S   string            `json:"s"`
	A   []json.RawMessage `json:"a"`
	Out json.RawMessage   `json:"out"`
	Err []string          `json:"err"`
}

func (c *methodCase) str(t *testing.T, i int) string {
	var s string
	if err := json.Unmarshal(c.A[i], &s); err != nil {
		t.Fatalf("%s arg %d: %v", c.Fn, i, err)
	}
	return s
}

// intArg decodes an int argument; null becomes def.
func (c *methodCase) intArg(t *testing.T, i, def int) (int, bool) {
	var p *int
	if err := json.Unmarshal(c.A[i], &p); err != nil {
		t.Fatalf("%s arg %d: %v", c.Fn, i, err)
	}
	if p == nil {
		return def, false
	}
	return *p, true
}

func (c *methodCase) rune(t *testing.T, i int) rune {
	return []rune(c.str(t, i))[0]
}

// eval runs the Go implementation of the case.
func (c *methodCase) eval(t *testing.T) (any, error) {
	s := c.S
	bounds := func() (int, int) {
		st, _ := c.intArg(t, 1, 0)
		en, _ := c.intArg(t, 2, math.MaxInt)
		return st, en
	}
	switch c.Fn {
	case "upper":
		return Upper(s), nil
	case "lower":
		return Lower(s), nil
	case "casefold":
		return CaseFold(s), nil
	case "title":
		return Title(s), nil
	case "capitalize":
		return Capitalize(s), nil
	case "swapcase":
		return SwapCase(s), nil
	case "isalpha":
		return IsAlpha(s), nil
	case "isdecimal":
		return IsDecimal(s), nil
	case "isdigit":
		return IsDigit(s), nil
	case "isnumeric":
		return IsNumeric(s), nil
	case "isalnum":
		return IsAlnum(s), nil
	case "isspace":
		return IsSpace(s), nil
	case "isupper":
		return IsUpper(s), nil
	case "islower":
		return IsLower(s), nil
	case "istitle":
		return IsTitle(s), nil
	case "isidentifier":
		return IsIdentifier(s), nil
	case "isprintable":
		return IsPrintable(s), nil
	case "isascii":
		return IsASCII(s), nil
	case "repr":
		return Repr(s), nil
	case "ascii":
		return ASCII(s), nil
	case "len":
		return Len(s), nil
	case "strip", "lstrip", "rstrip":
		if len(c.A) == 0 {
			return map[string]func(string) string{"strip": StripSpace, "lstrip": LStripSpace, "rstrip": RStripSpace}[c.Fn](s), nil
		}
		return map[string]func(string, string) string{"strip": Strip, "lstrip": LStrip, "rstrip": RStrip}[c.Fn](s, c.str(t, 0)), nil
	case "split", "rsplit":
		if len(c.A) == 0 {
			c.A = []json.RawMessage{json.RawMessage("null"), json.RawMessage("-1")}
		}
		m, _ := c.intArg(t, 1, -1)
		if string(c.A[0]) == "null" {
			if c.Fn == "split" {
				return SplitWhitespace(s, m), nil
			}
			return RSplitWhitespace(s, m), nil
		}
		if c.Fn == "split" {
			return Split(s, c.str(t, 0), m)
		}
		return RSplit(s, c.str(t, 0), m)
	case "splitlines":
		keep := len(c.A) > 0 && string(c.A[0]) == "true"
		return SplitLines(s, keep), nil
	case "find":
		st, en := bounds()
		return Find(s, c.str(t, 0), st, en), nil
	case "rfind":
		st, en := bounds()
		return RFind(s, c.str(t, 0), st, en), nil
	case "index":
		st, en := bounds()
		return Index(s, c.str(t, 0), st, en)
	case "rindex":
		st, en := bounds()
		return RIndex(s, c.str(t, 0), st, en)
	case "count":
		st, en := bounds()
		return Count(s, c.str(t, 0), st, en), nil
	case "startswith":
		st, en := bounds()
		return StartsWith(s, c.str(t, 0), st, en), nil
	case "endswith":
		st, en := bounds()
		return EndsWith(s, c.str(t, 0), st, en), nil
	case "partition", "rpartition":
		f := Partition
		if c.Fn == "rpartition" {
			f = RPartition
		}
		a, b, d, err := f(s, c.str(t, 0))
		return []string{a, b, d}, err
	case "replace":
		n, _ := c.intArg(t, 2, -1)
		return Replace(s, c.str(t, 0), c.str(t, 1), n), nil
	case "removeprefix":
		return RemovePrefix(s, c.str(t, 0)), nil
	case "removesuffix":
		return RemoveSuffix(s, c.str(t, 0)), nil
	case "center", "ljust", "rjust":
		w, _ := c.intArg(t, 0, 0)
		f := map[string]func(string, int, rune) string{"center": Center, "ljust": LJust, "rjust": RJust}[c.Fn]
		return f(s, w, c.rune(t, 1)), nil
	case "zfill":
		w, _ := c.intArg(t, 0, 0)
		return ZFill(s, w), nil
	case "expandtabs":
		n, _ := c.intArg(t, 0, 8)
		return ExpandTabs(s, n), nil
	case "slice":
		start, hasStart := c.intArg(t, 0, 0)
		stop, hasStop := c.intArg(t, 1, 0)
		step, _ := c.intArg(t, 2, 1)
		start, _, n := AdjustIndices(Len(s), start, stop, step, hasStart, hasStop)
		return Slice(s, start, step, n), nil
	case "getitem":
		i, _ := c.intArg(t, 0, 0)
		return Item(s, i)
	}
	t.Fatalf("unknown fn %q", c.Fn)
	return nil, nil
}

func TestGoldenMethods(t *testing.T) {
	f, err := os.Open("testdata/methods.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n := 0
	for sc.Scan() {
		var c methodCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		got, err := c.eval(t)
		if c.Err != nil {
			e, ok := err.(*Error)
			if !ok || e.Type != c.Err[0] || e.Msg != c.Err[1] {
				t.Errorf("%s(%q, %s): got (%v, %v), want %s: %s", c.Fn, c.S, c.A, got, err, c.Err[0], c.Err[1])
			}
			continue
		}
		if err != nil {
			t.Errorf("%s(%q, %s): unexpected error %v", c.Fn, c.S, c.A, err)
			continue
		}
		var want, norm any
		if err := json.Unmarshal(c.Out, &want); err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(got)
		if err := json.Unmarshal(raw, &norm); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(norm, want) {
			t.Errorf("%s(%q, %s): got %s, want %s", c.Fn, c.S, c.A, raw, c.Out)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cases")
	}
	t.Logf("%d cases", n)
}
