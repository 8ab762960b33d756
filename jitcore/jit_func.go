package jitcore

import (
	"fmt"
	"strings"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Whole functions. A function whose calls pass the JIT's threshold (or at
// its first call when @njit / @jit marked it) is translated as a whole
// with its parameters' types at that call: ints, floats and bools in
// registers, other locals typed by their first assignment, returns of one
// kind. A call of the function's own global name is a native recursive
// call (native.OpCallSelf) whose waiting activations live on the native
// frame's own stack. Every exit of the innermost activation goes back to
// the interpreter at the exact instruction; the activations waiting below
// it then either continue natively with the interpreter's result (when it
// has the type they expect) or are rebuilt as interpreter frames one by
// one, so that results, exceptions and tracebacks never differ.

// maxNativeDepth bounds the recursion native code handles itself.
const maxNativeDepth = 1 << 14

// funcStatus is where a function stands with the JIT.
type funcStatus uint8

const (
	funcCounting funcStatus = iota
	funcCompiled
	funcRefused
)

// jitFunc is the native tier's state of one code object (in its codeRT).
type jitFunc struct {
	status     funcStatus
	count      int
	eager      bool // @njit / @jit: compile at the first call
	compiled   *compiledFunc
	recompiles int
	mismatches int // entries refused because the argument types differ

	// cy holds Cython pure-mode declarations (jit_cython.go)
	cy *cythonDecl
}

// compiledFunc is a function's native code and how it maps to frames.
type compiledFunc struct {
	code    *native.Code
	fn      *Function
	params  []slotKind
	locals  []jitLocal // in creation order (parameters first)
	funcs   []inlinedFunc
	exits   map[int32]*jitExit
	ret     slotKind
	vr      virtualRanges
	pool    []*native.Frame
	hooks   *native.Hooks // polls charge the interpreter frame in cur
	cur     *Frame
	deopts  int
	entries int
	// lists (jit_listfn.go): the list locals, the made lists of the
	// pooled frames, and the running activation's
	lists     []jitLocal
	poolLists []*funcLists
	curLists  *funcLists
	curFrame  *native.Frame
	nscalar   int // scalar parameters (the first locals)
}

// markEagerJIT makes fn compile at its first call (numba's njit and jit).
func (vm *VM) markEagerJIT(fn *Function) {
	if vm.jit == nil || fn.rt == nil {
		return
	}
	if fn.rt.jit == nil {
		fn.rt.jit = &jitFunc{}
	}
	fn.rt.jit.eager = true
}

// jitCall runs the function frame f (at its start, from runFrame): natively
// when its code is compiled for the arguments' types, else in eval.
func (vm *VM) jitCall(f *Frame) (Value, error) {
	jf := f.rt.jit
	if jf == nil {
		jf = &jitFunc{}
		f.rt.jit = jf
		vm.cythonAnnotated(f.fn) // pure-mode annotations (jit_cython.go)
	}
	switch jf.status {
	case funcRefused:
		return vm.eval(f)
	case funcCounting:
		jf.count++
		if jf.count <= vm.jit.threshold && !jf.eager && !cythonCallReady(f, jf) {
			return vm.eval(f)
		}
		vm.compileFunc(f, jf)
		if jf.status != funcCompiled {
			return vm.eval(f)
		}
	}
	c := jf.compiled
	if !c.canEnter(f) {
		jf.mismatches++
		if jf.mismatches > maxLoopDeopts && jf.recompiles < maxLoopRecompiles {
			// another signature dominates now: compile for it
			jf.recompiles++
			jf.status, jf.compiled, jf.mismatches, jf.count = funcCounting, nil, 0, 0
		}
		return vm.eval(f)
	}
	return vm.runFunc(f, jf, c)
}

// compileFunc translates f's code with f's argument types.
func (vm *VM) compileFunc(f *Frame, jf *jitFunc) {
	js := vm.jit
	code := f.code
	span := funcSpan(code)
	if !wholeFuncShape(code) {
		jf.status = funcRefused
		js.notCompiled(code, 0, "the whole function: its signature, closure or generator", span)
		return
	}
	var t *translator
	var r *refusal
	guess := slotKind(0)
	for attempt := 0; attempt < 2; attempt++ {
		t = &translator{code: code, consts: f.rt.consts, header: 0, end: len(code.Instrs) - 1, globals: f.globals, marks: vm.Sample != nil, markTable: vm.Sample != nil && vm.jit.pcs != nil,
			builtins: vm.builtins, locals: map[int]*jitLocal{}, stack: map[[2]int]native.Reg{}, outside: map[int]*native.Block{},
			exits: map[int32]*jitExit{}, fnMode: true, selfFn: f.fn, retGuess: guess}
		r = t.safeTranslateFunc(f)
		if r != nil || !t.guessUsed || t.retGuess == t.retKind {
			break
		}
		guess = t.retKind // a recursive call came before the first return: retry with its kind
	}
	if r == nil && t.guessUsed && t.retGuess != t.retKind {
		r = t.refuse(0, "its recursive calls return %s before any return is seen", withArticle(t.retKind.String()))
	}
	if r != nil {
		jf.status = funcRefused
		js.notCompiled(code, 0, "the whole function: "+r.reason, code.Locs[r.pc])
		return
	}
	nc, err := native.Compile(t.fn)
	if err != nil {
		jf.status = funcRefused
		js.notCompiled(code, 0, "the whole function: native code generation failed: "+err.Error(), span)
		return
	}
	c := &compiledFunc{code: nc, fn: f.fn, funcs: t.funcs, exits: t.exits, ret: t.retKind, vr: t.virtualRanges(), params: t.params}
	for _, l := range t.order {
		c.locals = append(c.locals, *l)
		if l.slot < code.ArgCount {
			c.nscalar++
		}
	}
	for _, l := range t.lists {
		c.lists = append(c.lists, *l)
	}
	jf.status, jf.compiled = funcCompiled, c
	js.setCodeState(code, JITCompiled)
	js.event(code, JITEvent{Kind: EventCompiled, Span: span, Signature: c.signature(code),
		CodeSize: nc.Stats.CodeSize, CompileTime: nc.Stats.CompileTime})
}

// wholeFuncShape reports whether code is a function the JIT may compile
// as a whole: positional parameters only, no closure, not a generator.
func wholeFuncShape(code *bc.Code) bool {
	return code.Flags&(bc.FlagGenerator|bc.FlagVarargs|bc.FlagVarkw|bc.FlagCoroutine) == 0 && code.KwOnlyCount == 0 &&
		len(code.CellVars) == 0 && len(code.FreeVars) == 0 && len(code.Instrs) > 0
}

// funcSpan is the span of a whole function's code.
func funcSpan(code *bc.Code) bc.Loc {
	if len(code.Locs) == 0 {
		return bc.Loc{Line: int32(code.FirstLine)}
	}
	l := loopSpan(code, 0, len(code.Locs)-1)
	if int32(code.FirstLine) > 0 && int32(code.FirstLine) < l.Line {
		l.Line, l.Col = int32(code.FirstLine), 0 // from the def (or its decorators)
	}
	l.AnchorKind = 0
	return l
}

func (c *compiledFunc) signature(code *bc.Code) string {
	parts := make([]string, len(c.params))
	for i, k := range c.params {
		parts[i] = fmt.Sprintf("%s: %s", code.VarNames[i], c.kindName(k))
	}
	return fmt.Sprintf("%s(%s) -> %s", code.Name, strings.Join(parts, ", "), c.kindName(c.ret))
}

// safeTranslateFunc is translateFunc turning a translator bug into a
// refusal.
func (t *translator) safeTranslateFunc(f *Frame) (r *refusal) {
	defer func() {
		if p := recover(); p != nil {
			r = t.refuse(0, "internal error in the JIT: %v", p)
		}
	}()
	return t.translateFunc(f)
}

// translateFunc builds t.fn for the whole function, entered with f's
// arguments.
func (t *translator) translateFunc(f *Frame) *refusal {
	code := t.code
	t.fn = native.NewFunc(code.QualName)
	t.fn.MarkTable = t.markTable
	nscalar := 0
	for i := 0; i < code.ArgCount; i++ {
		if xs, isList := f.s[i].o.(*List); isList && f.s[i].k == kObj {
			if r := t.listParam(f, i, xs); r != nil { // jit_listfn.go
				return r
			}
			t.params = append(t.params, t.lists[len(t.lists)-1].kind)
			continue
		}
		k, ok := kindOf(f.s[i])
		if !ok {
			return t.refuse(0, "the argument `%s` is %s", code.VarNames[i], withArticle(f.s[i].Type().Name))
		}
		l := &jitLocal{slot: i, kind: k, reg: t.fn.NewParam(k.native())}
		t.locals[i] = l
		t.order = append(t.order, l)
		t.params = append(t.params, k)
		nscalar++
	}
	t.zeroI, t.zeroF = t.fn.NewReg(native.Int), t.fn.NewReg(native.Float)
	n := len(code.Instrs)
	t.blocks, t.forBody = make([]*native.Block, n), make([]*native.Block, n)
	t.states, t.known = make([][]slotKind, n), make([]bool, n)
	t.assignedAt = make([][]bool, n)
	for pc := 0; pc < n; pc++ {
		t.blocks[pc] = t.fn.NewBlock()
		if code.Instrs[pc].Op == bc.FOR_ITER {
			t.forBody[pc] = t.fn.NewBlock()
		}
	}
	t.states[0], t.known[0] = nil, true
	t.assignedAt[0] = make([]bool, len(code.VarNames))
	for i := 0; i < code.ArgCount; i++ {
		t.assignedAt[0][i] = true
	}
	var fall []slotKind
	fallKnown := false
	for pc := 0; pc < n; pc++ {
		if fallKnown {
			if t.known[pc] && !sameStack(t.states[pc], fall) {
				return t.refuse(pc, "the value stack differs between paths")
			}
			t.states[pc], t.known[pc] = fall, true
			t.mergeAssigned(pc)
		}
		if !t.known[pc] {
			// unreachable (e.g. after a return): never runs
			t.blocks[pc].Deopt(int32(pc))
			fallKnown = false
			continue
		}
		t.assigned = append([]bool(nil), t.assignedAt[pc]...)
		var r *refusal
		fall, fallKnown, r = t.instr(pc, t.states[pc])
		if r != nil {
			return r
		}
	}
	if t.retKind == 0 {
		return t.refuse(0, "it never returns a value")
	}
	if t.selfCalls && len(t.lists) > 0 {
		return t.refuse(0, "it calls itself and has lists")
	}
	// every local has a value on entry, so that exits may list it
	e := t.fn.Entry()
	e.ConstInt(t.zeroI, 0)
	e.ConstFloat(t.zeroF, 0)
	for _, l := range t.order[nscalar:] {
		switch l.kind {
		case skInt:
			e.ConstInt(l.reg, 0)
		case skFloat:
			e.ConstFloat(l.reg, 0)
		default:
			e.ConstBool(l.reg, false)
		}
	}
	e.Jump(t.blocks[0], 0)
	return nil
}

// mergeAssigned records that control reaches instruction i with the locals
// t.assigned holds: a local is surely assigned there only when it is on
// every path.
func (t *translator) mergeAssigned(i int) {
	cur := t.assigned
	if t.assignedAt[i] == nil {
		t.assignedAt[i] = append([]bool(nil), cur...)
		return
	}
	for k := range t.assignedAt[i] {
		t.assignedAt[i][k] = t.assignedAt[i][k] && cur[k]
	}
}

// selfCall translates CALL argc of the function's own name: a native
// recursive call when the arguments have the parameters' kinds.
func (t *translator) selfCall(b *native.Block, pc int, st []slotKind, argc int) (slotKind, *refusal) {
	if t.inline != nil {
		return 0, t.refuse(pc, "a recursive call inside an inlined call")
	}
	n := len(st)
	args := make([]native.Reg, argc)
	for a := 0; a < argc; a++ {
		k := st[n-argc+a]
		if k != t.locals[a].kind {
			guard := fmt.Sprintf("the recursive call passes %s as `%s`", withArticle(k.String()), t.code.VarNames[a])
			b.Deopt(int32(pc), t.state(pc, pc, st, guard)...)
			return 0, nil
		}
		args[a] = t.reg(n-argc+a, k)
	}
	if !t.retKind.scalar() && t.retKind != 0 {
		return 0, t.refuse(pc, "a recursive call of a function returning a list")
	}
	t.selfCalls = true
	rk := t.retKind
	if rk == 0 {
		rk = t.retGuess
		if rk == 0 {
			rk = skInt
			t.retGuess = rk
		}
		t.guessUsed = true
	}
	if !rk.scalar() {
		return 0, t.refuse(pc, "a recursive call of a function returning %s", withArticle(rk.String()))
	}
	b.CallSelf(t.reg(n-argc-2, rk), args, int32(pc), t.state(pc, pc, st, "")...)
	return rk, nil
}

// canEnter checks the frame's arguments and the globals the code relies on.
func (c *compiledFunc) canEnter(f *Frame) bool {
	for i, k := range c.params {
		if k.isList() {
			continue // canEnterLists
		}
		if got, ok := kindOf(f.s[i]); !ok || got != k {
			return false
		}
	}
	if len(c.lists) > 0 && !c.canEnterLists(f) {
		return false
	}
	for _, g := range c.funcs {
		if v, ok := f.globals.getStr(g.name); !ok || v.o != g.value.o || g.fn.code != g.code {
			return false
		}
	}
	return c.vr.canEnter(f)
}

func (c *compiledFunc) frame() (*native.Frame, *funcLists) {
	if n := len(c.pool); n > 0 {
		fr, a := c.pool[n-1], c.poolLists[n-1]
		c.pool, c.poolLists = c.pool[:n-1], c.poolLists[:n-1]
		return fr, a
	}
	var a *funcLists
	if len(c.lists) > 0 {
		a = c.newFuncLists()
	}
	return c.code.NewFrame(), a
}

// runFunc runs f's function natively from its start.
func (vm *VM) runFunc(f *Frame, jf *jitFunc, c *compiledFunc) (Value, error) {
	fr, lists := c.frame()
	for _, l := range c.locals[:c.nscalar] {
		setNative(fr, l, f.s[l.slot])
	}
	if lists != nil {
		clear(lists.made)
		c.bindFuncLists(f, fr, lists) // canEnterLists checked the compact lists
	}
	fr.SetCallDepth(min(vm.recursionLimit-vm.depth, maxNativeDepth))
	js := vm.jit
	prevFrame, prevActive, prevCur := js.activeFrame, js.active.Load(), c.cur
	prevLists, prevFr := c.curLists, c.curFrame
	js.activeFrame, c.cur = f, f
	c.curLists, c.curFrame = lists, fr
	js.active.Store(fr)
	if vm.interrupt.v.Load() != 0 {
		fr.Interrupt()
	}
	if c.hooks == nil {
		c.hooks = &native.Hooks{Poll: func(id int32) error {
			err := vm.nativePoll(c.cur, int(id))
			if c.curLists != nil && !c.bindFuncLists(c.cur, c.curFrame, c.curLists) { // Go code ran: the lists may have moved
				panic(errPollLayout)
			}
			return err
		},
			Call: func(fn int, args []native.Value) (native.Value, error) {
				if fn >= callSliceBase {
					return c.sliceCallOut(fn, args) // jit_slice.go
				}
				if fn >= callListBase {
					return c.listCallOut(fn, args) // jit_listfn.go
				}
				v, err := c.vr.math.call(vm, fn, args)
				if c.curLists != nil && !c.bindFuncLists(c.cur, c.curFrame, c.curLists) { // Go code ran: the lists may have moved
					return native.Value{}, errListLayout
				}
				return v, err
			}}
	}
	r, err := vm.runFuncExits(f, jf, c, fr)
	js.activeFrame, c.cur = prevFrame, prevCur
	c.curLists, c.curFrame = prevLists, prevFr
	js.active.Store(prevActive)
	if lists != nil {
		// the pooled activation must not keep the lists alive
		clear(lists.made)
		fr.ClearBuffers()
	}
	c.pool, c.poolLists = append(c.pool, fr), append(c.poolLists, lists)
	return r, err
}

// runFuncExits runs fr until the function returns, handling deopts deep
// in the recursion.
func (vm *VM) runFuncExits(f *Frame, jf *jitFunc, c *compiledFunc, fr *native.Frame) (Value, error) {
	js := vm.jit
	hooks := c.hooks
	exit, err := fr.Run(hooks)
	for {
		if err == errRedoCall || err == errListLayout {
			// a math function raised, or a compact list became generic:
			// the interpreter redoes the call
			exit.Kind, err = native.ExitDeopt, nil
		}
		if err != nil {
			exc, isExc := err.(*Exception)
			if !isExc || exit.Kind != native.ExitPoll {
				panic("jitcore: native function failed: " + err.Error())
			}
			// a poll raised (KeyboardInterrupt) at a back-edge or a call
			exc.tb = append(exc.tb, tbEntry{code: f.code, pc: int(exit.ID)})
			for fr.Depth() > 0 {
				exc.tb = append(exc.tb, tbEntry{code: f.code, pc: int(fr.Unwind())})
			}
			return Null, exc
		}
		if exit.Kind == native.ExitReturn {
			if c.ret == skNone {
				return None, nil
			}
			return boxNative(exit.Value), nil
		}
		x := c.exits[exit.ID]
		if x == nil {
			panic("jitcore: native function left through an unknown exit")
		}
		guard := x.guard
		if exit.Kind == native.ExitError {
			guard = "no " + exit.Err.String()
		}
		if guard != "" {
			js.deopt(f.code, x.pc, guard)
			if c.deopts++; c.deopts > maxLoopDeopts && jf.compiled == c {
				// a guard that keeps failing costs more than the interpreter
				jf.status, jf.compiled = funcRefused, nil
				js.notCompiled(f.code, 0, "the whole function deoptimizes too often: "+guard, f.code.Locs[x.pc])
			}
		}
		// the innermost activation finishes in the interpreter
		d := fr.Depth()
		g := c.interpFrame(vm, f, d)
		c.rebuild(g, fr, x, x.stack, native.NoReg)
		g.pc = x.pc
		r, e := vm.evalNested(f, g, d)
		resumed := false
		for d > 0 {
			if e != nil {
				id := fr.Unwind()
				d--
				if exc, ok := e.(*Exception); ok {
					exc.tb = append(exc.tb, tbEntry{code: f.code, pc: int(id)})
				}
				continue
			}
			if _, typ := fr.TopCall(); typ != 0 {
				// Python code ran: the lists may have moved, or a compact
				// one became generic (then the caller goes on in the
				// interpreter)
				if nv, ok := toNative(r, typ); ok && (c.curLists == nil || c.bindFuncLists(f, fr, c.curLists)) {
					exit, err = fr.Resume(hooks, nv)
					resumed = true
					break
				}
			}
			// the caller expected another type: it goes on in the interpreter
			id := fr.Unwind()
			d--
			cx := c.exits[id]
			argc := int(f.code.Instrs[id].Arg)
			g = c.interpFrame(vm, f, d)
			c.rebuild(g, fr, cx, cx.stack[:len(cx.stack)-argc-2], native.NoReg)
			g.s[g.sp] = r
			g.sp++
			g.pc = int(id) + 1
			r, e = vm.evalNested(f, g, d)
		}
		if !resumed {
			return r, e
		}
	}
}

// interpFrame returns the interpreter frame for the activation at native
// depth d: f itself for the outermost, a new frame for the others.
func (c *compiledFunc) interpFrame(vm *VM, f *Frame, d int) *Frame {
	if d == 0 {
		return f
	}
	code := f.code
	return &Frame{code: code, rt: f.rt, fn: f.fn, globals: f.globals, s: make([]Value, len(code.VarNames)+code.StackSize)}
}

// evalNested runs g, the interpreter frame of the activation at native
// depth d of f's function, to its end.
func (vm *VM) evalNested(f, g *Frame, d int) (Value, error) {
	// no native code runs meanwhile (for the profiler and interrupts)
	js := vm.jit
	active, activeFrame := js.active.Swap(nil), js.activeFrame
	js.activeFrame = nil
	defer func() {
		js.active.Store(active)
		js.activeFrame = activeFrame
	}()
	if d == 0 {
		return vm.eval(f)
	}
	vm.depth += d
	g.back = vm.frame
	vm.frame = g
	r, err := vm.eval(g)
	vm.frame = g.back
	vm.depth -= d
	return r, err
}

// rebuild writes an activation's registers into the interpreter frame g:
// the locals that exist at exit x and the value stack st.
func (c *compiledFunc) rebuild(g *Frame, fr *native.Frame, x *jitExit, st []slotKind, _ native.Reg) {
	for _, l := range c.locals[:x.nlocals] {
		g.s[l.slot] = boxNative(fr.Get(l.reg))
	}
	if c.curLists != nil {
		c.rebuildLists(g, c.curLists)
	}
	base := len(g.code.VarNames)
	for d, k := range st {
		switch {
		case k.isList():
			g.s[base+d] = c.listValue(g, c.curLists, int(k-skListBase))
		case k.isLIter():
			it := c.vr.liters[k-skLIterBase]
			g.s[base+d] = listIterValue(c.listValue(g, c.curLists, it.list).o, fr.Get(it.idx).Int())
		case k == skNone:
			g.s[base+d] = None
		case k.isLit():
			g.s[base+d] = NewList([]Value{boxNative(fr.Get(x.regs[d]))})
		case k == skRange || k.isVIter() || k == skMathMod || k.isMathFn():
			g.s[base+d] = c.vr.value(fr, k)
		case k >= skFuncBase:
			g.s[base+d] = c.funcs[k-skFuncBase].value
		case k == skNull:
			g.s[base+d] = Null
		case k.scalar():
			g.s[base+d] = boxNative(fr.Get(x.regs[d]))
		default:
			panic("jitcore: a native function's stack holds " + k.String())
		}
	}
	g.sp = base + len(st)
}

// setNative stores the argument v into the native frame register of l.
func setNative(fr *native.Frame, l jitLocal, v Value) {
	switch l.kind {
	case skInt:
		fr.SetInt(l.reg, v.n)
	case skFloat:
		fr.SetFloat(l.reg, scalarFloat(v))
	case skBool:
		fr.Set(l.reg, native.BoolValue(v.n != 0))
	}
}

// toNative converts v to a native value of type t when it has that type.
func toNative(v Value, t native.Type) (native.Value, bool) {
	switch {
	case t == native.Int && v.k == kInt:
		return native.IntValue(v.n), true
	case t == native.Float && v.k == kFloat:
		return native.FloatValue(scalarFloat(v)), true
	case t == native.Bool && v.k == kBool:
		return native.BoolValue(v.n != 0), true
	}
	return native.Value{}, false
}
