package native

import (
	"sort"
	"sync/atomic"
)

// Marks tell a sampling profiler where native code is. Native code polls
// only at back-edges, so a sample recorded at a poll knows the loop, not
// the line the time went to. Instead, the engine puts an OpMark at the
// start of each source line; the mark is one store of an immediate into
// the frame's context, and the profiler's timer reads it (Frame.Mark) at
// the moment it fires, from its own goroutine: a sample of where the code
// was, not of where it next polls.

// Mark appends an OpMark storing id; ids are chosen by the engine (a
// bytecode offset) and must fit in 32 bits.
func (b *Block) Mark(id int32) {
	b.add(Instr{Op: OpMark, Dst: NoReg, A: NoReg, B: NoReg, Imm: int64(id) + 1, ID: id}) // 0 is "no mark"
}

// Mark returns the id of the last OpMark the frame ran, and false when it
// has run none since the frame was made or ResetMark was called. Safe from
// any goroutine while the code runs: the read is atomic and the code's
// stores are whole words.
func (fr *Frame) Mark() (int32, bool) {
	v := atomic.LoadUint64(&fr.ctx[ctxMark])
	if v == 0 {
		return 0, false
	}
	return int32(v - 1), true
}

// ResetMark forgets the last mark, before a new entry of a reused frame.
func (fr *Frame) ResetMark() { atomic.StoreUint64(&fr.ctx[ctxMark], 0) }

// dropShadowedMarks removes each OpMark that another one follows in its
// block with only moves and constants between them: the later store
// overwrites it a few cycles on, so a timer would almost never see it
// (and what it would see is a register copy, not the line's work), while
// in a tight loop every store is an instruction more per iteration. A
// translator starting the line of a loop's target store (`for j in ...:`)
// just before the body's first line makes such pairs on every iteration.
func (f *Func) dropShadowedMarks() {
	for _, b := range f.Blocks {
		kept := b.Instrs[:0]
		for i, in := range b.Instrs {
			if in.Op == OpMark && shadowed(b.Instrs[i+1:]) {
				continue
			}
			kept = append(kept, in)
		}
		b.Instrs = kept
	}
}

// shadowed reports whether rest starts with moves and constants and then
// an OpMark, or an unconditional jump to a block whose mark stays (a
// loop's back-edge to a header that starts with a mark: the jump's line
// is overwritten at once).
func shadowed(rest []Instr) bool {
	for _, in := range rest {
		switch in.Op {
		case OpMark:
			return true
		case OpMove, OpConstInt, OpConstFloat, OpConstBool:
		case OpJump:
			return in.Targets[0] != nil && startsWithKeptMark(in.Targets[0].Instrs)
		default:
			return false
		}
	}
	return false
}

// startsWithKeptMark reports whether instrs start with moves and constants,
// then an OpMark that work follows: a mark no rule of dropShadowedMarks
// removes, so that two marks can never be dropped for each other (a loop
// of nothing but marks and jumps keeps its marks).
func startsWithKeptMark(instrs []Instr) bool {
	for i, in := range instrs {
		switch in.Op {
		case OpMove, OpConstInt, OpConstFloat, OpConstBool:
			continue
		case OpMark:
			for _, next := range instrs[i+1:] {
				switch next.Op {
				case OpMove, OpConstInt, OpConstFloat, OpConstBool:
					continue
				case OpMark, OpJump:
					return false
				}
				return true
			}
		}
		return false
	}
	return false
}

// A mark table (Func.MarkTable) compiles the marks into code offsets
// instead of stores, for a profiler that samples the instruction pointer
// (ThreadPC): Code.MarkAt gives the mark in effect at a PC. Within a block
// that is the block's last mark before the PC; before its first mark, the
// mark in effect when the block starts: the last mark of every block that
// jumps to it, when they agree (entryMarks). The stores' semantics, without
// the stores.

// pcMark says that from code offset off on, mark id is in effect (-1:
// none known).
type pcMark struct {
	off uint32
	id  int32
}

// noMark is the id of code where no mark is known to be in effect.
const noMark = -1

// entryMarks returns, per block, the mark in effect when it starts: the
// last mark of each predecessor (or the one in effect at its start, when
// it has none), if they all agree; noMark otherwise and at the entry.
func (f *Func) entryMarks() []int32 {
	const unset = -2
	idx := make(map[*Block]int, len(f.Blocks))
	for i, b := range f.Blocks {
		idx[b] = i
	}
	last := make([]int32, len(f.Blocks)) // the block's own last mark, or unset
	for i, b := range f.Blocks {
		last[i] = unset
		for k := range b.Instrs {
			if m, ok := markOf(&b.Instrs[k]); ok {
				last[i] = m
			}
		}
	}
	in := make([]int32, len(f.Blocks))
	for i := range in {
		in[i] = unset
	}
	if len(in) > 0 {
		in[0] = noMark
	}
	meet := func(a, b int32) int32 {
		switch {
		case a == unset:
			return b
		case b == unset, a == b:
			return a
		}
		return noMark
	}
	for changed := true; changed; {
		changed = false
		for i, b := range f.Blocks {
			out := last[i]
			if out == unset {
				out = in[i]
			}
			if out == unset || len(b.Instrs) == 0 {
				continue
			}
			term := b.Instrs[len(b.Instrs)-1]
			for _, t := range term.Targets {
				if t == nil {
					continue
				}
				j, ok := idx[t]
				if !ok || j == 0 {
					continue // the entry is entered afresh
				}
				if m := meet(in[j], out); m != in[j] {
					in[j], changed = m, true
				}
			}
		}
	}
	for i := range in {
		if in[i] == unset {
			in[i] = noMark // unreachable
		}
	}
	return in
}

// MarkAt returns the mark in effect at instruction pointer pc when pc is
// in c's code and c has a mark table that knows one there.
func (c *Code) MarkAt(pc uintptr) (int32, bool) {
	base := c.mem.entry()
	if len(c.marks) == 0 || pc < base || pc >= base+uintptr(c.Stats.CodeSize) {
		return 0, false
	}
	off := uint32(pc - base)
	// the last entry at or before off
	i := sort.Search(len(c.marks), func(i int) bool { return c.marks[i].off > off }) - 1
	if i < 0 || c.marks[i].id == noMark {
		return 0, false
	}
	return c.marks[i].id, true
}

// attachMarks removes the OpMarks of a Func with a mark table, attaching
// each to the first instruction after it that is not a copy or a
// constant, so that the optimizer and the
// register allocator see the instructions of an unprofiled run and make
// the same code. A pass that removes an instruction drops its mark: the
// code there then counts as the line before, as a dropped shadowed mark
// does.
func (f *Func) attachMarks() {
	for _, b := range f.Blocks {
		kept := b.Instrs[:0]
		var pending int32
		for _, in := range b.Instrs {
			if in.Op == OpMark {
				pending = in.ID + 1
				continue
			}
			switch in.Op {
			case OpMove, OpConstInt, OpConstFloat, OpConstBool:
				// the optimizer hoists constants and drops copies: the
				// mark goes to the work after them (as dropShadowedMarks
				// drops a mark that only copies separate from the next)
			default:
				if pending != 0 {
					in.mark, pending = pending, 0
				}
			}
			kept = append(kept, in)
		}
		b.Instrs = kept
	}
}

// markOf returns the mark in effect from in on (attached by attachMarks
// or an OpMark itself), if any.
func markOf(in *Instr) (int32, bool) {
	switch {
	case in.Op == OpMark:
		return in.ID, true
	case in.mark != 0:
		return in.mark - 1, true
	}
	return 0, false
}
