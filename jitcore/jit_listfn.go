package jitcore

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Lists in whole functions. A parameter holding a list of only ints, only
// floats or only bools is copied into an unboxed buffer when the function
// is entered natively (canEnter checks the element kind, and that no two
// parameters are the same list); the buffer is written back to the list
// at every exit, so the interpreter (after a deopt) and the caller see
// every store. Native code never changes a list's length, and no Python
// code runs while it runs, so the copy and the list cannot diverge.
//
// A list made in the function ([x] * n or n * [x], x a number) is a new
// buffer filled by a call out to Go; it is assigned to one local (or
// returned) at once. An exit materializes it as a list object in its
// local; a return of a list leaves natively at the RETURN_VALUE, which the
// interpreter then runs with the materialized list. Functions with lists
// have no native recursion (the lists live in the native frame).

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
func (t *translator) addList(pc, slot int, elem slotKind) (*jitLocal, *refusal) {
	if len(t.lists) == maxJITLists {
		return nil, t.refuse(pc, "more than %d lists", maxJITLists)
	}
	if t.listIndex == nil {
		t.listIndex = map[int]int{}
	}
	l := &jitLocal{slot: slot, kind: skListBase + slotKind(len(t.lists)), elem: elem, buf: t.fn.NewBuffer(elem.bufferType())}
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
		if len(xs.items) == 0 {
			return t.refuse(0, "the argument `%s` is an empty list", name)
		}
		return t.refuse(0, "the argument `%s` is a list that does not hold only ints, only floats or only bools", name)
	}
	for _, m := range t.lists {
		if f.s[m.slot].o == xs {
			return t.refuse(0, "the arguments `%s` and `%s` are the same list", t.code.VarNames[m.slot], name)
		}
	}
	l, r := t.addList(0, i, elem)
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
		if l, r = t.addList(pc, -1, elem); r != nil {
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
// its frame and the unboxed copies bound to its buffers.
type funcLists struct {
	ints   [][]int64
	floats [][]float64
	made   []bool  // the made lists that exist in this activation
	objs   []*List // materialized made lists (one object per exit)
}

// listCallOut makes list i (call out callListBase+i) of args (count,
// element) in the activation's buffer.
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
	if c.lists[i].elem == skFloat {
		buf := make([]float64, cnt)
		if x := args[1].Float(); args[1].Bits != 0 {
			for j := range buf {
				buf[j] = x
			}
		}
		a.floats[i] = buf
		fr.SetFloats(c.lists[i].buf, buf)
	} else {
		buf := make([]int64, cnt)
		x := args[1].Bits
		if c.lists[i].elem == skBool {
			x = uint64(boolBit(args[1].Bool()))
		}
		if x != 0 {
			for j := range buf {
				buf[j] = int64(x)
			}
		}
		a.ints[i] = buf
		fr.SetInts(c.lists[i].buf, buf)
	}
	a.made[i], a.objs[i] = true, nil
	return native.Value{}, nil
}

func boolBit(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// canEnterLists checks the list parameters: lists of the compiled element
// kinds, no two the same.
func (c *compiledFunc) canEnterLists(f *Frame) bool {
	for i, l := range c.lists {
		if l.gname != "" {
			if !l.canEnterGlobalList(f, c.lists) {
				return false
			}
			continue
		}
		if !l.param {
			continue
		}
		xs, ok := f.s[l.slot].o.(*List)
		if !ok || f.s[l.slot].k != kObj || listKind(xs) != l.elem {
			return false
		}
		for _, m := range c.lists[:i] {
			if m.param && f.s[m.slot].o == f.s[l.slot].o {
				return false
			}
		}
	}
	return true
}

// bindLists copies the list parameters into the activation's buffers.
func (c *compiledFunc) bindLists(f *Frame, fr *native.Frame, a *funcLists) {
	for i, l := range c.lists {
		a.made[i], a.objs[i] = false, nil
		if !l.param && l.gname == "" {
			continue
		}
		l.unbox(fr, l.listItems(f), &a.ints[i], &a.floats[i])
	}
}

// writeBack stores the buffers of the list parameters the code writes
// back into their lists, at every exit.
func (c *compiledFunc) writeBack(f *Frame, a *funcLists) {
	for i, l := range c.lists {
		if !l.param || !l.written {
			continue
		}
		fillItems(f.s[l.slot].o.(*List).items, l.elem, a.ints[i], a.floats[i])
	}
}

// fillItems boxes an unboxed buffer into items (of the same length).
func fillItems(items []Value, elem slotKind, ints []int64, floats []float64) {
	switch elem {
	case skInt:
		for j, v := range ints {
			items[j] = Int(v)
		}
	case skBool:
		for j, v := range ints {
			items[j] = Bool(v != 0)
		}
	default:
		for j, v := range floats {
			items[j] = Float(v)
		}
	}
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
	if a.objs[i] == nil {
		n := len(a.ints[i])
		if l.elem == skFloat {
			n = len(a.floats[i])
		}
		a.objs[i] = &List{items: make([]Value, n)}
		fillItems(a.objs[i].items, l.elem, a.ints[i], a.floats[i])
	}
	return Obj(a.objs[i])
}

// rebuildLists stores the made lists that exist into their locals.
func (c *compiledFunc) rebuildLists(g *Frame, a *funcLists) {
	for i, l := range c.lists {
		if !l.param && l.slot >= 0 && a.made[i] {
			g.s[l.slot] = c.listValue(g, a, i)
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
	return &funcLists{ints: make([][]int64, n), floats: make([][]float64, n), made: make([]bool, n), objs: make([]*List, n)}
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
