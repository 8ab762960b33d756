package pyfmt

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// goldenCase is one line of a testdata/*.golden.jsonl file written by
// testdata/gen_golden.py from CPython.
type goldenCase struct {
	Fn   string   `json:"fn"`
	V    string   `json:"v"`
	Spec string   `json:"spec"`
	Base int      `json:"base"`
	Out  *string  `json:"out"`
	Err  []string `json:"err"`
}

func loadGolden(t *testing.T, name string) []goldenCase {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", name)
	}
	return cases
}

func goldenFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad golden float %q: %v", s, err)
	}
	return f
}

func goldenInt(t *testing.T, s string) *big.Int {
	t.Helper()
	z, ok := new(big.Int).SetString(s, 0)
	if !ok {
		t.Fatalf("bad golden int %q", s)
	}
	return z
}

// check compares a result with the golden outcome and reports mismatches.
func (c *goldenCase) check(t *testing.T, got string, err error) bool {
	t.Helper()
	if c.Err != nil {
		e, ok := err.(*Error)
		if !ok || e.Type != c.Err[0] || e.Msg != c.Err[1] {
			t.Errorf("%s(%q, %q): got (%q, %v), want %s: %s", c.Fn, c.V, c.Spec, got, err, c.Err[0], c.Err[1])
			return false
		}
		return true
	}
	if err != nil || got != *c.Out {
		t.Errorf("%s(%q, %q): got (%q, %v), want %q", c.Fn, c.V, c.Spec, got, err, *c.Out)
		return false
	}
	return true
}

func TestGoldenFormat(t *testing.T) {
	cases := loadGolden(t, "format")
	for i := range cases {
		c := &cases[i]
		var got string
		var err error
		switch c.Fn {
		case "format_int":
			z := goldenInt(t, c.V)
			if z.IsInt64() {
				got, err = FormatInt(z.Int64(), c.Spec)
			} else {
				got, err = FormatBigInt(z, c.Spec)
			}
		case "format_float":
			got, err = FormatFloat(goldenFloat(t, c.V), c.Spec)
		case "format_complex", "repr_complex":
			parts := strings.Split(c.V, ",")
			re, im := goldenFloat(t, parts[0]), goldenFloat(t, parts[1])
			if c.Fn == "repr_complex" {
				got = ComplexRepr(re, im)
			} else {
				got, err = FormatComplex(re, im, c.Spec)
			}
		case "format_str":
			got, err = FormatStr(c.V, c.Spec)
		default:
			t.Fatalf("unknown fn %q", c.Fn)
		}
		c.check(t, got, err)
	}
	t.Logf("%d cases", len(cases))
}

func TestGoldenFloatRepr(t *testing.T) {
	cases := loadGolden(t, "repr")
	for i := range cases {
		c := &cases[i]
		c.check(t, FloatRepr(goldenFloat(t, c.V)), nil)
	}
	t.Logf("%d cases", len(cases))
}

func TestGoldenParse(t *testing.T) {
	cases := loadGolden(t, "parse")
	for i := range cases {
		c := &cases[i]
		var got string
		var err error
		switch c.Fn {
		case "parse_int":
			var small int64
			var z *big.Int
			small, z, err = ParseInt(c.V, c.Base)
			if err == nil {
				if z == nil {
					z = big.NewInt(small)
				} else if z.IsInt64() {
					t.Errorf("ParseInt(%q): %v returned as big", c.V, z)
				}
				got = BigIntToPrefixed(z, 16)
			}
		case "parse_float":
			var f float64
			f, err = ParseFloat(c.V)
			if err == nil {
				got = FloatHex(f)
			}
		case "int_str":
			z := goldenInt(t, c.V)
			if c.Base == 10 {
				got, err = BigIntToString(z, 10)
			} else {
				got = BigIntToPrefixed(z, c.Base)
			}
			if z.IsInt64() && err == nil {
				if small := IntToString(z.Int64(), 10); c.Base == 10 && small != got {
					t.Errorf("IntToString(%v) = %q, want %q", z, small, got)
				}
				if c.Base != 10 && IntToPrefixed(z.Int64(), c.Base) != got {
					t.Errorf("IntToPrefixed(%v, %d) = %q, want %q", z, c.Base, IntToPrefixed(z.Int64(), c.Base), got)
				}
			}
		default:
			t.Fatalf("unknown fn %q", c.Fn)
		}
		c.check(t, got, err)
	}
	t.Logf("%d cases", len(cases))
}

// parsePercent reads "%[flags][width][.prec]conv" from a golden case.
func parsePercent(t *testing.T, s string) (*PercentSpec, byte) {
	t.Helper()
	ps := &PercentSpec{Prec: -1}
	i := 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '-':
			ps.LeftAdjust = true
		case '+':
			ps.Sign = true
		case ' ':
			ps.Space = true
		case '#':
			ps.Alt = true
		case '0':
			ps.Zero = true
		default:
			goto width
		}
	}
width:
	for ; s[i] >= '0' && s[i] <= '9'; i++ {
		ps.Width = ps.Width*10 + int(s[i]-'0')
	}
	if s[i] == '.' {
		ps.Prec = 0
		for i++; s[i] >= '0' && s[i] <= '9'; i++ {
			ps.Prec = ps.Prec*10 + int(s[i]-'0')
		}
	}
	if i != len(s)-1 {
		t.Fatalf("bad percent spec %q", s)
	}
	return ps, s[i]
}

func TestGoldenPercent(t *testing.T) {
	cases := loadGolden(t, "percent")
	for i := range cases {
		c := &cases[i]
		ps, conv := parsePercent(t, c.Spec)
		var got string
		var err error
		switch c.Fn {
		case "percent_float":
			got = ps.Float(goldenFloat(t, c.V), conv)
		case "percent_int":
			z := goldenInt(t, c.V)
			if z.IsInt64() {
				got = ps.Int(z.Int64(), conv)
			} else {
				got, err = ps.BigInt(z, conv)
			}
		case "percent_str":
			got = ps.Str(c.V)
		case "percent_char":
			got, err = ps.CharInt(goldenInt(t, c.V).Int64())
		default:
			t.Fatalf("unknown fn %q", c.Fn)
		}
		c.check(t, got, err)
	}
	t.Logf("%d cases", len(cases))
}
