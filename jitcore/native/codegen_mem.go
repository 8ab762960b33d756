package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// buffer translates len, loads and stores. The buffer's base and length
// are read from the context at every access, so Go may rebind it at any
// exit. The index goes to CX: a negative one wraps once by the length, then
// one unsigned compare catches both ends.
func (g *codegen) buffer(in *Instr) {
	a := g.asm
	buf := int(in.Imm)
	length, base := g.word(g.layout.bufLen(buf)), g.word(g.layout.bufBase(buf))
	if in.Op == OpLen {
		d := g.dst(in.Dst, x86.REG_AX)
		a.inst(x86.AMOVQ, length, reg(d))
		g.finish(in.Dst, d)
		return
	}
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_CX))
	if l := g.al.loc[in.A]; l.kind != locConst || l.imm < 0 {
		nonNegative := a.label()
		a.inst(x86.ATESTQ, reg(x86.REG_CX), reg(x86.REG_CX))
		a.jump(x86.AJGE, nonNegative)
		a.inst(x86.AADDQ, length, reg(x86.REG_CX))
		a.place(nonNegative)
	}
	a.inst(x86.ACMPQ, reg(x86.REG_CX), length)
	a.jump(x86.AJCC, g.errorExit(in, ErrIndex)) // unsigned >=: also negative
	a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
	elem := memIndex(x86.REG_DX, x86.REG_CX, 8)
	switch in.Op {
	case OpLoadInt:
		d := g.dst(in.Dst, x86.REG_AX)
		a.inst(x86.AMOVQ, elem, reg(d))
		g.finish(in.Dst, d)
	case OpLoadFloat:
		d := g.dst(in.Dst, x86.REG_X0)
		a.inst(x86.AMOVSD, elem, reg(d))
		g.finish(in.Dst, d)
	case OpStoreInt, OpStoreFloat:
		switch l := g.al.loc[in.B]; {
		case l.kind == locReg && g.isFloat(in.B):
			a.inst(x86.AMOVSD, reg(l.reg), elem)
		case l.kind == locReg || l.kind == locConst:
			a.inst(x86.AMOVQ, g.src(in.B), elem)
		default:
			a.inst(x86.AMOVQ, g.slot(in.B), reg(x86.REG_AX))
			a.inst(x86.AMOVQ, reg(x86.REG_AX), elem)
		}
	}
}

// call stores the arguments in the context and leaves with ExitCall; the
// resume entry reloads the registers and takes the result from ctxRet.
func (g *codegen) call(in *Instr) {
	a := g.asm
	site := exitSite{kind: ExitCall, id: in.ID, fn: int(in.Imm)}
	for k, r := range in.Args {
		g.storeValue(g.layout.args+k, r)
		site.argTypes = append(site.argTypes, g.f.Types[r])
	}
	if in.Dst != NoReg {
		site.valueType = g.f.Types[in.Dst]
	}
	cont := a.label()
	stub := g.exitStub(exitSpec{site: site, resumeTo: cont, onResume: func() {
		if in.Dst == NoReg {
			return
		}
		if m := g.regOf(in.Dst); m != 0 {
			if g.isFloat(in.Dst) {
				a.inst(x86.AMOVSD, g.word(ctxRet), reg(m))
			} else {
				a.inst(x86.AMOVQ, g.word(ctxRet), reg(m))
			}
			return
		}
		a.inst(x86.AMOVQ, g.word(ctxRet), reg(x86.REG_AX))
		a.inst(x86.AMOVQ, reg(x86.REG_AX), g.slot(in.Dst))
	}})
	a.jump(obj.AJMP, stub)
	a.place(cont)
}
