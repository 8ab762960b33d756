package syntax

import "testing"

// TestUnparse checks annotation texts against CPython 3.11: each want is
// what `from __future__ import annotations` stores for the annotation
// written as src (produced with python3 3.11).
func TestUnparse(t *testing.T) {
	cases := []struct{ src, want string }{
		{"List[int]", "List[int]"},
		{"dict[str,int]", "dict[str, int]"},
		{"Tuple[int,...]", "Tuple[int, ...]"},
		{"Callable[[int,str],None]", "Callable[[int, str], None]"},
		{"int|None", "int | None"},
		{"'quoted'", "'quoted'"},
		{`"double"`, "'double'"},
		{"Literal[1, -2, 3.5, 'x', b'y', True, None]", "Literal[1, -2, 3.5, 'x', b'y', True, None]"},
		{"x.y.z", "x.y.z"},
		{"(a+b)*c**2", "(a + b) * c ** 2"},
		{"-x", "-x"},
		{"not x", "not x"},
		{"a if b else c", "a if b else c"},
		{"f(1, *args, key=2, **kw)", "f(1, *args, key=2, **kw)"},
		{"a[1:2, ::3]", "a[1:2, ::3]"},
		{"x<y<=z", "x < y <= z"},
		{"a and b or c", "a and b or c"},
		{"{1: 2, **d}", "{1: 2, **d}"},
		{"{1, 2}", "{1, 2}"},
		{"()", "()"},
		{"(1,)", "(1,)"},
		{"a[()]", "a[()]"},
		{"a[b,]", "a[b,]"},
		{"2**3**4", "2 ** 3 ** 4"},
		{"(2**3)**4", "(2 ** 3) ** 4"},
		{"(a, b)", "(a, b)"},
		{"a[(b, c)]", "a[b, c]"},
		{"1e400", "1e309"},
		{"-(1e400)", "-1e309"},
		{"[]", "[]"},
		{"1 .real", "1 .real"},
		{"~a | b & c ^ d", "~a | b & c ^ d"},
		{"a << 1 >> 2", "a << 1 >> 2"},
		{"a // b % c @ d", "a // b % c @ d"},
		{"(-2) ** 2", "(-2) ** 2"},
	}
	for _, c := range cases {
		mod, errs := Parse("<test>", []byte("x: "+c.src+"\n"))
		if len(errs) > 0 {
			t.Errorf("%s: parse error %v", c.src, errs[0])
			continue
		}
		got := Unparse(mod.Body[0].(*AnnAssign).Annotation)
		if got != c.want {
			t.Errorf("Unparse(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}
