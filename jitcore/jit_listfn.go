package jitcore

import (
	"errors"
	"unsafe"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Lists in native code: accessed in place.
//
// A list local (a parameter, a local of a compiled loop, a global, or a
// list the function makes) is a boxed native buffer (native/boxed.go)
// bound to its List's items array: the buffer's base and length live in
// the native frame's context, the List itself stays reachable from the
// interpreter frame's local (or the activation's funcLists for a made
// list, or the global), and the native.Frame keeps it too.
//   - A load bounds-checks the index (Python's negative indexes; IndexError
//     is left to the interpreter), then guards the element's kind (kInt,
//     kFloat or kBool, as compiled): a failed guard deoptimizes at that
//     BINARY_SUBSCR / FOR_ITER, so the interpreter redoes it.
//   - A store writes only a scalar over a scalar (k and n, never a Go
//     pointer, so no write barrier): over an element of kind kObj it
//     deoptimizes and the interpreter stores.
//   - Nothing is copied at entry or written back at exit, so two names for
//     one list, and Python code changing a list between entries, need no
//     checks. canEnter only checks that a list local still holds a list.
//   - Invalidation: every exit that runs Go code (a call out, a poll)
//     rebinds every list buffer before native code goes on (bindList), as
//     that code may have grown (reallocated) or shrunk a list. Compiled
//     code never changes a list's length itself. A reused native.Frame is
//     cleared so that it keeps no list alive.
//
// A compact list (list_compact.go: ints, floats or bools kept unboxed) is
// bound as an unboxed buffer over its words (bytes for bools) instead,
// chosen from the list's layout when compiling: canEnter refuses a list
// compiled as compact that is no longer compact, and bindList reports it
// at every rebinding, after which native code does not go on (a call out
// deoptimizes and is redone, a caller waiting in a native recursion goes
// on in the interpreter). A list compiled as generic that is compact at
// entry is made generic then; a generic list never becomes compact.
//
// A list made in the function ([x] * n or n * [x], x a number) is a new
// compact List made by a call out to Go; it is assigned to one local (or
// returned) at once. An exit stores the object into its local; a return of a list
// leaves natively at the RETURN_VALUE, which the interpreter then runs.
// Functions with lists have no native recursion (the made lists live in
// the activation).

// listTag is the kind tag the elements of a list of slot kind k have.
func (k slotKind) listTag() kind {
	switch k {
	case skFloat:
		return kFloat
	case skBool:
		return kBool
	}
	return kInt
}

// newListBuffer declares the buffer of a list of element kind elem (bools
// load and store as 0 and 1 in an int register): boxed over a generic
// list's []Value, or, for a compact list (list_compact.go), unboxed over
// its words.
func (t *translator) newListBuffer(elem slotKind, compact bool) int {
	if compact && elem == skBool {
		return t.fn.NewByteBuffer() // native/bytebuf.go
	}
	if compact {
		return t.fn.NewBuffer(elem.bufferType())
	}
	return t.fn.NewBoxedBuffer(elem.bufferType(), native.Box{Tag: uint8(elem.listTag()), PtrTag: uint8(kObj)})
}

// listName names list local l in a guard: `name`, or "a list".
func (t *translator) listName(l *jitLocal) string {
	switch {
	case l.gname != "":
		return "`" + l.gname + "`"
	case l.slot >= 0:
		return "`" + t.code.VarNames[l.slot] + "`"
	}
	return "a list"
}

// bindList binds buffer buf to the items of xs (a *List or *Tuple) in
// place: the words of a compact list when the buffer was compiled for one
// (compact), else the generic items (a compact list is made generic
// first). ok is false when the buffer is compact and xs is not a compact
// list (Go code made it generic): the buffer is left as it was and native
// code must not go on.
func bindList(fr *native.Frame, buf int, xs Object, compact bool) (ok bool) {
	var items []Value
	switch xs := xs.(type) {
	case *List:
		if compact {
			c := xs.c
			if c == nil {
				return false
			}
			switch c.k {
			case kFloat:
				fr.SetFloats(buf, unsafe.Slice((*float64)(unsafe.Pointer(unsafe.SliceData(c.w))), len(c.w)))
			case kBool:
				fr.SetBytes(buf, c.b)
			default:
				fr.SetInts(buf, c.w)
			}
			return true
		}
		items = xs.values()
	case *Tuple:
		if compact {
			return false
		}
		items = xs.items
	}
	fr.SetBoxed(buf, unsafe.Pointer(unsafe.SliceData(items)), len(items), xs)
	return true
}

// errListLayout is returned by a call hook when Go code made a list that
// native code reads as compact generic: the exit deoptimizes and the
// interpreter redoes the call (a math function or a list-making call out,
// which Python cannot observe being redone). The calls that run Python
// code are not call outs: they leave native code, which resumes only after
// bindFuncLists succeeds (runFuncExits).
var errListLayout = errors.New("jitcore: a compact list became generic")

// errPollLayout is the panic of a poll hook finding a compact list made
// generic: a poll runs only the profiler's sampler (which reads frames,
// not lists) or raises KeyboardInterrupt, so it cannot happen; native code
// must never read a list in the wrong layout.
var errPollLayout = errors.New("jitcore: a compact list became generic during a poll")

func init() {
	// the record layout native code assumes (native.BoxStride)
	var v Value
	if unsafe.Sizeof(v) != native.BoxStride || unsafe.Offsetof(v.n) != native.BoxPayload || unsafe.Offsetof(v.k) != 0 {
		panic("jitcore: Value layout differs from native.BoxStride / BoxPayload")
	}
}

// skLitBase+k is a one-element list literal [x] of scalar kind k on the
// value stack, about to be repeated (its element is in the slot's
// register of kind k).
const skLitBase slotKind = 64

// skTuple is the kind of a whole function returning a tuple (built by
// the interpreter at the BUILD_TUPLE the function leaves at).
const skTuple slotKind = 73

// tupleReturn translates BUILD_TUPLE m followed by RETURN_VALUE: native
// code leaves at the BUILD_TUPLE, which the interpreter runs with the
// values, and returns the tuple.
func (t *translator) tupleReturn(b *native.Block, pc int, st []slotKind) (bool, *refusal) {
	code := t.code
	m := int(code.Instrs[pc].Arg)
	if !t.fnMode || t.callee != nil || pc+1 > t.end || code.Instrs[pc+1].Op != bc.RETURN_VALUE || m > len(st) {
		return false, nil
	}
	for _, k := range st[len(st)-m:] {
		if !k.scalar() && !k.isList() {
			return false, nil
		}
	}
	if t.retKind != 0 && t.retKind != skTuple {
		return true, t.refuse(pc, "it returns a tuple here and %s elsewhere", withArticle(t.retKind.String()))
	}
	t.retKind = skTuple
	b.Deopt(t.exitID(pc), t.state(pc, pc, st, "")...)
	return true, nil
}

// skNone is None about to be returned (a whole function's `return None`).
const skNone slotKind = 72

func (k slotKind) isLit() bool { return k > skLitBase && k <= skLitBase+skBool }

// regKind is the kind of the register a stack slot of kind k uses (0:
// none).
func (k slotKind) regKind() slotKind {
	switch {
	case k.scalar():
		return k
	case k.isLit():
		return k - skLitBase
	}
	return 0
}

// maxMadeList bounds the lists native code makes itself; a bigger one is
// made by the interpreter.
const maxMadeList = 1 << 26

// addList makes a list local of element kind elem (slot -1: a list the
// function makes, not yet stored).
func (t *translator) addList(pc, slot int, elem slotKind, compact bool) (*jitLocal, *refusal) {
	if len(t.lists) == maxJITLists {
		return nil, t.refuse(pc, "more than %d lists", maxJITLists)
	}
	if t.listIndex == nil {
		t.listIndex = map[int]int{}
	}
	l := &jitLocal{slot: slot, kind: skListBase + slotKind(len(t.lists)), elem: elem, buf: t.newListBuffer(elem, compact), compact: compact}
	if slot >= 0 {
		t.listIndex[slot] = len(t.lists)
		t.locals[slot] = l
	}
	t.lists = append(t.lists, l)
	return l, nil
}

// listParam makes the parameter i holding list xs a list local.
func (t *translator) listParam(f *Frame, i int, xs *List) *refusal {
	name := t.code.VarNames[i]
	elem := listKind(xs)
	if elem == 0 {
		if xs.length() == 0 {
			return t.refuse(0, "the argument `%s` is an empty list", name)
		}
		return t.refuse(0, "the argument `%s` is a list that does not hold only ints, only floats or only bools", name)
	}
	l, r := t.addList(0, i, elem, xs.c != nil)
	if r != nil {
		return r
	}
	l.param = true
	return nil
}

// buildList translates BUILD_LIST 1 of a number about to be repeated by
// `*` ([0] * n): the literal stays in the number's register.
func (t *translator) buildList(pc int, st []slotKind) (slotKind, *refusal) {
	code := t.code
	in := code.Instrs[pc]
	n := len(st)
	if !t.fnMode || t.callee != nil || in.Arg != 1 || n < 1 || !st[n-1].scalar() {
		return 0, t.refuse(pc, "a list")
	}
	// an exit before the repetition materializes the literal (rebuild);
	// anything else done with it is refused
	return skLitBase + st[n-1], nil
}

// repeatList translates [x] * n (or n * [x]) into a new list made by a
// call out; it must be assigned to a local or returned at once.
func (t *translator) repeatList(b *native.Block, pc int, st []slotKind) (slotKind, *refusal) {
	n := len(st)
	lit, cnt := n-2, n-1
	if st[n-1].isLit() {
		lit, cnt = n-1, n-2
	}
	if op := binaryOperator(t.code.Instrs[pc].Arg); op != syntax.Mult {
		return 0, t.refuse(pc, "`%s` on a list", operatorSymbols[op])
	}
	if st[cnt] != skInt {
		return 0, t.refuse(pc, "a list repeated by %s", withArticle(st[cnt].String()))
	}
	next := bc.NOP
	if pc+1 <= t.end {
		next = t.code.Instrs[pc+1].Op
	}
	if next != bc.STORE_FAST && next != bc.RETURN_VALUE {
		return 0, t.refuse(pc, "a list used otherwise than assigned to a local or returned")
	}
	elem := st[lit] - skLitBase
	var l *jitLocal
	for _, m := range t.lists {
		if m.madeAt == pc+1 {
			l = m // a loop makes it again
		}
	}
	if l == nil {
		var r *refusal
		// the lists native code makes are compact, as the interpreter's
		// repetitions (list_compact.go)
		if l, r = t.addList(pc, -1, elem, true); r != nil {
			return 0, r
		}
		l.madeAt = pc + 1
	}
	id := t.exitID(pc)
	state := t.state(pc, pc, st, "the list fits in memory")
	b.Call(native.NoReg, callListBase+int(l.kind-skListBase), []native.Reg{t.reg(cnt, skInt), t.reg(lit, elem)}, id, state...)
	return l.kind, nil
}

// storeList translates STORE_FAST of a list the function made: each made
// list has one local.
func (t *translator) storeList(pc int, st []slotKind) *refusal {
	code := t.code
	slot := int(code.Instrs[pc].Arg)
	l := t.lists[st[len(st)-1]-skListBase]
	if l.param || (l.slot >= 0 && l.slot != slot) {
		return t.refuse(pc, "a list assigned to a second local `%s`", code.VarNames[slot])
	}
	if old, ok := t.locals[slot]; ok && old != l {
		return t.refuse(pc, "`%s` holds a list and %s", code.VarNames[slot], withArticle(old.kind.String()))
	}
	if l.slot < 0 {
		l.slot = slot
		t.listIndex[slot] = int(l.kind - skListBase)
		t.locals[slot] = l
	}
	t.assigned[slot] = true
	return nil
}

// funcLists is the native activation of a compiled function with lists:
// the lists it made.
type funcLists struct {
	made []*List // the made lists that exist in this activation
}

// listCallOut makes list i (call out callListBase+i) of args (count,
// element) and binds its buffer.
func (c *compiledFunc) listCallOut(fn int, args []native.Value) (native.Value, error) {
	a, fr := c.curLists, c.curFrame
	i := fn - callListBase
	if a == nil || fr == nil || i < 0 || i >= len(c.lists) {
		return native.Value{}, errRedoCall
	}
	cnt := max(args[0].Int(), 0)
	if cnt > maxMadeList {
		return native.Value{}, errRedoCall
	}
	var x Value
	switch c.lists[i].elem {
	case skFloat:
		x = Float(args[1].Float())
	case skBool:
		x = Bool(args[1].Bool())
	default:
		x = Int(args[1].Int())
	}
	a.made[i] = newCompactRepeat(x, int(cnt)) // list_compact.go
	if !c.bindFuncLists(c.cur, fr, a) {       // Go code ran: rebind every list
		return native.Value{}, errListLayout
	}
	return native.Value{}, nil
}

func boolBit(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// canEnterLists checks that the list parameters (and globals) still
// hold lists; their elements' kinds are guarded at each load.
func (c *compiledFunc) canEnterLists(f *Frame) bool {
	for _, l := range c.lists {
		if (l.param || l.gname != "") && !l.canEnterList(f) {
			return false
		}
	}
	return true
}

// canEnterList checks that list local l (a parameter or a loop's local,
// or a global) holds a list (a global: still its object).
func (l *jitLocal) canEnterList(f *Frame) bool {
	if l.ct != nil {
		return l.canEnterContainer(f) // jit_nested.go
	}
	if l.gname != "" {
		return l.canEnterGlobalList(f)
	}
	xs, ok := f.s[l.slot].o.(*List)
	return ok && f.s[l.slot].k == kObj && (!l.compact || xs.c != nil)
}

// bindFuncLists binds every list of the activation (running f) to its
// buffer in place: at entry (a has no made list yet) and after each call
// out. ok is false when a list compiled as compact is no longer compact
// (bindList): native code must not go on.
func (c *compiledFunc) bindFuncLists(f *Frame, fr *native.Frame, a *funcLists) (ok bool) {
	ok = true
	for i, l := range c.lists {
		switch {
		case l.param || l.gname != "":
			ok = bindList(fr, l.buf, l.listObj(f), l.compact) && ok
		case a.made[i] != nil:
			ok = bindList(fr, l.buf, a.made[i], l.compact) && ok
		}
	}
	return ok
}

// listValue is list i as a Python value at an exit.
func (c *compiledFunc) listValue(f *Frame, a *funcLists, i int) Value {
	l := c.lists[i]
	if l.param {
		return f.s[l.slot]
	}
	if l.gname != "" {
		return l.gval
	}
	if a.made[i] == nil {
		a.made[i] = &List{} // not made yet: as an empty buffer
		if l.compact {
			a.made[i] = newCompactRepeat(Value{k: l.elem.listTag()}, 0)
		}
	}
	return Obj(a.made[i])
}

// rebuildLists stores the made lists that exist into their locals.
func (c *compiledFunc) rebuildLists(g *Frame, a *funcLists) {
	for i, l := range c.lists {
		if !l.param && l.slot >= 0 && a.made[i] != nil {
			g.s[l.slot] = Obj(a.made[i])
		}
	}
}

// kindName names a parameter's or the result's kind in a signature.
func (c *compiledFunc) kindName(k slotKind) string {
	if k.isList() && int(k-skListBase) < len(c.lists) {
		return "list[" + c.lists[k-skListBase].elem.String() + "]"
	}
	return k.String()
}

func (c *compiledFunc) newFuncLists() *funcLists {
	n := len(c.lists)
	return &funcLists{made: make([]*List, n)}
}

// rangeVarStep translates range(start, stop, step) with a step known only
// at run time, called for a for loop: the count is computed on the step's
// sign; a zero step leaves the interpreter to raise. It returns the block
// where the caller goes on.
func (t *translator) rangeVarStep(b *native.Block, pc int, st []slotKind) (slotKind, *native.Block, *refusal) {
	n := len(st)
	code := t.code
	if pc+1 > t.end || code.Instrs[pc+1].Op != bc.GET_ITER {
		return 0, nil, t.refuse(pc, "range() used otherwise than in a for loop")
	}
	for a := 0; a < 3; a++ {
		if st[n-3+a] != skInt {
			return 0, nil, t.refuse(pc, "range() of %s", withArticle(st[n-3+a].String()))
		}
	}
	if len(t.viters) == maxVIters {
		return 0, nil, t.refuse(pc, "more than %d nested range() loops", maxVIters)
	}
	id := t.exitID(pc)
	state := t.state(pc, pc, st, "range() arguments fit in 64 bits and the step is not zero")
	start, stop, step := t.reg(n-3, skInt), t.reg(n-2, skInt), t.reg(n-1, skInt)
	regs := [3]native.Reg{t.fn.NewReg(native.Int), t.fn.NewReg(native.Int), t.fn.NewReg(native.Int)}
	pos, notPos, neg, zero, common := t.fn.NewBlock(), t.fn.NewBlock(), t.fn.NewBlock(), t.fn.NewBlock(), t.fn.NewBlock()
	c := t.fn.NewReg(native.Bool)
	b.Compare(native.OpCmpInt, native.GT, c, step, t.zeroI)
	b.Branch(c, pos, notPos, id)
	c2 := t.fn.NewReg(native.Bool)
	notPos.Compare(native.OpCmpInt, native.LT, c2, step, t.zeroI)
	notPos.Branch(c2, neg, zero, id)
	zero.Deopt(id, state...)
	// count = ceil(distance / |step|), at most 0 when the range is empty
	d, k, mag := t.fn.NewReg(native.Int), t.fn.NewReg(native.Int), t.fn.NewReg(native.Int)
	pos.Binary(native.OpSubInt, d, stop, start, id, state...)
	pos.Move(mag, step)
	pos.Jump(common, id)
	neg.Binary(native.OpSubInt, d, start, stop, id, state...)
	neg.Unary(native.OpNegInt, mag, step, id, state...)
	neg.Jump(common, id)
	one := t.fn.NewReg(native.Int)
	common.ConstInt(one, 1)
	common.Binary(native.OpSubInt, k, mag, one, id, state...)
	common.Binary(native.OpAddInt, d, d, k, id, state...)
	common.Binary(native.OpFloorDivInt, d, d, mag, id, state...)
	common.Move(regs[0], start)
	common.Move(regs[1], step)
	common.Move(regs[2], d)
	t.viters = append(t.viters, regs)
	return skVIterBase + slotKind(len(t.viters)-1), common, nil
}
