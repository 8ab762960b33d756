package native

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

// Floor division and modulo by a constant power of two compile to a shift
// and a mask; 1 << 40 does not fit an immediate and takes IDIV. Expected
// values from CPython 3.11 (x // d, x % d).
var powerOfTwoDividends = []int64{7, -7, 0, -1, minI, maxI, 5, -6, -(1 << 41) - 3}

var powerOfTwoCases = []struct {
	d         int64
	quo, rems []int64
}{
	{1, []int64{7, -7, 0, -1, -9223372036854775808, 9223372036854775807, 5, -6, -2199023255555}, []int64{0, 0, 0, 0, 0, 0, 0, 0, 0}},
	{2, []int64{3, -4, 0, -1, -4611686018427387904, 4611686018427387903, 2, -3, -1099511627778}, []int64{1, 1, 0, 1, 0, 1, 1, 0, 1}},
	{4, []int64{1, -2, 0, -1, -2305843009213693952, 2305843009213693951, 1, -2, -549755813889}, []int64{3, 1, 0, 3, 0, 3, 1, 2, 1}},
	{1 << 30, []int64{0, -1, 0, -1, -8589934592, 8589934591, 0, -1, -2049}, []int64{7, 1073741817, 0, 1073741823, 0, 1073741823, 5, 1073741818, 1073741821}},
	{1 << 40, []int64{0, -1, 0, -1, -8388608, 8388607, 0, -1, -3}, []int64{7, 1099511627769, 0, 1099511627775, 0, 1099511627775, 5, 1099511627770, 1099511627773}},
}

func TestPowerOfTwoDivisors(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 0} {
		poolLimit = limit
		for _, c := range powerOfTwoCases {
			for i, x := range powerOfTwoDividends {
				for _, op := range []Op{OpFloorDivInt, OpModInt} {
					want := c.quo[i]
					if op == OpModInt {
						want = c.rems[i]
					}
					for _, inPlace := range []bool{false, true} {
						name := fmt.Sprintf("%v(%d,%d)/inplace=%v/regs=%d", op, x, c.d, inPlace, min(limit, 99))
						t.Run(name, func(t *testing.T) {
							f := NewFunc("pow2")
							a := f.NewParam(Int)
							d := f.NewReg(Int)
							f.Entry().ConstInt(d, c.d)
							dst := a
							if !inPlace {
								dst = f.NewReg(Int)
							}
							f.Entry().Binary(op, dst, a, d, 1, a)
							f.Entry().Return(dst)
							got, _ := runBoth(t, f, []Value{I(x)}, nil, nil)
							if got.exit.Kind != ExitReturn || got.exit.Value.Int() != want {
								t.Fatalf("got %v, want %d", got.exit, want)
							}
						})
					}
				}
			}
		}
	}
	poolLimit = math.MaxInt
}

// translatorLoop builds the IR the engine's translator makes for
//
//	while n < limit:
//	    z = z * z + c
//	    if z > 4.0:
//	        break
//	    n += step
//	return n
//
// one block per bytecode instruction, value-stack registers copied with
// moves and one bool register reused by both compares, as jitcore does.
func translatorLoop() *Func {
	f := NewFunc("translated")
	c, limit, z, n, step := f.NewParam(Float), f.NewParam(Int), f.NewParam(Float), f.NewParam(Int), f.NewParam(Int)
	s0, s1, t1, t2 := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
	i0, i1, t3, flag := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	locals := []Reg{c, limit, z, n, step}
	st := func(extra ...Reg) []Reg { return append(append([]Reg(nil), locals...), extra...) }
	var bs []*Block
	for i := 0; i < 15; i++ {
		bs = append(bs, f.NewBlock())
	}
	exit := f.NewBlock()
	f.Entry().Jump(bs[0], 1)
	bs[0].Move(i0, n)
	bs[0].Jump(bs[1], 2)
	bs[1].Move(i1, limit)
	bs[1].Jump(bs[2], 3)
	bs[2].Compare(OpCmpInt, LT, flag, i0, i1)
	bs[2].Jump(bs[3], 4)
	bs[3].Branch(flag, bs[4], exit, 5)
	bs[4].Move(s0, z)
	bs[4].Jump(bs[5], 6)
	bs[5].Move(s1, z)
	bs[5].Jump(bs[6], 7)
	bs[6].Binary(OpMulFloat, t1, s0, s1, 8, st(s0, s1)...)
	bs[6].Move(s0, t1)
	bs[6].Jump(bs[7], 8)
	bs[7].Move(s1, c)
	bs[7].Binary(OpAddFloat, t2, s0, s1, 9, st(s0, s1)...)
	bs[7].Move(s0, t2)
	bs[7].Move(z, s0)
	bs[7].Jump(bs[8], 10)
	bs[8].Move(s0, z)
	bs[8].ConstFloat(s1, 4.0)
	bs[8].Compare(OpCmpFloat, GT, flag, s0, s1)
	bs[8].Jump(bs[9], 11)
	bs[9].Branch(flag, bs[10], bs[11], 12)
	bs[10].Jump(exit, 13)
	bs[11].Move(i0, n)
	bs[11].Move(i1, step)
	bs[11].Binary(OpAddInt, t3, i0, i1, 14, st(i0, i1)...)
	bs[11].Move(i0, t3)
	bs[11].Move(n, i0)
	bs[11].Jump(bs[12], 15)
	bs[12].Jump(bs[13], 16)
	bs[13].Jump(bs[14], 17)
	bs[14].Jump(bs[0], 18) // the back-edge
	exit.Return(n)
	return f
}

func TestOptimizeTranslatedLoop(t *testing.T) {
	cases := [][]Value{
		{F(0.25), I(100), F(0), I(0), I(1)},      // stays bounded: runs to the limit
		{F(1), I(100), F(0), I(0), I(1)},         // escapes: the break
		{F(-2), I(50), F(0), I(3), I(2)},         // bounded, another step
		{F(0), I(maxI), F(0), I(maxI - 5), I(3)}, // n + step overflows: deopt with n intact
		{F(nan), I(10), F(0), I(0), I(1)},        // NaN > 4.0 is false
		{F(0), I(0), F(0), I(5), I(1)},           // never enters
	}
	for _, limit := range []int{math.MaxInt, 2, 0} {
		for _, fuel := range []int64{DefaultFuel, 1, 3} {
			for i, params := range cases {
				t.Run(fmt.Sprintf("case%d/regs=%d/fuel=%d", i, min(limit, 99), fuel), func(t *testing.T) {
					f := translatorLoop()
					poolLimit = limit
					code, err := Compile(f)
					poolLimit = math.MaxInt
					if err != nil {
						t.Fatal(err)
					}
					fr := code.NewFrame()
					fr.Fuel = fuel
					for j, p := range f.Params {
						fr.Set(p, params[j])
					}
					e, err := fr.Run(nil)
					if err != nil {
						t.Fatal(err)
					}
					got := outcome{exit: e}
					for _, r := range exitState(f, e) {
						got.state = append(got.state, fr.Get(r))
					}
					if want := runInterp(f, params, nil, nil); !sameOutcome(got, want) {
						t.Fatalf("native %v, interpreter %v", got, want)
					}
				})
			}
		}
	}
}

// The optimized loop is four blocks (entry, header, body, latch) plus the
// exit; both compares feed their branches through the flags; the body has
// no moves left.
func TestOptimizeTranslatedLoopShape(t *testing.T) {
	f := optimize(translatorLoop())
	if err := f.Verify(); err != nil {
		t.Fatal(err)
	}
	if len(f.Blocks) != 5 {
		t.Fatalf("%d blocks, want 5:\n%s", len(f.Blocks), f.Dump())
	}
	al := allocate(f)
	fused, moves := 0, 0
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			switch in.Op {
			case OpCmpInt, OpCmpFloat:
				if al.loc[in.Dst].kind == locFlags {
					fused++
				}
			case OpMove:
				moves++
			}
		}
	}
	if fused != 2 {
		t.Errorf("%d compares fused, want 2:\n%s", fused, f.Dump())
	}
	// z = z*z + c computes straight into z; i0 = n and i1 = step, which
	// only the add's State reads, are written by its exit stub instead
	if moves != 0 {
		t.Errorf("%d moves, want 0:\n%s", moves, f.Dump())
	}
	if add := f.Blocks[3].Instrs[0]; add.Op != OpAddInt || len(add.copies) != 2 {
		t.Errorf("the add's exit writes %v, want i0 and i1:\n%s", add.copies, f.Dump())
	}
	if h := f.Blocks[1]; len(h.Instrs) != 2 {
		t.Errorf("loop header has %d instructions, want a compare and a branch:\n%s", len(h.Instrs), f.Dump())
	}
}

// A result forwarded into the register its move copied it to keeps the
// old value there when the op exits: "t = x + y; x = t" overflowing must
// leave x as it was for the interpreter.
func TestForwardedResultExit(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 0} {
		for _, op := range []Op{OpAddInt, OpSubInt, OpMulInt, OpFloorDivInt} {
			t.Run(fmt.Sprintf("%v/regs=%d", op, min(limit, 99)), func(t *testing.T) {
				f := NewFunc("forward")
				x, y := f.NewParam(Int), f.NewParam(Int)
				tmp := f.NewReg(Int)
				e := f.Entry()
				e.Binary(op, tmp, x, y, 3, x, y)
				e.Move(x, tmp)
				e.Binary(op, tmp, x, y, 4, x, y)
				e.Move(x, tmp)
				e.Return(x)
				opt := optimize(f)
				if n := len(opt.Blocks[0].Instrs); n != 3 {
					t.Fatalf("%d instructions, want the two ops and the return:\n%s", n, opt.Dump())
				}
				poolLimit = limit
				defer func() { poolLimit = math.MaxInt }()
				for _, p := range [][2]int64{{maxI / 2, 3}, {minI, -1}, {1 << 40, 1 << 20}, {7, 0}, {minI + 1, 1}} {
					runBoth(t, f, []Value{I(p[0]), I(p[1])}, nil, nil)
				}
			})
		}
	}
}

// translatorShaped rewrites f the way the engine's translator writes IR:
// operands are copied into fresh "stack" registers first (listed in the
// State of an op that can exit, as the translator lists its stack), results
// go through a fresh register and a move, and every instruction ends its
// block with a jump to the next. Interpret gives the rewritten function the
// same results and exit States for f's registers.
func translatorShaped(f *Func, rnd *rand.Rand) *Func {
	g := NewFunc(f.Name)
	g.Types = append([]Type(nil), f.Types...)
	g.Params = append([]Reg(nil), f.Params...)
	g.Buffers = append([]Type(nil), f.Buffers...)
	g.Blocks = nil
	// a few "stack" registers per type, reused everywhere as the
	// translator reuses its value-stack registers
	stack := map[Type][]Reg{}
	for _, t := range []Type{Int, Float, Bool} {
		for k := 0; k < 3; k++ {
			stack[t] = append(stack[t], g.NewReg(t))
		}
	}
	first := make([]*Block, len(f.Blocks))
	chains := make([][]*Block, len(f.Blocks))
	for i, b := range f.Blocks {
		for range b.Instrs {
			chains[i] = append(chains[i], g.NewBlock())
		}
		first[i] = chains[i][0]
	}
	for i, b := range f.Blocks {
		for k, in := range b.Instrs {
			blk := chains[i][k]
			in.Args = append([]Reg(nil), in.Args...)
			in.State = append([]Reg(nil), in.State...)
			copyIn := func(r *Reg, k int) {
				if *r == NoReg || rnd.Intn(2) == 0 {
					return
				}
				s := stack[g.Types[*r]][k]
				blk.Move(s, *r)
				*r = s
				if len(in.State) > 0 {
					in.State = append(in.State, s)
				}
			}
			if rnd.Intn(4) == 0 {
				// a constant pushed and popped unused: the stack
				// register is written again before anything reads it
				switch k := rnd.Intn(3); k {
				case 0:
					blk.ConstInt(stack[Int][rnd.Intn(3)], int64(rnd.Intn(5)))
				case 1:
					blk.ConstFloat(stack[Float][rnd.Intn(3)], float64(rnd.Intn(5))/2)
				default:
					blk.ConstBool(stack[Bool][rnd.Intn(3)], rnd.Intn(2) == 0)
				}
			}
			if in.Op != OpJump && in.Op != OpBranch {
				copyIn(&in.A, 0)
				copyIn(&in.B, 1)
			}
			if in.Op == OpCall && len(in.Args) > 0 && rnd.Intn(2) == 0 {
				// the translator passes arguments from the stack
				copyIn(&in.Args[0], 0)
			}
			for t := range in.Targets {
				if in.Targets[t] != nil {
					in.Targets[t] = first[in.Targets[t].Index]
				}
			}
			dst := in.Dst
			if dst != NoReg && rnd.Intn(2) == 0 {
				in.Dst = stack[g.Types[dst]][2]
			}
			blk.add(in)
			if in.Op.IsTerminator() {
				continue
			}
			if in.Dst != dst {
				blk.Move(dst, in.Dst)
			}
			blk.Jump(chains[i][k+1], 0)
		}
	}
	return g
}

func TestDifferentialTranslatorShaped(t *testing.T) {
	n, seed := fuzzRuns(1500, 20261122)
	rnd := rand.New(rand.NewSource(seed))
	g := &progGen{rnd: rnd}
	for i := 0; i < n; i++ {
		base, params := g.build()
		f := translatorShaped(base, rnd)
		if err := f.Verify(); err != nil {
			t.Fatalf("program %d: the rewrite is wrong: %v\n%s", i, err, f.Dump())
		}
		diffAgainstInterp(t, rnd, i, f, params)
	}
}

// A State register whose copy an exit stub writes keeps its value there:
// here the stack register s holds x at the call (the stub writes it) and
// 1.5 after; the 1.5 must not be computed into s before the call, or the
// call's resume would reload s from the slot the stub wrote.
func TestStateCopyPinsRegister(t *testing.T) {
	f := NewFunc("pinned")
	x, p := f.NewParam(Float), f.NewParam(Bool)
	s, y := f.NewReg(Float), f.NewReg(Float)
	e := f.Entry()
	other, join := f.NewBlock(), f.NewBlock()
	e.Move(s, x)
	e.Call(NoReg, int(Float), []Reg{s}, 1, x, s)
	e.ConstFloat(s, 1.5)
	e.Branch(p, other, join, 2)
	other.ConstFloat(s, 2.5)
	other.Jump(join, 3)
	join.Binary(OpMulFloat, y, s, s, 4)
	join.Return(y)
	for _, limit := range []int{math.MaxInt, 1, 0} {
		poolLimit = limit
		got, _ := runBoth(t, f, []Value{F(3), B(false)}, nil, fuzzHooks)
		poolLimit = math.MaxInt
		if got.exit.Value.Float() != 2.25 {
			t.Fatalf("regs=%d: got %v, want 2.25", limit, got.exit)
		}
	}
}

// A register listed only in a recursive call's State (a value-stack copy
// the engine reads after a deopt deep in the recursion) is saved across
// the call, so Unwind makes it readable in every waiting activation.
func TestCallSelfStateSaved(t *testing.T) {
	f := NewFunc("fibstack")
	n := f.NewParam(Int)
	c, one, two := f.NewReg(Bool), f.NewReg(Int), f.NewReg(Int)
	a, sa, b, m, s := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	base, rec := f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(one, 1)
	e.ConstInt(two, 2)
	e.Compare(OpCmpInt, LT, c, n, two)
	e.Branch(c, base, rec, 1)
	nz, zero := f.NewReg(Bool), f.NewReg(Int)
	base.ConstInt(zero, 0)
	base.Compare(OpCmpInt, NE, nz, n, zero)
	base.Guard(nz, 7, n) // fib(0) deopts: the first time is under fib(2)'s second call
	base.Return(n)
	rec.Binary(OpSubInt, m, n, one, 2, n)
	rec.CallSelf(a, []Reg{m}, 5, n)
	rec.Move(sa, a) // the engine's stack copy of a: only the next call's State reads it
	rec.Binary(OpSubInt, m, n, two, 3, n, sa)
	rec.CallSelf(b, []Reg{m}, 6, n, sa)
	rec.Binary(OpAddInt, s, a, b, 9, n, a, b)
	rec.Return(s)
	for _, limit := range []int{math.MaxInt, 2, 0} {
		poolLimit = limit
		code, err := Compile(f)
		poolLimit = math.MaxInt
		if err != nil {
			t.Fatal(err)
		}
		fr := code.NewFrame()
		fr.SetCallDepth(100)
		fr.SetInt(n, 12)
		ex, err := fr.Run(nil)
		if err != nil || ex.Kind != ExitDeopt || ex.ID != 7 || fr.Depth() != 11 {
			t.Fatalf("regs=%d: %v %v depth %d, want the guard in fib(0) at depth 11", limit, ex, err, fr.Depth())
		}
		checked := 0
		for {
			if ex.ID == 6 {
				if got, want := fr.Get(sa).Int(), fibGo(fr.Get(n).Int()-1); got != want {
					t.Fatalf("regs=%d: n=%d: the stack copy of fib(n-1) is %d, want %d", limit, fr.Get(n).Int(), got, want)
				}
				checked++
			}
			if fr.Depth() == 0 {
				break
			}
			ex.ID = fr.Unwind()
		}
		if checked != 1 {
			t.Fatalf("regs=%d: %d activations waiting at the second call, want fib(2)", limit, checked)
		}
	}
}
