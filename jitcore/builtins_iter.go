package jitcore

import (
	"sort"
)

func builtinEnumerate(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("enumerate", args, kw, []string{"iterable", "start"}, 1)
	if err != nil {
		return Null, err
	}
	it, err := vm.getIter(vals[0])
	if err != nil {
		return Null, err
	}
	n := Int(0)
	if vals[1].k != kNull {
		if !vals[1].isIntLike() {
			return Null, typeErrorf("'%s' object cannot be interpreted as an integer", vals[1].Type().tpName())
		}
		n = intBase(vals[1])
	}
	return Obj(&funcIter{t: enumerateType, fn: func(vm *VM) (Value, bool, error) {
		v, ok, err := vm.next(it)
		if err != nil || !ok {
			return Null, false, err
		}
		cur := n
		if n.k == kInt && n.n < 1<<62 {
			n = Int(n.n + 1)
		} else {
			n, _, _ = bigBinary(0, n, Int(1))
		}
		return NewTuple(cur, v), true, nil
	}}), nil
}

func builtinZip(vm *VM, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	strict := false
	for i, k := range kw {
		if k != "strict" {
			return Null, typeErrorf("zip() got an unexpected keyword argument '%s'", k)
		}
		strict, _ = vm.truth(args[npos+i])
	}
	its := make([]Value, npos)
	for i, a := range args[:npos] {
		it, err := vm.getIter(a)
		if err != nil {
			return Null, err
		}
		its[i] = it
	}
	done := false
	return Obj(&funcIter{t: zipType, fn: func(vm *VM) (Value, bool, error) {
		if done || len(its) == 0 {
			return Null, false, nil
		}
		items := make([]Value, len(its))
		for i, it := range its {
			v, ok, err := vm.next(it)
			if err != nil {
				return Null, false, err
			}
			if !ok {
				done = true
				if strict {
					if i > 0 {
						return Null, false, newValueError(sprintf("zip() argument %d is shorter than argument%s%s", i+1, plural(i, " ", "s 1-"), argRange(i)))
					}
					for j := 1; j < len(its); j++ {
						if _, ok, _ := vm.next(its[j]); ok {
							return Null, false, newValueError(sprintf("zip() argument %d is longer than argument%s%s", j+1, plural(j, " ", "s 1-"), argRange(j)))
						}
					}
				}
				return Null, false, nil
			}
			items[i] = v
		}
		return NewTuple(items...), true, nil
	}}), nil
}

func argRange(i int) string {
	return sprintf("%d", i)
}

func builtinMap(vm *VM, args []Value, kw []string) (Value, error) {
	if err := noKw("map", kw); err != nil {
		return Null, err
	}
	if len(args) < 2 {
		return Null, typeErrorf("map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]Value, len(args)-1)
	for i, a := range args[1:] {
		it, err := vm.getIter(a)
		if err != nil {
			return Null, err
		}
		its[i] = it
	}
	return Obj(&funcIter{t: mapType, fn: func(vm *VM) (Value, bool, error) {
		vals := make([]Value, len(its))
		for i, it := range its {
			v, ok, err := vm.next(it)
			if err != nil || !ok {
				return Null, false, err
			}
			vals[i] = v
		}
		r, err := vm.call(fn, vals, nil)
		if err != nil {
			return Null, false, err
		}
		return r, true, nil
	}}), nil
}

func builtinFilter(vm *VM, args []Value, kw []string) (Value, error) {
	if err := exactArgs("filter", args, kw, 2, 2); err != nil {
		return Null, err
	}
	fn := args[0]
	it, err := vm.getIter(args[1])
	if err != nil {
		return Null, err
	}
	return Obj(&funcIter{t: filterType, fn: func(vm *VM) (Value, bool, error) {
		for {
			v, ok, err := vm.next(it)
			if err != nil || !ok {
				return Null, false, err
			}
			test := v
			if !fn.IsNone() {
				if test, err = vm.call(fn, []Value{v}, nil); err != nil {
					return Null, false, err
				}
			}
			t, err := vm.truth(test)
			if err != nil {
				return Null, false, err
			}
			if t {
				return v, true, nil
			}
		}
	}}), nil
}

func (vm *VM) reversed(v Value) (Value, error) {
	if m, ok := userMethod(v, "__reversed__"); ok {
		return vm.callMethod(m, v)
	}
	u := unwrapBuiltin(v)
	switch o := u.o.(type) {
	case *List:
		i := len(o.values()) - 1
		return Obj(&funcIter{t: listRevIterType, fn: func(vm *VM) (Value, bool, error) {
			if i >= 0 && i < len(o.values()) {
				i--
				return o.values()[i+1], true, nil
			}
			return Null, false, nil
		}}), nil
	case *Range:
		if o.b != nil {
			return bigRangeIter(o, true), nil
		}
		n := o.length()
		return Obj(&rangeIter{cur: o.start + (n-1)*o.step, step: -o.step, n: n}), nil
	case *dictView:
		items, err := vm.toSlice(u)
		if err != nil {
			return Null, err
		}
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return Obj(sliceIter(reversedType, items)), nil
	case *Dict:
		keys := o.Keys()
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		return Obj(sliceIter(reversedType, keys)), nil
	}
	if u.k == kObj {
		switch u.o.(type) {
		case *Tuple, *strObj, *Bytes:
			n, _ := vm.length(u)
			i := n - 1
			return Obj(&funcIter{t: reversedType, fn: func(vm *VM) (Value, bool, error) {
				if i < 0 {
					return Null, false, nil
				}
				i--
				r, err := vm.getItem(u, Int(int64(i+1)))
				return r, err == nil, err
			}}), nil
		}
	}
	if _, ok := userMethod(v, "__getitem__"); ok {
		n, err := vm.length(v)
		if err != nil {
			return Null, err
		}
		i := n - 1
		return Obj(&funcIter{t: reversedType, fn: func(vm *VM) (Value, bool, error) {
			if i < 0 {
				return Null, false, nil
			}
			i--
			r, err := vm.getItem(v, Int(int64(i+1)))
			return r, err == nil, err
		}}), nil
	}
	return Null, typeErrorf("'%s' object is not reversible", v.Type().tpName())
}

func builtinInput(vm *VM, args []Value, kw []string) (Value, error) {
	if err := exactArgs("input", args, kw, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 1 {
		s, err := vm.str(args[0])
		if err != nil {
			return Null, err
		}
		if err := vm.writeTo(vm.sysStdout(), s); err != nil {
			return Null, err
		}
	}
	if fo, ok := vm.sysStdout().o.(*fileObj); ok {
		fo.flush()
	}
	line, err := vm.readInputLine()
	if err != nil {
		return Null, err
	}
	return Str(line), nil
}

func builtinDir(vm *VM, args []Value, kw []string) (Value, error) {
	names := map[string]bool{}
	if len(args) == 0 {
		for _, k := range vm.frameLocals(vm.frame).Keys() {
			s, _ := asStr(k)
			names[s] = true
		}
	} else {
		v := args[0]
		m, ok := userMethod(v, "__dir__")
		if mod, isMod := v.o.(*Module); isMod && v.k == kObj {
			// PEP 562: a module's own __dir__ function lists its names
			if d, has := mod.dict.getStr("__dir__"); has {
				m, ok, v = d, true, Null
			}
		}
		if ok {
			var r Value
			var err error
			if v.k == kNull {
				r, err = vm.call(m, nil, nil)
			} else {
				r, err = vm.callMethod(m, v)
			}
			if err != nil {
				return Null, err
			}
			items, err := vm.toSlice(r)
			if err != nil {
				return Null, err
			}
			l := &List{vals: append([]Value(nil), items...)}
			_, err = listSort(vm, []Value{Obj(l)}, nil)
			return Obj(l), err
		}
		var mro []*Type
		if t, ok := v.o.(*Type); ok && v.k == kObj {
			mro = t.MRO
		} else {
			mro = v.Type().MRO
			if d := instanceDict(v); d != nil {
				for _, k := range d.Keys() {
					s, _ := asStr(k)
					names[s] = true
				}
			}
			if m, ok := v.o.(*Module); ok && v.k == kObj {
				mro = nil
				for _, k := range m.dict.Keys() {
					s, _ := asStr(k)
					names[s] = true
				}
			}
		}
		for _, t := range mro {
			for _, k := range t.Dict.Keys() {
				s, _ := asStr(k)
				if s == "__qualname__" && !t.builtin {
					continue // CPython keeps it on the type, not in its __dict__
				}
				names[s] = true
			}
			for _, s := range dirImplicitNames(t) {
				names[s] = true
			}
		}
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	out := make([]Value, len(list))
	for i, n := range list {
		out[i] = Str(n)
	}
	return NewList(out), nil
}

// listSort implements list.sort(key=None, reverse=False): a stable merge
// sort whose comparisons may raise.
func listSort(vm *VM, args []Value, kw []string) (Value, error) {
	l, _ := asList(args[0])
	vals, err := parseArgs("sort", args[1:], kw, []string{"*", "key", "reverse"}, 0)
	if err != nil {
		return Null, err
	}
	var key Value
	if vals[0].k != kNull && !vals[0].IsNone() {
		key = vals[0]
	}
	reverse := false
	if vals[1].k != kNull {
		reverse, _ = vm.truth(vals[1])
	}
	items := l.values()
	keys := items
	if key.k != kNull {
		keys = make([]Value, len(items))
		for i, x := range items {
			k, err := vm.call(key, []Value{x}, nil)
			if err != nil {
				return Null, err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	if reverse {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	var cmpErr error
	less := func(a, b int) bool {
		if cmpErr != nil {
			return false
		}
		x, y := keys[a], keys[b]
		if x.k == kInt && y.k == kInt {
			return x.n < y.n
		}
		if xs, ok := x.o.(*strObj); ok && x.k == kObj {
			if ys, ok := y.o.(*strObj); ok && y.k == kObj {
				return xs.s < ys.s
			}
		}
		r, err := vm.compare(2, x, y)
		if err != nil {
			cmpErr = err
			return false
		}
		t, err := vm.truth(r)
		if err != nil {
			cmpErr = err
		}
		return t
	}
	saved := l.values()
	l.setVals(nil)
	sort.SliceStable(idx, func(i, j int) bool { return less(idx[i], idx[j]) })
	if l.vals != nil || l.c != nil {
		l.setVals(saved)
		return Null, newValueError("list modified during sort")
	}
	if cmpErr != nil {
		l.setVals(saved)
		return Null, cmpErr
	}
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = saved[j]
	}
	if reverse {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	l.setVals(out)
	return None, nil
}
