package native

import (
	"math"
	"slices"
	"sort"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Machine register roles. DI holds the context for the whole function and
// R15 the fuel counter; AX, CX, DX, R11 and X0, X1, X15 are scratch for
// single instructions; the rest hold virtual registers. BP and SP are never
// touched.
const (
	regCtx  = x86.REG_DI
	regFuel = x86.REG_R15
)

var (
	intPool   = []int16{x86.REG_BX, x86.REG_SI, x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R12, x86.REG_R13, x86.REG_R14}
	floatPool = []int16{x86.REG_X2, x86.REG_X3, x86.REG_X4, x86.REG_X5, x86.REG_X6, x86.REG_X7, x86.REG_X8,
		x86.REG_X9, x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13, x86.REG_X14}
)

// locKind says where a virtual register lives.
type locKind uint8

const (
	locNone  locKind = iota // never live (dead or unused)
	locReg                  // a machine register for its whole interval
	locSlot                 // its home slot in the context
	locConst                // an int/bool constant used as an immediate
	locFlags                // a compare fused into the branch that reads it
)

type location struct {
	kind locKind
	reg  int16
	imm  int64
}

// interval is the range of instruction positions over which a register
// holds a value that may still be read: position 2i is the reads of the
// i-th instruction (in layout order), 2i+1 its write.
type interval struct {
	reg        Reg
	start, end int
}

// poolLimit caps how many machine registers of each class the allocator
// uses; tests lower it to exercise the spilled paths.
var poolLimit = math.MaxInt

// allocation is the result of register allocation.
type allocation struct {
	loc       []location
	intervals []interval // by register; start > end when never live
	blockPos  []int      // position of each block's first instruction
	spills    int        // registers that live in their slot
}

// covers reports whether r's interval contains position p.
func (al *allocation) covers(r Reg, p int) bool {
	iv := al.intervals[r]
	return iv.start <= p && p <= iv.end
}

// inRegisterAt lists the registers held in machine registers at p.
func (al *allocation) inRegisterAt(p int) []Reg {
	var out []Reg
	for r, l := range al.loc {
		if l.kind == locReg && al.covers(Reg(r), p) {
			out = append(out, Reg(r))
		}
	}
	return out
}

// allocate runs liveness analysis and linear-scan allocation over f.
func allocate(f *Func) *allocation {
	n := len(f.Types)
	al := &allocation{loc: make([]location, n), intervals: make([]interval, n), blockPos: make([]int, len(f.Blocks))}
	defs, uses := make([]int, n), make([]int, n)
	constDef := make([]*Instr, n)
	pos := 0
	for _, b := range f.Blocks {
		al.blockPos[b.Index] = pos
		for i := range b.Instrs {
			in := &b.Instrs[i]
			in.uses(func(r Reg) { uses[r]++ })
			if in.Dst != NoReg {
				defs[in.Dst]++
				constDef[in.Dst] = in
			}
			pos++
		}
	}
	isParam := newRegSet(n)
	for _, p := range f.Params {
		isParam.add(p)
	}
	// Int and bool constants assigned once become immediates.
	for r := 0; r < n; r++ {
		in := constDef[r]
		if defs[r] == 1 && !isParam.has(Reg(r)) && (in.Op == OpConstInt || in.Op == OpConstBool) &&
			in.Imm >= math.MinInt32 && in.Imm <= math.MaxInt32 {
			al.loc[r] = location{kind: locConst, imm: in.Imm}
		}
	}
	// A compare read only by the branch right after it lives in the flags.
	for _, b := range f.Blocks {
		if len(b.Instrs) < 2 {
			continue
		}
		cmp, br := &b.Instrs[len(b.Instrs)-2], &b.Instrs[len(b.Instrs)-1]
		if br.Op == OpBranch && (cmp.Op == OpCmpInt || cmp.Op == OpCmpFloat) && cmp.Dst == br.A &&
			defs[cmp.Dst] == 1 && uses[cmp.Dst] == 1 && !isParam.has(cmp.Dst) {
			al.loc[cmp.Dst] = location{kind: locFlags}
		}
	}
	// So does a compare read only by the guard right after it (the length
	// check of an unpacking), unless the guard's State keeps it.
	for _, b := range f.Blocks {
		for i := 1; i < len(b.Instrs); i++ {
			cmp, gd := &b.Instrs[i-1], &b.Instrs[i]
			if gd.Op == OpGuard && (cmp.Op == OpCmpInt || cmp.Op == OpCmpFloat) && cmp.Dst == gd.A &&
				defs[cmp.Dst] == 1 && uses[cmp.Dst] == 1 && !isParam.has(cmp.Dst) && !slices.Contains(gd.State, cmp.Dst) {
				al.loc[cmp.Dst] = location{kind: locFlags}
			}
		}
	}
	al.buildIntervals(f)
	al.linearScan(f)
	return al
}

// buildIntervals computes block liveness, then one [start, end] range per
// register covering every position where it is live.
func (al *allocation) buildIntervals(f *Func) {
	n := len(f.Types)
	liveIn, liveOut := f.blockLiveness()
	for r := range al.intervals {
		al.intervals[r] = interval{reg: Reg(r), start: math.MaxInt, end: -1}
	}
	extend := func(r Reg, p int) {
		iv := &al.intervals[r]
		iv.start = min(iv.start, p)
		iv.end = max(iv.end, p)
	}
	for _, b := range f.Blocks {
		first := al.blockPos[b.Index]
		last := first + len(b.Instrs) - 1
		for r := 0; r < n; r++ {
			if liveIn[b.Index].has(Reg(r)) {
				extend(Reg(r), 2*first)
			}
			if liveOut[b.Index].has(Reg(r)) {
				extend(Reg(r), 2*last+1)
			}
		}
		for i := range b.Instrs {
			in := &b.Instrs[i]
			p := first + i
			in.uses(func(r Reg) { extend(r, 2*p) })
			if in.Dst != NoReg {
				extend(in.Dst, 2*p+1)
			}
			if in.Op == OpCallSelf {
				// the engine reads a waiting caller's State after a deopt
				// deep in the recursion (Frame.Unwind): the call saves
				// only what lives across it
				for _, r := range in.State {
					extend(r, 2*p+1)
				}
			}
		}
	}
	// Parameters are loaded at the entry, before the first instruction.
	for _, p := range f.Params {
		if liveIn[0].has(p) {
			extend(p, -1)
		}
	}
}

// linearScan gives each live register a machine register for its whole
// interval, spilling the interval that ends last when a class runs out.
func (al *allocation) linearScan(f *Func) {
	var order []interval
	for _, iv := range al.intervals {
		if iv.start > iv.end || al.loc[iv.reg].kind != locNone {
			continue
		}
		order = append(order, iv)
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].start != order[j].start {
			return order[i].start < order[j].start
		}
		return order[i].reg < order[j].reg
	})
	type class struct {
		free   []int16
		active []interval
	}
	ints := &class{free: append([]int16(nil), intPool[:min(len(intPool), poolLimit)]...)}
	floats := &class{free: append([]int16(nil), floatPool[:min(len(floatPool), poolLimit)]...)}
	for _, iv := range order {
		c := ints
		if f.Types[iv.reg] == Float {
			c = floats
		}
		// Expire intervals that ended before this one starts.
		kept := c.active[:0]
		for _, a := range c.active {
			if a.end < iv.start {
				c.free = append(c.free, al.loc[a.reg].reg)
			} else {
				kept = append(kept, a)
			}
		}
		c.active = kept
		if len(c.free) > 0 {
			r := c.free[0]
			c.free = c.free[1:]
			al.loc[iv.reg] = location{kind: locReg, reg: r}
			c.active = append(c.active, iv)
			continue
		}
		// Spill whichever ends last: it blocks a register the longest.
		if len(c.active) == 0 {
			al.loc[iv.reg] = location{kind: locSlot}
			al.spills++
			continue
		}
		far := 0
		for i, a := range c.active {
			if a.end > c.active[far].end {
				far = i
			}
		}
		if victim := c.active[far]; victim.end > iv.end {
			al.loc[iv.reg] = al.loc[victim.reg]
			al.loc[victim.reg] = location{kind: locSlot}
			c.active[far] = iv
		} else {
			al.loc[iv.reg] = location{kind: locSlot}
		}
		al.spills++
	}
	// Registers never live still get a slot so Frame reads are defined.
	for r := range al.loc {
		if al.loc[r].kind == locNone {
			al.loc[r] = location{kind: locSlot}
		}
	}
}
