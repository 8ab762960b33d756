package jitcore

import (
	"testing"

	bc "jitlens/jitcore/bytecode"
)

// fastKinds returns the direct forms (specEntry.fast) of the CALL
// instructions of function name of the main module that run as
// CALL_BUILTIN now, in order.
func fastKinds(t *testing.T, vm *VM, name string) []uint8 {
	t.Helper()
	v, _ := vm.modules["__main__"].dict.getStr(name)
	fn, ok := v.o.(*Function)
	if !ok || fn.rt == nil || fn.rt.quick == nil {
		t.Fatalf("no specialized function %s", name)
	}
	var out []uint8
	for i, in := range fn.rt.quick {
		if in.Op == opCallBuiltin && fn.code.Instrs[i].Op == bc.CALL {
			out = append(out, fn.rt.spec[i].fast)
		}
	}
	return out
}

// TestFastBuiltinSites checks that hot calls of the built-ins with direct
// forms get them, and that other built-ins, a rebound len and a subclass
// method do not.
func TestFastBuiltinSites(t *testing.T) {
	src := `import builtins
class MyList(list):
    def append(self, v):
        pass
def f(xs, d, s):
    xs.append(len(xs))
    return d.get(s, 0), s.lower(), s.strip(","), s.split(), abs(-1), s.upper()
def g(m):
    m.append(1)
    return len(m)
for i in range(30):
    f([], {}, "A,b")
    g(MyList())
saved = builtins.len
def h(xs):
    return len(xs)
for i in range(30):
    h([])
builtins.len = lambda x: "patched"
print(h([1]))
for i in range(30):
    h([])
builtins.len = saved
print(h([1, 2]))
len = lambda x: "global"
print(h([1]))
del len
print(h([1, 2, 3]), g(MyList()))
builtins.len = lambda x: 0
for i in range(30):
    h([])
`
	out, vm := runSpec(t, writeProg(t, src), false, nil)
	if want := "patched\n2\nglobal\n3 0\n"; out != want { // CPython 3.11's output
		t.Errorf("output %q, want %q", out, want)
	}
	tests := []struct {
		fn   string
		want []uint8
	}{
		{"f", []uint8{fastLen, fastListAppend, fastDictGet, fastStrLower, fastStrStrip, fastStrSplit, fastNone, fastNone}},
		{"g", []uint8{fastLen}},  // MyList.append is a Python method: CALL_PY
		{"h", []uint8{fastNone}}, // builtins.len is a lambda now
	}
	for _, tc := range tests {
		got := fastKinds(t, vm, tc.fn)
		if tc.fn == "h" {
			if len(got) != 0 {
				t.Errorf("%s: rebound len runs as CALL_BUILTIN with forms %v", tc.fn, got)
			}
			continue
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%s: direct forms %v, want %v", tc.fn, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: direct forms %v, want %v", tc.fn, got, tc.want)
				break
			}
		}
	}
}

// TestFastBuiltinOperands runs the direct forms on operands they must
// handle and on those they must leave to the built-in's generic entry
// (subclasses, wrong counts, non-str arguments).
func TestFastBuiltinOperands(t *testing.T) {
	src := `class L(list): pass
class S(str): pass
class D(dict): pass
lst = [1, 2]
sub_list = L([1])
tup = (1, 2, 3)
dct = {"a": 1}
sub_dict = D(a=2)
s = "Héllo,"
sub_s = S("x")
comma = ","
n = 5
`
	_, vm := runSpec(t, writeProg(t, src), false, nil)
	g := func(name string) Value {
		v, ok := vm.modules["__main__"].dict.getStr(name)
		if !ok {
			t.Fatalf("no global %s", name)
		}
		return v
	}
	tests := []struct {
		name string
		kind uint8
		args []string
		done bool
		want string // repr of the result when done
	}{
		{"len list", fastLen, []string{"lst"}, true, "2"},
		{"len str counts code points", fastLen, []string{"s"}, true, "6"},
		{"len tuple", fastLen, []string{"tup"}, true, "3"},
		{"len dict", fastLen, []string{"dct"}, true, "1"},
		{"len list subclass", fastLen, []string{"sub_list"}, false, ""},
		{"len int", fastLen, []string{"n"}, false, ""},
		{"len two args", fastLen, []string{"lst", "lst"}, false, ""},
		{"append", fastListAppend, []string{"lst", "n"}, true, "None"},
		{"append subclass", fastListAppend, []string{"sub_list", "n"}, false, ""},
		{"append no arg", fastListAppend, []string{"lst"}, false, ""},
		{"append on str", fastListAppend, []string{"s", "n"}, false, ""},
		{"get found", fastDictGet, []string{"dct", "comma"}, true, "None"},
		{"get default", fastDictGet, []string{"dct", "comma", "n"}, true, "5"},
		{"get subclass", fastDictGet, []string{"sub_dict", "comma"}, false, ""},
		{"get no key", fastDictGet, []string{"dct"}, false, ""},
		{"lower", fastStrLower, []string{"s"}, true, "'héllo,'"},
		{"lower subclass", fastStrLower, []string{"sub_s"}, false, ""},
		{"lower with arg", fastStrLower, []string{"s", "n"}, false, ""},
		{"strip chars", fastStrStrip, []string{"s", "comma"}, true, "'Héllo'"},
		{"strip spaces", fastStrStrip, []string{"s"}, true, "'Héllo,'"},
		{"strip int", fastStrStrip, []string{"s", "n"}, false, ""},
		{"strip str subclass chars", fastStrStrip, []string{"s", "sub_s"}, false, ""},
		{"strip subclass", fastStrStrip, []string{"sub_s", "comma"}, false, ""},
		{"split", fastStrSplit, []string{"s"}, true, "['Héllo,']"},
		{"split sep", fastStrSplit, []string{"s", "comma"}, false, ""},
		{"split subclass", fastStrSplit, []string{"sub_s"}, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]Value, len(tc.args))
			for i, a := range tc.args {
				args[i] = g(a)
			}
			r, done, err := vm.callFastBuiltin(tc.kind, args)
			if done != tc.done || err != nil {
				t.Fatalf("done %v, err %v; want done %v", done, err, tc.done)
			}
			if !done {
				return
			}
			rs, err := vm.repr(r)
			if err != nil || rs != tc.want {
				t.Errorf("result %s (%v), want %s", rs, err, tc.want)
			}
		})
	}
}
