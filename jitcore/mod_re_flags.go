package jitcore

import "strconv"

// RegexFlag members in declaration order: a combined flag's repr lists
// them in this order.
var reFlagMembers = []struct {
	name string
	bit  int
}{
	{"ASCII", reASCII}, {"IGNORECASE", reIgnoreCase}, {"LOCALE", reLocale}, {"UNICODE", reUnicode},
	{"MULTILINE", reMultiline}, {"DOTALL", reDotAll}, {"VERBOSE", reVerbose}, {"TEMPLATE", reFlagTemplate},
	{"DEBUG", reDebug},
}

const reAllFlags = 511

// reRegexFlagType is re.RegexFlag, an int subclass whose values print as
// re.IGNORECASE|re.MULTILINE.
var reRegexFlagType = func() *Type {
	t := &Type{Name: "RegexFlag", QualName: "RegexFlag", Module: "re", Dict: NewDict(), base: IntType, Bases: []*Type{IntType}}
	t.MRO = append([]*Type{t}, IntType.MRO...)
	t.Dict.setStr("__module__", Str("re"))
	return t
}()

func reFlagValue(n int) Value {
	return Obj(&Instance{cls: reRegexFlagType, dict: NewDict(), base: Int(int64(n))})
}

func reFlagRepr(n int) string {
	if n == 0 {
		return "re.NOFLAG"
	}
	s := ""
	rest := n
	for _, f := range reFlagMembers {
		if n&f.bit != 0 {
			if s != "" {
				s += "|"
			}
			s += "re." + f.name
			rest &^= f.bit
		}
	}
	if rest != 0 {
		if s != "" {
			s += "|"
		}
		s += "0x" + strconv.FormatInt(int64(rest), 16)
	}
	return s
}

func init() {
	t := reRegexFlagType
	val := func(v Value) (int, bool) {
		if !v.isIntLike() {
			return 0, false
		}
		b := intBase(v)
		return int(b.n), b.k == kInt
	}
	binop := func(name string, op func(a, b int) int) {
		fn := func(vm *VM, args []Value, kw []string) (Value, error) {
			a, _ := val(args[0])
			b, ok := val(args[1])
			if !ok {
				return NotImplemented, nil
			}
			return reFlagValue(op(a, b)), nil
		}
		t.Dict.setStr("__"+name+"__", Obj(newBuiltin("__"+name+"__", fn)))
		t.Dict.setStr("__r"+name+"__", Obj(newBuiltin("__r"+name+"__", fn)))
	}
	binop("or", func(a, b int) int { return a | b })
	binop("and", func(a, b int) int { return a & b })
	binop("xor", func(a, b int) int { return a ^ b })
	t.Dict.setStr("__invert__", Obj(newBuiltin("__invert__", func(vm *VM, args []Value, kw []string) (Value, error) {
		a, _ := val(args[0])
		return reFlagValue(reAllFlags &^ a), nil
	})))
	show := func(vm *VM, args []Value, kw []string) (Value, error) {
		a, _ := val(args[0])
		return Str(reFlagRepr(a)), nil
	}
	t.Dict.setStr("__repr__", Obj(newBuiltin("__repr__", show)))
	t.Dict.setStr("__str__", Obj(newBuiltin("__str__", show)))
	t.Dict.setStr("__format__", Obj(newBuiltin("__format__", show)))
	reProperty(t, "value", func(vm *VM, v Value) (Value, error) { return intBase(v), nil })
	reProperty(t, "name", func(vm *VM, v Value) (Value, error) {
		a, _ := val(v)
		for _, f := range reFlagMembers {
			if f.bit == a {
				return Str(f.name), nil
			}
		}
		if a == 0 {
			return Str("NOFLAG"), nil
		}
		return None, nil
	})
}
