package native

import (
	"fmt"
	"math"
	"testing"
)

// fibFunc builds: if n < 2: return n; return fib(n-1) + fib(n-2), with the
// add guarded (ID 9) and the calls' IDs 5 and 6.
func fibFunc() *Func {
	f := NewFunc("fib")
	n := f.NewParam(Int)
	c, one, two := f.NewReg(Bool), f.NewReg(Int), f.NewReg(Int)
	a, b, m, s := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	base, rec := f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(one, 1)
	e.ConstInt(two, 2)
	e.Compare(OpCmpInt, LT, c, n, two)
	e.Branch(c, base, rec, 1)
	base.Return(n)
	rec.Binary(OpSubInt, m, n, one, 2, n)
	rec.CallSelf(a, []Reg{m}, 5, n)
	rec.Binary(OpSubInt, m, n, two, 3, n, a)
	rec.CallSelf(b, []Reg{m}, 6, n, a)
	rec.Binary(OpAddInt, s, a, b, 9, n, a, b)
	rec.Return(s)
	return f
}

func fibGo(n int64) int64 {
	if n < 2 {
		return n
	}
	return fibGo(n-1) + fibGo(n-2)
}

func TestCallSelfRecursion(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 2, 0} {
		poolLimit = limit
		f := fibFunc()
		code, err := Compile(f)
		poolLimit = math.MaxInt
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int64{0, 1, 2, 10, 20} {
			for _, fuel := range []int64{1, 3, DefaultFuel} {
				fr := code.NewFrame()
				fr.Fuel = fuel
				fr.SetCallDepth(100)
				fr.SetInt(f.Params[0], n)
				e, err := fr.Run(nil)
				if err != nil || e.Kind != ExitReturn || e.Value.Int() != fibGo(n) || fr.Depth() != 0 {
					t.Fatalf("regs=%d fib(%d) fuel %d: %v %v depth %d, want %d", limit, n, fuel, e, err, fr.Depth(), fibGo(n))
				}
				ir := f.NewInterpFrame()
				ir.CallDepth = 100
				ir.Regs[f.Params[0]] = uint64(n)
				ie, _ := f.Interpret(ir, nil)
				if ie.Value != e.Value {
					t.Fatalf("interpreter %v, native %v", ie, e)
				}
			}
		}
	}
}

// TestCallSelfDepthLimit: the call past the limit deopts at the call with
// its state; Unwind walks the waiting activations back to the first, and
// Resume continues one with the result Go computed.
func TestCallSelfDepthLimit(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 1, 0} {
		t.Run(fmt.Sprintf("regs=%d", min(limit, 99)), func(t *testing.T) {
			poolLimit = limit
			defer func() { poolLimit = math.MaxInt }()
			testCallSelfDepthLimit(t)
		})
	}
}

func testCallSelfDepthLimit(t *testing.T) {
	f := fibFunc()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetCallDepth(3)
	fr.SetInt(f.Params[0], 10)
	e, err := fr.Run(nil)
	if err != nil || e.Kind != ExitDeopt || e.ID != 5 || fr.Depth() != 3 {
		t.Fatalf("got %v %v depth %d, want deopt at 5 at depth 3", e, err, fr.Depth())
	}
	if n := fr.Get(f.Params[0]).Int(); n != 7 {
		t.Fatalf("innermost n = %d, want 7", n)
	}
	// Go finishes the innermost fib(7) itself and hands its result to the
	// waiting fib(8), and so on each time the limit is reached
	if id, typ := fr.TopCall(); id != 5 || typ != Int {
		t.Fatalf("top call %d %v", id, typ)
	}
	for err == nil && e.Kind == ExitDeopt {
		if e.ID != 5 && e.ID != 6 {
			t.Fatalf("exit %v", e)
		}
		e, err = fr.Resume(nil, IntValue(fibGo(fr.Get(f.Params[0]).Int())))
	}
	if err != nil || e.Kind != ExitReturn || e.Value.Int() != fibGo(10) {
		t.Fatalf("got %v %v, want %d", e, err, fibGo(10))
	}
	// Unwind: stop at the depth limit and read every waiting activation
	fr.SetCallDepth(4)
	fr.SetInt(f.Params[0], 12)
	e, _ = fr.Run(nil)
	var ns []int64
	for fr.Depth() > 0 {
		ns = append(ns, fr.Get(f.Params[0]).Int())
		fr.Unwind()
	}
	ns = append(ns, fr.Get(f.Params[0]).Int())
	if fmt.Sprint(ns) != "[8 9 10 11 12]" || e.ID != 5 {
		t.Fatalf("activations %v, exit %v", ns, e)
	}
}

// TestCallSelfOverflowDeep: an overflow deep in the recursion exits with
// the innermost activation's state.
func TestCallSelfOverflowDeep(t *testing.T) {
	// f(n, x) = x if n == 0 else f(n-1, x*3)  (tail position, not a tail call)
	f := NewFunc("pow3")
	n, x := f.NewParam(Int), f.NewParam(Int)
	c, zero, one, three, m, y, r := f.NewReg(Bool), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	done, rec := f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(zero, 0)
	e.ConstInt(one, 1)
	e.ConstInt(three, 3)
	e.Compare(OpCmpInt, EQ, c, n, zero)
	e.Branch(c, done, rec, 1)
	done.Return(x)
	rec.Binary(OpSubInt, m, n, one, 2, n, x)
	rec.Binary(OpMulInt, y, x, three, 3, n, x)
	rec.CallSelf(r, []Reg{m, y}, 4, n, x)
	rec.Return(r)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetCallDepth(1000)
	fr.SetInt(n, 100)
	fr.SetInt(x, 1)
	ex, err := fr.Run(nil)
	// 3**39 fits, 3**40 does not: the 40th activation (n = 60) overflows
	if err != nil || ex.Kind != ExitDeopt || ex.ID != 3 || fr.Depth() != 39 || fr.Get(n).Int() != 61 {
		t.Fatalf("got %v %v depth %d n %d", ex, err, fr.Depth(), fr.Get(n).Int())
	}
	ir := f.NewInterpFrame()
	ir.CallDepth = 1000
	ir.Regs[n], ir.Regs[x] = 100, 1
	if ie, _ := f.Interpret(ir, nil); ie.Kind != ExitDeopt || ie.ID != 3 {
		t.Fatalf("interpreter %v", ie)
	}
}

func TestAddIntWrap(t *testing.T) {
	for _, c := range [][2]int64{{1, 2}, {math.MaxInt64, 1}, {math.MinInt64, -1}, {-5, 3}, {math.MaxInt64, math.MaxInt64}} {
		f := NewFunc("wrap")
		a, b := f.NewParam(Int), f.NewParam(Int)
		d := f.NewReg(Int)
		f.Entry().Binary(OpAddIntWrap, d, a, b, -1)
		f.Entry().Return(d)
		o, _ := runBoth(t, f, []Value{IntValue(c[0]), IntValue(c[1])}, nil, nil)
		if o.exit.Value.Int() != c[0]+c[1] {
			t.Fatalf("%d + %d = %v", c[0], c[1], o.exit)
		}
	}
}
