package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// checkedIndex puts in.A's index into CX: a negative one wraps once by the
// length, then one unsigned compare catches both ends (IndexError).
func (g *codegen) checkedIndex(in *Instr, length obj.Addr) {
	a := g.asm
	a.inst(x86.AMOVQ, g.src(in.A), reg(x86.REG_CX))
	if g.bufs.inRange[g.pos] {
		return // a constant index already checked (bufcache.go)
	}
	if l := g.al.loc[in.A]; l.kind != locConst || l.imm < 0 {
		nonNegative := a.label()
		a.inst(x86.ATESTQ, reg(x86.REG_CX), reg(x86.REG_CX))
		a.jump(x86.AJGE, nonNegative)
		a.inst(x86.AADDQ, length, reg(x86.REG_CX))
		a.place(nonNegative)
	}
	a.inst(x86.ACMPQ, reg(x86.REG_CX), length)
	a.jump(x86.AJCC, g.errorExit(in, ErrIndex)) // unsigned >=: also negative
}

// cachedBuffer returns buffer buf's length and base as operands for the
// instruction being translated: context words, or the registers the plan
// keeps them in (bufcache.go), loaded here at a segment's first access.
// baseReg is the base's register (0: none).
func (g *codegen) cachedBuffer(buf int) (length, base obj.Addr, baseReg int16) {
	length, base = g.word(g.layout.bufLen(buf)), g.word(g.layout.bufBase(buf))
	c := g.bufs.use[g.pos]
	if c.base == 0 {
		return length, base, 0
	}
	if c.load {
		g.asm.inst(x86.AMOVQ, base, reg(c.base))
		if c.len != 0 {
			g.asm.inst(x86.AMOVQ, length, reg(c.len))
		}
	}
	if c.len != 0 {
		length = reg(c.len)
	}
	return length, reg(c.base), c.base
}

// buffer translates len, loads and stores. The buffer's base and length
// come from the context, where Go may rebind them at any exit, or from
// registers holding them over a run of accesses with no such exit
// (bufcache.go). The index goes to CX: a negative one wraps once by the
// length, then one unsigned compare catches both ends.
func (g *codegen) buffer(in *Instr) {
	a := g.asm
	buf := int(in.Imm)
	length, base, baseReg := g.cachedBuffer(buf)
	if in.Op == OpLen {
		d := g.dst(in.Dst, x86.REG_AX)
		a.inst(x86.AMOVQ, length, reg(d))
		g.finish(in.Dst, d)
		return
	}
	if bx := g.f.box(buf); bx != nil && g.constIndex(in.A) {
		// a constant index: one compare, then the record at a displacement
		k := g.al.loc[in.A].imm
		if !g.bufs.inRange[g.pos] {
			a.inst(x86.ACMPQ, length, imm(k))
			a.jump(x86.AJLS, g.errorExit(in, ErrIndex))
		}
		if baseReg == 0 {
			a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
			baseReg = x86.REG_DX
		}
		g.boxedAt(in, bx, baseReg, k*BoxStride)
		return
	}
	g.checkedIndex(in, length)
	if bx := g.f.box(buf); bx != nil {
		a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
		g.boxed(in, bx)
		return
	}
	if baseReg == 0 {
		a.inst(x86.AMOVQ, base, reg(x86.REG_DX))
		baseReg = x86.REG_DX
	}
	if g.f.byteBuf(buf) {
		g.byteElem(in, baseReg) // bytebuf.go
		return
	}
	elem := memIndex(baseReg, x86.REG_CX, 8)
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

// boxed finishes a load or store on a boxed buffer (boxed.go), the base
// in DX and the checked index in CX: the record's tag is guarded, then the
// payload moves.
func (g *codegen) boxed(in *Instr, bx *Box) {
	a := g.asm
	a.inst(x86.ASHLQ, imm(5), reg(x86.REG_CX)) // BoxStride
	a.inst(x86.AADDQ, reg(x86.REG_CX), reg(x86.REG_DX))
	g.boxedAt(in, bx, x86.REG_DX, 0)
}

// boxedAt is boxed for the record at base+disp.
func (g *codegen) boxedAt(in *Instr, bx *Box, base int16, disp int64) {
	a := g.asm
	tag, payload := mem(base, disp), mem(base, disp+BoxPayload)
	known := g.bufs.known[g.pos] // the record holds bx.Tag (bufcache.go)
	switch in.Op {
	case OpLoadInt, OpLoadFloat:
		if !known {
			a.inst(x86.ACMPB, tag, imm(int64(bx.Tag)))
			a.jump(x86.AJNE, g.guardExit(in, nil))
		}
		if in.Op == OpLoadFloat {
			d := g.dst(in.Dst, x86.REG_X0)
			a.inst(x86.AMOVSD, payload, reg(d))
			g.finish(in.Dst, d)
			return
		}
		d := g.dst(in.Dst, x86.REG_AX)
		a.inst(x86.AMOVQ, payload, reg(d))
		g.finish(in.Dst, d)
	default:
		if !known {
			a.inst(x86.ACMPB, tag, imm(int64(bx.PtrTag)))
			a.jump(x86.AJEQ, g.guardExit(in, nil))
		}
		switch l := g.al.loc[in.B]; {
		case l.kind == locReg && g.isFloat(in.B):
			a.inst(x86.AMOVSD, reg(l.reg), payload)
		case l.kind == locReg || l.kind == locConst:
			a.inst(x86.AMOVQ, g.src(in.B), payload)
		default:
			a.inst(x86.AMOVQ, g.slot(in.B), reg(x86.REG_AX))
			a.inst(x86.AMOVQ, reg(x86.REG_AX), payload)
		}
		if !known {
			a.inst(x86.AMOVB, imm(int64(bx.Tag)), tag)
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
