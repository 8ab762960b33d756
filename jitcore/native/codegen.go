package native

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// codegen translates one allocated Func into an instruction list.
type codegen struct {
	f       *Func
	al      *allocation
	layout  layout
	asm     *assembler
	blocks  []*obj.Prog // label of each block
	sites   []exitSite
	resumes []*obj.Prog // resume table: entry 0 is the function start
	stubs   []func()    // out-of-line exit code, emitted after the body
	pos     int         // position of the instruction being translated
	cur     *Instr      // the instruction being translated
	next    *Block      // block laid out after the current one
	start   *obj.Prog   // where a run (or an OpCallSelf) starts: loads the parameters
	// OpCallSelf continuations by resume index; the largest frame
	calls        map[int]callSite
	maxCallFrame int
	selfCalls    bool
	bufs         *bufPlan // buffer bases and lengths kept in registers (bufcache.go)
	// the mark table's entries (Func.MarkTable): a label and the mark in
	// effect from there on
	markLabels []*obj.Prog
	markIDs    []int32
}

func newCodegen(f *Func, al *allocation) *codegen {
	g := &codegen{f: f, al: al, layout: newLayout(f), asm: newAssembler(), bufs: planBuffers(f, al)}
	for _, b := range f.Blocks {
		g.blocks = append(g.blocks, g.asm.label())
		for i := range b.Instrs {
			if b.Instrs[i].Op == OpCallSelf {
				g.selfCalls = true
			}
		}
	}
	return g
}

// generate emits the entry dispatch, the blocks in order, then the stubs.
//
// Entry: load the fuel counter and jump through the resume table at the
// index the context holds. Index 0 starts the function: it loads the
// parameters that are live in registers.
func (g *codegen) generate() error {
	a := g.asm
	var entry []int32
	if g.f.MarkTable {
		entry = g.f.entryMarks()
		g.markFrom(noMark) // the entry dispatch
	}
	a.inst(x86.AMOVQ, g.word(ctxFuel), reg(regFuel))
	a.inst(x86.AMOVQ, g.word(ctxResume), reg(x86.REG_AX))
	a.inst(x86.AMOVQ, g.word(ctxTable), reg(x86.REG_CX))
	a.inst(x86.AMOVQ, memIndex(x86.REG_CX, x86.REG_AX, 8), reg(x86.REG_CX))
	a.inst(obj.AJMP, none, reg(x86.REG_CX))
	start := a.label()
	a.place(start)
	g.start = start
	g.resumes = append(g.resumes, start)
	for _, p := range g.f.Params {
		if l := g.al.loc[p]; l.kind == locReg && g.al.covers(p, -1) {
			g.load(p, l.reg)
		}
	}
	for k, b := range g.f.Blocks {
		g.next = nil
		if k+1 < len(g.f.Blocks) {
			g.next = g.f.Blocks[k+1]
		}
		a.place(g.blocks[k])
		if entry != nil {
			g.markFrom(entry[k])
		}
		for i := range b.Instrs {
			g.pos = g.al.blockPos[k] + i
			g.cur = &b.Instrs[i]
			if b.Instrs[i].mark != 0 {
				g.markFrom(b.Instrs[i].mark - 1)
			}
			resumes := len(g.resumes)
			if err := g.instr(b, &b.Instrs[i]); err != nil {
				return fmt.Errorf("block %d instr %d (%v): %w", k, i, b.Instrs[i].Op, err)
			}
			if len(g.resumes) != resumes && g.bufs.inside[g.pos] {
				// a resume entry would find stale cached buffer registers
				return fmt.Errorf("block %d instr %d (%v): resumable exit inside a cached buffer run", k, i, b.Instrs[i].Op)
			}
		}
	}
	if entry != nil {
		g.markFrom(noMark) // exit stubs: their own lines are not tracked
	}
	for i := 0; i < len(g.stubs); i++ { // stubs may add stubs
		g.stubs[i]()
	}
	return nil
}

// markFrom starts a mark table entry here: mark id is in effect from the
// next instruction on.
func (g *codegen) markFrom(id int32) {
	l := g.asm.label()
	g.asm.place(l)
	g.markLabels = append(g.markLabels, l)
	g.markIDs = append(g.markIDs, id)
}

// markTable returns the mark table once the code is assembled: one entry
// per offset, the last one placed there winning.
func (g *codegen) markTable() []pcMark {
	var t []pcMark
	for i, l := range g.markLabels {
		e := pcMark{off: uint32(l.Pc), id: g.markIDs[i]}
		if n := len(t); n > 0 && t[n-1].off == e.off {
			t[n-1] = e
			continue
		}
		t = append(t, e)
	}
	return t
}

// word addresses context word i.
func (g *codegen) word(i int) obj.Addr { return mem(regCtx, 8*int64(i)) }

// slot addresses register r's home slot.
func (g *codegen) slot(r Reg) obj.Addr { return g.word(g.layout.slot(r)) }

// isFloat reports whether r lives in the vector register class.
func (g *codegen) isFloat(r Reg) bool { return g.f.Types[r] == Float }

// load moves r's home slot into machine register m.
func (g *codegen) load(r Reg, m int16) {
	if g.isFloat(r) {
		g.asm.inst(x86.AMOVSD, g.slot(r), reg(m))
	} else {
		g.asm.inst(x86.AMOVQ, g.slot(r), reg(m))
	}
}

// save moves machine register m into r's home slot.
func (g *codegen) save(r Reg, m int16) {
	if g.isFloat(r) {
		g.asm.inst(x86.AMOVSD, reg(m), g.slot(r))
	} else {
		g.asm.inst(x86.AMOVQ, reg(m), g.slot(r))
	}
}

// src is r as an operand: its machine register, its slot, or an immediate.
func (g *codegen) src(r Reg) obj.Addr {
	switch l := g.al.loc[r]; l.kind {
	case locReg:
		return reg(l.reg)
	case locConst:
		return imm(l.imm)
	}
	return g.slot(r)
}

// regOf returns r's machine register, or 0 when it has none.
func (g *codegen) regOf(r Reg) int16 {
	if r == NoReg {
		return 0
	}
	if l := g.al.loc[r]; l.kind == locReg {
		return l.reg
	}
	return 0
}

// intIn returns a machine register holding int/bool r, loading it into
// scratch when r has no register.
func (g *codegen) intIn(r Reg, scratch int16) int16 {
	if m := g.regOf(r); m != 0 {
		return m
	}
	g.asm.inst(x86.AMOVQ, g.src(r), reg(scratch))
	return scratch
}

// floatIn returns a vector register holding float r.
func (g *codegen) floatIn(r Reg, scratch int16) int16 {
	if m := g.regOf(r); m != 0 {
		return m
	}
	g.asm.inst(x86.AMOVSD, g.slot(r), reg(scratch))
	return scratch
}

// dst returns the machine register to compute r into: its own, or scratch
// (then finish stores it).
func (g *codegen) dst(r Reg, scratch int16) int16 {
	if m := g.regOf(r); m != 0 {
		return m
	}
	return scratch
}

// finish stores a result computed in machine register m into r.
func (g *codegen) finish(r Reg, m int16) {
	if own := g.regOf(r); own != 0 {
		if own != m {
			g.moveReg(r, m, own)
		}
		return
	}
	g.save(r, m)
}

// moveReg copies machine register from to to, in r's class.
func (g *codegen) moveReg(r Reg, from, to int16) {
	if g.isFloat(r) {
		g.asm.inst(x86.AMOVAPD, reg(from), reg(to))
	} else {
		g.asm.inst(x86.AMOVQ, reg(from), reg(to))
	}
}

// move copies src into dst (same type).
func (g *codegen) move(dst, src Reg) {
	if g.isFloat(dst) {
		m := g.floatIn(src, x86.REG_X0)
		g.finish(dst, m)
		return
	}
	if d := g.regOf(dst); d != 0 {
		if d != g.regOf(src) {
			g.asm.inst(x86.AMOVQ, g.src(src), reg(d))
		}
		return
	}
	if g.al.loc[src].kind == locConst {
		g.asm.inst(x86.AMOVQ, g.src(src), g.slot(dst))
		return
	}
	g.save(dst, g.intIn(src, x86.REG_AX))
}

// storeValue writes r to context word w.
func (g *codegen) storeValue(w int, r Reg) {
	if g.isFloat(r) {
		if m := g.regOf(r); m != 0 {
			g.asm.inst(x86.AMOVSD, reg(m), g.word(w))
			return
		}
	}
	switch g.al.loc[r].kind {
	case locConst:
		g.asm.inst(x86.AMOVQ, g.src(r), g.word(w))
	case locReg:
		g.asm.inst(x86.AMOVQ, g.src(r), g.word(w))
	default:
		g.asm.inst(x86.AMOVQ, g.slot(r), reg(x86.REG_AX))
		g.asm.inst(x86.AMOVQ, reg(x86.REG_AX), g.word(w))
	}
}

// exitSpec describes one exit for exitStub.
type exitSpec struct {
	site     exitSite
	fixup    func()    // undoes a partial effect before leaving (may be nil)
	resumeTo *obj.Prog // where a resumable exit continues (nil: terminal)
	onResume func()    // runs after the registers are reloaded
}

// exitStub returns the label of out-of-line code that saves every register
// held in a machine register at the current instruction to its slot, records
// the site (and resume index) in the context and returns the exit code.
// A resumable exit's resume entry reloads the same registers and jumps to
// resumeTo.
func (g *codegen) exitStub(spec exitSpec) *obj.Prog {
	a := g.asm
	label := a.label()
	siteIndex := len(g.sites)
	spec.site.resume = -1
	var resume *obj.Prog
	if spec.resumeTo != nil {
		resume = a.label()
		spec.site.resume = len(g.resumes)
		g.resumes = append(g.resumes, resume)
	}
	g.sites = append(g.sites, spec.site)
	saved := g.al.inRegisterAt(2 * g.pos)
	var copies []stateCopy
	if g.cur != nil {
		copies = g.cur.copies
	}
	g.stubs = append(g.stubs, func() {
		a.place(label)
		if spec.fixup != nil {
			spec.fixup()
		}
		for _, r := range saved {
			g.save(r, g.al.loc[r].reg)
		}
		for _, c := range copies { // State registers the code did not keep (opt.go)
			g.storeValue(g.layout.slot(c.dst), c.src)
		}
		g.leave(siteIndex, spec.site)
		if resume == nil {
			return
		}
		a.place(resume)
		for _, r := range saved {
			g.load(r, g.al.loc[r].reg)
		}
		if spec.onResume != nil {
			spec.onResume()
		}
		a.jump(obj.AJMP, spec.resumeTo)
	})
	return label
}

// leave records the site and returns its exit code.
func (g *codegen) leave(siteIndex int, s exitSite) {
	a := g.asm
	a.inst(x86.AMOVQ, reg(regFuel), g.word(ctxFuel))
	a.inst(x86.AMOVQ, imm(int64(siteIndex)), g.word(ctxSite))
	if s.resume >= 0 {
		a.inst(x86.AMOVQ, imm(int64(s.resume)), g.word(ctxResume))
	}
	a.inst(x86.AMOVL, imm(int64(s.kind)), reg(x86.REG_AX))
	a.inst(obj.ARET, none, none)
}

// guardExit is the stub of a failed guard of in.
func (g *codegen) guardExit(in *Instr, fixup func()) *obj.Prog {
	return g.exitStub(exitSpec{site: exitSite{kind: ExitDeopt, id: in.ID}, fixup: fixup})
}

// errorExit is the stub of an error of kind k raised by in.
func (g *codegen) errorExit(in *Instr, k ErrKind) *obj.Prog {
	return g.exitStub(exitSpec{site: exitSite{kind: ExitError, err: k, id: in.ID}})
}
