package jitcore

import (
	"math"
	"strings"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

var binaryDunders = [...][2]string{
	syntax.Add: {"__add__", "__radd__"}, syntax.Sub: {"__sub__", "__rsub__"},
	syntax.Mult: {"__mul__", "__rmul__"}, syntax.MatMult: {"__matmul__", "__rmatmul__"},
	syntax.Div: {"__truediv__", "__rtruediv__"}, syntax.Mod: {"__mod__", "__rmod__"},
	syntax.Pow: {"__pow__", "__rpow__"}, syntax.LShift: {"__lshift__", "__rlshift__"},
	syntax.RShift: {"__rshift__", "__rrshift__"}, syntax.BitOr: {"__or__", "__ror__"},
	syntax.BitXor: {"__xor__", "__rxor__"}, syntax.BitAnd: {"__and__", "__rand__"},
	syntax.FloorDiv: {"__floordiv__", "__rfloordiv__"},
}

var inplaceDunders = [...]string{
	syntax.Add: "__iadd__", syntax.Sub: "__isub__", syntax.Mult: "__imul__", syntax.MatMult: "__imatmul__",
	syntax.Div: "__itruediv__", syntax.Mod: "__imod__", syntax.Pow: "__ipow__", syntax.LShift: "__ilshift__",
	syntax.RShift: "__irshift__", syntax.BitOr: "__ior__", syntax.BitXor: "__ixor__", syntax.BitAnd: "__iand__",
	syntax.FloorDiv: "__ifloordiv__",
}

// userMethod finds a special method defined by a user class (not a
// built-in type) for v.
func userMethod(v Value, name string) (Value, bool) {
	t := v.Type()
	if t.builtin {
		return Null, false
	}
	m, ok := t.lookupSpecial(name)
	if !ok {
		return Null, false
	}
	return m, true
}

// unwrapBuiltin returns the built-in payload of an instance of a subclass of
// a built-in type.
func unwrapBuiltin(v Value) Value {
	if v.k == kObj {
		if in, ok := v.o.(*Instance); ok && in.base.k != kNull {
			return in.base
		}
	}
	return v
}

func (vm *VM) callMethod(m Value, self Value, args ...Value) (Value, error) {
	if f, ok := m.o.(*Function); ok && m.k == kObj {
		return vm.callWithSelf(Obj(f), self, args, nil)
	}
	full := make([]Value, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	if m.k == kObj {
		switch d := m.o.(type) {
		case *StaticMethod:
			return vm.call(d.fn, args, nil)
		case *ClassMethod:
			full[0] = Obj(self.Type())
			return vm.call(d.fn, full, nil)
		}
	}
	return vm.call(m, full, nil)
}

// binaryOp implements a binary operator (arg as in BINARY_OP).
func (vm *VM) binaryOp(arg int, a, b Value) (Value, error) {
	op := syntax.Operator(arg & 15)
	inplace := arg >= bc.InplaceBase
	if inplace {
		if m, ok := userMethod(a, inplaceDunders[op]); ok {
			r, err := vm.callMethod(m, a, b)
			if err != nil || !r.is(NotImplemented) {
				return r, err
			}
		} else if r, ok, err := vm.builtinInplace(op, a, b); ok || err != nil {
			return r, err
		}
	}
	ta, tb := a.Type(), b.Type()
	if ta.builtin && tb.builtin {
		r, ok, err := vm.builtinBinary(op, a, b)
		if ok || err != nil {
			return r, err
		}
		return Null, vm.binaryTypeError(op, inplace, a, b)
	}
	names := binaryDunders[op]
	triedReflected := false
	if !tb.builtin && tb != ta && tb.isSubtype(ta) {
		if m, ok := userMethod(b, names[1]); ok {
			triedReflected = true
			r, err := vm.callMethod(m, b, a)
			if err != nil || !r.is(NotImplemented) {
				return r, err
			}
		}
	}
	if m, ok := userMethod(a, names[0]); ok {
		r, err := vm.callMethod(m, a, b)
		if err != nil || !r.is(NotImplemented) {
			return r, err
		}
	} else if ta.builtin || unwrapBuiltin(a).k != kObj || unwrapBuiltin(a).o != a.o {
		r, ok, err := vm.builtinBinary(op, unwrapBuiltin(a), unwrapBuiltin(b))
		if ok || err != nil {
			return r, err
		}
	}
	if !triedReflected && ta != tb {
		if m, ok := userMethod(b, names[1]); ok {
			r, err := vm.callMethod(m, b, a)
			if err != nil || !r.is(NotImplemented) {
				return r, err
			}
		}
	}
	return Null, vm.binaryTypeError(op, inplace, a, b)
}

func (vm *VM) binaryTypeError(op syntax.Operator, inplace bool, a, b Value) error {
	sym := op.Symbol()
	if inplace {
		sym += "="
	}
	ta, tb := a.Type().tpName(), b.Type().tpName()
	if op == syntax.Add && (a.Type() == BytesType || a.Type() == ByteArrayType) {
		return typeErrorf("can't concat %s to %s", tb, ta)
	}
	if op == syntax.Add && !inplace {
		switch a.Type() {
		case StrType, ListType, TupleType:
			return typeErrorf("can only concatenate %s (not \"%s\") to %s", ta, tb, ta)
		}
	}
	if op == syntax.Mult {
		if isSequence(a) && !b.isIntLike() {
			return typeErrorf("can't multiply sequence by non-int of type '%s'", tb)
		}
		if isSequence(b) && !a.isIntLike() {
			return typeErrorf("can't multiply sequence by non-int of type '%s'", ta)
		}
	}
	if op == syntax.Pow && !inplace {
		return typeErrorf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta, tb)
	}
	return typeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", sym, ta, tb)
}

func isSequence(v Value) bool {
	switch unwrapBuiltin(v).Type() {
	case StrType, ListType, TupleType, BytesType, ByteArrayType:
		return true
	}
	return false
}

func (vm *VM) builtinInplace(op syntax.Operator, a, b Value) (Value, bool, error) {
	if x, ok := a.o.(*Bytes); ok && a.k == kObj && x.mutable {
		if y, ok := bytesLike(b); ok && op == syntax.Add {
			x.b = append(x.b, y...)
			return a, true, nil
		}
		if op == syntax.Mult && b.isIntLike() {
			n, err := repeatFactor(b) // list_repeat.go
			if err != nil {
				return Null, true, err
			}
			total, ok := repeatCount(len(x.b), n, 1<<34)
			if !ok {
				return Null, true, newExc(MemoryErrorType, "")
			}
			if n != 1 {
				out := make([]byte, total)
				if total > 0 {
					copy(out, x.b)
					fillDoubling(out, len(x.b))
				}
				x.b = out
			}
			return a, true, nil
		}
	}
	if l, ok := asList(a); ok {
		switch op {
		case syntax.Add:
			items, err := vm.toSlice(b)
			if err != nil {
				if !vm.isIterable(b) {
					return Null, true, typeErrorf("'%s' object is not iterable", b.Type().tpName())
				}
				return Null, true, err
			}
			l.vals = append(l.values(), items...)
			return a, true, nil
		case syntax.Mult:
			if !b.isIntLike() {
				return Null, false, nil
			}
			n, err := repeatFactor(b) // list_repeat.go
			if err != nil {
				return Null, true, err
			}
			if l.c != nil {
				r, _ := compactRepeatList(l, n) // list_compact.go
				if r == nil {
					return Null, true, newExc(MemoryErrorType, "")
				}
				l.c = r.c
				return a, true, nil
			}
			total, ok := repeatCount(len(l.values()), n, maxRepeatItems)
			if !ok {
				return Null, true, newExc(MemoryErrorType, "")
			}
			if n != 1 {
				l.vals = repeatItems(l.values(), total/max(len(l.values()), 1))
			}
			return a, true, nil
		}
	}
	if s, ok := asSet(a); ok && !s.frozen {
		if o, ok := asSet(b); ok {
			switch op {
			case syntax.BitOr:
				return a, true, s.merge(vm, o)
			case syntax.BitAnd, syntax.Sub, syntax.BitXor:
				r, ok, err := vm.setBinary(op, s, o)
				if err != nil || !ok {
					return r, ok, err
				}
				rs := r.o.(*Set)
				*s = Set{table: rs.table, fill: rs.fill, used: rs.used, cls: s.cls}
				return a, true, nil
			}
		}
	}
	if d, ok := asDict(a); ok && op == syntax.BitOr {
		if err := vm.dictUpdate(d, b); err != nil {
			return Null, true, err
		}
		return a, true, nil
	}
	return Null, false, nil
}

// builtinBinary applies op to built-in values; ok is false when no
// built-in implementation applies.
func (vm *VM) builtinBinary(op syntax.Operator, a, b Value) (Value, bool, error) {
	if isNumber(a) && isNumber(b) {
		return numericBinary(op, a, b)
	}
	switch op {
	case syntax.Add:
		if x, ok := asStr(a); ok {
			if y, ok := asStr(b); ok {
				return Str(x + y), true, nil
			}
			return Null, false, nil
		}
		if x, ok := asList(a); ok {
			if y, ok := asList(b); ok {
				items := make([]Value, 0, len(x.values())+len(y.values()))
				items = append(append(items, x.values()...), y.values()...)
				return NewList(items), true, nil
			}
			return Null, false, nil
		}
		if x, ok := asTuple(a); ok {
			if y, ok := asTuple(b); ok {
				items := make([]Value, 0, len(x.items)+len(y.items))
				items = append(append(items, x.items...), y.items...)
				return NewTuple(items...), true, nil
			}
			return Null, false, nil
		}
		if x, ok := a.o.(*Bytes); ok && a.k == kObj {
			if y, ok := b.o.(*Bytes); ok && b.k == kObj {
				return Obj(&Bytes{b: append(append([]byte{}, x.b...), y.b...), mutable: x.mutable}), true, nil
			}
		}
	case syntax.Mult:
		if b.isIntLike() && isSequence(a) {
			return vm.repeatSeq(a, b)
		}
		if a.isIntLike() && isSequence(b) {
			return vm.repeatSeq(b, a)
		}
		// a sequence repeats by any object with __index__
		if isSequence(a) && hasUserIndex(b) {
			n, err := vm.intArg(b)
			if err != nil {
				return Null, true, err
			}
			return vm.repeatSeq(a, BigInt(n))
		}
		if isSequence(b) && hasUserIndex(a) {
			n, err := vm.intArg(a)
			if err != nil {
				return Null, true, err
			}
			return vm.repeatSeq(b, BigInt(n))
		}
	case syntax.Mod:
		if s, ok := asStr(a); ok {
			r, err := vm.percentFormat(s, b)
			return r, true, err
		}
		if bs, ok := a.o.(*Bytes); ok && a.k == kObj {
			r, err := vm.bytesPercentFormat(bs, b)
			return r, true, err
		}
	case syntax.BitOr, syntax.BitAnd, syntax.Sub, syntax.BitXor:
		if op == syntax.BitOr && isTypeLike(a) && isTypeLike(b) && !(a.IsNone() && b.IsNone()) {
			return makeUnion(a, b), true, nil
		}
		if isSetLikeView(a) || isSetLikeView(b) {
			r, err := vm.dictViewBinary(op, a, b)
			return r, true, err
		}
		if x, ok := asSet(a); ok {
			if y, ok := asSet(b); ok {
				return vm.setBinary(op, x, y)
			}
		}
		if op == syntax.BitOr {
			if x, ok := asDict(a); ok {
				if y, ok := asDict(b); ok {
					n := x.copy()
					if err := vm.dictUpdate(n, Obj(y)); err != nil {
						return Null, true, err
					}
					return Obj(n), true, nil
				}
			}
		}
	}
	return Null, false, nil
}

// viewAsSet converts dict keys and items views to sets for set algebra.
func viewAsSet(vm *VM, v Value) *Set {
	dv, ok := v.o.(*dictView)
	if !ok || v.k != kObj || dv.kind == 1 {
		return nil
	}
	s := NewSet()
	it, _ := vm.getIter(v)
	for {
		x, ok, err := vm.next(it)
		if err != nil || !ok {
			break
		}
		s.add(vm, x)
	}
	return s
}

func (vm *VM) repeatSeq(seq, n Value) (Value, bool, error) {
	count, err := repeatFactor(n) // list_repeat.go
	if err != nil {
		return Null, true, err
	}
	if s, ok := asStr(seq); ok {
		if repeatOverflows(len(s), count) {
			return Null, true, newExc(OverflowErrorType, "repeated string is too long")
		}
		if _, ok := repeatCount(len(s), count, 1<<34); !ok {
			return Null, true, newExc(MemoryErrorType, "")
		}
		return Str(strings.Repeat(s, int(count))), true, nil
	}
	var items []Value
	var isTuple bool
	if l, ok := asList(seq); ok {
		if r, ok := compactRepeatList(l, count); ok { // list_compact.go
			if r == nil {
				return Null, true, newExc(MemoryErrorType, "")
			}
			return Obj(r), true, nil
		}
		items = l.values()
	} else if t, ok := asTuple(seq); ok {
		items, isTuple = t.items, true
	} else if bs, ok := seq.o.(*Bytes); ok {
		if !bs.mutable && repeatOverflows(len(bs.b), count) {
			return Null, true, newExc(OverflowErrorType, "repeated bytes are too long")
		}
		total, ok := repeatCount(len(bs.b), count, 1<<34)
		if !ok {
			return Null, true, newExc(MemoryErrorType, "")
		}
		out := make([]byte, total)
		if total > 0 {
			copy(out, bs.b)
			fillDoubling(out, len(bs.b)) // list_repeat.go
		}
		return Obj(&Bytes{b: out, mutable: bs.mutable}), true, nil
	}
	total, ok := repeatCount(len(items), count, maxRepeatItems)
	if !ok {
		return Null, true, newExc(MemoryErrorType, "")
	}
	out := repeatItems(items, total/max(len(items), 1)) // list_repeat.go
	if isTuple {
		return NewTuple(out...), true, nil
	}
	return NewList(out), true, nil
}

func (vm *VM) setBinary(op syntax.Operator, a, b *Set) (Value, bool, error) {
	frozen := a.frozen
	var r *Set
	switch op {
	case syntax.BitOr:
		r = a.copySet()
		if err := r.merge(vm, b); err != nil {
			return Null, true, err
		}
	case syntax.BitAnd:
		r = NewSet()
		x, y := a, b
		if y.used > x.used {
			x, y = y, x
		}
		for _, e := range y.table {
			if e.state == 1 {
				pos, err := x.lookup(vm, e.key, e.hash)
				if err != nil {
					return Null, true, err
				}
				if pos >= 0 {
					if err := r.addHashed(vm, e.key, e.hash); err != nil {
						return Null, true, err
					}
				}
			}
		}
	case syntax.Sub:
		r = NewSet()
		for _, e := range a.table {
			if e.state == 1 {
				pos, err := b.lookup(vm, e.key, e.hash)
				if err != nil {
					return Null, true, err
				}
				if pos < 0 {
					if err := r.addHashed(vm, e.key, e.hash); err != nil {
						return Null, true, err
					}
				}
			}
		}
	case syntax.BitXor:
		r = b.copySet()
		for _, e := range a.table {
			if e.state == 1 {
				pos, err := r.lookup(vm, e.key, e.hash)
				if err != nil {
					return Null, true, err
				}
				if pos >= 0 {
					r.table[pos] = setEntry{hash: -1, state: 2}
					r.used--
				} else if err := r.addHashed(vm, e.key, e.hash); err != nil {
					return Null, true, err
				}
			}
		}
	default:
		return Null, false, nil
	}
	r.frozen = frozen
	return Obj(r), true, nil
}

// unaryOp implements -x, +x, ~x and not x.
func (vm *VM) unaryOp(op syntax.UnaryOpKind, v Value) (Value, error) {
	if op == syntax.Not {
		t, err := vm.truth(v)
		return Bool(!t), err
	}
	names := [...]string{syntax.Invert: "__invert__", syntax.UAdd: "__pos__", syntax.USub: "__neg__"}
	if m, ok := userMethod(v, names[op]); ok {
		return vm.callMethod(m, v)
	}
	u := unwrapBuiltin(v)
	switch u.k {
	case kInt, kBool:
		switch op {
		case syntax.USub:
			if u.n == math.MinInt64 {
				return BigInt(new(big0).Neg(toBig(u))), nil
			}
			return Int(-u.n), nil
		case syntax.UAdd:
			return Int(u.n), nil
		case syntax.Invert:
			return Int(^u.n), nil
		}
	case kFloat:
		switch op {
		case syntax.USub:
			return Float(-u.float()), nil
		case syntax.UAdd:
			return u, nil
		}
	case kObj:
		switch o := u.o.(type) {
		case *bigInt:
			switch op {
			case syntax.USub:
				return BigInt(new(big0).Neg(o.v)), nil
			case syntax.UAdd:
				return u, nil
			case syntax.Invert:
				return BigInt(new(big0).Not(o.v)), nil
			}
		case *Complex:
			switch op {
			case syntax.USub:
				return Obj(&Complex{-o.c}), nil
			case syntax.UAdd:
				return u, nil
			}
		}
	}
	sym := [...]string{syntax.Invert: "~", syntax.UAdd: "+", syntax.USub: "-"}
	return Null, typeErrorf("bad operand type for unary %s: '%s'", sym[op], v.Type().tpName())
}

// truth implements bool(v).
func (vm *VM) truth(v Value) (bool, error) {
	switch v.k {
	case kNone, kNull:
		return false, nil
	case kBool, kInt:
		return v.n != 0, nil
	case kFloat:
		return v.float() != 0, nil
	}
	switch o := v.o.(type) {
	case *strObj:
		return len(o.s) > 0, nil
	case *List:
		return o.length() > 0, nil
	case *Tuple:
		return len(o.items) > 0, nil
	case *Dict:
		return o.used > 0, nil
	case *Set:
		return o.used > 0, nil
	case *bigInt:
		return o.v.Sign() != 0, nil
	case *Range:
		if o.b != nil {
			return o.b.n.Sign() > 0, nil
		}
		return o.length() > 0, nil
	case *Bytes:
		return len(o.b) > 0, nil
	case *Complex:
		return o.c != 0, nil
	case *Instance, *Exception:
		t := v.Type()
		if m, ok := t.lookupSpecial("__bool__"); ok && !t.builtin {
			r, err := vm.callMethod(m, v)
			if err != nil {
				return false, err
			}
			if r.k != kBool {
				return false, typeErrorf("__bool__ should return bool, returned %s", r.Type().tpName())
			}
			return r.n != 0, nil
		}
		if m, ok := t.lookupSpecial("__len__"); ok && !t.builtin {
			r, err := vm.callMethod(m, v)
			if err != nil {
				return false, err
			}
			n, err := vm.lenResult(r)
			return n > 0, err
		}
		if in, ok := o.(*Instance); ok && in.base.k != kNull {
			return vm.truth(in.base)
		}
	}
	return true, nil
}

func (vm *VM) lenResult(r Value) (int, error) {
	if !r.isIntLike() {
		return 0, typeErrorf("'%s' object cannot be interpreted as an integer", r.Type().tpName())
	}
	n := intBase(r)
	if n.k != kInt {
		return 0, newExc(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n.n < 0 {
		return 0, newValueError("__len__() should return >= 0")
	}
	return int(n.n), nil
}

// hasUserIndex reports whether v's class defines __index__.
func hasUserIndex(v Value) bool {
	_, ok := userMethod(v, "__index__")
	return ok
}
