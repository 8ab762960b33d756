package jitcore

import (
	"fmt"
	"strings"

	bc "jitlens/jitcore/bytecode"
)

// call calls callable with positional arguments followed by keyword
// argument values named by kw. args may alias the caller's stack: callees
// copy what they keep.
func (vm *VM) call(callable Value, args []Value, kw []string) (Value, error) {
	if callable.k != kObj {
		return Null, typeErrorf("'%s' object is not callable", callable.Type().tpName())
	}
	if vm.interrupt.v.Load() != 0 {
		if err := vm.poll(vm.frame, vm.frame.lasti); err != nil {
			return Null, err
		}
	}
	switch fn := callable.o.(type) {
	case *Function:
		return vm.callFunction(fn, args, kw)
	case *Builtin:
		if fn.self.k != kNull {
			full := make([]Value, len(args)+1)
			full[0] = fn.self
			copy(full[1:], args)
			return fn.fn(vm, full, kw)
		}
		if fn.owner != nil {
			if err := fn.checkReceiver(args, kw); err != nil {
				return Null, err
			}
		}
		return fn.fn(vm, args, kw)
	case *Method:
		return vm.callWithSelf(fn.fn, fn.self, args, kw)
	case *StaticMethod:
		// staticmethod objects are callable since Python 3.10
		return vm.call(fn.fn, args, kw)
	case *Type:
		// a metaclass's own __call__ (enum's Color(1)), hook for stdlib B
		if fn.meta != nil {
			if c, ok := fn.meta.lookup("__call__"); ok && c.k == kObj {
				if _, user := c.o.(*Function); user {
					return vm.callWithSelf(c, callable, args, kw)
				}
			}
		}
		return vm.callType(fn, args, kw)
	}
	call, ok := callable.Type().lookupSpecial("__call__")
	if !ok {
		return Null, typeErrorf("'%s' object is not callable", callable.Type().tpName())
	}
	full := make([]Value, len(args)+1)
	full[0] = callable
	copy(full[1:], args)
	return vm.call(call, full, kw)
}

// callEx implements f(*args, **kwargs).
func (vm *VM) callEx(callable, argsv Value, kwargs *Dict) (Value, error) {
	t, ok := asTuple(argsv)
	if !ok {
		items, err := vm.toSlice(argsv)
		if err != nil {
			return Null, err
		}
		t = &Tuple{items}
	}
	args := append([]Value(nil), t.items...)
	var kw []string
	if kwargs != nil {
		for _, e := range kwargs.items() {
			name, ok := asStr(e.key)
			if !ok {
				return Null, typeErrorf("keywords must be strings")
			}
			kw = append(kw, name)
			args = append(args, e.val)
		}
	}
	return vm.call(callable, args, kw)
}

// callWithSelf calls fn(self, *args) without building a new argument
// slice when fn is a plain Python function.
func (vm *VM) callWithSelf(fn Value, self Value, args []Value, kw []string) (Value, error) {
	if f, ok := fn.o.(*Function); ok && fn.k == kObj && len(kw) == 0 {
		code := f.code
		if len(args)+1 == code.ArgCount && code.Flags&(bc.FlagVarargs|bc.FlagVarkw|bc.FlagGenerator) == 0 && code.KwOnlyCount == 0 {
			return vm.callFunctionSelf(f, self, args)
		}
	}
	full := make([]Value, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	return vm.call(fn, full, kw)
}

// callFunctionSelf is callFunction for the common exact-arity method call.
func (vm *VM) callFunctionSelf(fn *Function, self Value, args []Value) (Value, error) {
	code := fn.code
	n := len(code.VarNames) + code.StackSize
	var f *Frame
	mark := -1
	if vm.slabTop+n <= len(vm.slab) && len(vm.framePool) > 0 {
		f = vm.framePool[len(vm.framePool)-1]
		vm.framePool = vm.framePool[:len(vm.framePool)-1]
		mark = vm.slabTop
		s := vm.slab[mark : mark+n : mark+n]
		clear(s[:len(code.VarNames)]) // unbound locals; see callFunction for the value stack
		vm.slabTop += n
		f.reuse(code, fn, s)
	} else {
		f = &Frame{code: code, rt: fn.rt, fn: fn, globals: fn.globals, s: make([]Value, n)}
	}
	f.sp = len(code.VarNames)
	f.s[0] = self
	copy(f.s[1:], args)
	if len(code.CellVars)+len(code.FreeVars) > 0 {
		vm.makeCells(f, fn)
	}
	r, err := vm.runFrame(f)
	if mark >= 0 {
		vm.slabTop = mark
		f.cells, f.blocks, f.s = nil, f.blocks[:0], nil
		vm.framePool = append(vm.framePool, f)
	}
	return r, err
}

func (vm *VM) makeCells(f *Frame, fn *Function) {
	code := fn.code
	f.cells = make([]*Cell, len(code.CellVars)+len(code.FreeVars))
	for i := range code.CellVars {
		c := &Cell{}
		if a := code.Cell2Arg[i]; a >= 0 {
			c.v = f.s[a]
		}
		f.cells[i] = c
	}
	copy(f.cells[len(code.CellVars):], fn.closure)
}

// callFunction runs a Python function.
func (vm *VM) callFunction(fn *Function, args []Value, kw []string) (Value, error) {
	code := fn.code
	isGen := code.Flags&bc.FlagGenerator != 0
	var f *Frame
	mark := -1
	n := len(code.VarNames) + code.StackSize
	if !isGen && vm.slabTop+n <= len(vm.slab) && len(vm.framePool) > 0 {
		// frames of plain calls live on the VM's value stack and are reused
		f = vm.framePool[len(vm.framePool)-1]
		vm.framePool = vm.framePool[:len(vm.framePool)-1]
		mark = vm.slabTop
		s := vm.slab[mark : mark+n : mark+n]
		// only the locals must start unbound: the value stack above them
		// is written before it is read, and frames leave it cleared
		// anyway (every pop stores Null, unwinding clears the rest)
		clear(s[:len(code.VarNames)])
		vm.slabTop += n
		f.reuse(code, fn, s)
	} else {
		f = &Frame{code: code, rt: fn.rt, fn: fn, globals: fn.globals}
		f.s = make([]Value, n)
	}
	f.sp = len(code.VarNames)
	if len(kw) == 0 && len(args) == code.ArgCount && code.Flags&(bc.FlagVarargs|bc.FlagVarkw) == 0 && code.KwOnlyCount == 0 {
		copy(f.s, args)
	} else if err := vm.bindArgs(fn, f.s, args, kw); err != nil {
		if mark >= 0 {
			vm.slabTop = mark
			vm.framePool = append(vm.framePool, f)
		}
		return Null, err
	}
	if len(code.CellVars)+len(code.FreeVars) > 0 {
		f.cells = make([]*Cell, len(code.CellVars)+len(code.FreeVars))
		for i := range code.CellVars {
			c := &Cell{}
			if a := code.Cell2Arg[i]; a >= 0 {
				c.v = f.s[a]
			}
			f.cells[i] = c
		}
		copy(f.cells[len(code.CellVars):], fn.closure)
	}
	if isGen {
		return Obj(newGenerator(f, fn)), nil
	}
	r, err := vm.runFrame(f)
	if mark >= 0 {
		vm.slabTop = mark
		f.cells, f.blocks, f.s = nil, f.blocks[:0], nil
		vm.framePool = append(vm.framePool, f)
	}
	return r, err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// bindArgs places arguments into the parameter slots with CPython's rules
// and error messages.
func (vm *VM) bindArgs(fn *Function, slots []Value, args []Value, kw []string) error {
	code := fn.code
	npos := len(args) - len(kw)
	nparams := code.ArgCount
	name := fn.qualname
	total := nparams + code.KwOnlyCount
	varargsSlot, kwSlot := -1, -1
	idx := total
	if code.Flags&bc.FlagVarargs != 0 {
		varargsSlot = idx
		idx++
	}
	if code.Flags&bc.FlagVarkw != 0 {
		kwSlot = idx
	}
	var kwdict *Dict
	if kwSlot >= 0 {
		kwdict = NewDict()
		slots[kwSlot] = Obj(kwdict)
	}
	n := npos
	if n > nparams {
		n = nparams
	}
	copy(slots, args[:n])
	if varargsSlot >= 0 {
		extra := make([]Value, 0)
		if npos > nparams {
			extra = append(extra, args[nparams:npos]...)
		}
		slots[varargsSlot] = NewTuple(extra...)
	} else if npos > nparams {
		ndef := len(fn.defaults)
		given := fmt.Sprintf("%d", nparams)
		if ndef > 0 {
			given = fmt.Sprintf("from %d to %d", nparams-ndef, nparams)
		}
		kwgiven := 0
		for i, k := range kw {
			_ = i
			for j := nparams; j < total; j++ {
				if code.VarNames[j] == k {
					kwgiven++
				}
			}
		}
		if kwgiven > 0 {
			return typeErrorf("%s() takes %s positional %s but %d positional %s (and %d keyword-only %s) were given",
				name, given, plural(nparams, "argument", "arguments"), npos, plural(npos, "argument", "arguments"), kwgiven, plural(kwgiven, "argument", "arguments"))
		}
		word := plural(nparams, "argument", "arguments")
		if ndef > 0 {
			word = "arguments"
		}
		return typeErrorf("%s() takes %s positional %s but %d %s given", name, given, word, npos, plural(npos, "was", "were"))
	}
	var posAsKw []string
	for i, k := range kw {
		v := args[npos+i]
		found := -1
		for j := code.PosOnlyCount; j < total; j++ {
			if code.VarNames[j] == k {
				found = j
				break
			}
		}
		if found < 0 {
			isPosOnly := false
			for j := 0; j < code.PosOnlyCount; j++ {
				if code.VarNames[j] == k {
					isPosOnly = true
				}
			}
			if kwdict != nil {
				kwdict.setStr(k, v)
				continue
			}
			if isPosOnly {
				posAsKw = append(posAsKw, k)
				continue
			}
			return typeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
		if slots[found].k != kNull {
			return typeErrorf("%s() got multiple values for argument '%s'", name, k)
		}
		slots[found] = v
	}
	if len(posAsKw) > 0 {
		return typeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posAsKw, ", "))
	}
	// defaults
	ndef := len(fn.defaults)
	var missing []string
	for j := 0; j < nparams; j++ {
		if slots[j].k == kNull {
			if d := j - (nparams - ndef); d >= 0 {
				slots[j] = fn.defaults[d]
			} else {
				missing = append(missing, code.VarNames[j])
			}
		}
	}
	if len(missing) > 0 {
		return typeErrorf("%s() missing %d required positional %s: %s", name, len(missing), plural(len(missing), "argument", "arguments"), quoteList(missing))
	}
	for j := nparams; j < total; j++ {
		if slots[j].k == kNull {
			if fn.kwdefaults != nil {
				if v, ok := fn.kwdefaults.getStr(code.VarNames[j]); ok {
					slots[j] = v
					continue
				}
			}
			missing = append(missing, code.VarNames[j])
		}
	}
	if len(missing) > 0 {
		return typeErrorf("%s() missing %d required keyword-only %s: %s", name, len(missing), plural(len(missing), "argument", "arguments"), quoteList(missing))
	}
	return nil
}

// makeFunction implements MAKE_FUNCTION.
func (vm *VM) makeFunction(f *Frame, s []Value, sp int, flags int) (*Function, int) {
	sp--
	qual := s[sp].o.(*strObj).s
	sp--
	code := s[sp].o.(*codeObj).code
	s[sp], s[sp+1] = Null, Null
	fn := &Function{code: code, rt: vm.runtimeOf(code), globals: f.globals, name: code.Name, qualname: qual}
	if code.Docstring != nil {
		fn.doc = Str(code.Docstring.(string))
	} else {
		fn.doc = None
	}
	if m, ok := f.globals.getStr("__name__"); ok {
		fn.module = m
	}
	if flags&bc.FuncClosure != 0 {
		sp--
		t := s[sp].o.(*Tuple)
		fn.closure = make([]*Cell, len(t.items))
		for i, c := range t.items {
			fn.closure[i] = c.o.(*Cell)
		}
		s[sp] = Null
	}
	if flags&bc.FuncAnnotations != 0 {
		sp--
		fn.annotations = s[sp]
		s[sp] = Null
	}
	if flags&bc.FuncKwDefaults != 0 {
		sp--
		fn.kwdefaults = s[sp].o.(*Dict)
		s[sp] = Null
	}
	if flags&bc.FuncDefaults != 0 {
		sp--
		fn.defaults = s[sp].o.(*Tuple).items
		s[sp] = Null
	}
	return fn, sp
}

// callType instantiates a class (type.__call__).
func (vm *VM) callType(t *Type, args []Value, kw []string) (Value, error) {
	if t == TypeType && len(args) == 1 && len(kw) == 0 {
		return Obj(args[0].Type()), nil
	}
	if t.builtin && t.newFn != nil {
		return t.newFn(vm, t, args, kw)
	}
	if t.builtin && !t.exc {
		return Null, typeErrorf("cannot create '%s' instances", t.Name)
	}
	// user class (or built-in exception class)
	newFn, _ := t.lookupSpecial("__new__")
	var obj Value
	var err error
	if newFn.k == kObj && newFn.o != objectNew {
		full := make([]Value, len(args)+1)
		full[0] = Obj(t)
		copy(full[1:], args)
		fnv := newFn
		if sm, ok := newFn.o.(*StaticMethod); ok {
			fnv = sm.fn
		}
		obj, err = vm.call(fnv, full, kw)
		if err != nil {
			return Null, err
		}
		if !obj.Type().isSubtype(t) {
			return obj, nil
		}
	} else {
		obj, err = vm.allocInstance(t, args, kw)
		if err != nil {
			return Null, err
		}
	}
	initFn, _ := t.lookupSpecial("__init__")
	if initFn.k == kObj && initFn.o != objectInit {
		r, err := vm.callWithSelf(initFn, obj, args, kw)
		if err != nil {
			return Null, err
		}
		if !r.IsNone() {
			return Null, typeErrorf("__init__() should return None, not '%s'", r.Type().tpName())
		}
	} else if (len(args) > 0 || len(kw) > 0) && (newFn.k != kObj || newFn.o == objectNew) && !t.exc && t.base == ObjectType {
		return Null, typeErrorf("%s() takes no arguments", t.Name)
	}
	return obj, nil
}

// allocInstance creates a bare instance of user class t (object.__new__).
func (vm *VM) allocInstance(t *Type, args []Value, kw []string) (Value, error) {
	if t.exc {
		e := &Exception{cls: t, args: append([]Value(nil), args[:len(args)-len(kw)]...)}
		if !t.builtin || t.hasDict {
			e.dict = NewDict()
		}
		if t.isSubtype(OSErrorType) {
			initOSError(e)
		}
		return Obj(e), nil
	}
	in := newInstance(t)
	if t.base != ObjectType && t.base.newFn != nil {
		if t.base == ListType || t.base == DictType || t.base == SetType || t.base == ByteArrayType {
			args, kw = nil, nil
		}
		b, err := t.base.newFn(vm, t.base, args, kw)
		if err != nil {
			return Null, err
		}
		in.base = b
	}
	return Obj(in), nil
}

// callOperands reads a CALL of n arguments off the stack below sp: the
// callable and its arguments. Below them is either NULL and the callable
// (a plain call) or the callable and self (a method call, self counted as
// the first argument).
func callOperands(s []Value, sp, n int) (Value, []Value) {
	if c := s[sp-n-2]; c.k != kNull {
		return c, s[sp-n-1 : sp]
	}
	return s[sp-n-1], s[sp-n : sp]
}

// checkReceiver is CPython's check of a method descriptor called unbound
// (`list.append(x, 1)`): the first argument must be an instance of the
// method's type.
func (b *Builtin) checkReceiver(args []Value, kw []string) error {
	if len(args) == len(kw) {
		if !b.plainMethod() {
			return nil
		}
		return typeErrorf("unbound method %s() needs an argument", b.qual)
	}
	if t := args[0].Type(); t != b.owner && !t.isSubtype(b.owner) && b.plainMethod() {
		return typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.name, b.owner.tpName(), t.tpName())
	}
	return nil
}

// plainMethod reports whether b is an instance method of its type: still
// in the type's dict as itself (not wrapped as a staticmethod or
// classmethod) and not one of the methods Python treats as class methods
// implicitly.
func (b *Builtin) plainMethod() bool {
	switch b.name {
	case "__new__", "__class_getitem__", "__init_subclass__", "__subclasshook__":
		return false
	}
	v, ok := b.owner.Dict.getStr(b.name)
	return ok && v.o == Object(b)
}
