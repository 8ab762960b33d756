package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// flagTest is what to test in the flags after a compare.
type flagTest struct {
	float bool
	cond  Cond // int: the signed condition; float: one of the four below
}

// Float flag tests after ucomisd(x, y). Unordered operands set ZF, PF and
// CF, so "above" and "above or equal" are false for NaN, as Python wants.
const (
	fAbove   = GT // x > y: CF=0 and ZF=0
	fAboveEq = GE // x >= y: CF=0
	fEqual   = EQ // ZF=1 and PF=0
	fUnequal = NE // ZF=0 or PF=1
)

var (
	swapCond = [...]Cond{EQ: EQ, NE: NE, LT: GT, LE: GE, GT: LT, GE: LE}
	negCond  = [...]Cond{EQ: NE, NE: EQ, LT: GE, LE: GT, GT: LE, GE: LT}
	intJump  = [...]obj.As{EQ: x86.AJEQ, NE: x86.AJNE, LT: x86.AJLT, LE: x86.AJLE, GT: x86.AJGT, GE: x86.AJGE}
	intSet   = [...]obj.As{EQ: x86.ASETEQ, NE: x86.ASETNE, LT: x86.ASETLT, LE: x86.ASETLE, GT: x86.ASETGT, GE: x86.ASETGE}
)

// setFlags emits the compare of in (OpCmpInt or OpCmpFloat).
func (g *codegen) setFlags(in *Instr) flagTest {
	a := g.asm
	if in.Op == OpCmpFloat {
		x := g.floatIn(in.A, x86.REG_X0)
		y := g.floatIn(in.B, x86.REG_X1)
		switch in.Cond {
		case LT: // y > x
			g.ucomisd(y, x)
			return flagTest{true, fAbove}
		case LE:
			g.ucomisd(y, x)
			return flagTest{true, fAboveEq}
		case GT:
			g.ucomisd(x, y)
			return flagTest{true, fAbove}
		case GE:
			g.ucomisd(x, y)
			return flagTest{true, fAboveEq}
		}
		g.ucomisd(x, y)
		return flagTest{true, in.Cond}
	}
	x, y, c := in.A, in.B, in.Cond
	lx, ly := g.al.loc[x], g.al.loc[y]
	switch {
	case lx.kind == locConst && ly.kind != locConst:
		x, y, c = y, x, swapCond[c]
	case lx.kind == locConst || (lx.kind == locSlot && ly.kind == locSlot):
		a.inst(x86.ACMPQ, reg(g.intIn(x, x86.REG_AX)), g.src(y))
		return flagTest{false, c}
	}
	a.inst(x86.ACMPQ, g.src(x), g.src(y))
	return flagTest{false, c}
}

// jumpIf jumps to target when the flags satisfy t (or, with want false,
// when they do not).
func (g *codegen) jumpIf(t flagTest, want bool, target *obj.Prog) {
	a := g.asm
	if !t.float {
		c := t.cond
		if !want {
			c = negCond[c]
		}
		a.jump(intJump[c], target)
		return
	}
	c := t.cond
	switch {
	case c == fAbove && want:
		a.jump(x86.AJHI, target)
	case c == fAbove:
		a.jump(x86.AJLS, target)
	case c == fAboveEq && want:
		a.jump(x86.AJCC, target)
	case c == fAboveEq:
		a.jump(x86.AJCS, target)
	case (c == fEqual) == want: // equal: ZF=1 and PF=0
		skip := a.label()
		a.jump(x86.AJNE, skip)
		a.jump(x86.AJPC, target)
		a.place(skip)
	default: // unequal or unordered
		a.jump(x86.AJNE, target)
		a.jump(x86.AJPS, target)
	}
}

// compare materialises a compare as a bool (fused ones are left to the
// branch that reads them).
func (g *codegen) compare(in *Instr) {
	if g.al.loc[in.Dst].kind == locFlags {
		return
	}
	a := g.asm
	t := g.setFlags(in)
	al, cl := reg(x86.REG_AL), reg(x86.REG_CL)
	switch {
	case !t.float:
		a.inst(intSet[t.cond], none, al)
	case t.cond == fAbove:
		a.inst(x86.ASETHI, none, al)
	case t.cond == fAboveEq:
		a.inst(x86.ASETCC, none, al)
	case t.cond == fEqual:
		a.inst(x86.ASETEQ, none, al)
		a.inst(x86.ASETPC, none, cl)
		a.inst(x86.AANDL, reg(x86.REG_CX), reg(x86.REG_AX))
	default:
		a.inst(x86.ASETNE, none, al)
		a.inst(x86.ASETPS, none, cl)
		a.inst(x86.AORL, reg(x86.REG_CX), reg(x86.REG_AX))
	}
	d := g.dst(in.Dst, x86.REG_AX)
	a.inst(x86.AMOVBQZX, al, reg(d))
	g.finish(in.Dst, d)
}
