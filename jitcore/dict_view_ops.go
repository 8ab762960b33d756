package jitcore

import (
	"errors"

	"jitlens/analysis/syntax"
)

// errFoundCommon stops isdisjoint's walk at the first common member.
var errFoundCommon = errors.New("common member found")

// isSetLikeView reports whether v is a dict keys or items view: the views
// with set operators (values views have none).
func isSetLikeView(v Value) bool {
	dv, ok := v.o.(*dictView)
	return ok && v.k == kObj && dv.kind != 1
}

// dictViewBinary is `a op b` for |, &, - and ^ when a or b is a keys or
// items view. As in CPython (dictviews_or, _sub, _xor and
// _PyDictView_Intersect) the other operand may be any iterable, the result
// is always a set, and the steps are CPython's so that the resulting set
// iterates in the same order.
func (vm *VM) dictViewBinary(op syntax.Operator, a, b Value) (Value, error) {
	if op == syntax.BitAnd {
		return vm.dictViewIntersect(a, b)
	}
	if op == syntax.BitXor && a.k == kObj && b.k == kObj {
		if x, ok := a.o.(*dictView); ok && x.kind == 2 {
			if y, ok := b.o.(*dictView); ok && y.kind == 2 {
				return vm.dictItemsXor(x.d, y.d)
			}
		}
	}
	r, err := vm.viewToSet(a)
	if err != nil {
		return Null, err
	}
	switch op {
	case syntax.BitOr:
		err = r.update(vm, b)
	case syntax.Sub: // result.difference_update(other)
		err = vm.iterate(b, func(v Value) error {
			_, err := r.discard(vm, v)
			return err
		})
	case syntax.BitXor: // result.symmetric_difference_update(other)
		err = vm.setSymmetricUpdate(r, b)
	}
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

// viewToSet is dictviews_to_set: set(dict) for a keys view (PySet_New's
// fast path sizes the table once), set(iterable) otherwise.
func (vm *VM) viewToSet(v Value) (*Set, error) {
	r := NewSet()
	if dv, ok := v.o.(*dictView); ok && v.k == kObj && dv.kind == 0 {
		return r, r.update(vm, Obj(dv.d))
	}
	return r, r.update(vm, v)
}

// setSymmetricUpdate is set_symmetric_difference_update: the other operand
// becomes a set first (a dict is walked directly), then each of its members
// is removed from s when present and added otherwise.
func (vm *VM) setSymmetricUpdate(s *Set, other Value) error {
	toggle := func(key Value, hash int64) error {
		pos, err := s.lookup(vm, key, hash)
		if err != nil {
			return err
		}
		if pos >= 0 {
			s.table[pos] = setEntry{hash: -1, state: 2}
			s.used--
			return nil
		}
		return s.addHashed(vm, key, hash)
	}
	if d, ok := other.o.(*Dict); ok && other.k == kObj {
		for _, e := range d.items() {
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	o, ok := asSet(other)
	if !ok || o == s {
		o = NewSet()
		if err := o.update(vm, other); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.state == 1 {
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// dictViewIntersect is _PyDictView_Intersect: the members of the other
// operand (iterated in its order) that the view contains.
func (vm *VM) dictViewIntersect(a, b Value) (Value, error) {
	self, other := a, b
	if !isSetLikeView(self) {
		self, other = other, self
	}
	lenSelf := self.o.(*dictView).d.used
	if o, ok := other.o.(*Set); ok && other.k == kObj && o.cls == nil && !o.frozen && lenSelf <= o.used {
		// other.intersection(self): the view's members found in the set
		return vm.collectContained(self, other)
	}
	if isSetLikeView(other) && other.o.(*dictView).d.used > lenSelf {
		self, other = other, self
	}
	return vm.collectContained(other, self)
}

// collectContained is the set of the items of it that container holds.
func (vm *VM) collectContained(it, container Value) (Value, error) {
	r := NewSet()
	err := vm.iterate(it, func(v Value) error {
		in, err := vm.contains(container, v)
		if err != nil || !in {
			return err
		}
		return r.add(vm, v)
	})
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

// dictItemsXor is dictitems_xor: the pairs of d2 whose key d1 lacks or maps
// to a different value, then what is left of d1's pairs, in that order.
func (vm *VM) dictItemsXor(d1, d2 *Dict) (Value, error) {
	rest := d1.copy()
	r := NewSet()
	for _, e := range d2.items() {
		v1, found, err := rest.getHashed(vm, e.key, e.hash)
		if err != nil {
			return Null, err
		}
		same := false
		if found {
			if same, err = vm.equal(v1, e.val); err != nil {
				return Null, err
			}
		}
		if same {
			if _, _, err := rest.Delete(vm, e.key); err != nil {
				return Null, err
			}
		} else if err := r.add(vm, NewTuple(e.key, e.val)); err != nil {
			return Null, err
		}
	}
	for _, e := range rest.items() {
		if err := r.add(vm, NewTuple(e.key, e.val)); err != nil {
			return Null, err
		}
	}
	return Obj(r), nil
}

func init() {
	// dictviews_isdisjoint: walk the smaller side when both are sized sets
	// or views, the other operand otherwise
	isdisjoint := func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("isdisjoint", args, kw, 1, 1); err != nil {
			return Null, err
		}
		self, other := args[0], args[1]
		it, container := other, self
		if s, ok := asSet(other); ok && s.used > self.o.(*dictView).d.used {
			it, container = self, other
		} else if isSetLikeView(other) && other.o.(*dictView).d.used > self.o.(*dictView).d.used {
			it, container = self, other
		}
		err := vm.iterate(it, func(v Value) error {
			in, err := vm.contains(container, v)
			if err == nil && in {
				return errFoundCommon
			}
			return err
		})
		if err == errFoundCommon {
			return False, nil
		}
		if err != nil {
			return Null, err
		}
		return True, nil
	}
	method(DictKeysType, "isdisjoint", isdisjoint)
	method(DictItemsType, "isdisjoint", isdisjoint)
}
