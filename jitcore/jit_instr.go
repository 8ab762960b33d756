package jitcore

import (
	"math"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// instr translates the instruction at pc with stack st into its block. It
// returns the stack after it when it falls through to pc+1.
func (t *translator) instr(pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	code := t.code
	in := code.Instrs[pc]
	b := t.blocks[pc-t.header]
	t.markLine(b, pc) // for the profiler (jit_sample.go)
	n := len(st)
	id := t.exitID(pc) // an inlined body's exits and polls belong to the caller's CALL
	if n < stackNeeds[in.Op] {
		return nil, false, t.refuse(pc, "%s below the loop's stack", in.Op)
	}
	fallTo := func(out []slotKind) ([]slotKind, bool, *refusal) {
		nb, r := t.next(pc)
		if r != nil {
			return nil, false, r
		}
		b.Jump(nb, id)
		return out, true, nil
	}
	switch in.Op {
	case bc.NOP, bc.EXTENDED_NOP:
		return fallTo(st)
	case bc.LOAD_FAST:
		if t.closureLoad(pc) { // jit_closure.go
			return fallTo(push(st, t.funcLocal[int(in.Arg)]))
		}
		if li, ok := t.listIndex[int(in.Arg)]; ok {
			if t.fnMode && !t.assigned[in.Arg] {
				return nil, false, t.refuse(pc, "`%s` may be read before it is assigned", code.VarNames[in.Arg])
			}
			return fallTo(push(st, skListBase+slotKind(li)))
		}
		l := t.locals[int(in.Arg)]
		if (t.fnMode || t.callee != nil) && (l == nil || !t.assigned[in.Arg]) {
			return nil, false, t.refuse(pc, "`%s` may be read before it is assigned", code.VarNames[in.Arg])
		}
		b.Move(t.reg(n, l.kind), l.reg)
		return fallTo(push(st, l.kind))
	case bc.STORE_FAST:
		if t.fnMode && t.callee == nil && st[n-1].isList() {
			if r := t.storeList(pc, st); r != nil { // jit_listfn.go
				return nil, false, r
			}
			return fallTo(st[:n-1])
		}
		if !t.fnMode && st[n-1].isList() {
			if r := t.storeNested(b, pc, st); r != nil { // jit_nested.go
				return nil, false, r
			}
			return fallTo(st[:n-1])
		}
		if _, ok := t.listIndex[int(in.Arg)]; ok {
			return nil, false, t.refuse(pc, "the list `%s` is reassigned in the loop", code.VarNames[in.Arg])
		}
		l := t.locals[int(in.Arg)]
		k := st[n-1]
		if !k.scalar() {
			return nil, false, t.refuse(pc, "the loop stores its iterator")
		}
		if t.callee != nil {
			if l == nil {
				l = &jitLocal{slot: int(in.Arg), kind: k, reg: t.fn.NewReg(k.native())}
				t.locals[l.slot] = l
			}
			t.assigned[in.Arg] = true
		} else if t.fnMode {
			if l == nil {
				l = &jitLocal{slot: int(in.Arg), kind: k, reg: t.fn.NewReg(k.native())}
				t.locals[l.slot] = l
				t.order = append(t.order, l)
			}
			t.assigned[in.Arg] = true
		}
		if k != l.kind {
			// the variable changes type here: leave to the interpreter
			guard := "`" + code.VarNames[l.slot] + "` stays " + l.kind.String() + " (a " + k.String() + " is stored)"
			b.Deopt(id, t.state(pc, pc, st, guard)...)
			return nil, false, nil
		}
		b.Move(l.reg, t.reg(n-1, k))
		return fallTo(st[:n-1])
	case bc.LOAD_CONST:
		if v := t.consts[in.Arg]; v.k == kNone && t.fnMode && t.callee == nil && pc+1 <= t.end && code.Instrs[pc+1].Op == bc.RETURN_VALUE {
			return fallTo(push(st, skNone)) // `return None` (jit_listfn.go)
		}
		if v := t.consts[in.Arg]; v.k == kNone && t.noneInSlice(pc) {
			return fallTo(push(st, skNone)) // a slice bound (jit_slice.go)
		}
		k, r := t.constant(b, pc, n, t.consts[in.Arg])
		if r != nil {
			return nil, false, r
		}
		return fallTo(push(st, k))
	case bc.POP_TOP:
		return fallTo(st[:n-1])
	case bc.DUP_TOP:
		if !st[n-1].scalar() {
			return nil, false, t.refuse(pc, "the loop copies a list or its iterator")
		}
		b.Move(t.reg(n, st[n-1]), t.reg(n-1, st[n-1]))
		return fallTo(push(st, st[n-1]))
	case bc.ROT_TWO, bc.ROT_THREE:
		m := 2
		if in.Op == bc.ROT_THREE {
			m = 3
		}
		if n < m {
			return nil, false, t.refuse(pc, "a stack rotation below the loop")
		}
		// top goes down m-1 places: copy through temporaries (lists,
		// functions and NULLs have no register: only their kind moves)
		tmp := make([]native.Reg, m)
		for i := 0; i < m; i++ {
			k := st[n-m+i]
			if k == skIter {
				return nil, false, t.refuse(pc, "the loop moves its iterator")
			}
			if k.scalar() {
				tmp[i] = t.fn.NewReg(k.native())
				b.Move(tmp[i], t.reg(n-m+i, k))
			}
		}
		out := append([]slotKind(nil), st[:n-m]...)
		out = append(out, st[n-1])
		out = append(out, st[n-m:n-1]...)
		order := append([]native.Reg{tmp[m-1]}, tmp[:m-1]...)
		for i := 0; i < m; i++ {
			if k := out[n-m+i]; k.scalar() {
				b.Move(t.reg(n-m+i, k), order[i])
			}
		}
		return fallTo(out)
	case bc.DUP_TOP_TWO:
		// `xs[i] += v` copies the list and the index
		out := append([]slotKind(nil), st...)
		for i := n - 2; i < n; i++ {
			k := st[i]
			if k == skIter {
				return nil, false, t.refuse(pc, "the loop copies its iterator")
			}
			if k.scalar() {
				b.Move(t.reg(len(out), k), t.reg(i, k))
			}
			out = append(out, k)
		}
		return fallTo(out)
	case bc.BUILD_TUPLE:
		// `a, b = b, a`: a tuple built and unpacked at once reverses the top slots
		m := int(in.Arg)
		if done, r := t.tupleReturn(b, pc, st); done || r != nil { // jit_listfn.go
			return nil, false, r
		}
		if t.loopTupleReturn(b, pc, st) { // jit_slice.go
			return nil, false, nil
		}
		if pc+2 > t.end || code.Instrs[pc+1].Op != bc.UNPACK_SEQUENCE || int(code.Instrs[pc+1].Arg) != m ||
			m < 2 || m > n || t.known[pc+1-t.header] {
			break
		}
		out := append([]slotKind(nil), st[:n-m]...)
		tmp := make([]native.Reg, m)
		for i := 0; i < m; i++ {
			k := st[n-m+i]
			if !k.scalar() {
				return nil, false, t.refuse(pc, "the loop moves a list or its iterator")
			}
			tmp[i] = t.fn.NewReg(k.native())
			b.Move(tmp[i], t.reg(n-m+i, k))
		}
		for i := m - 1; i >= 0; i-- {
			k := st[n-m+i]
			b.Move(t.reg(len(out), k), tmp[i])
			out = append(out, k)
		}
		jump, r := t.target(pc, pc+2, out)
		if r != nil {
			return nil, false, r
		}
		b.Jump(jump, id)
		return nil, false, nil
	case bc.BUILD_LIST:
		k, r := t.buildList(pc, st) // jit_listfn.go
		if r != nil {
			return nil, false, r
		}
		return fallTo(push(st[:n-1], k))
	case bc.BINARY_OP:
		if st[n-1].isLit() || st[n-2].isLit() {
			k, r := t.repeatList(b, pc, st)
			if r != nil {
				return nil, false, r
			}
			return fallTo(push(st[:n-2], k))
		}
		k, r := t.binary(b, pc, st, binaryOperator(in.Arg))
		if r != nil {
			return nil, false, r
		}
		return fallTo(push(st[:n-2], k))
	case bc.UNARY_OP:
		k, r := t.unary(b, pc, st, unaryOperator(in.Arg))
		if r != nil {
			return nil, false, r
		}
		return fallTo(push(st[:n-1], k))
	case bc.COMPARE_OP:
		if r := t.compare(b, pc, st, cmpOperator(in.Arg)); r != nil {
			return nil, false, r
		}
		return fallTo(push(st[:n-2], skBool))
	case bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE:
		k := st[n-1]
		if !k.scalar() {
			return nil, false, t.refuse(pc, "the truth of a list or an iterator")
		}
		c := t.truth(b, t.reg(n-1, k), k)
		out := st[:n-1]
		jump, r := t.target(pc, int(in.Arg), out)
		if r != nil {
			return nil, false, r
		}
		nb, r := t.next(pc)
		if r != nil {
			return nil, false, r
		}
		if in.Op == bc.POP_JUMP_IF_TRUE {
			b.Branch(c, jump, nb, id)
		} else {
			b.Branch(c, nb, jump, id)
		}
		return out, true, nil
	case bc.JUMP:
		jump, r := t.target(pc, int(in.Arg), st)
		if r != nil {
			return nil, false, r
		}
		b.Jump(jump, id)
		return nil, false, nil
	case bc.GET_ITER:
		if st[n-1].isVIter() {
			return fallTo(st) // range(...) is already its iterator
		}
		if st[n-1].isList() {
			k, r := t.getListIter(b, pc, st) // jit_globals.go
			if r != nil {
				return nil, false, r
			}
			return fallTo(push(st[:n-1], k))
		}
	case bc.FOR_ITER:
		if st[n-1].isVIter() {
			return t.stepVIter(b, pc, st)
		}
		if st[n-1].isLIter() {
			return t.stepLIter(b, pc, st)
		}
		if pc != t.header || n == 0 || st[n-1] != skIter {
			return nil, false, t.refuse(pc, "a nested for loop over something else than range()")
		}
		if t.iterCt != nil {
			return t.stepNestedList(b, pc, st) // jit_nested.go
		}
		if t.iterElem != 0 {
			return t.stepList(b, pc, st)
		}
		return t.stepRange(b, pc, st)
	case bc.UNPACK_SEQUENCE:
		if n >= 1 && st[n-1].isList() {
			out, r := t.unpackNested(b, pc, st) // jit_nested.go
			if r != nil {
				return nil, false, r
			}
			return fallTo(out)
		}
	case bc.BINARY_SUBSCR:
		if kl, ki := st[n-2], st[n-1]; kl.isList() && ki == skInt && t.lists[kl-skListBase].ct != nil && t.lists[kl-skListBase].ct.sub != nil {
			out, r := t.loadNested(b, pc, st) // jit_nested.go
			if r != nil {
				return nil, false, r
			}
			return fallTo(out)
		}
		if kl, ki := st[n-2], st[n-1]; kl.isList() && ki == skInt {
			l := t.lists[kl-skListBase]
			tmp := t.fn.NewReg(l.elem.bufferType())
			guard := "the element of " + t.listName(l) + " is " + withArticle(l.elem.String())
			b.Load(tmp, l.buf, t.reg(n-1, skInt), id, t.state(pc, pc, st, guard)...)
			if l.elem == skBool { // bools are stored as 0 and 1
				b.Compare(native.OpCmpInt, native.NE, t.reg(n-2, skBool), tmp, t.zeroI)
			} else {
				b.Move(t.reg(n-2, l.elem), tmp)
			}
			return fallTo(push(st[:n-2], l.elem))
		}
	case bc.STORE_SUBSCR:
		if kv, kl, ki := st[n-3], st[n-2], st[n-1]; kl.isList() && ki == skInt && kv.scalar() {
			l := t.lists[kl-skListBase]
			if l.gname != "" {
				return nil, false, t.refuse(pc, "a store into the global `%s`", l.gname)
			}
			if l.ct != nil && (l.ct.tuple || l.ct.sub != nil) {
				return nil, false, t.refuse(pc, "a store into a tuple or into a list of lists")
			}
			if kv != l.elem {
				guard := t.listName(l) + " holds only " + l.elem.String() + "s (a " + kv.String() + " is stored)"
				b.Deopt(id, t.state(pc, pc, st, guard)...)
				return nil, false, nil
			}
			v := t.reg(n-3, kv)
			if kv == skBool {
				v = t.fn.NewReg(native.Int)
				b.Unary(native.OpBoolToInt, v, t.reg(n-3, kv), -1)
			}
			guard := "the element of " + t.listName(l) + " stored over is not an object"
			b.Store(l.buf, t.reg(n-1, skInt), v, id, t.state(pc, pc, st, guard)...)
			return fallTo(st[:n-3])
		}
	case bc.PUSH_NULL:
		if pc+1 <= t.end && (code.Instrs[pc+1].Op == bc.LOAD_GLOBAL || t.closureLoad(pc+1)) {
			return fallTo(push(st, skNull))
		}
	case bc.BUILD_SLICE:
		if done, r := t.buildSlice(b, pc, st); done || r != nil { // jit_slice.go
			return nil, false, r
		}
	case bc.LOAD_METHOD, bc.LOAD_ATTR:
		if st[n-1].isList() && in.Op == bc.LOAD_METHOD {
			if done, r := t.listCopy(b, pc, st); done || r != nil { // jit_slice.go
				return nil, false, r
			}
		}
		if st[n-1] == skMathMod {
			out, r := t.mathAttr(b, pc, st, code.Names[in.Arg], in.Op == bc.LOAD_METHOD)
			if r != nil {
				return nil, false, r
			}
			return fallTo(out)
		}
	case bc.LOAD_GLOBAL:
		if v, ok := t.globals.getStr(code.Names[in.Arg]); ok && t.callee == nil {
			if k, isMath := t.loadMath(code.Names[in.Arg], v); isMath {
				return fallTo(push(st, k))
			}
		}
		if k, ok, r := t.loadGlobal(b, pc, n, code.Names[in.Arg]); r != nil || ok { // jit_globals.go
			if r != nil {
				return nil, false, r
			}
			return fallTo(push(st, k))
		}
		k, r := t.loadGlobalFunc(pc, code.Names[in.Arg])
		if r != nil {
			return nil, false, r
		}
		return fallTo(push(st, k))
	case bc.CALL:
		argc := int(in.Arg)
		k, cont, r := t.inlineCall(b, pc, st, argc)
		if r != nil {
			return nil, false, r
		}
		if cont == nil {
			return nil, false, nil // the call always deopts
		}
		b = cont // fallTo continues from the end of an inlined body
		return fallTo(push(st[:n-argc-2], k))
	case bc.RETURN_VALUE:
		if c := t.callee; c != nil {
			k := st[n-1]
			if !k.scalar() || (c.ret != 0 && c.ret != k) {
				return nil, false, t.refuse(pc, "it returns %s and %s", withArticle(k.String()), withArticle(c.ret.String()))
			}
			c.ret = k
			b.Move(t.reg(c.resultDepth, k), t.reg(n-1, k))
			b.Jump(c.cont, id)
			return nil, false, nil
		}
		if t.fnMode {
			k := st[n-1]
			if k == skNone {
				if t.retKind != 0 && t.retKind != skNone {
					return nil, false, t.refuse(pc, "it returns None here and %s elsewhere", withArticle(t.retKind.String()))
				}
				t.retKind = k
				b.Return(native.NoReg)
				return nil, false, nil
			}
			if k.isList() {
				// the interpreter returns the list, materialized (jit_listfn.go)
				if t.retKind != 0 && !t.retKind.isList() {
					return nil, false, t.refuse(pc, "it returns a list here and %s elsewhere", withArticle(t.retKind.String()))
				}
				if t.retKind == 0 {
					t.retKind = k
				}
				b.Deopt(id, t.state(pc, pc, st, "")...)
				return nil, false, nil
			}
			if !k.scalar() {
				return nil, false, t.refuse(pc, "a return of something else than an int, a float or a bool")
			}
			if t.retKind != 0 && t.retKind != k {
				return nil, false, t.refuse(pc, "it returns %s here and %s elsewhere", withArticle(k.String()), withArticle(t.retKind.String()))
			}
			t.retKind = k
			b.Return(t.reg(n-1, k))
			return nil, false, nil
		}
		b.Deopt(id, t.state(pc, pc, st, "")...)
		return nil, false, nil
	}
	return nil, false, t.refuse(pc, "%s", t.describe(pc))
}

// forIter steps the range iterator: cur, step and n live in registers and
// are written back to the iterator object at every exit.
func (t *translator) stepRange(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	id := t.exitID(pc)
	cur, step, cnt := t.iter[0], t.iter[1], t.iter[2]
	more := t.fn.NewReg(native.Bool)
	b.Compare(native.OpCmpInt, native.GT, more, cnt, t.zeroI)
	body := t.forBody[pc-t.header]
	done := t.fn.NewBlock()
	// exhausted: the interpreter pops the iterator and leaves the loop
	done.Deopt(id, t.state(pc, pc, st, "")...)
	b.Branch(more, body, done, id)
	nextCur, one := t.fn.NewReg(native.Int), t.fn.NewReg(native.Int)
	body.Binary(native.OpAddIntWrap, nextCur, cur, step, -1) // wraps past the last value, as the iterator does
	out := push(st, skInt)
	body.Move(t.reg(len(st), skInt), cur)
	body.Move(cur, nextCur)
	body.ConstInt(one, 1)
	body.Binary(native.OpSubInt, cnt, cnt, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return out, true, nil
}

// constant loads a scalar constant into the stack register at depth d.
func (t *translator) constant(b *native.Block, pc, d int, v Value) (slotKind, *refusal) {
	switch v.k {
	case kInt:
		b.ConstInt(t.reg(d, skInt), v.n)
		return skInt, nil
	case kFloat:
		b.ConstFloat(t.reg(d, skFloat), scalarFloat(v))
		return skFloat, nil
	case kBool:
		b.ConstBool(t.reg(d, skBool), v.n != 0)
		return skBool, nil
	}
	return 0, t.refuse(pc, "a %s constant", v.Type().Name)
}

// binary emits a arithmetic operation on the two top stack slots into the
// register of depth n-2.
func (t *translator) binary(b *native.Block, pc int, st []slotKind, op syntax.Operator) (slotKind, *refusal) {
	n := len(st)
	ka, kb := st[n-2], st[n-1]
	sym := operatorSymbols[op]
	if !ka.scalar() || !kb.scalar() || ka == skBool || kb == skBool {
		return 0, t.refuse(pc, "`%s` on a %s and a %s", sym, ka, kb)
	}
	ra, rb := t.reg(n-2, ka), t.reg(n-1, kb)
	id := t.exitID(pc)
	if ka == skInt && kb == skInt {
		if nop, ok := intOps[op]; ok {
			tmp := t.fn.NewReg(native.Int)
			b.Binary(nop, tmp, ra, rb, id, t.state(pc, pc, st, "int `"+sym+"` fits in 64 bits")...)
			b.Move(t.reg(n-2, skInt), tmp)
			return skInt, nil
		}
		if op == syntax.Pow {
			return t.intPowCall(b, pc, st), nil // jit_floatops.go
		}
		if op != syntax.Div {
			return 0, t.refuse(pc, "int `%s`", sym)
		}
		t.guardExact(b, ra, pc, st)
		t.guardExact(b, rb, pc, st)
	}
	if fn, ok := floatCallOps[op]; ok {
		return t.floatCall(b, pc, st, fn), nil // jit_floatops.go
	}
	fop, ok := floatOps[op]
	if !ok {
		return 0, t.refuse(pc, "float `%s`", sym)
	}
	fa, fb := t.toFloat(b, ra, ka), t.toFloat(b, rb, kb)
	tmp := t.fn.NewReg(native.Float)
	b.Binary(fop, tmp, fa, fb, id, t.state(pc, pc, st, "")...)
	b.Move(t.reg(n-2, skFloat), tmp)
	return skFloat, nil
}

// unary emits -x, +x, ~x or not x on the top slot.
func (t *translator) unary(b *native.Block, pc int, st []slotKind, op syntax.UnaryOpKind) (slotKind, *refusal) {
	n := len(st)
	k := st[n-1]
	if !k.scalar() {
		return 0, t.refuse(pc, "an operation on a list or an iterator")
	}
	r := t.reg(n-1, k)
	id := t.exitID(pc)
	switch {
	case op == syntax.Not:
		c := t.truth(b, r, k)
		tmp := t.fn.NewReg(native.Bool)
		b.Unary(native.OpNotBool, tmp, c, -1)
		b.Move(t.reg(n-1, skBool), tmp)
		return skBool, nil
	case op == syntax.UAdd && k != skBool:
		return k, nil
	case op == syntax.USub && k == skInt:
		tmp := t.fn.NewReg(native.Int)
		b.Unary(native.OpNegInt, tmp, r, id, t.state(pc, pc, st, "int `-` fits in 64 bits")...)
		b.Move(r, tmp)
		return skInt, nil
	case op == syntax.USub && k == skFloat:
		b.Unary(native.OpNegFloat, r, r, -1)
		return skFloat, nil
	case op == syntax.Invert && k == skInt:
		b.Unary(native.OpInvertInt, r, r, -1)
		return skInt, nil
	}
	return 0, t.refuse(pc, "`%s` on a %s", op, k)
}

// compare emits a comparison of the two top slots into a bool register.
func (t *translator) compare(b *native.Block, pc int, st []slotKind, op syntax.CmpOp) *refusal {
	n := len(st)
	ka, kb := st[n-2], st[n-1]
	cond, ok := cmpConds[op]
	if !ok || !ka.scalar() || !kb.scalar() || ka == skBool || kb == skBool {
		return t.refuse(pc, "a comparison of a %s and a %s", ka, kb)
	}
	ra, rb := t.reg(n-2, ka), t.reg(n-1, kb)
	dst := t.reg(n-2, skBool)
	if ka == skInt && kb == skInt {
		b.Compare(native.OpCmpInt, cond, dst, ra, rb)
		return nil
	}
	if ka == skInt {
		t.guardExact(b, ra, pc, st)
	}
	if kb == skInt {
		t.guardExact(b, rb, pc, st)
	}
	b.Compare(native.OpCmpFloat, cond, dst, t.toFloat(b, ra, ka), t.toFloat(b, rb, kb))
	return nil
}

// describe names the construct at pc that the translator does not handle.
func (t *translator) describe(pc int) string {
	code := t.code
	in := code.Instrs[pc]
	switch in.Op {
	case bc.PUSH_NULL:
		if pc+1 <= t.end {
			return t.describe(pc + 1)
		}
	case bc.LOAD_GLOBAL, bc.LOAD_NAME:
		name := code.Names[in.Arg]
		for q := pc + 1; q <= t.end && q < pc+12; q++ {
			if op := code.Instrs[q].Op; op == bc.CALL || op == bc.CALL_KW || op == bc.CALL_EX {
				return "a call to `" + name + "`"
			}
		}
		return "the global `" + name + "`"
	case bc.LOAD_DEREF, bc.STORE_DEREF, bc.LOAD_CLASSDEREF:
		return "the closure variable `" + code.CellName(int(in.Arg)) + "`"
	case bc.LOAD_ATTR, bc.STORE_ATTR:
		return "an object attribute `." + code.Names[in.Arg] + "`"
	case bc.LOAD_METHOD:
		return "a method call `." + code.Names[in.Arg] + "()`"
	case bc.CALL, bc.CALL_KW, bc.CALL_EX:
		return "a call"
	case bc.BINARY_SUBSCR, bc.STORE_SUBSCR:
		return "a subscript (lists stay in the interpreter)"
	case bc.STORE_NAME, bc.STORE_GLOBAL:
		return "the global variable `" + code.Names[in.Arg] + "` (module-level loops stay in the interpreter)"
	case bc.BUILD_LIST, bc.LIST_APPEND:
		return "a list"
	case bc.BUILD_MAP, bc.MAP_ADD:
		return "a dict"
	case bc.BUILD_TUPLE, bc.UNPACK_SEQUENCE:
		return "a tuple"
	case bc.GET_ITER, bc.FOR_ITER:
		return "a for loop over something else than range() with a constant step"
	case bc.SETUP_EXCEPT, bc.SETUP_WITH:
		return "a try or with statement"
	case bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP:
		return "`and`/`or` used as a value or a chained comparison"
	}
	return "the operation " + in.Op.String()
}

func binaryOperator(arg int32) syntax.Operator   { return syntax.Operator(int(arg) & 15) }
func unaryOperator(arg int32) syntax.UnaryOpKind { return syntax.UnaryOpKind(arg) }
func cmpOperator(arg int32) syntax.CmpOp         { return syntax.CmpOp(arg) }

// stackNeeds is how many stack slots an instruction reads: the loop must
// have pushed them itself (its region starts with an empty stack, or the
// range iterator).
var stackNeeds = map[bc.Opcode]int{bc.POP_TOP: 1, bc.DUP_TOP: 1, bc.DUP_TOP_TWO: 2, bc.ROT_TWO: 2, bc.ROT_THREE: 3,
	bc.STORE_FAST: 1, bc.BINARY_OP: 2, bc.UNARY_OP: 1, bc.COMPARE_OP: 2, bc.POP_JUMP_IF_FALSE: 1,
	bc.POP_JUMP_IF_TRUE: 1, bc.LOAD_METHOD: 1, bc.LOAD_ATTR: 1, bc.BINARY_SUBSCR: 2, bc.STORE_SUBSCR: 3, bc.RETURN_VALUE: 1, bc.FOR_ITER: 1, bc.GET_ITER: 1}

// listIterTest ends b with the test of the list iterator at pc: while its
// index is below the list's length the loop body runs; once exhausted, the
// interpreter pops the iterator and leaves the loop.
func (t *translator) listIterTest(b *native.Block, pc int, st []slotKind, id int32) *native.Block {
	n, more := t.fn.NewReg(native.Int), t.fn.NewReg(native.Bool)
	b.Len(n, t.iterBuf)
	b.Compare(native.OpCmpInt, native.LT, more, t.iter[0], n)
	body := t.forBody[pc-t.header]
	done := t.fn.NewBlock()
	done.Deopt(id, t.state(pc, pc, st, "")...)
	b.Branch(more, body, done, id)
	return body
}

// stepList steps a list iterator: its index lives in a register (written
// back at every exit), its list read in place.
func (t *translator) stepList(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	id := t.exitID(pc)
	idx := t.iter[0]
	body := t.listIterTest(b, pc, st, id)
	elem := t.iterElem
	tmp, one := t.fn.NewReg(elem.bufferType()), t.fn.NewReg(native.Int)
	body.Load(tmp, t.iterBuf, idx, id, t.state(pc, pc, st, "")...)
	if elem == skBool {
		body.Compare(native.OpCmpInt, native.NE, t.reg(len(st), skBool), tmp, t.zeroI)
	} else {
		body.Move(t.reg(len(st), elem), tmp)
	}
	body.ConstInt(one, 1)
	body.Binary(native.OpAddInt, idx, idx, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return push(st, elem), true, nil
}

// rangeCall translates range(stop), range(start, stop) or range(start,
// stop, step) with a constant step, called for a for loop (GET_ITER
// follows): the iterator lives in three registers. The count is computed
// with guarded arithmetic; an overflow leaves the interpreter to redo the
// call.
func (t *translator) rangeCall(b *native.Block, pc int, st []slotKind, argc int) (slotKind, *refusal) {
	n := len(st)
	code := t.code
	if argc < 1 || argc > 3 || pc+1 > t.end || code.Instrs[pc+1].Op != bc.GET_ITER {
		return 0, t.refuse(pc, "range() used otherwise than in a for loop")
	}
	for a := 0; a < argc; a++ {
		if st[n-argc+a] != skInt {
			return 0, t.refuse(pc, "range() of %s", withArticle(st[n-argc+a].String()))
		}
	}
	step := int64(1)
	if argc == 3 {
		var ok bool
		if step, ok = t.constStep(pc); !ok {
			return 0, t.refuse(pc, "range() with a step that is not a constant")
		}
	}
	if len(t.viters) == maxVIters {
		return 0, t.refuse(pc, "more than %d nested range() loops", maxVIters)
	}
	id := t.exitID(pc)
	state := t.state(pc, pc, st, "range() arguments fit in 64 bits")
	start := t.zeroI
	stop := t.reg(n-argc, skInt)
	if argc >= 2 {
		start, stop = t.reg(n-argc, skInt), t.reg(n-argc+1, skInt)
	}
	regs := [3]native.Reg{t.fn.NewReg(native.Int), t.fn.NewReg(native.Int), t.fn.NewReg(native.Int)}
	// count = ceil((stop - start) / step), at most 0 when the range is empty
	d := t.fn.NewReg(native.Int)
	mag := step
	if step > 0 {
		b.Binary(native.OpSubInt, d, stop, start, id, state...)
	} else {
		b.Binary(native.OpSubInt, d, start, stop, id, state...)
		mag = -step
	}
	if mag != 1 {
		k := t.fn.NewReg(native.Int)
		b.ConstInt(k, mag-1)
		b.Binary(native.OpAddInt, d, d, k, id, state...)
		b.ConstInt(k, mag)
		b.Binary(native.OpFloorDivInt, d, d, k, id, state...)
	}
	b.Move(regs[0], start)
	b.ConstInt(regs[1], step)
	b.Move(regs[2], d)
	t.viters = append(t.viters, regs)
	return skVIterBase + slotKind(len(t.viters)-1), nil
}

// stepVIter translates FOR_ITER on a range iterator held in registers: on
// exhaustion it pops the iterator and jumps to the loop's end.
func (t *translator) stepVIter(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	id := t.exitID(pc)
	n := len(st)
	regs := t.viters[st[n-1]-skVIterBase]
	cur, step, cnt := regs[0], regs[1], regs[2]
	more := t.fn.NewReg(native.Bool)
	b.Compare(native.OpCmpInt, native.GT, more, cnt, t.zeroI)
	body := t.forBody[pc-t.header]
	done, r := t.target(pc, int(t.code.Instrs[pc].Arg), st[:n-1])
	if r != nil {
		return nil, false, r
	}
	b.Branch(more, body, done, id)
	nextCur, one := t.fn.NewReg(native.Int), t.fn.NewReg(native.Int)
	body.Move(t.reg(n, skInt), cur)
	// the value after the last may be past the int64 range: it wraps, as
	// in the interpreter's iterator, and is never yielded
	body.Binary(native.OpAddIntWrap, nextCur, cur, step, -1)
	body.Move(cur, nextCur)
	body.ConstInt(one, 1)
	body.Binary(native.OpSubInt, cnt, cnt, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return push(st, skInt), true, nil
}

// virtualRanges is what compiled code needs to materialize the range
// iterators it holds in registers, and the builtin range it relies on.
type virtualRanges struct {
	math     mathRefs
	used     bool
	fn       Value
	builtins *Dict
	regs     [][3]native.Reg
	aliases  []string // globals that must still name range (numba's prange)
	globals  globalRefs
	liters   []listIterReg
	// the builtin len, when the code calls it natively
	lenFn   Value
	usesLen bool
}

func (t *translator) virtualRanges() virtualRanges {
	return virtualRanges{math: t.math, used: t.usesRange, fn: t.rangeFn, builtins: t.builtins, regs: t.viters, aliases: t.rangeAliases,
		globals: t.globalsRef, liters: t.liters, lenFn: t.lenFn, usesLen: t.usesLen}
}

// canEnter checks that `range` and `len` still name the builtins, and the
// other globals the code relies on their values.
func (v *virtualRanges) canEnter(f *Frame) bool {
	if !v.math.canEnter(f) || !v.globals.canEnter(f) {
		return false
	}
	if v.usesLen {
		if _, shadowed := f.globals.getStr("len"); shadowed {
			return false
		}
		if b, ok := v.builtins.getStr("len"); !ok || b.o != v.lenFn.o {
			return false
		}
	}
	for _, name := range v.aliases {
		if g, ok := f.globals.getStr(name); !ok || g.k != kObj || g.o != Obj(RangeType).o {
			return false
		}
	}
	if !v.used {
		return true
	}
	if _, shadowed := f.globals.getStr("range"); shadowed {
		return false
	}
	b, ok := v.builtins.getStr("range")
	return ok && b.o == v.fn.o
}

// value materializes stack slot kind k (skRange or a range iterator).
func (v *virtualRanges) value(fr *native.Frame, k slotKind) Value {
	if k == skMathMod || k.isMathFn() {
		return v.math.value(k)
	}
	if k == skRange {
		return v.fn
	}
	r := v.regs[k-skVIterBase]
	return Obj(&rangeIter{cur: fr.Get(r[0]).Int(), step: fr.Get(r[1]).Int(), n: fr.Get(r[2]).Int()})
}

// constStep returns the step of the range() call at pc when its last
// argument is an int constant (or a negated one), not 0 or -2**63.
func (t *translator) constStep(pc int) (int64, bool) {
	code := t.code
	q, neg := pc-1, false
	if in := code.Instrs[q]; in.Op == bc.UNARY_OP && unaryOperator(in.Arg) == syntax.USub && q > t.header {
		q, neg = q-1, true
	}
	in := code.Instrs[q]
	if in.Op != bc.LOAD_CONST || t.consts[in.Arg].k != kInt {
		return 0, false
	}
	v := t.consts[in.Arg].n
	if neg {
		v = -v
	}
	if v == 0 || v == math.MinInt64 || (neg && v == math.MinInt64) {
		return 0, false
	}
	return v, true
}
