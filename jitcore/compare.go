package jitcore

import (
	"math"
	"math/big"

	"jitlens/analysis/syntax"
)

var cmpDunders = [...]string{syntax.Eq: "__eq__", syntax.NotEq: "__ne__", syntax.Lt: "__lt__", syntax.LtE: "__le__", syntax.Gt: "__gt__", syntax.GtE: "__ge__"}
var cmpSwapped = [...]syntax.CmpOp{syntax.Eq: syntax.Eq, syntax.NotEq: syntax.NotEq, syntax.Lt: syntax.Gt, syntax.LtE: syntax.GtE, syntax.Gt: syntax.Lt, syntax.GtE: syntax.LtE}

// scalarEqual compares two unboxed scalars.
func scalarEqual(a, b Value) bool {
	if a.k == kFloat || b.k == kFloat {
		if a.k == kNone || b.k == kNone {
			return false
		}
		x, y := scalarFloat(a), scalarFloat(b)
		return x == y
	}
	if a.k == kNone || b.k == kNone {
		return a.k == b.k
	}
	return a.n == b.n
}

func scalarFloat(v Value) float64 {
	if v.k == kFloat {
		return v.float()
	}
	return float64(v.n)
}

// equal implements a == b as a Go bool.
func (vm *VM) equal(a, b Value) (bool, error) {
	if a.k != kObj && b.k != kObj {
		return scalarEqual(a, b), nil
	}
	if a.k == kObj && b.k == kObj && a.o == b.o {
		if _, ok := a.o.(*Instance); !ok {
			return true, nil
		}
	}
	r, err := vm.compare(syntax.Eq, a, b)
	if err != nil {
		return false, err
	}
	if r.k == kBool {
		return r.n != 0, nil
	}
	return vm.truth(r)
}

// compare implements a rich comparison.
func (vm *VM) compare(op syntax.CmpOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if ta.builtin && tb.builtin {
		r, ok, err := vm.builtinCompare(op, a, b)
		if err != nil {
			return Null, err
		}
		if ok {
			return Bool(r), nil
		}
		return vm.compareFallback(op, a, b)
	}
	triedReflected := false
	if !tb.builtin && tb != ta && tb.isSubtype(ta) {
		if m, ok := userMethod(b, cmpDunders[cmpSwapped[op]]); ok {
			triedReflected = true
			r, err := vm.callMethod(m, b, a)
			if err != nil || !r.is(NotImplemented) {
				return r, err
			}
		}
	}
	if m, ok := userMethod(a, cmpDunders[op]); ok {
		r, err := vm.callMethod(m, a, b)
		if err != nil || !r.is(NotImplemented) {
			return r, err
		}
	} else if op == syntax.NotEq {
		if m, ok := userMethod(a, "__eq__"); ok {
			r, err := vm.callMethod(m, a, b)
			if err != nil {
				return Null, err
			}
			if !r.is(NotImplemented) {
				t, err := vm.truth(r)
				return Bool(!t), err
			}
		}
	}
	if !triedReflected {
		if m, ok := userMethod(b, cmpDunders[cmpSwapped[op]]); ok {
			r, err := vm.callMethod(m, b, a)
			if err != nil || !r.is(NotImplemented) {
				return r, err
			}
		}
	}
	ua, ub := unwrapBuiltin(a), unwrapBuiltin(b)
	if (ua.k != kObj || ua.o != a.o) || (ub.k != kObj || ub.o != b.o) {
		if ua.Type().builtin && ub.Type().builtin {
			r, ok, err := vm.builtinCompare(op, ua, ub)
			if err != nil {
				return Null, err
			}
			if ok {
				return Bool(r), nil
			}
		}
	}
	return vm.compareFallback(op, a, b)
}

func (vm *VM) compareFallback(op syntax.CmpOp, a, b Value) (Value, error) {
	switch op {
	case syntax.Eq:
		return Bool(a.is(b)), nil
	case syntax.NotEq:
		return Bool(!a.is(b)), nil
	}
	return Null, typeErrorf("'%s' not supported between instances of '%s' and '%s'", op.Symbol(), a.Type().tpName(), b.Type().tpName())
}

func cmpResult(op syntax.CmpOp, c int) bool {
	switch op {
	case syntax.Eq:
		return c == 0
	case syntax.NotEq:
		return c != 0
	case syntax.Lt:
		return c < 0
	case syntax.LtE:
		return c <= 0
	case syntax.Gt:
		return c > 0
	}
	return c >= 0
}

func floatCmp(op syntax.CmpOp, x, y float64) bool {
	switch op {
	case syntax.Eq:
		return x == y
	case syntax.NotEq:
		return x != y
	case syntax.Lt:
		return x < y
	case syntax.LtE:
		return x <= y
	case syntax.Gt:
		return x > y
	}
	return x >= y
}

// compareIntFloat compares an int exactly with a float.
func compareIntFloat(i *big.Int, f float64) int {
	if i.IsInt64() {
		if n := i.Int64(); n > -1<<53 && n < 1<<53 {
			x := float64(n)
			switch {
			case x < f:
				return -1
			case x > f:
				return 1
			}
			return 0
		}
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	bf := new(big.Float).SetInt(i)
	return bf.Cmp(big.NewFloat(f))
}

// builtinCompare compares built-in values; ok is false when the types do
// not support the comparison.
func (vm *VM) builtinCompare(op syntax.CmpOp, a, b Value) (bool, bool, error) {
	if isNumber(a) && isNumber(b) {
		if isComplex(a) || isComplex(b) {
			if op != syntax.Eq && op != syntax.NotEq {
				return false, false, nil
			}
			eq := toComplex(a) == toComplex(b)
			return eq == (op == syntax.Eq), true, nil
		}
		if isFloat(a) || isFloat(b) {
			if isFloat(a) && isFloat(b) {
				x, _ := toFloat(a)
				y, _ := toFloat(b)
				return floatCmp(op, x, y), true, nil
			}
			if a.k == kFloat && b.k == kInt && b.n > -1<<53 && b.n < 1<<53 {
				return floatCmp(op, a.float(), float64(b.n)), true, nil
			}
			if b.k == kFloat && a.k == kInt && a.n > -1<<53 && a.n < 1<<53 {
				return floatCmp(op, float64(a.n), b.float()), true, nil
			}
			if isFloat(a) {
				x, _ := toFloat(a)
				if math.IsNaN(x) {
					return op == syntax.NotEq, true, nil
				}
				return cmpResult(op, -compareIntFloat(toBig(b), x)), true, nil
			}
			y, _ := toFloat(b)
			if math.IsNaN(y) {
				return op == syntax.NotEq, true, nil
			}
			return cmpResult(op, compareIntFloat(toBig(a), y)), true, nil
		}
		a, b = intBase(a), intBase(b)
		if a.k == kInt && b.k == kInt {
			return intCompare(op, a.n, b.n), true, nil
		}
		return cmpResult(op, toBig(a).Cmp(toBig(b))), true, nil
	}
	if a.k != kObj || b.k != kObj {
		if (a.k == kNone || b.k == kNone) && (op == syntax.Eq || op == syntax.NotEq) {
			return (a.k == b.k) == (op == syntax.Eq), true, nil
		}
		if op == syntax.Eq || op == syntax.NotEq {
			return op == syntax.NotEq, true, nil
		}
		return false, false, nil
	}
	if va, vb := viewAsSet(vm, a), viewAsSet(vm, b); va != nil || vb != nil {
		if va == nil {
			va, _ = asSet(a)
		}
		if vb == nil {
			vb, _ = asSet(b)
		}
		if va != nil && vb != nil {
			return vm.setCompare(op, va, vb)
		}
	}
	switch x := a.o.(type) {
	case *strObj:
		if y, ok := b.o.(*strObj); ok {
			c := 0
			if x.s < y.s {
				c = -1
			} else if x.s > y.s {
				c = 1
			}
			return cmpResult(op, c), true, nil
		}
	case *List:
		if y, ok := b.o.(*List); ok {
			if x.c != nil && y.c != nil {
				// scalars only: no Python code runs while comparing
				return vm.seqCompare(op, x.snapshot(), y.snapshot())
			}
			return vm.seqCompare(op, x.values(), y.values())
		}
	case *Tuple:
		if y, ok := b.o.(*Tuple); ok {
			return vm.seqCompare(op, x.items, y.items)
		}
	case *Dict:
		if y, ok := b.o.(*Dict); ok && (op == syntax.Eq || op == syntax.NotEq) {
			eq, err := vm.dictEqual(x, y)
			return eq == (op == syntax.Eq), true, err
		}
	case *Set:
		if y, ok := b.o.(*Set); ok {
			return vm.setCompare(op, x, y)
		}
	case *genericAlias:
		if y, ok := b.o.(*genericAlias); ok && (op == syntax.Eq || op == syntax.NotEq) {
			eq := x.origin == y.origin
			if eq {
				var err error
				if eq, err = vm.equal(NewTuple(x.argItems()...), NewTuple(y.argItems()...)); err != nil {
					return false, true, err
				}
			}
			return eq == (op == syntax.Eq), true, nil
		}
	case *memoryviewObj:
		// a memoryview equals what has the same bytes; it has no order
		if yb, ok := bytesLike(b); ok && (op == syntax.Eq || op == syntax.NotEq) && !x.released {
			return (string(x.bytes()) == string(yb)) == (op == syntax.Eq), true, nil
		}
	case *Bytes:
		if y, ok := b.o.(*Bytes); ok {
			c := 0
			if string(x.b) < string(y.b) {
				c = -1
			} else if string(x.b) > string(y.b) {
				c = 1
			}
			return cmpResult(op, c), true, nil
		}
	case *Range:
		if y, ok := b.o.(*Range); ok && (op == syntax.Eq || op == syntax.NotEq) {
			return rangeEqual(x, y) == (op == syntax.Eq), true, nil
		}
	case *SliceObj:
		if y, ok := b.o.(*SliceObj); ok {
			return vm.seqCompare(op, []Value{x.start, x.stop, x.step}, []Value{y.start, y.stop, y.step})
		}
	case *Type:
		if op == syntax.Eq || op == syntax.NotEq {
			return (a.o == b.o) == (op == syntax.Eq), true, nil
		}
	}
	if op == syntax.Eq || op == syntax.NotEq {
		return a.is(b) == (op == syntax.Eq), true, nil
	}
	return false, false, nil
}

func (vm *VM) seqCompare(op syntax.CmpOp, x, y []Value) (bool, bool, error) {
	if (op == syntax.Eq || op == syntax.NotEq) && len(x) != len(y) {
		return op == syntax.NotEq, true, nil
	}
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		if x[i].is(y[i]) {
			continue
		}
		eq, err := vm.equal(x[i], y[i])
		if err != nil {
			return false, true, err
		}
		if !eq {
			if op == syntax.Eq {
				return false, true, nil
			}
			if op == syntax.NotEq {
				return true, true, nil
			}
			r, err := vm.compare(op, x[i], y[i])
			if err != nil {
				return false, true, err
			}
			t, err := vm.truth(r)
			return t, true, err
		}
	}
	c := 0
	if len(x) < len(y) {
		c = -1
	} else if len(x) > len(y) {
		c = 1
	}
	return cmpResult(op, c), true, nil
}

func (vm *VM) dictEqual(x, y *Dict) (bool, error) {
	if x.used != y.used {
		return false, nil
	}
	for _, e := range x.items() {
		v, ok, err := y.getHashed(vm, e.key, e.hash)
		if err != nil || !ok {
			return false, err
		}
		if !v.is(e.val) {
			eq, err := vm.equal(e.val, v)
			if err != nil || !eq {
				return false, err
			}
		}
	}
	return true, nil
}

func (vm *VM) isSubset(x, y *Set) (bool, error) {
	if x.used > y.used {
		return false, nil
	}
	for _, e := range x.table {
		if e.state == 1 {
			pos, err := y.lookup(vm, e.key, e.hash)
			if err != nil || pos < 0 {
				return false, err
			}
		}
	}
	return true, nil
}

func (vm *VM) setCompare(op syntax.CmpOp, x, y *Set) (bool, bool, error) {
	switch op {
	case syntax.Eq, syntax.NotEq:
		if x.used != y.used {
			return op == syntax.NotEq, true, nil
		}
		sub, err := vm.isSubset(x, y)
		return sub == (op == syntax.Eq), true, err
	case syntax.LtE:
		r, err := vm.isSubset(x, y)
		return r, true, err
	case syntax.GtE:
		r, err := vm.isSubset(y, x)
		return r, true, err
	case syntax.Lt:
		r, err := vm.isSubset(x, y)
		return r && x.used < y.used, true, err
	case syntax.Gt:
		r, err := vm.isSubset(y, x)
		return r && x.used > y.used, true, err
	}
	return false, false, nil
}

// hash implements hash(v).
func (vm *VM) hash(v Value) (int64, error) {
	switch v.k {
	case kInt, kBool:
		return hashInt(v.n), nil
	case kFloat:
		return hashFloat(v.float()), nil
	case kNone:
		return 0x5f3759df, nil
	}
	switch o := v.o.(type) {
	case *strObj:
		return o.hashValue(), nil
	case *bigInt:
		return hashBigInt(o.v), nil
	case *Tuple:
		hs := make([]int64, len(o.items))
		for i, x := range o.items {
			h, err := vm.hash(x)
			if err != nil {
				return 0, err
			}
			hs[i] = h
		}
		return hashTuple(hs), nil
	case *Set:
		if !o.frozen {
			return 0, typeErrorf("unhashable type: '%s'", v.Type().tpName())
		}
		hs := make([]int64, 0, o.used)
		for _, e := range o.table {
			if e.state == 1 {
				hs = append(hs, e.hash)
			}
		}
		return hashFrozenSet(hs), nil
	case *List, *Dict, *SliceObj, *dictView:
		return 0, typeErrorf("unhashable type: '%s'", v.Type().tpName())
	case *Range:
		return vm.rangeHash(o)
	case *genericAlias:
		h, err := vm.hash(NewTuple(o.argItems()...))
		return h ^ vm.identityHash(Obj(o.origin)), err
	case *Bytes:
		if o.mutable {
			return 0, typeErrorf("unhashable type: 'bytearray'")
		}
		return hashString(string(o.b)), nil
	case *Complex:
		h := hashFloat(real(o.c)) + 1000003*hashFloat(imag(o.c))
		if h == -1 {
			h = -2
		}
		return h, nil
	case *Instance, *Exception:
		t := v.Type()
		if !t.builtin {
			if m, ok := t.lookupSpecial("__hash__"); ok {
				if m.IsNone() {
					return 0, typeErrorf("unhashable type: '%s'", t.tpName())
				}
				if m.k == kObj && m.o != objectHash {
					r, err := vm.callMethod(m, v)
					if err != nil {
						return 0, err
					}
					if !r.isIntLike() {
						return 0, typeErrorf("__hash__ method should return an integer")
					}
					rb := intBase(r)
					if rb.k == kInt {
						// a value that fits in Py_ssize_t is the hash as it
						// is (only -1 is reserved); a larger one is reduced
						// like hash(int)
						if rb.n == -1 {
							return -2, nil
						}
						return rb.n, nil
					}
					return hashBigInt(toBig(rb)), nil
				}
			}
			if in, ok := o.(*Instance); ok && in.base.k != kNull {
				if !baseHashable(in.base) {
					// the subclass of a mutable built-in is named as itself
					return 0, typeErrorf("unhashable type: '%s'", t.tpName())
				}
				return vm.hash(in.base)
			}
		}
	}
	return vm.identityHash(v), nil
}

func (vm *VM) identityHash(v Value) int64 {
	return vm.id(v)
}

// contains implements `item in container`.
func (vm *VM) contains(container, item Value) (bool, error) {
	switch c := container.o.(type) {
	case *mappingProxy:
		_, ok, err := c.d.Get(vm, item)
		return ok, err
	case *dictView:
		if c.kind == 0 {
			_, ok, err := c.d.Get(vm, item)
			return ok, err
		}
	case *List:
		// by index, the length read again each time, as CPython does: an
		// __eq__ may change the list (and a compact list stays compact)
		for i := 0; i < c.length(); i++ {
			x := c.at(i)
			if x.is(item) {
				return true, nil
			}
			eq, err := vm.equal(x, item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Tuple:
		for _, x := range c.items {
			if x.is(item) {
				return true, nil
			}
			eq, err := vm.equal(x, item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Dict:
		_, ok, err := c.Get(vm, item)
		return ok, err
	case *Set:
		return c.contains(vm, item)
	case *strObj:
		s, ok := asStr(item)
		if !ok {
			return false, typeErrorf("'in <string>' requires string as left operand, not %s", item.Type().tpName())
		}
		return stringsContains(c.s, s), nil
	case *Range:
		if item.isIntLike() {
			n := intBase(item)
			if n.k != kInt || c.b != nil {
				return rangeContainsInt(c, toBig(n)), nil
			}
			i := n.n
			if c.step > 0 {
				if i < c.start || i >= c.stop {
					return false, nil
				}
			} else if i > c.start || i <= c.stop {
				return false, nil
			}
			return (i-c.start)%c.step == 0, nil
		}
	case *Bytes:
		if o, ok := item.o.(*Bytes); ok {
			return stringsContains(string(c.b), string(o.b)), nil
		}
		if _, ok := userMethod(item, "__index__"); !ok && !item.isIntLike() {
			return false, errBytesLike(item)
		}
		n, err := vm.byteValue(item)
		if err != nil {
			return false, err
		}
		return bytesIndexByte(c.b, n) >= 0, nil
	}
	if m, ok := userMethod(container, "__contains__"); ok {
		r, err := vm.callMethod(m, container, item)
		if err != nil {
			return false, err
		}
		return vm.truth(r)
	}
	if in, ok := container.o.(*Instance); ok && in.base.k != kNull && container.k == kObj {
		if _, has := userMethod(container, "__iter__"); !has {
			return vm.contains(in.base, item)
		}
	}
	if !vm.isIterable(container) {
		return false, typeErrorf("argument of type '%s' is not iterable", container.Type().tpName())
	}
	found := false
	err := vm.iterate(container, func(x Value) error {
		if x.is(item) {
			found = true
			return errStop
		}
		eq, err := vm.equal(x, item)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

// baseHashable reports whether the built-in payload of an instance has a
// hash: not a list, dict, set or bytearray.
func baseHashable(v Value) bool {
	if v.k != kObj {
		return true
	}
	switch o := v.o.(type) {
	case *List, *Dict:
		return false
	case *Set:
		return o.frozen
	case *Bytes:
		return !o.mutable
	}
	return true
}
