package jitcore

import (
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// loopStatus is where a loop stands with the JIT.
type loopStatus uint8

const (
	loopCounting loopStatus = iota // interpreted, counting back-edges
	loopCompiled                   // runs natively from its header
	loopRefused                    // stays interpreted
)

// jitLoop is one loop of a code object, identified by its header (the
// target of its back-edges); end is its last back-edge.
type jitLoop struct {
	header, end int
	status      loopStatus
	count       int
	recompiles  int
	compiled    *compiledLoop
	// closed is the loop's closed form, when it is a reduction with one
	// (jit_closedform.go); closedChecked says the loop was looked at.
	closed                      *closedForm
	closedChecked, closedLogged bool
}

// slotKind is the abstract type of a value-stack slot or local.
type slotKind uint8

const (
	skIter  slotKind = iota // the loop's range iterator (stays on the Python stack)
	skInt                   // int that fits in int64
	skFloat                 // float
	skBool                  // bool
	// skListBase+i is the i-th list of the loop (its elements unboxed in a
	// native buffer; the list object stays in its local)
	skListBase slotKind = 8
)

// maxJITLists bounds the lists a compiled loop binds.
const maxJITLists = 8

// scalar reports whether k lives in a native register.
func (k slotKind) scalar() bool { return k >= skInt && k <= skBool }

func (k slotKind) native() native.Type {
	switch k {
	case skInt:
		return native.Int
	case skFloat:
		return native.Float
	}
	return native.Bool
}

func (k slotKind) String() string {
	switch {
	case k == skNone:
		return "None"
	case k == skTuple:
		return "tuple"
	case k.isLit():
		return "list"
	case k.isVIter():
		return "range iterator"
	case k.isMathFn():
		return "math function"
	case k == skMathMod:
		return "module"
	case k >= skFuncBase:
		return "function"
	case k >= skListBase:
		return "list"
	case k == skNull:
		return "NULL"
	case k == skLen:
		return "len"
	case k == skRange:
		return "range"
	}
	return [...]string{"iterator", "int", "float", "bool"}[k]
}

// kindOf returns the slot kind of a scalar value.
func kindOf(v Value) (slotKind, bool) {
	switch v.k {
	case kInt:
		return skInt, true
	case kFloat:
		return skFloat, true
	case kBool:
		return skBool, true
	}
	return 0, false
}

// jitLocal is a Python local held in a native register.
type jitLocal struct {
	slot int
	kind slotKind
	reg  native.Reg
	// a list local: its element kind, buffer, and whether the loop stores
	// into it (then it is written back at every exit)
	elem    slotKind
	buf     int
	written bool
	// whole functions (jit_listfn.go): a list parameter, or the pc+1 of
	// the [x] * n that makes the list
	param  bool
	madeAt int
	// a global list or tuple (jit_globals.go): its name and object
	gname string
	gval  Value
}

// jitExit describes the interpreter's state at one exit ID: where it
// resumes and the value stack above the loop's base.
type jitExit struct {
	pc    int
	stack []slotKind
	regs  []native.Reg // per stack slot (unused for skIter)
	guard string       // what failed, for a deopt; "" for a normal loop exit
	// nlocals is how many of the translator's locals (in creation order)
	// exist at the exit (whole functions create them as they go)
	nlocals int
}

// compiledLoop is a loop's native code and how it maps to the frame.
type compiledLoop struct {
	code    *native.Code
	frame   *native.Frame // reused: native code never re-enters Python
	locals  []jitLocal
	lists   []jitLocal
	funcs   []inlinedFunc
	lenFn   Value // the builtin len, when the loop calls it
	usesLen bool
	vr      virtualRanges
	builtin *Dict       // where lenFn came from
	ints    [][]int64   // unboxed copies of the lists, reused between entries
	floats  [][]float64 //
	forIter bool
	// iterElem is the element kind of the list a for loop runs over (0:
	// range); iterBuf its buffer, iterInts/iterFloats its unboxed copy
	iterElem   slotKind
	iterBuf    int
	iterInts   []int64
	iterFloats []float64
	iter       [3]native.Reg // cur, step, n of the range iterator
	exits      map[int32]*jitExit
	header     []slotKind // stack at the header (for poll exits)
	deopts     int        // guard failures so far
	entries    int        // entries with lists, and their elements copied
	copied     int
}

// copyPaysOff counts the elements copied to enter once more and says
// whether entering still pays: a short loop entered again and again with
// big lists would spend its time copying them.
func (c *compiledLoop) copyPaysOff(f *Frame) bool {
	for _, l := range c.lists {
		c.copied += len(l.listItems(f))
	}
	c.entries++
	return c.entries <= 4 || c.copied <= 1<<22 || c.copied/c.entries <= 1024
}

// maxLoopDeopts is how many guard failures a compiled loop may take before
// it goes back to the interpreter for good.
const maxLoopDeopts = 100

// canEnter checks the frame against the types the code was compiled for.
func (lp *jitLoop) canEnter(f *Frame, sp int) bool {
	c := lp.compiled
	for _, l := range c.locals {
		if k, ok := kindOf(f.s[l.slot]); !ok || k != l.kind {
			return false
		}
	}
	if c.forIter && c.iterElem == 0 {
		if _, ok := f.s[sp-1].o.(*rangeIter); !ok || f.s[sp-1].k != kObj {
			return false
		}
	}
	if c.forIter && c.iterElem != 0 {
		li, ok := f.s[sp-1].o.(*listIter)
		if !ok || f.s[sp-1].k != kObj || listKind(li.l) != c.iterElem || li.i > len(li.l.items) {
			return false
		}
		for _, l := range c.lists {
			if l.listObj(f) == li.l {
				return false
			}
		}
	}
	if !c.vr.canEnter(f) {
		return false
	}
	if c.usesLen {
		if _, shadowed := f.globals.getStr("len"); shadowed {
			return false
		}
		if v, ok := c.builtin.getStr("len"); !ok || v.o != c.lenFn.o {
			return false
		}
	}
	for _, g := range c.funcs {
		if v, ok := f.globals.getStr(g.name); !ok || v.o != g.value.o || g.fn.code != g.code {
			return false
		}
	}
	for i, l := range c.lists {
		if l.gname != "" {
			if !l.canEnterGlobalList(f, c.lists) {
				return false
			}
			continue
		}
		xs, ok := f.s[l.slot].o.(*List)
		if !ok || f.s[l.slot].k != kObj || listKind(xs) != l.elem {
			return false
		}
		for _, m := range c.lists[:i] {
			if m.gname == "" && f.s[m.slot].o == f.s[l.slot].o {
				return false // two names for one list: the copies would diverge
			}
		}
	}
	return true
}

func boxNative(v native.Value) Value {
	switch v.Type {
	case native.Int:
		return Int(v.Int())
	case native.Float:
		return Float(v.Float())
	}
	return Bool(v.Bool())
}

// runLoop enters the loop's native code at its header and rebuilds the
// interpreter frame where it leaves.
func (vm *VM) runLoop(f *Frame, sp int, lp *jitLoop) (int, int, error, bool) {
	c := lp.compiled
	fr := c.frame
	for _, l := range c.locals {
		v := f.s[l.slot]
		switch l.kind {
		case skInt:
			fr.SetInt(l.reg, v.n)
		case skFloat:
			fr.SetFloat(l.reg, scalarFloat(v))
		case skBool:
			fr.Set(l.reg, native.BoolValue(v.n != 0))
		}
	}
	c.bindLists(f, fr)
	var it Object
	switch {
	case c.forIter && c.iterElem == 0:
		r := f.s[sp-1].o.(*rangeIter)
		fr.SetInt(c.iter[0], r.cur)
		fr.SetInt(c.iter[1], r.step)
		fr.SetInt(c.iter[2], r.n)
		it = r
	case c.forIter:
		li := f.s[sp-1].o.(*listIter)
		c.bindIterList(fr, li.l)
		fr.SetInt(c.iter[0], int64(li.i))
		fr.SetInt(c.iter[1], 0)
		fr.SetInt(c.iter[2], 0)
		it = li
	}
	js := vm.jit
	js.activeFrame = f
	js.active.Store(fr)
	if vm.interrupt.v.Load() != 0 {
		fr.Interrupt() // raised before the frame was published
	}
	hooks := &native.Hooks{Poll: func(id int32) error { return vm.nativePoll(f, int(id)) },
		Call: func(fn int, args []native.Value) (native.Value, error) { return c.vr.math.call(vm, fn, args) }}
	exit, err := fr.Run(hooks)
	js.active.Store(nil)
	js.activeFrame = nil
	base := sp
	if c.forIter {
		base--
	}
	if err == errRedoCall {
		// a math function raised: the interpreter redoes the call
		exit.Kind, err = native.ExitDeopt, nil
	}
	if err != nil {
		// a poll raised (KeyboardInterrupt): the back-edge at exit.ID raises it
		if _, isExc := err.(*Exception); !isExc || exit.Kind != native.ExitPoll {
			panic("jitcore: native loop failed: " + err.Error())
		}
		stack, regs := c.header, []native.Reg(nil)
		if x := c.exits[exit.ID]; x != nil && f.code.Instrs[exit.ID].Op == bc.CALL {
			stack, regs = x.stack, x.regs // a loop of an inlined call polled: raise at the CALL
		}
		nsp := c.rebuild(f, fr, base, sp, stack, regs, it)
		return int(exit.ID) + 1, nsp, err, true
	}
	x := c.exits[exit.ID]
	if x == nil {
		panic("jitcore: native loop left through an unknown exit")
	}
	nsp := c.rebuild(f, fr, base, sp, x.stack, x.regs, it)
	guard := x.guard
	if exit.Kind == native.ExitError {
		guard = "no " + exit.Err.String()
	}
	if guard != "" {
		js.deopt(f.code, x.pc, guard)
		if c.deopts++; c.deopts > maxLoopDeopts {
			// a guard that keeps failing costs more than the interpreter
			lp.status, lp.compiled = loopRefused, nil
			js.notCompiled(f.code, lp.header, "deoptimizes too often: "+guard, f.code.Locs[x.pc])
		}
	}
	return x.pc, nsp, nil, true
}

// rebuild writes the native registers back into the frame: locals, the
// range iterator and the value stack above base. It returns the new sp.
func (c *compiledLoop) rebuild(f *Frame, fr *native.Frame, base, oldSP int, stack []slotKind, regs []native.Reg, it Object) int {
	for _, l := range c.locals {
		f.s[l.slot] = boxNative(fr.Get(l.reg))
	}
	switch it := it.(type) {
	case *rangeIter:
		it.cur = fr.Get(c.iter[0]).Int()
		it.n = fr.Get(c.iter[2]).Int()
	case *listIter:
		it.i = int(fr.Get(c.iter[0]).Int())
	}
	for i, l := range c.lists {
		if !l.written {
			continue
		}
		items := f.s[l.slot].o.(*List).items
		switch l.elem {
		case skInt:
			for j, v := range c.ints[i] {
				items[j] = Int(v)
			}
		case skBool:
			for j, v := range c.ints[i] {
				items[j] = Bool(v != 0)
			}
		default:
			for j, v := range c.floats[i] {
				items[j] = Float(v)
			}
		}
	}
	for d, k := range stack {
		switch {
		case k.isLIter():
			it := c.vr.liters[k-skLIterBase]
			f.s[base+d] = listIterValue(c.lists[it.list].listObj(f), fr.Get(it.idx).Int())
		case k == skRange || k.isVIter() || k == skMathMod || k.isMathFn():
			f.s[base+d] = c.vr.value(fr, k)
		case k >= skFuncBase:
			f.s[base+d] = c.funcs[k-skFuncBase].value
		case k == skNull:
			f.s[base+d] = Null
		case k == skLen:
			f.s[base+d] = c.lenFn
		case k.isList():
			f.s[base+d] = Obj(c.lists[k-skListBase].listObj(f))
		case k != skIter:
			f.s[base+d] = boxNative(fr.Get(regs[d]))
		}
	}
	nsp := base + len(stack)
	for i := nsp; i < oldSP; i++ {
		f.s[i] = Null
	}
	f.sp = nsp
	return nsp
}

// listKind returns skInt or skFloat when every element of xs is an int
// (in 64 bits) or every one a float; 0 otherwise (empty lists too).
func listKind(xs *List) slotKind {
	if len(xs.items) == 0 {
		return 0
	}
	k := xs.items[0].k
	if k != kInt && k != kFloat && k != kBool {
		return 0
	}
	for _, v := range xs.items {
		if v.k != k {
			return 0
		}
	}
	switch k {
	case kInt:
		return skInt
	case kBool:
		return skBool
	}
	return skFloat
}

// bufferType is the native buffer element type of a list of kind k (bools
// are kept as 0 and 1 in an int buffer).
func (k slotKind) bufferType() native.Type {
	if k == skFloat {
		return native.Float
	}
	return native.Int
}

// bindLists copies the loop's lists into unboxed buffers and binds them.
func (c *compiledLoop) bindLists(f *Frame, fr *native.Frame) {
	for i, l := range c.lists {
		l.unbox(fr, l.listItems(f), &c.ints[i], &c.floats[i])
	}
}

// unbox copies a list's items into the reused buffer of its element kind
// and binds the buffer to the native frame.
func (l *jitLocal) unbox(fr *native.Frame, items []Value, ints *[]int64, floats *[]float64) {
	if l.elem != skFloat {
		buf := (*ints)[:0]
		for _, v := range items {
			buf = append(buf, v.n)
		}
		*ints = buf
		fr.SetInts(l.buf, buf)
		return
	}
	buf := (*floats)[:0]
	for _, v := range items {
		buf = append(buf, scalarFloat(v))
	}
	*floats = buf
	fr.SetFloats(l.buf, buf)
}

// isList reports whether k is one of the loop's lists.
func (k slotKind) isList() bool { return k >= skListBase && k < skFuncBase }

// bindIterList copies the list a for loop runs over into its buffer.
func (c *compiledLoop) bindIterList(fr *native.Frame, xs *List) {
	if c.iterElem == skFloat {
		buf := c.iterFloats[:0]
		for _, v := range xs.items {
			buf = append(buf, scalarFloat(v))
		}
		c.iterFloats = buf
		fr.SetFloats(c.iterBuf, buf)
		return
	}
	buf := c.iterInts[:0]
	for _, v := range xs.items {
		buf = append(buf, v.n)
	}
	c.iterInts = buf
	fr.SetInts(c.iterBuf, buf)
}
