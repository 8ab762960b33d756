package jitcore

// makeRaise builds the exception for `raise exc [from cause]`.
func (vm *VM) makeRaise(excv, cause Value, hasCause bool) error {
	exc, err := vm.toRaisable(excv, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if hasCause {
		if cause.IsNone() {
			exc.cause = Null
		} else {
			c, err := vm.toRaisable(cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			exc.cause = Obj(c)
		}
		exc.suppress = true
	}
	return exc
}

// toRaisable turns a class or instance into an exception instance.
func (vm *VM) toRaisable(v Value, msg string) (*Exception, error) {
	if v.k == kObj {
		switch o := v.o.(type) {
		case *Exception:
			return o, nil
		case *Type:
			if o.exc {
				r, err := vm.call(v, nil, nil)
				if err != nil {
					return nil, err
				}
				if e, ok := r.o.(*Exception); ok {
					return e, nil
				}
				return nil, typeErrorf("calling %s should have returned an instance of BaseException, not %s", typeRepr(o), r.Type().tpName())
			}
		}
	}
	return nil, newTypeError(msg)
}

// excMatches implements the test of an except clause.
func (vm *VM) excMatches(excv, typ Value) (bool, error) {
	exc := excv.o.(*Exception)
	check := func(t Value) (bool, error) {
		tt, ok := t.o.(*Type)
		if !ok || t.k != kObj || !tt.exc {
			return false, typeErrorf("catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.cls.isSubtype(tt), nil
	}
	if tu, ok := asTuple(typ); ok {
		for _, t := range tu.items {
			ok, err := check(t)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return check(typ)
}

// beforeWith calls __enter__ and returns (bound __exit__, entered value).
func (vm *VM) beforeWith(cm Value) (Value, Value, error) {
	t := cm.Type()
	enter, ok := t.lookupSpecial("__enter__")
	if !ok {
		return Null, Null, typeErrorf("'%s' object does not support the context manager protocol", t.tpName())
	}
	exit, ok := t.lookupSpecial("__exit__")
	if !ok {
		return Null, Null, typeErrorf("'%s' object does not support the context manager protocol (missed __exit__ method)", t.tpName())
	}
	boundExit, err := vm.bindDescriptor(exit, cm, t)
	if err != nil {
		return Null, Null, err
	}
	r, err := vm.callMethod(enter, cm)
	if err != nil {
		return Null, Null, err
	}
	return boundExit, r, nil
}

// traceback objects are exposed as an opaque value.
type tracebackObj struct{ exc *Exception }

func (*tracebackObj) pyType() *Type { return tracebackType }

var tracebackType = newBuiltinType("traceback", ObjectType)

func (vm *VM) tracebackValue(e *Exception) Value {
	if len(e.tb) == 0 {
		return None
	}
	return Obj(&tracebackObj{e})
}

// dictMerge implements DICT_UPDATE and DICT_MERGE (duplicate keyword
// arguments are an error in calls).
func (vm *VM) dictMerge(d *Dict, other Value, isCall bool, fn Value) error {
	if isCall {
		od, ok := asDict(other)
		if !ok {
			if _, has := other.Type().lookupSpecial("keys"); !has || other.Type().builtin {
				return typeErrorf("%s argument after ** must be a mapping, not %s", vm.funcDesc(fn), other.Type().tpName())
			}
			od = NewDict()
			if err := vm.dictUpdate(od, other); err != nil {
				return err
			}
		}
		for _, e := range od.items() {
			if _, dup, _ := d.getHashed(vm, e.key, e.hash); dup {
				k, _ := asStr(e.key)
				return typeErrorf("%s got multiple values for keyword argument '%s'", vm.funcDesc(fn), k)
			}
			if err := d.SetHashed(vm, e.key, e.hash, e.val); err != nil {
				return err
			}
		}
		return nil
	}
	if _, ok := asDict(other); !ok {
		if _, has := other.Type().lookupSpecial("keys"); !has {
			return typeErrorf("'%s' object is not a mapping", other.Type().tpName())
		}
	}
	return vm.dictUpdate(d, other)
}

func (vm *VM) funcDesc(fn Value) string {
	switch f := fn.o.(type) {
	case *Function:
		if m, ok := asStr(f.module); ok && m != "builtins" {
			return m + "." + f.qualname + "()"
		}
		return f.qualname + "()"
	case *Builtin:
		return f.name + "()"
	case *Type:
		return f.Name + "()"
	}
	return fn.Type().tpName() + " object"
}

// dictUpdate implements dict.update with a mapping or an iterable of pairs.
func (vm *VM) dictUpdate(d *Dict, other Value) error {
	if od, ok := asDict(other); ok && (other.Type().builtin || func() bool { _, has := userMethod(other, "keys"); return !has }()) {
		for _, e := range od.items() {
			if err := d.SetHashed(vm, e.key, e.hash, e.val); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, err := vm.getAttr(other, "keys"); err == nil {
		ks, err := vm.call(keys, nil, nil)
		if err != nil {
			return err
		}
		return vm.iterate(ks, func(k Value) error {
			v, err := vm.getItem(other, k)
			if err != nil {
				return err
			}
			return d.Set(vm, k, v)
		})
	}
	i := 0
	return vm.iterate(other, func(item Value) error {
		pair, err := vm.toSlice(item)
		if err != nil {
			return typeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return newValueError(sprintf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair)))
		}
		i++
		return d.Set(vm, pair[0], pair[1])
	})
}
