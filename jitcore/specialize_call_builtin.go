package jitcore

import "jitlens/jitcore/pystr"

// Direct forms of the hottest built-in calls.
//
// CALL_BUILTIN already calls the Go function of one built-in with the
// arguments as a slice of the value stack, but every call still goes
// through the generic entry point: the closure, the argument-count and
// keyword checks, the receiver's unwrapping for subclasses. For a few
// built-ins that loops call millions of times (len(x), list.append(v),
// dict.get(k, d), str.lower(), str.strip(chars), str.split()) the
// specializer records which one the site calls (specEntry.fast); the
// specialized CALL then does the work here when the operands are the
// exact types and argument counts the direct form handles, and calls the
// generic entry point otherwise (a subclass receiver, a wrong count, a
// non-str argument), which raises CPython's errors. The guard on the
// callee itself stays CALL_BUILTIN's: a rebound len or another method is
// another object and puts the generic CALL back.

// Direct call kinds (specEntry.fast); 0 is none.
const (
	fastNone uint8 = iota
	fastLen
	fastListAppend
	fastDictGet
	fastStrLower
	fastStrStrip
	fastStrSplit
)

// fastBuiltinKind returns the direct form of built-in b, or fastNone. len
// is recognised as the interpreter's own: the builtins entry named len
// that is still the object the call site calls.
func (vm *VM) fastBuiltinKind(b *Builtin) uint8 {
	if b.self.k != kNull {
		return fastNone
	}
	if !b.descr {
		if b.name == "len" {
			if v, ok := vm.builtins.getStr("len"); ok && v.k == kObj && v.o == b {
				return fastLen
			}
		}
		return fastNone
	}
	switch {
	case typeMethodIs(ListType, "append", b):
		return fastListAppend
	case typeMethodIs(DictType, "get", b):
		return fastDictGet
	case typeMethodIs(StrType, "lower", b):
		return fastStrLower
	case typeMethodIs(StrType, "strip", b):
		return fastStrStrip
	case typeMethodIs(StrType, "split", b):
		return fastStrSplit
	}
	return fastNone
}

// typeMethodIs reports whether b is the method name of built-in type t
// (whose dict user code cannot change).
func typeMethodIs(t *Type, name string, b *Builtin) bool {
	v, ok := t.Dict.getStr(name)
	return ok && v.k == kObj && v.o == b
}

// callFastBuiltin runs the direct form kind on args (the receiver first
// for methods). done is false when the operands are not the ones the
// direct form handles: the caller runs the built-in's generic entry.
func (vm *VM) callFastBuiltin(kind uint8, args []Value) (r Value, done bool, err error) {
	if len(args) == 0 || args[0].k != kObj {
		return Null, false, nil
	}
	switch kind {
	case fastLen:
		if len(args) != 1 {
			return Null, false, nil
		}
		switch c := args[0].o.(type) {
		case *List:
			return Int(int64(c.length())), true, nil
		case *strObj:
			return Int(int64(c.length())), true, nil
		case *Dict:
			return Int(int64(c.used)), true, nil
		case *Tuple:
			return Int(int64(len(c.items))), true, nil
		}
	case fastListAppend:
		if l, ok := args[0].o.(*List); ok && len(args) == 2 {
			appendItem(l, args[1]) // list_grow.go
			return None, true, nil
		}
	case fastDictGet:
		d, ok := args[0].o.(*Dict)
		if !ok || len(args) < 2 || len(args) > 3 {
			return Null, false, nil
		}
		v, found, err := d.Get(vm, args[1])
		if err != nil {
			return Null, true, err
		}
		if found {
			return v, true, nil
		}
		if len(args) == 3 {
			return args[2], true, nil
		}
		return None, true, nil
	case fastStrLower:
		if src, ok := args[0].o.(*strObj); ok && len(args) == 1 {
			return caseMapped(src, lowerASCII(src)), true, nil
		}
	case fastStrStrip:
		src, ok := args[0].o.(*strObj)
		if !ok {
			return Null, false, nil
		}
		switch len(args) {
		case 1:
			return strResult(args[0], src, pystr.StripSpace(src.s)), true, nil
		case 2:
			if c, ok := args[1].o.(*strObj); ok && args[1].k == kObj {
				return strResult(args[0], src, pystr.Strip(src.s, c.s)), true, nil
			}
		}
	case fastStrSplit:
		if src, ok := args[0].o.(*strObj); ok && len(args) == 1 {
			return strPieces(src, true, pystr.SplitWhitespace(src.s, -1)), true, nil
		}
	}
	return Null, false, nil
}
