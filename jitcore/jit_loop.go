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
	// skListBase+i is the i-th list of the loop (native code reads and
	// writes its items in place, jit_listfn.go; the object stays in its local)
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
	// a list local: its element kind and buffer (boxed, or unboxed for a
	// compact list: list_compact.go, bindList)
	elem    slotKind
	buf     int
	compact bool
	// whole functions (jit_listfn.go): a list parameter, or the pc+1 of
	// the [x] * n that makes the list
	param  bool
	madeAt int
	// a global list or tuple (jit_globals.go): its name and object
	gname string
	gval  Value
	// a container of containers, a tuple, or a list the loop assigns
	// (jit_nested.go): its shape; dyn: native code binds its buffer (a
	// local the loop assigns, or a stack temporary at depth)
	ct    *ctype
	dyn   bool
	depth int
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
	lenFn   Value // the builtin len, when the loop calls it (vr checks it at entry)
	vr      virtualRanges
	forIter bool
	// iterElem is the element kind of the list a for loop runs over (0:
	// range); iterBuf its buffer
	iterElem    slotKind
	iterBuf     int
	iterCompact bool          // that list is compact (list_compact.go)
	iter        [3]native.Reg // cur, step, n of the range iterator
	exits       map[int32]*jitExit
	header      []slotKind // stack at the header (for poll exits)
	deopts      int        // guard failures so far
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
		// the elements' kinds are guarded at each load (jit_listfn.go)
		li, ok := f.s[sp-1].o.(*listIter)
		if !ok || f.s[sp-1].k != kObj || li.l == nil || li.i > li.l.length() || (c.iterCompact && li.l.c == nil) {
			return false
		}
	}
	if !c.vr.canEnter(f) {
		return false
	}
	for _, g := range c.funcs {
		if !g.holds(f) { // jit_closure.go
			return false
		}
	}
	for _, l := range c.lists {
		if !l.canEnterList(f) {
			return false
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
		setNative(fr, l, f.s[l.slot])
	}
	var it Object
	var iterList *List
	switch {
	case c.forIter && c.iterElem == 0:
		r := f.s[sp-1].o.(*rangeIter)
		fr.SetInt(c.iter[0], r.cur)
		fr.SetInt(c.iter[1], r.step)
		fr.SetInt(c.iter[2], r.n)
		it = r
	case c.forIter:
		li := f.s[sp-1].o.(*listIter)
		iterList = li.l
		fr.SetInt(c.iter[0], int64(li.i))
		fr.SetInt(c.iter[1], 0)
		fr.SetInt(c.iter[2], 0)
		it = li
	}
	// canEnter checked the compact lists: they bind
	c.bindLists(f, fr, iterList)
	c.bindNested(f, fr)     // jit_nested.go
	defer fr.ClearBuffers() // the reused frame must not keep the lists alive
	js := vm.jit
	js.activeFrame = f
	js.active.Store(fr)
	if vm.interrupt.v.Load() != 0 {
		fr.Interrupt() // raised before the frame was published
	}
	var slices sliceRun // jit_slice.go
	hooks := &native.Hooks{Poll: func(id int32) error {
		err := vm.nativePoll(f, int(id))
		if !c.bindLists(f, fr, iterList) { // Go code ran: the lists may have moved
			panic(errPollLayout)
		}
		return err
	},
		Call: func(fn int, args []native.Value) (native.Value, error) {
			if fn >= callSliceBase {
				return c.sliceCallOut(f, fr, &slices, iterList, fn, args) // jit_slice.go
			}
			v, err := c.vr.math.call(vm, fn, args)
			if !c.bindLists(f, fr, iterList) { // Go code ran: the lists may have moved
				return native.Value{}, errListLayout
			}
			return v, err
		}}
	exit, err := fr.Run(hooks)
	js.active.Store(nil)
	js.activeFrame = nil
	base := sp
	if c.forIter {
		base--
	}
	if err == errRedoCall || err == errListLayout {
		// a math function raised, or a compact list became generic: the
		// interpreter redoes the call
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
	c.rebuildNested(f, fr) // jit_nested.go
	switch it := it.(type) {
	case *rangeIter:
		it.cur = fr.Get(c.iter[0]).Int()
		it.n = fr.Get(c.iter[2]).Int()
	case *listIter:
		it.i = int(fr.Get(c.iter[0]).Int())
	}
	for d, k := range stack {
		switch {
		case k.isLIter():
			it := c.vr.liters[k-skLIterBase]
			f.s[base+d] = listIterValue(c.containerObj(f, fr, it.list), fr.Get(it.idx).Int())
		case k == skRange || k.isVIter() || k == skMathMod || k.isMathFn():
			f.s[base+d] = c.vr.value(fr, k)
		case k >= skFuncBase:
			f.s[base+d] = c.funcs[k-skFuncBase].value
		case k == skNull:
			f.s[base+d] = Null
		case k == skLen:
			f.s[base+d] = c.lenFn
		case k == skNone:
			f.s[base+d] = None // a slice bound (jit_slice.go)
		case k.isList():
			f.s[base+d] = Obj(c.containerObj(f, fr, int(k-skListBase)))
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

// listKindSample bounds the elements listKind looks at: the compiled code
// guards every element it loads, so a sample is enough to pick the kind,
// and compiling stays cheap with huge lists.
const listKindSample = 1024

// listKind returns skInt, skFloat or skBool when the elements of xs (its
// first listKindSample) are all ints (in 64 bits), all floats or all
// bools; 0 otherwise (empty lists too).
func listKind(xs *List) slotKind {
	if xs.c != nil {
		return compactSlotKind(xs.c.k)
	}
	if len(xs.vals) == 0 {
		return 0
	}
	k := xs.vals[0].k
	if k != kInt && k != kFloat && k != kBool {
		return 0
	}
	for _, v := range xs.vals[:min(len(xs.vals), listKindSample)] {
		if v.k != k {
			return 0
		}
	}
	return compactSlotKind(k)
}

// bufferType is the native buffer element type of a list of kind k (bools
// are kept as 0 and 1 in an int buffer).
func (k slotKind) bufferType() native.Type {
	if k == skFloat {
		return native.Float
	}
	return native.Int
}

// bindLists binds the loop's lists, and the list a for loop runs over,
// to their buffers in place.
//
// ok is false when a list compiled as compact is no longer compact
// (bindList): native code must not go on.
func (c *compiledLoop) bindLists(f *Frame, fr *native.Frame, iterList *List) (ok bool) {
	ok = true
	for _, l := range c.lists {
		if l.dyn {
			continue // native code binds it (jit_nested.go)
		}
		ok = bindList(fr, l.buf, l.listObj(f), l.compact) && ok
	}
	if iterList != nil {
		ok = bindList(fr, c.iterBuf, iterList, c.iterCompact) && ok
	}
	return ok
}

// isList reports whether k is one of the loop's lists.
func (k slotKind) isList() bool { return k >= skListBase && k < skFuncBase }
