package jitcore

import (
	"fmt"
	"sort"
	"strings"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// refusal is why a loop cannot be compiled, at instruction pc.
type refusal struct {
	pc     int
	reason string
}

// translator turns the bytecode of one loop into native IR. Every local
// and every value-stack slot (by depth and type) gets its own register;
// the abstract stack at each instruction is known statically because the
// locals' types are fixed on entry.
type translator struct {
	code        *bc.Code
	consts      []Value
	header      int
	end         int
	fn          *native.Func
	blocks      []*native.Block // one per instruction of the loop
	forBody     []*native.Block // the "has a next value" half of FOR_ITER
	states      [][]slotKind    // abstract stack before each instruction
	known       []bool
	locals      map[int]*jitLocal
	order       []*jitLocal // locals by slot
	lists       []*jitLocal // list locals, by skListBase offset
	listIndex   map[int]int // list local slot -> index in lists
	stack       map[[2]int]native.Reg
	outside     map[int]*native.Block // exit blocks by target pc
	exits       map[int32]*jitExit
	forIter     bool
	iterElem    slotKind // a for loop over a list: its element kind (0: range)
	iterCt      *ctype   // a for loop over a container of containers: its shape (jit_nested.go)
	iterBuf     int
	iterCompact bool // the list a for loop runs over is compact (list_compact.go)
	iter        [3]native.Reg
	globals     *Dict
	builtins    *Dict
	lenFn       Value // the builtin len, when the loop calls it
	usesLen     bool
	rangeFn     Value // the builtin range, when nested loops call it
	usesRange   bool
	viters      [][3]native.Reg // cur, step, count of each nested range loop
	funcs       []inlinedFunc
	inline      *inlineCtx // set while translating an inlined body
	zeroI       native.Reg
	zeroF       native.Reg
	// whole-function mode (jit_func.go): the function itself (its global
	// name may be called recursively), the kind every return has, the
	// guess a recursive call before any return used, and which locals are
	// surely assigned at the instruction being translated (and at the
	// forward targets seen so far)
	fnMode     bool
	selfFn     *Function
	retKind    slotKind
	retGuess   slotKind
	guessUsed  bool
	assigned   []bool
	assignedAt [][]bool
	callee     *calleeCtx // set while translating an inlined body with control flow
	marks      bool       // start source lines with OpMark: a profiler is attached (jit_sample.go)
	markTable  bool       // compile the marks into a table for instruction pointer samples
	math       mathRefs

	// rangeAliases are globals naming range that the code calls (numba's prange)
	rangeAliases []string
	// params are a whole function's parameters' kinds (lists included);
	// selfCalls says it calls itself (jit_listfn.go)
	params    []slotKind
	selfCalls bool
	// globals read as constants and nested loops over lists (jit_globals.go)
	globalsRef globalRefs
	liters     []listIterReg
	// funcLocal maps the locals holding a closure the loop inlines to
	// their function's kind (jit_closure.go)
	funcLocal map[int]slotKind
}

func (t *translator) refuse(pc int, format string, args ...any) *refusal {
	return &refusal{pc: pc, reason: fmt.Sprintf(format, args...)}
}

// compileLoop tries to compile lp from the frame's current types; it
// records a Compiled or NotCompiled event either way.
func (vm *VM) compileLoop(f *Frame, sp int, lp *jitLoop) {
	js := vm.jit
	t := &translator{code: f.code, consts: f.rt.consts, header: lp.header, end: lp.end, marks: vm.Sample != nil, markTable: vm.Sample != nil && vm.jit.pcs != nil,
		globals: f.globals, builtins: vm.builtins, locals: map[int]*jitLocal{}, stack: map[[2]int]native.Reg{}, outside: map[int]*native.Block{}, exits: map[int32]*jitExit{}}
	name := fmt.Sprintf("%s:%d", f.code.QualName, f.code.Locs[lp.header].Line)
	if r := t.safeTranslate(f, sp, name); r != nil {
		lp.status = loopRefused
		js.notCompiled(f.code, lp.header, r.reason, f.code.Locs[r.pc])
		return
	}
	code, err := native.Compile(t.fn)
	if err != nil {
		lp.status = loopRefused
		js.notCompiled(f.code, lp.header, "native code generation failed: "+err.Error(), f.code.Locs[lp.header])
		return
	}
	lp.status = loopCompiled
	lp.compiled = &compiledLoop{code: code, frame: code.NewFrame(), locals: make([]jitLocal, len(t.order)),
		forIter: t.forIter, iterElem: t.iterElem, iterBuf: t.iterBuf, iterCompact: t.iterCompact, iter: t.iter, exits: t.exits, header: t.states[0]}
	for i, l := range t.order {
		lp.compiled.locals[i] = *l
	}
	for _, l := range t.lists {
		lp.compiled.lists = append(lp.compiled.lists, *l)
	}
	lp.compiled.funcs = t.funcs
	lp.compiled.lenFn = t.lenFn
	lp.compiled.vr = t.virtualRanges()
	js.setCodeState(f.code, JITCompiled)
	js.event(f.code, JITEvent{Kind: EventCompiled, Span: loopSpan(f.code, lp.header, lp.end), Signature: t.signature(),
		CodeSize: code.Stats.CodeSize, CompileTime: code.Stats.CompileTime})
}

func loopSpan(code *bc.Code, header, end int) bc.Loc {
	l := code.Locs[header]
	for pc := header; pc <= end; pc++ {
		if e := code.Locs[pc]; e.EndLine > l.EndLine {
			l.EndLine, l.EndCol = e.EndLine, e.EndCol
		}
	}
	return l
}

func (t *translator) signature() string {
	parts := make([]string, 0, len(t.order)+1)
	switch {
	case t.forIter && t.iterCt != nil:
		parts = append(parts, "over "+t.iterCt.name)
	case t.forIter && t.iterElem != 0:
		parts = append(parts, "over list["+t.iterElem.String()+"]")
	case t.forIter:
		parts = append(parts, "over range")
	}
	for _, l := range t.order {
		parts = append(parts, fmt.Sprintf("%s: %s", t.code.VarNames[l.slot], l.kind))
	}
	for _, l := range t.lists {
		name := l.gname
		if name == "" && l.slot < 0 {
			continue // a temporary (jit_nested.go)
		}
		if name == "" {
			name = t.code.VarNames[l.slot]
		}
		parts = append(parts, fmt.Sprintf("%s: %s", name, l.typeName()))
	}
	return "loop(" + strings.Join(parts, ", ") + ")"
}

// safeTranslate is translate turning a translator bug into a refusal: the
// loop then stays interpreted and the program's results are unaffected.
func (t *translator) safeTranslate(f *Frame, sp int, name string) (r *refusal) {
	defer func() {
		if p := recover(); p != nil {
			r = t.refuse(t.header, "internal error in the JIT: %v", p)
		}
	}()
	return t.translate(f, sp, name)
}

// translate builds t.fn for the loop [header, end] entered with the
// frame's current values.
func (t *translator) translate(f *Frame, sp int, name string) *refusal {
	code := t.code
	if r := t.scanLocals(f); r != nil {
		return r
	}
	t.fn = native.NewFunc(name)
	t.fn.MarkTable = t.markTable
	for _, l := range t.order {
		l.reg = t.fn.NewParam(l.kind.native())
	}
	for _, l := range t.lists {
		if l.ct != nil {
			l.buf = t.newContainerBuffer(l) // jit_nested.go
			continue
		}
		l.buf = t.newListBuffer(l.elem, l.compact)
	}
	var entry []slotKind
	if code.Instrs[t.header].Op == bc.FOR_ITER {
		if sp < 1 || f.s[sp-1].k != kObj {
			return t.refuse(t.header, "a for loop over something else than range()")
		}
		_, isRange := f.s[sp-1].o.(*rangeIter)
		li, isList := f.s[sp-1].o.(*listIter)
		if isList {
			switch t.iterElem = listKind(li.l); {
			case t.iterElem == 0 && t.iterNested(li.l): // a list of lists or tuples (jit_nested.go)
			case t.iterElem == 0:
				return t.refuse(t.header, "a for loop over a list that does not hold only ints, only floats or only bools")
			default:
				t.iterCompact = li.l.c != nil
				t.iterBuf = t.newListBuffer(t.iterElem, t.iterCompact)
			}
		} else if !isRange {
			return t.refuse(t.header, "a for loop over %s (only range() and lists compile)", withArticle(f.s[sp-1].Type().Name))
		}
		t.forIter = true
		for i := range t.iter {
			t.iter[i] = t.fn.NewParam(native.Int)
		}
		entry = []slotKind{skIter}
	}
	t.zeroI, t.zeroF = t.fn.NewReg(native.Int), t.fn.NewReg(native.Float)
	n := t.end - t.header + 1
	t.blocks, t.forBody = make([]*native.Block, n), make([]*native.Block, n)
	t.states, t.known = make([][]slotKind, n), make([]bool, n)
	for pc := t.header; pc <= t.end; pc++ {
		t.blocks[pc-t.header] = t.fn.NewBlock()
		if code.Instrs[pc].Op == bc.FOR_ITER {
			t.forBody[pc-t.header] = t.fn.NewBlock()
		}
	}
	e := t.fn.Entry()
	e.ConstInt(t.zeroI, 0)
	e.ConstFloat(t.zeroF, 0)
	e.Jump(t.blocks[0], int32(t.header))
	t.states[0], t.known[0] = entry, true
	var fall []slotKind
	fallKnown := false
	for pc := t.header; pc <= t.end; pc++ {
		i := pc - t.header
		if fallKnown {
			if t.known[i] && !sameStack(t.states[i], fall) {
				return t.refuse(pc, "the value stack differs between paths")
			}
			t.states[i], t.known[i] = fall, true
		}
		if !t.known[i] {
			// unreachable (e.g. after a break): never runs
			t.blocks[i].Deopt(int32(pc))
			t.exits[int32(pc)] = &jitExit{pc: pc, stack: t.states[0], regs: t.stackRegs(t.states[0])}
			fallKnown = false
			continue
		}
		var r *refusal
		fall, fallKnown, r = t.instr(pc, t.states[i])
		if r != nil {
			return r
		}
	}
	return nil
}

func sameStack(a, b []slotKind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// scanLocals gives every local the loop touches a register of the type
// it holds now.
func (t *translator) scanLocals(f *Frame) *refusal {
	code := t.code
	for pc := t.header; pc <= t.end; pc++ {
		in := code.Instrs[pc]
		switch in.Op {
		case bc.LOAD_FAST, bc.STORE_FAST:
		case bc.DELETE_FAST:
			return t.refuse(pc, "`del %s`", code.VarNames[in.Arg])
		default:
			continue
		}
		slot := int(in.Arg)
		if t.locals[slot] != nil || t.closureLocal(slot, f.s[slot]) { // jit_closure.go
			continue
		}
		v := f.s[slot]
		k, ok := kindOf(v)
		if handled, r := t.scanContainer(pc, slot, v); handled || r != nil { // jit_nested.go
			if r != nil {
				return r
			}
			continue
		}
		if xs, isList := v.o.(*List); !ok && isList && v.k == kObj {
			elem := listKind(xs)
			if elem == 0 {
				return t.refuse(pc, "`%s` is a list that does not hold only ints, only floats or only bools", code.VarNames[slot])
			}
			if len(t.lists) == maxJITLists {
				return t.refuse(pc, "more than %d lists", maxJITLists)
			}
			if t.listIndex == nil {
				t.listIndex = map[int]int{}
			}
			t.listIndex[slot] = len(t.lists)
			t.lists = append(t.lists, &jitLocal{slot: slot, kind: skListBase + slotKind(len(t.lists)), elem: elem, compact: xs.c != nil})
			t.locals[slot] = t.lists[len(t.lists)-1]
			continue
		}
		if !ok {
			if v.k == kNull {
				return t.refuse(pc, "`%s` has no value when the loop starts", code.VarNames[slot])
			}
			if v.Type() == IntType {
				return t.refuse(pc, "`%s` is an int too big for 64 bits", code.VarNames[slot])
			}
			return t.refuse(pc, "`%s` is %s", code.VarNames[slot], withArticle(v.Type().Name))
		}
		t.locals[slot] = &jitLocal{slot: slot, kind: k}
	}
	for _, l := range t.locals {
		if l.kind.scalar() {
			t.order = append(t.order, l)
		}
	}
	sort.Slice(t.order, func(i, j int) bool { return t.order[i].slot < t.order[j].slot })
	return nil
}

// reg returns the register of stack depth d holding kind k.
func (t *translator) reg(d int, k slotKind) native.Reg {
	key := [2]int{d, int(k)}
	r, ok := t.stack[key]
	if !ok {
		r = t.fn.NewReg(k.native())
		t.stack[key] = r
	}
	return r
}

func (t *translator) stackRegs(st []slotKind) []native.Reg {
	regs := make([]native.Reg, len(st))
	for d, k := range st {
		if rk := k.regKind(); rk != 0 {
			regs[d] = t.reg(d, rk)
		}
	}
	return regs
}

// state lists the registers the interpreter needs at an exit with stack st
// (and records the exit under id).
func (t *translator) state(id, pc int, st []slotKind, guard string) []native.Reg {
	if t.inline != nil {
		id, pc, st = t.inline.pc, t.inline.pc, t.inline.st
		if guard != "" {
			guard = "the inlined call needs no big int and no type change"
		}
	}
	regs := t.stackRegs(st)
	if old, ok := t.exits[int32(id)]; !ok || guard != "" {
		x := &jitExit{pc: pc, stack: append([]slotKind(nil), st...), regs: regs, guard: guard}
		if ok && old.guard != "" && guard != old.guard {
			x.guard = old.guard + "; " + guard
		}
		t.exits[int32(id)] = x
	}
	if x := t.exits[int32(id)]; x.nlocals == 0 {
		x.nlocals = len(t.order)
	}
	out := make([]native.Reg, 0, len(t.order)+3+len(st))
	for _, l := range t.order {
		out = append(out, l.reg)
	}
	if t.forIter {
		out = append(out, t.iter[0], t.iter[2])
	}
	for d, k := range st {
		if k.regKind() != 0 {
			out = append(out, regs[d])
		}
		if k.isVIter() {
			out = append(out, t.viters[k-skVIterBase][:]...)
		}
		if k.isLIter() {
			out = append(out, t.liters[k-skLIterBase].idx)
		}
	}
	return out
}

// target returns the block for a jump from pc to target with stack st,
// recording st there (or an exit block when target is outside the loop).
func (t *translator) target(pc, target int, st []slotKind) (*native.Block, *refusal) {
	if target < t.header || target > t.end {
		if b, ok := t.outside[target]; ok {
			if x := t.exits[int32(target)]; !sameStack(x.stack, st) {
				return nil, t.refuse(pc, "the value stack differs between exits")
			}
			return b, nil
		}
		b := t.fn.NewBlock()
		b.Deopt(int32(target), t.state(target, target, st, "")...)
		t.outside[target] = b
		return b, nil
	}
	i := target - t.header
	if t.known[i] {
		if !sameStack(t.states[i], st) {
			return nil, t.refuse(pc, "the value stack differs between paths")
		}
	} else if target < pc {
		return nil, t.refuse(pc, "a jump back into unreachable code")
	} else {
		t.states[i], t.known[i] = append([]slotKind(nil), st...), true
	}
	if (t.fnMode || t.callee != nil) && target > pc {
		t.mergeAssigned(target - t.header)
	}
	return t.blocks[i], nil
}

// next returns the block of the instruction after pc.
func (t *translator) next(pc int) (*native.Block, *refusal) {
	if pc+1 > t.end {
		return nil, t.refuse(pc, "the loop falls through its end")
	}
	return t.blocks[pc+1-t.header], nil
}

var cmpConds = map[syntax.CmpOp]native.Cond{syntax.Eq: native.EQ, syntax.NotEq: native.NE, syntax.Lt: native.LT,
	syntax.LtE: native.LE, syntax.Gt: native.GT, syntax.GtE: native.GE}

var intOps = map[syntax.Operator]native.Op{syntax.Add: native.OpAddInt, syntax.Sub: native.OpSubInt,
	syntax.Mult: native.OpMulInt, syntax.FloorDiv: native.OpFloorDivInt, syntax.Mod: native.OpModInt,
	syntax.LShift: native.OpShlInt, syntax.RShift: native.OpShrInt, syntax.BitAnd: native.OpAndInt,
	syntax.BitOr: native.OpOrInt, syntax.BitXor: native.OpXorInt}

var floatOps = map[syntax.Operator]native.Op{syntax.Add: native.OpAddFloat, syntax.Sub: native.OpSubFloat,
	syntax.Mult: native.OpMulFloat, syntax.Div: native.OpDivFloat}

var operatorSymbols = map[syntax.Operator]string{syntax.Add: "+", syntax.Sub: "-", syntax.Mult: "*",
	syntax.MatMult: "@", syntax.Div: "/", syntax.Mod: "%", syntax.Pow: "**", syntax.LShift: "<<",
	syntax.RShift: ">>", syntax.BitOr: "|", syntax.BitXor: "^", syntax.BitAnd: "&", syntax.FloorDiv: "//"}

// exactLimit bounds the ints that convert to float exactly (2**53).
const exactLimit = 1 << 53

// guardExact exits unless the int in r is exactly representable as a
// float, so that mixed comparisons and int / int match Python.
func (t *translator) guardExact(b *native.Block, r native.Reg, pc int, st []slotKind) {
	lim, c := t.fn.NewReg(native.Int), t.fn.NewReg(native.Bool)
	b.ConstInt(lim, exactLimit)
	b.Compare(native.OpCmpInt, native.LE, c, r, lim)
	b.Guard(c, t.exitID(pc), t.state(pc, pc, st, "int operand is within ±2**53")...)
	b.ConstInt(lim, -exactLimit)
	b.Compare(native.OpCmpInt, native.GE, c, r, lim)
	b.Guard(c, t.exitID(pc), t.state(pc, pc, st, "int operand is within ±2**53")...)
}

// toFloat returns a float register holding the operand (converted if int).
func (t *translator) toFloat(b *native.Block, r native.Reg, k slotKind) native.Reg {
	if k == skFloat {
		return r
	}
	x := t.fn.NewReg(native.Float)
	b.Unary(native.OpIntToFloat, x, r, -1)
	return x
}

// truth returns a bool register with the truth value of r.
func (t *translator) truth(b *native.Block, r native.Reg, k slotKind) native.Reg {
	switch k {
	case skBool:
		return r
	case skInt:
		c := t.fn.NewReg(native.Bool)
		b.Compare(native.OpCmpInt, native.NE, c, r, t.zeroI)
		return c
	}
	c := t.fn.NewReg(native.Bool)
	b.Compare(native.OpCmpFloat, native.NE, c, r, t.zeroF)
	return c
}

func push(st []slotKind, k slotKind) []slotKind {
	return append(append([]slotKind(nil), st...), k)
}

// withArticle prefixes a type name with "a" or "an".
func withArticle(name string) string {
	if name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

// exitID is the ID of exits at pc: the caller's CALL inside an inlined body.
func (t *translator) exitID(pc int) int32 {
	if t.inline != nil {
		return int32(t.inline.pc)
	}
	return int32(pc)
}
