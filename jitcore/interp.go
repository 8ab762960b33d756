package jitcore

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// codeObj exposes a code object as a Python value.
type codeObj struct {
	code *bc.Code
	eval bool // compiled in "eval" mode
}

func (*codeObj) pyType() *Type { return CodeType }

func constValue(k any) Value {
	switch v := k.(type) {
	case nil, syntax.NoneType:
		return None
	case bool:
		return Bool(v)
	case int64:
		return Int(v)
	case int:
		return Int(int64(v))
	case float64:
		return Float(v)
	case string:
		return Str(v)
	case complex128:
		return Obj(&Complex{v})
	case syntax.Bytes:
		return Obj(&Bytes{b: []byte(v)})
	case syntax.EllipsisType:
		return EllipsisValue
	case *bc.Code:
		return Obj(&codeObj{code: v})
	case bc.ConstFrozenSet:
		s := NewSet()
		s.frozen = true
		for _, x := range v {
			if err := s.add(nil, constValue(x)); err != nil {
				panic(err)
			}
		}
		// CPython's constant merging rebuilds the frozenset from its own
		// iteration order, which decides the final table layout
		merged := NewSet()
		merged.frozen = true
		for _, k := range s.keys() {
			merged.add(nil, k)
		}
		return Obj(merged)
	case bc.ConstTuple:
		items := make([]Value, len(v))
		for i, x := range v {
			items[i] = constValue(x)
		}
		return NewTuple(items...)
	}
	if b, ok := k.(interface{ IsInt64() bool }); ok {
		_ = b
	}
	if bi := bigFromAny(k); bi != nil {
		return BigInt(bi)
	}
	panic("jitcore: unknown constant type")
}

// runFrame executes f until it returns, yields or raises.
func (vm *VM) runFrame(f *Frame) (result Value, err error) {
	if vm.depth >= vm.recursionLimit {
		return Null, newExc(RecursionErrorType, "maximum recursion depth exceeded")
	}
	vm.depth++
	f.back = vm.frame
	vm.frame = f
	if vm.jit != nil && f.pc == 0 && f.fn != nil && f.gen == nil && f.rt != nil {
		result, err = vm.jitCall(f) // whole functions in native code (jit_func.go)
	} else {
		result, err = vm.eval(f)
	}
	vm.frame = f.back
	vm.depth--
	return result, err
}

func (vm *VM) eval(f *Frame) (Value, error) {
	code := f.code
	// the specializable copy of the instructions (specialize.go)
	instrs := quickInstrs(f)
	if vm.skid.entering { // the slow mode of a skidded sample (skid.go)
		instrs, vm.skid.entering = vm.skid.trap, false
	}
	rt := f.rt
	consts := rt.consts
	s := f.s
	sp := f.sp
	pc := f.pc
	var err error
	reraise := false
	if f.gen != nil && f.gen.pendingThrow != nil {
		exc := f.gen.pendingThrow
		f.gen.pendingThrow = nil
		exc.tb = append(exc.tb, tbEntry{code: code, pc: f.lasti})
		var ok bool
		if sp, pc, ok = vm.unwind(f, s, sp, exc); !ok {
			return Null, exc
		}
	}
	for {
		in := instrs[pc]
		pc++
		switch in.Op {
		case bc.NOP, bc.EXTENDED_NOP:
		case bc.POP_TOP:
			sp--
			s[sp] = Null
		case bc.PUSH_NULL:
			s[sp] = Null
			sp++
		case bc.DUP_TOP:
			s[sp] = s[sp-1]
			sp++
		case bc.DUP_TOP_TWO:
			s[sp] = s[sp-2]
			s[sp+1] = s[sp-1]
			sp += 2
		case bc.ROT_TWO:
			s[sp-1], s[sp-2] = s[sp-2], s[sp-1]
		case bc.ROT_THREE:
			top := s[sp-1]
			s[sp-1] = s[sp-2]
			s[sp-2] = s[sp-3]
			s[sp-3] = top
		case bc.ROT_FOUR:
			top := s[sp-1]
			s[sp-1] = s[sp-2]
			s[sp-2] = s[sp-3]
			s[sp-3] = s[sp-4]
			s[sp-4] = top
		case bc.LOAD_CONST:
			s[sp] = consts[in.Arg]
			sp++
		case bc.LOAD_FAST:
			v := s[in.Arg]
			if v.k == kNull {
				err = newExcf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[in.Arg])
				break
			}
			s[sp] = v
			sp++
		case bc.STORE_FAST:
			sp--
			s[in.Arg] = s[sp]
			s[sp] = Null
		case bc.DELETE_FAST:
			if s[in.Arg].k == kNull {
				err = newExcf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[in.Arg])
				break
			}
			s[in.Arg] = Null
		case bc.LOAD_DEREF, bc.LOAD_CLASSDEREF:
			if in.Op == bc.LOAD_CLASSDEREF {
				name := code.CellName(int(in.Arg))
				if v, ok := f.locals.getStr(name); ok {
					s[sp] = v
					sp++
					break
				}
			}
			v := f.cells[in.Arg].v
			if v.k == kNull {
				err = vm.unboundDeref(code, int(in.Arg))
				break
			}
			s[sp] = v
			sp++
		case bc.STORE_DEREF:
			sp--
			f.cells[in.Arg].v = s[sp]
			s[sp] = Null
		case bc.DELETE_DEREF:
			if f.cells[in.Arg].v.k == kNull {
				err = vm.unboundDeref(code, int(in.Arg))
				break
			}
			f.cells[in.Arg].v = Null
		case bc.LOAD_CLOSURE:
			s[sp] = Obj(f.cells[in.Arg])
			sp++
		case bc.LOAD_NAME:
			name := code.Names[in.Arg]
			if v, ok := f.locals.getStr(name); ok {
				s[sp] = v
				sp++
				break
			}
			if v, ok := f.globals.getStr(name); ok {
				s[sp] = v
				sp++
				break
			}
			if v, ok := vm.builtinsOf(f.globals).getStr(name); ok {
				s[sp] = v
				sp++
				break
			}
			err = vm.nameError(name, f.globals)
		case bc.LOAD_GLOBAL:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			name := code.Names[in.Arg]
			if v, ok := vm.loadGlobalCached(&rt.caches[pc-1], f.globals, name); ok {
				s[sp] = v
				sp++
				break
			}
			err = vm.nameError(name, f.globals)
		case bc.STORE_NAME:
			sp--
			if f.nsMap.k != kNull {
				err = vm.setItem(f.nsMap, rt.names[in.Arg], s[sp])
			} else {
				err = vm.storeName(f.locals, rt.names[in.Arg], s[sp])
			}
			if err != nil {
				break
			}
			s[sp] = Null
		case bc.STORE_GLOBAL:
			sp--
			f.globals.setStr(code.Names[in.Arg], s[sp])
			s[sp] = Null
		case bc.DELETE_NAME, bc.DELETE_GLOBAL:
			d := f.globals
			if in.Op == bc.DELETE_NAME {
				d = f.locals
			}
			if !d.delStr(code.Names[in.Arg]) {
				err = newExcf(NameErrorType, "name '%s' is not defined", code.Names[in.Arg])
			}
		case bc.LOAD_ATTR:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			var v Value
			v, err = vm.loadAttrCached(&rt.caches[pc-1], s[sp-1], code.Names[in.Arg])
			if err != nil {
				break
			}
			s[sp-1] = v
		case bc.LOAD_METHOD:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			obj := s[sp-1]
			meth, self, e := vm.loadMethodCached(&rt.caches[pc-1], obj, code.Names[in.Arg])
			if e != nil {
				err = e
				break
			}
			s[sp-1] = meth
			s[sp] = self
			sp++
		case bc.STORE_ATTR:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			err = vm.storeAttrCached(&rt.caches[pc-1], s[sp-1], code.Names[in.Arg], s[sp-2])
			sp -= 2
			s[sp], s[sp+1] = Null, Null
		case bc.DELETE_ATTR:
			err = vm.delAttr(s[sp-1], code.Names[in.Arg])
			sp--
			s[sp] = Null
		case bc.BINARY_OP:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			a, b := s[sp-2], s[sp-1]
			var r Value
			if a.k == kInt && b.k == kInt {
				if v, ok := intFast(int(in.Arg)&15, a.n, b.n); ok {
					r = v
					sp--
					s[sp-1] = r
					break
				}
			} else if (a.k == kFloat || a.k == kInt) && (b.k == kFloat || b.k == kInt) {
				if v, ok := floatFast(int(in.Arg)&15, scalarFloat(a), scalarFloat(b)); ok {
					sp--
					s[sp-1] = v
					break
				}
			}
			r, err = vm.binaryOp(int(in.Arg), a, b)
			if err != nil {
				break
			}
			sp--
			s[sp] = Null
			s[sp-1] = r
		case bc.UNARY_OP:
			var r Value
			r, err = vm.unaryOp(syntax.UnaryOpKind(in.Arg), s[sp-1])
			if err == nil {
				s[sp-1] = r
			}
		case bc.COMPARE_OP:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			a, b := s[sp-2], s[sp-1]
			var r Value
			if a.k == kInt && b.k == kInt {
				r = Bool(intCompare(syntax.CmpOp(in.Arg), a.n, b.n))
			} else if (a.k == kFloat || (a.k == kInt && absI(a.n) < 1<<53)) && (b.k == kFloat || (b.k == kInt && absI(b.n) < 1<<53)) {
				r = Bool(floatCmp(syntax.CmpOp(in.Arg), scalarFloat(a), scalarFloat(b)))
			} else {
				r, err = vm.compare(syntax.CmpOp(in.Arg), a, b)
				if err != nil {
					break
				}
			}
			sp--
			s[sp] = Null
			s[sp-1] = r
		case bc.IS_OP:
			r := s[sp-2].is(s[sp-1])
			if in.Arg == 1 {
				r = !r
			}
			sp--
			s[sp] = Null
			s[sp-1] = Bool(r)
		case bc.CONTAINS_OP:
			var r bool
			r, err = vm.contains(s[sp-1], s[sp-2])
			if err != nil {
				break
			}
			if in.Arg == 1 {
				r = !r
			}
			sp--
			s[sp] = Null
			s[sp-1] = Bool(r)
		case bc.BINARY_SUBSCR:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			if k := s[sp-1]; k.k == kInt {
				if l, ok := s[sp-2].o.(*List); ok {
					// the generic case spelled out: Go inlines next to
					// nothing into a function this big
					var v Value
					if vs := l.vals; l.c == nil {
						i := k.n
						if i < 0 {
							i += int64(len(vs))
						}
						if ok = uint64(i) < uint64(len(vs)); ok {
							v = vs[i]
						}
					} else {
						v, ok = l.c.item(k.n)
					}
					if ok {
						sp--
						s[sp] = Null
						s[sp-1] = v
						break
					}
				}
			}
			var r Value
			r, err = vm.getItem(s[sp-2], s[sp-1])
			if err != nil {
				break
			}
			sp--
			s[sp] = Null
			s[sp-1] = r
		case bc.STORE_SUBSCR:
			if k := s[sp-1]; k.k == kInt {
				if l, ok := s[sp-2].o.(*List); ok {
					if vs := l.vals; l.c == nil {
						i := k.n
						if i < 0 {
							i += int64(len(vs))
						}
						if ok = uint64(i) < uint64(len(vs)); ok {
							vs[i] = s[sp-3]
						}
					} else {
						ok = l.setCompactItem(k.n, s[sp-3])
					}
					if ok {
						sp -= 3
						s[sp], s[sp+1], s[sp+2] = Null, Null, Null
						break
					}
				}
			}
			err = vm.setItem(s[sp-2], s[sp-1], s[sp-3])
			sp -= 3
			s[sp], s[sp+1], s[sp+2] = Null, Null, Null
		case bc.DELETE_SUBSCR:
			err = vm.delItem(s[sp-2], s[sp-1])
			sp -= 2
			s[sp], s[sp+1] = Null, Null
		case bc.BUILD_SLICE:
			n := int(in.Arg)
			sl := &SliceObj{start: s[sp-n], stop: s[sp-n+1], step: None}
			if n == 3 {
				sl.step = s[sp-1]
			}
			sp -= n
			s[sp] = Obj(sl)
			sp++
		case bc.BUILD_TUPLE:
			n := int(in.Arg)
			items := make([]Value, n)
			copy(items, s[sp-n:sp])
			sp -= n
			s[sp] = NewTuple(items...)
			sp++
		case bc.BUILD_LIST:
			n := int(in.Arg)
			items := make([]Value, n)
			copy(items, s[sp-n:sp])
			sp -= n
			s[sp] = NewList(items)
			sp++
		case bc.BUILD_SET:
			n := int(in.Arg)
			set := NewSet()
			for _, v := range s[sp-n : sp] {
				if err = set.add(vm, v); err != nil {
					break
				}
			}
			if err != nil {
				break
			}
			sp -= n
			s[sp] = Obj(set)
			sp++
		case bc.BUILD_MAP:
			n := int(in.Arg)
			d := NewDict()
			for i := sp - 2*n; i < sp; i += 2 {
				if err = d.Set(vm, s[i], s[i+1]); err != nil {
					break
				}
			}
			if err != nil {
				break
			}
			sp -= 2 * n
			s[sp] = Obj(d)
			sp++
		case bc.BUILD_STRING:
			n := int(in.Arg)
			size := 0
			for _, v := range s[sp-n : sp] {
				size += len(v.o.(*strObj).s)
			}
			buf := make([]byte, 0, size)
			for _, v := range s[sp-n : sp] {
				buf = append(buf, v.o.(*strObj).s...)
			}
			sp -= n
			s[sp] = Str(string(buf))
			sp++
		case bc.LIST_APPEND:
			sp--
			l := s[sp-int(in.Arg)].o.(*List)
			l.push(s[sp])
			s[sp] = Null
		case bc.SET_ADD:
			sp--
			err = s[sp-int(in.Arg)].o.(*Set).add(vm, s[sp])
			s[sp] = Null
		case bc.MAP_ADD:
			sp -= 2
			err = s[sp-int(in.Arg)].o.(*Dict).Set(vm, s[sp], s[sp+1])
			s[sp], s[sp+1] = Null, Null
		case bc.LIST_EXTEND:
			sp--
			l := s[sp-int(in.Arg&255)].o.(*List)
			err = vm.iterate(s[sp], func(v Value) error { l.vals = append(l.values(), v); return nil })
			if err != nil && isExc(err, TypeErrorType) && !vm.isIterable(s[sp]) {
				if in.Arg&256 != 0 {
					err = typeErrorf("%s argument after * must be an iterable, not %s", vm.funcDesc(s[sp-2]), s[sp].Type().tpName())
				} else {
					err = typeErrorf("Value after * must be an iterable, not %s", s[sp].Type().tpName())
				}
			}
			s[sp] = Null
		case bc.SET_UPDATE:
			sp--
			err = s[sp-int(in.Arg)].o.(*Set).update(vm, s[sp])
			s[sp] = Null
		case bc.DICT_UPDATE, bc.DICT_MERGE:
			sp--
			var fn Value
			if in.Op == bc.DICT_MERGE {
				fn = s[sp-int(in.Arg)-2]
			}
			err = vm.dictMerge(s[sp-int(in.Arg)].o.(*Dict), s[sp], in.Op == bc.DICT_MERGE, fn)
			s[sp] = Null
		case bc.LIST_TO_TUPLE:
			s[sp-1] = NewTuple(s[sp-1].o.(*List).values()...)
		case bc.FORMAT_VALUE:
			var spec Value
			if in.Arg&4 != 0 {
				sp--
				spec = s[sp]
				s[sp] = Null
			}
			var r Value
			r, err = vm.formatValue(s[sp-1], int(in.Arg&3), spec)
			if err == nil {
				s[sp-1] = r
			}
		case bc.JUMP:
			if int(in.Arg) < pc && vm.interrupt.v.Load() != 0 {
				if vm.skidDue(f, pc-1) { // take the sample inside the next iteration (skid.go)
					f.sp, f.pc = sp, int(in.Arg)
					if r, e := vm.eval(f); e != errSkidDone {
						return r, e
					}
					sp, pc = f.sp, f.pc
					continue
				}
				if err = vm.poll(f, pc-1); err != nil {
					break
				}
			}
			if vm.jit != nil && int(in.Arg) < pc && &instrs[0] == &rt.quick[0] { // not while a sample skids (skid.go)
				if npc, nsp, e, ok := vm.jitBackEdge(f, sp, pc-1, int(in.Arg)); ok { // jit.go
					pc, sp, err = npc, nsp, e
					break
				}
			}
			pc = int(in.Arg)
		case bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE:
			sp--
			v := s[sp]
			s[sp] = Null
			var t bool
			if v.k == kBool {
				t = v.n != 0
			} else if t, err = vm.truth(v); err != nil {
				break
			}
			if t == (in.Op == bc.POP_JUMP_IF_TRUE) {
				pc = int(in.Arg)
			}
		case bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP:
			var t bool
			if t, err = vm.truth(s[sp-1]); err != nil {
				break
			}
			if t == (in.Op == bc.JUMP_IF_TRUE_OR_POP) {
				pc = int(in.Arg)
			} else {
				sp--
				s[sp] = Null
			}
		case bc.GET_ITER:
			var it Value
			it, err = vm.getIter(s[sp-1])
			if err == nil {
				s[sp-1] = it
			}
		case bc.FOR_ITER:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			it := s[sp-1]
			if r, ok := it.o.(*rangeIter); ok {
				if r.n > 0 {
					s[sp] = Int(r.cur)
					r.cur += r.step
					r.n--
					sp++
					break
				}
			} else if l, ok := it.o.(*listIter); ok {
				if ll := l.l; ll.c == nil && l.i < len(ll.vals) {
					s[sp] = ll.vals[l.i]
					l.i++
					sp++
					break
				} else if v, ok := ll.next(l.i); ok {
					s[sp] = v
					l.i++
					sp++
					break
				}
				l.i = 1 << 62
			} else {
				v, ok, e := vm.next(it)
				if e != nil {
					err = e
					break
				}
				if ok {
					s[sp] = v
					sp++
					break
				}
			}
			sp--
			s[sp] = Null
			pc = int(in.Arg)
		case bc.CALL:
			if e := &rt.spec[pc-1]; e.wait == 0 { // adaptive specialization (specialize.go)
				vm.specialize(f, pc-1, sp)
			} else {
				e.wait--
			}
			n := int(in.Arg)
			// callOperands, spelled out: the run loop is too big for Go
			// to inline calls into it
			callable := s[sp-n-2]
			var args []Value
			if callable.k == kNull {
				callable = s[sp-n-1]
				args = s[sp-n : sp]
			} else {
				args = s[sp-n-1 : sp]
			}
			f.lasti = pc - 1
			f.sp = sp
			var r Value
			r, err = vm.call(callable, args, nil)
			if err == nil && vm.interrupt.v.Load() != 0 { // a tick during the call is charged to it
				err = vm.poll(f, pc-1)
			}
			if err != nil {
				break
			}
			sp -= n + 2
			s[sp] = r
			for i := sp + 1; i < sp+n+2; i++ { // zero stores: Null would be loaded from memory
				s[i] = Value{}
			}
			sp++
		case bc.CALL_KW:
			n := int(in.Arg)
			names := s[sp-1].o.(*Tuple)
			kw := make([]string, len(names.items))
			for i, nm := range names.items {
				kw[i] = nm.o.(*strObj).s
			}
			sp--
			// callOperands, spelled out: the run loop is too big for Go
			// to inline calls into it
			callable := s[sp-n-2]
			var args []Value
			if callable.k == kNull {
				callable = s[sp-n-1]
				args = s[sp-n : sp]
			} else {
				args = s[sp-n-1 : sp]
			}
			f.lasti = pc - 1
			f.sp = sp
			var r Value
			r, err = vm.call(callable, args, kw)
			if err == nil && vm.interrupt.v.Load() != 0 {
				err = vm.poll(f, pc-1)
			}
			if err != nil {
				break
			}
			for i := sp - n - 2; i <= sp; i++ {
				s[i] = Null
			}
			sp -= n + 2
			s[sp] = r
			sp++
		case bc.CALL_EX:
			var kwargs *Dict
			if in.Arg&1 != 0 {
				sp--
				kwargs = s[sp].o.(*Dict)
			}
			argsv := s[sp-1]
			callable := s[sp-2]
			f.lasti = pc - 1
			var r Value
			r, err = vm.callEx(callable, argsv, kwargs)
			if err != nil {
				break
			}
			s[sp-1], s[sp-2], s[sp-3] = Null, Null, Null
			sp -= 3
			s[sp] = r
			sp++
		case bc.MAKE_FUNCTION:
			var fn *Function
			fn, sp = vm.makeFunction(f, s, sp, int(in.Arg))
			s[sp] = Obj(fn)
			sp++
		case bc.RETURN_VALUE:
			sp--
			r := s[sp]
			s[sp] = Null
			f.sp = sp
			f.done = true
			return r, nil
		case bc.YIELD_VALUE:
			sp--
			r := s[sp]
			s[sp] = Null
			f.sp = sp
			f.pc = pc
			f.lasti = pc - 1
			f.yielded = true
			return r, nil
		case bc.GET_YIELD_FROM_ITER:
			v := s[sp-1]
			if _, ok := v.o.(*Generator); !ok || v.k != kObj {
				var it Value
				it, err = vm.getIter(v)
				if err == nil {
					s[sp-1] = it
				}
			}
		case bc.YIELD_FROM:
			sent := s[sp-1]
			it := s[sp-2]
			f.lasti = pc - 1
			var y Value
			var done bool
			y, done, err = vm.sendTo(it, sent)
			if err != nil {
				break
			}
			if done {
				sp--
				s[sp] = Null
				s[sp-1] = y
				break
			}
			sp--
			s[sp] = Null
			f.sp = sp
			f.pc = pc - 1
			f.yielded = true
			return y, nil
		case bc.SETUP_EXCEPT:
			f.blocks = append(f.blocks, block{kind: blockTry, handler: in.Arg, level: int32(sp)})
		case bc.SETUP_WITH:
			f.blocks = append(f.blocks, block{kind: blockTry, handler: in.Arg, level: int32(sp - 1)})
		case bc.POP_BLOCK:
			f.blocks = f.blocks[:len(f.blocks)-1]
		case bc.POP_EXCEPT:
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			vm.handled = b.prevExc
		case bc.RERAISE:
			sp--
			err = s[sp].o.(*Exception)
			s[sp] = Null
			reraise = true
		case bc.RAISE_VARARGS:
			f.lasti = pc - 1
			switch in.Arg {
			case 0:
				if vm.handled == nil {
					err = newExc(RuntimeErrorType, "No active exception to reraise")
				} else {
					err = vm.handled
					reraise = true
				}
			case 1:
				sp--
				err = vm.makeRaise(s[sp], Null, false)
			case 2:
				sp -= 2
				err = vm.makeRaise(s[sp], s[sp+1], true)
			}
		case bc.EXCEPT_STAR:
			f.lasti = pc - 1
			sp, err, reraise = vm.exceptStar(in.Arg, s, sp)
		case bc.CHECK_EXC_MATCH:
			var ok bool
			ok, err = vm.excMatches(s[sp-2], s[sp-1])
			if err == nil {
				s[sp-1] = Bool(ok)
			}
		case bc.BEFORE_WITH:
			f.lasti = pc - 1
			var exit, entered Value
			exit, entered, err = vm.beforeWith(s[sp-1])
			if err == nil {
				s[sp-1] = exit
				s[sp] = entered
				sp++
			}
		case bc.WITH_EXIT:
			sp--
			exit := s[sp]
			s[sp] = Null
			_, err = vm.call(exit, []Value{None, None, None}, nil)
		case bc.WITH_EXCEPT:
			exc := s[sp-1].o.(*Exception)
			exit := s[sp-2]
			var r Value
			r, err = vm.call(exit, []Value{Obj(exc.cls), Obj(exc), vm.tracebackValue(exc)}, nil)
			if err == nil {
				s[sp] = r
				sp++
			}
		case bc.UNPACK_SEQUENCE:
			sp--
			v := s[sp]
			s[sp] = Null
			err = vm.unpack(v, int(in.Arg), -1, 0, s[sp:sp+int(in.Arg)])
			if err == nil {
				sp += int(in.Arg)
			}
		case bc.UNPACK_EX:
			before, after := int(in.Arg&0xff), int(in.Arg>>8)
			sp--
			v := s[sp]
			s[sp] = Null
			err = vm.unpack(v, before+after+1, before, after, s[sp:sp+before+after+1])
			if err == nil {
				sp += before + after + 1
			}
		case bc.IMPORT_NAME:
			f.lasti = pc - 1
			var m Value
			m, err = vm.importName(code.Names[in.Arg], s[sp-1], s[sp-2])
			if err == nil {
				sp--
				s[sp] = Null
				s[sp-1] = m
			}
		case bc.IMPORT_FROM:
			var v Value
			v, err = vm.importFrom(s[sp-1], code.Names[in.Arg])
			if err == nil {
				s[sp] = v
				sp++
			}
		case bc.IMPORT_STAR:
			sp--
			err = vm.importStar(s[sp], f.locals)
			s[sp] = Null
		case bc.LOAD_BUILD_CLASS:
			s[sp] = vm.buildClass
			sp++
		case bc.SETUP_ANNOTATIONS:
			if _, ok := f.locals.getStr("__annotations__"); !ok {
				f.locals.setStr("__annotations__", Obj(NewDict()))
			}
		case bc.LOAD_ASSERTION_ERROR:
			s[sp] = Obj(AssertionErrorType)
			sp++
		case bc.GET_LEN:
			var n int
			n, err = vm.length(s[sp-1])
			if err == nil {
				s[sp] = Int(int64(n))
				sp++
			}
		case bc.MATCH_MAPPING, bc.MATCH_SEQUENCE, bc.MATCH_CLASS, bc.MATCH_KEYS, bc.COPY_DICT_WITHOUT_KEYS:
			sp, err = vm.matchOp(in, s, sp)
		case opBinaryInt: // specialized forms (specialize.go); a failed guard runs the generic form
			if a, b := s[sp-2], s[sp-1]; a.k == kInt && b.k == kInt {
				r, ok := intFast(int(in.Arg)&15, a.n, b.n)
				if !ok {
					if r, err = vm.binaryOp(int(in.Arg), a, b); err != nil {
						break
					}
				}
				sp-- // s[sp] keeps an int: nothing for the collector
				s[sp-1] = r
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opBinaryFloat:
			if a, b := s[sp-2], s[sp-1]; a.k == kFloat && b.k == kFloat {
				r, ok := floatFast(int(in.Arg)&15, a.float(), b.float())
				if !ok {
					if r, err = vm.binaryOp(int(in.Arg), a, b); err != nil {
						break
					}
				}
				sp-- // s[sp] keeps a float: nothing for the collector
				s[sp-1] = r
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opCompareInt:
			if a, b := s[sp-2], s[sp-1]; a.k == kInt && b.k == kInt {
				sp--
				s[sp-1] = Bool(intCompare(syntax.CmpOp(in.Arg), a.n, b.n))
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opCompareFloat:
			if a, b := s[sp-2], s[sp-1]; a.k == kFloat && b.k == kFloat {
				sp--
				s[sp-1] = Bool(floatCmp(syntax.CmpOp(in.Arg), a.float(), b.float()))
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opSubscrList:
			if l, ok := s[sp-2].o.(*List); ok && s[sp-1].k == kInt && s[sp-2].k == kObj {
				var v Value
				if vs := l.vals; l.c == nil {
					i := s[sp-1].n
					if i < 0 {
						i += int64(len(vs))
					}
					if ok = uint64(i) < uint64(len(vs)); ok {
						v = vs[i]
					}
				} else {
					v, ok = l.c.item(s[sp-1].n)
				}
				if !ok {
					err = seqIndexError("list")
					break
				}
				sp-- // s[sp] keeps the int index
				s[sp-1] = v
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opForIterRange:
			if r, ok := s[sp-1].o.(*rangeIter); ok {
				if r.n > 0 {
					s[sp] = Int(r.cur)
					r.cur += r.step
					r.n--
					sp++
					break
				}
				sp--
				s[sp] = Null
				pc = int(in.Arg)
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opForIterList:
			if l, ok := s[sp-1].o.(*listIter); ok {
				if ll := l.l; ll.c == nil && l.i < len(ll.vals) {
					s[sp] = ll.vals[l.i]
					l.i++
					sp++
					break
				} else if v, ok := ll.next(l.i); ok {
					s[sp] = v
					l.i++
					sp++
					break
				}
				l.i = 1 << 62
				sp--
				s[sp] = Null
				pc = int(in.Arg)
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opLoadGlobalModule:
			if e, g := &rt.spec[pc-1], f.globals; e.ver == g.version { // the module has not changed
				s[sp] = e.v
				sp++
				break
			} else if g.entryIs(e.pos, code.Names[in.Arg]) { // it has, but the name is still there
				e.v, e.ver = g.entries[e.pos].val, g.version
				s[sp] = e.v
				sp++
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opLoadGlobalBuiltin:
			if v, ok := vm.loadBuiltinSpecialized(f, &rt.spec[pc-1], code.Names[in.Arg]); ok {
				s[sp] = v
				sp++
				break
			}
			pc = vm.despecialize(rt, pc-1)
		case opCallPy, opCallBuiltin, opCallBuiltinType, opCallClass:
			sp, pc, err = vm.callSpecialized(f, in, &rt.spec[pc-1], sp, pc)
		case opLoadAttrSlot: // the receiver's class is the one specialized on: inline (other cases in runSpecialized)
			if x, ok := s[sp-1].o.(*Instance); ok && s[sp-1].k == kObj {
				if e := &rt.spec[pc-1]; x.cls == e.t && e.t.version == e.ver {
					if v := x.slots[e.pos]; v.k != kNull {
						s[sp-1] = v
						break
					}
				}
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opStoreAttrSlot:
			if x, ok := s[sp-1].o.(*Instance); ok && s[sp-1].k == kObj {
				if e := &rt.spec[pc-1]; x.cls == e.t && e.t.version == e.ver {
					x.slots[e.pos] = s[sp-2]
					sp -= 2
					s[sp], s[sp+1] = Null, Null
					break
				}
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opLoadAttrInstance: // straight to the form (runSpecialized handles a failed guard)
			if x, ok := s[sp-1].o.(*Instance); ok && s[sp-1].k == kObj { // the class and the dict's shape seen last: inline
				if e, c, d := &rt.spec[pc-1], &rt.caches[pc-1], x.dict; x.cls == e.t && e.t.version == e.ver && d != nil && d.shape != nil && d.shape == c.shape {
					s[sp-1] = d.entries[c.pos].val
					break
				}
			}
			if v, ok, e2 := vm.loadAttrSpecialized(&rt.caches[pc-1], &rt.spec[pc-1], s[sp-1], code.Names[in.Arg], false); ok {
				if err = e2; err == nil {
					s[sp-1] = v
				}
				break
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opLoadMethodInstance:
			if fn, ok := loadMethodSpecialized(&rt.caches[pc-1], &rt.spec[pc-1], s[sp-1], code.Names[in.Arg]); ok {
				s[sp] = s[sp-1]
				s[sp-1] = fn
				sp++
				break
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opStoreAttrInstance:
			if x, ok := s[sp-1].o.(*Instance); ok && s[sp-1].k == kObj { // as LOAD_ATTR_INSTANCE
				if e, c, d := &rt.spec[pc-1], &rt.caches[pc-1], x.dict; x.cls == e.t && e.t.version == e.ver && d != nil && d.shape != nil && d.shape == c.shape {
					d.entries[c.pos].val = s[sp-2]
					d.touch()
					sp -= 2
					s[sp], s[sp+1] = Null, Null
					break
				}
			}
			if storeAttrSpecialized(&rt.caches[pc-1], &rt.spec[pc-1], s[sp-1], code.Names[in.Arg], s[sp-2], false) {
				sp -= 2
				s[sp], s[sp+1] = Null, Null
				break
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opLoadMethodBuiltin: // str.split, list.append...: the method, then the receiver as self
			if o, e := s[sp-1], &rt.spec[pc-1]; o.Type() == e.t && e.t.version == e.ver {
				s[sp-1] = e.v
				s[sp] = o
				sp++
				break
			}
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opBinaryStrAdd, opCompareStr, opSubscrTuple, opSubscrDict, opSubscrStr,
			opLoadAttrModule, opLoadAttrClass, opLoadMethodModule,
			opLoadMethodClass:
			sp, pc, err = vm.runSpecialized(f, in, sp, pc)
		case opSkid: // a skidded sample (skid.go): time the last instruction, run this one
			pc--
			if !vm.skidStep(f, pc) {
				f.sp, f.pc = sp, pc
				return Null, errSkidDone
			}
		default:
			err = newExcf(SystemErrorType, "unknown opcode %v", in.Op)
		}
		if err == nil {
			continue
		}
		// an exception: record where it happened, then unwind the block stack
		f.lasti = pc - 1
		if _, ok := err.(*UnsupportedError); ok { // e.g. importing a C extension (import*.go): not catchable
			return Null, err
		}
		exc := toException(err)
		if !reraise {
			exc.tb = append(exc.tb, tbEntry{code: code, pc: pc - 1})
			if vm.handled != nil && vm.handled != exc && exc.context == nil {
				exc.context = vm.handled
				breakContextCycle(exc)
			}
		}
		reraise = false
		err = nil
		var ok bool
		if sp, pc, ok = vm.unwind(f, s, sp, exc); !ok {
			return Null, exc
		}
	}
}

// unwind pops f's block stack up to the innermost try block and prepares
// the jump to its handler; ok is false when the exception leaves the frame.
func (vm *VM) unwind(f *Frame, s []Value, sp int, exc *Exception) (int, int, bool) {
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		if b.kind == blockHandler {
			vm.handled = b.prevExc
			continue
		}
		for i := int(b.level); i < sp; i++ {
			s[i] = Null
		}
		sp = int(b.level)
		f.blocks = append(f.blocks, block{kind: blockHandler, level: b.level, prevExc: vm.handled})
		vm.handled = exc
		s[sp] = Obj(exc)
		sp++
		return sp, int(b.handler), true
	}
	for i := len(f.code.VarNames); i < sp; i++ {
		s[i] = Null
	}
	f.sp = sp
	f.done = true
	return sp, 0, false
}

func (vm *VM) nameError(name string, globals *Dict) error {
	e := newExcf(NameErrorType, "name '%s' is not defined", name)
	e.attrName, e.nameGlobals = name, globals
	return e
}

func breakContextCycle(exc *Exception) {
	for c := exc.context; c != nil; c = c.context {
		if c.context == exc {
			c.context = nil
			return
		}
	}
}

func (vm *VM) unboundDeref(code *bc.Code, i int) error {
	name := code.CellName(i)
	if i < len(code.CellVars) {
		return newExcf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return newExcf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func (vm *VM) storeName(d *Dict, name Value, v Value) error {
	return d.SetHashed(vm, name, name.o.(*strObj).hashValue(), v)
}
