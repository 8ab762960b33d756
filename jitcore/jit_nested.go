package jitcore

import (
	"strings"
	"unsafe"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Containers of containers in compiled loops: lists and tuples whose
// elements are lists or tuples (a list of bodies, a list of pairs of
// bodies), read in place as in jit_listfn.go.
//
// A local holding such a container, a local holding a list or tuple that
// the loop assigns (`for (a, b) in pairs`), and every container the code
// takes out of another (a stack temporary, one per depth and type) is a
// list entry (t.lists) with a ctype and its own boxed buffer. Taking a
// container out of another (FOR_ITER, BINARY_SUBSCR, UNPACK_SEQUENCE) is
// native.OpLoadBuffer: it guards that the element is an object of the
// expected Go type (*List or *Tuple; otherwise the interpreter redoes the
// instruction) and binds the temporary's dynamic buffer to it; STORE_FAST
// copies that binding into the local's (native.OpCopyBuffer). The object
// such a buffer is bound to is what the Python name refers to: native
// code keeps its address in the context only, and native.Frame.Run pins
// it before Go code runs and rebinds its items after (native/nested.go),
// so Python code changing the containers during a call out is seen as in
// the interpreter. At every exit the locals get their objects back from
// the buffers (rebuildNested), and so does the value stack.

// ctype is the shape of a container the JIT reads in place.
type ctype struct {
	tuple bool
	elem  slotKind // the scalar elements' kind, or 0 when sub describes them
	sub   *ctype   // the elements' shape (containers of containers)
	name  string   // e.g. "list[tuple[list[float], list[float]]]"
}

// maxNesting bounds how deep ctypeOf looks into containers of containers.
const maxNesting = 4

// ctypeSample bounds the elements of a container of containers whose
// shapes ctypeOf compares (every element is guarded when loaded anyway).
const ctypeSample = 64

// ctypeOf returns the shape of v when it is a non-empty list or tuple of
// scalars of one kind or of containers of one shape; nil otherwise.
func ctypeOf(v Value) *ctype { return ctypeAt(v, 0) }

func ctypeAt(v Value, depth int) *ctype {
	if v.k != kObj {
		return nil
	}
	var items []Value
	c := &ctype{}
	switch o := v.o.(type) {
	case *List:
		if o.c != nil {
			if depth > 0 || o.length() == 0 {
				return nil // inner lists are read as generic ones (newContainerBuffer)
			}
			c.elem = compactSlotKind(o.c.k)
			c.name = "list[" + c.elem.String() + "]"
			return c
		}
		items = o.vals
	case *Tuple:
		items, c.tuple = o.items, true
	default:
		return nil
	}
	if len(items) == 0 {
		return nil
	}
	inner := ""
	if k, ok := kindOf(items[0]); ok {
		for _, x := range items[:min(len(items), listKindSample)] {
			if x.k != items[0].k {
				return nil
			}
		}
		c.elem, inner = k, k.String()
	} else {
		if depth >= maxNesting {
			return nil
		}
		if c.sub = ctypeAt(items[0], depth+1); c.sub == nil {
			return nil
		}
		for _, x := range items[1:min(len(items), ctypeSample)] {
			if s := ctypeAt(x, depth+1); s == nil || s.name != c.sub.name {
				return nil
			}
		}
		inner = c.sub.name
	}
	switch {
	case !c.tuple:
		c.name = "list[" + inner + "]"
	case len(items) <= 4:
		c.name = "tuple[" + strings.Repeat(inner+", ", len(items)-1) + inner + "]"
	default:
		c.name = "tuple[" + inner + ", ...]"
	}
	return c
}

// Go type words of *List and *Tuple (the type an Object interface's itab
// names), which native code compares (native.Box.Elem).
var listTypeWord, tupleTypeWord = goTypeWord((*List)(nil)), goTypeWord((*Tuple)(nil))

func goTypeWord(o Object) uintptr {
	var e any = o
	word := (*[2]uintptr)(unsafe.Pointer(&e))[0]
	// the itab of an Object holding o names the same type at native.ITabType
	itab := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
	if *(*uintptr)(unsafe.Add(itab, native.ITabType)) != word {
		panic("jitcore: itab layout differs from native.ITabType")
	}
	var v Value
	if unsafe.Offsetof(v.o) != native.BoxType || unsafe.Offsetof(List{}.vals) != 0 || unsafe.Offsetof(Tuple{}.items) != 0 {
		panic("jitcore: Value / List / Tuple layout differs from native/nested.go")
	}
	return word
}

// newContainerBuffer declares the boxed buffer of container entry l.
func (t *translator) newContainerBuffer(l *jitLocal) int {
	box := native.Box{Tag: uint8(l.elem.listTag()), PtrTag: uint8(kObj), Dynamic: l.dyn}
	if l.ct.sub != nil {
		// a compact inner list (list_compact.go) fails the load's guard
		box.Elem, box.ElemNil = listTypeWord, unsafe.Offsetof(List{}.c)+1
		if l.ct.sub.tuple {
			box.Elem, box.ElemNil = tupleTypeWord, 0
		}
	}
	return t.fn.NewBoxedBuffer(l.elem.bufferType(), box)
}

// storedInLoop reports whether the loop assigns local slot.
func (t *translator) storedInLoop(slot int) bool {
	if t.onlySliceStored(slot) {
		return false // Go binds the slices it makes (jit_slice.go)
	}
	for pc := t.header; pc <= t.end; pc++ {
		if in := t.code.Instrs[pc]; in.Op == bc.STORE_FAST && int(in.Arg) == slot {
			return true
		}
	}
	return false
}

// scanContainer makes local slot holding v a container entry when v is a
// tuple, a container of containers, or a list the loop assigns; handled
// is false for the other values (scanLocals goes on with them).
func (t *translator) scanContainer(pc, slot int, v Value) (handled bool, r *refusal) {
	if t.fnMode || v.k != kObj {
		return false, nil
	}
	_, isList := v.o.(*List)
	_, isTuple := v.o.(*Tuple)
	if !isList && !isTuple {
		return false, nil
	}
	stored := t.storedInLoop(slot)
	ct := ctypeOf(v)
	if ct == nil || (isList && ct.sub == nil && !stored) {
		return false, nil // scanLocals says why (or compiles the plain list)
	}
	if len(t.lists) == maxJITLists {
		return true, t.refuse(pc, "more than %d lists", maxJITLists)
	}
	if t.listIndex == nil {
		t.listIndex = map[int]int{}
	}
	l := &jitLocal{slot: slot, kind: skListBase + slotKind(len(t.lists)), elem: ct.elem, ct: ct, dyn: stored}
	t.listIndex[slot] = len(t.lists)
	t.lists = append(t.lists, l)
	t.locals[slot] = l
	return true, nil
}

// containerTemp returns the stack temporary of shape ct at depth d.
func (t *translator) containerTemp(pc, d int, ct *ctype, st []slotKind) (*jitLocal, *refusal) {
	var l *jitLocal
	for _, m := range t.lists {
		if m.slot < 0 && m.gname == "" && m.depth == d && m.ct != nil && m.ct.name == ct.name {
			l = m
		}
	}
	if l == nil {
		if len(t.lists) == maxJITLists {
			return nil, t.refuse(pc, "more than %d lists", maxJITLists)
		}
		l = &jitLocal{slot: -1, kind: skListBase + slotKind(len(t.lists)), elem: ct.elem, ct: ct, dyn: true, depth: d}
		l.buf = t.newContainerBuffer(l)
		t.lists = append(t.lists, l)
	}
	for _, k := range st[:min(d, len(st))] {
		if k == l.kind {
			// a rotation moved the temporary below: it would be overwritten
			return nil, t.refuse(pc, "a list taken out of another one moved down the value stack")
		}
	}
	return l, nil
}

// nestedOK refuses containers of containers where they are not supported.
func (t *translator) nestedOK(pc int) *refusal {
	if t.fnMode || t.inline != nil || t.callee != nil {
		return t.refuse(pc, "a list or tuple taken out of another one (only in loops)")
	}
	return nil
}

// elemTarget is where a container taken out of src at pc goes: when the
// instruction at next stores it into a local the loop assigns (`for b in
// bodies`, `a, b = pair`), straight into that local's buffer, so the
// STORE_FAST has nothing left to do; otherwise a temporary at depth d.
// (A guard failing in between leaves the local bound to its new value
// early: the interpreter redoes the instruction and stores the same.)
func (t *translator) elemTarget(pc, d int, ct *ctype, st []slotKind, next int, src *jitLocal) (*jitLocal, *refusal) {
	if next <= t.end && next > pc {
		if in := t.code.Instrs[next]; in.Op == bc.STORE_FAST {
			if li, ok := t.listIndex[int(in.Arg)]; ok {
				if l := t.lists[li]; l != src && l.dyn && l.slot >= 0 && l.ct != nil && l.ct.name == ct.name && !onStack(st, l.kind) {
					return l, nil
				}
			}
		}
	}
	return t.containerTemp(pc, d, ct, st)
}

func onStack(st []slotKind, k slotKind) bool {
	for _, s := range st {
		if s == k {
			return true
		}
	}
	return false
}

// loadNested translates BINARY_SUBSCR of a container of containers by an
// int: the element is bound to a temporary at the container's depth.
func (t *translator) loadNested(b *native.Block, pc int, st []slotKind) ([]slotKind, *refusal) {
	if r := t.nestedOK(pc); r != nil {
		return nil, r
	}
	n := len(st)
	l := t.lists[st[n-2]-skListBase]
	tmp, r := t.containerTemp(pc, n-2, l.ct.sub, st)
	if r != nil {
		return nil, r
	}
	guard := "the element of " + t.containerName(l) + " is " + withArticle(l.ct.sub.name)
	b.LoadBuffer(tmp.buf, l.buf, t.reg(n-1, skInt), t.exitID(pc), t.state(pc, pc, st, guard)...)
	return push(st[:n-2], tmp.kind), nil
}

// stepNestedLIter is stepLIter over a container of containers.
func (t *translator) stepNestedLIter(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	if r := t.nestedOK(pc); r != nil {
		return nil, false, r
	}
	id := t.exitID(pc)
	n := len(st)
	it := t.liters[st[n-1]-skLIterBase]
	l := t.lists[it.list]
	tmp, r := t.elemTarget(pc, n, l.ct.sub, st, pc+1, l)
	if r != nil {
		return nil, false, r
	}
	body, r := t.lIterTest(b, pc, st, it, l, id)
	if r != nil {
		return nil, false, r
	}
	guard := "the element of " + t.containerName(l) + " is " + withArticle(l.ct.sub.name)
	body.LoadBuffer(tmp.buf, l.buf, it.idx, id, t.state(pc, pc, st, guard)...)
	one := t.fn.NewReg(native.Int)
	body.ConstInt(one, 1)
	body.Binary(native.OpAddInt, it.idx, it.idx, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return push(st, tmp.kind), true, nil
}

// unpackNested translates UNPACK_SEQUENCE m of a container held in a
// buffer: its length is guarded (the interpreter raises otherwise), then
// its elements go on the stack, the first on top.
func (t *translator) unpackNested(b *native.Block, pc int, st []slotKind) ([]slotKind, *refusal) {
	if r := t.nestedOK(pc); r != nil {
		return nil, r
	}
	n := len(st)
	m := int(t.code.Instrs[pc].Arg)
	l := t.lists[st[n-1]-skListBase]
	if l.ct == nil && l.elem == 0 || m < 1 || m > 16 {
		return nil, t.refuse(pc, "a tuple")
	}
	id := t.exitID(pc)
	ln, c, want := t.fn.NewReg(native.Int), t.fn.NewReg(native.Bool), t.fn.NewReg(native.Int)
	b.Len(ln, l.buf)
	b.ConstInt(want, int64(m))
	b.Compare(native.OpCmpInt, native.EQ, c, ln, want)
	guard := t.containerName(l) + " holds " + itoa(m) + " elements of the compiled types"
	b.Guard(c, id, t.state(pc, pc, st, guard)...)
	out := append([]slotKind(nil), st[:n-1]...)
	stores := pc+m <= t.end // STORE_FASTs take the elements at once
	for j := pc + 1; stores && j <= pc+m; j++ {
		stores = t.code.Instrs[j].Op == bc.STORE_FAST
	}
	state := t.state(pc, pc, st, guard)
	for i := 0; i < m; i++ {
		d := n - 1 + i
		idx := t.fn.NewReg(native.Int)
		b.ConstInt(idx, int64(m-1-i))
		if l.ct != nil && l.ct.sub != nil {
			next := pc + m - i
			if !stores {
				next = -1
			}
			tmp, r := t.elemTarget(pc, d, l.ct.sub, st, next, l)
			if r != nil {
				return nil, r
			}
			for _, k := range out {
				if k == tmp.kind {
					tmp, r = t.containerTemp(pc, d, l.ct.sub, st) // `a, a = pair`
					if r != nil {
						return nil, r
					}
				}
			}
			if tmp == l {
				return nil, t.refuse(pc, "a tuple unpacked into itself")
			}
			b.LoadBuffer(tmp.buf, l.buf, idx, id, state...)
			out = append(out, tmp.kind)
			continue
		}
		tmp := t.fn.NewReg(l.elem.bufferType())
		b.Load(tmp, l.buf, idx, id, state...)
		if l.elem == skBool {
			b.Compare(native.OpCmpInt, native.NE, t.reg(d, skBool), tmp, t.zeroI)
		} else {
			b.Move(t.reg(d, l.elem), tmp)
		}
		out = append(out, l.elem)
	}
	return out, nil
}

// containerName names container entry l in a guard: `name`, or "the
// tuple" / "the list" for a temporary.
func (t *translator) containerName(l *jitLocal) string {
	switch {
	case l.slot >= 0 || l.gname != "" || l.ct == nil:
		return t.listName(l)
	case l.ct.tuple:
		return "the tuple"
	}
	return "the list"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// storeNested translates STORE_FAST of a container into a local the loop
// assigns (scanContainer): the local's buffer takes the binding.
func (t *translator) storeNested(b *native.Block, pc int, st []slotKind) *refusal {
	slot := int(t.code.Instrs[pc].Arg)
	src := t.lists[st[len(st)-1]-skListBase]
	li, ok := t.listIndex[slot]
	if !ok {
		return t.refuse(pc, "`%s` is assigned a list in the loop and holds something else when it starts", t.code.VarNames[slot])
	}
	dst := t.lists[li]
	if dst == src {
		return nil
	}
	if !dst.dyn || !src.dyn || src.ct == nil || dst.ct == nil || src.ct.name != dst.ct.name {
		return t.refuse(pc, "the list `%s` is reassigned in the loop", t.code.VarNames[slot])
	}
	b.CopyBuffer(dst.buf, src.buf)
	return nil
}

// canEnterContainer checks that container local l still holds a list or
// tuple as compiled (the elements are guarded at each load).
func (l *jitLocal) canEnterContainer(f *Frame) bool {
	if l.slot < 0 {
		return true // a temporary
	}
	v := f.s[l.slot]
	if v.k != kObj {
		return false
	}
	if l.ct.tuple {
		_, ok := v.o.(*Tuple)
		return ok
	}
	_, ok := v.o.(*List)
	return ok
}

// bindNested binds the buffers of the container locals the loop assigns
// to their objects at entry (native code keeps them bound afterwards).
func (c *compiledLoop) bindNested(f *Frame, fr *native.Frame) {
	for _, l := range c.lists {
		if l.ct != nil && l.dyn && l.slot >= 0 {
			if xs, ok := f.s[l.slot].o.(*List); ok {
				xs.values() // native code reads it as a generic list
			}
			fr.SetObject(l.buf, objectPointer(f.s[l.slot].o))
		}
	}
}

// objectPointer is the address of a *List or *Tuple.
func objectPointer(o Object) unsafe.Pointer {
	switch o := o.(type) {
	case *List:
		return unsafe.Pointer(o)
	case *Tuple:
		return unsafe.Pointer(o)
	}
	panic("jitcore: not a list or tuple")
}

// containerObj is the object list entry i refers to as of the last exit.
func (c *compiledLoop) containerObj(f *Frame, fr *native.Frame, i int) Object {
	l := &c.lists[i]
	if l.ct == nil || !l.dyn {
		return l.listObj(f)
	}
	p := fr.Object(l.buf)
	if l.ct.tuple {
		return (*Tuple)(p)
	}
	return (*List)(p)
}

// rebuildNested stores the objects of the container locals the loop
// assigns back into their locals at an exit.
func (c *compiledLoop) rebuildNested(f *Frame, fr *native.Frame) {
	for i, l := range c.lists {
		if l.ct != nil && l.dyn && l.slot >= 0 {
			f.s[l.slot] = Obj(c.containerObj(f, fr, i))
		}
	}
}

// typeName names list entry l's type in a signature.
func (l *jitLocal) typeName() string {
	if l.ct != nil {
		return l.ct.name
	}
	typ := "list"
	if l.gname != "" {
		typ = l.gval.Type().Name
	}
	return typ + "[" + l.elem.String() + "]"
}

// skNestedIter is the iterElem of a loop running over a container of
// containers (iterCt describes it).
const skNestedIter slotKind = 74

// iterNested prepares a loop running over xs when xs is a list of
// containers of one shape.
func (t *translator) iterNested(xs *List) bool {
	ct := ctypeOf(Obj(xs))
	if t.fnMode || ct == nil || ct.sub == nil {
		return false
	}
	t.iterCt, t.iterElem = ct, skNestedIter
	t.iterBuf = t.newContainerBuffer(&jitLocal{ct: ct, slot: -1})
	return true
}

// stepNestedList is stepList over a container of containers: the element
// is bound to a temporary.
func (t *translator) stepNestedList(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	id := t.exitID(pc)
	idx := t.iter[0]
	tmp, r := t.elemTarget(pc, len(st), t.iterCt.sub, st, pc+1, nil)
	if r != nil {
		return nil, false, r
	}
	body := t.listIterTest(b, pc, st, id)
	// no guard text: the exhausted loop leaves through the same exit ID
	body.LoadBuffer(tmp.buf, t.iterBuf, idx, id, t.state(pc, pc, st, "")...)
	one := t.fn.NewReg(native.Int)
	body.ConstInt(one, 1)
	body.Binary(native.OpAddInt, idx, idx, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return push(st, tmp.kind), true, nil
}
