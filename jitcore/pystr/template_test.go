package pystr

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

type templateCase struct {
	Fn     string          `json:"fn"`
	S      string          `json:"s"`
	Chunks [][]*string     `json:"chunks"`
	First  json.RawMessage `json:"first"`
	Rest   [][]any         `json:"rest"`
	Out    *string         `json:"out"`
	Err    []string        `json:"err"`
}

func strp(s string) *string { return &s }

// parseAll runs the parser to the end, returning the chunks in
// formatter_parser's shape and the error, if any.
func parseAll(s string) ([][]*string, error) {
	p := NewTemplateParser(s)
	chunks := [][]*string{}
	for {
		c, ok, err := p.Next()
		if err != nil || !ok {
			return chunks, err
		}
		row := []*string{strp(c.Literal), nil, nil, nil}
		if c.HasField {
			row[1], row[2] = strp(c.Name), strp(c.Spec)
			if c.Conversion != 0 {
				row[3] = strp(string(c.Conversion))
			}
		}
		chunks = append(chunks, row)
	}
}

// render is a miniature str.format over string arguments: enough to check
// automatic numbering, nested specs, recursion depth and conversions. A
// spec is a bare width.
func render(tmpl string, args []string, auto *AutoNumber, depth int) (string, error) {
	if depth <= 0 {
		return "", ErrRecursion
	}
	var b strings.Builder
	p := NewTemplateParser(tmpl)
	for {
		c, ok, err := p.Next()
		if err != nil {
			return "", err
		}
		if !ok {
			return b.String(), nil
		}
		b.WriteString(c.Literal)
		if !c.HasField {
			continue
		}
		fn, err := SplitFieldName(c.Name, auto)
		if err != nil {
			return "", err
		}
		v := args[fn.Index]
		if err := CheckConversion(c.Conversion); err != nil {
			return "", err
		}
		if c.Conversion == 'r' {
			v = Repr(v)
		}
		spec := c.Spec
		if c.SpecHasFields {
			if spec, err = render(spec, args, auto, depth-1); err != nil {
				return "", err
			}
		}
		w, _ := strconv.Atoi(spec)
		b.WriteString(LJust(v, w, ' '))
	}
}

func TestGoldenTemplate(t *testing.T) {
	f, err := os.Open("testdata/template.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c templateCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		var gotErr error
		switch c.Fn {
		case "parse":
			var chunks [][]*string
			chunks, gotErr = parseAll(c.S)
			if c.Chunks == nil {
				c.Chunks = [][]*string{}
			}
			if !reflect.DeepEqual(chunks, c.Chunks) {
				g, _ := json.Marshal(chunks)
				w, _ := json.Marshal(c.Chunks)
				t.Errorf("parse %q: chunks %s, want %s", c.S, g, w)
			}
		case "field":
			rest := [][]any{}
			fn, err := SplitFieldName(c.S, &AutoNumber{})
			gotErr = err
			if err == nil {
				var first any = fn.Key
				if fn.Index >= 0 && c.S != "" && fn.Key != "" {
					first = float64(fn.Index)
				}
				var want any
				json.Unmarshal(c.First, &want)
				if c.Err == nil && !reflect.DeepEqual(first, want) {
					t.Errorf("field %q: first %v, want %v", c.S, first, want)
				}
				for {
					a, ok, err := fn.Next()
					if err != nil {
						gotErr = err
						break
					}
					if !ok {
						break
					}
					var key any = a.Name
					if a.Index >= 0 {
						key = float64(a.Index)
					}
					rest = append(rest, []any{a.IsAttr, key})
				}
			}
			if c.Rest == nil {
				c.Rest = [][]any{}
			}
			if !reflect.DeepEqual(rest, c.Rest) {
				t.Errorf("field %q: rest %v, want %v", c.S, rest, c.Rest)
			}
		case "format":
			var out string
			out, gotErr = render(c.S, []string{"ab", "3", "4"}, &AutoNumber{}, MaxTemplateDepth)
			if c.Out != nil && out != *c.Out {
				t.Errorf("format %q: %q, want %q", c.S, out, *c.Out)
			}
		default:
			t.Fatalf("unknown fn %q", c.Fn)
		}
		switch e, _ := gotErr.(*Error); {
		case c.Err == nil && gotErr != nil:
			t.Errorf("%s %q: unexpected error %v", c.Fn, c.S, gotErr)
		case c.Err != nil && (e == nil || e.Type != c.Err[0] || e.Msg != c.Err[1]):
			t.Errorf("%s %q: error %v, want %s: %s", c.Fn, c.S, gotErr, c.Err[0], c.Err[1])
		}
	}
	if n == 0 {
		t.Fatal("no cases")
	}
	t.Logf("%d cases", n)
}
