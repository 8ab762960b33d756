package pyfmt

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"jitlens/jitcore/pystr"
)

// percentArg is a tagged golden argument: ["i", hex], ["f", float.hex] or
// ["s", text].
type percentArg [2]string

// percentEval is a miniature str % args over ints, floats and strs, enough
// to drive PercentParser and PercentSpec through CPython's evaluation order.
func percentEval(t *testing.T, tmpl string, args []percentArg, dict map[string]percentArg) (string, error) {
	p := NewPercentParser(tmpl)
	var b strings.Builder
	argi := 0
	nextArg := func() (percentArg, error) {
		if dict != nil && args == nil {
			return percentArg{}, typeError("format requires a mapping")
		}
		if argi >= len(args) {
			return percentArg{}, typeError("not enough arguments for format string")
		}
		argi++
		return args[argi-1], nil
	}
	usedDict := false
	for {
		c, ok, err := p.Next()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		b.WriteString(c.Literal)
		d := c.Directive
		if d == nil {
			continue
		}
		var single []percentArg
		if d.HasKey {
			v, found := dict[d.Key]
			if !found {
				return "", &Error{Type: "KeyError", Msg: pystr.Repr(d.Key)}
			}
			single, usedDict = []percentArg{v}, true
		}
		take := nextArg
		if single != nil {
			take = func() (percentArg, error) {
				if len(single) == 0 {
					return percentArg{}, typeError("not enough arguments for format string")
				}
				v := single[0]
				single = single[1:]
				return v, nil
			}
		}
		if d.WidthStar {
			a, err := take()
			if err != nil {
				return "", err
			}
			if err := d.SetStarWidth(int(goldenInt(t, a[1]).Int64())); err != nil {
				return "", err
			}
		}
		if d.PrecStar {
			a, err := take()
			if err != nil {
				return "", err
			}
			if err := d.SetStarPrec(int(goldenInt(t, a[1]).Int64())); err != nil {
				return "", err
			}
		}
		if d.Err != nil {
			return "", d.Err
		}
		a, err := take()
		if err != nil {
			return "", err
		}
		text := a[1]
		switch a[0] {
		case "i":
			text = goldenInt(t, a[1]).String()
		case "f":
			text = FloatRepr(goldenFloat(t, a[1]))
		}
		switch d.Conv {
		case 's':
			b.WriteString(d.Spec.Str(text))
		case 'r':
			if a[0] == "s" {
				text = pystr.Repr(text)
			}
			b.WriteString(d.Spec.Str(text))
		case 'd', 'i', 'u', 'x', 'X', 'o':
			b.WriteString(d.Spec.Int(goldenInt(t, a[1]).Int64(), byte(d.Conv)))
		case 'e', 'E', 'f', 'F', 'g', 'G':
			b.WriteString(d.Spec.Float(goldenFloat(t, a[1]), byte(d.Conv)))
		case 'c':
			if a[0] == "s" {
				b.WriteString(d.Spec.Char([]rune(a[1])[0]))
			} else {
				s, err := d.Spec.CharInt(goldenInt(t, a[1]).Int64())
				if err != nil {
					return "", err
				}
				b.WriteString(s)
			}
		default:
			return "", d.UnsupportedError()
		}
	}
	if !usedDict && argi < len(args) {
		return "", typeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func TestGoldenPercentTemplate(t *testing.T) {
	f, err := os.Open("testdata/percent_template.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c struct {
			goldenCase
			Args json.RawMessage `json:"args"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var args []percentArg
		var dict map[string]percentArg
		if c.Args[0] == '{' {
			json.Unmarshal(c.Args, &dict)
		} else {
			json.Unmarshal(c.Args, &args)
			if args == nil {
				args = []percentArg{}
			}
		}
		got, err := percentEval(t, c.V, args, dict)
		c.check(t, got, err)
		n++
	}
	if n == 0 {
		t.Fatal("no cases")
	}
	t.Logf("%d cases", n)
}
