package jitcore

func selfList(args []Value) *List {
	l, _ := asList(args[0])
	return l
}

// dictView is dict.keys(), values() or items().
type dictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

func (v *dictView) pyType() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func setupListMethods() {
	lt := ListType
	method(lt, "append", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("list.append", args, kw, 1, 1); err != nil {
			return Null, err
		}
		appendItem(selfList(args), args[1]) // list_grow.go
		return None, nil
	})
	method(lt, "extend", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("list.extend", args, kw, 1, 1); err != nil {
			return Null, err
		}
		l := selfList(args)
		items, err := vm.toSlice(args[1])
		if err != nil {
			return Null, err
		}
		l.vals = append(l.values(), items...)
		return None, nil
	})
	method(lt, "pop", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("pop", args, kw, 0, 1); err != nil {
			return Null, err
		}
		l := selfList(args)
		if len(l.values()) == 0 {
			return Null, newIndexError("pop from empty list")
		}
		i, err := vm.popIndex(args, len(l.values()))
		if err != nil {
			return Null, err
		}
		v := l.values()[i]
		copy(l.values()[i:], l.values()[i+1:])
		l.values()[len(l.values())-1] = Null
		l.setVals(l.values()[:len(l.values())-1])
		return v, nil
	})
	method(lt, "insert", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("insert", args, kw, 2, 2); err != nil {
			return Null, err
		}
		l := selfList(args)
		i, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		n := int64(len(l.values()))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.vals = append(l.values(), Null)
		copy(l.values()[i+1:], l.values()[i:])
		l.values()[i] = args[2]
		return None, nil
	})
	method(lt, "remove", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("list.remove", args, kw, 1, 1); err != nil {
			return Null, err
		}
		l := selfList(args)
		for i, x := range l.values() {
			eq := x.is(args[1])
			if !eq {
				var err error
				if eq, err = vm.equal(x, args[1]); err != nil {
					return Null, err
				}
			}
			if eq {
				l.vals = append(l.values()[:i], l.values()[i+1:]...)
				return None, nil
			}
		}
		return Null, newValueError("list.remove(x): x not in list")
	})
	method(lt, "index", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("index", args, kw, 1, 3); err != nil {
			return Null, err
		}
		l := selfList(args)
		r, err := vm.seqIndex(l.values(), args, "")
		if err != nil && isExc(err, ValueErrorType) {
			s, rerr := vm.repr(args[1])
			if rerr != nil {
				return Null, rerr
			}
			return Null, newValueError(s + " is not in list")
		}
		return r, err
	})
	method(lt, "count", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.seqCount(selfList(args).values(), args[1])
	})
	method(lt, "clear", func(vm *VM, args []Value, kw []string) (Value, error) {
		selfList(args).setVals(nil)
		return None, nil
	})
	method(lt, "copy", func(vm *VM, args []Value, kw []string) (Value, error) {
		l := selfList(args)
		if l.c != nil {
			return Obj(compactSlice(l, nil, false, 0, 1, l.length())), nil // list_compact.go
		}
		return NewList(append([]Value(nil), l.vals...)), nil
	})
	method(lt, "reverse", func(vm *VM, args []Value, kw []string) (Value, error) {
		it := selfList(args).values()
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return None, nil
	})
	method(lt, "sort", listSort)
	method(lt, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("list", args, kw, 0, 1); err != nil {
			return Null, err
		}
		l := selfList(args)
		l.setVals(nil)
		if len(args) == 2 {
			items, err := vm.toSlice(args[1])
			if err != nil {
				return Null, err
			}
			l.setVals(append([]Value(nil), items...))
		}
		return None, nil
	})
	method(lt, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(int64(len(selfList(args).values()))), nil
	})
	method(lt, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.getItem(Obj(selfList(args)), args[1])
	})
	method(lt, "__setitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, vm.setItem(Obj(selfList(args)), args[1], args[2])
	})
	method(lt, "__delitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, vm.delItem(Obj(selfList(args)), args[1])
	})
	method(lt, "__contains__", func(vm *VM, args []Value, kw []string) (Value, error) {
		r, err := vm.contains(Obj(selfList(args)), args[1])
		return Bool(r), err
	})
	method(lt, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.getIter(Obj(selfList(args)))
	})
	method(lt, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.repr(Obj(selfList(args)))
		return Str(s), err
	})
	method(lt, "__add__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.binaryOp(0, Obj(selfList(args)), args[1])
	})
	method(lt, "__eq__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.compare(0, Obj(selfList(args)), unwrapBuiltin(args[1]))
	})

	tt := TupleType
	method(tt, "index", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, _ := asTuple(args[0])
		return vm.seqIndex(t.items, args, "tuple.index(x): x not in tuple")
	})
	method(tt, "count", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, _ := asTuple(args[0])
		return vm.seqCount(t.items, args[1])
	})
	method(tt, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, _ := asTuple(args[0])
		return Int(int64(len(t.items))), nil
	})
	method(tt, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, _ := asTuple(args[0])
		return vm.getItem(Obj(t), args[1])
	})
	method(RangeType, "index", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("index", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return vm.rangeIndex(args[0], args[0].o.(*Range), args[1])
	})
	method(RangeType, "count", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("count", args, kw, 1, 1); err != nil {
			return Null, err
		}
		if v := args[1]; v.k == kInt || v.k == kBool || (v.k == kObj && v.Type() == IntType) {
			if rangeContainsInt(args[0].o.(*Range), toBig(intBase(v))) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := int64(0)
		err := vm.iterate(args[0], func(x Value) error {
			eq, err := vm.equal(x, args[1])
			if eq {
				n++
			}
			return err
		})
		return Int(n), err
	})
}

func (vm *VM) seqIndex(items []Value, args []Value, msg string) (Value, error) {
	start, end := 0, len(items)
	if len(args) > 2 {
		s, err := vm.sliceInt(args[2])
		if err != nil {
			return Null, err
		}
		if s < 0 {
			s += len(items)
			if s < 0 {
				s = 0
			}
		}
		start = s
	}
	if len(args) > 3 {
		e, err := vm.sliceInt(args[3])
		if err != nil {
			return Null, err
		}
		if e < 0 {
			e += len(items)
		}
		if e < end {
			end = e
		}
	}
	for i := start; i < end && i < len(items); i++ {
		eq := items[i].is(args[1])
		if !eq {
			var err error
			if eq, err = vm.equal(items[i], args[1]); err != nil {
				return Null, err
			}
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Null, newValueError(msg)
}

func (vm *VM) seqCount(items []Value, x Value) (Value, error) {
	n := 0
	for _, it := range items {
		eq := it.is(x)
		if !eq {
			var err error
			if eq, err = vm.equal(it, x); err != nil {
				return Null, err
			}
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func selfDict(args []Value) *Dict {
	d, _ := asDict(args[0])
	return d
}

func setupDictMethods() {
	dt := DictType
	method(dt, "get", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("get", args, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := selfDict(args).Get(vm, args[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return None, nil
		}
		return v, nil
	})
	method(dt, "setdefault", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("setdefault", args, kw, 1, 2); err != nil {
			return Null, err
		}
		d := selfDict(args)
		v, ok, err := d.Get(vm, args[1])
		if err != nil || ok {
			return v, err
		}
		def := None
		if len(args) == 3 {
			def = args[2]
		}
		return def, d.Set(vm, args[1], def)
	})
	method(dt, "pop", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("pop", args, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := selfDict(args).Delete(vm, args[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return Null, newKeyError(args[1])
		}
		return v, nil
	})
	method(dt, "popitem", func(vm *VM, args []Value, kw []string) (Value, error) {
		e, ok := selfDict(args).popLast()
		if !ok {
			return Null, newExc(KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTuple(e.key, e.val), nil
	})
	method(dt, "keys", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(&dictView{selfDict(args), 0}), nil
	})
	method(dt, "values", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(&dictView{selfDict(args), 1}), nil
	})
	method(dt, "items", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(&dictView{selfDict(args), 2}), nil
	})
	method(dt, "update", func(vm *VM, args []Value, kw []string) (Value, error) {
		d := selfDict(args)
		npos := len(args) - len(kw)
		if npos > 2 {
			return Null, typeErrorf("update expected at most 1 argument, got %d", npos-1)
		}
		if npos == 2 {
			if err := vm.dictUpdate(d, args[1]); err != nil {
				return Null, err
			}
		}
		for i, k := range kw {
			d.setStr(k, args[npos+i])
		}
		return None, nil
	})
	method(dt, "clear", func(vm *VM, args []Value, kw []string) (Value, error) {
		selfDict(args).clear()
		return None, nil
	})
	method(dt, "copy", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(selfDict(args).copy()), nil
	})
	fromkeys := method(dt, "fromkeys", func(vm *VM, args []Value, kw []string) (Value, error) {
		// args[0] is the class
		d := NewDict()
		val := None
		if len(args) == 3 {
			val = args[2]
		}
		err := vm.iterate(args[1], func(k Value) error { return d.Set(vm, k, val) })
		if err != nil {
			return Null, err
		}
		if t, ok := args[0].o.(*Type); ok && t != DictType {
			inst, err := vm.call(args[0], nil, nil)
			if err != nil {
				return Null, err
			}
			for _, e := range d.items() {
				if err := vm.setItem(inst, e.key, e.val); err != nil {
					return Null, err
				}
			}
			return inst, nil
		}
		return Obj(d), nil
	})
	dt.Dict.setStr("fromkeys", Obj(&ClassMethod{Obj(fromkeys)}))
	method(dt, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		d := selfDict(args)
		npos := len(args) - len(kw)
		if npos == 2 {
			if err := vm.dictUpdate(d, args[1]); err != nil {
				return Null, err
			}
		}
		for i, k := range kw {
			d.setStr(k, args[npos+i])
		}
		return None, nil
	})
	method(dt, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		d := selfDict(args)
		v, ok, err := d.Get(vm, args[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			if m, has := userMethod(args[0], "__missing__"); has {
				return vm.callMethod(m, args[0], args[1])
			}
			return Null, newKeyError(args[1])
		}
		return v, nil
	})
	method(dt, "__setitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, selfDict(args).Set(vm, args[1], args[2])
	})
	method(dt, "__delitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, vm.delItem(Obj(selfDict(args)), args[1])
	})
	method(dt, "__contains__", func(vm *VM, args []Value, kw []string) (Value, error) {
		_, ok, err := selfDict(args).Get(vm, args[1])
		return Bool(ok), err
	})
	method(dt, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(int64(selfDict(args).used)), nil
	})
	method(dt, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.getIter(Obj(selfDict(args)))
	})
	method(dt, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.repr(Obj(selfDict(args)))
		return Str(s), err
	})
	method(dt, "__eq__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.compare(0, Obj(selfDict(args)), unwrapBuiltin(args[1]))
	})
}

func selfSet(args []Value) *Set {
	s, _ := asSet(args[0])
	return s
}

func setupSetMethods() {
	for _, st := range []*Type{SetType, FrozenSetType} {
		frozen := st == FrozenSetType
		binop := func(name string, op int) {
			method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
				acc := Obj(selfSet(args))
				if len(args) == 1 {
					c := selfSet(args).copySet()
					c.frozen = frozen
					return Obj(c), nil
				}
				for _, o := range args[1:] {
					other, ok := asSet(o)
					if !ok {
						other = NewSet()
						if err := other.update(vm, o); err != nil {
							return Null, err
						}
					}
					r, _, err := vm.setBinary(opOf(op), acc.o.(*Set), other)
					if err != nil {
						return Null, err
					}
					acc = r
				}
				acc.o.(*Set).frozen = frozen
				return acc, nil
			})
		}
		binop("union", 9)
		binop("intersection", 11)
		binop("difference", 1)
		binop("symmetric_difference", 10)
		pred := func(name string, fn func(vm *VM, a, b *Set) (bool, error)) {
			method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
				other, ok := asSet(args[1])
				if !ok {
					other = NewSet()
					if err := other.update(vm, args[1]); err != nil {
						return Null, err
					}
				}
				r, err := fn(vm, selfSet(args), other)
				return Bool(r), err
			})
		}
		pred("issubset", func(vm *VM, a, b *Set) (bool, error) { return vm.isSubset(a, b) })
		pred("issuperset", func(vm *VM, a, b *Set) (bool, error) { return vm.isSubset(b, a) })
		pred("isdisjoint", func(vm *VM, a, b *Set) (bool, error) {
			for _, k := range a.keys() {
				ok, err := b.contains(vm, k)
				if err != nil || ok {
					return false, err
				}
			}
			return true, nil
		})
		method(st, "copy", func(vm *VM, args []Value, kw []string) (Value, error) {
			c := selfSet(args).copySet()
			c.frozen = frozen
			return Obj(c), nil
		})
		method(st, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(selfSet(args).used)), nil
		})
		method(st, "__contains__", func(vm *VM, args []Value, kw []string) (Value, error) {
			r, err := selfSet(args).contains(vm, args[1])
			return Bool(r), err
		})
		method(st, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) {
			return vm.getIter(Obj(selfSet(args)))
		})
	}
	st := SetType
	method(st, "add", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("set.add", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return None, selfSet(args).add(vm, args[1])
	})
	method(st, "discard", func(vm *VM, args []Value, kw []string) (Value, error) {
		_, err := selfSet(args).discard(vm, args[1])
		return None, err
	})
	method(st, "remove", func(vm *VM, args []Value, kw []string) (Value, error) {
		ok, err := selfSet(args).discard(vm, args[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, newKeyError(args[1])
		}
		return None, nil
	})
	method(st, "pop", func(vm *VM, args []Value, kw []string) (Value, error) {
		v, ok := selfSet(args).pop()
		if !ok {
			return Null, newExc(KeyErrorType, "pop from an empty set")
		}
		return v, nil
	})
	method(st, "clear", func(vm *VM, args []Value, kw []string) (Value, error) {
		selfSet(args).clear()
		return None, nil
	})
	method(st, "update", func(vm *VM, args []Value, kw []string) (Value, error) {
		s := selfSet(args)
		for _, o := range args[1:] {
			if err := s.update(vm, o); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	inplace := func(name string, op int) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			s := selfSet(args)
			for _, o := range args[1:] {
				other, ok := asSet(o)
				if !ok {
					other = NewSet()
					if err := other.update(vm, o); err != nil {
						return Null, err
					}
				}
				r, _, err := vm.setBinary(opOf(op), s, other)
				if err != nil {
					return Null, err
				}
				rs := r.o.(*Set)
				s.table, s.fill, s.used = rs.table, rs.fill, rs.used
			}
			return None, nil
		})
	}
	inplace("intersection_update", 11)
	inplace("difference_update", 1)
	inplace("symmetric_difference_update", 10)
}

// popIndex is the index pop(args[1]) removes from a sequence of length n
// (the last item without an argument), with CPython's errors.
func (vm *VM) popIndex(args []Value, n int) (int64, error) {
	if len(args) < 2 {
		return int64(n - 1), nil
	}
	i, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, newIndexError("pop index out of range")
	}
	return i, nil
}
