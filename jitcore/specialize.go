package jitcore

import (
	"fmt"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// Adaptive specialization, in the spirit of CPython 3.11's PEP 659.
//
// The interpreter runs a private copy of each code object's instructions
// (codeRT.quick), so that the native tier, the skid sampler and the
// disassembler keep seeing the generic bytecode in bc.Code.Instrs. A
// specializable generic instruction counts down its entry's wait; at zero
// the specializer looks at the operands on the stack and either rewrites
// the instruction in the copy into a specialized form (an opcode of this
// file, above the generic ones) or records why it could not, with the
// instruction's source span, and waits exponentially longer before the
// next attempt. A specialized form checks its assumption (a guard) on
// every execution; when the guess stops holding it puts the generic form
// back and runs it, so results never differ. An instruction whose guard
// keeps failing (several types, several call targets) is recorded as a
// failure too.

// Specialized opcodes. They live only in codeRT.quick, never in bc.Code.
const (
	opBinaryInt          bc.Opcode = 160 + iota // BINARY_OP on two small ints
	opBinaryFloat                               // BINARY_OP on two floats
	opBinaryStrAdd                              // str + str
	opCompareInt                                // COMPARE_OP on two small ints
	opCompareFloat                              // COMPARE_OP on two floats
	opCompareStr                                // COMPARE_OP on two strs
	opSubscrList                                // list[int]
	opSubscrTuple                               // tuple[int]
	opSubscrDict                                // dict[key]
	opSubscrStr                                 // str[int]
	opForIterRange                              // FOR_ITER over a range
	opForIterList                               // FOR_ITER over a list
	opLoadAttrInstance                          // attribute in the instance dict
	opLoadAttrSlot                              // __slots__ attribute
	opLoadAttrModule                            // module attribute
	opLoadAttrClass                             // attribute of a class object
	opLoadMethodInstance                        // Python method of a user class
	opLoadMethodBuiltin                         // method of a built-in type
	opLoadMethodModule                          // module function
	opLoadMethodClass                           // function of a class object
	opLoadGlobalModule                          // a global: its entry in the module's dict
	opLoadGlobalBuiltin                         // a builtin the module does not shadow
	opCallPy                                    // one Python function
	opCallBuiltin                               // one built-in function or method
	opCallBuiltinType                           // a built-in type (range, int, str...)
	opCallClass                                 // a user class with a Python __init__
	opStoreAttrInstance                         // attribute of the instance dict
	opStoreAttrSlot                             // __slots__ attribute
	opSpecEnd
)

var specOpNames = [...]string{
	"BINARY_OP_INT", "BINARY_OP_FLOAT", "BINARY_OP_ADD_STR", "COMPARE_OP_INT", "COMPARE_OP_FLOAT",
	"COMPARE_OP_STR", "BINARY_SUBSCR_LIST", "BINARY_SUBSCR_TUPLE", "BINARY_SUBSCR_DICT",
	"BINARY_SUBSCR_STR", "FOR_ITER_RANGE", "FOR_ITER_LIST", "LOAD_ATTR_INSTANCE", "LOAD_ATTR_SLOT",
	"LOAD_ATTR_MODULE", "LOAD_ATTR_CLASS", "LOAD_METHOD_INSTANCE", "LOAD_METHOD_BUILTIN",
	"LOAD_METHOD_MODULE", "LOAD_METHOD_CLASS", "LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN", "CALL_PY", "CALL_BUILTIN",
	"CALL_BUILTIN_TYPE", "CALL_CLASS", "STORE_ATTR_INSTANCE", "STORE_ATTR_SLOT",
}

// specOpName names a specialized opcode (for tests and debugging).
func specOpName(op bc.Opcode) string {
	if op >= opBinaryInt && op < opSpecEnd {
		return specOpNames[op-opBinaryInt]
	}
	return op.String()
}

// specGeneric maps a specialized opcode back to its generic form.
func specGeneric(op bc.Opcode) bc.Opcode {
	switch op {
	case opBinaryInt, opBinaryFloat, opBinaryStrAdd:
		return bc.BINARY_OP
	case opCompareInt, opCompareFloat, opCompareStr:
		return bc.COMPARE_OP
	case opSubscrList, opSubscrTuple, opSubscrDict, opSubscrStr:
		return bc.BINARY_SUBSCR
	case opForIterRange, opForIterList:
		return bc.FOR_ITER
	case opLoadAttrInstance, opLoadAttrSlot, opLoadAttrModule, opLoadAttrClass:
		return bc.LOAD_ATTR
	case opLoadMethodInstance, opLoadMethodBuiltin, opLoadMethodModule, opLoadMethodClass:
		return bc.LOAD_METHOD
	case opLoadGlobalModule, opLoadGlobalBuiltin:
		return bc.LOAD_GLOBAL
	case opCallPy, opCallBuiltin, opCallBuiltinType, opCallClass:
		return bc.CALL
	case opStoreAttrInstance, opStoreAttrSlot:
		return bc.STORE_ATTR
	}
	return op
}

// Tuning of the adaptive counters.
const (
	specWarmup     = 7  // executions of a generic instruction before its first attempt
	specBackoffMin = 4  // after a failure, wait 2^backoff executions...
	specBackoffMax = 12 // ...doubling up to this
	specMaxDeopts  = 4  // guard failures before a site counts as polymorphic
)

// specEntry is the adaptive state of one instruction; the values the
// specialized form checks are kept here and in the instruction's
// attrCache (rt.caches), which the generic paths fill too.
type specEntry struct {
	wait    uint16 // executions of the generic form left before the next attempt
	backoff uint8
	deopts  uint8  // guard failures since the last recorded failure
	t       *Type  // the type specialized on (receiver, operand, class called)
	prev    *Type  // the receiver type that last failed the guard (attribute loads)
	ver     uint64 // its version, or the module dict's
	fn      *Function
	bi      *Builtin
	mod     *Module
	v       Value // the cached attribute, method or global
	pos     int   // slot index
	h       int64 // hash of the method's name (LOAD_METHOD_INSTANCE's shadowing check)
	fast    uint8 // CALL_BUILTIN's direct form (specialize_call_builtin.go), or fastNone
}

// specState is a VM's specializer.
type specState struct {
	off   bool // generic instructions only (tests compare both ways)
	log   *JITLog
	stats specStats
}

// specStats counts specializations and guard failures by specialized
// opcode, for tests.
type specStats struct {
	specialized, deopts [256]int
}

// initSpecialization sets where failed specializations are recorded: the
// JIT options' log (given even when the JIT is off), else the JIT's own.
func (vm *VM) initSpecialization(opts *JITOptions) {
	switch {
	case opts != nil && opts.Log != nil:
		vm.spec.log = opts.Log
	case vm.jit != nil:
		vm.spec.log = vm.jit.log
	default:
		vm.spec.log = &JITLog{}
	}
}

// SpecializationLog returns the log holding the run's failed
// specializations (the JIT's log when the JIT is on).
func (vm *VM) SpecializationLog() *JITLog { return vm.spec.log }

// quickInstrs returns the instructions f runs: the code's specializable
// copy, made at the first run.
func quickInstrs(f *Frame) []bc.Instr {
	if q := f.rt.quick; q != nil {
		return q
	}
	return quicken(f.rt, f.code)
}

// quicken makes the specializable copy of code's instructions.
func quicken(rt *codeRT, code *bc.Code) []bc.Instr {
	rt.quick = append([]bc.Instr(nil), code.Instrs...)
	rt.spec = make([]specEntry, len(code.Instrs))
	for i := range rt.spec {
		rt.spec[i].wait = specWarmup
		rt.spec[i].backoff = specBackoffMin
	}
	return rt.quick
}

// specFailed records a failed attempt at pc and backs off.
func (vm *VM) specFailed(f *Frame, pc int, reason string) {
	e := &f.rt.spec[pc]
	e.wait = 1<<e.backoff - 1
	if e.backoff < specBackoffMax {
		e.backoff++
	}
	e.deopts = 0
	if vm.spec.log != nil {
		vm.spec.log.specFailure(f.code, pc, specLabel(f.code, pc)+": "+reason)
	}
}

// specialized rewrites pc into op. The backoff stays: a site that keeps
// losing its specialization is tried less and less often.
func (vm *VM) specialized(f *Frame, pc int, op bc.Opcode) {
	f.rt.quick[pc].Op = op
	vm.spec.stats.specialized[op]++
}

// despecialize puts the generic form of the instruction at pc back (its
// guard failed) and returns pc, so that the interpreter runs it at once.
func (vm *VM) despecialize(rt *codeRT, pc int) int {
	in := &rt.quick[pc]
	vm.spec.stats.deopts[in.Op]++
	in.Op = specGeneric(in.Op)
	e := &rt.spec[pc]
	if e.deopts < 255 {
		e.deopts++
	}
	e.wait = 1<<e.backoff - 1
	return pc
}

// specLabel names the instruction at pc for a failure's kind, e.g.
// "BINARY_OP +" or "LOAD_ATTR .x".
func specLabel(code *bc.Code, pc int) string {
	in := code.Instrs[pc]
	switch in.Op {
	case bc.BINARY_OP:
		op := syntax.Operator(in.Arg & 15)
		if in.Arg >= bc.InplaceBase {
			return "BINARY_OP " + op.Symbol() + "="
		}
		return "BINARY_OP " + op.Symbol()
	case bc.COMPARE_OP:
		return "COMPARE_OP " + syntax.CmpOp(in.Arg).Symbol()
	case bc.LOAD_ATTR, bc.LOAD_METHOD, bc.STORE_ATTR:
		return in.Op.String() + " ." + code.Names[in.Arg]
	case bc.LOAD_GLOBAL:
		return "LOAD_GLOBAL " + code.Names[in.Arg]
	}
	return in.Op.String()
}

// typeDesc names the type of v for a failure's kind.
func typeDesc(v Value) string {
	if v.k == kObj {
		if _, ok := v.o.(*bigInt); ok {
			return "int (beyond 64 bits)"
		}
	}
	return v.Type().Name
}

// specialize tries to specialize the generic instruction at pc of f from
// the operands on its stack (s[:sp]); called when the entry's wait is 0.
func (vm *VM) specialize(f *Frame, pc int, sp int) {
	e := &f.rt.spec[pc]
	if vm.spec.off {
		e.wait = 1<<16 - 1
		return
	}
	if e.deopts >= specMaxDeopts {
		vm.specFailed(f, pc, polymorphicReason(f.code.Instrs[pc].Op, e, f.s, sp))
		return
	}
	s := f.s
	in := f.code.Instrs[pc]
	var reason string
	switch in.Op {
	case bc.BINARY_OP:
		reason = vm.specBinary(f, pc, in, s[sp-2], s[sp-1])
	case bc.COMPARE_OP:
		reason = vm.specCompare(f, pc, in, s[sp-2], s[sp-1])
	case bc.BINARY_SUBSCR:
		reason = vm.specSubscr(f, pc, s[sp-2], s[sp-1])
	case bc.FOR_ITER:
		reason = vm.specForIter(f, pc, s[sp-1])
	case bc.LOAD_ATTR:
		reason = vm.specLoadAttr(f, pc, s[sp-1], f.code.Names[in.Arg])
	case bc.LOAD_METHOD:
		reason = vm.specLoadMethod(f, pc, s[sp-1], f.code.Names[in.Arg])
	case bc.LOAD_GLOBAL:
		reason = vm.specLoadGlobal(f, pc, f.code.Names[in.Arg])
	case bc.STORE_ATTR:
		if x, ok := s[sp-1].o.(*Instance); !ok || s[sp-1].k != kObj || x.cls.builtin {
			// a module, a class object...: only instances of user
			// classes have specialized stores; nothing worth reporting
			e.wait = 1<<16 - 1
			return
		}
		reason = vm.specStoreAttr(f, pc, s[sp-1], f.code.Names[in.Arg])
	case bc.CALL:
		callable, args := callOperands(s, sp, int(in.Arg))
		reason = vm.specCall(f, pc, callable, len(args))
	default:
		e.wait = 1<<16 - 1
		return
	}
	if reason != "" {
		vm.specFailed(f, pc, reason)
	}
}

// polymorphicReason describes a site whose guard failed specMaxDeopts
// times: the type it was specialized on and the one it sees now.
func polymorphicReason(op bc.Opcode, e *specEntry, s []Value, sp int) string {
	was := "?"
	if e.t != nil {
		was = e.t.Name
	}
	switch op {
	case bc.CALL:
		return "several call targets"
	case bc.LOAD_GLOBAL:
		return "the module's globals or the builtins keep changing"
	case bc.BINARY_OP, bc.COMPARE_OP:
		return fmt.Sprintf("operand types change: %s, then %s and %s", was, typeDesc(s[sp-2]), typeDesc(s[sp-1]))
	case bc.FOR_ITER:
		return fmt.Sprintf("several iterator types: %s and %s", was, typeDesc(s[sp-1]))
	case bc.BINARY_SUBSCR:
		return fmt.Sprintf("several container types: %s and %s", was, typeDesc(s[sp-2]))
	}
	now := typeDesc(s[sp-1])
	if was == now && e.prev != nil {
		was = e.prev.Name
	}
	if was == now {
		return fmt.Sprintf("the class %s keeps changing, or the attribute moves", now)
	}
	return fmt.Sprintf("several receiver types: %s and %s", was, now)
}

func (vm *VM) specBinary(f *Frame, pc int, in bc.Instr, a, b Value) string {
	e := &f.rt.spec[pc]
	switch {
	case a.k == kInt && b.k == kInt:
		e.t = IntType
		vm.specialized(f, pc, opBinaryInt)
		return ""
	case a.k == kFloat && b.k == kFloat:
		e.t = FloatType
		vm.specialized(f, pc, opBinaryFloat)
		return ""
	}
	if _, ok := a.o.(*strObj); ok && a.k == kObj {
		if _, ok := b.o.(*strObj); ok && b.k == kObj && syntax.Operator(in.Arg&15) == syntax.Add {
			e.t = StrType
			vm.specialized(f, pc, opBinaryStrAdd)
			return ""
		}
	}
	return operandsReason(a, b)
}

// operandsReason says why a binary operation or comparison on a and b
// was not specialized.
func operandsReason(a, b Value) string {
	if a.Type() != b.Type() {
		return fmt.Sprintf("operands of different types: %s and %s", typeDesc(a), typeDesc(b))
	}
	if d := typeDesc(a); d != a.Type().Name {
		return "unsupported type: " + d
	}
	return "unsupported type: " + typeDesc(b)
}

func (vm *VM) specCompare(f *Frame, pc int, in bc.Instr, a, b Value) string {
	e := &f.rt.spec[pc]
	switch {
	case a.k == kInt && b.k == kInt:
		e.t = IntType
		vm.specialized(f, pc, opCompareInt)
		return ""
	case a.k == kFloat && b.k == kFloat:
		e.t = FloatType
		vm.specialized(f, pc, opCompareFloat)
		return ""
	}
	if _, ok := a.o.(*strObj); ok && a.k == kObj {
		if _, ok := b.o.(*strObj); ok && b.k == kObj && syntax.CmpOp(in.Arg) <= syntax.GtE {
			e.t = StrType
			vm.specialized(f, pc, opCompareStr)
			return ""
		}
	}
	return operandsReason(a, b)
}

func (vm *VM) specSubscr(f *Frame, pc int, o, k Value) string {
	e := &f.rt.spec[pc]
	if o.k == kObj {
		switch o.o.(type) {
		case *Dict:
			e.t = DictType
			vm.specialized(f, pc, opSubscrDict)
			return ""
		case *List, *Tuple, *strObj:
			if k.k != kInt {
				return fmt.Sprintf("unsupported index: %s[%s]", typeDesc(o), typeDesc(k))
			}
			switch o.o.(type) {
			case *List:
				e.t = ListType
				vm.specialized(f, pc, opSubscrList)
			case *Tuple:
				e.t = TupleType
				vm.specialized(f, pc, opSubscrTuple)
			default:
				e.t = StrType
				vm.specialized(f, pc, opSubscrStr)
			}
			return ""
		}
	}
	return "unsupported type: " + typeDesc(o)
}

func (vm *VM) specForIter(f *Frame, pc int, it Value) string {
	e := &f.rt.spec[pc]
	switch it.o.(type) {
	case *rangeIter:
		e.t = rangeIterType
		vm.specialized(f, pc, opForIterRange)
		return ""
	case *listIter:
		e.t = it.o.pyType()
		vm.specialized(f, pc, opForIterList)
		return ""
	}
	return "unsupported iterator: " + typeDesc(it)
}

// classAttrCacheable reports whether a class attribute can be cached as
// the result of loading it from the class object: a plain function or a
// value that is no descriptor.
func classAttrCacheable(v Value) bool {
	switch v.k {
	case kNone, kBool, kInt, kFloat:
		return true
	case kObj:
		switch v.o.(type) {
		case *Function, *strObj, *Tuple, *bigInt:
			return true
		}
	}
	return false
}

// specClassObject specializes an attribute load on a class object;
// method says whether the instruction is LOAD_METHOD.
func (vm *VM) specClassObject(f *Frame, pc int, t *Type, name string, op bc.Opcode) string {
	if t.builtin {
		return "attribute of a built-in type: " + t.Name
	}
	if t.meta != nil {
		return "class with a metaclass: " + t.Name
	}
	if len(name) > 1 && name[0] == '_' && name[1] == '_' {
		return "special attribute of a class"
	}
	if t.version == 0 {
		return "class without a version: " + t.Name
	}
	v, ok := t.lookup(name)
	if !ok {
		return "attribute not on the class"
	}
	if !classAttrCacheable(v) {
		return fmt.Sprintf("class attribute is a %s", v.Type().Name)
	}
	e := &f.rt.spec[pc]
	e.t, e.ver, e.v = t, t.version, v
	vm.specialized(f, pc, op)
	return ""
}

func (vm *VM) specModule(f *Frame, pc int, m *Module, name string, op bc.Opcode) string {
	vm.beforeSysRead(m, name)
	v, ok := m.dict.getStr(name)
	if !ok {
		return "attribute not in the module"
	}
	uniqueVersion(m.dict)
	e := &f.rt.spec[pc]
	e.t, e.mod, e.ver, e.v = ModuleType, m, m.dict.version, v
	vm.specialized(f, pc, op)
	return ""
}

func (vm *VM) specLoadAttr(f *Frame, pc int, o Value, name string) string {
	if o.k != kObj {
		return "unsupported type: " + typeDesc(o)
	}
	switch x := o.o.(type) {
	case *Module:
		return vm.specModule(f, pc, x, name, opLoadAttrModule)
	case *Type:
		return vm.specClassObject(f, pc, x, name, opLoadAttrClass)
	case *Instance:
		t := x.cls
		if t.builtin {
			return "unsupported type: " + t.Name
		}
		if t.version == 0 {
			return "class without a version: " + t.Name
		}
		attr, plain := f.rt.caches[pc].classLookup(t, name, false)
		if !plain {
			if _, ok := attr.o.(*Property); ok && attr.k == kObj {
				return "attribute is a property"
			}
			return "class overrides attribute access or has a data descriptor"
		}
		e := &f.rt.spec[pc]
		if sd, ok := attr.o.(*slotDescr); ok && attr.k == kObj {
			e.t, e.ver, e.pos = t, t.version, sd.index
			vm.specialized(f, pc, opLoadAttrSlot)
			return ""
		}
		if x.dict != nil {
			if p := f.rt.caches[pc].dictPos(x.dict, name); p >= 0 {
				e.t, e.ver = t, t.version
				vm.specialized(f, pc, opLoadAttrInstance)
				return ""
			}
		}
		if attr.k == kNull {
			return "attribute missing"
		}
		if _, ok := attr.o.(*Function); ok && attr.k == kObj {
			return "method loaded as an attribute (a bound method is created)"
		}
		return "attribute not on the instance (found on the class)"
	}
	return "unsupported type: " + typeDesc(o)
}

func (vm *VM) specLoadMethod(f *Frame, pc int, o Value, name string) string {
	e := &f.rt.spec[pc]
	if o.k == kObj {
		switch x := o.o.(type) {
		case *Module:
			return vm.specModule(f, pc, x, name, opLoadMethodModule)
		case *Type:
			return vm.specClassObject(f, pc, x, name, opLoadMethodClass)
		case *Super, *mappingProxy:
			return "unsupported type: " + typeDesc(o)
		case *Instance:
			t := x.cls
			if !t.builtin {
				if t.version == 0 {
					return "class without a version: " + t.Name
				}
				attr, plain := f.rt.caches[pc].classLookup(t, name, false)
				if !plain {
					return "class overrides attribute access or has a data descriptor"
				}
				if _, ok := attr.o.(*Function); !ok || attr.k != kObj {
					if attr.k == kNull {
						return "attribute not on the class"
					}
					return fmt.Sprintf("class attribute is a %s, not a function", attr.Type().Name)
				}
				if x.dict != nil {
					if _, ok := x.dict.getStr(name); ok {
						return "method shadowed by an instance attribute"
					}
				}
				e.t, e.ver, e.v, e.h = t, t.version, attr, hashString(name)
				vm.specialized(f, pc, opLoadMethodInstance)
				return ""
			}
		}
	}
	t := o.Type()
	if !t.builtin || t == TypeType || t == ModuleType {
		return "unsupported type: " + typeDesc(o)
	}
	attr, found := t.lookup(name)
	if !found {
		return "attribute not on the type"
	}
	if b, ok := attr.o.(*Builtin); ok && attr.k == kObj && b.self.k == kNull {
		e.t, e.ver, e.v = t, t.version, attr
		vm.specialized(f, pc, opLoadMethodBuiltin)
		return ""
	}
	return fmt.Sprintf("%s attribute is a %s, not a method", t.Name, attr.Type().Name)
}

// specLoadGlobal specializes a global load on where the name is found:
// an entry of the module's dict, read live, so that rebinding the global
// (or any other) keeps the specialization, as CPython's keys versions do;
// or an entry of the builtins while the module's dict lacks the name.
func (vm *VM) specLoadGlobal(f *Frame, pc int, name string) string {
	e := &f.rt.spec[pc]
	uniqueVersion(f.globals)
	if p := f.globals.strPos(name); p >= 0 {
		e.pos, e.t, e.v, e.ver = p, ModuleType, f.globals.entries[p].val, f.globals.version
		vm.specialized(f, pc, opLoadGlobalModule)
		return ""
	}
	if vm.builtinsOf(f.globals) != vm.builtins {
		return "the module has its own __builtins__"
	}
	p := vm.builtins.strPos(name)
	if p < 0 {
		return "name not defined"
	}
	// e.v keeps the entry's key object: the guard compares pointers
	e.pos, e.ver, e.t, e.v = p, f.globals.version, BuiltinType, vm.builtins.entries[p].key
	vm.specialized(f, pc, opLoadGlobalBuiltin)
	return ""
}

// uniqueVersion gives d a version no other dict has, for the guards that
// compare versions: a dict filled without touch() may still have 0.
func uniqueVersion(d *Dict) {
	if d.version == 0 {
		d.touch()
	}
}

// loadBuiltinSpecialized is LOAD_GLOBAL specialized on a builtin: the
// builtins entry while the module's dict still lacks the name. ok is
// false when the guess no longer holds.
func (vm *VM) loadBuiltinSpecialized(f *Frame, e *specEntry, name string) (Value, bool) {
	if e.ver != f.globals.version { // the module changed: is the name still not there?
		if f.globals.strPos(name) >= 0 || vm.builtinsOf(f.globals) != vm.builtins {
			return Null, false
		}
		e.ver = f.globals.version
	}
	// the entry still holds the key object found at specialization: the
	// same entry (a deleted or moved name leaves Null or another key)
	b := vm.builtins
	if e.pos >= len(b.entries) {
		return Null, false
	}
	ent := &b.entries[e.pos]
	key, _ := ent.key.o.(*strObj) // concrete pointers: no runtime interface comparison
	if want, _ := e.v.o.(*strObj); key == nil || key != want {
		return Null, false
	}
	return ent.val, true
}

func (vm *VM) specCall(f *Frame, pc int, callable Value, nargs int) string {
	e := &f.rt.spec[pc]
	if callable.k != kObj {
		return "unsupported callable: " + typeDesc(callable)
	}
	switch x := callable.o.(type) {
	case *Function:
		e.fn, e.t = x, FunctionType
		vm.specialized(f, pc, opCallPy)
		return ""
	case *Builtin:
		if x.self.k != kNull {
			return "bound built-in method object"
		}
		e.bi, e.t, e.fast = x, BuiltinType, vm.fastBuiltinKind(x)
		vm.specialized(f, pc, opCallBuiltin)
		return ""
	case *Type:
		if x.builtin {
			if x == TypeType || x.newFn == nil || x.meta != nil {
				return "unsupported built-in type: " + x.Name
			}
			e.t = x
			vm.specialized(f, pc, opCallBuiltinType)
			return ""
		}
		return vm.specCallClass(f, pc, x, nargs)
	case *Method:
		return "bound method object (call it through its instance)"
	}
	return "unsupported callable: " + typeDesc(callable)
}

// specCallClass specializes a call to user class t with nargs positional
// arguments: object.__new__ then a plain Python __init__.
func (vm *VM) specCallClass(f *Frame, pc int, t *Type, nargs int) string {
	if t.meta != nil {
		return "class with a metaclass: " + t.Name
	}
	if t.exc || t.base != ObjectType {
		return "class derived from a built-in type: " + t.Name
	}
	if t.version == 0 {
		return "class without a version: " + t.Name
	}
	if nw, _ := t.lookupSpecial("__new__"); nw.k == kObj && nw.o != objectNew {
		return "class defines __new__"
	}
	init, _ := t.lookupSpecial("__init__")
	fn, ok := init.o.(*Function)
	if !ok || init.k != kObj {
		return "class without a Python __init__"
	}
	code := fn.code
	if nargs+1 != code.ArgCount || code.Flags&(bc.FlagVarargs|bc.FlagVarkw|bc.FlagGenerator) != 0 || code.KwOnlyCount != 0 {
		return "__init__ takes defaults, * or ** arguments"
	}
	e := &f.rt.spec[pc]
	e.t, e.ver, e.fn = t, t.version, fn
	vm.specialized(f, pc, opCallClass)
	return ""
}
