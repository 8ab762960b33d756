package jitcore

import bc "jitlens/jitcore/bytecode"

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = Str(n)
	}
	return NewTuple(items...)
}

// bindDescriptor applies the descriptor protocol to a class attribute found
// for instance obj of type t.
func (vm *VM) bindDescriptor(attr Value, obj Value, t *Type) (Value, error) {
	if attr.k != kObj {
		return attr, nil
	}
	switch d := attr.o.(type) {
	case *Function:
		return Obj(&Method{fn: attr, self: obj}), nil
	case *Builtin:
		if d.self.k == kNull {
			return Obj(d.bindTo(obj)), nil
		}
		return attr, nil
	case *StaticMethod:
		return unwrapStaticBuiltin(d.fn), nil
	case *ClassMethod:
		return bindClassMethod(d.fn, Obj(t)), nil
	case *getsetDescr:
		return vm.getsetGet(d, obj)
	case *Property:
		if d.fget.IsNull() || d.fget.IsNone() {
			return Null, newAttributeError(sprintf("property %s of '%s' object has no getter", vm.propName(d), t.Name))
		}
		return vm.call(d.fget, []Value{obj}, nil)
	case *Instance:
		if g, ok := d.cls.lookupSpecial("__get__"); ok {
			return vm.callMethod(g, attr, obj, Obj(t))
		}
	}
	return attr, nil
}

func (vm *VM) propName(p *Property) string {
	if p.name != "" {
		return "'" + p.name + "'"
	}
	if p.fget.k == kObj {
		if f, ok := p.fget.o.(*Function); ok {
			return "'" + f.name + "'"
		}
	}
	return "'?'"
}

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance dict.
func isDataDescriptor(attr Value) bool {
	if attr.k != kObj {
		return false
	}
	switch d := attr.o.(type) {
	case *Property:
		return true
	case *Instance:
		_, ok := d.cls.lookupSpecial("__set__")
		if !ok {
			_, ok = d.cls.lookupSpecial("__delete__")
		}
		return ok
	case *slotDescr, *getsetDescr:
		return true
	}
	return false
}

// slotDescr is a member of __slots__.
type slotDescr struct {
	name  string
	index int
	owner *Type
}

func (*slotDescr) pyType() *Type { return memberDescrType }

var memberDescrType = newBuiltinType("member_descriptor", ObjectType)

func instanceDict(v Value) *Dict {
	switch o := v.o.(type) {
	case *Instance:
		return o.dict
	case *Exception:
		return o.dict
	case *Function:
		if o.dict == nil {
			o.dict = NewDict()
		}
		return o.dict
	}
	return nil
}

// getAttr implements getattr(v, name).
func (vm *VM) getAttr(v Value, name string) (Value, error) {
	t := v.Type()
	if v.k == kObj {
		switch o := v.o.(type) {
		case *Type:
			r, err := vm.typeGetAttr(o, name)
			if err != nil {
				setAttrErrorContext(err, v, name)
			}
			return r, err
		case *Module:
			vm.beforeSysRead(o, name)
			if r, ok := o.dict.getStr(name); ok {
				return r, nil
			}
			if name == "__dict__" {
				return Obj(o.dict), nil
			}
			if ga, ok := o.dict.getStr("__getattr__"); ok {
				// PEP 562: the module's own __getattr__ serves missing names
				return vm.call(ga, []Value{Str(name)}, nil)
			}
			return Null, newAttributeError(sprintf("module '%s' has no attribute '%s'", o.name, name))
		case *Super:
			return vm.superGetAttr(o, name)
		case *mappingProxy:
			switch name {
			case "keys", "values", "items", "get", "copy", "__contains__", "__getitem__", "__len__", "__iter__":
				return vm.getAttr(Obj(o.d), name)
			}
		}
		if !t.builtin {
			if ga, ok := t.lookupSpecial("__getattribute__"); ok && ga.o != objectGetattribute {
				r, err := vm.callMethod(ga, v, Str(name))
				if err != nil && isExc(err, AttributeErrorType) {
					if gf, ok := t.lookupSpecial("__getattr__"); ok {
						return vm.callMethod(gf, v, Str(name))
					}
				}
				return r, err
			}
		}
	}
	r, err := vm.genericGetAttr(v, t, name)
	if err != nil && !t.builtin && isExc(err, AttributeErrorType) {
		if gf, ok := t.lookupSpecial("__getattr__"); ok {
			r, err = vm.callMethod(gf, v, Str(name))
		}
	}
	if err != nil {
		setAttrErrorContext(err, v, name)
	}
	return r, err
}

// setAttrErrorContext records name and obj on an AttributeError that has
// none, as CPython's getattr does.
func setAttrErrorContext(err error, v Value, name string) {
	if e, ok := err.(*Exception); ok && e.cls.isSubtype(AttributeErrorType) && e.attrObj.k == kNull {
		e.attrName, e.attrObj = name, v
	}
}

// genericGetAttr is object.__getattribute__.
func (vm *VM) genericGetAttr(v Value, t *Type, name string) (Value, error) {
	attr, found := t.lookup(name)
	if found && isDataDescriptor(attr) {
		if sd, ok := attr.o.(*slotDescr); ok {
			in := v.o.(*Instance)
			r := in.slots[sd.index]
			if r.k == kNull {
				return Null, newAttributeError(sprintf("'%s' object has no attribute '%s'", t.tpName(), name))
			}
			return r, nil
		}
		return vm.bindDescriptor(attr, v, t)
	}
	if d := instanceDict(v); d != nil {
		if r, ok := d.getStr(name); ok {
			return r, nil
		}
	}
	if found {
		return vm.bindDescriptor(attr, v, t)
	}
	if r, ok, err := vm.specialAttr(v, name); ok || err != nil {
		return r, err
	}
	return Null, newAttributeError(sprintf("'%s' object has no attribute '%s'", t.tpName(), name))
}

// specialAttr serves attributes that built-in objects compute.
func (vm *VM) specialAttr(v Value, name string) (Value, bool, error) {
	switch name {
	case "__class__":
		return Obj(v.Type()), true, nil
	case "__call__":
		switch v.o.(type) {
		case *Function, *Builtin, *Method:
			return v, true, nil
		}
	case "__dict__":
		if d := instanceDict(v); d != nil {
			return Obj(d), true, nil
		}
	case "__doc__":
		if f, ok := v.o.(*Function); ok && v.k == kObj {
			return f.doc, true, nil
		}
		if p, ok := v.o.(*Property); ok && v.k == kObj {
			return orNone(p.doc), true, nil
		}
		if o, ok := v.o.(*Builtin); ok && v.k == kObj {
			// the documented functions of the builtins module
			if d, ok := builtinDocs[o.name]; ok && o.self.k == kNull && !o.descr {
				if b, ok := vm.builtins.getStr(o.name); ok && b.o == Object(o) {
					return Str(d), true, nil
				}
			}
			return None, true, nil
		}
		if doc, ok := v.Type().lookup("__doc__"); ok {
			return doc, true, nil
		}
		return None, true, nil
	}
	if v.k != kObj {
		switch name {
		case "real":
			if v.k == kFloat {
				return v, true, nil
			}
			if v.k == kInt || v.k == kBool {
				return Int(v.n), true, nil
			}
		case "imag":
			if v.k == kFloat {
				return Float(0), true, nil
			}
			if v.k == kInt || v.k == kBool {
				return Int(0), true, nil
			}
		case "numerator":
			if v.k == kInt || v.k == kBool {
				return Int(v.n), true, nil
			}
		case "denominator":
			if v.k == kInt || v.k == kBool {
				return Int(1), true, nil
			}
		}
		return Null, false, nil
	}
	switch o := v.o.(type) {
	case *Function:
		switch name {
		case "__get__":
			// function.__get__(obj, type=None): a bound method, or the
			// function itself when obj is None
			fn := v
			return Obj(newBuiltin("__get__", func(vm *VM, args []Value, kw []string) (Value, error) {
				if err := exactArgs("__get__", args, kw, 1, 2); err != nil {
					return Null, err
				}
				if args[0].IsNone() {
					return fn, nil
				}
				return Obj(&Method{fn: fn, self: args[0]}), nil
			})), true, nil
		case "__name__":
			return Str(o.name), true, nil
		case "__qualname__":
			return Str(o.qualname), true, nil
		case "__module__":
			return o.module, true, nil
		case "__defaults__":
			if o.defaults == nil {
				return None, true, nil
			}
			return NewTuple(o.defaults...), true, nil
		case "__kwdefaults__":
			if o.kwdefaults == nil {
				return None, true, nil
			}
			return Obj(o.kwdefaults), true, nil
		case "__code__":
			return Obj(&codeObj{code: o.code}), true, nil
		case "__globals__":
			return Obj(o.globals), true, nil
		case "__closure__":
			if o.closure == nil {
				return None, true, nil
			}
			cells := make([]Value, len(o.closure))
			for i, c := range o.closure {
				cells[i] = Obj(c)
			}
			return NewTuple(cells...), true, nil
		case "__annotations__":
			if o.annotations.k == kNull {
				o.annotations = Obj(NewDict())
			}
			return o.annotations, true, nil
		}
	case *genericAlias:
		switch name {
		case "__origin__":
			return Obj(o.origin), true, nil
		case "__parameters__":
			return NewTuple(), true, nil
		case "__args__":
			if t, ok := o.args.o.(*Tuple); ok && o.args.k == kObj {
				return Obj(t), true, nil
			}
			return NewTuple(o.args), true, nil
		}
	case *unionType:
		if name == "__args__" {
			return NewTuple(o.args...), true, nil
		}
	case *Method:
		switch name {
		case "__self__":
			return o.self, true, nil
		case "__func__":
			return o.fn, true, nil
		case "__name__", "__qualname__", "__doc__", "__module__":
			r, err := vm.getAttr(o.fn, name)
			return r, true, err
		default:
			// a bound method forwards other attributes (__annotations__,
			// __defaults__, __wrapped__...) to its function, as CPython does
			if r, err := vm.getAttr(o.fn, name); err == nil {
				return r, true, nil
			} else if !isExc(err, AttributeErrorType) {
				return Null, true, err
			}
		}
	case *Builtin:
		switch name {
		case "__name__":
			return Str(o.name), true, nil
		case "__qualname__":
			if o.qual != "" {
				return Str(o.qual), true, nil
			}
			return Str(o.name), true, nil
		case "__self__":
			if o.self.k == kNull {
				return None, true, nil
			}
			return o.self, true, nil
		case "__objclass__":
			if o.wrapper {
				return o.objClass(), true, nil
			}
		case "__module__":
			if !o.wrapper { // a method-wrapper has no __module__
				return Str("builtins"), true, nil
			}
		}
	case *memoryviewObj:
		if r, ok, err := memoryviewAttr(o, name); ok {
			return r, true, err
		}
	case *Exception:
		if r, ok := excGroupAttr(o, name); ok {
			return r, true, nil
		}
		switch name {
		case "args":
			return NewTuple(o.args...), true, nil
		case "__cause__":
			if o.cause.k == kNull {
				return None, true, nil
			}
			return o.cause, true, nil
		case "__context__":
			if o.context == nil {
				return None, true, nil
			}
			return Obj(o.context), true, nil
		case "__suppress_context__":
			return Bool(o.suppress), true, nil
		case "__traceback__":
			return vm.tracebackValue(o), true, nil
		case "value":
			if o.cls.isSubtype(StopIterationType) {
				return stopIterationValue(o), true, nil
			}
		case "code":
			if o.cls.isSubtype(SystemExitType) {
				switch len(o.args) {
				case 0:
					return None, true, nil
				case 1:
					return o.args[0], true, nil
				}
				return NewTuple(o.args...), true, nil
			}
		case "errno", "strerror", "filename", "filename2":
			if o.cls.isSubtype(OSErrorType) {
				return osErrorAttr(o, name), true, nil
			}
		case "encoding", "object", "start", "end", "reason":
			if o.cls.isSubtype(UnicodeErrorType) && len(o.args) == 5 {
				return o.args[map[string]int{"encoding": 0, "object": 1, "start": 2, "end": 3, "reason": 4}[name]], true, nil
			}
		case "name":
			if o.attrName != "" {
				return Str(o.attrName), true, nil
			}
			if o.cls.isSubtype(NameErrorType) || o.cls.isSubtype(ImportErrorType) || o.cls.isSubtype(AttributeErrorType) {
				return None, true, nil
			}
		case "obj":
			if o.cls.isSubtype(AttributeErrorType) {
				return orNone(o.attrObj), true, nil
			}
		case "msg":
			if o.cls.isSubtype(SyntaxErrorType) && len(o.args) > 0 {
				return o.args[0], true, nil
			}
		}
	case *Generator:
		switch name {
		case "__name__":
			return Str(o.name), true, nil
		case "__qualname__":
			return Str(o.qualname), true, nil
		case "gi_running":
			return Bool(o.running), true, nil
		case "gi_frame":
			if o.finished {
				return None, true, nil
			}
			return None, true, nil
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(o.fget), true, nil
		case "fset":
			return orNone(o.fset), true, nil
		case "fdel":
			return orNone(o.fdel), true, nil
		case "__doc__":
			return orNone(o.doc), true, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return o.fn, true, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return o.fn, true, nil
		}
	case *Range:
		start, stop, step, _ := o.bounds()
		switch name {
		case "start":
			return BigInt(start), true, nil
		case "stop":
			return BigInt(stop), true, nil
		case "step":
			return BigInt(step), true, nil
		}
	case *SliceObj:
		switch name {
		case "start":
			return o.start, true, nil
		case "stop":
			return o.stop, true, nil
		case "step":
			return o.step, true, nil
		}
	case *Complex:
		switch name {
		case "real":
			return Float(real(o.c)), true, nil
		case "imag":
			return Float(imag(o.c)), true, nil
		}
	case *bigInt:
		switch name {
		case "real", "numerator":
			return v, true, nil
		case "imag":
			return Int(0), true, nil
		case "denominator":
			return Int(1), true, nil
		}
	case *codeObj:
		switch name {
		case "co_name":
			return Str(o.code.Name), true, nil
		case "co_filename":
			return Str(o.code.Filename), true, nil
		case "co_firstlineno":
			return Int(int64(o.code.FirstLine)), true, nil
		case "co_argcount":
			return Int(int64(o.code.ArgCount)), true, nil
		case "co_freevars", "co_cellvars":
			src := o.code.FreeVars
			if name == "co_cellvars" {
				src = o.code.CellVars
			}
			return strTuple(src), true, nil
		case "co_kwonlyargcount":
			return Int(int64(o.code.KwOnlyCount)), true, nil
		case "co_posonlyargcount":
			return Int(int64(o.code.PosOnlyCount)), true, nil
		case "co_nlocals":
			return Int(int64(len(o.code.VarNames))), true, nil
		case "co_qualname":
			return Str(o.code.QualName), true, nil
		case "co_flags":
			f := int64(0)
			if o.code.Flags&bc.FlagVarargs != 0 {
				f |= 4
			}
			if o.code.Flags&bc.FlagVarkw != 0 {
				f |= 8
			}
			if o.code.Flags&bc.FlagGenerator != 0 {
				f |= 32
			}
			return Int(f | 3), true, nil
		case "co_varnames":
			names := make([]Value, len(o.code.VarNames))
			for i, n := range o.code.VarNames {
				names[i] = Str(n)
			}
			return NewTuple(names...), true, nil
		}
	case *Cell:
		if name == "cell_contents" {
			if o.v.k == kNull {
				return Null, true, newValueError("Cell is empty")
			}
			return o.v, true, nil
		}
	case *Instance:
		if o.base.k != kNull {
			return vm.specialAttr(o.base, name)
		}
	}
	return Null, false, nil
}

func orNone(v Value) Value {
	if v.k == kNull {
		return None
	}
	return v
}

// typeGetAttr implements attribute lookup on a class.
func (vm *VM) typeGetAttr(t *Type, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(t.Name), nil
	case "__qualname__":
		return Str(t.QualName), nil
	case "__module__":
		if v, ok := t.Dict.getStr("__module__"); ok {
			return v, nil
		}
		return Str(t.Module), nil
	case "__mro__":
		items := make([]Value, len(t.MRO))
		for i, c := range t.MRO {
			items[i] = Obj(c)
		}
		return NewTuple(items...), nil
	case "__bases__":
		items := make([]Value, len(t.Bases))
		for i, c := range t.Bases {
			items[i] = Obj(c)
		}
		return NewTuple(items...), nil
	case "__base__":
		if len(t.Bases) == 0 {
			return None, nil
		}
		return Obj(t.Bases[0]), nil
	case "__dict__":
		return Obj(&mappingProxy{t.Dict}), nil
	case "__class__":
		return Obj(t.pyType()), nil
	case "__doc__":
		if v, ok := t.Dict.getStr("__doc__"); ok {
			return v, nil
		}
		return None, nil
	}
	// metaclass data descriptors and methods
	meta := t.pyType()
	if meta != TypeType {
		if attr, ok := meta.lookup(name); ok && isDataDescriptor(attr) {
			return vm.bindDescriptor(attr, Obj(t), meta)
		}
	}
	if attr, ok := t.lookup(name); ok {
		if attr.k == kObj {
			switch d := attr.o.(type) {
			case *StaticMethod:
				return unwrapStaticBuiltin(d.fn), nil
			case *ClassMethod:
				return bindClassMethod(d.fn, Obj(t)), nil
			case *Instance:
				if g, ok := d.cls.lookupSpecial("__get__"); ok {
					return vm.callMethod(g, attr, None, Obj(t))
				}
			case *Builtin:
				if d.name == "__init_subclass__" || d.name == "__subclasshook__" {
					return Obj(&Builtin{name: d.name, fn: d.fn, self: Obj(t)}), nil
				}
			}
		}
		return attr, nil
	}
	if attr, ok := meta.lookup(name); ok {
		return vm.bindDescriptor(attr, Obj(t), meta)
	}
	if meta != TypeType {
		if gf, ok := meta.lookupSpecial("__getattr__"); ok {
			return vm.callMethod(gf, Obj(t), Str(name))
		}
	}
	return Null, newAttributeError(sprintf("type object '%s' has no attribute '%s'", t.tpName(), name))
}

// mappingProxy is a read-only view of a class dict.
type mappingProxy struct{ d *Dict }

func (*mappingProxy) pyType() *Type { return mappingProxyType }

var mappingProxyType = newBuiltinType("mappingproxy", ObjectType)

// loadMethod implements LOAD_METHOD: it avoids creating a bound method for
// plain functions found on the type.
func (vm *VM) loadMethod(obj Value, name string) (Value, Value, error) {
	t := obj.Type()
	if obj.k == kObj {
		switch obj.o.(type) {
		case *Type, *Module, *Super, *mappingProxy:
			r, err := vm.getAttr(obj, name)
			return Null, r, err
		case *Instance:
			if !t.builtin {
				if ga, ok := t.lookupSpecial("__getattribute__"); ok && ga.o != objectGetattribute {
					r, err := vm.getAttr(obj, name)
					return Null, r, err
				}
			}
		}
	}
	attr, found := t.lookup(name)
	if found && attr.k == kObj {
		switch attr.o.(type) {
		case *Function:
			if d := instanceDict(obj); d != nil {
				if r, ok := d.getStr(name); ok {
					return Null, r, nil
				}
			}
			return attr, obj, nil
		case *Builtin:
			if attr.o.(*Builtin).self.k == kNull {
				return attr, obj, nil
			}
		}
	}
	r, err := vm.getAttr(obj, name)
	return Null, r, err
}

// setAttr implements setattr(o, name, v).
func (vm *VM) setAttr(o Value, name string, v Value) error {
	t := o.Type()
	if o.k == kObj {
		switch x := o.o.(type) {
		case *Type:
			if x.builtin {
				return typeErrorf("cannot set '%s' attribute of immutable type '%s'", name, x.Name)
			}
			if meta := x.pyType(); meta != TypeType {
				if sa, ok := meta.lookupSpecial("__setattr__"); ok && sa.o != objectSetattr {
					_, err := vm.callMethod(sa, o, Str(name), v)
					return err
				}
			}
			x.Dict.setStr(name, v)
			x.bump()
			for _, sub := range allTypes {
				if sub.isSubtype(x) {
					sub.bump()
				}
			}
			return nil
		case *Module:
			x.dict.setStr(name, v)
			return nil
		}
		if !t.builtin {
			if sa, ok := t.lookupSpecial("__setattr__"); ok && sa.o != objectSetattr {
				_, err := vm.callMethod(sa, o, Str(name), v)
				return err
			}
		}
	}
	return vm.genericSetAttr(o, t, name, v)
}

// allTypes lists user classes, so that a change to a class invalidates the
// caches of its subclasses.
var allTypes []*Type

// genericSetAttr is object.__setattr__.
func (vm *VM) genericSetAttr(o Value, t *Type, name string, v Value) error {
	if attr, ok := t.lookup(name); ok && isDataDescriptor(attr) {
		switch d := attr.o.(type) {
		case *Property:
			if d.fset.IsNull() || d.fset.IsNone() {
				return newAttributeError(sprintf("property %s of '%s' object has no setter", vm.propName(d), t.Name))
			}
			_, err := vm.call(d.fset, []Value{o, v}, nil)
			return err
		case *slotDescr:
			o.o.(*Instance).slots[d.index] = v
			return nil
		case *getsetDescr:
			return d.notWritable()
		case *Instance:
			if s, ok := d.cls.lookupSpecial("__set__"); ok {
				_, err := vm.callMethod(s, attr, o, v)
				return err
			}
		}
	}
	if o.k == kObj {
		switch x := o.o.(type) {
		case *Exception:
			switch name {
			case "__cause__":
				if v.IsNone() {
					x.cause = Null
				} else {
					x.cause = v
				}
				x.suppress = true
				return nil
			case "__context__":
				if e, ok := v.o.(*Exception); ok {
					x.context = e
				} else {
					x.context = nil
				}
				return nil
			case "__suppress_context__":
				x.suppress, _ = vm.truth(v)
				return nil
			case "args":
				items, err := vm.toSlice(v)
				if err != nil {
					return err
				}
				x.args = items
				return nil
			case "__traceback__":
				return nil
			}
			if x.dict == nil {
				x.dict = NewDict()
			}
		case *Function:
			switch name {
			case "__name__":
				s, _ := asStr(v)
				x.name = s
				return nil
			case "__qualname__":
				s, _ := asStr(v)
				x.qualname = s
				return nil
			case "__doc__":
				x.doc = v
				return nil
			case "__defaults__":
				if v.IsNone() {
					x.defaults = nil
				} else if tu, ok := asTuple(v); ok {
					x.defaults = tu.items
				}
				return nil
			case "__module__":
				x.module = v
				return nil
			}
		}
	}
	if name == "__dict__" {
		if in, ok := o.o.(*Instance); ok && o.k == kObj && in.dict != nil {
			return setInstanceDict(in, v)
		}
	}
	if d := instanceDict(o); d != nil {
		d.setStr(name, v)
		return nil
	}
	if in, ok := o.o.(*Instance); ok && o.k == kObj && len(in.slots) > 0 || (!t.builtin && !t.hasDict) {
		return newAttributeError(sprintf("'%s' object has no attribute '%s'", t.tpName(), name))
	}
	if _, ok := t.lookup(name); ok {
		return newAttributeError(sprintf("'%s' object attribute '%s' is read-only", t.Name, name))
	}
	return newAttributeError(sprintf("'%s' object has no attribute '%s'", t.tpName(), name))
}

// delAttr implements delattr(o, name).
func (vm *VM) delAttr(o Value, name string) error {
	t := o.Type()
	if o.k == kObj {
		switch x := o.o.(type) {
		case *Type:
			if !x.Dict.delStr(name) {
				return newAttributeError(sprintf("type object '%s' has no attribute '%s'", x.Name, name))
			}
			x.bump()
			for _, sub := range allTypes { // their caches may hold what was deleted, as for setattr
				if sub.isSubtype(x) {
					sub.bump()
				}
			}
			return nil
		case *Module:
			if !x.dict.delStr(name) {
				return newAttributeError(sprintf("module '%s' has no attribute '%s'", x.name, name))
			}
			return nil
		}
		if !t.builtin {
			if da, ok := t.lookupSpecial("__delattr__"); ok && da.o != objectDelattr {
				_, err := vm.callMethod(da, o, Str(name))
				return err
			}
		}
	}
	return vm.genericDelAttr(o, t, name)
}

func (vm *VM) genericDelAttr(o Value, t *Type, name string) error {
	if attr, ok := t.lookup(name); ok && isDataDescriptor(attr) {
		switch d := attr.o.(type) {
		case *Property:
			if d.fdel.IsNull() || d.fdel.IsNone() {
				return newAttributeError(sprintf("property %s of '%s' object has no deleter", vm.propName(d), t.Name))
			}
			_, err := vm.call(d.fdel, []Value{o}, nil)
			return err
		case *slotDescr:
			in := o.o.(*Instance)
			if in.slots[d.index].k == kNull {
				return newAttributeError(name)
			}
			in.slots[d.index] = Null
			return nil
		case *Instance:
			if s, ok := d.cls.lookupSpecial("__delete__"); ok {
				_, err := vm.callMethod(s, attr, o)
				return err
			}
		}
	}
	if d := instanceDict(o); d != nil {
		if d.delStr(name) {
			return nil
		}
	}
	return newAttributeError(sprintf("'%s' object has no attribute '%s'", t.tpName(), name))
}

// superGetAttr looks name up after s.thisType in the MRO of the object.
func (vm *VM) superGetAttr(s *Super, name string) (Value, error) {
	mro := s.objType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.thisType {
		i++
	}
	for _, c := range mro[i+1:] {
		if attr, ok := c.Dict.getStr(name); ok {
			if attr.k == kObj {
				if _, isType := s.obj.o.(*Type); isType && s.obj.k == kObj {
					switch d := attr.o.(type) {
					case *Function:
						return attr, nil
					case *ClassMethod:
						return Obj(&Method{fn: d.fn, self: s.obj}), nil
					case *StaticMethod:
						return d.fn, nil
					case *Builtin:
						if d.name == "__new__" {
							return attr, nil
						}
						return Obj(&Builtin{name: d.name, fn: d.fn, self: s.obj}), nil
					}
					return attr, nil
				}
				if d, ok := attr.o.(*Builtin); ok && d.name == "__new__" {
					return attr, nil
				}
			}
			return vm.bindDescriptor(attr, s.obj, s.objType)
		}
	}
	if name == "__class__" {
		return Obj(SuperType), nil
	}
	return Null, newAttributeError(sprintf("'super' object has no attribute '%s'", name))
}
