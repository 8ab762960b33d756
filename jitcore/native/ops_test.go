package native

import (
	"fmt"
	"math"
	"testing"
)

// opCase is one operation on given operands with the result Python gives.
type opCase struct {
	op    Op
	a, b  Value // b.Type == 0 for unary ops
	want  Value // result when the op completes
	exit  ExitKind
	err   ErrKind
	label string
}

func ok(op Op, a, b, want Value) opCase {
	return opCase{op: op, a: a, b: b, want: want, exit: ExitReturn}
}
func deopt(op Op, a, b Value) opCase { return opCase{op: op, a: a, b: b, exit: ExitDeopt} }
func fails(op Op, a, b Value, k ErrKind) opCase {
	return opCase{op: op, a: a, b: b, exit: ExitError, err: k}
}

var (
	I       = IntValue
	F       = FloatValue
	B       = BoolValue
	noValue Value
	maxI    = int64(math.MaxInt64)
	minI    = int64(math.MinInt64)
	inf     = math.Inf(1)
	nan     = math.NaN()
	negZ    = math.Copysign(0, -1)
	twoP53  = float64(1 << 53)
	// Variables, not constants: Go folds constant float expressions exactly.
	pointOne, pointTwo, one = 0.1, 0.2, 1.0
)

// intCases: expected values from Go for ordinary operands and from
// CPython 3.11 for the Python-specific rules (floor, modulo signs, shifts).
var intCases = []opCase{
	ok(OpAddInt, I(2), I(3), I(5)),
	ok(OpAddInt, I(maxI-1), I(1), I(maxI)),
	deopt(OpAddInt, I(maxI), I(1)),
	deopt(OpAddInt, I(minI), I(-1)),
	ok(OpAddInt, I(minI), I(maxI), I(-1)),
	ok(OpSubInt, I(2), I(3), I(-1)),
	deopt(OpSubInt, I(minI), I(1)),
	deopt(OpSubInt, I(0), I(minI)),
	ok(OpSubInt, I(-1), I(maxI), I(minI)),
	ok(OpMulInt, I(-7), I(6), I(-42)),
	ok(OpMulInt, I(1<<31), I(1<<31), I(1<<62)),
	deopt(OpMulInt, I(1<<32), I(1<<31)),
	deopt(OpMulInt, I(minI), I(-1)),
	ok(OpMulInt, I(minI), I(1), I(minI)),
	ok(OpNegInt, I(5), noValue, I(-5)),
	ok(OpNegInt, I(maxI), noValue, I(-maxI)),
	deopt(OpNegInt, I(minI), noValue),
	ok(OpFloorDivInt, I(7), I(2), I(3)),
	ok(OpFloorDivInt, I(-7), I(2), I(-4)),
	ok(OpFloorDivInt, I(7), I(-2), I(-4)),
	ok(OpFloorDivInt, I(-7), I(-2), I(3)),
	ok(OpFloorDivInt, I(-6), I(2), I(-3)),
	ok(OpFloorDivInt, I(minI), I(1), I(minI)),
	ok(OpFloorDivInt, I(maxI), I(-1), I(-maxI)),
	ok(OpFloorDivInt, I(minI), I(2), I(minI/2)),
	ok(OpFloorDivInt, I(minI), I(maxI), I(-2)),
	deopt(OpFloorDivInt, I(minI), I(-1)),
	fails(OpFloorDivInt, I(1), I(0), ErrZeroDivision),
	fails(OpFloorDivInt, I(0), I(0), ErrZeroDivision),
	ok(OpModInt, I(7), I(2), I(1)),
	ok(OpModInt, I(-7), I(2), I(1)),
	ok(OpModInt, I(7), I(-2), I(-1)),
	ok(OpModInt, I(-7), I(-2), I(-1)),
	ok(OpModInt, I(-6), I(3), I(0)),
	ok(OpModInt, I(minI), I(-1), I(0)),
	ok(OpModInt, I(minI), I(maxI), I(maxI-1)),
	ok(OpModInt, I(maxI), I(minI), I(-1)),
	fails(OpModInt, I(5), I(0), ErrZeroDivision),
	ok(OpShlInt, I(1), I(62), I(1<<62)),
	ok(OpShlInt, I(-1), I(63), I(minI)),
	deopt(OpShlInt, I(1), I(63)),
	deopt(OpShlInt, I(3), I(62)),
	deopt(OpShlInt, I(1), I(64)),
	deopt(OpShlInt, I(-1), I(1000)),
	ok(OpShlInt, I(0), I(1000), I(0)),
	ok(OpShlInt, I(5), I(0), I(5)),
	fails(OpShlInt, I(1), I(-1), ErrNegativeShift),
	ok(OpShrInt, I(-7), I(1), I(-4)),
	ok(OpShrInt, I(7), I(1), I(3)),
	ok(OpShrInt, I(-7), I(64), I(-1)),
	ok(OpShrInt, I(7), I(maxI), I(0)),
	ok(OpShrInt, I(minI), I(63), I(-1)),
	fails(OpShrInt, I(1), I(minI), ErrNegativeShift),
	ok(OpAndInt, I(-8), I(13), I(8)),
	ok(OpOrInt, I(-8), I(3), I(-5)),
	ok(OpXorInt, I(-1), I(5), I(-6)),
	ok(OpInvertInt, I(0), noValue, I(-1)),
	ok(OpInvertInt, I(minI), noValue, I(maxI)),
	ok(OpBoolToInt, B(true), noValue, I(1)),
	ok(OpNotBool, B(true), noValue, B(false)),
	ok(OpNotBool, B(false), noValue, B(true)),
}

var floatCases = []opCase{
	ok(OpAddFloat, F(0.1), F(0.2), F(pointOne+pointTwo)),
	ok(OpAddFloat, F(negZ), F(0), F(0)),
	ok(OpAddFloat, F(negZ), F(negZ), F(negZ)),
	ok(OpAddFloat, F(inf), F(-inf), F(nan)),
	ok(OpSubFloat, F(1), F(3), F(-2)),
	ok(OpSubFloat, F(0), F(0), F(0)),
	ok(OpSubFloat, F(inf), F(inf), F(nan)),
	ok(OpMulFloat, F(1e308), F(10), F(inf)),
	ok(OpMulFloat, F(-0.0), F(5), F(0)),
	ok(OpMulFloat, F(negZ), F(5), F(negZ)),
	ok(OpMulFloat, F(0), F(inf), F(nan)),
	ok(OpDivFloat, F(1), F(3), F(one/3)),
	ok(OpDivFloat, F(1), F(inf), F(0)),
	ok(OpDivFloat, F(-1), F(inf), F(negZ)),
	ok(OpDivFloat, F(nan), F(2), F(nan)),
	ok(OpDivFloat, F(1), F(nan), F(nan)),
	fails(OpDivFloat, F(1), F(0), ErrZeroDivision),
	fails(OpDivFloat, F(1), F(negZ), ErrZeroDivision),
	fails(OpDivFloat, F(nan), F(0), ErrZeroDivision),
	ok(OpNegFloat, F(0), noValue, F(negZ)),
	ok(OpNegFloat, F(negZ), noValue, F(0)),
	ok(OpNegFloat, F(-inf), noValue, F(inf)),
	ok(OpAbsFloat, F(negZ), noValue, F(0)),
	ok(OpAbsFloat, F(-inf), noValue, F(inf)),
	ok(OpAbsFloat, F(-2.5), noValue, F(2.5)),
	ok(OpSqrtFloat, F(2), noValue, F(math.Sqrt2)),
	ok(OpSqrtFloat, F(negZ), noValue, F(negZ)),
	ok(OpSqrtFloat, F(inf), noValue, F(inf)),
	ok(OpSqrtFloat, F(nan), noValue, F(nan)),
	fails(OpSqrtFloat, F(-1), noValue, ErrMathDomain),
	fails(OpSqrtFloat, F(-inf), noValue, ErrMathDomain),
	ok(OpIntToFloat, I(-3), noValue, F(-3)),
	ok(OpIntToFloat, I(1<<53+1), noValue, F(twoP53)),
	ok(OpIntToFloat, I(maxI), noValue, F(9223372036854775808.0)),
	ok(OpIntToFloat, I(minI), noValue, F(-9223372036854775808.0)),
	ok(OpFloatToInt, F(-2.5), noValue, I(-2)),
	ok(OpFloatToInt, F(2.9), noValue, I(2)),
	ok(OpFloatToInt, F(negZ), noValue, I(0)),
	ok(OpFloatToInt, F(9223372036854774784.0), noValue, I(9223372036854774784)),
	deopt(OpFloatToInt, F(9223372036854775808.0), noValue),
	deopt(OpFloatToInt, F(-9223372036854775808.0), noValue),
	deopt(OpFloatToInt, F(nan), noValue),
	deopt(OpFloatToInt, F(inf), noValue),
	deopt(OpFloatToInt, F(-inf), noValue),
}

// compareCases lists every predicate on ordered and NaN operands.
func compareCases() []opCase {
	var out []opCase
	ints := [][2]int64{{1, 2}, {2, 1}, {3, 3}, {minI, maxI}, {maxI, minI}, {-1, 0}}
	floats := [][2]float64{{1, 2}, {2, 1}, {3, 3}, {0, negZ}, {nan, 1}, {1, nan}, {nan, nan}, {-inf, inf}, {inf, inf}}
	for c := EQ; c <= GE; c++ {
		for _, p := range ints {
			x := opCase{op: OpCmpInt, a: I(p[0]), b: I(p[1]), want: B(cmpIntGo(c, p[0], p[1])), exit: ExitReturn}
			x.label = c.String()
			out = append(out, x)
		}
		for _, p := range floats {
			x := opCase{op: OpCmpFloat, a: F(p[0]), b: F(p[1]), want: B(cmpFloatGo(c, p[0], p[1])), exit: ExitReturn}
			x.label = c.String()
			out = append(out, x)
		}
	}
	return out
}

// cmpIntGo and cmpFloatGo are written apart from the package's own
// semantics so the tests compare against plain Go.
func cmpIntGo(c Cond, a, b int64) bool {
	return map[Cond]bool{EQ: a == b, NE: a != b, LT: a < b, LE: a <= b, GT: a > b, GE: a >= b}[c]
}

func cmpFloatGo(c Cond, a, b float64) bool {
	return map[Cond]bool{EQ: a == b, NE: a != b, LT: a < b, LE: a <= b, GT: a > b, GE: a >= b}[c]
}

func condOf(x opCase) Cond {
	for c := EQ; c <= GE; c++ {
		if c.String() == x.label {
			return c
		}
	}
	return 0
}

// shape builds a function computing one op in a particular way, so each
// case runs through every code path of the op.
type shape struct {
	name  string
	build func(x opCase) (*Func, []Value)
}

func resultType(x opCase) Type {
	if x.exit == ExitReturn {
		return x.want.Type
	}
	switch x.op {
	case OpIntToFloat:
		return Float
	case OpFloatToInt:
		return Int
	}
	return x.a.Type
}

// emit appends x's op computing dst from a and b (b may be NoReg).
func emit(blk *Block, x opCase, dst, a, b Reg, state ...Reg) {
	switch {
	case x.op == OpCmpInt || x.op == OpCmpFloat:
		blk.Compare(x.op, condOf(x), dst, a, b)
	case b == NoReg:
		blk.Unary(x.op, dst, a, 7, state...)
	default:
		blk.Binary(x.op, dst, a, b, 7, state...)
	}
}

var shapes = []shape{
	{"fresh", func(x opCase) (*Func, []Value) {
		f := NewFunc("fresh")
		a := f.NewParam(x.a.Type)
		params := []Value{x.a}
		b := NoReg
		if x.b.Type != 0 {
			b = f.NewParam(x.b.Type)
			params = append(params, x.b)
		}
		d := f.NewReg(resultType(x))
		emit(f.Entry(), x, d, a, b, f.Params...)
		f.Entry().Return(d)
		return f, params
	}},
	{"in place", func(x opCase) (*Func, []Value) {
		f := NewFunc("inplace")
		a := f.NewParam(x.a.Type)
		params := []Value{x.a}
		b := NoReg
		if x.b.Type != 0 {
			b = f.NewParam(x.b.Type)
			params = append(params, x.b)
		}
		d := a
		if resultType(x) != x.a.Type {
			d = f.NewReg(resultType(x))
		}
		emit(f.Entry(), x, d, a, b, f.Params...)
		f.Entry().Return(d)
		return f, params
	}},
	{"in place second", func(x opCase) (*Func, []Value) {
		f := NewFunc("inplace2")
		a := f.NewParam(x.a.Type)
		params := []Value{x.a}
		b, d := NoReg, NoReg
		if x.b.Type != 0 {
			b = f.NewParam(x.b.Type)
			params = append(params, x.b)
			if resultType(x) == x.b.Type {
				d = b
			}
		}
		if d == NoReg {
			d = f.NewReg(resultType(x))
		}
		emit(f.Entry(), x, d, a, b, f.Params...)
		f.Entry().Return(d)
		return f, params
	}},
	{"constants", func(x opCase) (*Func, []Value) {
		f := NewFunc("consts")
		e := f.Entry()
		constant := func(v Value) Reg {
			r := f.NewReg(v.Type)
			switch v.Type {
			case Int:
				e.ConstInt(r, v.Int())
			case Float:
				e.ConstFloat(r, v.Float())
			case Bool:
				e.ConstBool(r, v.Bool())
			}
			return r
		}
		a, b := constant(x.a), NoReg
		if x.b.Type != 0 {
			b = constant(x.b)
		}
		d := f.NewReg(resultType(x))
		state := []Reg{a}
		if b != NoReg {
			state = append(state, b)
		}
		emit(e, x, d, a, b, state...)
		e.Return(d)
		return f, nil
	}},
	{"branch", func(x opCase) (*Func, []Value) {
		// Only compares: the result feeds a branch directly (fused).
		f := NewFunc("branch")
		a, b := f.NewParam(x.a.Type), f.NewParam(x.b.Type)
		c, r := f.NewReg(Bool), f.NewReg(Bool)
		yes, no, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
		emit(f.Entry(), x, c, a, b)
		f.Entry().Branch(c, yes, no, 1)
		yes.ConstBool(r, true)
		yes.Jump(done, 2)
		no.ConstBool(r, false)
		no.Jump(done, 3)
		done.Return(r)
		return f, []Value{x.a, x.b}
	}},
}

func runOpCases(t *testing.T, cases []opCase) {
	for _, limit := range []int{math.MaxInt, 0} {
		poolLimit = limit
		for _, sh := range shapes {
			for _, x := range cases {
				if sh.name == "branch" && x.op != OpCmpInt && x.op != OpCmpFloat {
					continue
				}
				name := fmt.Sprintf("%s/%v%s(%v,%v)/regs=%d", sh.name, x.op, x.label, x.a, x.b, min(limit, 99))
				t.Run(name, func(t *testing.T) {
					f, params := sh.build(x)
					got, _ := runBoth(t, f, params, nil, nil)
					if got.exit.Kind != x.exit || got.exit.Err != x.err {
						t.Fatalf("exit %v, want %v %v", got.exit, x.exit, x.err)
					}
					if x.exit == ExitReturn {
						if v := got.exit.Value; v.Type != x.want.Type || !sameBits(v.Type, v.Bits, x.want.Bits) {
							t.Fatalf("got %v (%#x), want %v (%#x)", v, v.Bits, x.want, x.want.Bits)
						}
						return
					}
					// The interpreter redoes the op: operands must be intact.
					want := []Value{x.a, x.b}[:len(got.state)]
					for i := range want {
						if want[i].Bits != got.state[i].Bits {
							t.Fatalf("state after exit %v, want %v", got.state, want)
						}
					}
				})
			}
		}
	}
	poolLimit = math.MaxInt
}

func TestIntOps(t *testing.T)     { runOpCases(t, intCases) }
func TestFloatOps(t *testing.T)   { runOpCases(t, floatCases) }
func TestCompareOps(t *testing.T) { runOpCases(t, compareCases()) }
