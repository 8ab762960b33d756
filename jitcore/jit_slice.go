package jitcore

import (
	"unsafe"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
	"jitlens/jitcore/pystr"
)

// List slices in native code: `y = x[a:b:c]` (any bound None or an int)
// and `y = x.copy()`, where x is a list the code reads in place and y a
// local. The new list is made by a call out to Go, which copies the
// elements, stores the list where the garbage collector sees it and
// rebinds every list buffer (jit_listfn.go) before native code goes on:
//   - a compiled loop: y must hold a list when the loop is entered (it is
//     one of the loop's list locals); the call out stores the new list in
//     the interpreter frame's local, from which the loop binds its lists.
//   - a whole function: the slice is a list the function makes (like
//     [x] * n), kept in the activation's funcLists until an exit stores it
//     into its local.
//
// The call out fails (and the interpreter redoes the slice from
// BUILD_SLICE or LOAD_METHOD, raising or making a tuple as Python does)
// when the step is zero or x is not a list. The elements of the new list
// are not checked: loads guard their kind, as for any list.

// callSliceBase+((mask*maxJITLists)+src)*maxJITLists+dst slices list src
// into list dst; mask says which of start, stop and step are given.
const callSliceBase = 1024

// Bits of a slice's mask: the bounds that are not None.
const (
	sliceHasStart = 1 << iota
	sliceHasStop
	sliceHasStep
)

func sliceCallNum(src, dst, mask int) int {
	return callSliceBase + (mask*maxJITLists+src)*maxJITLists + dst
}

func decodeSliceCall(fn int) (src, dst, mask int) {
	x := fn - callSliceBase
	return (x / maxJITLists) % maxJITLists, x % maxJITLists, x / (maxJITLists * maxJITLists)
}

// sliceGuard is what a failed slice call out means, for the deopt event.
const sliceGuard = "the sliced object is a list and the slice's step is not zero"

// noneInSlice reports whether the None constant loaded at pc is a bound
// of a slice (BUILD_SLICE follows after simple operand loads).
func (t *translator) noneInSlice(pc int) bool {
	for q := pc + 1; q <= t.end && q <= pc+8; q++ {
		switch t.code.Instrs[q].Op {
		case bc.BUILD_SLICE:
			return true
		case bc.LOAD_FAST, bc.LOAD_CONST, bc.BINARY_OP, bc.UNARY_OP:
		default:
			return false
		}
	}
	return false
}

// buildSlice translates BUILD_SLICE followed by BINARY_SUBSCR of a list
// and STORE_FAST: the slice is made by a call out. It reports whether
// it translated the instructions (false, nil: not this shape).
func (t *translator) buildSlice(b *native.Block, pc int, st []slotKind) (bool, *refusal) {
	code := t.code
	m := int(code.Instrs[pc].Arg)
	n := len(st)
	if (m != 2 && m != 3) || n < m+1 || pc+2 > t.end || code.Instrs[pc+1].Op != bc.BINARY_SUBSCR {
		return false, nil
	}
	if !st[n-m-1].isList() {
		return false, nil
	}
	if code.Instrs[pc+2].Op != bc.STORE_FAST {
		return true, t.refuse(pc, "a list slice used otherwise than assigned to a local")
	}
	mask := 0
	var args []native.Reg // the bounds given, in order
	for i := 0; i < m; i++ {
		switch k := st[n-m+i]; k {
		case skNone:
		case skInt:
			mask |= 1 << i
			args = append(args, t.reg(n-m+i, skInt))
		default:
			return true, t.refuse(pc, "a slice bound that is %s", withArticle(k.String()))
		}
	}
	return true, t.sliceStore(b, pc, pc+2, st, m, mask, args)
}

// listCopy translates `x.copy()` of a list assigned to a local (LOAD_METHOD
// copy, CALL 0, STORE_FAST) as the slice x[:]. It reports whether it
// translated the instructions.
func (t *translator) listCopy(b *native.Block, pc int, st []slotKind) (bool, *refusal) {
	code := t.code
	in := code.Instrs[pc]
	if in.Op != bc.LOAD_METHOD || code.Names[in.Arg] != "copy" || pc+2 > t.end ||
		code.Instrs[pc+1].Op != bc.CALL || code.Instrs[pc+1].Arg != 0 || code.Instrs[pc+2].Op != bc.STORE_FAST {
		return false, nil
	}
	return true, t.sliceStore(b, pc, pc+2, st, 0, 0, nil)
}

// sliceStore emits the call out making the slice of the list below the m
// bounds on the stack and storing it into the local of the STORE_FAST at
// store; native code goes on after the store. Exits redo from pc.
func (t *translator) sliceStore(b *native.Block, pc, store int, st []slotKind, m, mask int, args []native.Reg) *refusal {
	code := t.code
	n := len(st)
	if t.inline != nil || t.callee != nil {
		return t.refuse(pc, "a list slice inside an inlined call")
	}
	for q := pc + 1; q <= store; q++ {
		if t.known[q-t.header] {
			return t.refuse(pc, "a jump into a list slice")
		}
	}
	srcList := t.lists[st[n-m-1]-skListBase]
	if !srcList.plainList() {
		return t.refuse(pc, "a slice of a tuple or of a list of containers")
	}
	out := st[:n-m-1]
	slot := int(code.Instrs[store].Arg)
	var dst *jitLocal
	if t.fnMode {
		if l, ok := t.locals[slot]; ok && l.kind.isList() && !l.param && l.gname == "" && l.slot == slot {
			dst = l // a list the function made before for this local
		}
		for _, l := range t.lists {
			if dst == nil && l.madeAt == store {
				dst = l // a loop makes it again
			}
		}
		if dst == nil {
			var r *refusal
			if dst, r = t.addList(pc, -1, srcList.elem, srcList.compact); r != nil {
				return r
			}
			dst.madeAt = store
		}
		if r := t.storeList(store, push(out, dst.kind)); r != nil {
			return r
		}
	} else {
		li, ok := t.listIndex[slot]
		if !ok {
			return t.refuse(pc, "a list slice assigned to `%s`, which holds no list when the loop starts", code.VarNames[slot])
		}
		dst = t.lists[li]
	}
	if t.iteratesOver(slot, store) {
		// the for loop must go on over the old list
		return t.refuse(pc, "a list slice assigned to `%s` inside a for loop over it", code.VarNames[slot])
	}
	if !dst.plainList() {
		return t.refuse(pc, "a list slice assigned to `%s`, which holds a tuple or a list of containers", code.VarNames[slot])
	}
	if dst.compact && !srcList.compact {
		return t.refuse(pc, "a slice of a generic list assigned to `%s`, which holds a compact list", code.VarNames[slot])
	}
	src := int(srcList.kind - skListBase)
	id := t.exitID(pc)
	b.Call(native.NoReg, sliceCallNum(src, int(dst.kind-skListBase), mask), args, id, t.state(pc, pc, st, sliceGuard)...)
	next, r := t.target(pc, store+1, out)
	if r != nil {
		return r
	}
	b.Jump(next, id)
	return nil
}

// iteratesOver reports whether the store at pc is inside a for loop over
// the local slot (LOAD_FAST slot, GET_ITER, FOR_ITER to its end): the
// loop's iterator reads the list through the local's buffer.
func (t *translator) iteratesOver(slot, pc int) bool {
	code := t.code
	for q := t.header; q+2 <= t.end; q++ {
		in := code.Instrs[q]
		if in.Op != bc.LOAD_FAST || int(in.Arg) != slot || code.Instrs[q+1].Op != bc.GET_ITER {
			continue
		}
		if it := code.Instrs[q+2]; it.Op != bc.FOR_ITER || (pc > q+2 && pc < int(it.Arg)) {
			return true
		}
	}
	return false
}

// plainList reports whether list entry l is a list of numbers (not a
// tuple, nor a list of containers, jit_nested.go).
func (l *jitLocal) plainList() bool {
	if l.ct != nil && (l.ct.tuple || l.ct.sub != nil) {
		return false
	}
	_, isList := l.gval.o.(*List)
	return l.gname == "" || isList
}

// sliceStoreAt reports whether the STORE_FAST at pc stores a list slice or
// copy that buildSlice / listCopy translate (the call out binds the new
// list, so the local needs no dynamic buffer).
func (t *translator) sliceStoreAt(pc int) bool {
	code := t.code
	if pc < 2 || pc-2 < t.header {
		return false
	}
	a, b := code.Instrs[pc-2], code.Instrs[pc-1]
	return (a.Op == bc.BUILD_SLICE && b.Op == bc.BINARY_SUBSCR) ||
		(a.Op == bc.LOAD_METHOD && code.Names[a.Arg] == "copy" && b.Op == bc.CALL && b.Arg == 0)
}

// onlySliceStored reports whether the loop assigns local slot only list
// slices or copies, and never copies its reference to another local: the
// slice call out then binds its buffer, which needs no dynamic binding
// (jit_nested.go).
func (t *translator) onlySliceStored(slot int) bool {
	code := t.code
	stored := false
	for pc := t.header; pc <= t.end; pc++ {
		in := code.Instrs[pc]
		switch {
		case in.Op == bc.STORE_FAST && int(in.Arg) == slot:
			if !t.sliceStoreAt(pc) {
				return false
			}
			stored = true
		case in.Op == bc.LOAD_FAST && int(in.Arg) == slot && pc < t.end && code.Instrs[pc+1].Op == bc.STORE_FAST:
			return false
		}
	}
	return stored
}

// loopTupleReturn translates `return a, b` inside a compiled loop: native
// code leaves at the BUILD_TUPLE and the interpreter builds the tuple and
// returns it.
func (t *translator) loopTupleReturn(b *native.Block, pc int, st []slotKind) bool {
	code := t.code
	m := int(code.Instrs[pc].Arg)
	if t.fnMode || t.callee != nil || t.inline != nil || pc+1 > t.end || code.Instrs[pc+1].Op != bc.RETURN_VALUE || m > len(st) {
		return false
	}
	for _, k := range st[len(st)-m:] {
		if !k.scalar() && !k.isList() && k != skNone {
			return false
		}
	}
	b.Deopt(t.exitID(pc), t.state(pc, pc, st, "")...)
	return true
}

// sliceBounds resolves the call out's arguments (the bounds given, in
// order; mask says which) against a list of length n; false when the
// step is zero (the interpreter redoes it and raises).
func sliceBounds(n int, args []native.Value, mask int) (start, step, cnt int, ok bool) {
	// bounds past ±2**62 clamp like the interpreter's (sliceInt)
	clamp := func(v int64) int { return int(max(min(v, 1<<62), -1<<62)) }
	var lo, hi int
	a := 0
	if mask&sliceHasStart != 0 {
		lo, a = clamp(args[a].Int()), a+1
	}
	if mask&sliceHasStop != 0 {
		hi, a = clamp(args[a].Int()), a+1
	}
	step = 1
	if mask&sliceHasStep != 0 {
		if step = clamp(args[a].Int()); step == 0 {
			return 0, 0, 0, false
		}
	}
	start, _, cnt = pystr.AdjustIndices(n, lo, hi, step, mask&sliceHasStart != 0, mask&sliceHasStop != 0)
	return start, step, cnt, true
}

// makeSlice returns xs[start:stop:step] as a list: old itself, refilled,
// when reuse allows it (old is held only by the local being assigned, so
// no one can tell it from a new list) and it is not the list sliced; nil
// when xs is not a list or the step is zero.
//
// The new list is compact when compact is set (the destination's buffer
// is compiled for one; xs must then be compact), else generic. xs itself
// keeps its layout: native code may hold it.
func makeSlice(xs Object, old *List, reuse bool, args []native.Value, mask int, compact bool) *List {
	l, ok := xs.(*List)
	if !ok || (compact && l.c == nil) {
		return nil
	}
	start, step, cnt, ok := sliceBounds(l.length(), args, mask)
	if !ok {
		return nil
	}
	if compact {
		return compactSlice(l, old, reuse, start, step, cnt) // list_compact.go
	}
	if l.c != nil {
		vs := make([]Value, cnt)
		for i := range vs {
			vs[i] = l.at(start + i*step)
		}
		return &List{vals: vs}
	}
	if !reuse || old == nil || old == l || old.c != nil || cap(old.vals) < cnt {
		if step == 1 {
			return &List{vals: append([]Value(nil), l.values()[start:start+cnt]...)}
		}
		return &List{vals: sliceItems(l.values(), start, step, cnt)}
	}
	prev := len(old.values())
	old.setVals(old.values()[:cnt])
	if step == 1 {
		copy(old.values(), l.values()[start:start+cnt])
	} else {
		for i := range old.values() {
			old.values()[i] = l.values()[start+i*step]
		}
	}
	if prev > cnt {
		clear(old.values()[cnt:prev]) // drop the references the old list held
	}
	return old
}

// sliceRun is what the slice call outs of one native run of a loop made:
// such a list is held only by its local until the run ends, unless the
// code copies the reference to another local (onlyHolder checks): native
// code stores no list anywhere else and passes none to Go code that could
// keep it (a call out takes numbers only).
type sliceRun struct {
	made [maxJITLists]*List
	// the items a made list had when its buffer was last bound
	base [maxJITLists]unsafe.Pointer
	n    [maxJITLists]int
}

// sliceCallOut makes a slice for a compiled loop: the new list goes into
// its local in f (and, for a list the loop assigns, into its dynamic
// buffer's object word, jit_nested.go), and its buffer is bound (the call
// out changes no other list).
func (c *compiledLoop) sliceCallOut(f *Frame, fr *native.Frame, run *sliceRun, iterList *List, fn int, args []native.Value) (native.Value, error) {
	src, dst, mask := decodeSliceCall(fn)
	if src >= len(c.lists) || dst >= len(c.lists) || c.lists[dst].slot < 0 || c.lists[dst].gname != "" {
		return native.Value{}, errRedoCall
	}
	d := &c.lists[dst]
	old := run.made[dst]
	reuse := old != nil && old != iterList && c.onlyHolder(f, fr, dst, old)
	l := makeSlice(c.containerObj(f, fr, src), old, reuse, args, mask, d.compact)
	if l == nil {
		return native.Value{}, errRedoCall
	}
	bound := l == old && l.length() == run.n[dst] && l.data() == run.base[dst]
	run.made[dst], run.n[dst], run.base[dst] = l, l.length(), l.data()
	f.s[d.slot] = Obj(l)
	switch {
	case bound: // refilled in place: the buffer is bound to it already
	case d.dyn:
		fr.SetObject(d.buf, unsafe.Pointer(l))
	default:
		bindList(fr, d.buf, l, d.compact) // l has that layout (makeSlice)
	}
	return native.Value{}, nil
}

// onlyHolder reports whether list entry dst holds old and no other entry
// does. old was made in this run, so only the entries the loop assigns
// (dynamic ones, jit_nested.go, which may copy a reference between
// locals) can hold it.
func (c *compiledLoop) onlyHolder(f *Frame, fr *native.Frame, dst int, old *List) bool {
	for i := range c.lists {
		l := &c.lists[i]
		if i != dst && !l.dyn {
			continue
		}
		o := c.containerObj(f, fr, i)
		if held := o == Object(old); held != (i == dst) {
			return false
		}
	}
	return true
}

// sliceCallOut makes a slice for a compiled function: the new list is one
// the activation made (an exit stores it into its local, and the
// interpreter finishes the call), so the list it made there before, which
// only that local held (storeList), may be refilled.
func (c *compiledFunc) sliceCallOut(fn int, args []native.Value) (native.Value, error) {
	a, fr, f := c.curLists, c.curFrame, c.cur
	src, dst, mask := decodeSliceCall(fn)
	if a == nil || fr == nil || f == nil || src >= len(c.lists) || dst >= len(c.lists) {
		return native.Value{}, errRedoCall
	}
	l := makeSlice(c.listValue(f, a, src).o, a.made[dst], true, args, mask, c.lists[dst].compact)
	if l == nil {
		return native.Value{}, errRedoCall
	}
	a.made[dst] = l
	bindList(fr, c.lists[dst].buf, l, c.lists[dst].compact) // l has that layout (makeSlice)
	return native.Value{}, nil
}

// waitsForLocal reports whether a local the compiled loop needs has no
// value yet in f (a new call of the function reaching the loop's
// back-edge before the body assigns it, as `p = perm[:]` under an `if`):
// the code stays valid and is entered once the local is assigned, instead
// of counting as a type change that recompiles, and in the end refuses,
// a loop of a function called many times.
func (lp *jitLoop) waitsForLocal(f *Frame) bool {
	c := lp.compiled
	for _, l := range c.locals {
		if f.s[l.slot].k == kNull {
			return true
		}
	}
	for _, l := range c.lists {
		if l.slot >= 0 && l.gname == "" && f.s[l.slot].k == kNull {
			return true
		}
	}
	return false
}
