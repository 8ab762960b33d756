package native

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// terminator translates the end of block b. An edge to a block that is not
// later in the layout is a back-edge: it counts the fuel down and tests the
// interrupt flag, leaving with ExitPoll when either fires.
func (g *codegen) terminator(b *Block, in *Instr) {
	a := g.asm
	switch in.Op {
	case OpReturn:
		site := exitSite{kind: ExitReturn, id: in.ID, resume: -1}
		if in.A != NoReg {
			g.storeValue(ctxRet, in.A)
			site.valueType = g.f.Types[in.A]
		}
		if g.selfCalls {
			g.returnToCaller()
		}
		g.sites = append(g.sites, site)
		g.leave(len(g.sites)-1, site)
	case OpDeopt:
		a.jump(obj.AJMP, g.guardExit(in, nil))
	case OpJump:
		if t := in.Targets[0]; isBackEdge(b, t) && g.isLoopTest(t) {
			g.rotatedLatch(in, t)
			return
		}
		g.edge(b, in, in.Targets[0])
	case OpBranch:
		g.branch(b, in)
	}
}

func isBackEdge(from, to *Block) bool { return to.Index <= from.Index }

// edge emits the way from b to t inline: the poll if it is a back-edge,
// then a jump unless t comes next.
func (g *codegen) edge(b *Block, in *Instr, t *Block) {
	if isBackEdge(b, t) {
		g.poll(in, t)
	}
	if t != g.next {
		g.asm.jump(obj.AJMP, g.blocks[t.Index])
	}
}

// poll emits the back-edge check; its exit resumes at t.
func (g *codegen) poll(in *Instr, t *Block) {
	stub := g.exitStub(exitSpec{site: exitSite{kind: ExitPoll, id: in.ID}, resumeTo: g.blocks[t.Index]})
	g.pollCheck(stub)
}

// pollCheck counts the fuel down and tests it against the interrupt word
// in one compare: the word is 0 normally, so the exit fires when the fuel
// is used up, and MaxInt64 once Interrupt has set it, so it fires at once.
// One memory compare and one branch per back-edge.
func (g *codegen) pollCheck(stub *obj.Prog) {
	a := g.asm
	a.inst(x86.ADECQ, none, reg(regFuel))
	a.inst(x86.ACMPQ, reg(regFuel), g.word(ctxInterrupt))
	a.jump(x86.AJLE, stub)
}

// pollEdge returns the label of out-of-line code that polls and jumps to t.
func (g *codegen) pollEdge(in *Instr, t *Block) *obj.Prog {
	a := g.asm
	label := a.label()
	stub := g.exitStub(exitSpec{site: exitSite{kind: ExitPoll, id: in.ID}, resumeTo: g.blocks[t.Index]})
	g.stubs = append(g.stubs, func() {
		a.place(label)
		g.pollCheck(stub)
		a.jump(obj.AJMP, g.blocks[t.Index])
	})
	return label
}

// branch emits a two-way branch, keeping a back-edge's poll inline on the
// fall-through path so a loop's latch takes one jump per iteration.
func (g *codegen) branch(b *Block, in *Instr) {
	a := g.asm
	T, F := in.Targets[0], in.Targets[1]
	var test flagTest
	switch l := g.al.loc[in.A]; l.kind {
	case locFlags:
		test = g.setFlags(&b.Instrs[len(b.Instrs)-2])
	case locConst:
		if l.imm != 0 {
			g.edge(b, in, T)
		} else {
			g.edge(b, in, F)
		}
		return
	default:
		a.inst(x86.ACMPQ, g.src(in.A), imm(0))
		test = flagTest{cond: NE}
	}
	tBack, fBack := isBackEdge(b, T), isBackEdge(b, F)
	switch {
	case !tBack && !fBack && F == g.next:
		g.jumpIf(test, true, g.blocks[T.Index])
	case !tBack && !fBack && T == g.next:
		g.jumpIf(test, false, g.blocks[F.Index])
	case !tBack && !fBack:
		g.jumpIf(test, true, g.blocks[T.Index])
		a.jump(obj.AJMP, g.blocks[F.Index])
	case tBack && !fBack:
		g.jumpIf(test, false, g.blocks[F.Index])
		g.edge(b, in, T)
	case !tBack && fBack:
		g.jumpIf(test, true, g.blocks[T.Index])
		g.edge(b, in, F)
	default:
		g.jumpIf(test, true, g.pollEdge(in, T))
		g.edge(b, in, F)
	}
}

// isLoopTest reports whether t holds only a fused compare and its branch,
// the header of a while loop.
func (g *codegen) isLoopTest(t *Block) bool {
	return len(t.Instrs) == 2 && t.Instrs[1].Op == OpBranch && g.al.loc[t.Instrs[1].A].kind == locFlags
}

// rotatedLatch ends a loop body that jumps back to the loop test h by
// polling, then repeating h's compare and branch in place, so each
// iteration takes one jump instead of two. The operands of h's compare are
// live into h, hence in their locations here too.
func (g *codegen) rotatedLatch(in *Instr, h *Block) {
	g.poll(in, h)
	test := g.setFlags(&h.Instrs[0])
	br := &h.Instrs[1]
	g.jumpIf(test, true, g.blocks[br.Targets[0].Index])
	if br.Targets[1] != g.next {
		g.asm.jump(obj.AJMP, g.blocks[br.Targets[1].Index])
	}
}
