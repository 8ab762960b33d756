package native

import (
	"fmt"
	"math"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// instr translates one instruction.
func (g *codegen) instr(b *Block, in *Instr) error {
	a := g.asm
	switch in.Op {
	case OpConstInt, OpConstBool:
		if g.al.loc[in.Dst].kind == locConst {
			return nil // used as an immediate
		}
		if d := g.regOf(in.Dst); d != 0 {
			a.inst(x86.AMOVQ, imm(in.Imm), reg(d))
		} else if in.Imm >= math.MinInt32 && in.Imm <= math.MaxInt32 {
			a.inst(x86.AMOVQ, imm(in.Imm), g.slot(in.Dst))
		} else {
			a.inst(x86.AMOVQ, imm(in.Imm), reg(x86.REG_AX))
			g.save(in.Dst, x86.REG_AX)
		}
	case OpConstFloat:
		d := g.dst(in.Dst, x86.REG_X0)
		if in.Imm == 0 {
			a.inst(x86.AXORPS, reg(d), reg(d))
		} else {
			a.inst(x86.AMOVQ, imm(in.Imm), reg(x86.REG_AX))
			a.inst(x86.AMOVQ, reg(x86.REG_AX), reg(d))
		}
		g.finish(in.Dst, d)
	case OpMove, OpBoolToInt:
		g.move(in.Dst, in.A)
	case OpAddInt, OpSubInt:
		g.addSub(in)
	case OpMulInt:
		d := int16(x86.REG_AX)
		a.inst(x86.AMOVQ, g.src(in.A), reg(d))
		a.inst(x86.AIMULQ, reg(g.intIn(in.B, x86.REG_CX)), reg(d))
		a.jump(x86.AJOS, g.guardExit(in, nil))
		g.finish(in.Dst, d)
	case OpNegInt:
		a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
		a.inst(x86.ANEGQ, none, reg(x86.REG_AX))
		a.jump(x86.AJOS, g.guardExit(in, nil))
		g.finish(in.Dst, x86.REG_AX)
	case OpFloorDivInt, OpModInt:
		if k, ok := g.powerOfTwoDivisor(in); ok {
			g.divModPowerOfTwo(in, k)
			break
		}
		g.divMod(in)
	case OpShlInt:
		g.shl(in)
	case OpShrInt:
		g.shr(in)
	case OpAndInt:
		g.bitwise(x86.AANDQ, in)
	case OpAddIntWrap:
		g.bitwise(x86.AADDQ, in)
	case OpOrInt:
		g.bitwise(x86.AORQ, in)
	case OpXorInt:
		g.bitwise(x86.AXORQ, in)
	case OpInvertInt, OpNotBool:
		d := g.dst(in.Dst, x86.REG_AX)
		if d != g.regOf(in.A) {
			a.inst(x86.AMOVQ, g.src(in.A), reg(d))
		}
		if in.Op == OpInvertInt {
			a.inst(x86.ANOTQ, none, reg(d))
		} else {
			a.inst(x86.AXORQ, imm(1), reg(d))
		}
		g.finish(in.Dst, d)
	case OpAddFloat, OpSubFloat, OpMulFloat, OpDivFloat, OpNegFloat, OpAbsFloat, OpSqrtFloat,
		OpIntToFloat, OpFloatToInt:
		g.floatOp(in)
	case OpCmpInt, OpCmpFloat:
		g.compare(in)
	case OpLen, OpLoadInt, OpLoadFloat, OpStoreInt, OpStoreFloat:
		g.buffer(in)
	case OpLoadBuffer, OpCopyBuffer:
		g.nested(in)
	case OpGuard:
		if g.al.loc[in.A].kind == locFlags { // the compare just before (regalloc.go)
			g.jumpIf(g.setFlags(&b.Instrs[g.pos-g.al.blockPos[b.Index]-1]), false, g.guardExit(in, nil))
			break
		}
		if l := g.al.loc[in.A]; l.kind == locConst {
			if l.imm == 0 {
				a.jump(obj.AJMP, g.guardExit(in, nil))
			}
			break
		}
		a.inst(x86.ACMPQ, g.src(in.A), imm(0))
		a.jump(x86.AJEQ, g.guardExit(in, nil))
	case OpCall:
		g.call(in)
	case OpCallSelf:
		g.callSelf(in)
	case OpMark:
		if g.f.MarkTable {
			g.markFrom(in.ID)
		} else {
			a.inst(x86.AMOVQ, imm(in.Imm), g.word(ctxMark))
		}
	case OpJump, OpBranch, OpReturn, OpDeopt:
		g.terminator(b, in)
	default:
		return fmt.Errorf("no code for op %v", in.Op)
	}
	return nil
}

// addSub emits a checked add or subtract. When the destination shares its
// machine register with an operand the op runs in place and the overflow
// stub undoes it (wrapping add and subtract are exact inverses), so the
// interpreter sees the operands unchanged; otherwise it runs in AX.
func (g *codegen) addSub(in *Instr) {
	a := g.asm
	op, undo := obj.As(x86.AADDQ), obj.As(x86.ASUBQ)
	if in.Op == OpSubInt {
		op, undo = undo, op
	}
	d, ra, rb := g.regOf(in.Dst), g.regOf(in.A), g.regOf(in.B)
	other := in.B
	inPlace := d != 0 && d == ra && rb != d
	if !inPlace && in.Op == OpAddInt && d != 0 && d == rb && ra != d {
		inPlace, other = true, in.A
	}
	if inPlace {
		operand := g.src(other)
		a.inst(op, operand, reg(d))
		a.jump(x86.AJOS, g.guardExit(in, func() { a.inst(undo, operand, reg(d)) }))
		return
	}
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
	a.inst(op, g.src(in.B), reg(x86.REG_AX))
	a.jump(x86.AJOS, g.guardExit(in, nil))
	g.finish(in.Dst, x86.REG_AX)
}

// bitwise emits and/or/xor (commutative, no exits).
func (g *codegen) bitwise(op obj.As, in *Instr) {
	a := g.asm
	d, ra, rb := g.regOf(in.Dst), g.regOf(in.A), g.regOf(in.B)
	switch {
	case d != 0 && d == ra:
		a.inst(op, g.src(in.B), reg(d))
	case d != 0 && d == rb:
		a.inst(op, g.src(in.A), reg(d))
	default:
		a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
		a.inst(op, g.src(in.B), reg(x86.REG_AX))
		g.finish(in.Dst, x86.REG_AX)
	}
}

// divMod emits Python's // or % on ints with the divisor in CX, the
// dividend in AX and the quotient and remainder from IDIV in AX and DX.
// IDIV truncates; when the remainder is nonzero and its sign differs from
// the divisor's, floor division subtracts one and modulo adds the divisor.
// A divisor of -1 is handled apart because IDIV faults on MinInt64 / -1.
func (g *codegen) divMod(in *Instr) {
	a := g.asm
	a.inst(x86.AMOVQ, g.src(in.B), reg(x86.REG_CX))
	a.inst(x86.ATESTQ, reg(x86.REG_CX), reg(x86.REG_CX))
	a.jump(x86.AJEQ, g.errorExit(in, ErrZeroDivision))
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
	minusOne, done := a.label(), a.label()
	a.inst(x86.ACMPQ, reg(x86.REG_CX), imm(-1))
	a.jump(x86.AJEQ, minusOne)
	a.inst(x86.ACQO, none, none)
	a.inst(x86.AIDIVQ, reg(x86.REG_CX), none) // IDIV encodes its operand from From
	a.inst(x86.ATESTQ, reg(x86.REG_DX), reg(x86.REG_DX))
	a.jump(x86.AJEQ, done)
	a.inst(x86.AMOVQ, reg(x86.REG_DX), reg(x86.REG_R11))
	a.inst(x86.AXORQ, reg(x86.REG_CX), reg(x86.REG_R11))
	a.jump(x86.AJPL, done) // same signs: truncation already floored
	if in.Op == OpFloorDivInt {
		a.inst(x86.ADECQ, none, reg(x86.REG_AX))
	} else {
		a.inst(x86.AADDQ, reg(x86.REG_CX), reg(x86.REG_DX))
	}
	a.jump(obj.AJMP, done)
	a.place(minusOne)
	if in.Op == OpFloorDivInt {
		a.inst(x86.ANEGQ, none, reg(x86.REG_AX))
		a.jump(x86.AJOS, g.guardExit(in, nil))
	} else {
		a.inst(x86.AXORL, reg(x86.REG_DX), reg(x86.REG_DX))
	}
	a.place(done)
	if in.Op == OpFloorDivInt {
		g.finish(in.Dst, x86.REG_AX)
	} else {
		g.finish(in.Dst, x86.REG_DX)
	}
}

// shl emits a << n: a negative count is an error; a result that does not
// shift back to a overflows int64 and guards.
func (g *codegen) shl(in *Instr) {
	a := g.asm
	a.inst(x86.AMOVQ, g.src(in.B), reg(x86.REG_CX))
	a.inst(x86.ATESTQ, reg(x86.REG_CX), reg(x86.REG_CX))
	a.jump(x86.AJLT, g.errorExit(in, ErrNegativeShift))
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
	guard := g.guardExit(in, nil)
	wide, done := a.label(), a.label()
	a.inst(x86.ACMPQ, reg(x86.REG_CX), imm(64))
	a.jump(x86.AJGE, wide)
	a.inst(x86.AMOVQ, reg(x86.REG_AX), reg(x86.REG_DX))
	a.inst(x86.ASHLQ, reg(x86.REG_CX), reg(x86.REG_DX))
	a.inst(x86.AMOVQ, reg(x86.REG_DX), reg(x86.REG_R11))
	a.inst(x86.ASARQ, reg(x86.REG_CX), reg(x86.REG_R11))
	a.inst(x86.ACMPQ, reg(x86.REG_R11), reg(x86.REG_AX))
	a.jump(x86.AJNE, guard)
	a.jump(obj.AJMP, done)
	a.place(wide) // 0 << n is 0; anything else needs a big int
	a.inst(x86.ATESTQ, reg(x86.REG_AX), reg(x86.REG_AX))
	a.jump(x86.AJNE, guard)
	a.inst(x86.AXORL, reg(x86.REG_DX), reg(x86.REG_DX))
	a.place(done)
	g.finish(in.Dst, x86.REG_DX)
}

// shr emits an arithmetic a >> n; counts above 63 act as 63.
func (g *codegen) shr(in *Instr) {
	a := g.asm
	a.inst(x86.AMOVQ, g.src(in.B), reg(x86.REG_CX))
	a.inst(x86.ATESTQ, reg(x86.REG_CX), reg(x86.REG_CX))
	a.jump(x86.AJLT, g.errorExit(in, ErrNegativeShift))
	a.inst(x86.AMOVL, imm(63), reg(x86.REG_DX))
	a.inst(x86.ACMPQ, reg(x86.REG_CX), reg(x86.REG_DX))
	a.inst(x86.ACMOVQGT, reg(x86.REG_DX), reg(x86.REG_CX))
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_AX))
	a.inst(x86.ASARQ, reg(x86.REG_CX), reg(x86.REG_AX))
	g.finish(in.Dst, x86.REG_AX)
}
