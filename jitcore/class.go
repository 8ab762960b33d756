package jitcore

import (
	bc "jitlens/jitcore/bytecode"
)

// buildClass implements __build_class__(func, name, *bases, **kw).
func (vm *VM) buildClassFn(args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return Null, typeErrorf("__build_class__: not enough arguments")
	}
	body := args[0].o.(*Function)
	bases := append([]Value(nil), args[2:npos]...)
	// PEP 560 (hook for typing.Generic[T] and friends, see mod_typing.go)
	origBases, err := vm.resolveMroEntries(&bases)
	if err != nil {
		return Null, err
	}
	var meta Value
	var kwNames []string
	var kwVals []Value
	for i, k := range kw {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	if meta.k == kNull {
		meta = Obj(TypeType)
		if len(bases) > 0 {
			meta = Obj(bases[0].Type())
		}
	}
	if mt, ok := meta.o.(*Type); ok && meta.k == kObj {
		// the most derived metaclass of the bases' metaclasses wins
		w, err := calculateMetaclass(mt, bases)
		if err != nil {
			return Null, err
		}
		meta = Obj(w)
	}
	ns := NewDict()
	var nsMap Value
	if mt, ok := meta.o.(*Type); ok {
		if prep, ok := mt.lookup("__prepare__"); ok && !mt.builtin {
			r, err := vm.callMethod(prep, meta, args[1], NewTuple(bases...))
			if err != nil {
				return Null, err
			}
			if d, ok := asDict(r); ok {
				ns = d
				if _, ok := userMethod(r, "__setitem__"); ok {
					nsMap = r
				}
			}
		}
	}
	f := &Frame{code: body.code, rt: body.rt, fn: body, globals: body.globals, locals: ns, nsMap: nsMap}
	f.s = make([]Value, len(body.code.VarNames)+body.code.StackSize)
	f.sp = len(body.code.VarNames)
	code := body.code
	if n := len(code.CellVars) + len(code.FreeVars); n > 0 {
		f.cells = make([]*Cell, n)
		for i := range code.CellVars {
			f.cells[i] = &Cell{}
		}
		copy(f.cells[len(code.CellVars):], body.closure)
	}
	cell, err := vm.runFrame(f)
	if err != nil {
		return Null, err
	}
	if origBases.k != kNull {
		ns.setStr("__orig_bases__", origBases)
	}
	callArgs := append([]Value{args[1], NewTuple(bases...), Obj(ns)}, kwVals...)
	cls, err := vm.call(meta, callArgs, kwNames)
	if err != nil {
		return Null, err
	}
	if c, ok := cell.o.(*Cell); ok && cell.k == kObj {
		c.v = cls
	}
	return cls, nil
}

var _ = bc.FlagGenerator

// newClass implements type(name, bases, dict) for a user class.
func (vm *VM) newClass(meta *Type, name string, bases []Value, ns *Dict, kwNames []string, kwVals []Value) (Value, error) {
	winner, err := calculateMetaclass(meta, bases)
	if err != nil {
		return Null, err
	}
	meta = winner
	t := &Type{Name: name, QualName: name, Module: "__main__", Dict: NewDict(), hasDict: true}
	if meta != TypeType {
		t.meta = meta
	}
	if q, ok := ns.getStr("__qualname__"); ok {
		if s, ok := asStr(q); ok {
			t.QualName = s
		}
	}
	for _, b := range bases {
		bt, ok := b.o.(*Type)
		if !ok || b.k != kObj {
			return Null, typeErrorf("bases must be types")
		}
		if bt.final {
			return Null, typeErrorf("type '%s' is not an acceptable base type", bt.Name)
		}
		t.Bases = append(t.Bases, bt)
	}
	if len(t.Bases) == 0 {
		t.Bases = []*Type{ObjectType}
	}
	for i, b := range t.Bases {
		for _, c := range t.Bases[i+1:] {
			if b == c {
				return Null, typeErrorf("duplicate base class %s", b.Name)
			}
		}
	}
	mro, err := computeMRO(t)
	if err != nil {
		return Null, err
	}
	t.MRO = mro
	// layout base: the most derived built-in type among the bases
	t.base = ObjectType
	for _, c := range mro[1:] {
		if c.builtin && c != ObjectType {
			if c.exc {
				t.exc = true
				t.base = BaseExceptionType
				break
			}
			t.base = c
			break
		}
	}
	for _, c := range mro {
		if c.exc {
			t.exc = true
		}
	}
	for _, e := range ns.items() {
		k, _ := asStr(e.key)
		v := e.val
		// __init_subclass__ and __class_getitem__ are implicit classmethods,
		// __new__ an implicit staticmethod
		if f, ok := v.o.(*Function); ok && v.k == kObj {
			switch k {
			case "__init_subclass__", "__class_getitem__":
				v = Obj(&ClassMethod{fn: Obj(f)})
			case "__new__":
				v = Obj(&StaticMethod{fn: Obj(f)})
			}
		}
		t.Dict.SetHashed(vm, e.key, e.hash, v)
	}
	if _, ok := t.Dict.getStr("__doc__"); !ok {
		t.Dict.setStr("__doc__", None)
	}
	if m, ok := t.Dict.getStr("__module__"); ok {
		if s, ok := asStr(m); ok {
			t.Module = s
		}
	}
	// __eq__ without __hash__ makes instances unhashable
	if _, ok := t.Dict.getStr("__eq__"); ok {
		if _, ok := t.Dict.getStr("__hash__"); !ok {
			t.Dict.setStr("__hash__", None)
		}
	}
	if sl, ok := t.Dict.getStr("__slots__"); ok {
		var names []Value
		if s, ok := asStr(sl); ok {
			names = []Value{Str(s)}
		} else if names, err = vm.toSlice(sl); err != nil {
			return Null, err
		}
		inherited := 0
		dictInBase := false
		for _, c := range mro[1:] {
			if !c.builtin && c.hasDict {
				dictInBase = true
			}
			if !c.builtin {
				inherited += len(c.slots)
			}
		}
		// inherited slots keep their indexes
		var all []string
		for i := len(mro) - 1; i >= 1; i-- {
			all = append(all, mro[i].ownSlots()...)
		}
		for _, n := range names {
			s, _ := asStr(n)
			if s == "__dict__" {
				dictInBase = true
				continue
			}
			if _, clash := ns.getStr(s); clash {
				return Null, newValueError(sprintf("'%s' in __slots__ conflicts with class variable", s))
			}
			t.Dict.setStr(s, Obj(&slotDescr{name: s, index: len(all), owner: t}))
			all = append(all, s)
		}
		t.slots = all
		t.hasDict = dictInBase
		_ = inherited
	} else {
		for _, c := range mro[1:] {
			if len(c.slots) > 0 && len(t.slots) < len(c.slots) {
				t.slots = c.slots
			}
		}
	}
	t.bump()
	allTypes = append(allTypes, t)
	cls := Obj(t)
	// __set_name__ on descriptors
	for _, e := range t.Dict.items() {
		if p, ok := e.val.o.(*Property); ok && e.val.k == kObj && p.name == "" {
			p.name, _ = asStr(e.key)
		}
		if in, ok := e.val.o.(*Instance); ok && e.val.k == kObj {
			if sn, ok := in.cls.lookupSpecial("__set_name__"); ok {
				if _, err := vm.callMethod(sn, e.val, cls, e.key); err != nil {
					return Null, err
				}
			}
		}
	}
	// __init_subclass__ of the parent
	if len(mro) > 1 {
		s := &Super{thisType: t, obj: cls, objType: t}
		isf, err := vm.superGetAttr(s, "__init_subclass__")
		if err == nil {
			if _, err := vm.call(isf, kwVals, kwNames); err != nil {
				return Null, err
			}
		}
	}
	return cls, nil
}

func (t *Type) ownSlots() []string {
	var out []string
	for _, e := range t.Dict.items() {
		if sd, ok := e.val.o.(*slotDescr); ok && e.val.k == kObj && sd.owner == t {
			out = append(out, sd.name)
		}
	}
	return out
}

// typeNew implements type(...) called with one or three arguments.
func typeNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos == 1 && len(kw) == 0 {
		return Obj(args[0].Type()), nil
	}
	if npos != 3 {
		return Null, typeErrorf("type() takes 1 or 3 arguments")
	}
	name, ok := asStr(args[0])
	if !ok {
		return Null, typeErrorf("type.__new__() argument 1 must be str, not %s", args[0].Type().tpName())
	}
	bt, ok := asTuple(args[1])
	if !ok {
		return Null, typeErrorf("type.__new__() argument 2 must be tuple, not %s", args[1].Type().tpName())
	}
	d, ok := asDict(args[2])
	if !ok {
		return Null, typeErrorf("type.__new__() argument 3 must be dict, not %s", args[2].Type().tpName())
	}
	if _, ok := d.getStr("__module__"); !ok {
		d = d.copy()
		if m, ok := vm.frame.globals.getStr("__name__"); ok {
			d.setStr("__module__", m)
		}
	}
	return vm.newClass(t, name, bt.items, d, kw, args[npos:])
}

// superNew implements super() and super(type, obj).
func (vm *VM) superNew(args []Value) (Value, error) {
	if len(args) == 0 {
		f := vm.frame
		if f == nil || f.code.ArgCount == 0 {
			return Null, newExc(RuntimeErrorType, "super(): no arguments")
		}
		var cls Value
		for i, n := range f.code.FreeVars {
			if n == "__class__" {
				cls = f.cells[len(f.code.CellVars)+i].v
			}
		}
		if cls.k == kNull {
			return Null, newExc(RuntimeErrorType, "super(): __class__ cell not found")
		}
		self := f.s[0]
		if f.code.Cell2Arg != nil {
			for i, a := range f.code.Cell2Arg {
				if a == 0 {
					self = f.cells[i].v
				}
			}
		}
		args = []Value{cls, self}
	}
	t, ok := args[0].o.(*Type)
	if !ok || args[0].k != kObj {
		return Null, typeErrorf("super() argument 1 must be a type, not %s", args[0].Type().tpName())
	}
	if len(args) == 1 {
		return Obj(&Super{thisType: t, obj: None, objType: t}), nil
	}
	obj := args[1]
	var objType *Type
	if ot, ok := obj.o.(*Type); ok && obj.k == kObj && ot.isSubtype(t) {
		objType = ot
	} else if obj.Type().isSubtype(t) {
		objType = obj.Type()
	} else {
		return Null, typeErrorf("super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&Super{thisType: t, obj: obj, objType: objType}), nil
}

// calculateMetaclass is CPython's _PyType_CalculateMetaclass: the metaclass
// that is a subclass of meta and of the metaclasses of all the bases.
func calculateMetaclass(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		tmp := b.Type()
		if winner.isSubtype(tmp) {
			continue
		}
		if tmp.isSubtype(winner) {
			winner = tmp
			continue
		}
		return nil, typeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}
