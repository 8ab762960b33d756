package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bc "jitlens/jitcore/bytecode"
)

// runSpec runs the program at path on the interpreter (JIT off unless
// jit is given) with specialization on or off, and returns its output and
// VM.
func runSpec(t *testing.T, path string, specOff bool, jit *JITOptions) (string, *VM) {
	t.Helper()
	if jit == nil {
		jit = &JITOptions{Off: true, Log: &JITLog{}}
	}
	var out, errb bytes.Buffer
	var vm *VM
	st := Run(Options{Script: path, Stdout: &out, Stderr: &errb, JIT: jit,
		Setup: func(v *VM) { vm = v; v.spec.off = specOff }})
	if st != 0 {
		t.Fatalf("%s: exit status %d\n%s", filepath.Base(path), st, errb.String())
	}
	return out.String(), vm
}

func writeProg(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSpecializePrograms runs the programs of testdata/specialize, which
// specialize instructions and then change the types, attributes, classes,
// globals and call targets under them, with specialization on, off and
// with the JIT: all print CPython's output (regen.sh), and each program
// does make the listed specialized forms fail their guards.
func TestSpecializePrograms(t *testing.T) {
	deopts := map[string][]bc.Opcode{
		"types_change":  {opBinaryInt, opBinaryFloat, opCompareInt, opCompareFloat, opCompareStr, opSubscrList, opForIterRange},
		"attrs":         {opLoadAttrInstance, opLoadMethodInstance, opLoadAttrClass, opLoadMethodClass},
		"globals_calls": {opLoadGlobalModule, opLoadGlobalBuiltin, opCallPy, opCallClass},
		"poly_attrs":    {opLoadAttrInstance, opLoadAttrSlot, opStoreAttrInstance, opStoreAttrSlot, opLoadMethodInstance},
		"dict_shapes":   {opLoadAttrInstance, opStoreAttrInstance, opLoadMethodInstance},
		"builtin_calls": {opCallBuiltin, opLoadMethodBuiltin},
	}
	for name, ops := range deopts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "specialize", name+".py")
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".stdout")
			if err != nil {
				t.Fatal(err)
			}
			got, vm := runSpec(t, path, false, nil)
			if got != string(want) {
				t.Errorf("specialized: %s", firstDiff("stdout", string(want), got))
			}
			for _, op := range ops {
				if vm.spec.stats.specialized[op] == 0 || vm.spec.stats.deopts[op] == 0 {
					t.Errorf("%s: specialized %d times, guard failed %d times; want both > 0",
						specOpName(op), vm.spec.stats.specialized[op], vm.spec.stats.deopts[op])
				}
			}
			if got, _ := runSpec(t, path, true, nil); got != string(want) {
				t.Errorf("generic: %s", firstDiff("stdout", string(want), got))
			}
			if got, _ := runSpec(t, path, false, &JITOptions{Threshold: 0}); got != string(want) {
				t.Errorf("with the JIT: %s", firstDiff("stdout", string(want), got))
			}
		})
	}
}

// quickOps returns, for each instruction of function name of the main
// module whose generic opcode is op, the opcode the interpreter runs now.
func quickOps(t *testing.T, vm *VM, name string, op bc.Opcode) []bc.Opcode {
	t.Helper()
	v, ok := vm.modules["__main__"].dict.getStr(name)
	fn, _ := v.o.(*Function)
	if !ok || fn == nil {
		t.Fatalf("no function %s", name)
	}
	var out []bc.Opcode
	for i, in := range fn.code.Instrs {
		if in.Op >= opBinaryInt {
			t.Fatalf("%s: the code object holds a specialized opcode %s", name, specOpName(in.Op))
		}
		if in.Op == op {
			if fn.rt.quick == nil {
				out = append(out, op)
				continue
			}
			out = append(out, fn.rt.quick[i].Op)
		}
	}
	return out
}

// TestSpecializeRewrite checks the instruction rewriting itself: the
// specialized form after a few executions, the generic one back after its
// guard fails, and a specialization again later.
func TestSpecializeRewrite(t *testing.T) {
	tests := []struct {
		name, src, fn string
		op            bc.Opcode
		want          []bc.Opcode
	}{
		{"int add", "def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, i)\n", "f", bc.BINARY_OP, []bc.Opcode{opBinaryInt}},
		{"cold code stays generic", "def f(a, b):\n    return a + b\nfor i in range(3):\n    f(i, i)\n", "f", bc.BINARY_OP, []bc.Opcode{bc.BINARY_OP}},
		{"float after int", "def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, i)\nf(1.5, 2.5)\n", "f", bc.BINARY_OP, []bc.Opcode{bc.BINARY_OP}},
		{"float after int, specialized again", "def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, i)\nfor i in range(40):\n    f(1.5, 2.5)\n", "f", bc.BINARY_OP, []bc.Opcode{opBinaryFloat}},
		{"compare", "def f(a, b):\n    return a < b, a == b\nfor i in range(20):\n    f(i * 1.0, 2.0)\n", "f", bc.COMPARE_OP, []bc.Opcode{opCompareFloat, opCompareFloat}},
		{"subscripts", "def f(l, t, d, s):\n    return l[0], t[0], d['k'], s[1]\nfor i in range(20):\n    f([1], (2,), {'k': 3}, 'ab')\n", "f", bc.BINARY_SUBSCR,
			[]bc.Opcode{opSubscrList, opSubscrTuple, opSubscrDict, opSubscrStr}},
		{"loops", "def f(n, xs):\n    s = 0\n    for i in range(n):\n        for x in xs:\n            s += x\n    return s\nf(10, [1, 2])\n", "f", bc.FOR_ITER,
			[]bc.Opcode{opForIterRange, opForIterList}},
		{"attributes", "import math\nclass P:\n    __slots__ = ('a',)\n    k = 3\n    def __init__(self):\n        self.a = 1\nclass Q:\n    def __init__(self):\n        self.b = 2\ndef f(p, q):\n    return p.a + q.b + P.k + math.pi\nfor i in range(20):\n    f(P(), Q())\n", "f", bc.LOAD_ATTR,
			[]bc.Opcode{opLoadAttrSlot, opLoadAttrInstance, opLoadAttrClass, opLoadAttrModule}},
		{"methods", "import math\nclass P:\n    def m(self):\n        return 1\n    def s(x):\n        return x\ndef f(p, xs):\n    xs.append(p.m())\n    return math.floor(P.s(2.5))\nfor i in range(20):\n    f(P(), [])\n", "f", bc.LOAD_METHOD,
			[]bc.Opcode{opLoadMethodBuiltin, opLoadMethodInstance, opLoadMethodModule, opLoadMethodClass}},
		{"globals", "def g():\n    return 1\ndef f():\n    return g() + len('ab')\nfor i in range(20):\n    f()\n", "f", bc.LOAD_GLOBAL, []bc.Opcode{opLoadGlobalModule, opLoadGlobalBuiltin}},
		{"global rebound", "def g():\n    return 1\ndef f():\n    return g()\nfor i in range(20):\n    f()\ng = lambda: 2\nassert f() == 2\n", "f", bc.LOAD_GLOBAL, []bc.Opcode{opLoadGlobalModule}},
		{"global deleted", "def g():\n    return 1\ndef f():\n    return g()\nfor i in range(20):\n    f()\ndel g\ntry:\n    f()\nexcept NameError as e:\n    assert str(e) == \"name 'g' is not defined\"\n", "f", bc.LOAD_GLOBAL, []bc.Opcode{bc.LOAD_GLOBAL}},
		{"builtin shadowed", "def f():\n    return len('ab')\nfor i in range(20):\n    f()\nlen = lambda s: 5\nassert f() == 5\n", "f", bc.LOAD_GLOBAL, []bc.Opcode{bc.LOAD_GLOBAL}},
		{"calls", "class V:\n    def __init__(self, x):\n        self.x = x\ndef g(x):\n    return x\ndef f(i):\n    return g(i), len('a'), range(i), V(i)\nfor i in range(20):\n    f(i)\n", "f", bc.CALL,
			[]bc.Opcode{opCallPy, opCallBuiltin, opCallBuiltinType, opCallClass}},
		{"attribute stores", "class P:\n    __slots__ = ('a',)\nclass Q:\n    pass\ndef f(p, q):\n    p.a = 1\n    q.b = 2\nfor i in range(20):\n    f(P(), Q())\n", "f", bc.STORE_ATTR,
			[]bc.Opcode{opStoreAttrSlot, opStoreAttrInstance}},
		// a site sees subclasses, a subclass overriding the method and a
		// class with __slots__: the forms stay (specialize_attr.go)
		{"subclasses share a load", "class A:\n    def m(self):\n        return self.x\nclass B(A):\n    pass\nclass C(A):\n    def m(self):\n        return 2\nclass S:\n    __slots__ = ('x',)\n    def m(self):\n        return 3\ndef f(o):\n    o.x = o.x + 1\n    return o.m()\nfor i in range(80):\n    o = (A, B, C, S)[i % 4]()\n    o.x = i\n    f(o)\n", "f", bc.LOAD_ATTR, []bc.Opcode{opLoadAttrSlot}},
		{"subclasses share a store", "class A:\n    def m(self):\n        return self.x\nclass B(A):\n    pass\nclass C(A):\n    def m(self):\n        return 2\nclass S:\n    __slots__ = ('x',)\n    def m(self):\n        return 3\ndef f(o):\n    o.x = o.x + 1\n    return o.m()\nfor i in range(80):\n    o = (A, B, C, S)[i % 4]()\n    o.x = i\n    f(o)\n", "f", bc.STORE_ATTR, []bc.Opcode{opStoreAttrSlot}},
		{"subclasses share a method load", "class A:\n    def m(self):\n        return self.x\nclass B(A):\n    pass\nclass C(A):\n    def m(self):\n        return 2\nclass S:\n    __slots__ = ('x',)\n    def m(self):\n        return 3\ndef f(o):\n    o.x = o.x + 1\n    return o.m()\nfor i in range(80):\n    o = (A, B, C, S)[i % 4]()\n    o.x = i\n    f(o)\n", "f", bc.LOAD_METHOD, []bc.Opcode{opLoadMethodInstance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, vm := runSpec(t, writeProg(t, tt.src), false, nil)
			got := quickOps(t, vm, tt.fn, tt.op)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d %s instructions, want %d", len(got), tt.op, len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("instruction %d: %s, want %s", i, specOpName(got[i]), specOpName(tt.want[i]))
				}
			}
		})
	}
}

// TestSpecializationFailures checks that failed specializations are
// counted with their kind and the instruction's span, deterministically:
// the first attempt after specWarmup executions, then with backoff.
func TestSpecializationFailures(t *testing.T) {
	tests := []struct {
		name, src, kind string
		line, col, end  int32
		count           int64
	}{
		// 100 executions: attempts at the 8th, 24th and 56th
		{"mixed operands", "def f(a, b):\n    return a + b\nfor i in range(100):\n    f(i, 0.5)\n",
			"BINARY_OP +: operands of different types: int and float", 2, 11, 16, 3},
		{"mixed compare", "def f(a, b):\n    return a <= b\nfor i in range(20):\n    f(0.5, i)\n",
			"COMPARE_OP <=: operands of different types: float and int", 2, 11, 17, 1},
		{"unsupported type", "def f(a, b):\n    return a | b\nfor i in range(20):\n    f({1: 2}, {3: 4})\n",
			"BINARY_OP |: unsupported type: dict", 2, 11, 16, 1},
		{"big ints", "def f(a):\n    a += 1\n    return a\nfor i in range(20):\n    f(2 ** 70)\n",
			"BINARY_OP +=: unsupported type: int (beyond 64 bits)", 2, 4, 10, 1},
		{"attribute on the class", "class C:\n    k = 1\ndef f(o):\n    return o.k\nfor i in range(20):\n    f(C())\n",
			"LOAD_ATTR .k: attribute not on the instance (found on the class)", 4, 11, 14, 1},
		{"property", "class C:\n    @property\n    def k(self):\n        return 1\ndef f(o):\n    return o.k\nfor i in range(20):\n    f(C())\n",
			"LOAD_ATTR .k: attribute is a property", 6, 11, 14, 1},
		{"shadowed method", "class C:\n    def m(self):\n        return 1\nc = C()\nc.m = lambda: 2\ndef f(o):\n    return o.m()\nfor i in range(20):\n    f(c)\n",
			"LOAD_METHOD .m: method shadowed by an instance attribute", 7, 11, 14, 1},
		{"dict iteration", "def f(d):\n    for k in d:\n        pass\nfor i in range(20):\n    f({1: 2})\n",
			"FOR_ITER: unsupported iterator: dict_keyiterator", 2, 4, 12, 2}, // the for statement; 40 executions
		{"set subscript", "def f(o):\n    return o[0]\nclass S:\n    def __getitem__(self, i):\n        return i\nfor i in range(20):\n    f(S())\n",
			"BINARY_SUBSCR: unsupported type: S", 2, 11, 15, 1},
		{"several call targets", "def a():\n    return 1\ndef b():\n    return 2\ndef f(g):\n    return g()\nfor i in range(200):\n    f(a if i % 2 else b)\n",
			"CALL: several call targets", 6, 11, 14, 1},
		{"several receiver types", "class A:\n    def __init__(self):\n        self.x = 1\nclass K:\n    x = 2\ndef f(o):\n    return o.x\nfor i in range(200):\n    f(A() if i % 2 else K)\n",
			"LOAD_ATTR .x: several receiver types", 7, 11, 14, 1},
		{"bound method", "class A:\n    def m(self):\n        return 1\nm = A().m\ndef f():\n    return m()\nfor i in range(20):\n    f()\n",
			"CALL: bound method object", 6, 11, 14, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, vm := runSpec(t, writeProg(t, tt.src), false, nil)
			var found []string
			for _, f := range vm.SpecializationLog().FailedSpecializations {
				found = append(found, f.Kind)
				if !strings.HasPrefix(f.Kind, tt.kind) {
					continue
				}
				if f.Span.Line != tt.line || f.Span.Col != tt.col || f.Span.EndCol != tt.end {
					t.Errorf("span %d:%d-%d, want %d:%d-%d", f.Span.Line, f.Span.Col, f.Span.EndCol, tt.line, tt.col, tt.end)
				}
				if f.Count != tt.count {
					t.Errorf("count %d, want %d", f.Count, tt.count)
				}
				if f.Function == "" || f.File == "" {
					t.Errorf("no function or file: %+v", f)
				}
				return
			}
			t.Errorf("no failure %q among %q", tt.kind, found)
		})
	}
}

// TestSpecializationFailuresWithJIT checks that the failures go to the
// JIT's log when the JIT is on, and that the table lists the most frequent
// first.
func TestSpecializationFailuresWithJIT(t *testing.T) {
	// an attribute keeps the JIT from compiling f
	src := "class O:\n    v = 1\ndef f(o, b):\n    return o.v + b\ndef g(d):\n    for k in d:\n        pass\nfor i in range(2000):\n    f(O, 0.5)\n    if i < 20:\n        g({})\n"
	log := &JITLog{}
	_, vm := runSpec(t, writeProg(t, src), false, &JITOptions{Log: log})
	if vm.SpecializationLog() != log {
		t.Fatal("the specializer does not write to the JIT's log")
	}
	top := log.TopFailedSpecializations(1)
	if len(top) != 1 || !strings.HasPrefix(top[0].Kind, "BINARY_OP +: operands of different types") {
		t.Fatalf("top failure %+v", top)
	}
	var b strings.Builder
	log.WriteSpecializationTable(&b, 10)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "BINARY_OP +") || !strings.Contains(lines[2], "FOR_ITER") {
		t.Errorf("table:\n%s", b.String())
	}
}

// TestSpecializeOpcodeSpace checks that the specialized opcodes stay
// clear of the generic ones and of the skid trap.
func TestSpecializeOpcodeSpace(t *testing.T) {
	if bc.EXCEPT_STAR >= opBinaryInt || opSpecEnd > opSkid {
		t.Fatalf("specialized opcodes %d..%d overlap the generic ones (last %d) or opSkid", opBinaryInt, opSpecEnd, bc.EXCEPT_STAR)
	}
	if len(specOpNames) != int(opSpecEnd-opBinaryInt) {
		t.Fatalf("%d names for %d specialized opcodes", len(specOpNames), opSpecEnd-opBinaryInt)
	}
	for op := opBinaryInt; op < opSpecEnd; op++ {
		if specGeneric(op) == op {
			t.Errorf("%s has no generic form", specOpName(op))
		}
	}
}
