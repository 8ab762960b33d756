package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Recursion (OpCallSelf) without the goroutine stack: the code stays a
// frameless leaf. A call pushes the caller's live registers and the resume
// index of its continuation onto a pointer-free stack owned by the Frame,
// stores the arguments in the parameters' slots and jumps to the start. A
// return with a non-empty stack jumps through the resume table to the
// continuation on top, which pops the registers and takes the result from
// ctxRet. Go can resume the same continuation (Frame.Resume) or pop it
// (Frame.Unwind) after a deopt deep in the recursion.

// savedAcross lists the registers that hold a value across the instruction
// at position p: live before and after it, in a register or a slot.
func (g *codegen) savedAcross(p int, dst Reg) []Reg {
	var out []Reg
	for r, l := range g.al.loc {
		if Reg(r) == dst || (l.kind != locReg && l.kind != locSlot) {
			continue
		}
		if iv := g.al.intervals[r]; iv.start <= 2*p && iv.end >= 2*p+1 {
			out = append(out, Reg(r))
		}
	}
	return out
}

// callSelf emits an OpCallSelf and its continuation.
func (g *codegen) callSelf(in *Instr) {
	a := g.asm
	saved := g.savedAcross(g.pos, in.Dst)
	size := int64(len(saved) + 1)
	g.maxCallFrame = max(g.maxCallFrame, int(size))
	// a call is a polling point: recursion has no back-edges
	polled := a.label()
	g.pollCheck(g.exitStub(exitSpec{site: exitSite{kind: ExitPoll, id: in.ID}, resumeTo: polled}))
	a.place(polled)
	a.inst(x86.ACMPQ, g.word(ctxDepthLeft), imm(0))
	a.jump(x86.AJLE, g.guardExit(in, nil))
	a.inst(x86.ADECQ, none, g.word(ctxDepthLeft))
	for k, r := range in.Args {
		g.storeValue(g.layout.args+k, r)
	}
	a.inst(x86.AMOVQ, g.word(ctxStackPtr), reg(x86.REG_DX))
	for i, r := range saved {
		g.spillTo(r, mem(x86.REG_DX, 8*int64(i)))
	}
	cont := a.label()
	index := len(g.resumes)
	g.resumes = append(g.resumes, cont)
	var dt Type
	if in.Dst != NoReg {
		dt = g.f.Types[in.Dst]
	}
	if g.calls == nil {
		g.calls = map[int]callSite{}
	}
	g.calls[index] = callSite{id: in.ID, saved: saved, dstType: dt}
	a.inst(x86.AMOVQ, imm(int64(index)), mem(x86.REG_DX, 8*(size-1)))
	a.inst(x86.AADDQ, imm(8*size), reg(x86.REG_DX))
	a.inst(x86.AMOVQ, reg(x86.REG_DX), g.word(ctxStackPtr))
	for k, p := range g.f.Params {
		a.inst(x86.AMOVQ, g.word(g.layout.args+k), reg(x86.REG_AX))
		a.inst(x86.AMOVQ, reg(x86.REG_AX), g.slot(p))
	}
	a.jump(obj.AJMP, g.start)
	// the continuation: pop the registers, take the result
	a.place(cont)
	a.inst(x86.AMOVQ, g.word(ctxStackPtr), reg(x86.REG_DX))
	a.inst(x86.ASUBQ, imm(8*size), reg(x86.REG_DX))
	a.inst(x86.AMOVQ, reg(x86.REG_DX), g.word(ctxStackPtr))
	for i, r := range saved {
		g.fillFrom(r, mem(x86.REG_DX, 8*int64(i)))
	}
	a.inst(x86.AINCQ, none, g.word(ctxDepthLeft))
	if in.Dst != NoReg {
		g.fillFrom(in.Dst, g.word(ctxRet))
	}
}

// spillTo stores register r (wherever it lives) to memory m; AX is scratch.
func (g *codegen) spillTo(r Reg, m obj.Addr) {
	a := g.asm
	if own := g.regOf(r); own != 0 {
		if g.isFloat(r) {
			a.inst(x86.AMOVSD, reg(own), m)
		} else {
			a.inst(x86.AMOVQ, reg(own), m)
		}
		return
	}
	a.inst(x86.AMOVQ, g.slot(r), reg(x86.REG_AX))
	a.inst(x86.AMOVQ, reg(x86.REG_AX), m)
}

// fillFrom loads register r (wherever it lives) from memory m; AX is scratch.
func (g *codegen) fillFrom(r Reg, m obj.Addr) {
	a := g.asm
	if own := g.regOf(r); own != 0 {
		if g.isFloat(r) {
			a.inst(x86.AMOVSD, m, reg(own))
		} else {
			a.inst(x86.AMOVQ, m, reg(own))
		}
		return
	}
	a.inst(x86.AMOVQ, m, reg(x86.REG_AX))
	a.inst(x86.AMOVQ, reg(x86.REG_AX), g.slot(r))
}

// returnToCaller is the start of an OpReturn in a function with
// self-calls (the value is in ctxRet): with activations waiting, it jumps
// to the continuation on top of the call stack; otherwise it falls
// through to the exit.
func (g *codegen) returnToCaller() {
	a := g.asm
	exit := a.label()
	a.inst(x86.AMOVQ, g.word(ctxStackPtr), reg(x86.REG_DX))
	a.inst(x86.ACMPQ, reg(x86.REG_DX), g.word(ctxStackBase))
	a.jump(x86.AJEQ, exit)
	a.inst(x86.AMOVQ, mem(x86.REG_DX, -8), reg(x86.REG_CX))
	a.inst(x86.AMOVQ, g.word(ctxTable), reg(x86.REG_DX))
	a.inst(x86.AMOVQ, memIndex(x86.REG_DX, x86.REG_CX, 8), reg(x86.REG_DX))
	a.inst(obj.AJMP, none, reg(x86.REG_DX))
	a.place(exit)
}
