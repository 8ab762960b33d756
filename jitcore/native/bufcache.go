package native

import "sort"

// Buffer bases and lengths in machine registers.
//
// A buffer's base and length live in context words because Go may rebind
// them at any exit that resumes (a call, a poll) and OpLoadBuffer /
// OpCopyBuffer rebind them in native code. Between such points they cannot
// change, so within a block a run of accesses to one buffer (a segment)
// reads them from the context once, at its first access (or takes them
// from the OpLoadBuffer that binds the buffer), into pool registers that
// no virtual register holds over the segment. Exits inside a segment are
// all terminal (guards, errors); the code generator checks that no
// resumable exit appears inside one.
//
// Over the same stretch two facts let checks go that could not fail, so
// every exit stays where it was: a constant index below one already
// checked (or below a length a guard proved, as an unpacking does) needs
// no length check, and a record whose tag an earlier load checked or a
// store wrote needs no tag check, nor a tag write, until a store through
// a buffer of another tag (one list may back two buffers).

// bufCache is the plan for the access to a buffer at one position.
type bufCache struct {
	base, len int16 // machine registers holding the base and length (0: read the context)
	load      bool  // this access loads them from the context first
}

// bufPlan is the plan of a whole Func, by position.
type bufPlan struct {
	use    map[int]bufCache // the buffer an instruction reads (OpLoadBuffer: its source)
	def    map[int]bufCache // OpLoadBuffer: the registers it binds its destination into
	inside []bool           // positions inside a segment that continues after them
	// loads and stores at a constant index of a boxed buffer whose record
	// is known to hold the buffer's Tag: an earlier load checked it or a
	// store wrote it, with nothing since that could change it
	known map[int]bool
	// accesses at a constant index below one an earlier access of the
	// same binding already checked: the length check cannot fail
	inRange map[int]bool
}

// segment is a run of accesses to one buffer with no rebinding between.
type segment struct {
	buf        int
	start, end int   // positions of the first and last access
	def        bool  // starts at the OpLoadBuffer binding buf
	uses       []int // positions of the accesses (the def excluded)
	base, len  int16
}

// keepsBuffers reports whether op leaves every buffer's binding alone and
// never exits to be resumed (a new op counts as a rebinding until listed
// here).
func keepsBuffers(op Op) bool {
	switch op {
	case OpConstInt, OpConstFloat, OpConstBool, OpMove,
		OpAddInt, OpSubInt, OpMulInt, OpNegInt, OpFloorDivInt, OpModInt, OpShlInt, OpShrInt,
		OpAndInt, OpOrInt, OpXorInt, OpInvertInt, OpBoolToInt, OpAddIntWrap,
		OpAddFloat, OpSubFloat, OpMulFloat, OpDivFloat, OpNegFloat, OpAbsFloat, OpSqrtFloat,
		OpIntToFloat, OpFloatToInt, OpCmpInt, OpCmpFloat, OpNotBool,
		OpLen, OpLoadInt, OpLoadFloat, OpStoreInt, OpStoreFloat, OpGuard, OpMark:
		return true
	}
	return false
}

// planBuffers finds the segments of f and gives them free pool registers.
func planBuffers(f *Func, al *allocation) *bufPlan {
	n := 0
	for _, b := range f.Blocks {
		n += len(b.Instrs)
	}
	plan := &bufPlan{use: map[int]bufCache{}, def: map[int]bufCache{}, inside: make([]bool, n), known: map[int]bool{}, inRange: map[int]bool{}}
	var segs []*segment
	type record struct {
		buf int
		k   int64
	}
	for _, b := range f.Blocks {
		open := map[int]*segment{}
		tagged := map[record]bool{}
		checked := map[int]int64{} // buffer: a bound its length is known to reach
		// constIndex notes a constant index k >= 0 of buf checked at p
		constIndex := func(buf int, r Reg, p int) (int64, bool) {
			l := al.loc[r]
			if l.kind != locConst || l.imm < 0 || l.imm >= 1<<20 {
				return 0, false
			}
			plan.inRange[p] = l.imm < checked[buf]
			checked[buf] = max(checked[buf], l.imm+1)
			return l.imm, true
		}
		// a register holding len(buf), and a bool holding len(buf) >= n:
		// a guard on the bool proves the length (an unpacking's check)
		lenOf, atLeast := map[Reg]int{}, map[Reg]lenFact{}
		rebound := func(buf int) {
			delete(checked, buf)
			for r, b := range lenOf {
				if b == buf {
					delete(lenOf, r)
				}
			}
			for r, l := range atLeast {
				if l.buf == buf {
					delete(atLeast, r)
				}
			}
		}
		forget := func(keep func(buf int) bool) {
			for r := range tagged {
				if !keep(r.buf) {
					delete(tagged, r)
				}
			}
		}
		closeSeg := func(buf int) {
			if s := open[buf]; s != nil {
				if len(s.uses) >= 2 || (s.def && len(s.uses) >= 1) {
					segs = append(segs, s)
				}
				delete(open, buf)
			}
		}
		use := func(buf, p int) {
			s := open[buf]
			if s == nil {
				s = &segment{buf: buf, start: p}
				open[buf] = s
			}
			s.uses = append(s.uses, p)
			s.end = p
		}
		for i := range b.Instrs {
			in := &b.Instrs[i]
			p := al.blockPos[b.Index] + i
			fact, isFact := lengthFact(in, al, lenOf)
			if in.Op == OpGuard {
				if l, ok := atLeast[in.A]; ok {
					checked[l.buf] = max(checked[l.buf], l.n)
				}
			}
			if in.Dst != NoReg {
				delete(lenOf, in.Dst)
				delete(atLeast, in.Dst)
			}
			if in.Op == OpLen {
				lenOf[in.Dst] = int(in.Imm)
			}
			if isFact {
				atLeast[in.Dst] = fact
			}
			switch in.Op {
			case OpLen, OpLoadInt, OpLoadFloat, OpStoreInt, OpStoreFloat:
				buf := int(in.Imm)
				use(buf, p)
				if in.Op == OpLen {
					break
				}
				k, isConst := constIndex(buf, in.A, p)
				bx := f.box(buf)
				if bx == nil {
					break
				}
				if in.Op == OpStoreInt || in.Op == OpStoreFloat {
					// it writes bx.Tag: a buffer of another tag may
					// share the records
					forget(func(o int) bool { return f.box(o).Tag == bx.Tag })
				}
				if isConst {
					r := record{buf, k}
					plan.known[p] = tagged[r]
					tagged[r] = true
				}
			case OpLoadBuffer:
				src, dst := bufferPair(in.Imm)
				use(src, p)
				constIndex(src, in.A, p)
				closeSeg(dst)
				rebound(dst)
				open[dst] = &segment{buf: dst, start: p, end: p, def: true}
				forget(func(o int) bool { return o != dst })
			case OpCopyBuffer:
				_, dst := bufferPair(in.Imm)
				closeSeg(dst)
				rebound(dst)
				forget(func(o int) bool { return o != dst })
			default:
				if !keepsBuffers(in.Op) {
					for buf := range open {
						closeSeg(buf)
					}
					clear(tagged)
					clear(checked)
					clear(lenOf)
					clear(atLeast)
				}
			}
		}
		for buf := range open {
			closeSeg(buf)
		}
	}
	// Busy ranges of each pool register: the virtual registers it holds.
	busy := map[int16][][2]int{}
	for r, l := range al.loc {
		if iv := al.intervals[r]; l.kind == locReg && iv.start <= iv.end {
			busy[l.reg] = append(busy[l.reg], [2]int{iv.start, iv.end})
		}
	}
	pool := intPool[:min(len(intPool), poolLimit)]
	take := func(s *segment) int16 {
		lo, hi := 2*s.start, 2*s.end+1
		for _, m := range pool {
			free := true
			for _, r := range busy[m] {
				if r[0] <= hi && r[1] >= lo {
					free = false
					break
				}
			}
			if free {
				busy[m] = append(busy[m], [2]int{lo, hi})
				return m
			}
		}
		return 0
	}
	// The busiest segments first; bases before lengths (a length check
	// reads memory cheaply, an address needs a register).
	sort.Slice(segs, func(i, j int) bool {
		if len(segs[i].uses) != len(segs[j].uses) {
			return len(segs[i].uses) > len(segs[j].uses)
		}
		if segs[i].start != segs[j].start {
			return segs[i].start < segs[j].start
		}
		return segs[i].buf < segs[j].buf
	})
	for _, s := range segs {
		s.base = take(s)
	}
	for _, s := range segs {
		if s.base != 0 {
			s.len = take(s)
		}
	}
	for _, s := range segs {
		if s.base == 0 {
			continue
		}
		c := bufCache{base: s.base, len: s.len}
		if s.def {
			plan.def[s.start] = c
		}
		for k, p := range s.uses {
			c.load = k == 0 && !s.def
			plan.use[p] = c
		}
		for p := s.start; p < s.end; p++ {
			plan.inside[p] = true
		}
	}
	return plan
}

// lenFact says a buffer's length is at least n.
type lenFact struct {
	buf int
	n   int64
}

// lengthFact recognizes a compare whose true result proves a length:
// len(buf) == k, >= k or > k (either operand order), lenOf giving the
// registers that hold a length.
func lengthFact(in *Instr, al *allocation, lenOf map[Reg]int) (lenFact, bool) {
	if in.Op != OpCmpInt {
		return lenFact{}, false
	}
	x, y, c := in.A, in.B, in.Cond
	if _, ok := lenOf[x]; !ok {
		x, y, c = y, x, swapCond[c]
	}
	buf, ok := lenOf[x]
	if l := al.loc[y]; !ok || l.kind != locConst {
		return lenFact{}, false
	}
	n := al.loc[y].imm
	switch c {
	case EQ, GE:
	case GT:
		n++
	default:
		return lenFact{}, false
	}
	return lenFact{buf, n}, n > 0
}
