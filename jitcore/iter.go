package jitcore

import "fmt"

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// goIterator is an iterator implemented in Go.
type goIterator interface {
	Object
	next(vm *VM) (Value, bool, error)
}

type listIter struct {
	l *List
	i int
}

func (*listIter) pyType() *Type { return listIterType }

func (it *listIter) next(vm *VM) (Value, bool, error) {
	if it.i < it.l.length() {
		v := it.l.at(it.i)
		it.i++
		return v, true, nil
	}
	it.i = 1 << 62
	return Null, false, nil
}

type rangeIter struct {
	cur, step, n int64
}

func (*rangeIter) pyType() *Type { return rangeIterType }

func (it *rangeIter) next(vm *VM) (Value, bool, error) {
	if it.n > 0 {
		v := it.cur
		it.cur += it.step
		it.n--
		return Int(v), true, nil
	}
	return Null, false, nil
}

// funcIter is a Go iterator defined by a closure.
type funcIter struct {
	t  *Type
	fn func(vm *VM) (Value, bool, error)
}

func (it *funcIter) pyType() *Type { return it.t }

func (it *funcIter) next(vm *VM) (Value, bool, error) { return it.fn(vm) }

var (
	listIterType     = newBuiltinType("list_iterator", ObjectType)
	rangeIterType    = newBuiltinType("range_iterator", ObjectType)
	tupleIterType    = newBuiltinType("tuple_iterator", ObjectType)
	strIterType      = newBuiltinType("str_ascii_iterator", ObjectType)
	dictKeyIterType  = newBuiltinType("dict_keyiterator", ObjectType)
	dictValIterType  = newBuiltinType("dict_valueiterator", ObjectType)
	dictItemIterType = newBuiltinType("dict_itemiterator", ObjectType)
	setIterType      = newBuiltinType("set_iterator", ObjectType)
	seqIterType      = newBuiltinType("iterator", ObjectType)
	callIterType     = newBuiltinType("callable_iterator", ObjectType)
	enumerateType    = newBuiltinType("enumerate", ObjectType)
	zipType          = newBuiltinType("zip", ObjectType)
	mapType          = newBuiltinType("map", ObjectType)
	filterType       = newBuiltinType("filter", ObjectType)
	reversedType     = newBuiltinType("reversed", ObjectType)
	bytesIterType    = newBuiltinType("bytes_iterator", ObjectType)
	listRevIterType  = newBuiltinType("list_reverseiterator", ObjectType)
)

func sliceIter(t *Type, items []Value) *funcIter {
	i := 0
	return &funcIter{t: t, fn: func(vm *VM) (Value, bool, error) {
		if i < len(items) {
			i++
			return items[i-1], true, nil
		}
		return Null, false, nil
	}}
}

func dictIter(t *Type, d *Dict, pick func(e *dictEntry) Value) *funcIter {
	pos := 0
	size := d.used
	return &funcIter{t: t, fn: func(vm *VM) (Value, bool, error) {
		if d.used != size {
			size = -1
			return Null, false, newExc(RuntimeErrorType, "dictionary changed size during iteration")
		}
		for pos < len(d.entries) {
			e := &d.entries[pos]
			pos++
			if e.key.k != kNull {
				return pick(e), true, nil
			}
		}
		return Null, false, nil
	}}
}

// getIter implements iter(v).
func (vm *VM) getIter(v Value) (Value, error) {
	if v.k == kObj {
		switch o := v.o.(type) {
		case *memoryviewObj:
			if err := o.check(); err != nil {
				return Null, err
			}
			return vm.getIter(Obj(&Bytes{b: o.bytes()}))
		case *mappingProxy:
			return vm.getIter(Obj(o.d))
		case *List:
			return Obj(&listIter{l: o}), nil
		case *Range:
			if o.b != nil {
				return bigRangeIter(o, false), nil
			}
			return Obj(&rangeIter{cur: o.start, step: o.step, n: o.length()}), nil
		case *Tuple:
			return Obj(sliceIter(tupleIterType, o.items)), nil
		case *strObj:
			if o.isASCII() {
				s := o.s
				i := 0
				return Obj(&funcIter{t: strIterType, fn: func(vm *VM) (Value, bool, error) {
					if i < len(s) {
						i++
						return Obj(internedChars[s[i-1]]), true, nil
					}
					return Null, false, nil
				}}), nil
			}
			rs := o.codepoints()
			i := 0
			return Obj(&funcIter{t: strIterType, fn: func(vm *VM) (Value, bool, error) {
				if i < len(rs) {
					i++
					return charStr(rs[i-1]), true, nil
				}
				return Null, false, nil
			}}), nil
		case *Dict:
			return Obj(dictIter(dictKeyIterType, o, func(e *dictEntry) Value { return e.key })), nil
		case *dictView:
			switch o.kind {
			case 0:
				return Obj(dictIter(dictKeyIterType, o.d, func(e *dictEntry) Value { return e.key })), nil
			case 1:
				return Obj(dictIter(dictValIterType, o.d, func(e *dictEntry) Value { return e.val })), nil
			}
			return Obj(dictIter(dictItemIterType, o.d, func(e *dictEntry) Value { return NewTuple(e.key, e.val) })), nil
		case *Set:
			pos := 0
			size := o.used
			return Obj(&funcIter{t: setIterType, fn: func(vm *VM) (Value, bool, error) {
				if o.used != size {
					size = -1
					return Null, false, newExc(RuntimeErrorType, "Set changed size during iteration")
				}
				for pos < len(o.table) {
					e := o.table[pos]
					pos++
					if e.state == 1 {
						return e.key, true, nil
					}
				}
				return Null, false, nil
			}}), nil
		case *Bytes:
			i := 0
			return Obj(&funcIter{t: bytesIterType, fn: func(vm *VM) (Value, bool, error) {
				if i < len(o.b) {
					i++
					return Int(int64(o.b[i-1])), true, nil
				}
				return Null, false, nil
			}}), nil
		case *fileObj:
			if o.closed {
				return Null, errClosedFile()
			}
			return v, nil
		case *Generator, goIterator:
			return v, nil
		}
	}
	if m, ok := userMethod(v, "__iter__"); ok {
		it, err := vm.callMethod(m, v)
		if err != nil {
			return Null, err
		}
		if _, ok := it.Type().lookupSpecial("__next__"); !ok && !isGoIter(it) {
			return Null, typeErrorf("iter() returned non-iterator of type '%s'", it.Type().tpName())
		}
		return it, nil
	}
	if in, ok := v.o.(*Instance); ok && in.base.k != kNull && v.k == kObj {
		return vm.getIter(in.base)
	}
	if m, ok := userMethod(v, "__getitem__"); ok {
		i := int64(0)
		return Obj(&funcIter{t: seqIterType, fn: func(vm *VM) (Value, bool, error) {
			r, err := vm.callMethod(m, v, Int(i))
			if err != nil {
				if isExc(err, IndexErrorType) || isExc(err, StopIterationType) {
					return Null, false, nil
				}
				return Null, false, err
			}
			i++
			return r, true, nil
		}}), nil
	}
	return Null, typeErrorf("'%s' object is not iterable", v.Type().tpName())
}

func isGoIter(v Value) bool {
	if v.k != kObj {
		return false
	}
	switch v.o.(type) {
	case goIterator, *Generator:
		return true
	}
	return false
}

func (vm *VM) isIterable(v Value) bool {
	if v.k != kObj {
		return false
	}
	switch v.o.(type) {
	case *List, *Tuple, *strObj, *Dict, *Set, *Range, *Bytes, *Generator, *dictView, goIterator, *mappingProxy, *fileObj:
		return true
	}
	if _, ok := userMethod(v, "__iter__"); ok {
		return true
	}
	if _, ok := userMethod(v, "__getitem__"); ok {
		return true
	}
	if in, ok := v.o.(*Instance); ok && in.base.k != kNull {
		return vm.isIterable(in.base)
	}
	return false
}

// next advances an iterator; ok is false when it is exhausted.
func (vm *VM) next(it Value) (Value, bool, error) {
	if it.k == kObj {
		switch o := it.o.(type) {
		case goIterator:
			return o.next(vm)
		case *Generator:
			return o.next(vm)
		}
	}
	m, ok := it.Type().lookupSpecial("__next__")
	if !ok {
		return Null, false, typeErrorf("'%s' object is not an iterator", it.Type().tpName())
	}
	r, err := vm.callMethod(m, it)
	if err != nil {
		if isExc(err, StopIterationType) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return r, true, nil
}

// iterate calls fn for each item of v; fn may return errStop to stop early.
func (vm *VM) iterate(v Value, fn func(Value) error) error {
	if v.k == kObj {
		switch o := v.o.(type) {
		case *List:
			for i := 0; i < o.length(); i++ {
				if err := fn(o.at(i)); err != nil {
					return err
				}
			}
			return nil
		case *Tuple:
			for _, x := range o.items {
				if err := fn(x); err != nil {
					return err
				}
			}
			return nil
		}
	}
	it, err := vm.getIter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := vm.next(it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// toSlice collects the items of an iterable.
func (vm *VM) toSlice(v Value) ([]Value, error) {
	if v.k == kObj {
		switch o := v.o.(type) {
		case *List:
			if o.c != nil {
				return o.snapshot(), nil // list_compact.go
			}
			return append([]Value(nil), o.vals...), nil
		case *Tuple:
			return o.items, nil
		}
	}
	var out []Value
	err := vm.iterate(v, func(x Value) error { out = append(out, x); return nil })
	return out, err
}

// unpack implements UNPACK_SEQUENCE (star < 0) and UNPACK_EX; dst receives
// the values in stack order (last item deepest is handled by the caller's
// layout: dst[len-1] is the first target).
func (vm *VM) unpack(v Value, n, before, after int, dst []Value) error {
	var items []Value
	if t, ok := asTuple(v); ok && v.k == kObj {
		items = t.items
	} else if l, ok := asList(v); ok {
		items = l.values()
	} else {
		if !vm.isIterable(v) {
			return typeErrorf("cannot unpack non-iterable %s object", v.Type().tpName())
		}
		var err error
		if before < 0 {
			// stop after n+1 items to report "too many values"
			it, err := vm.getIter(v)
			if err != nil {
				return err
			}
			for len(items) <= n {
				x, ok, err := vm.next(it)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				items = append(items, x)
			}
			if len(items) > n {
				return newValueError(sprintf("too many values to unpack (expected %d)", n))
			}
		} else if items, err = vm.toSlice(v); err != nil {
			return err
		}
	}
	if before < 0 {
		if len(items) < n {
			return newValueError(sprintf("not enough values to unpack (expected %d, got %d)", n, len(items)))
		}
		if len(items) > n {
			return newValueError(sprintf("too many values to unpack (expected %d)", n))
		}
		for i, x := range items {
			dst[n-1-i] = x
		}
		return nil
	}
	if len(items) < before+after {
		return newValueError(sprintf("not enough values to unpack (expected at least %d, got %d)", before+after, len(items)))
	}
	out := make([]Value, 0, n)
	out = append(out, items[:before]...)
	mid := append([]Value(nil), items[before:len(items)-after]...)
	out = append(out, NewList(mid))
	out = append(out, items[len(items)-after:]...)
	for i, x := range out {
		dst[n-1-i] = x
	}
	return nil
}
