package native

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"testing"
)

// progGen builds random small programs: an entry that assigns every
// register, a counted loop (in one of three shapes) whose body holds random
// ops and an if/else, then a few more ops and a return.
type progGen struct {
	rnd    *rand.Rand
	f      *Func
	byType map[Type][]Reg
	ibuf   int
	fbuf   int
	nextID int32
}

var interestingInts = []int64{0, 1, -1, 2, -2, 3, 7, -7, 63, 64, 100, -100, 1 << 31, -1 << 31,
	1<<62 + 5, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}

var interestingFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2.5, 1e300, -1e300, 1e-310,
	math.Inf(1), math.Inf(-1), math.NaN(), 3.0e18, -9.3e18, 1 << 53}

func (g *progGen) int64() int64 {
	if g.rnd.Intn(3) == 0 {
		return interestingInts[g.rnd.Intn(len(interestingInts))]
	}
	return g.rnd.Int63n(41) - 20
}

func (g *progGen) float64() float64 {
	if g.rnd.Intn(3) == 0 {
		return interestingFloats[g.rnd.Intn(len(interestingFloats))]
	}
	return float64(g.rnd.Intn(81)-40) / 4
}

func (g *progGen) pick(t Type) Reg {
	rs := g.byType[t]
	return rs[g.rnd.Intn(len(rs))]
}

func (g *progGen) id() int32 { g.nextID++; return g.nextID }

// state picks a random subset of registers as the exit state.
func (g *progGen) state() []Reg {
	var out []Reg
	for _, t := range []Type{Int, Float, Bool} {
		for _, r := range g.byType[t] {
			if g.rnd.Intn(3) == 0 {
				out = append(out, r)
			}
		}
	}
	return out
}

var (
	intBinOps   = []Op{OpAddInt, OpSubInt, OpMulInt, OpFloorDivInt, OpModInt, OpShlInt, OpShrInt, OpAndInt, OpOrInt, OpXorInt}
	floatBinOps = []Op{OpAddFloat, OpSubFloat, OpMulFloat, OpDivFloat}
)

// randomOp appends one random instruction to b.
func (g *progGen) randomOp(b *Block) {
	switch k := g.rnd.Intn(20); {
	case k < 6:
		op, rhs := intBinOps[g.rnd.Intn(len(intBinOps))], g.pick(Int)
		if (op == OpShlInt || op == OpShrInt) && g.rnd.Intn(5) > 0 {
			rhs = g.masked(b, 127, 0) // mostly valid shift counts
		}
		b.Binary(op, g.pick(Int), g.pick(Int), rhs, g.id(), g.state()...)
	case k < 9:
		b.Binary(floatBinOps[g.rnd.Intn(len(floatBinOps))], g.pick(Float), g.pick(Float), g.pick(Float), g.id(), g.state()...)
	case k == 9:
		ops := []Op{OpNegInt, OpInvertInt}
		b.Unary(ops[g.rnd.Intn(2)], g.pick(Int), g.pick(Int), g.id(), g.state()...)
	case k == 10:
		ops := []Op{OpNegFloat, OpAbsFloat, OpSqrtFloat}
		op, dst, src := ops[g.rnd.Intn(3)], g.pick(Float), g.pick(Float)
		if op == OpSqrtFloat && g.rnd.Intn(3) > 0 {
			b.Unary(OpAbsFloat, dst, src, 0)
			src = dst
		}
		b.Unary(op, dst, src, g.id(), g.state()...)
	case k == 11:
		if g.rnd.Intn(2) == 0 {
			b.Unary(OpIntToFloat, g.pick(Float), g.pick(Int), g.id())
		} else {
			b.Unary(OpFloatToInt, g.pick(Int), g.pick(Float), g.id(), g.state()...)
		}
	case k == 12:
		op, t := OpCmpInt, Int
		if g.rnd.Intn(2) == 0 {
			op, t = OpCmpFloat, Float
		}
		b.Compare(op, Cond(1+g.rnd.Intn(6)), g.pick(Bool), g.pick(t), g.pick(t))
	case k == 13:
		switch g.rnd.Intn(3) {
		case 0:
			b.Unary(OpNotBool, g.pick(Bool), g.pick(Bool), 0)
		case 1:
			b.Unary(OpBoolToInt, g.pick(Int), g.pick(Bool), 0)
		default:
			t := []Type{Int, Float, Bool}[g.rnd.Intn(3)]
			b.Move(g.pick(t), g.pick(t))
		}
	case k == 14:
		switch g.rnd.Intn(3) {
		case 0:
			b.ConstInt(g.pick(Int), g.int64())
		case 1:
			b.ConstFloat(g.pick(Float), g.float64())
		default:
			b.ConstBool(g.pick(Bool), g.rnd.Intn(2) == 0)
		}
	case k == 15:
		if g.rnd.Intn(2) == 0 {
			b.Load(g.pick(Int), g.ibuf, g.index(b), g.id(), g.state()...)
		} else {
			b.Load(g.pick(Float), g.fbuf, g.index(b), g.id(), g.state()...)
		}
	case k == 16:
		if g.rnd.Intn(2) == 0 {
			b.Store(g.ibuf, g.index(b), g.pick(Int), g.id(), g.state()...)
		} else {
			b.Store(g.fbuf, g.index(b), g.pick(Float), g.id(), g.state()...)
		}
	case k == 17:
		b.Len(g.pick(Int), []int{g.ibuf, g.fbuf}[g.rnd.Intn(2)])
	case k == 18:
		args := []Reg{g.pick(Int), g.pick(Float), g.pick(Bool)}[:g.rnd.Intn(4)]
		t := []Type{Int, Float, Bool}[g.rnd.Intn(3)]
		b.Call(g.pick(t), int(t), args, g.id(), g.state()...)
	default:
		if g.rnd.Intn(4) == 0 {
			b.Guard(g.pick(Bool), g.id(), g.state()...)
		} else {
			b.Binary(OpAddInt, g.pick(Int), g.pick(Int), g.pick(Int), g.id(), g.state()...)
		}
	}
}

// masked returns a fresh register holding (random int & mask) - bias.
func (g *progGen) masked(b *Block, mask, bias int64) Reg {
	m, r := g.f.NewReg(Int), g.f.NewReg(Int)
	b.ConstInt(m, mask)
	b.Binary(OpAndInt, r, g.pick(Int), m, 0)
	if bias != 0 {
		b.ConstInt(m, bias)
		b.Binary(OpSubInt, r, r, m, 0)
	}
	return r
}

// index returns a register holding a mostly valid index (-4..3), or any
// int now and then.
func (g *progGen) index(b *Block) Reg {
	if g.rnd.Intn(6) == 0 {
		return g.pick(Int)
	}
	return g.masked(b, 7, 4)
}

func (g *progGen) ops(b *Block, n int) {
	for i := 0; i < n; i++ {
		g.randomOp(b)
	}
}

// build returns a random program and its parameters.
func (g *progGen) build() (*Func, []Value) {
	f := NewFunc("random")
	g.f, g.byType, g.nextID = f, map[Type][]Reg{}, 0
	g.ibuf, g.fbuf = f.NewBuffer(Int), f.NewBuffer(Float)
	var params []Value
	for i := 0; i < 2+g.rnd.Intn(3); i++ {
		g.byType[Int] = append(g.byType[Int], f.NewParam(Int))
		params = append(params, IntValue(g.int64()))
	}
	for i := 0; i < 1+g.rnd.Intn(3); i++ {
		g.byType[Float] = append(g.byType[Float], f.NewParam(Float))
		params = append(params, FloatValue(g.float64()))
	}
	e := f.Entry()
	for i := 0; i < 2+g.rnd.Intn(9); i++ {
		r := f.NewReg(Int)
		e.ConstInt(r, g.int64())
		g.byType[Int] = append(g.byType[Int], r)
	}
	for i := 0; i < 1+g.rnd.Intn(8); i++ {
		r := f.NewReg(Float)
		e.ConstFloat(r, g.float64())
		g.byType[Float] = append(g.byType[Float], r)
	}
	for i := 0; i < 1+g.rnd.Intn(3); i++ {
		r := f.NewReg(Bool)
		e.ConstBool(r, g.rnd.Intn(2) == 0)
		g.byType[Bool] = append(g.byType[Bool], r)
	}
	// The loop counter and bound are kept out of reach of random ops.
	k, n, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	e.ConstInt(k, 0)
	e.ConstInt(n, int64(g.rnd.Intn(12)))
	e.ConstInt(one, 1)
	g.ops(e, g.rnd.Intn(4))
	head, then, els, join, exit := f.NewBlock(), f.NewBlock(), f.NewBlock(), f.NewBlock(), f.NewBlock()
	e.Jump(head, g.id())
	head.Compare(OpCmpInt, LT, c, k, n)
	head.Branch(c, then, exit, g.id())
	shape := g.rnd.Intn(3)
	g.ops(then, g.rnd.Intn(6))
	cond := g.pick(Bool)
	if g.rnd.Intn(2) == 0 {
		cond = f.NewReg(Bool)
		t := []Type{Int, Float}[g.rnd.Intn(2)]
		then.Compare(map[Type]Op{Int: OpCmpInt, Float: OpCmpFloat}[t], Cond(1+g.rnd.Intn(6)), cond, g.pick(t), g.pick(t))
	}
	then.Branch(cond, els, join, g.id())
	g.ops(els, g.rnd.Intn(5))
	els.Jump(join, g.id())
	g.ops(join, g.rnd.Intn(6))
	join.Binary(OpAddInt, k, k, one, g.id())
	switch shape {
	case 0:
		join.Jump(head, g.id())
	case 1: // rotated: the back-edge is the taken branch
		join.Compare(OpCmpInt, LT, c, k, n)
		join.Branch(c, then, exit, g.id())
	default: // rotated: the back-edge is the false branch
		join.Compare(OpCmpInt, GE, c, k, n)
		join.Branch(c, exit, then, g.id())
	}
	g.ops(exit, g.rnd.Intn(4))
	t := []Type{Int, Float, Bool}[g.rnd.Intn(3)]
	exit.Return(g.pick(t))
	return f, params
}

// fuzzHooks answers calls deterministically from the arguments.
var fuzzHooks = &Hooks{Call: func(fn int, args []Value) (Value, error) {
	var h uint64 = uint64(fn) * 0x9e3779b97f4a7c15
	for _, a := range args {
		h = (h ^ a.Bits) * 0x100000001b3
	}
	switch Type(fn) {
	case Int:
		return IntValue(int64(h>>50) - 4096), nil
	case Float:
		return FloatValue(float64(int64(h>>40)) / 1024), nil
	}
	return BoolValue(h&1 == 1), nil
}}

func TestDifferentialRandomPrograms(t *testing.T) {
	n, seed := fuzzRuns(3000, 20261121)
	rnd := rand.New(rand.NewSource(seed))
	g := &progGen{rnd: rnd}
	kinds := map[string]int{}
	for i := 0; i < n; i++ {
		f, params := g.build()
		e := diffAgainstInterp(t, rnd, i, f, params)
		kinds[e.Kind.String()]++
	}
	t.Logf("exits: %v", kinds)
}

// fuzzRuns returns the number of programs and the seed of a differential
// test: its defaults, fewer under -short, or NATIVE_FUZZ_N and
// NATIVE_FUZZ_SEED for longer runs by hand.
func fuzzRuns(n int, seed int64) (int, int64) {
	if testing.Short() {
		n /= 10
	}
	if v, err := strconv.Atoi(os.Getenv("NATIVE_FUZZ_N")); err == nil {
		n = v
	}
	if v, err := strconv.ParseInt(os.Getenv("NATIVE_FUZZ_SEED"), 10, 64); err == nil {
		seed = v
	}
	return n, seed
}

// diffAgainstInterp compiles f with a random register limit, runs it with
// random fuel on random int and float buffers, and fails the test unless
// the native exit, error, exit state and buffers equal the IR
// interpreter's. It returns the native exit.
func diffAgainstInterp(t *testing.T, rnd *rand.Rand, i int, f *Func, params []Value) Exit {
	t.Helper()
	bufs := []any{
		[]int64{3, -1, 4, 1, -5, 9}[:rnd.Intn(7)],
		[]float64{2.5, -0.0, 1e10, math.NaN()}[:rnd.Intn(5)],
	}
	limit := []int{math.MaxInt, math.MaxInt, 3, 1, 0}[rnd.Intn(5)]
	fuel := []int64{DefaultFuel, 1, 2, 3}[rnd.Intn(4)]
	poolLimit = limit
	code, err := Compile(f)
	poolLimit = math.MaxInt
	if err != nil {
		t.Fatalf("program %d: %v", i, err)
	}
	nb, ib := cloneBufs(bufs), cloneBufs(bufs)
	fr := code.NewFrame()
	fr.Fuel = fuel
	for j, p := range f.Params {
		fr.Set(p, params[j])
	}
	fr.SetInts(0, nb[0].([]int64))
	fr.SetFloats(1, nb[1].([]float64))
	e, err := fr.Run(fuzzHooks)
	native := outcome{exit: e}
	if err != nil {
		native.err = err.Error()
	}
	for _, r := range exitState(f, e) {
		native.state = append(native.state, fr.Get(r))
	}
	ref := runInterp(f, params, ib, fuzzHooks)
	if !sameOutcome(native, ref) || fmt.Sprint(nb) != fmt.Sprint(ib) {
		t.Fatalf("program %d (regs=%d fuel=%d) params %v:\nnative      %v bufs %v\ninterpreter %v bufs %v\n%s\noptimized:\n%s",
			i, limit, fuel, params, native, nb, ref, ib, f.Dump(), optimize(f).Dump())
	}
	return e
}
