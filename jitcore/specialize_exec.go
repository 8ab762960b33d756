package jitcore

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// runSpecialized executes the specialized instruction in at pc-1 of f (pc
// is the next instruction) with the value stack f.s[:sp]; the interpreter
// runs the cheapest forms and the calls inline (interp.go), the others
// here. It
// returns the new stack pointer and pc; when a guard fails the generic
// form is put back and pc-1 is returned, so that it runs at once.
func (vm *VM) runSpecialized(f *Frame, in bc.Instr, sp, pc int) (int, int, error) {
	s := f.s
	rt := f.rt
	e := &rt.spec[pc-1]
	switch in.Op {
	case opBinaryStrAdd:
		a, b := s[sp-2], s[sp-1]
		x, ok1 := a.o.(*strObj)
		y, ok2 := b.o.(*strObj)
		if !ok1 || !ok2 || a.k != kObj || b.k != kObj {
			break
		}
		sp--
		s[sp] = Null
		s[sp-1] = concatStr(x, y)
		return sp, pc, nil
	case opCompareStr:
		a, b := s[sp-2], s[sp-1]
		x, ok1 := a.o.(*strObj)
		y, ok2 := b.o.(*strObj)
		if !ok1 || !ok2 || a.k != kObj || b.k != kObj {
			break
		}
		var r bool
		switch syntax.CmpOp(in.Arg) {
		case syntax.Eq:
			r = x.s == y.s
		case syntax.NotEq:
			r = x.s != y.s
		case syntax.Lt:
			r = x.s < y.s
		case syntax.LtE:
			r = x.s <= y.s
		case syntax.Gt:
			r = x.s > y.s
		case syntax.GtE:
			r = x.s >= y.s
		}
		sp--
		s[sp] = Null
		s[sp-1] = Bool(r)
		return sp, pc, nil
	case opSubscrTuple, opSubscrDict, opSubscrStr:
		o, k := s[sp-2], s[sp-1]
		if o.k != kObj {
			break
		}
		var r Value
		switch c := o.o.(type) {
		case *Tuple:
			if in.Op != opSubscrTuple || k.k != kInt {
				return sp, vm.despecialize(rt, pc-1), nil
			}
			i := k.n
			if i < 0 {
				i += int64(len(c.items))
			}
			if i < 0 || i >= int64(len(c.items)) {
				return sp, pc, seqIndexError("tuple")
			}
			r = c.items[i]
		case *Dict:
			if in.Op != opSubscrDict {
				return sp, vm.despecialize(rt, pc-1), nil
			}
			v, ok, err := c.Get(vm, k)
			if err != nil {
				return sp, pc, err
			}
			if !ok {
				return sp, pc, newKeyError(k)
			}
			r = v
		case *strObj:
			if in.Op != opSubscrStr || k.k != kInt {
				return sp, vm.despecialize(rt, pc-1), nil
			}
			v, err := vm.getItem(o, k)
			if err != nil {
				return sp, pc, err
			}
			r = v
		default:
			return sp, vm.despecialize(rt, pc-1), nil
		}
		sp--
		s[sp] = Null
		s[sp-1] = r
		return sp, pc, nil
	case opLoadAttrInstance, opLoadAttrSlot:
		v, ok, err := vm.loadAttrSpecialized(&rt.caches[pc-1], e, s[sp-1], f.code.Names[in.Arg], in.Op == opLoadAttrSlot)
		if !ok {
			break
		}
		if err != nil {
			return sp, pc, err
		}
		s[sp-1] = v
		return sp, pc, nil
	case opStoreAttrInstance, opStoreAttrSlot:
		if !storeAttrSpecialized(&rt.caches[pc-1], e, s[sp-1], f.code.Names[in.Arg], s[sp-2], in.Op == opStoreAttrSlot) {
			break
		}
		sp -= 2
		s[sp], s[sp+1] = Null, Null
		return sp, pc, nil
	case opLoadAttrModule, opLoadMethodModule:
		o := s[sp-1]
		m, ok := o.o.(*Module)
		if !ok || o.k != kObj || m != e.mod {
			break
		}
		if m.dict.version != e.ver { // the module changed: look the name up again
			v, ok := m.dict.getStr(f.code.Names[in.Arg])
			if !ok {
				break
			}
			e.v, e.ver = v, m.dict.version
		}
		if in.Op == opLoadAttrModule {
			s[sp-1] = e.v
			return sp, pc, nil
		}
		s[sp-1] = Null
		s[sp] = e.v
		return sp + 1, pc, nil
	case opLoadAttrClass, opLoadMethodClass:
		o := s[sp-1]
		t, ok := o.o.(*Type)
		if !ok || o.k != kObj || t != e.t || t.version != e.ver {
			break
		}
		if in.Op == opLoadAttrClass {
			s[sp-1] = e.v
			return sp, pc, nil
		}
		s[sp-1] = Null
		s[sp] = e.v
		return sp + 1, pc, nil
	case opLoadMethodInstance:
		o := s[sp-1]
		fn, ok := loadMethodSpecialized(&rt.caches[pc-1], e, o, f.code.Names[in.Arg])
		if !ok {
			break
		}
		s[sp-1] = fn
		s[sp] = o
		return sp + 1, pc, nil
	case opLoadMethodBuiltin:
		o := s[sp-1]
		if o.Type() != e.t || e.t.version != e.ver {
			break
		}
		s[sp-1] = e.v
		s[sp] = o
		return sp + 1, pc, nil
	}
	if in.Op >= opLoadAttrInstance && in.Op <= opLoadMethodClass || in.Op == opStoreAttrInstance || in.Op == opStoreAttrSlot { // names the types of a polymorphic site
		e.prev = s[sp-1].Type()
	}
	return sp, vm.despecialize(rt, pc-1), nil
}

// callSpecialized runs a specialized CALL (see runSpecialized).
func (vm *VM) callSpecialized(f *Frame, in bc.Instr, e *specEntry, sp, pc int) (int, int, error) {
	s := f.s
	n := int(in.Arg)
	callable, args := callOperands(s, sp, n)
	if callable.k != kObj {
		return sp, vm.despecialize(f.rt, pc-1), nil
	}
	var fn *Function
	var bi *Builtin
	var t *Type
	switch in.Op {
	case opCallPy:
		fn, _ = callable.o.(*Function)
		if fn == nil || fn != e.fn {
			return sp, vm.despecialize(f.rt, pc-1), nil
		}
	case opCallBuiltin:
		bi, _ = callable.o.(*Builtin)
		if bi == nil || bi != e.bi {
			return sp, vm.despecialize(f.rt, pc-1), nil
		}
	default:
		t, _ = callable.o.(*Type)
		if t == nil || t != e.t || (in.Op == opCallClass && (t.version != e.ver || len(args)+1 != e.fn.code.ArgCount)) {
			return sp, vm.despecialize(f.rt, pc-1), nil
		}
	}
	f.lasti = pc - 1
	f.sp = sp
	if vm.interrupt.v.Load() != 0 { // as vm.call does on entry
		if err := vm.poll(vm.frame, vm.frame.lasti); err != nil {
			return sp, pc, err
		}
	}
	var r Value
	var err error
	switch in.Op {
	case opCallPy:
		r, err = vm.callFunction(fn, args, nil)
	case opCallBuiltin:
		var done bool
		if e.fast != fastNone { // len, list.append, dict.get...: straight to the work
			r, done, err = vm.callFastBuiltin(e.fast, args)
		}
		if !done {
			r, err = bi.fn(vm, args, nil)
		}
	case opCallBuiltinType:
		if t == RangeType && smallRangeArgs(args) {
			r = Obj(smallRange(args))
		} else {
			r, err = t.newFn(vm, t, args, nil)
		}
	case opCallClass:
		r, err = vm.allocInstance(t, args, nil)
		if err == nil {
			var ir Value
			ir, err = vm.callFunctionSelf(e.fn, r, args)
			if err == nil && !ir.IsNone() {
				err = typeErrorf("__init__() should return None, not '%s'", ir.Type().tpName())
			}
		}
	}
	if err == nil && vm.interrupt.v.Load() != 0 { // a tick during the call is charged to it
		err = vm.poll(f, pc-1)
	}
	if err != nil {
		return sp, pc, err
	}
	sp -= n + 2
	s[sp] = r
	for i := sp + 1; i < sp+n+2; i++ { // zero stores: Null would be loaded from memory
		s[i] = Value{}
	}
	return sp + 1, pc, nil
}

// smallRangeArgs reports whether range(*args) can be built without big
// ints: one to three ints within the small range limits, a non-zero step.
func smallRangeArgs(args []Value) bool {
	if len(args) == 0 || len(args) > 3 {
		return false
	}
	for _, a := range args {
		if a.k != kInt || a.n <= -rangeSmallLimit || a.n >= rangeSmallLimit {
			return false
		}
	}
	return len(args) < 3 || args[2].n != 0
}

// smallRange is range(*args) for smallRangeArgs, as makeRange builds it.
func smallRange(args []Value) *Range {
	switch len(args) {
	case 1:
		return &Range{start: 0, stop: args[0].n, step: 1}
	case 2:
		return &Range{start: args[0].n, stop: args[1].n, step: 1}
	}
	return &Range{start: args[0].n, stop: args[1].n, step: args[2].n}
}
