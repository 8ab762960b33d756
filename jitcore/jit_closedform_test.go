package jitcore

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/compile"
)

// TestClosedFormPrograms runs loops with and without closed forms under the
// interpreter and with the JIT: the output is CPython's either way, and
// exactly the loops with a formula are replaced by it.
func TestClosedFormPrograms(t *testing.T) {
	path := filepath.Join("testdata", "jit", "closedform.py")
	want, err := os.ReadFile(filepath.Join("testdata", "jit", "closedform.stdout"))
	if err != nil {
		t.Fatal(err)
	}
	if out, errs, status := runJIT(t, path, &JITOptions{Off: true}, nil); out != string(want) || status != 0 {
		t.Fatalf("interpreter: status %d\n got: %q\nwant: %q\n%s", status, out, want, errs)
	}
	log := &JITLog{}
	if out, errs, status := runJIT(t, path, &JITOptions{Log: log}, nil); out != string(want) || status != 0 {
		t.Fatalf("JIT: status %d\n got: %q\nwant: %q\n%s", status, out, want, errs)
	}
	// Loops the native tier runs inside a compiled function never reach
	// the interpreter's back-edge, so only some closed forms must show:
	// those whose ints outgrow 64 bits, which native code cannot hold.
	must := map[string]string{"big_start": "acc", "poly": "s1, s2, s3"}
	may := map[string]string{"tri": "total", "after_loop": "acc", "bool_acc": "acc"} // bool_acc's acc is an int after one pass
	seen := map[string]bool{}
	for _, e := range log.Events {
		if e.Kind != EventCompiled || !strings.HasPrefix(e.Signature, "closed form: ") {
			continue
		}
		names := strings.TrimPrefix(e.Signature, "closed form: ")
		want, ok := must[e.Function]
		if !ok {
			want, ok = may[e.Function]
		}
		if !ok || names != want {
			t.Errorf("%s: closed form of %q; want none or %q", e.Function, names, want)
		}
		seen[e.Function] = true
	}
	for fn := range must {
		if !seen[fn] {
			t.Errorf("%s: no closed form", fn)
		}
	}
}

// TestSumOver checks the formula against the loop it replaces.
func TestSumOver(t *testing.T) {
	tests := []struct {
		coef           []int64 // of i**0, i**1, ...
		start, step, n int64
	}{
		{[]int64{0, 1}, 1, 1, 100},
		{[]int64{5}, -7, 3, 11},
		{[]int64{1, -2, 3, 4}, 100, -9, 23},
		{[]int64{0, 0, 0, 1}, -50, 3, 34},
		{[]int64{2, 0, -1}, 0, 1, 0},
		{[]int64{-3, 7, 0, 2}, 9_000_000_000, 1_000_003, 1000},
	}
	for _, tt := range tests {
		c := make([]*big.Int, len(tt.coef))
		for k, x := range tt.coef {
			c[k] = big.NewInt(x)
		}
		want := new(big.Int)
		for j := int64(0); j < tt.n; j++ {
			i := big.NewInt(tt.start + j*tt.step)
			term, pow := new(big.Int), big.NewInt(1)
			for _, ck := range c {
				term.Add(term, new(big.Int).Mul(ck, pow))
				pow.Mul(pow, i)
			}
			want.Add(want, term)
		}
		got := sumOver(c, big.NewInt(tt.start), big.NewInt(tt.step), big.NewInt(tt.n))
		if got.Cmp(want) != 0 {
			t.Errorf("%+v: got %v, want %v", tt, got, want)
		}
	}
	// The seed example's big-int case: 1 + 2 + ... + 10**12.
	n := new(big.Int).Exp(big.NewInt(10), big.NewInt(12), nil)
	got := sumOver([]*big.Int{big.NewInt(0), big.NewInt(1)}, big.NewInt(1), big.NewInt(1), n)
	if got.String() != "500000000000500000000000" {
		t.Errorf("sum to 10**12 = %v", got)
	}
}

// TestRecognizeClosedForm checks which loop shapes have a closed form.
func TestRecognizeClosedForm(t *testing.T) {
	tests := []struct {
		body string
		ok   bool
	}{
		{"s += i", true},
		{"s -= 3 * i * i - k", true},
		{"s += i\n        t += -i * i * i", true},
		{"s += i * i * i * i", false}, // degree 4
		{"s += i // 2", false},
		{"s += t", true},                  // t is loop-invariant
		{"s += i\n        t += s", false}, // reads another accumulator
		{"s += i\n        s += 1", false}, // the same accumulator twice
		{"i += 1", false},
		{"s += f(i)", false},
		{"s += i\n        if s:\n            break", false},
	}
	for _, tt := range tests {
		src := "def g(n, k, f):\n    s = t = 0\n    for i in range(n):\n        " + tt.body + "\n    return s\n"
		code := compileForTest(t, src)
		header, end := -1, -1
		for pc, in := range code.Instrs {
			if in.Op.String() == "FOR_ITER" && header < 0 {
				header = pc
			}
			if in.Op.String() == "JUMP" && int(in.Arg) == header {
				end = pc
			}
		}
		if got := recognizeClosedForm(code, header, end) != nil; got != tt.ok {
			t.Errorf("%q: closed form %v, want %v\n%s", tt.body, got, tt.ok, code.Disassemble())
		}
	}
}

// compileForTest compiles src and returns the code of its first function.
func compileForTest(t *testing.T, src string) *bc.Code {
	t.Helper()
	mod, errs := syntax.Parse("t.py", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	code, err := compile.Module(mod, "t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range code.Consts {
		if c, ok := k.(*bc.Code); ok {
			return c
		}
	}
	t.Fatal("no function in the module")
	return nil
}
