package native

import "math"

// optimize returns a cleaned-up copy of f for the code generator; f itself
// (which the engine and Interpret keep using) is left as it is. The
// translator emits one block per bytecode instruction and one register per
// value-stack slot, so its IR is full of jumps to the next block and moves
// between stack registers; left as they are, every move costs an
// instruction, a compare cannot be fused with the branch one block later,
// and the registers' long intervals exhaust the machine registers. The
// passes only ever remove work: register numbers the engine reads with
// Frame.Get keep their meaning at every exit, because a register listed in
// the State of an instruction that can exit is still assigned there as
// before; new registers (hoisted constants, fused compares) are added at
// the end.
func optimize(src *Func) *Func {
	f := src.clone()
	f.stripStates()
	f.hoistConsts()
	f.mergeBlocks()
	if f.MarkTable {
		// from here on the code of a profiled run is the code of an
		// unprofiled one: the marks ride on instructions (mark.go)
		f.attachMarks()
	}
	f.forwardResults()
	f.propagateCopies()
	f.removeDead()
	f.forwardResults()
	f.removeDead()
	f.freshFusedCompares()
	f.dropShadowedMarks() // mark.go
	return f
}

// clone copies f deeply enough to be rewritten: blocks, instructions and
// the register list are new, the rest (buffers, boxes) is shared.
func (f *Func) clone() *Func {
	c := *f
	c.Types = append([]Type(nil), f.Types...)
	c.Params = append([]Reg(nil), f.Params...)
	c.Blocks = make([]*Block, len(f.Blocks))
	for i := range f.Blocks {
		c.Blocks[i] = &Block{Index: i, f: &c}
	}
	for i, b := range f.Blocks {
		nb := c.Blocks[i]
		nb.Instrs = make([]Instr, len(b.Instrs))
		for k, in := range b.Instrs {
			in.Args = append([]Reg(nil), in.Args...)
			in.State = append([]Reg(nil), in.State...)
			for t := range in.Targets {
				if in.Targets[t] != nil {
					in.Targets[t] = c.Blocks[in.Targets[t].Index]
				}
			}
			nb.Instrs[k] = in
		}
	}
	return &c
}

// pureOp reports whether op never leaves native code and has no effect
// but writing Dst: its State is never read, and it can be dropped when Dst
// is dead. Ops not listed are treated as able to exit.
func pureOp(op Op) bool {
	switch op {
	case OpConstInt, OpConstFloat, OpConstBool, OpMove, OpAndInt, OpOrInt, OpXorInt, OpInvertInt,
		OpBoolToInt, OpAddIntWrap, OpAddFloat, OpSubFloat, OpMulFloat, OpNegFloat, OpAbsFloat,
		OpIntToFloat, OpCmpInt, OpCmpFloat, OpNotBool, OpLen:
		return true
	}
	return false
}

// forwardable reports whether op may compute straight into a register it
// also reads or that an exit's State lists: its code reads the operands
// before writing Dst and writes Dst only once it can no longer exit (see
// addSub's undo for the in-place add).
func forwardable(op Op) bool {
	switch op {
	case OpAddInt, OpSubInt, OpMulInt, OpNegInt, OpFloorDivInt, OpModInt, OpAndInt, OpOrInt, OpXorInt,
		OpInvertInt, OpAddIntWrap, OpAddFloat, OpSubFloat, OpMulFloat, OpDivFloat, OpNegFloat,
		OpAbsFloat, OpSqrtFloat, OpIntToFloat, OpConstFloat:
		return true
	}
	return false
}

// stripStates drops the State of instructions that cannot exit, so the
// registers they list are not kept alive for nothing.
func (f *Func) stripStates() {
	for _, b := range f.Blocks {
		for i := range b.Instrs {
			if pureOp(b.Instrs[i].Op) {
				b.Instrs[i].State = nil
			}
		}
	}
}

// hoistConsts gives every distinct constant one register assigned at the
// entry and turns the constant's other assignments into moves from it:
// copy propagation then reads the register directly (an int constant that
// fits 32 bits becomes an immediate; a float one stays in a vector
// register or its slot instead of being rebuilt in every iteration).
func (f *Func) hoistConsts() {
	type key struct {
		op  Op
		imm int64
	}
	regs := map[key]Reg{}
	var defs []Instr
	ndefs := make([]int, len(f.Types))
	for _, b := range f.Blocks {
		for i := range b.Instrs {
			if d := b.Instrs[i].Dst; d != NoReg {
				ndefs[d]++
			}
		}
	}
	for _, p := range f.Params {
		ndefs[p]++
	}
	for _, b := range f.Blocks {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			switch in.Op {
			case OpConstInt, OpConstBool:
				// assigned once, it is an immediate already
				if in.Imm < math.MinInt32 || in.Imm > math.MaxInt32 || ndefs[in.Dst] == 1 {
					continue
				}
			case OpConstFloat:
			default:
				continue
			}
			k := key{in.Op, in.Imm}
			r, ok := regs[k]
			if !ok {
				r = f.NewReg(f.Types[in.Dst])
				regs[k] = r
				defs = append(defs, Instr{Op: in.Op, Dst: r, A: NoReg, B: NoReg, Imm: in.Imm})
			}
			*in = Instr{Op: OpMove, Dst: in.Dst, A: r, B: NoReg}
		}
	}
	if len(defs) > 0 {
		e := f.Blocks[0]
		e.Instrs = append(defs, e.Instrs...)
	}
}

// mergeBlocks appends to a block the block its jump goes to when it is
// that block's only way in, and makes branches and jumps skip blocks that
// only jump on. It never changes whether an edge goes back in the layout
// (a back-edge polls, and its ID is where a poll reports), then drops the
// blocks nothing reaches.
func (f *Func) mergeBlocks() {
	forwardOnly := func(t *Block) *Block { // a block that only jumps forward: where to
		if len(t.Instrs) == 1 && t.Instrs[0].Op == OpJump && t.Instrs[0].Targets[0].Index > t.Index {
			return t.Instrs[0].Targets[0]
		}
		return nil
	}
	for changed := true; changed; {
		changed = false
		f.dropUnreachable() // their edges do not count as ways in
		for _, b := range f.Blocks {
			term := &b.Instrs[len(b.Instrs)-1]
			n := 0
			switch term.Op {
			case OpJump:
				n = 1
			case OpBranch:
				n = 2
			}
			for k := 0; k < n; k++ {
				t := term.Targets[k]
				if t.Index <= b.Index || t == b {
					continue
				}
				if u := forwardOnly(t); u != nil {
					term.Targets[k] = u
					changed = true
				}
			}
		}
		preds := f.predecessors()
		for _, b := range f.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			term := b.Instrs[len(b.Instrs)-1]
			if term.Op != OpJump {
				continue
			}
			t := term.Targets[0]
			if t.Index <= b.Index || preds[t.Index] != 1 || len(t.Instrs) == 0 {
				continue
			}
			ok := true
			for _, u := range t.successors() {
				if u.Index <= t.Index && u.Index > b.Index {
					ok = false // t's back-edge would become a forward edge
				}
			}
			if !ok {
				continue
			}
			b.Instrs = append(b.Instrs[:len(b.Instrs)-1], t.Instrs...)
			t.Instrs = nil
			preds = f.predecessors()
			changed = true
		}
	}
	f.dropUnreachable()
}

// predecessors counts the edges into each block (the entry has one more).
func (f *Func) predecessors() []int {
	n := make([]int, len(f.Blocks))
	n[0]++
	for _, b := range f.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		for _, s := range b.successors() {
			n[s.Index]++
		}
	}
	return n
}

// dropUnreachable removes the blocks the entry cannot reach and renumbers
// the rest in their order.
func (f *Func) dropUnreachable() {
	seen := make([]bool, len(f.Blocks))
	work := []*Block{f.Blocks[0]}
	seen[0] = true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, s := range b.successors() {
			if !seen[s.Index] {
				seen[s.Index] = true
				work = append(work, s)
			}
		}
	}
	kept := f.Blocks[:0]
	for _, b := range f.Blocks {
		if seen[b.Index] {
			kept = append(kept, b)
		}
	}
	for i, b := range kept {
		b.Index = i
	}
	for i := len(kept); i < len(f.Blocks); i++ {
		f.Blocks[i] = nil
	}
	f.Blocks = kept
}

// stateCopy is a State register (dst) that holds a copy of src at an exit.
type stateCopy struct{ dst, src Reg }

// propagateCopies makes the operands of each block's instructions read the
// source of a move instead of its copy while both still hold the same
// value. A State register that is such a copy is listed as its source
// instead and recorded in the instruction's copies: the exit stub writes
// it, and the move can go when nothing else reads the copy. Parameters
// stay (the engine reads them at any poll), and so do the States of
// recursive calls (the engine reads a waiting caller's registers from the
// call stack, which holds only what the code keeps).
func (f *Func) propagateCopies() {
	isParam := newRegSet(len(f.Types))
	for _, p := range f.Params {
		isParam.add(p)
	}
	copyOf := map[Reg]Reg{}
	for _, b := range f.Blocks {
		clear(copyOf)
		for i := range b.Instrs {
			in := &b.Instrs[i]
			if !pureOp(in.Op) && in.Op != OpCallSelf {
				for k, r := range in.State {
					if s, ok := copyOf[r]; ok && !isParam.has(r) {
						in.State[k] = s
						in.copies = append(in.copies, stateCopy{dst: r, src: s})
					}
				}
			}
			sub := func(r Reg) Reg {
				if s, ok := copyOf[r]; ok {
					return s
				}
				return r
			}
			if in.A != NoReg {
				in.A = sub(in.A)
			}
			if in.B != NoReg {
				in.B = sub(in.B)
			}
			for k, r := range in.Args {
				in.Args[k] = sub(r)
			}
			if in.Op == OpMove && in.A == in.Dst {
				continue // a no-op: every copy still holds
			}
			if d := in.Dst; d != NoReg {
				delete(copyOf, d)
				for r, s := range copyOf {
					if s == d {
						delete(copyOf, r)
					}
				}
				if in.Op == OpMove && in.A != d {
					copyOf[d] = in.A
				}
			}
		}
	}
}

// liveness returns the registers live out of each block.
func (f *Func) liveness() []regSet {
	_, liveOut := f.blockLiveness()
	return liveOut
}

// blockLiveness computes, by the usual backward fixed point, the registers
// live into and out of each block (the optimizer and the register
// allocator share it).
func (f *Func) blockLiveness() (liveIn, liveOut []regSet) {
	n := len(f.Types)
	use, def := make([]regSet, len(f.Blocks)), make([]regSet, len(f.Blocks))
	liveIn, liveOut = make([]regSet, len(f.Blocks)), make([]regSet, len(f.Blocks))
	for _, b := range f.Blocks {
		u, d := newRegSet(n), newRegSet(n)
		for i := range b.Instrs {
			in := &b.Instrs[i]
			in.uses(func(r Reg) {
				if !d.has(r) {
					u.add(r)
				}
			})
			if in.Dst != NoReg {
				d.add(in.Dst)
			}
		}
		use[b.Index], def[b.Index] = u, d
		liveIn[b.Index], liveOut[b.Index] = newRegSet(n), newRegSet(n)
	}
	for changed := true; changed; {
		changed = false
		for k := len(f.Blocks) - 1; k >= 0; k-- {
			out := liveOut[k]
			for _, s := range f.Blocks[k].successors() {
				for w := range out {
					out[w] |= liveIn[s.Index][w]
				}
			}
			for w := range out {
				nw := use[k][w] | (out[w] &^ def[k][w])
				if nw != liveIn[k][w] {
					liveIn[k][w] = nw
					changed = true
				}
			}
		}
	}
	return liveIn, liveOut
}

// removeDead deletes pure instructions whose result nothing reads.
// Parameters are kept: in a loop they are the Python locals, which the
// engine reads back after an interrupted poll.
func (f *Func) removeDead() {
	isParam := newRegSet(len(f.Types))
	for _, p := range f.Params {
		isParam.add(p)
	}
	for changed := true; changed; {
		changed = false
		liveOut := f.liveness()
		for _, b := range f.Blocks {
			live := newRegSet(len(f.Types))
			live.copyFrom(liveOut[b.Index])
			kept := make([]Instr, 0, len(b.Instrs))
			for i := len(b.Instrs) - 1; i >= 0; i-- {
				in := &b.Instrs[i]
				d := in.Dst
				if pureOp(in.Op) && d != NoReg && !live.has(d) && !isParam.has(d) || in.Op == OpMove && in.A == d {
					changed = true
					continue
				}
				if d != NoReg {
					live.remove(d)
				}
				in.uses(func(r Reg) { live.add(r) })
				kept = append(kept, *in)
			}
			for i, j := 0, len(kept)-1; i < j; i, j = i+1, j-1 {
				kept[i], kept[j] = kept[j], kept[i]
			}
			b.Instrs = kept
		}
	}
}

// forwardResults makes an instruction write straight into the register a
// move copies its result to, when the move is the result's last reader and
// nothing between them touches the destination: "t = a + b; x = t"
// becomes "x = a + b".
func (f *Func) forwardResults() {
	isParam := newRegSet(len(f.Types))
	for _, p := range f.Params {
		isParam.add(p)
	}
	liveOut := f.liveness()
	for _, b := range f.Blocks {
		// liveAfter[i]: the registers read after instruction i
		liveAfter := make([]regSet, len(b.Instrs))
		live := newRegSet(len(f.Types))
		live.copyFrom(liveOut[b.Index])
		for i := len(b.Instrs) - 1; i >= 0; i-- {
			liveAfter[i] = append(regSet(nil), live...)
			in := &b.Instrs[i]
			if in.Dst != NoReg {
				live.remove(in.Dst)
			}
			in.uses(func(r Reg) { live.add(r) })
		}
		for i := range b.Instrs {
			mv := &b.Instrs[i]
			if mv.Op != OpMove || mv.A == mv.Dst || isParam.has(mv.A) {
				continue
			}
			t, d := mv.A, mv.Dst
			readers, ok := []int(nil), true
			if liveAfter[i].has(t) {
				readers, ok = laterReaders(b, i, t, d, liveOut[b.Index])
			}
			if !ok {
				continue
			}
			for j := i - 1; j >= 0; j-- {
				in := &b.Instrs[j]
				if in.Dst == t {
					if forwardable(in.Op) {
						in.Dst = d
						*mv = Instr{Op: OpMove, Dst: d, A: d, B: NoReg} // removeDead drops it
						for _, k := range readers {
							b.Instrs[k].renameOperand(t, d)
						}
					}
					break
				}
				touches := in.Dst == d
				in.uses(func(r Reg) { touches = touches || r == d || r == t })
				for _, c := range in.copies { // the exit writes d: it must keep its value there
					touches = touches || c.dst == d
				}
				if touches {
					break
				}
			}
		}
	}
}

// laterReaders lists the instructions after position i of b that read t
// (the value a move at i copied to d) as an operand, when all of them can
// read d instead: d is not reassigned before them, no State lists t, and
// t's value does not leave the block.
func laterReaders(b *Block, i int, t, d Reg, liveOut regSet) ([]int, bool) {
	var out []int
	dChanged := false
	for k := i + 1; k < len(b.Instrs); k++ {
		in := &b.Instrs[k]
		for _, r := range in.State {
			if r == t {
				return nil, false
			}
		}
		reads := in.A == t || in.B == t
		for _, r := range in.Args {
			reads = reads || r == t
		}
		if reads {
			if dChanged {
				return nil, false
			}
			out = append(out, k)
		}
		if in.Dst == t {
			return out, true
		}
		if in.Dst == d {
			dChanged = true
		}
	}
	return out, !liveOut.has(t)
}

// renameOperand makes in read to instead of from (not in its State).
func (in *Instr) renameOperand(from, to Reg) {
	if in.A == from {
		in.A = to
	}
	if in.B == from {
		in.B = to
	}
	for k, r := range in.Args {
		if r == from {
			in.Args[k] = to
		}
	}
}

// freshFusedCompares gives each compare that only feeds the branch right
// after it a register of its own, so the allocator can keep it in the
// flags even when the translator reused one register for many compares.
func (f *Func) freshFusedCompares() {
	liveOut := f.liveness()
	for _, b := range f.Blocks {
		n := len(b.Instrs)
		if n < 2 {
			continue
		}
		cmp, br := &b.Instrs[n-2], &b.Instrs[n-1]
		if br.Op != OpBranch || (cmp.Op != OpCmpInt && cmp.Op != OpCmpFloat) || cmp.Dst != br.A ||
			liveOut[b.Index].has(cmp.Dst) || cmp.A == cmp.Dst || cmp.B == cmp.Dst {
			continue
		}
		r := f.NewReg(Bool) // after the liveness sets' registers: never looked up there
		cmp.Dst, br.A = r, r
	}
}

// verifyOptimized makes Compile verify the optimized function too (the
// package's tests set it).
var verifyOptimized = false
