package jitcore

import (
	"slices"

	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Calls to small pure functions are inlined: a global function whose body
// is straight-line arithmetic on its parameters (no branches, calls,
// globals or objects). Any exit inside the inlined body resumes the
// interpreter at the CALL with the caller's stack (NULL, the function, the
// arguments): the body has no side effects, so running the call again
// from its start is exact.

// skNull is the NULL slot a call pushes below the callee.
const skNull slotKind = 4

// skLen is the builtin len on the value stack (called on a list local it
// is the length of the list's buffer).
const skLen slotKind = 5

// skRange is the builtin range on the value stack (called in a for loop
// it becomes a range iterator held in registers).
const skRange slotKind = 6

// skVIterBase+i is the i-th range iterator the code creates itself (a
// nested for loop): its cur, step and count live in registers, and an
// exit materializes it as a range iterator object.
const skVIterBase slotKind = 32

// maxVIters bounds the nested range loops of one compile.
const maxVIters = 16

// isVIter reports whether k is a range iterator held in registers.
func (k slotKind) isVIter() bool { return k >= skVIterBase && k < skVIterBase+maxVIters }

// skFuncBase+i is the i-th inlined function on the value stack.
const skFuncBase slotKind = 16

// maxJITFuncs bounds the functions a loop inlines.
const maxJITFuncs = 8

// inlinedFunc is a global function a loop inlines; canEnter checks that
// the global still names it.
type inlinedFunc struct {
	name  string
	value Value
	fn    *Function
	code  *bc.Code
	body  bool // has control flow: inlined by inlineBody
	// a closure kept in a local (jit_closure.go): its slot+1, and the
	// numbers its cells held when the loop compiled
	local int
	cells []Value
}

// inlineCtx redirects the exits of an inlined body to the caller's CALL.
type inlineCtx struct {
	pc int
	st []slotKind
}

// inlinable reports whether fn's code can be inlined, or why not.
func inlinable(fn *Function) (ok bool, why string) {
	code := fn.code
	if code.Flags&(bc.FlagGenerator|bc.FlagVarargs|bc.FlagVarkw|bc.FlagCoroutine) != 0 || code.KwOnlyCount > 0 ||
		len(code.CellVars) > 0 || len(code.FreeVars) > 0 {
		return false, "its signature or closure"
	}
	for _, in := range code.Instrs {
		switch in.Op {
		case bc.NOP, bc.LOAD_FAST, bc.STORE_FAST, bc.LOAD_CONST, bc.BINARY_OP, bc.UNARY_OP, bc.COMPARE_OP, bc.RETURN_VALUE:
		default:
			return false, "it uses " + in.Op.String()
		}
	}
	return true, ""
}

// loadGlobalFunc pushes an inlinable global function.
func (t *translator) loadGlobalFunc(pc int, name string) (slotKind, *refusal) {
	v, ok := t.globals.getStr(name)
	if !ok && name == "range" {
		if b, isB := t.builtins.getStr("range"); isB && b.o == Obj(RangeType).o {
			t.rangeFn, t.usesRange = b, true
			return skRange, nil
		}
	}
	if ok && v.k == kObj && v.o == Obj(RangeType).o {
		// numba's prange (or another global naming range) is range:
		// canEnter checks that the global still names it
		if t.rangeFn.k == kNull {
			t.rangeFn = v
		}
		if !slices.Contains(t.rangeAliases, name) {
			t.rangeAliases = append(t.rangeAliases, name)
		}
		return skRange, nil
	}
	if !ok && name == "len" {
		if b, isB := t.builtins.getStr("len"); isB {
			t.lenFn, t.usesLen = b, true
			return skLen, nil
		}
	}
	fn, isFn := v.o.(*Function)
	if !ok || !isFn || v.k != kObj {
		return 0, t.refuse(pc, "%s", t.describe(pc))
	}
	body := false
	if ok, why := inlinable(fn); !ok && (t.selfFn == nil || fn != t.selfFn) {
		if ok2, why2 := inlinableBody(fn, t.globals); !ok2 || t.callee != nil {
			if why2 != "" {
				why = why2
			}
			return 0, t.refuse(pc, "a call to `%s` (not inlined: %s)", name, why)
		}
		body = true
	}
	for i, g := range t.funcs {
		if g.fn == fn && g.name == name {
			return skFuncBase + slotKind(i), nil
		}
	}
	if len(t.funcs) == maxJITFuncs {
		return 0, t.refuse(pc, "calls to more than %d functions", maxJITFuncs)
	}
	t.funcs = append(t.funcs, inlinedFunc{name: name, value: v, fn: fn, code: fn.code, body: body})
	return skFuncBase + slotKind(len(t.funcs)-1), nil
}

// inlineCall translates CALL argc at pc, stack st ending with NULL, an
// inlined function and its arguments; it returns the result's kind, in
// the register of the NULL's depth.
func (t *translator) inlineCall(b *native.Block, pc int, st []slotKind, argc int) (slotKind, *native.Block, *refusal) {
	n := len(st)
	if argc == 1 && n >= 3 && st[n-3] == skNull && st[n-2] == skLen && st[n-1].isList() {
		l := t.lists[st[n-1]-skListBase]
		b.Len(t.reg(n-3, skInt), l.buf)
		return skInt, b, nil
	}
	if n >= argc+2 && st[n-argc-2] == skNull && st[n-argc-1] == skRange {
		if argc == 3 {
			if _, ok := t.constStep(pc); !ok {
				return t.rangeVarStep(b, pc, st) // jit_listfn.go
			}
		}
		k, r := t.rangeCall(b, pc, st, argc)
		return k, b, r
	}
	if argc == 1 && n >= 3 && st[n-3] == skNull && st[n-2].isMathFn() {
		k, r := t.mathCall(b, pc, st)
		return k, b, r
	}
	if t.callee != nil {
		return 0, nil, t.refuse(pc, "a call inside an inlined function")
	}
	k, cont, r := t.inlineCallOf(b, pc, st, argc)
	if r == nil && cont == nil && k != 0 {
		cont = b
	}
	return k, cont, r
}

// inlineCallOf translates a call of an inlined or recursive function.
func (t *translator) inlineCallOf(b *native.Block, pc int, st []slotKind, argc int) (slotKind, *native.Block, *refusal) {
	n := len(st)
	if n < argc+2 || st[n-argc-2] != skNull || st[n-argc-1] < skFuncBase || st[n-argc-1].isVIter() || st[n-argc-1].isMathFn() {
		return 0, nil, t.refuse(pc, "a call")
	}
	g := t.funcs[st[n-argc-1]-skFuncBase]
	code := g.code
	if argc != code.ArgCount {
		return 0, nil, t.refuse(pc, "a call to `%s` with %d arguments", g.name, argc)
	}
	if t.selfFn != nil && g.fn == t.selfFn {
		k, r := t.selfCall(b, pc, st, argc)
		if k == 0 && r == nil {
			return 0, nil, nil // the call deopts
		}
		return k, b, r
	}
	if g.body {
		return t.inlineBody(b, pc, st, argc, g)
	}
	type local struct {
		k slotKind
		r native.Reg
	}
	locals := map[int]local{}
	for a := 0; a < argc; a++ {
		k := st[n-argc+a]
		if !k.scalar() {
			return 0, nil, t.refuse(pc, "a call to `%s` with a non-number argument", g.name)
		}
		r := t.fn.NewReg(k.native())
		b.Move(r, t.reg(n-argc+a, k))
		locals[a] = local{k, r}
	}
	prev := t.inline
	t.inline = &inlineCtx{pc: pc, st: st}
	defer func() { t.inline = prev }()
	cs := append([]slotKind(nil), st...)
	for _, in := range code.Instrs {
		m := len(cs)
		switch in.Op {
		case bc.NOP:
		case bc.LOAD_FAST:
			l, ok := locals[int(in.Arg)]
			if !ok {
				return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: it reads `%s` before assigning it)", g.name, code.VarNames[in.Arg])
			}
			b.Move(t.reg(m, l.k), l.r)
			cs = push(cs, l.k)
		case bc.STORE_FAST:
			k := cs[m-1]
			r := t.fn.NewReg(k.native())
			b.Move(r, t.reg(m-1, k))
			locals[int(in.Arg)] = local{k, r}
			cs = cs[:m-1]
		case bc.LOAD_CONST, bc.LOAD_DEREF:
			v := g.cellOrConst(in)
			k, r := t.constant(b, pc, m, v)
			if r != nil {
				return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: %s)", g.name, r.reason)
			}
			cs = push(cs, k)
		case bc.BINARY_OP, bc.UNARY_OP, bc.COMPARE_OP:
			var k slotKind
			var r *refusal
			switch in.Op {
			case bc.BINARY_OP:
				k, r = t.binary(b, pc, cs, binaryOperator(in.Arg))
				cs = cs[:m-2]
			case bc.UNARY_OP:
				k, r = t.unary(b, pc, cs, unaryOperator(in.Arg))
				cs = cs[:m-1]
			default:
				k, r = skBool, t.compare(b, pc, cs, cmpOperator(in.Arg))
				cs = cs[:m-2]
			}
			if r != nil {
				return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: %s)", g.name, r.reason)
			}
			cs = push(cs, k)
		case bc.RETURN_VALUE:
			k := cs[m-1]
			b.Move(t.reg(n-argc-2, k), t.reg(m-1, k))
			return k, b, nil
		}
	}
	return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: no return)", g.name)
}
