package compile

import (
	"strings"
	"testing"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

func compileSrc(t *testing.T, src string) (*bc.Code, error) {
	t.Helper()
	mod, errs := syntax.Parse("t.py", []byte(src))
	if len(errs) > 0 {
		t.Fatalf("parse: %v", errs[0])
	}
	return Module(mod, "t.py", []byte(src))
}

func findCode(c *bc.Code, name string) *bc.Code {
	if c.Name == name {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bc.Code); ok {
			if r := findCode(sub, name); r != nil {
				return r
			}
		}
	}
	return nil
}

func TestCompileErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"return 1\n", "'return' outside function"},
		{"break\n", "'break' outside loop"},
		{"continue\n", "'continue' not properly in loop"},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found"},
		{"yield 1\n", "'yield' outside function"},
		{"class C:\n    yield 1\n", "'yield' outside function"},
		{"def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition"},
	}
	for _, tt := range tests {
		_, err := compileSrc(t, tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%q: got %v, want %q", tt.src, err, tt.msg)
		}
	}
}

func TestScopes(t *testing.T) {
	tests := []struct {
		src, fn           string
		varnames          []string
		cellvars, freevar []string
	}{
		{"def f(a):\n    b = a\n    return b\n", "f", []string{"a", "b"}, nil, nil},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f", []string{"g"}, []string{"x"}, nil},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "g", nil, nil, []string{"x"}},
		{"def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n", "g", nil, nil, []string{"x"}},
		{"x = 1\ndef f():\n    global x\n    x = 2\n", "f", nil, nil, nil},
		{"class A:\n    def m(self):\n        return super().m()\n", "m", []string{"self"}, nil, []string{"__class__"}},
		{"def f(xs):\n    return [x for x in xs]\n", "<listcomp>", []string{".0", "x"}, nil, nil},
	}
	for _, tt := range tests {
		code, err := compileSrc(t, tt.src)
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		c := findCode(code, tt.fn)
		if c == nil {
			t.Fatalf("%q: no code %s", tt.src, tt.fn)
		}
		if strings.Join(c.VarNames, ",") != strings.Join(tt.varnames, ",") ||
			strings.Join(c.CellVars, ",") != strings.Join(tt.cellvars, ",") ||
			strings.Join(c.FreeVars, ",") != strings.Join(tt.freevar, ",") {
			t.Errorf("%q %s: varnames %v cells %v free %v", tt.src, tt.fn, c.VarNames, c.CellVars, c.FreeVars)
		}
	}
}

func TestLineTableAndAnchors(t *testing.T) {
	code, err := compileSrc(t, "a = 1\nb = a +  2\nc = d[k]\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(code.Locs) != len(code.Instrs) {
		t.Fatalf("%d locations for %d instructions", len(code.Locs), len(code.Instrs))
	}
	var sawBin, sawSub bool
	for i, in := range code.Instrs {
		loc := code.Locs[i]
		switch in.Op {
		case bc.BINARY_OP:
			sawBin = true
			if loc.Line != 2 || loc.AnchorKind != 1 || loc.AnchorLeft != 5 || loc.AnchorRight != 9 {
				t.Errorf("BINARY_OP loc %+v", loc)
			}
		case bc.BINARY_SUBSCR:
			sawSub = true
			if loc.Line != 3 || loc.AnchorKind != 2 || loc.AnchorLeft != 5 || loc.AnchorRight != 7 {
				t.Errorf("BINARY_SUBSCR loc %+v", loc)
			}
		}
	}
	if !sawBin || !sawSub {
		t.Errorf("missing instructions:\n%s", code.Disassemble())
	}
}

func TestStackDepth(t *testing.T) {
	code, err := compileSrc(t, "def f(xs):\n    for x in xs:\n        with open(x) as fh:\n            try:\n                g(*xs, **{'a': 1})\n            except E as e:\n                break\n    return [y for y in xs if y]\n")
	if err != nil {
		t.Fatal(err)
	}
	f := findCode(code, "f")
	if f.StackSize < 4 || f.StackSize > 16 {
		t.Errorf("stack size %d looks wrong:\n%s", f.StackSize, f.Disassemble())
	}
}
