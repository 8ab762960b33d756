package jitcore

import (
	"math"

	bc "jitlens/jitcore/bytecode"
)

// Calls of closures. A loop that calls a function kept in one of its
// locals (a function defined inside the running one, reading the
// enclosing function's variables) inlines the call like a call of a
// global function when the callee is straight-line arithmetic
// (jit_inline.go): its free variables hold numbers, read from their cells
// when the loop compiles and inlined as constants. Each entry of the loop
// checks that the local still holds the same function and its cells the
// same numbers. The loop must not rebind the local; it cannot store into
// a cell either (STORE_DEREF is not translated), and anything else that
// could (a call the JIT does not inline) is an exit, so the next entry
// checks again.

// closureInlinable reports whether fn is a closure whose body is
// straight-line arithmetic on its parameters and on free variables that
// hold numbers.
func closureInlinable(fn *Function) bool {
	code := fn.code
	if code.Flags&(bc.FlagGenerator|bc.FlagVarargs|bc.FlagVarkw|bc.FlagCoroutine) != 0 || code.KwOnlyCount > 0 ||
		len(code.CellVars) > 0 || len(code.FreeVars) == 0 || len(fn.closure) != len(code.FreeVars) {
		return false
	}
	for _, c := range fn.closure {
		if _, ok := kindOf(c.v); !ok {
			return false
		}
	}
	for _, in := range code.Instrs {
		switch in.Op {
		case bc.NOP, bc.LOAD_FAST, bc.STORE_FAST, bc.LOAD_CONST, bc.BINARY_OP, bc.UNARY_OP, bc.COMPARE_OP, bc.RETURN_VALUE:
		case bc.LOAD_DEREF:
			if int(in.Arg) >= len(code.FreeVars) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// closureLocal reports whether the local slot, holding v when the loop
// compiles, is a closure the loop inlines; the first time, it records the
// closure among the loop's functions.
func (t *translator) closureLocal(slot int, v Value) bool {
	if _, ok := t.funcLocal[slot]; ok {
		return true
	}
	fn, ok := v.o.(*Function)
	if !ok || v.k != kObj || !closureInlinable(fn) || len(t.funcs) == maxJITFuncs {
		return false
	}
	for pc := t.header; pc <= t.end; pc++ {
		if in := t.code.Instrs[pc]; (in.Op == bc.STORE_FAST || in.Op == bc.DELETE_FAST) && int(in.Arg) == slot {
			return false // the loop rebinds it
		}
	}
	cells := make([]Value, len(fn.closure))
	for i, c := range fn.closure {
		cells[i] = c.v
	}
	if t.funcLocal == nil {
		t.funcLocal = map[int]slotKind{}
	}
	t.funcLocal[slot] = skFuncBase + slotKind(len(t.funcs))
	t.funcs = append(t.funcs, inlinedFunc{name: t.code.VarNames[slot], value: v, fn: fn, code: fn.code, local: slot + 1, cells: cells})
	return true
}

// closureLoad reports whether the instruction at pc loads a closure local
// the loop inlines.
func (t *translator) closureLoad(pc int) bool {
	in := t.code.Instrs[pc]
	_, ok := t.funcLocal[int(in.Arg)]
	return in.Op == bc.LOAD_FAST && ok && t.callee == nil
}

// holds reports whether the frame still calls g: the global still names
// the function, or the local still holds the closure and its cells the
// numbers inlined.
func (g *inlinedFunc) holds(f *Frame) bool {
	if g.local == 0 {
		v, ok := f.globals.getStr(g.name)
		return ok && v.o == g.value.o && g.fn.code == g.code
	}
	if v := f.s[g.local-1]; v.k != kObj || v.o != g.value.o {
		return false
	}
	for i, c := range g.fn.closure {
		if !sameNumber(c.v, g.cells[i]) {
			return false
		}
	}
	return true
}

// sameNumber reports whether a and b are the same int, float (bit for
// bit) or bool.
func sameNumber(a, b Value) bool {
	if a.k != b.k {
		return false
	}
	switch a.k {
	case kInt, kBool:
		return a.n == b.n
	case kFloat:
		return math.Float64bits(a.float()) == math.Float64bits(b.float())
	}
	return false
}

// cellOrConst is the value a LOAD_CONST or (in a closure) a LOAD_DEREF of
// g's straight-line body pushes.
func (g *inlinedFunc) cellOrConst(in bc.Instr) Value {
	if in.Op == bc.LOAD_DEREF {
		return g.cells[in.Arg]
	}
	return constValue(g.code.Consts[in.Arg])
}
