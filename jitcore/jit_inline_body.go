package jitcore

import (
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Calls to small functions with branches and loops (mandelbrot's
// escape_count called from a loop) are inlined too: the callee's bytecode
// is translated in place with its own blocks, locals in fresh registers and
// its returns jumping to the caller's continuation. Such a callee touches
// only its own scalar locals (no lists, globals other than range, calls or
// stores outside), so any exit inside it, a poll included, is reported at
// the caller's CALL, where the interpreter makes the call again from its
// start.

// maxInlineBody bounds the bytecode of a function inlined with its control flow.
const maxInlineBody = 200

// calleeCtx is the inlined body being translated.
type calleeCtx struct {
	resultDepth int           // caller's stack depth of the call's result
	ret         slotKind      // kind of the body's returns so far
	cont        *native.Block // where its returns go
}

// inlinableBody reports whether fn can be inlined with its control flow
// into code whose globals are globals.
func inlinableBody(fn *Function, globals *Dict) (ok bool, why string) {
	code := fn.code
	if code.Flags&(bc.FlagGenerator|bc.FlagVarargs|bc.FlagVarkw|bc.FlagCoroutine) != 0 || code.KwOnlyCount > 0 ||
		len(code.CellVars) > 0 || len(code.FreeVars) > 0 {
		return false, "its signature or closure"
	}
	if fn.globals != globals {
		return false, "it comes from another module"
	}
	if len(code.Instrs) > maxInlineBody {
		return false, "it is too long"
	}
	for i, in := range code.Instrs {
		switch in.Op {
		case bc.NOP, bc.EXTENDED_NOP, bc.LOAD_FAST, bc.STORE_FAST, bc.LOAD_CONST, bc.BINARY_OP, bc.UNARY_OP, bc.COMPARE_OP,
			bc.RETURN_VALUE, bc.POP_TOP, bc.DUP_TOP, bc.ROT_TWO, bc.ROT_THREE, bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE,
			bc.JUMP, bc.GET_ITER, bc.FOR_ITER, bc.BUILD_TUPLE, bc.UNPACK_SEQUENCE:
		case bc.PUSH_NULL:
		case bc.LOAD_GLOBAL:
			if code.Names[in.Arg] != "range" {
				return false, "it uses the global `" + code.Names[in.Arg] + "`"
			}
		case bc.CALL:
			if i < 2 {
				return false, "it calls something"
			}
		default:
			return false, "it uses " + in.Op.String()
		}
	}
	return true, ""
}

// inlineBody translates CALL argc at pc of g, a function with control flow:
// it returns the result's kind (in the register of the NULL's depth) and
// the block where the caller goes on.
func (t *translator) inlineBody(b *native.Block, pc int, st []slotKind, argc int, g inlinedFunc) (slotKind, *native.Block, *refusal) {
	n := len(st)
	code := g.code
	cont := t.fn.NewBlock()
	ctx := &calleeCtx{resultDepth: n - argc - 2, cont: cont}
	locals := map[int]*jitLocal{}
	assigned := make([]bool, len(code.VarNames))
	for a := 0; a < argc; a++ {
		k := st[n-argc+a]
		if !k.scalar() {
			return 0, nil, t.refuse(pc, "a call to `%s` with a non-number argument", g.name)
		}
		r := t.fn.NewReg(k.native())
		b.Move(r, t.reg(n-argc+a, k))
		locals[a] = &jitLocal{slot: a, kind: k, reg: r}
		assigned[a] = true
	}
	// translate the body with the translator switched to the callee's code
	saved := *t
	restore := func() {
		inner := *t
		*t = saved
		// keep what the body added to the shared parts
		t.fn, t.exits, t.stack, t.viters = inner.fn, inner.exits, inner.stack, inner.viters
		t.rangeFn, t.usesRange, t.rangeAliases = inner.rangeFn, inner.usesRange, inner.rangeAliases
	}
	t.code, t.consts, t.header, t.end = code, g.fn.rt.consts, 0, len(code.Instrs)-1
	t.locals, t.listIndex, t.callee = locals, nil, ctx
	t.inline = &inlineCtx{pc: pc, st: st}
	nb := len(code.Instrs)
	t.blocks, t.forBody = make([]*native.Block, nb), make([]*native.Block, nb)
	t.states, t.known, t.assignedAt = make([][]slotKind, nb), make([]bool, nb), make([][]bool, nb)
	for q := 0; q < nb; q++ {
		t.blocks[q] = t.fn.NewBlock()
		if code.Instrs[q].Op == bc.FOR_ITER {
			t.forBody[q] = t.fn.NewBlock()
		}
	}
	b.Jump(t.blocks[0], int32(pc))
	t.states[0], t.known[0], t.assignedAt[0] = append([]slotKind(nil), st...), true, assigned
	var fall []slotKind
	fallKnown := false
	for q := 0; q < nb; q++ {
		if fallKnown {
			if t.known[q] && !sameStack(t.states[q], fall) {
				r := t.refuse(q, "the value stack differs between paths")
				restore()
				return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: %s)", g.name, r.reason)
			}
			t.states[q], t.known[q] = fall, true
			t.mergeAssigned(q)
		}
		if !t.known[q] {
			t.blocks[q].Deopt(int32(pc)) // unreachable
			fallKnown = false
			continue
		}
		t.assigned = append([]bool(nil), t.assignedAt[q]...)
		var r *refusal
		fall, fallKnown, r = t.instr(q, t.states[q])
		if r != nil {
			restore()
			return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: %s)", g.name, r.reason)
		}
	}
	restore()
	if ctx.ret == 0 {
		return 0, nil, t.refuse(pc, "a call to `%s` (not inlined: it returns no number)", g.name)
	}
	return ctx.ret, cont, nil
}
