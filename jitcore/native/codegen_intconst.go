package native

import (
	"math/bits"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// powerOfTwoDivisor returns k when in's divisor is the constant 2**k
// (k >= 0), held as an immediate.
func (g *codegen) powerOfTwoDivisor(in *Instr) (k int, ok bool) {
	l := g.al.loc[in.B]
	if l.kind != locConst || l.imm <= 0 || l.imm&(l.imm-1) != 0 {
		return 0, false
	}
	return bits.TrailingZeros64(uint64(l.imm)), true
}

// divModPowerOfTwo emits a // 2**k as an arithmetic shift right, which
// rounds toward negative infinity as Python's floor division does, and
// a % 2**k as a mask, which is the remainder with the divisor's sign
// (never negative) as Python wants. Neither can overflow or divide by
// zero, so there is no exit.
func (g *codegen) divModPowerOfTwo(in *Instr, k int) {
	a := g.asm
	d := g.dst(in.Dst, x86.REG_AX)
	if d != g.regOf(in.A) {
		a.inst(x86.AMOVQ, g.src(in.A), reg(d))
	}
	switch {
	case in.Op == OpFloorDivInt && k > 0:
		a.inst(x86.ASARQ, imm(int64(k)), reg(d))
	case in.Op == OpModInt: // the divisor is an immediate: k < 31
		a.inst(x86.AANDQ, imm(int64(1)<<k-1), reg(d))
	}
	g.finish(in.Dst, d)
}
