package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

const (
	signBit = -1 << 63             // float64 sign bit
	absMask = 1<<63 - 1            // all float64 bits but the sign
	minI64  = -9223372036854775808 // CVTTSD2SQ's failure value
)

// floatSrc is float r as a source operand: its register or its slot.
func (g *codegen) floatSrc(r Reg) obj.Addr {
	if m := g.regOf(r); m != 0 {
		return reg(m)
	}
	return g.slot(r)
}

// floatTo copies float r into vector register d.
func (g *codegen) floatTo(r Reg, d int16) {
	switch m := g.regOf(r); {
	case m == d:
	case m != 0:
		g.asm.inst(x86.AMOVAPD, reg(m), reg(d))
	default:
		g.asm.inst(x86.AMOVSD, g.slot(r), reg(d))
	}
}

// floatOp translates the float operations and the int/float conversions.
func (g *codegen) floatOp(in *Instr) {
	a := g.asm
	switch in.Op {
	case OpAddFloat:
		g.binFloat(x86.AADDSD, true, in)
	case OpSubFloat:
		g.binFloat(x86.ASUBSD, false, in)
	case OpMulFloat:
		g.binFloat(x86.AMULSD, true, in)
	case OpDivFloat:
		// ±0 divisor: equal to zero and ordered (ZF=1, PF=0).
		divisor := g.floatIn(in.B, x86.REG_X1)
		a.inst(x86.AXORPS, reg(x86.REG_X15), reg(x86.REG_X15))
		a.inst(x86.AUCOMISD, reg(divisor), reg(x86.REG_X15))
		ok := a.label()
		a.jump(x86.AJNE, ok)
		a.jump(x86.AJPC, g.errorExit(in, ErrZeroDivision))
		a.place(ok)
		g.binFloat(x86.ADIVSD, false, in)
	case OpNegFloat, OpAbsFloat:
		as, mask := obj.As(x86.AXORPD), int64(signBit)
		if in.Op == OpAbsFloat {
			as, mask = x86.AANDPD, absMask
		}
		a.inst(x86.AMOVQ, imm(mask), reg(x86.REG_AX))
		a.inst(x86.AMOVQ, reg(x86.REG_AX), reg(x86.REG_X1))
		d := g.dst(in.Dst, x86.REG_X0)
		g.floatTo(in.A, d)
		a.inst(as, reg(x86.REG_X1), reg(d))
		g.finish(in.Dst, d)
	case OpSqrtFloat:
		x := g.floatIn(in.A, x86.REG_X1)
		a.inst(x86.AXORPS, reg(x86.REG_X15), reg(x86.REG_X15))
		g.ucomisd(x86.REG_X15, x) // 0 > x: x < 0 and ordered
		a.jump(x86.AJHI, g.errorExit(in, ErrMathDomain))
		d := g.dst(in.Dst, x86.REG_X0)
		a.inst(x86.ASQRTSD, reg(x), reg(d))
		g.finish(in.Dst, d)
	case OpIntToFloat:
		d := g.dst(in.Dst, x86.REG_X0)
		a.inst(x86.AXORPS, reg(d), reg(d)) // no false dependency on d's upper half
		a.inst(x86.ACVTSQ2SD, reg(g.intIn(in.A, x86.REG_AX)), reg(d))
		g.finish(in.Dst, d)
	case OpFloatToInt:
		a.inst(x86.ACVTTSD2SQ, reg(g.floatIn(in.A, x86.REG_X0)), reg(x86.REG_AX))
		a.inst(x86.AMOVQ, imm(minI64), reg(x86.REG_CX))
		a.inst(x86.ACMPQ, reg(x86.REG_AX), reg(x86.REG_CX))
		a.jump(x86.AJEQ, g.guardExit(in, nil))
		g.finish(in.Dst, x86.REG_AX)
	}
}

// binFloat emits Dst = A op B, in Dst's register when that does not clobber
// B first, else in X0.
func (g *codegen) binFloat(op obj.As, commutative bool, in *Instr) {
	a := g.asm
	d, ra, rb := g.regOf(in.Dst), g.regOf(in.A), g.regOf(in.B)
	switch {
	case d != 0 && d == ra && d == rb:
		a.inst(op, reg(d), reg(d))
	case d != 0 && d == ra:
		a.inst(op, g.floatSrc(in.B), reg(d))
	case d != 0 && d == rb && commutative:
		a.inst(op, g.floatSrc(in.A), reg(d))
	case d != 0 && d != rb:
		g.floatTo(in.A, d)
		a.inst(op, g.floatSrc(in.B), reg(d))
	default:
		g.floatTo(in.A, x86.REG_X0)
		a.inst(op, g.floatSrc(in.B), reg(x86.REG_X0))
		g.finish(in.Dst, x86.REG_X0)
	}
}

// ucomisd sets the flags of comparing x with y: "above" means x > y, and
// an unordered (NaN) pair sets ZF, PF and CF. Go's operand order for
// UCOMISD is Intel's reversed (unlike CMPQ): the flags compare To with From.
func (g *codegen) ucomisd(x, y int16) {
	g.asm.inst(x86.AUCOMISD, reg(y), reg(x))
}
